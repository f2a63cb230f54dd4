//! No write over what was not read: a history in a shape the store does
//! not write (all on one line, CR line ends, cut short, hand-edited) is
//! read as far as it can be, and whenever part of it could not be read the
//! file as it was is kept before the store writes it again. The property
//! test puts any bytes there and checks that after one more session every
//! session that was readable before still is, or a copy of the original
//! bytes exists.

use std::fs;
use std::path::{Path, PathBuf};

use limber_core::profile::{Ending, ExerciseRecord, Notice, SessionRecord, SideRecord, Store};
use limber_core::session::dose::Intensity;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde::Deserialize;

mod common;

fn session(n: u64, title: &str) -> SessionRecord {
    SessionRecord {
        started_at: 1_700_000_000 + n * 86_400,
        routine_id: "lower-back".into(),
        routine_title: title.into(),
        duration_seconds: 300 + n as u32,
        exercises: vec![ExerciseRecord {
            id: "knee-to-chest".into(),
            title: "Knee to chest".into(),
            intensity: Intensity::Gentle,
            hold_seconds: 20,
            repetitions: 3,
            completed: n.is_multiple_of(2),
            sides: Some(SideRecord { left: 3, right: 2 }),
            holds_done: None,
            variation: None,
        }],
        pain_before: Some((n % 11) as u8),
        pain_after: None,
        ending: Some(Ending::Finished),
    }
}

/// Sessions in the layout this build writes.
fn written(sessions: &[SessionRecord]) -> String {
    let mut text = String::from("(version: 2, sessions: [\n");
    for s in sessions {
        text.push_str(&ron::to_string(s).unwrap());
        text.push_str(",\n");
    }
    text.push_str("])\n");
    text
}

/// A data folder whose profile "me" has `bytes` as its history.
fn data_with_history(root: &Path, bytes: &[u8]) -> (PathBuf, PathBuf) {
    let data = root.join("data");
    let (store, _) = Store::open(&data).expect("store");
    let id = store.current().id.clone();
    drop(store);
    let path = data.join("history").join(format!("{id}.ron"));
    fs::write(&path, bytes).expect("write history");
    (data, path)
}

/// Files in the history folder holding exactly `bytes`, other than `path`.
fn copies_of(path: &Path, bytes: &[u8]) -> Vec<PathBuf> {
    fs::read_dir(path.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p != path && fs::read(p).is_ok_and(|b| b == bytes))
        .collect()
}

#[test]
fn a_history_on_one_line_or_with_cr_line_ends_is_read_and_kept() {
    let before: Vec<SessionRecord> = (0..3).map(|n| session(n, "Lower back")).collect();
    let text = written(&before);
    for (shape, bytes) in [
        ("one line", text.replace('\n', "")),
        ("CR line ends", text.replace('\n', "\r")),
        ("CRLF line ends", text.replace('\n', "\r\n")),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (data, path) = data_with_history(dir.path(), bytes.as_bytes());
        let (mut store, _) = Store::open(&data).unwrap();
        let id = store.current().id.clone();
        assert_eq!(
            store.history(&id).unwrap(),
            before,
            "{shape}: every session is read"
        );
        store.append_history(session(9, "Hips")).unwrap();
        let after = store.history(&id).unwrap();
        assert_eq!(after.len(), 4, "{shape}: the old sessions and the new one");
        assert_eq!(&after[..3], &before[..], "{shape}");
        assert!(
            store.take_notices().is_empty(),
            "{shape}: read whole, so nothing to say"
        );
        drop(path);
    }
}

#[test]
fn a_history_cut_short_is_copied_before_it_is_written_again() {
    let before: Vec<SessionRecord> = (0..4).map(|n| session(n, "Lower back")).collect();
    let text = written(&before).replace('\n', "");
    // Cut inside the last session, as a full disk or a hand edit leaves it.
    let cut = &text.as_bytes()[..text.len() - 40];
    let dir = tempfile::tempdir().unwrap();
    let (data, path) = data_with_history(dir.path(), cut);
    let (mut store, _) = Store::open(&data).unwrap();
    let id = store.current().id.clone();
    let read = store.history(&id).unwrap();
    assert_eq!(read, before[..3], "the sessions before the cut are read");
    let notices = store.take_notices();
    let Some(Notice::RecordsSetAside {
        kept_as: Some(copy),
        ..
    }) = notices.first()
    else {
        panic!("a notice naming the copy: {notices:?}");
    };
    assert_eq!(fs::read(copy).unwrap(), cut, "the file as it was");
    assert!(notices[0].sets_data_aside());
    store.append_history(session(9, "Hips")).unwrap();
    assert_eq!(store.history(&id).unwrap().len(), 4);
    assert_eq!(copies_of(&path, cut).len(), 1, "still there, once");
}

