//! Hostile files: each is refused, or drawn as a placeholder
//! naming the file, without a panic, a hang or an unbounded allocation.
//!
//! The corpus is in `tests/hostile/` (written by `tests/hostile/generate.py`);
//! FIFOs, links to `/dev/zero` and the 500 KB exercise with 8,000 invalid
//! steps are made here at run time.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use limber::ui::images;
use limber_core::content::schema::Illustration;
use limber_core::content::{Library, Sources};
use limber_core::profile::{Notice, Store};

fn corpus(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("corpus folder")
        .map(|entry| entry.expect("corpus entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no files in {}", dir.display());
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned()
}

/// Runs `work` on its own thread and fails (instead of hanging the test
/// run) if it takes longer than `seconds`.
fn within<T: Send + 'static>(
    seconds: u64,
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name(what.to_owned())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .expect("spawn");
    receiver
        .recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("{what} did not finish within {seconds} s (a hang)"))
}

#[test]
fn every_hostile_image_in_the_corpus_is_refused_with_its_name() {
    for path in corpus("svg").into_iter().chain(corpus("raster")) {
        let name = file_name(&path);
        let shown = path.clone();
        let result = within(60, &name, move || {
            limber_core::figure::load_file(&shown).map(|_| ())
        });
        let message = match result {
            Ok(()) => panic!("{name} was loaded, not refused"),
            Err(error) => error.to_string(),
        };
        assert!(message.contains(&name), "{name}: {message}");
        println!("{message}");
    }
}

const EXERCISE: &str = r#"(
    id: "wall-sit",
    title: "Wall sit",
    areas: ["hips"],
    summary: "A test exercise illustrated with hostile images.",
    dose: (hold_seconds: (10, 20), repetitions: (2, 3), move_seconds: 2, release_seconds: 2, rest_seconds: 3),
    highlight: Hips,
    steps: [
        (role: Setup, title: "Stand", text: "Stand with your back to a wall.", illustration: Image("images/huge-embedded-png.svg")),
        (role: Hold, title: "Hold", text: "Slide down a little and hold.", illustration: Image("images/deep-nesting.svg")),
        (role: Release, title: "Up", text: "Slide back up.", illustration: Image("images/absolute-href.svg")),
    ],
)"#;

/// A content folder whose exercise shows three hostile SVGs.
fn hostile_content(root: &Path) -> PathBuf {
    let content = root.join("content");
    fs::create_dir_all(content.join("exercises")).expect("mkdir");
    fs::create_dir_all(content.join("images")).expect("mkdir");
    fs::write(content.join("exercises/wall-sit.ron"), EXERCISE).expect("write");
    for name in [
        "huge-embedded-png.svg",
        "deep-nesting.svg",
        "absolute-href.svg",
    ] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/hostile/svg")
            .join(name);
        fs::copy(from, content.join("images").join(name)).expect("copy");
    }
    content
}

#[test]
fn check_places_each_svg_problem_at_its_illustration() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = hostile_content(dir.path());
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&content), &mut out).expect("check runs");
    let out = String::from_utf8(out).expect("UTF-8");
    println!("{out}");
    assert!(!outcome.is_ok(), "the check must fail: {out}");
    let ron = content.join("exercises/wall-sit.ron").display().to_string();
    for (line, (name, reason)) in (9..).zip(REASONS) {
        let found = out.lines().find(|l| l.contains(name)).unwrap_or_else(|| {
            panic!("no problem for {name} in:\n{out}");
        });
        assert!(
            found.starts_with(&format!("{ron}:{line}:")),
            "placed at the illustration: {found}"
        );
        assert!(found.contains(&format!("images/{name}")), "{found}");
        assert!(found.contains(reason), "{found}");
    }
}

/// The reason each of the three hostile SVGs of [`hostile_content`] is
/// refused, by file name.
const REASONS: [(&str, &str); 3] = [
    ("huge-embedded-png.svg", "40000×40000"),
    ("deep-nesting.svg", "nest more than 64 deep"),
    ("absolute-href.svg", "links to another file"),
];

#[test]
fn the_app_refuses_each_hostile_svg_with_the_reason_check_gives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = hostile_content(dir.path());
    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content),
    });
    // The app loads pictures when it shows them, not at start.
    assert!(problems.is_empty(), "{problems:?}");
    let exercise = library.exercise("wall-sit").expect("the exercise loads");
    for step in &exercise.steps {
        let Illustration::Image(path) = &step.illustration else {
            panic!("an image step");
        };
        let name = file_name(Path::new(path));
        let (_, reason) = REASONS
            .iter()
            .find(|(file, _)| *file == name)
            .expect("a known file");
        for mirrored in [false, true] {
            let message = images::load(&step.illustration, mirrored)
                .err()
                .unwrap_or_else(|| panic!("{name} was drawn, not refused"));
            assert!(message.contains(reason), "{name}: {message}");
        }
    }
}

