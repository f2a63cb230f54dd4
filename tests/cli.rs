//! The command line as a person uses it: the real binary, its output and
//! its exit code.

mod common;
use common::cli::{limber, stdout};

#[test]
fn check_of_the_shipped_content_passes_with_its_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = limber(&["check", "content"], dir.path());
    let text = stdout(&output);
    assert!(
        output.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("2 areas, 5 exercises, 3 routines"),
        "summary line: {text}"
    );
    assert!(text.contains("0 problems"), "{text}");
}

#[test]
fn check_of_a_broken_folder_reports_each_problem_and_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("broken");
    std::fs::create_dir_all(content.join("routines")).expect("mkdir");
    std::fs::create_dir_all(content.join("exercises")).expect("mkdir");
    std::fs::write(
        content.join("routines/bad.ron"),
        "(id: \"bad\", title: \"Bad\", description: \"x\", exercises: [(exercise: \"no-such-exercise\")])",
    )
    .expect("write");
    std::fs::write(content.join("exercises/syntax.ron"), "(id: \"x\", title: ").expect("write");
    let output = limber(
        &["check", content.to_str().expect("utf-8 path")],
        dir.path(),
    );
    let text = stdout(&output);
    assert!(
        !output.status.success(),
        "errors give a non-zero exit: {text}"
    );
    assert!(text.contains("no-such-exercise"), "{text}");
    assert!(
        text.contains("syntax.ron:1:"),
        "a parse error has its line: {text}"
    );
}

#[test]
fn show_prints_the_gentle_lower_back_routine_with_its_total() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = limber(&["show", "lower-back", "--intensity", "gentle"], dir.path());
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("hold 15 s × 3"), "{text}");
    assert!(text.contains("hold 15 s × 2 each leg"), "{text}");
    assert!(text.contains("hold 1 s × 9"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("Total: ")), "{text}");
}

#[test]
fn show_of_an_unknown_routine_names_the_known_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = limber(&["show", "shoulders"], dir.path());
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("lower-back") && err.contains("hips"), "{err}");
}

#[test]
fn help_and_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let help = limber(&["--help"], dir.path());
    assert!(help.status.success());
    let text = stdout(&help);
    for word in [
        "check",
        "show",
        "figures",
        "history",
        "--routine",
        "--data-dir",
        "--content",
        "--profile",
    ] {
        assert!(text.contains(word), "--help mentions {word}: {text}");
    }
    let version = limber(&["--version"], dir.path());
    assert_eq!(
        stdout(&version).trim(),
        format!("limber {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn history_csv_of_a_new_profile_has_a_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = limber(&["history", "--csv"], dir.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    assert!(
        text.lines().next().is_some_and(|l| l.contains("routine")),
        "{text}"
    );
}

#[test]
fn figures_writes_one_png_per_pose() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("figures");
    let output = limber(
        &["figures", "--out", out.to_str().expect("utf-8")],
        dir.path(),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pngs: Vec<_> = std::fs::read_dir(&out)
        .expect("out dir")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .collect();
    assert!(
        pngs.len() >= 13,
        "one PNG per shipped pose, got {}",
        pngs.len()
    );
    for png in pngs {
        let bytes = std::fs::read(png.path()).expect("read");
        assert!(bytes.starts_with(b"\x89PNG"), "{:?} is a PNG", png.path());
    }
}

/// One dose rule: a hold range beyond what the player would run is refused
/// by `limber check` at its place, not clamped silently at Strong.
#[test]
fn check_refuses_a_hold_range_beyond_the_dose_bounds_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("long-holds");
    std::fs::create_dir_all(content.join("exercises")).expect("mkdir");
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content/exercises/knee-to-chest.ron"),
    )
    .expect("shipped exercise");
    let long = shipped.replace("hold_seconds: (15, 30)", "hold_seconds: (200, 400)");
    assert_ne!(long, shipped, "the shipped file has the range to change");
    std::fs::write(content.join("exercises/knee-to-chest.ron"), &long).expect("write");
    let line = long
        .lines()
        .position(|l| l.contains("hold_seconds: (200, 400)"))
        .expect("the line")
        + 1;
    let output = limber(
        &["check", content.to_str().expect("utf-8 path")],
        dir.path(),
    );
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let expected = format!("knee-to-chest.ron:{line}:9: `hold_seconds` goes up to 400 seconds");
    assert!(text.contains(&expected), "{expected:?} in:\n{text}");
}

