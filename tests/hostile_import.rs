//! An import is all-or-nothing under kill -9: the import is killed at each
//! of its steps (the `testing` build kills itself with SIGKILL at the step
//! named in `LIMBER_KILL_IMPORT_AT`), and at that instant the content
//! folder must be the old one or the new one. Then a routine is made in
//! the builder and another pack imported: nothing the person had, made or
//! kept is lost. Both ways of swapping the folder are tried: the exchange
//! in one step, and the two renames used where the system has none.
//! Also: a lock file that is a named pipe is refused at once.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use limber_core::builder::file::{Header, SaveJob, Target, save};
use limber_core::content::schema::{Routine, RoutineEntry};

mod common;

fn limber(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    common::cli::limber_with(args, data, env)
}

const MINE: &str = r#"(id: "mine", title: "My routine", description: "Made by me.", exercises: [(exercise: "knee-to-chest")])"#;
const KEPT: &str = r#"(id: "mine", title: "My routine, before", description: "An older one.", exercises: [(exercise: "partial-crunch")])"#;
const FROM_PACK: &str = r#"(id: "from-pack", title: "From a pack", description: "Brought by a pack.", exercises: [(exercise: "knee-to-chest"), (exercise: "partial-crunch")])"#;
const SECOND_PACK: &str = r#"(id: "second-pack", title: "A second pack", description: "Brought later.", exercises: [(exercise: "partial-crunch")])"#;

/// The steps an import passes, in order; `exchanged` with the one-step
/// swap, `aside` with the two renames.
const EXCHANGE_STEPS: [&str; 6] = [
    "locked",
    "staged",
    "merged",
    "exchanged",
    "placed",
    "cleaned",
];
const RENAME_STEPS: [&str; 6] = ["locked", "staged", "merged", "aside", "placed", "cleaned"];

/// A data folder with the person's routine and a kept older version of
/// it, and a pack folder beside it.
fn fixture(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let data = root.join("data");
    let content = data.join("content");
    fs::create_dir_all(content.join("routines")).unwrap();
    fs::create_dir_all(content.join(".kept")).unwrap();
    fs::write(content.join("routines/mine.ron"), MINE).unwrap();
    fs::write(content.join(".kept/mine-1700000000.ron"), KEPT).unwrap();
    let pack = root.join("pack");
    fs::create_dir_all(pack.join("routines")).unwrap();
    fs::write(pack.join("routines/from-pack.ron"), FROM_PACK).unwrap();
    let second = root.join("second");
    fs::create_dir_all(second.join("routines")).unwrap();
    fs::write(second.join("routines/second-pack.ron"), SECOND_PACK).unwrap();
    (data, pack, second)
}

/// Every file below `root` with its bytes (pack records by name only:
/// they hold the time of the import). `None` when there is no folder.
fn tree(root: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    if !root.is_dir() {
        return None;
    }
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let bytes = if name.starts_with(".packs/") {
                Vec::new()
            } else {
                fs::read(&path).unwrap()
            };
            files.insert(name, bytes);
        }
    }
    Some(files)
}

fn staging_folders(data: &Path) -> Vec<String> {
    fs::read_dir(data)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".import-"))
        .collect()
}

/// A routine made in the builder, as the app saves it.
fn make_routine(data: &Path) {
    let routine = Routine {
        id: String::new().into(),
        title: "Made after the crash".into(),
        description: "Made in the app.".into(),
        area: None,
        exercises: vec![RoutineEntry {
            exercise: "knee-to-chest".into(),
            dose: None,
        }],
        made_by: Some("me".into()),
    };
    save(&SaveJob {
        content_dir: data.join("content"),
        routine,
        target: Target::New {
            known_ids: Default::default(),
        },
        header: Header {
            maker: "Me".into(),
            date: "today".into(),
        },
        replace_changed: false,
        now: 1_800_000_000,
    })
    .expect("the builder saves");
}