#[test]
fn a_screen_with_hostile_svgs_shows_a_placeholder_naming_each() {
    use iced_test::Simulator;
    use iced_test::selector::{Candidate, Selector, Target};
    use limber::ui::Message;
    use limber::ui::screen::{exercises, home};

    /// A text containing the words, whatever else it says.
    struct Contains(String);
    impl Selector for Contains {
        type Output = Target;
        fn select(&mut self, candidate: Candidate<'_>) -> Option<Target> {
            match candidate {
                Candidate::Text { content, .. } if content.contains(&self.0) => {
                    Some(Target::from(candidate))
                }
                _ => None,
            }
        }
        fn description(&self) -> String {
            format!("text containing {:?}", self.0)
        }
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let content = hostile_content(dir.path());
    let (library, _) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content),
    });
    let (mut store, _) = Store::open(&dir.path().join("data")).expect("store");
    store.set_safety_seen().expect("safety seen");
    let (mut app, _, _) = common::open_app(library, store, Vec::new(), None);
    common::send(
        &mut app,
        vec![
            Message::Home(home::Message::OpenExercises),
            Message::Exercises(exercises::Message::Select("wall-sit".into())),
        ],
    );
    let mut ui = Simulator::with_size(Default::default(), (1366.0, 2400.0), app.view());
    ui.snapshot(&iced::Theme::Light)
        .expect("the screen renders instead of aborting");
    assert!(ui.find("Wall sit").is_ok(), "the exercise is shown");
    for (name, _) in REASONS {
        assert!(
            ui.find(Contains(format!("images/{name}"))).is_ok(),
            "a placeholder names {name}"
        );
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_content_file_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("exercises")).expect("mkdir");
    mkfifo(&content.join("exercises/x.ron"));
    let folder = content.clone();
    let out = within(30, "limber check", move || {
        let mut out = Vec::new();
        let outcome = limber::cli::check::check(Some(&folder), &mut out).expect("check runs");
        (outcome, String::from_utf8(out).expect("UTF-8"))
    });
    let (outcome, out) = out;
    assert!(!outcome.is_ok(), "{out}");
    let fifo = content.join("exercises/x.ron").display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with(&fifo) && l.contains("named pipe")),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_an_image_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("x.png");
    mkfifo(&fifo);
    let path = fifo.clone();
    let result = within(30, "loading x.png", move || {
        limber_core::figure::load_file(&path).map(|_| ())
    });
    let message = result.expect_err("a FIFO is not an image").to_string();
    assert!(message.contains("x.png"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_link_to_dev_zero_named_like_a_content_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("routines")).expect("mkdir");
    fs::create_dir_all(content.join("images")).expect("mkdir");
    std::os::unix::fs::symlink("/dev/zero", content.join("routines/zero.ron")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", content.join("images/zero.png")).expect("link");
    let folder = content.clone();
    let (outcome, out) = within(30, "limber check", move || {
        let mut out = Vec::new();
        let outcome = limber::cli::check::check(Some(&folder), &mut out).expect("check runs");
        (outcome, String::from_utf8(out).expect("UTF-8"))
    });
    assert!(!outcome.is_ok(), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("zero.ron") && l.contains("a device")),
        "{out}"
    );
    let image = content.join("images/zero.png");
    let message = within(30, "loading zero.png", move || {
        limber_core::figure::load_file(&image).map(|_| ())
    })
    .expect_err("a device is not an image")
    .to_string();
    assert!(message.contains("zero.png"), "{message}");
}

/// An exercise of about 500 KB whose 8,000 steps are all out of order.
pub fn exercise_with_invalid_steps(steps: usize) -> String {
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

#[test]
fn a_file_with_8000_invalid_steps_lists_ten_problems_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("exercises")).expect("mkdir");
    let text = exercise_with_invalid_steps(8_000);
    assert!(text.len() > 500_000, "{} bytes", text.len());
    fs::write(content.join("exercises/many-steps.ron"), &text).expect("write");
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&content), &mut out).expect("check runs");
    let out = String::from_utf8(out).expect("UTF-8");
    // 8,000 steps out of order, and the list past its limit of steps.
    assert_eq!(outcome.errors, 8_001, "the summary counts every problem");
    let listed: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("many-steps.ron"))
        .collect();
    assert_eq!(
        listed.len(),
        11,
        "ten problems and one line counting the rest:\n{out}"
    );
    assert!(
        listed[10].ends_with("… and 7,991 more problems in this file"),
        "{}",
        listed[10]
    );
    // In file order: the list's limit at `steps:` (line 8), then step 2's
    // `role:` (line 10, column 2).
    assert!(
        listed[0].contains("many-steps.ron:8:5: `steps` has 8,001 entries; the most is 20"),
        "{}",
        listed[0]
    );
    assert!(
        listed[1].contains("many-steps.ron:10:2: step 2 is a Setup card"),
        "{}",
        listed[1]
    );

    let (_, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content),
    });
    assert_eq!(problems.len(), 11, "the app's list is capped too");
}

