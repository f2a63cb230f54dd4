//! Big content and long histories on the command line: `limber print`,
//! `limber report` and `limber show --timeline` either do their work or
//! refuse with the limit that was passed, and never hang.
//!
//! The content is made here at run time (a megabyte title is no file to
//! commit). Each command runs as the real binary under a watchdog that
//! kills it after [`PATIENCE`]: that is a hang guard, not a timing (the
//! times are in `benches/papers.rs` and `scripts/measure_papers.sh`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use limber_core::limits::{MAX_ROUTINE_EXERCISES, MAX_STEPS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use limber_core::profile::{Ending, ExerciseRecord, SessionRecord, Store};
use limber_core::session::dose::Intensity;

/// Long enough for the slowest case at the limits in a debug build on a
/// busy machine; far shorter than any of these took before they were
/// bounded (a 10,000-exercise sheet ran for hours).
const PATIENCE: Duration = Duration::from_secs(180);

/// What a run of the binary gave, with its peak memory (Linux).
struct Run {
    output: Output,
    peak_kib: Option<u64>,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    fn ok(&self) -> String {
        assert!(
            self.output.status.success(),
            "{}\n{}",
            self.stdout(),
            self.stderr()
        );
        self.stdout()
    }
}

/// Runs limber with `args`, killing it (and failing) after [`PATIENCE`].
fn limber(args: &[&str], data_dir: &Path) -> Run {
    let out = tempfile::tempdir().expect("temp dir");
    let (stdout, stderr) = (out.path().join("out"), out.path().join("err"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env("LIMBER_DATA_DIR", data_dir)
        .env("LC_ALL", "en_GB.UTF-8")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout).expect("stdout file"))
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("limber runs");
    let started = Instant::now();
    let (status, peak_kib) = loop {
        if let Some(done) = wait_with_peak(&mut child) {
            break done;
        }
        if started.elapsed() > PATIENCE {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "limber {args:?} did not finish within {} s (a hang)",
                PATIENCE.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Run {
        output: Output {
            status,
            stdout: std::fs::read(&stdout).expect("stdout"),
            stderr: std::fs::read(&stderr).expect("stderr"),
        },
        peak_kib,
    }
}

/// The child's exit status and peak resident memory once it has ended
/// (`wait4` reports the memory of that one child).
#[cfg(target_os = "linux")]
fn wait_with_peak(
    child: &mut std::process::Child,
) -> Option<(std::process::ExitStatus, Option<u64>)> {
    use std::os::unix::process::ExitStatusExt;
    let mut status: libc::c_int = 0;
    // SAFETY: a plain syscall on our own child's pid with valid pointers;
    // WNOHANG returns at once when it is still running.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
    (reaped == pid).then(|| {
        (
            std::process::ExitStatus::from_raw(status),
            Some(usage.ru_maxrss as u64),
        )
    })
}

#[cfg(not(target_os = "linux"))]
fn wait_with_peak(
    child: &mut std::process::Child,
) -> Option<(std::process::ExitStatus, Option<u64>)> {
    child.try_wait().ok().flatten().map(|status| (status, None))
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A routine of `exercises` entries naming `exercise`, titled `title`.
fn routine(id: &str, title: &str, exercise: &str, exercises: usize) -> String {
    let entries = format!("        (exercise: \"{exercise}\"),\n").repeat(exercises);
    format!(
        "(\n    id: \"{id}\",\n    title: \"{title}\",\n    description: \"A hostile routine.\",\n    area: \"lower-back\",\n    exercises: [\n{entries}    ],\n)\n"
    )
}

/// An exercise with `steps` setup cards before its hold, each with this
/// text.
fn exercise(id: &str, title: &str, steps: usize, text: &str) -> String {
    let mut cards = String::new();
    for n in 1..=steps {
        cards.push_str(&format!(
            "        (role: Setup, title: \"Step {n}\", text: \"{text}\", caution: \"{text}\", illustration: Pose(\"crunch-start\")),\n"
        ));
    }
    format!(
        r#"(
    id: "{id}",
    title: "{title}",
    areas: ["lower-back"],
    summary: "{text}",
    sides: Alternate,
    limb: Leg,
    dose: (hold_seconds: (1, 300), repetitions: (1, 50), move_seconds: 3, release_seconds: 3, rest_seconds: 5),
    cautions: ["{text}"],
    highlight: Abdomen,
    steps: [
{cards}        (role: Hold, title: "Hold", text: "{text}", illustration: Pose("crunch-up")),
    ],
)
"#
    )
}

/// The hostile folder the issue was found with: a routine of 10,000
/// exercises, an exercise of 5,000 steps and a title of a megabyte.
fn hostile_content(root: &Path) {
    write(
        &root.join("routines/big.ron"),
        &routine("big", "Big", "partial-crunch", 10_000),
    );
    write(
        &root.join("exercises/many-steps.ron"),
        &exercise("many-steps", "Many steps", 5_000, "Lie on your back."),
    );
    write(
        &root.join("routines/many-steps.ron"),
        &routine("many-steps-routine", "Many steps", "many-steps", 1),
    );
    write(
        &root.join("routines/huge-title.ron"),
        &routine(
            "huge-title",
            &"Stretch ".repeat(1_000_000 / 8),
            "partial-crunch",
            1,
        ),
    );
}

/// Content at every limit at once: the most exercises, each with the most
/// steps, titles and texts of the most characters, the strongest dose.
fn content_at_the_limits(root: &Path) {
    let words = "Lie on your back with your knees bent and breathe calmly. ";
    let text: String = words.chars().cycle().take(MAX_TEXT_CHARS).collect();
    let title: String = words.chars().cycle().take(MAX_TITLE_CHARS).collect();
    for n in 0..MAX_ROUTINE_EXERCISES {
        write(
            &root.join(format!("exercises/limit-{n}.ron")),
            &exercise(
                &format!("limit-{n}"),
                title.trim(),
                MAX_STEPS - 1,
                text.trim(),
            ),
        );
    }
    let mut entries = String::new();
    for n in 0..MAX_ROUTINE_EXERCISES {
        entries.push_str(&format!("        (exercise: \"limit-{n}\"),\n"));
    }
    write(
        &root.join("routines/limits.ron"),
        &format!(
            "(\n    id: \"limits\",\n    title: \"{}\",\n    description: \"{}\",\n    area: \"lower-back\",\n    exercises: [\n{entries}    ],\n)\n",
            title.trim(),
            text.trim()
        ),
    );
}

fn folder(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(&path).expect("mkdir");
    path
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn print_refuses_a_routine_past_the_limits_naming_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = folder(dir.path(), "content");
    hostile_content(&content);
    let data = folder(dir.path(), "data");
    let cases = [
        (
            "big",
            "big.ron",
            "`exercises` has 10,000 entries; the most is 50",
        ),
        (
            "many-steps-routine",
            "many-steps.ron",
            "`steps` has 5,001 entries; the most is 20",
        ),
        (
            "huge-title",
            "huge-title.ron",
            "`title` is 1,000,000 characters long; the most is 120",
        ),
    ];
    for (routine, file, limit) in cases {
        let pdf = dir.path().join(format!("{routine}.pdf"));
        let run = limber(
            &[
                "--content",
                path_str(&content),
                "print",
                routine,
                "--intensity",
                "standard",
                "--out",
                path_str(&pdf),
            ],
            &data,
        );
        let said = run.stderr();
        assert!(!run.output.status.success(), "{routine}: printed?");
        let line = said
            .lines()
            .find(|line| line.contains(file) && line.contains(limit))
            .unwrap_or_else(|| panic!("{routine}: no line naming {file} and {limit:?} in\n{said}"));
        assert!(
            line.len() < 300,
            "the message is a line, not the title: {line}"
        );
        assert!(!pdf.exists(), "{routine}: no PDF");
    }
}

#[test]
fn show_timeline_refuses_a_routine_of_ten_thousand_exercises() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = folder(dir.path(), "content");
    hostile_content(&content);
    let run = limber(
        &[
            "--content",
            path_str(&content),
            "show",
            "big",
            "--timeline",
            "--intensity",
            "strong",
        ],
        &folder(dir.path(), "data"),
    );
    assert!(!run.output.status.success());
    assert!(
        run.stderr()
            .contains("`exercises` has 10,000 entries; the most is 50"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_routine_at_every_limit_prints_and_its_cue_sheet_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = folder(dir.path(), "content");
    content_at_the_limits(&content);
    let data = folder(dir.path(), "data");
    let pdf = dir.path().join("limits.pdf");
    let printed = limber(
        &[
            "--content",
            path_str(&content),
            "print",
            "limits",
            "--intensity",
            "strong",
            "--out",
            path_str(&pdf),
        ],
        &data,
    )
    .ok();
    assert!(printed.contains("pages, A4"), "{printed}");
    let bytes = std::fs::read(&pdf).expect("the sheet");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.trim_ascii_end().ends_with(b"%%EOF"), "a whole PDF");

    let shown = limber(
        &[
            "--content",
            path_str(&content),
            "show",
            "limits",
            "--timeline",
            "--intensity",
            "strong",
        ],
        &data,
    )
    .ok();
    // Every hold of every exercise is on the sheet: 50 on each side.
    let holds = shown
        .lines()
        .filter(|line| {
            line.trim_start()
                .split_once("  ")
                .is_some_and(|(_, phase)| phase.starts_with("Hold "))
        })
        .count();
    assert_eq!(holds, MAX_ROUTINE_EXERCISES * 50 * 2);
    assert!(
        shown
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("Total: "))
    );
}

/// A history of `count` sessions of a routine titled `title` (the newest
/// today), for the profile "Me".
fn history(data: &Path, count: usize, title: &str) {
    let (mut store, _) = Store::open(data).expect("store opens");
    store.set_safety_seen().expect("safety seen");
    let id = store.current().id.clone();
    let now = limber_core::time::unix_now();
    let exercise = |n: usize, completed: bool| ExerciseRecord {
        id: "partial-crunch".into(),
        title: "Partial crunch".into(),
        intensity: Intensity::ALL[n % 3],
        hold_seconds: 1 + (n % 2) as u32,
        repetitions: 9 + (n % 5) as u32,
        completed,
        sides: None,
        holds_done: None,
        variation: None,
    };
    let mut text = String::from("(version: 2, sessions: [\n");
    for n in (0..count).rev() {
        let record = SessionRecord {
            // 43 s apart: 100,000 fit in the report's eight weeks.
            started_at: now - 600 - (n as u64) * 43,
            routine_id: "lower-back".into(),
            routine_title: title.into(),
            duration_seconds: 280,
            exercises: vec![exercise(n, n % 7 != 0), exercise(n + 1, true)],
            pain_before: Some((n % 9) as u8),
            pain_after: Some((n % 7) as u8),
            ending: Some(if n % 13 == 0 {
                Ending::StoppedForPain {
                    exercise_id: "partial-crunch".into(),
                }
            } else {
                Ending::Finished
            }),
        };
        text.push_str(&ron::to_string(&record).expect("a session"));
        text.push_str(",\n");
    }
    text.push_str("])\n");
    std::fs::write(data.join(format!("history/{id}.ron")), text).expect("the history");
}

#[test]
fn a_report_over_a_megabyte_title_cuts_it_and_finishes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = folder(dir.path(), "data");
    history(&data, 3, &"Stretch ".repeat(1_000_000 / 8));
    let pdf = dir.path().join("report.pdf");
    let run = limber(&["report", "--out", path_str(&pdf)], &data);
    let said = run.ok();
    assert!(said.contains("3 sessions in this period"), "{said}");
    assert!(
        said.len() < 1_000,
        "the title is not echoed whole: {} bytes",
        said.len()
    );
    let size = std::fs::metadata(&pdf).expect("the report").len();
    assert!(
        size < 1_000_000,
        "{size} bytes: the title went on paper whole"
    );
}