fn kill_at_each_step(steps: &[&str], env: &[(&str, &str)], atomic: bool) {
    // What the content folder is before and after a whole import.
    let scratch = tempfile::tempdir().unwrap();
    let (data, pack, _) = fixture(scratch.path());
    let old = tree(&data.join("content")).unwrap();
    let done = limber(&data, &["import", pack.to_str().unwrap()], env);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let new = tree(&data.join("content")).unwrap();
    assert_ne!(old, new);

    for step in steps {
        let dir = tempfile::tempdir().unwrap();
        let (data, pack, second) = fixture(dir.path());
        let mut killed_env = env.to_vec();
        killed_env.push(("LIMBER_KILL_IMPORT_AT", step));
        let killed = limber(&data, &["import", pack.to_str().unwrap()], &killed_env);
        assert_eq!(
            killed.status.signal(),
            Some(9),
            "{step}: the import reached this step and was killed there ({:?}, {})",
            killed.status,
            String::from_utf8_lossy(&killed.stderr)
        );
        let now = tree(&data.join("content"));
        let state = if now.as_ref() == Some(&old) {
            "old"
        } else if now.as_ref() == Some(&new) {
            "new"
        } else if now.is_none() {
            "missing"
        } else {
            "a mix"
        };
        println!("killed at {step:<9}: content is the {state} one");
        if atomic {
            assert!(
                state == "old" || state == "new",
                "{step}: content is {state}: {now:?}"
            );
        } else {
            assert!(
                state == "old" || state == "new" || (state == "missing" && *step == "aside"),
                "{step}: content is {state}"
            );
        }

        // The person goes on: makes a routine, then imports another pack.
        make_routine(&data);
        let again = limber(&data, &["import", second.to_str().unwrap()], env);
        assert!(
            again.status.success(),
            "{step}: {}",
            String::from_utf8_lossy(&again.stderr)
        );
        let after = tree(&data.join("content")).expect("a content folder");
        for kept in [
            "routines/mine.ron",
            ".kept/mine-1700000000.ron",
            "routines/made-after-the-crash.ron",
            "routines/second-pack.ron",
        ] {
            assert!(
                after.contains_key(kept),
                "{step}: {kept} is lost: {:?}",
                after.keys()
            );
        }
        assert_eq!(after["routines/mine.ron"], MINE.as_bytes(), "{step}");
        assert_eq!(
            after[".kept/mine-1700000000.ron"],
            KEPT.as_bytes(),
            "{step}"
        );
        assert!(staging_folders(&data).is_empty(), "{step}: staging left");
    }
}

#[test]
fn an_import_killed_at_any_step_leaves_the_old_or_the_new_content_and_loses_nothing() {
    kill_at_each_step(&EXCHANGE_STEPS, &[], true);
}

#[test]
fn with_two_renames_an_interrupted_import_is_put_right_before_the_next_change() {
    kill_at_each_step(
        &RENAME_STEPS,
        &[("LIMBER_IMPORT_WITHOUT_EXCHANGE", "1")],
        false,
    );
}

/// The state an import killed between its two renames leaves (the old
/// folder aside in the staging folder, no `content`), as a Limber before
/// this one named it; then the person makes a routine and imports again.
#[test]
fn an_import_interrupted_between_its_renames_never_costs_a_routine() {
    let dir = tempfile::tempdir().unwrap();
    let (data, _, second) = fixture(dir.path());
    let staging = data.join(".import-1700000000-4242");
    fs::create_dir_all(&staging).unwrap();
    copy_dir(&data.join("content"), &staging.join("content"));
    fs::write(staging.join("content/routines/from-pack.ron"), FROM_PACK).unwrap();
    fs::rename(data.join("content"), staging.join("previous")).unwrap();
    make_routine(&data);
    let again = limber(&data, &["import", second.to_str().unwrap()], &[]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let after = tree(&data.join("content")).unwrap();
    for kept in [
        "routines/mine.ron",
        ".kept/mine-1700000000.ron",
        "routines/made-after-the-crash.ron",
        "routines/second-pack.ron",
    ] {
        assert!(
            after.contains_key(kept),
            "{kept} is lost: {:?}",
            after.keys()
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A routine made by hand while the import's old folder sat aside (a
/// Limber without recovery, or a person in a file manager) is merged back,
/// not thrown away.
#[test]
fn content_made_while_the_old_folder_was_aside_is_merged_back() {
    let dir = tempfile::tempdir().unwrap();
    let (data, pack, second) = fixture(dir.path());
    let env = [
        ("LIMBER_IMPORT_WITHOUT_EXCHANGE", "1"),
        ("LIMBER_KILL_IMPORT_AT", "aside"),
    ];
    let killed = limber(&data, &["import", pack.to_str().unwrap()], &env);
    assert_eq!(killed.status.signal(), Some(9));
    assert!(!data.join("content").exists());
    fs::create_dir_all(data.join("content/routines")).unwrap();
    let by_hand = r#"(id: "by-hand", title: "By hand", description: "x", exercises: [(exercise: "knee-to-chest")])"#;
    fs::write(data.join("content/routines/by-hand.ron"), by_hand).unwrap();
    // Same name as the person's own routine, other content: kept aside.
    fs::write(data.join("content/routines/mine.ron"), SECOND_PACK).unwrap();
    let again = limber(&data, &["import", second.to_str().unwrap()], &[]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let after = tree(&data.join("content")).unwrap();
    assert_eq!(after["routines/by-hand.ron"], by_hand.as_bytes());
    assert_eq!(after["routines/mine.ron"], MINE.as_bytes());
    let recovered: Vec<&String> = after
        .keys()
        .filter(|name| name.starts_with(".kept/recovered-"))
        .collect();
    assert_eq!(recovered.len(), 1, "{:?}", after.keys());
    assert_eq!(after[recovered[0]], SECOND_PACK.as_bytes());
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn a_lock_file_that_is_a_named_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (data, pack, _) = fixture(dir.path());
    mkfifo(&data.join(".content-import.lock"));
    mkfifo(&data.join(".lock"));
    for args in [vec!["import", pack.to_str().unwrap()], vec!["history"]] {
        let mut child = common::cli::command(&data)
            .arg("--data-dir")
            .arg(&data)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("limber {args:?} waits on a FIFO lock file");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!status.success(), "{args:?}");
        assert!(stderr.contains("named pipe"), "{args:?}: {stderr}");
    }
}