#[test]
fn limber_history_names_the_copy_and_exits_2() {
    let before: Vec<SessionRecord> = (0..2).map(|n| session(n, "Lower back")).collect();
    let text = written(&before);
    let cut = &text.as_bytes()[..text.len() - 5];
    let dir = tempfile::tempdir().unwrap();
    let (data, _) = data_with_history(dir.path(), cut);
    let output = common::cli::command(&data)
        .arg("--data-dir")
        .arg(&data)
        .arg("history")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".corrupt-"), "the copy is named: {stderr}");
    assert!(
        stdout.contains("Lower back"),
        "the sessions are shown: {stdout}"
    );
}

// ---------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------

/// A history in any version's struct, read strictly by serde: the
/// sessions a careful reader of the whole file would find.
#[derive(Deserialize)]
struct AnyHistory {
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    sessions: Vec<SessionRecord>,
}

/// Every session readable in `bytes` by a reader that knows nothing of the
/// store: the whole file as one RON value, and each line (any line end)
/// on its own.
fn readable_sessions(bytes: &[u8]) -> Vec<SessionRecord> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Vec::new();
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut found = Vec::new();
    if let Ok(whole) = ron::from_str::<AnyHistory>(text)
        && matches!(whole.version, 1 | 2)
    {
        found.extend(whole.sessions);
    }
    for line in text.split(['\n', '\r']) {
        let line = line.trim();
        let line = line.strip_suffix(',').unwrap_or(line);
        if let Ok(one) = ron::from_str::<SessionRecord>(line)
            && !found.contains(&one)
        {
            found.push(one);
        }
    }
    found
}

/// Strings a person, an editor or an attacker might leave in a title.
fn title() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z ]{1,12}",
        1 => "[\\PC]{0,8}",
        1 => proptest::collection::vec(
            prop_oneof![Just('"'), Just('\\'), Just('\n'), Just('\r'), Just(','), Just('('), Just(')'),
                        Just(']'), Just('#'), Just('\u{0}'), Just('\u{1b}'), Just('é'), Just('r')],
            0..10,
        ).prop_map(|chars| chars.into_iter().collect()),
    ]
}

#[derive(Debug, Clone)]
enum Layout {
    Written,
    OneLine,
    CrOnly,
    Crlf,
    Pretty,
    VersionOne,
}

#[derive(Debug, Clone)]
enum Damage {
    Truncate(f64),
    Delete(f64, usize),
    Insert(f64, Vec<u8>),
    DuplicateLine(f64),
    Bom,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0.0..1.0f64).prop_map(Damage::Truncate),
        (0.0..1.0f64, 1..40usize).prop_map(|(at, n)| Damage::Delete(at, n)),
        (0.0..1.0f64, proptest::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| Damage::Insert(at, b)),
        (0.0..1.0f64, Just(b",\n".to_vec())).prop_map(|(at, b)| Damage::Insert(at, b)),
        (0.0..1.0f64, Just(b"])".to_vec())).prop_map(|(at, b)| Damage::Insert(at, b)),
        (0.0..1.0f64).prop_map(Damage::DuplicateLine),
        Just(Damage::Bom),
    ]
}

fn render(sessions: &[SessionRecord], layout: &Layout) -> Vec<u8> {
    let text = written(sessions);
    let text = match layout {
        Layout::Written => text,
        Layout::OneLine => text.replace('\n', ""),
        Layout::CrOnly => text.replace('\n', "\r"),
        Layout::Crlf => text.replace('\n', "\r\n"),
        Layout::Pretty => {
            #[derive(serde::Serialize)]
            struct File<'a> {
                version: u32,
                sessions: &'a [SessionRecord],
            }
            ron::ser::to_string_pretty(
                &File {
                    version: 2,
                    sessions,
                },
                ron::ser::PrettyConfig::default(),
            )
            .unwrap()
        }
        Layout::VersionOne => {
            #[derive(serde::Serialize)]
            struct File<'a> {
                version: u32,
                sessions: &'a [SessionRecord],
            }
            ron::ser::to_string_pretty(
                &File {
                    version: 1,
                    sessions,
                },
                ron::ser::PrettyConfig::default(),
            )
            .unwrap()
        }
    };
    text.into_bytes()
}