/// The store's files: no panic, nothing lost silently. A profile with one
/// value out of range keeps everything else and clamps that value with a
/// notice; a history with one unreadable session keeps the others and says
/// so; a BOM is read like any other file.
#[test]
fn hostile_profile_and_history_files_lose_only_what_cannot_be_read() {
    for path in corpus("profile") {
        let name = file_name(&path);
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        fs::create_dir_all(data.join("profiles")).expect("mkdir");
        fs::copy(&path, data.join("profiles/me.ron")).expect("copy");
        let (store, notices) = Store::open(&data).expect("the store opens");
        let profile = store.current();
        match name.as_str() {
            "volume-300.ron" => {
                assert_eq!(profile.settings.volume, 100, "{name}: clamped");
                assert!(
                    profile.safety_seen,
                    "{name}: the rest of the profile is kept"
                );
                assert_eq!(notices.len(), 2, "{name}: {notices:?}");
                assert!(
                    notices[0].to_string().contains("300"),
                    "{name}: {}",
                    notices[0]
                );
                // Written back with the value replaced: the file as it was
                // is kept first.
                let Notice::CopyKept { kept_as, .. } = &notices[1] else {
                    panic!("{name}: a copy is kept: {notices:?}");
                };
                assert_eq!(
                    fs::read(kept_as).expect("the copy"),
                    fs::read(&path).expect("the corpus file"),
                    "{name}"
                );
            }
            "control-name.ron" => {
                // Kept as it is in the file; shown escaped where text
                // leaves for a terminal.
                assert!(profile.name.contains("\r\n"), "{name}: {}", profile.name);
                assert!(notices.is_empty(), "{name}: {notices:?}");
                let shown = limber_core::terminal::escape(&profile.name);
                assert!(!shown.chars().any(char::is_control), "{name}: {shown}");
            }
            other => panic!("{other}: a new hostile profile needs its expectation here"),
        }
    }
    for path in corpus("history") {
        let name = file_name(&path);
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let (mut store, _) = Store::open(&data).expect("store");
        let id = store.current().id.clone();
        fs::copy(&path, data.join("history").join(format!("{id}.ron"))).expect("copy");
        let sessions = store.history(&id).expect("the history reads");
        let notices = store.take_notices();
        match name.as_str() {
            "bom.ron" => {
                assert_eq!(sessions.len(), 2, "{name}: every session");
                assert!(notices.is_empty(), "{name}: {notices:?}");
            }
            "pain-after-256.ron" => {
                assert_eq!(sessions.len(), 2, "{name}: the good sessions are kept");
                assert_eq!(notices.len(), 1, "{name}: {notices:?}");
                assert!(notices[0].sets_data_aside(), "{name}: {}", notices[0]);
                assert!(
                    notices[0].to_string().contains("the other 2 are kept"),
                    "{name}: {}",
                    notices[0]
                );
            }
            "one-line.ron" | "cr-line-ends.ron" => {
                assert_eq!(sessions.len(), 3, "{name}: read, not dropped");
                assert!(notices.is_empty(), "{name}: {notices:?}");
            }
            "cut-short.ron" | "text-after-end.ron" => {
                // Cut in the third session; or a fourth after the end,
                // which is left to the copy (where it ends is unclear).
                let expected = if name == "cut-short.ron" { 2 } else { 3 };
                assert_eq!(sessions.len(), expected, "{name}: {notices:?}");
                let Some(Notice::RecordsSetAside {
                    kept_as: Some(copy),
                    ..
                }) = notices.first()
                else {
                    panic!("{name}: a notice naming the copy: {notices:?}");
                };
                assert_eq!(
                    fs::read(copy).expect("the copy"),
                    fs::read(&path).expect("the corpus file"),
                    "{name}: the file as it was"
                );
            }
            "hostile-titles.ron" => {
                assert_eq!(sessions.len(), 2, "{name}");
                assert!(notices.is_empty(), "{name}: {notices:?}");
                assert!(sessions[0].routine_title.contains('\u{1b}'), "{name}");
                let mut table = Vec::new();
                limber_core::export::history::write_history(&sessions, false, &mut table)
                    .expect("the table");
                let table = String::from_utf8(table).expect("UTF-8");
                assert!(
                    !table.chars().any(|c| c.is_control() && c != '\n'),
                    "{name}: {table:?}"
                );
            }
            other => panic!("{other}: a new hostile history needs its expectation here"),
        }
    }
}

/// Content with a control character in a title is refused with its place;
/// a file saved with a byte-order mark loads like any other.
#[test]
fn hostile_content_files_are_refused_with_their_place_or_read() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/content");
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&folder), &mut out).expect("check runs");
    let out = String::from_utf8(out).expect("UTF-8");
    println!("{out}");
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    assert_eq!(outcome.errors, 1, "{out}");
    let nul = folder.join("routines/nul-title.ron").display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with(&format!("{nul}:3:5:"))
                && l.contains("control character (U+0000)")),
        "{out}"
    );
    let (library, _) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(folder),
    });
    assert!(library.routine("bom").is_some(), "the BOM file loads");
    assert!(library.routine("nul-title").is_none(), "refused");
}