#[test]
fn a_report_over_a_hundred_thousand_sessions_stays_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = folder(dir.path(), "data");
    let sessions = 100_000;
    history(&data, sessions, "Lower back");
    let history_bytes = std::fs::metadata(
        std::fs::read_dir(data.join("history"))
            .expect("history folder")
            .next()
            .expect("a history")
            .expect("entry")
            .path(),
    )
    .expect("size")
    .len();
    let pdf = dir.path().join("report.pdf");
    let run = limber(&["report", "--out", path_str(&pdf)], &data);
    let said = run.ok();
    assert!(said.contains("100000 sessions in this period"), "{said}");
    let pages: usize = said
        .split(" pages")
        .next()
        .and_then(|s| s.rsplit('(').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("a page count in {said}"));
    assert!(pages <= 40, "{pages} pages for the physiotherapist to read");
    if let Some(peak) = run.peak_kib {
        let peak_mb = peak as f64 / 1024.0;
        let history_mb = history_bytes as f64 / 1_048_576.0;
        println!("history {history_mb:.1} MB, report peak {peak_mb:.1} MB");
        // Holding the history and the report's rows, no more: within a
        // few times the file's size, never the gigabyte it took.
        assert!(
            peak_mb < 60.0 + 4.0 * history_mb,
            "peak {peak_mb:.1} MB for a {history_mb:.1} MB history"
        );
    }
}