/// No display (a server, a remote shell): a plain message and exit 1, not
/// a panic with a backtrace; a display that cannot be reached: the same.
#[test]
fn without_a_display_the_app_says_so_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unreachable = format!(":{}", free_display_number());
    for display in [None, Some(unreachable.as_str())] {
        let mut command = common::cli::command(dir.path());
        command
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET");
        match display {
            Some(display) => command.env("DISPLAY", display),
            None => command.env_remove("DISPLAY"),
        };
        let output = command.output().expect("limber runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{display:?}: {stderr}");
        assert!(
            stderr.contains("limber: could not open a window:"),
            "{display:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{display:?}: {stderr}");
    }
}

/// An X display number no server has on this machine now (no socket, no
/// lock file, no abstract socket), so a test run beside someone's Xvfb
/// does not open a real window.
fn free_display_number() -> u32 {
    let abstract_sockets = std::fs::read_to_string("/proc/net/unix").unwrap_or_default();
    (300..1000)
        .find(|n| {
            !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
                && !abstract_sockets.contains(&format!("@/tmp/.X11-unix/X{n}"))
        })
        .expect("a free display number")
}

/// `limber history | head`: the reader going away is not an error.
#[test]
fn a_closed_pipe_ends_the_history_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    // One session written by the store gives the line format; 3,000 of
    // them is more than a pipe holds, so the writer meets the closed end.
    let (mut store, _) = limber_core::profile::Store::open(dir.path()).expect("store");
    store
        .append_history(limber_core::profile::SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "hips".into(),
            routine_title: "Hips".into(),
            duration_seconds: 200,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: None,
            ending: None,
        })
        .expect("append");
    drop(store);
    let file = std::fs::read_dir(dir.path().join("history"))
        .expect("history folder")
        .next()
        .expect("a history file")
        .expect("entry")
        .path();
    let text = std::fs::read_to_string(&file).expect("history");
    let line = text.lines().nth(1).expect("one session line").to_owned();
    let mut many = String::from("(version: 2, sessions: [\n");
    for n in 0..3000u64 {
        many.push_str(&line.replace("1700000000", &(1_700_000_000 + n * 3600).to_string()));
        many.push('\n');
    }
    many.push_str("])\n");
    std::fs::write(&file, many).expect("write");
    let mut child = common::cli::command(dir.path())
        .args(["history", "--csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("limber runs");
    // Read one line, then go away like `head -1`.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    let read = std::io::Read::read(&mut stdout, &mut first).expect("some output");
    assert!(read > 0);
    drop(stdout);
    let output = child.wait_with_output().expect("limber ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(stderr.is_empty(), "quiet: {stderr}");
}

/// One unreadable session: every command that reads the history keeps the
/// others, says on stderr what was set aside, and exits 2 (done, but look).
#[test]
fn a_session_set_aside_is_said_on_stderr_with_exit_code_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = limber_core::profile::Store::open(dir.path()).expect("store");
    let id = store.current().id.clone();
    for n in 0..3u64 {
        store
            .append_history(limber_core::profile::SessionRecord {
                started_at: 1_700_000_000 + n * 86_400,
                routine_id: "hips".into(),
                routine_title: "Hips".into(),
                duration_seconds: 200,
                exercises: Vec::new(),
                pain_before: Some(3),
                pain_after: Some(2),
                ending: None,
            })
            .expect("append");
    }
    drop(store);
    let path = dir.path().join(format!("history/{id}.ron"));
    let text = std::fs::read_to_string(&path).expect("history");
    let broken = text.replacen("pain_after:Some(2)", "pain_after:Some(256)", 1);
    assert_ne!(broken, text);
    std::fs::write(&path, broken).expect("write");

    let output = limber(&["history", "--csv"], dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("1 entry of your history file"), "{stderr}");
    assert!(stderr.contains("the other 2 are kept"), "{stderr}");
    assert_eq!(
        stdout(&output).lines().count(),
        3,
        "header and two sessions"
    );

    // Set aside once: the next run is clean.
    let again = limber(&["history", "--csv"], dir.path());
    assert_eq!(again.status.code(), Some(0));
    assert!(again.stderr.is_empty());
}
