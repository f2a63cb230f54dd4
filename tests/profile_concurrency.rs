//! Many writers on one data dir: threads with their own `Store`, and real
//! processes (this test binary re-run as a child), all appending history and
//! changing settings at once. Nothing may be lost.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use limber_core::profile::{ExerciseChoice, SessionRecord, Store};

const CHILD_DIR_ENV: &str = "LIMBER_TEST_APPENDER_DIR";
const CHILD_TAG_ENV: &str = "LIMBER_TEST_APPENDER_TAG";
const APPENDS_PER_WRITER: u32 = 25;

fn record(tag: &str, index: u32) -> SessionRecord {
    SessionRecord {
        started_at: u64::from(index),
        routine_id: "hips".into(),
        routine_title: format!("{tag} #{index}"),
        duration_seconds: index,
        exercises: Vec::new(),
        pain_before: None,
        pain_after: None,
        ending: None,
    }
}

/// One writer: opens its own store, appends its records and sets one
/// exercise choice of its own between appends.
fn run_writer(dir: &Path, tag: &str) {
    let (mut store, _notices) = Store::open(dir).expect("open store");
    for index in 0..APPENDS_PER_WRITER {
        store.append_history(record(tag, index)).expect("append");
        if index == APPENDS_PER_WRITER / 2 {
            store
                .set_choice(
                    &format!("exercise-of-{tag}"),
                    ExerciseChoice {
                        repetitions: Some(7),
                        ..ExerciseChoice::default()
                    },
                )
                .expect("set choice");
        }
    }
}

fn check_everything_kept(dir: &Path, tags: &[String]) {
    let (mut store, notices) = Store::open(dir).expect("reopen");
    assert!(notices.is_empty(), "{notices:?}");
    let titles: BTreeSet<String> = store
        .history("me")
        .expect("history")
        .into_iter()
        .map(|s| s.routine_title)
        .collect();
    let expected: BTreeSet<String> = tags
        .iter()
        .flat_map(|tag| (0..APPENDS_PER_WRITER).map(move |i| format!("{tag} #{i}")))
        .collect();
    assert_eq!(titles, expected);
    for tag in tags {
        assert_eq!(
            store
                .current()
                .choice(&format!("exercise-of-{tag}"))
                .repetitions,
            Some(7),
            "choice of {tag} lost"
        );
    }
    // Each writer's records stay in its own order.
    let history = store.history("me").expect("history");
    for tag in tags {
        let own: Vec<u64> = history
            .iter()
            .filter(|s| s.routine_title.starts_with(&format!("{tag} #")))
            .map(|s| s.started_at)
            .collect();
        assert!(own.windows(2).all(|w| w[0] < w[1]), "{tag}: {own:?}");
    }
}

#[test]
fn threads_appending_history_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // Create "Me" first so every writer edits the same profile.
    drop(Store::open(dir.path()).unwrap());
    let tags: Vec<String> = (0..6).map(|i| format!("thread{i}")).collect();
    std::thread::scope(|scope| {
        for tag in &tags {
            let dir = dir.path();
            scope.spawn(move || run_writer(dir, tag));
        }
    });
    check_everything_kept(dir.path(), &tags);
}

#[test]
fn processes_appending_history_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let exe = std::env::current_exe().unwrap();
    let tags: Vec<String> = (0..4).map(|i| format!("process{i}")).collect();
    let children: Vec<_> = tags
        .iter()
        .map(|tag| {
            Command::new(&exe)
                .args(["--exact", "child_appender", "--ignored", "--quiet"])
                // Only the child's panics (stderr) matter.
                .stdout(Stdio::null())
                .env(CHILD_DIR_ENV, dir.path())
                .env(CHILD_TAG_ENV, tag)
                .spawn()
                .expect("spawn child")
        })
        .collect();
    for mut child in children {
        let status = child.wait().unwrap();
        assert!(status.success(), "a child writer failed: {status}");
    }
    check_everything_kept(dir.path(), &tags);
}

/// Not a test on its own: the body of one child process of
/// `processes_appending_history_lose_nothing`. Does nothing unless the
/// parent set the environment, so it is ignored in normal runs.
#[test]
#[ignore = "child process body of processes_appending_history_lose_nothing"]
fn child_appender() {
    let (Some(dir), Some(tag)) = (
        std::env::var_os(CHILD_DIR_ENV),
        std::env::var(CHILD_TAG_ENV).ok(),
    ) else {
        return;
    };
    run_writer(Path::new(&dir), &tag);
}
