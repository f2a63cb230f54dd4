//! Loading and validating a large content folder: 1,000 exercises and 100
//! routines (plus the shipped content underneath). Target: under 50 ms.
//!
//! Run with `cargo bench --bench content_load`.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use limber_core::content::{Library, Sources};

const EXERCISES: usize = 1_000;
const ROUTINES: usize = 100;
const PER_ROUTINE: usize = 10;

const POSES: &str = r#"[
    (
        id: "bench-pose",
        pelvis: (height: 0.5, angle: 0.0),
        near_arm: (shoulder: 0.0, elbow: 0.0),
        far_arm: (shoulder: 0.0, elbow: 0.0),
        near_leg: (hip: 0.0, knee: 0.0),
        far_leg: (hip: 0.0, knee: 0.0),
    ),
]
"#;

fn exercise(n: usize) -> String {
    format!(
        r#"// Generated exercise {n}.
(
    id: "bench-exercise-{n}",
    title: "Bench exercise {n}",
    areas: ["bench-area"],
    summary: "A generated exercise for the loading benchmark.",
    sides: Alternate,
    dose: (
        hold_seconds: (15, 30),
        repetitions: (2, 4),
        move_seconds: 3,
        release_seconds: 3,
        rest_seconds: 5,
    ),
    cautions: ["Start gently and build up over the days.", "If it hurts, lower the intensity."],
    highlight: Hips,
    steps: [
        (role: Setup, title: "Get ready", text: "Lie on your back.", illustration: Pose("bench-pose")),
        (role: Move, title: "Move in", text: "Bring one knee up.", caution: "Keep your back down.", illustration: Pose("bench-pose")),
        (role: Hold, title: "Hold it", text: "Breathe calmly.", caution: "Keep your back down.", illustration: Pose("bench-pose")),
        (role: Release, title: "Let go", text: "Put the foot back down.", illustration: Pose("bench-pose")),
    ],
    variations: [(title: "Easier", text: "Go less far.", illustration: Pose("bench-pose"))],
)
"#
    )
}

fn routine(n: usize) -> String {
    let entries: String = (0..PER_ROUTINE)
        .map(|i| {
            let exercise = (n * PER_ROUTINE + i) % EXERCISES;
            format!("        (exercise: \"bench-exercise-{exercise}\", dose: (hold_seconds: (10, 20))),\n")
        })
        .collect();
    format!(
        "(\n    id: \"bench-routine-{n}\",\n    title: \"Bench routine {n}\",\n    description: \"Generated.\",\n    area: \"bench-area\",\n    exercises: [\n{entries}    ],\n)\n"
    )
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create bench folder");
    }
    fs::write(path, text).expect("write bench file");
}

fn generate(root: &Path) {
    write(root, "poses/bench.ron", POSES);
    write(
        root,
        "areas/bench-area.ron",
        "(id: \"bench-area\", title: \"Bench\", description: \"Generated.\", highlight: Hips, pose: \"bench-pose\")\n",
    );
    for n in 0..EXERCISES {
        write(
            root,
            &format!("exercises/bench-exercise-{n}.ron"),
            &exercise(n),
        );
    }
    for n in 0..ROUTINES {
        write(
            root,
            &format!("routines/bench-routine-{n}.ron"),
            &routine(n),
        );
    }
}

fn content_load(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path());
    let sources = Sources {
        user_dir: None,
        extra_dir: Some(dir.path().to_path_buf()),
    };

    // One plain timed run first, so the figure is printed even without
    // reading criterion's report, and the generated content is known good.
    let start = Instant::now();
    let (library, problems) = Library::load(&sources);
    let elapsed = start.elapsed();
    let generated_problems = problems
        .iter()
        .filter(|p| p.path.starts_with(&dir.path().display().to_string()))
        .count();
    assert_eq!(
        generated_problems, 0,
        "the generated content should be valid"
    );
    assert!(library.exercises().len() >= EXERCISES);
    assert!(library.routines().len() >= ROUTINES);
    println!(
        "loaded {} exercises and {} routines in {:.1} ms (first run, cold caches)",
        library.exercises().len(),
        library.routines().len(),
        elapsed.as_secs_f64() * 1000.0
    );

    let mut group = c.benchmark_group("content");
    group.sample_size(20);
    group.bench_function("load 1000 exercises + 100 routines", |b| {
        b.iter(|| black_box(Library::load(black_box(&sources))))
    });
    group.finish();
}

criterion_group!(benches, content_load);
criterion_main!(benches);