/// A poppler tool's output (poppler-utils, as in tests/paper_pdf.rs).
fn poppler(tool: &str, pdf: &Path) -> String {
    let output = Command::new(tool)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|error| panic!("{tool} is needed (poppler-utils): {error}"));
    assert!(output.status.success(), "{tool} failed on {pdf:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn arabic_and_hebrew_are_drawn_or_named_never_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = folder(dir.path(), "content");
    let (arabic, hebrew) = ("تمارين الظهر", "תרגילי גב");
    write(
        &content.join("routines/rtl.ron"),
        &routine("rtl", &format!("{arabic} · {hebrew}"), "partial-crunch", 1),
    );
    let pdf = dir.path().join("rtl.pdf");
    let run = limber(
        &[
            "--content",
            path_str(&content),
            "print",
            "rtl",
            "--intensity",
            "gentle",
            "--out",
            path_str(&pdf),
        ],
        &folder(dir.path(), "data"),
    );
    run.ok();
    let text = poppler("pdftotext", &pdf);
    let fonts = poppler("pdffonts", &pdf);
    let said = run.stderr();
    for (script, word) in [("Arabic", arabic), ("Hebrew", hebrew)] {
        let drawn = text.contains(word);
        let named = said
            .lines()
            .any(|line| line.contains(&format!("No font on this computer has {script} letters")));
        assert!(
            drawn != named,
            "{script}: drawn {drawn}, named {named}\n{text}\n{said}"
        );
        if drawn {
            // In a font of this computer, embedded beside Fira Sans.
            assert!(
                fonts.lines().skip(2).any(|row| !row.contains("FiraSans")),
                "{fonts}"
            );
        }
    }
    for row in fonts.lines().skip(2) {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(columns[columns.len() - 5], "yes", "embedded: {row}");
    }
}