fn damaged(mut bytes: Vec<u8>, damage: &[Damage]) -> Vec<u8> {
    let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
    for d in damage {
        let len = bytes.len();
        match d {
            Damage::Truncate(f) => bytes.truncate(at(*f, len)),
            Damage::Delete(f, n) => {
                let i = at(*f, len);
                bytes.drain(i..(i + n).min(len));
            }
            Damage::Insert(f, new) => {
                let i = at(*f, len);
                bytes.splice(i..i, new.iter().copied());
            }
            Damage::DuplicateLine(f) => {
                let i = at(*f, len);
                let start = bytes[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = bytes[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |p| i + p + 1);
                let line = bytes[start..end].to_vec();
                bytes.splice(end..end, line);
            }
            Damage::Bom => {
                bytes.splice(0..0, "\u{feff}".bytes());
            }
        }
    }
    bytes
}

fn history_bytes() -> impl Strategy<Value = Vec<u8>> {
    let layout = prop_oneof![
        3 => Just(Layout::Written),
        2 => Just(Layout::OneLine),
        2 => Just(Layout::CrOnly),
        1 => Just(Layout::Crlf),
        1 => Just(Layout::Pretty),
        1 => Just(Layout::VersionOne),
    ];
    let sessions = proptest::collection::vec((0..5000u64, title()), 0..6).prop_map(|items| {
        items
            .into_iter()
            .map(|(n, t)| session(n, &t))
            .collect::<Vec<_>>()
    });
    prop_oneof![
        8 => (sessions, layout, proptest::collection::vec(damage(), 0..3))
            .prop_map(|(s, l, d)| damaged(render(&s, &l), &d)),
        1 => proptest::collection::vec(any::<u8>(), 0..200),
    ]
}

/// The scratch folder: tmpfs where there is one (the store syncs every
/// write).
fn scratch() -> tempfile::TempDir {
    match Path::new("/dev/shm").is_dir() {
        true => tempfile::tempdir_in("/dev/shm").unwrap(),
        false => tempfile::tempdir().unwrap(),
    }
}

#[test]
fn after_one_more_session_every_readable_session_is_kept_or_the_file_copied() {
    let cases: u32 = std::env::var("LIMBER_HISTORY_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let started = std::time::Instant::now();
    let scratch = scratch();
    let counter = std::cell::Cell::new(0u64);
    let copies = std::cell::Cell::new(0u64);
    runner
        .run(&history_bytes(), |bytes| {
            counter.set(counter.get() + 1);
            let dir = scratch.path().join(counter.get().to_string());
            let (data, path) = data_with_history(&dir, &bytes);
            let readable = readable_sessions(&bytes);
            let (mut store, _) = Store::open(&data).expect("the store opens");
            let added = session(99_999, "added");
            // A file written by a newer Limber is refused, not written.
            let appended = store.append_history(added.clone());
            let copied = !copies_of(&path, &bytes).is_empty();
            if copied {
                copies.set(copies.get() + 1);
            }
            if appended.is_err() {
                prop_assert!(
                    fs::read(&path).is_ok_and(|now| now == bytes) || copied,
                    "refused, yet the file changed: {:?}",
                    appended
                );
                return Ok(());
            }
            let after = fs::read(&path).unwrap();
            let now = readable_sessions(&after);
            prop_assert!(now.contains(&added), "the new session is saved");
            let missing: Vec<&SessionRecord> =
                readable.iter().filter(|s| !now.contains(s)).collect();
            prop_assert!(
                missing.is_empty() || copied,
                "{} readable sessions gone and no copy of {:?}",
                missing.len(),
                String::from_utf8_lossy(&bytes)
            );
            let _ = fs::remove_dir_all(&dir);
            Ok(())
        })
        .unwrap();
    println!(
        "history property: {} cases in {:.1} s, {} kept a copy",
        counter.get(),
        started.elapsed().as_secs_f64(),
        copies.get()
    );
}
