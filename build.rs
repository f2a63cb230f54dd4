// The shipped content is embedded with `include_dir!`, which does not tell
// cargo to rebuild when a content file changes; this does.
fn main() {
    println!("cargo:rerun-if-changed=content");
}
