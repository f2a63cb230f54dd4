// The shipped content and the language catalogues are embedded with
// `include_dir!`, which does not tell cargo to rebuild when one of their
// files changes; this does.
fn main() {
    println!("cargo:rerun-if-changed=../content");
    println!("cargo:rerun-if-changed=locales");
}
