use std::env;
use std::path::Path;

// The file `scripts/startup_order.sh` writes: the functions start-up runs,
// which the release linker lays out first, together.
const STARTUP_ORDER: &str = "packaging/linux/startup.order";

fn main() {
    // The shipped content is embedded with `include_dir!`, which does not
    // tell cargo to rebuild when a content file changes; this does.
    println!("cargo:rerun-if-changed=content");
    order_startup_code();
}

/// Release builds for x86_64 Linux link with lld (Rust's default linker
/// there since 1.90, below this crate's rust-version), which can place
/// named functions first. An idle window keeps every 64 KB or more of code
/// around each page start-up touched (the kernel maps a page's neighbours
/// with it), so the code start-up runs, gathered in one place, keeps a
/// fraction of the pages it keeps when strewn through the executable.
/// Builds that choose their own linker or flags are left alone, as is any
/// build when LIMBER_NO_STARTUP_ORDER is set. Other profiles do not watch
/// the file, so writing it again rebuilds only release builds.
fn order_startup_code() {
    if !env::var("PROFILE").is_ok_and(|profile| profile == "release") {
        return;
    }
    println!("cargo:rerun-if-changed={STARTUP_ORDER}");
    println!("cargo:rerun-if-env-changed=LIMBER_NO_STARTUP_ORDER");
    let default_linker = env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu")
        && env::var("CARGO_ENCODED_RUSTFLAGS")
            .map(|flags| !flags.contains("linker") && !flags.contains("fuse-ld"))
            .unwrap_or(true)
        && env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_none();
    let order = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(STARTUP_ORDER);
    if default_linker && order.is_file() && env::var_os("LIMBER_NO_STARTUP_ORDER").is_none() {
        println!(
            "cargo:rustc-link-arg-bin=limber=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names the binary no longer defines (a function renamed or
        // inlined since the file was written) are skipped, not errors.
        println!("cargo:rustc-link-arg-bin=limber=-Wl,--no-warn-symbol-ordering");
    }
}
