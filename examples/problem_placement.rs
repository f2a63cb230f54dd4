//! How long `limber check` takes on a file with thousands of problems
//! (issue 10, item 3): a 500 KB exercise whose 8,000 steps are all out of
//! order, checked the way `limber check DIR` does.
//!
//! Run: `cargo run --release --example problem_placement [STEPS]`
//! (or without `--release` to use the dev build). Prints the file size, the
//! problems found and listed, and the time of each of three runs.

use std::time::Instant;

fn exercise_with_invalid_steps(steps: usize) -> String {
    let mut text = String::from(
        "(\n    id: \"many-steps\",\n    title: \"Many steps\",\n    areas: [\"hips\"],\n    summary: \"Generated.\",\n    dose: (hold_seconds: (10, 20), repetitions: (2, 3), move_seconds: 2, release_seconds: 2, rest_seconds: 3),\n    highlight: Hips,\n    steps: [\n        (role: Hold, title: \"Hold\", text: \"Hold it.\", illustration: Pose(\"standing\")),\n",
    );
    for n in 0..steps {
        text.push_str(&format!(
            "(role:Setup,title:\"C{n}\",text:\"T\",illustration:Pose(\"standing\")),\n"
        ));
    }
    text.push_str("    ],\n)\n");
    text
}

fn main() {
    let steps: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(8_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let exercises = dir.path().join("exercises");
    std::fs::create_dir_all(&exercises).expect("mkdir");
    let text = exercise_with_invalid_steps(steps);
    std::fs::write(exercises.join("many-steps.ron"), &text).expect("write");
    println!(
        "exercise with {steps} invalid steps: {} KB",
        text.len() / 1000
    );
    for run in 1..=3 {
        let mut out = Vec::new();
        let start = Instant::now();
        let outcome = limber::cli::check::check(Some(dir.path()), &mut out).expect("check runs");
        let elapsed = start.elapsed();
        let listed = String::from_utf8_lossy(&out)
            .lines()
            .filter(|line| line.contains("many-steps.ron"))
            .count();
        println!(
            "run {run}: {} problems found, {listed} lines listed for the file, {:.3} s",
            outcome.errors + outcome.warnings,
            elapsed.as_secs_f64()
        );
    }
}
