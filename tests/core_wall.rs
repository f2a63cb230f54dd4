//! The wall between the core and the platform: `limber-core` builds on no
//! GUI, audio, speech, notification, dialog or windowing crate, so all it
//! decides can be tested and reused without a window (docs/architecture.md).
//! Read from `cargo tree`, the resolved graph Cargo builds.

use std::process::Command;

/// Crates that must never be under the core (by name prefix).
const FORBIDDEN: &[&str] = &[
    "iced",
    "rodio",
    "cpal",
    "alsa",
    "tts",
    "speech-dispatcher",
    "notify-rust",
    "rfd",
    "winit",
    "wgpu",
    "softbuffer",
    "zbus",
    "auto-launch",
    "notify",
    "tokio",
];

fn tree(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--locked",
            "-p",
            package,
            "-e",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

fn forbidden(crates: &[String]) -> Vec<String> {
    let mut found: Vec<String> = crates
        .iter()
        .filter(|name| {
            FORBIDDEN.iter().any(|bad| {
                *name == bad
                    || name.starts_with(&format!("{bad}_"))
                    || name.starts_with(&format!("{bad}-"))
            })
        })
        .cloned()
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_core_has_no_platform_crate_under_it() {
    let core = tree("limber-core");
    assert!(core.iter().any(|name| name == "limber-core"), "{core:?}");
    assert!(
        core.iter().any(|name| name == "krilla"),
        "the tree is whole: {core:?}"
    );
    assert_eq!(forbidden(&core), Vec::<String>::new());
}

#[test]
fn the_check_would_see_one() {
    // The app's own tree has them all: the check is not blind.
    let app = forbidden(&tree("limber"));
    for expected in ["iced", "rodio", "tts", "notify-rust", "rfd", "winit"] {
        assert!(
            app.iter().any(|name| name == expected),
            "{expected} in {app:?}"
        );
    }
}
