//! Authoring without code: a "Neck and shoulders" area written
//! from content/README.md alone (tests/fixtures/neck/) loads clean, speaks
//! of sides, and shows with the neck lit; and content saved while the app
//! runs is shown at once, a broken save keeping the last good version.

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{SIZE, key, open_app, send};
use iced::Theme;
use iced::futures::StreamExt;
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::ui::screen::{home::Message as H, player::Message as P, routine::Message as R};
use limber::ui::{App, Message, Screen};
use limber_core::content::{Library, Sources};
use limber_core::profile::Store;
use limber_core::session::phases::Phase;
use limber_core::testing::FakeClock;
use limber_core::time::Clock;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/neck")
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// A copy of the fixture folder, to edit.
fn copy_fixture(to: &Path) {
    for folder in ["areas", "exercises", "routines", "poses"] {
        std::fs::create_dir_all(to.join(folder)).expect("mkdir");
        for entry in std::fs::read_dir(fixture().join(folder)).expect("fixture folder") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), to.join(folder).join(entry.file_name())).expect("copy");
        }
    }
}

/// The app over the shipped content and `content`, safety page seen.
fn app_with(content: &Path, data: &Path) -> (App, std::sync::Arc<FakeClock>) {
    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content.to_path_buf()),
    });
    assert!(problems.is_empty(), "{problems:?}");
    let (mut store, _) = Store::open(data).expect("store");
    store.set_safety_seen().expect("safety seen");
    let (app, clock, _) = open_app(library, store, Vec::new(), None);
    (app, clock)
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

/// Renders the app to `target/screenshots/<name>-tiny-skia.png`.
fn screenshot(app: &App, name: &str) -> PathBuf {
    std::fs::create_dir_all(out_dir()).expect("screenshot folder");
    let written = out_dir().join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    let snapshot = ui.snapshot(&Theme::Light).expect("snapshot");
    assert!(
        snapshot
            .matches_image(out_dir().join(format!("{name}.png")))
            .expect("write png")
    );
    written
}

/// Pixels of the figure's highlight (the theme's danger red, translucent)
/// inside `area` of a render: none where nothing is lit.
fn lit_pixels(png: &Path, area: (u32, u32, u32, u32)) -> usize {
    let image = image::open(png).expect("a PNG").into_rgba8();
    let (x0, y0, x1, y1) = area;
    image
        .enumerate_pixels()
        .filter(|(x, y, _)| (x0..x1).contains(x) && (y0..y1).contains(y))
        .filter(|(_, _, p)| {
            let [r, g, b, _] = p.0;
            // The figure, card and text are grey, the mat bluish.
            i32::from(r) - i32::from(g) > 25 && i32::from(r) - i32::from(b) > 25
        })
        .count()
}

fn phase(app: &App, clock: &FakeClock) -> Option<Phase> {
    match app.screen() {
        Screen::Player(player) => Some(player.state(clock.now()).phase),
        _ => None,
    }
}

#[test]
fn the_neck_folder_checks_clean_and_speaks_of_sides() {
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&fixture()), &mut out).expect("check runs");
    let printed = String::from_utf8(out).expect("utf-8");
    assert!(outcome.is_ok(), "{printed}");
    assert_eq!(
        printed.trim(),
        "3 areas, 7 exercises, 4 routines, 20 poses, 0 problems"
    );

    let data = tempfile::tempdir().expect("tempdir");
    let show = common::cli::command(data.path())
        .arg("--content")
        .arg(fixture())
        .args(["show", "neck-and-shoulders", "--intensity", "gentle"])
        .output()
        .expect("limber show runs");
    let shown = String::from_utf8_lossy(&show.stdout);
    assert!(show.status.success(), "{shown}");
    assert!(
        shown.contains("1. Neck side stretch — hold 15 s × 2 each side"),
        "{shown}"
    );
    assert!(!shown.contains("leg"), "{shown}");

    let timeline = common::cli::command(data.path())
        .arg("--content")
        .arg(fixture())
        .args(["show", "neck-and-shoulders", "--timeline"])
        .output()
        .expect("limber show --timeline runs");
    let cues = String::from_utf8_lossy(&timeline.stdout);
    assert!(cues.contains("\"Left side. Get ready.\""), "{cues}");
    assert!(cues.contains("Switch to the right side."), "{cues}");
}

/// The screenshots of the issue: the Home tile and the player, neck lit.
#[test]
fn the_neck_area_shows_on_home_and_in_the_player_with_the_neck_lit() {
    let data = tempfile::tempdir().expect("tempdir");
    let (mut app, clock) = app_with(&fixture(), data.path());
    assert!(shows(&app, "Neck and shoulders"));
    let home = screenshot(&app, "neck-home");
    // The renders are at twice the window size. The third tile's figure is
    // lit; the fourth's (the full routine, no area) is not.
    let neck_tile = lit_pixels(&home, (1390, 340, 2000, 830));
    assert!(
        neck_tile > 2000,
        "the neck tile's highlight: {neck_tile} pixels"
    );
    assert_eq!(lit_pixels(&home, (2060, 340, 2660, 830)), 0);

    send(
        &mut app,
        vec![Message::Home(H::OpenRoutine("neck-and-shoulders".into()))],
    );
    screenshot(&app, "neck-routine");
    assert!(shows(&app, "1. Neck side stretch"));
    assert!(
        shows(&app, "2 each side"),
        "the routine's rows say each side"
    );
    send(&mut app, vec![Message::Routine(R::Start)]);
    for _ in 0..10 {
        if phase(&app, &clock) == Some(Phase::Hold) {
            break;
        }
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    assert_eq!(phase(&app, &clock), Some(Phase::Hold));
    // The side large on the figure, the repetition under the ring.
    assert!(shows(&app, "LEFT SIDE"));
    assert!(shows(&app, "Rep 1 of 2"));
    let player = screenshot(&app, "neck-player");
    // The figure card is the left part of the window.
    let lit = lit_pixels(&player, (0, 150, 1500, 1400));
    assert!(lit > 2000, "the player's highlight: {lit} pixels");
}

/// The app's reload stream (what its subscription runs), driven on a
/// thread of its own the way the iced runtime would.
fn drive(sources: &Sources) -> mpsc::Receiver<Message> {
    let (sender, messages) = mpsc::channel();
    let stream = limber::ui::reload::reloads(sources);
    std::thread::spawn(move || {
        futures::executor::block_on(async move {
            let mut stream = std::pin::pin!(stream);
            while let Some(message) = stream.next().await {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
    });
    messages
}

/// Generous: the debounce is 250 ms; this only keeps a broken watcher from
/// hanging the test on a busy machine. The time taken is printed.
const AT_MOST: Duration = Duration::from_secs(10);

/// Writes `text` to `path` and waits for the reload; the first save is
/// repeated once in case the watcher was not started yet.
fn save(path: &Path, text: &str, messages: &mpsc::Receiver<Message>) -> Message {
    for _ in 0..2 {
        let saved = Instant::now();
        std::fs::write(path, text).expect("save");
        if let Ok(message) = messages.recv_timeout(AT_MOST / 2) {
            println!(
                "{} reloaded {} ms after the save",
                path.display(),
                saved.elapsed().as_millis()
            );
            return message;
        }
    }
    panic!("no reload after saving {}", path.display());
}

#[test]
fn a_save_shows_at_once_and_a_broken_save_keeps_the_last_good_version() {
    let data = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    copy_fixture(content.path());
    let (mut app, clock) = app_with(content.path(), data.path());
    let messages = drive(app.library().sources());
    std::thread::sleep(Duration::from_millis(300));

    // A new title.
    let area = content.path().join("areas/neck-and-shoulders.ron");
    let original = std::fs::read_to_string(&area).expect("read");
    let renamed = original.replace(
        "title: \"Neck and shoulders\"",
        "title: \"Neck, shoulders and jaw\"",
    );
    assert_ne!(renamed, original);
    let message = save(&area, &renamed, &messages);
    assert!(
        matches!(message, Message::ContentReloaded(_)),
        "{message:?}"
    );
    send(&mut app, vec![message]);
    assert!(shows(&app, "Neck, shoulders and jaw"));
    assert!(!shows(&app, "Neck and shoulders"));
    assert!(app.notices().is_empty(), "{:?}", app.notices());

    // A broken save: the last good version stays, the notice says why.
    let broken = renamed.replace("[Neck, Shoulders]", "[Neck, Sholders]");
    let message = save(&area, &broken, &messages);
    send(&mut app, vec![message]);
    assert_eq!(
        app.library()
            .area("neck-and-shoulders")
            .map(|a| a.title.as_str()),
        Some("Neck, shoulders and jaw")
    );
    assert!(shows(&app, "Neck, shoulders and jaw"));
    let notice = app.notices().first().cloned().unwrap_or_default();
    assert!(notice.contains("was not loaded"), "{notice}");
    // At the misspelt name: line 7, column 23.
    assert!(notice.contains("neck-and-shoulders.ron:7:23: "), "{notice}");
    assert!(notice.contains("`Sholders` is not a body part"), "{notice}");
    screenshot(&app, "reload-broken");

    // Fixed: used, and the notice goes.
    let message = save(&area, &original, &messages);
    send(&mut app, vec![message]);
    assert!(shows(&app, "Neck and shoulders"));
    assert!(app.notices().is_empty(), "{:?}", app.notices());

    // A routine in progress is left alone; the next start has the change.
    send(
        &mut app,
        vec![
            Message::Home(H::OpenRoutine("neck-and-shoulders".into())),
            Message::Routine(R::Start),
        ],
    );
    assert!(phase(&app, &clock).is_some());
    assert!(shows(&app, "Exercise 1 of 2 · Neck side stretch"));
    let exercise = content.path().join("exercises/neck-side-stretch.ron");
    let text = std::fs::read_to_string(&exercise).expect("read");
    let message = save(
        &exercise,
        &text.replace(
            "title: \"Neck side stretch\"",
            "title: \"Side neck stretch\"",
        ),
        &messages,
    );
    send(&mut app, vec![message]);
    assert!(phase(&app, &clock).is_some(), "still playing");
    assert!(
        shows(&app, "Exercise 1 of 2 · Neck side stretch"),
        "the routine goes on as it started"
    );
    assert!(app.notices()[0].contains("the next one uses the change"));
    send(
        &mut app,
        vec![Message::Player(P::Stop), Message::Player(P::ConfirmStop)],
    );
    assert!(phase(&app, &clock).is_none());
    assert_eq!(
        app.library()
            .exercise("neck-side-stretch")
            .map(|e| e.title.as_str()),
        Some("Side neck stretch")
    );
    assert!(app.notices().is_empty(), "{:?}", app.notices());
}
