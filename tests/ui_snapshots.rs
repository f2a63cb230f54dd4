//! The screens against committed reference images: each screen is rendered
//! headless (tiny-skia, the CPU renderer) at 1366×768, scaled to half that
//! (683×384, enough to see a changed word and small enough to keep in the
//! repository) and compared pixel by pixel with `tests/snapshots/<name>.png`. A screen whose pixels
//! change beyond a small tolerance fails the test, which names it and writes
//! the render and a difference image to `target/screenshots/`.
//!
//! After an intended change of the look, look at the new renders in
//! `target/screenshots/` and update the references with
//!
//! ```sh
//! LIMBER_UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots
//! ```
//!
//! Everything shown is deterministic: the fake clock fixes the time and the
//! wall-clock date (`testing::FAKE_UNIX_START`), and the test runs in UTC
//! with a locale that names no region (the emergency number is "your local
//! emergency number").

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{SIZE, key, open_app, send, shipped_app};
use iced::{Theme, keyboard::Key, keyboard::key::Named};
use iced_test::Simulator;
use limber::ui::{App, Message};
use limber_core::content::Library;
use limber_core::profile::{ExerciseRecord, SessionRecord, Store};
use limber_core::session::dose::Intensity;
use limber_core::session::phases::Phase;
use limber_core::testing::{FAKE_UNIX_START, FakeClock};
use limber_core::time::Clock;

/// A pixel differs when one of its channels moved by more than this.
const CHANNEL_TOLERANCE: u8 = 40;
/// A screen fails when more than this share of its pixels differ: about 50
/// pixels of 683×384, less than one changed word.
const MAX_DIFFERING_SHARE: f64 = 0.0002;
/// The size the screens are compared at.
const COMPARED: (u32, u32) = (683, 384);

/// The app's own themes (the design system), as the window shows them.
fn light() -> Theme {
    limber::ui::style::theme(false)
}

fn dark() -> Theme {
    limber::ui::style::theme(true)
}

fn references() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// The screens seen so far and what was wrong with them.
#[derive(Default)]
struct Shots {
    checked: Vec<String>,
    failures: Vec<String>,
}

impl Shots {
    /// Renders the app, saves the full-size render for people to look at,
    /// and compares it with its reference (or writes the reference when
    /// updating).
    fn check(&mut self, app: &App, name: &str, theme: &Theme) {
        let image = render(app, name, theme);
        self.checked.push(name.to_owned());
        let reference_path = references().join(format!("{name}.png"));
        if std::env::var_os("LIMBER_UPDATE_SNAPSHOTS").is_some() {
            image.save(&reference_path).expect("write the reference");
            return;
        }
        let Ok(reference) = image::open(&reference_path) else {
            self.failures.push(format!(
                "{name}: no reference at {} (update the references, see the top of this file)",
                reference_path.display()
            ));
            return;
        };
        let reference = reference.into_rgba8();
        if reference.dimensions() != image.dimensions() {
            self.failures.push(format!(
                "{name}: the reference is {:?}, the render {:?}",
                reference.dimensions(),
                image.dimensions()
            ));
            return;
        }
        let mut diff = image::RgbaImage::new(image.width(), image.height());
        let mut differing = 0usize;
        for (x, y, pixel) in image.enumerate_pixels() {
            let expected = reference.get_pixel(x, y);
            let moved = pixel
                .0
                .iter()
                .zip(expected.0)
                .map(|(a, b)| a.abs_diff(b))
                .max()
                .unwrap_or(0);
            if moved > CHANNEL_TOLERANCE {
                differing += 1;
                diff.put_pixel(x, y, image::Rgba([255, 0, 0, 255]));
            } else {
                let grey =
                    (u16::from(expected[0]) + u16::from(expected[1]) + u16::from(expected[2])) / 6;
                let grey = u8::try_from(grey).unwrap_or(u8::MAX);
                diff.put_pixel(x, y, image::Rgba([grey, grey, grey, 255]));
            }
        }
        let share = differing as f64 / f64::from(image.width() * image.height());
        if share > MAX_DIFFERING_SHARE {
            let diff_path = out_dir().join(format!("{name}-diff.png"));
            diff.save(&diff_path).expect("write the difference");
            self.failures.push(format!(
                "{name}: {differing} pixels ({:.3} %) differ from the reference; see {}",
                share * 100.0,
                diff_path.display()
            ));
        }
    }

    fn assert_all_match(self) {
        assert!(
            self.failures.is_empty(),
            "{} of {} screens changed:\n{}",
            self.failures.len(),
            self.checked.len(),
            self.failures.join("\n")
        );
    }
}

/// The app rendered at the test's window size, full size saved to
/// `target/screenshots/<name>-tiny-skia.png`, returned at [`COMPARED`].
fn render(app: &App, name: &str, theme: &Theme) -> image::RgbaImage {
    std::fs::create_dir_all(out_dir()).expect("screenshot folder");
    let path = out_dir().join(format!("{name}.png"));
    // iced_test adds the renderer's name to the file it writes.
    let written = out_dir().join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    let snapshot = ui.snapshot(theme).expect("snapshot");
    // With no file there, this writes the render (and says it matches).
    assert!(snapshot.matches_image(&path).expect("write png"));
    let full = image::open(&written)
        .expect("the render is a PNG")
        .into_rgba8();
    image::imageops::resize(
        &full,
        COMPARED.0,
        COMPARED.1,
        image::imageops::FilterType::Triangle,
    )
}

fn fixture_history(dir: &std::path::Path) {
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    let now = FAKE_UNIX_START;
    let day = 24 * 60 * 60;
    let pains = [
        (6, 5),
        (5, 5),
        (6, 4),
        (5, 4),
        (4, 4),
        (5, 3),
        (4, 3),
        (4, 2),
        (3, 3),
        (3, 2),
        (2, 2),
        (3, 1),
    ];
    for (i, (before, after)) in pains.iter().enumerate() {
        let routine = if i % 3 == 2 {
            ("hips", "Hips")
        } else {
            ("lower-back", "Lower back")
        };
        store
            .append_history(SessionRecord {
                started_at: now - (40 - 3 * i as u64) * day,
                routine_id: routine.0.into(),
                routine_title: routine.1.into(),
                duration_seconds: 300 + 20 * i as u32,
                exercises: vec![ExerciseRecord {
                    id: "prone-press-up".into(),
                    title: "Press-up on the forearms".into(),
                    intensity: if i < 6 {
                        Intensity::Gentle
                    } else {
                        Intensity::Standard
                    },
                    hold_seconds: 15,
                    repetitions: 3,
                    completed: i % 5 != 4,
                    sides: None,
                    holds_done: None,
                    variation: None,
                }],
                pain_before: Some(*before),
                pain_after: Some(*after),
                ending: None,
            })
            .expect("append");
    }
}

/// (phase, exercise index, side) of the player, if it is showing.
fn phase_of(
    app: &App,
    clock: &FakeClock,
) -> Option<(Phase, usize, Option<limber_core::session::phases::Side>)> {
    match app.screen() {
        limber::ui::Screen::Player(player) => {
            let state = player.state(clock.now());
            Some((state.phase, state.exercise_index, state.side))
        }
        _ => None,
    }
}

fn skip_to(app: &mut App, clock: &FakeClock, phase: Phase) {
    for _ in 0..20 {
        if phase_of(app, clock).is_none_or(|(p, _, _)| p == phase) {
            return;
        }
        key(app, Key::Named(Named::ArrowRight));
    }
    panic!("never reached {phase:?}");
}

fn tick(app: &mut App, clock: &FakeClock, by: Duration) {
    clock.advance(by);
    send(
        app,
        vec![Message::Player(limber::ui::screen::player::Message::Tick)],
    );
}

fn open_home(dir: &Path) -> (App, std::sync::Arc<FakeClock>) {
    let (mut app, clock, _) = shipped_app(dir, None);
    key(&mut app, Key::Named(Named::Enter));
    (app, clock)
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

fn open(app: &mut App, message: Message) {
    send(app, vec![message]);
}

use limber::ui::screen::{builder::Message as B, home::Message as H, settings::Message as S};

/// The app over `dir` with its own content folder (`<dir>/content`), as
/// `limber` runs: what the routine builder saves loads there.
fn app_with_own_content(dir: &Path) -> App {
    let (library, _) = Library::load(&limber_core::content::Sources {
        user_dir: Some(dir.join("content")),
        extra_dir: None,
    });
    let (store, _) = Store::open(dir).expect("store opens");
    open_app(library, store, Vec::new(), None).0
}

/// "Morning stretch" in the builder: the hip exercises found by area, knee
/// to chest by name, moved up to second, its hold one step longer.
fn build_morning_stretch(app: &mut App) {
    for message in [
        B::Name("Morning stretch".into()),
        B::Search("hips".into()),
        B::Add("butterfly-stretch".into()),
        B::Add("hamstring-stretch".into()),
        B::Search("knee".into()),
        B::Add("knee-to-chest".into()),
        B::MoveUp(2),
        B::Hold(1, true),
    ] {
        open(app, Message::Builder(message));
    }
}

#[test]
fn every_screen_matches_its_reference() {
    // SAFETY: this binary has this one test, which sets the zone before it
    // starts any thread of its own; dates then render the same everywhere.
    // So does the emergency number (the locale names no region: "your
    // local emergency number").
    unsafe {
        std::env::set_var("TZ", "UTC");
        std::env::set_var("LC_ALL", "C");
    };
    let mut shots = Shots::default();

    // First run: Safety, then Home, Routine, the player, Finish.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock, _) = shipped_app(dir.path(), None);
    shots.check(&app, "safety", &light());
    key(&mut app, Key::Named(Named::Enter));
    shots.check(&app, "home", &light());
    shots.check(&app, "home-dark", &dark());
    open(&mut app, Message::Home(H::OpenRoutine("lower-back".into())));
    shots.check(&app, "routine", &light());
    // The "Keys" sheet over it, in the dark theme.
    key(&mut app, Key::Character("?".into()));
    shots.check(&app, "keys-routine-dark", &dark());
    key(&mut app, Key::Named(Named::Escape));
    key(&mut app, Key::Named(Named::Enter));
    shots.check(&app, "player-setup", &light());
    skip_to(&mut app, &clock, Phase::Move);
    tick(&mut app, &clock, Duration::from_millis(1500));
    shots.check(&app, "player-move", &light());
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(6));
    shots.check(&app, "player-hold", &light());
    shots.check(&app, "player-hold-dark", &dark());
    // Knee to chest, left leg: the mirrored figure.
    while phase_of(&app, &clock).is_some_and(|(_, exercise, side)| {
        !(exercise == 1 && side == Some(limber_core::session::phases::Side::Left))
    }) {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(4));
    shots.check(&app, "player-mirrored", &light());
    while matches!(app.screen(), limber::ui::Screen::Player(_)) {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    shots.check(&app, "finish", &light());
    // Pain from 1 to 8 at Gentle: what to do now and the red flags.
    open(
        &mut app,
        Message::Finish(limber::ui::screen::finish::Message::PainAfter(8)),
    );
    shots.check(&app, "finish-pain-rose", &light());

    // "This hurts" during a hold.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock) = open_home(dir.path());
    open(&mut app, Message::Home(H::OpenRoutine("hips".into())));
    key(&mut app, Key::Named(Named::Enter));
    skip_to(&mut app, &clock, Phase::Hold);
    key(&mut app, Key::Character("h".into()));
    shots.check(&app, "finish-this-hurts", &light());
    // Leaving the butterfly out: said there, and on the Routine screen
    // with a way back.
    key(&mut app, Key::Character("l".into()));
    shots.check(&app, "finish-left-out", &light());
    key(&mut app, Key::Named(Named::Enter));
    open(&mut app, Message::Home(H::OpenRoutine("hips".into())));
    shots.check(&app, "routine-left-out", &light());

    // The seated hamstring stretch: the card before the other leg.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock) = open_home(dir.path());
    open(&mut app, Message::Home(H::OpenRoutine("hips".into())));
    key(&mut app, Key::Named(Named::Enter));
    let mut steps = 0;
    while !shows(&app, "RIGHT LEG") {
        key(&mut app, Key::Named(Named::ArrowRight));
        steps += 1;
        assert!(steps < 40, "the switch card comes");
    }
    tick(&mut app, &clock, Duration::from_secs(2));
    shots.check(&app, "player-switch-legs", &light());

    // History with twelve sessions, and Home with them.
    let dir = tempfile::tempdir().expect("temp dir");
    fixture_history(dir.path());
    let (mut app, _, _) = shipped_app(dir.path(), None);
    assert_eq!(app.history().map(<[_]>::len), Some(12));
    open(&mut app, Message::Home(H::OpenHistory));
    shots.check(&app, "history", &light());
    open(
        &mut app,
        Message::History(limber::ui::screen::history::Message::Back),
    );
    shots.check(&app, "home-with-history", &light());

    // Settings and the exercise browser.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _) = open_home(dir.path());
    open(&mut app, Message::Home(H::OpenSettings));
    shots.check(&app, "settings", &light());
    open(&mut app, Message::Settings(S::Back));
    open(&mut app, Message::Home(H::OpenExercises));
    open(
        &mut app,
        Message::Exercises(limber::ui::screen::exercises::Message::Select(
            "knee-to-chest".into(),
        )),
    );
    shots.check(&app, "exercises", &light());

    // The largest text size on every main screen.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock) = open_home(dir.path());
    open(&mut app, Message::Home(H::OpenSettings));
    open(
        &mut app,
        Message::Settings(S::TextSize(limber_core::profile::TextSize::Larger)),
    );
    assert_eq!(
        app.profile().settings.text_size,
        limber_core::profile::TextSize::Larger
    );
    shots.check(&app, "settings-larger", &light());
    open(&mut app, Message::Settings(S::Back));
    shots.check(&app, "home-larger", &light());
    open(&mut app, Message::Home(H::OpenRoutine("lower-back".into())));
    shots.check(&app, "routine-larger", &light());
    key(&mut app, Key::Named(Named::Enter));
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(3));
    shots.check(&app, "player-hold-larger", &light());
    while matches!(app.screen(), limber::ui::Screen::Player(_)) {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    open(
        &mut app,
        Message::Finish(limber::ui::screen::finish::Message::PainAfter(9)),
    );
    shots.check(&app, "finish-larger", &light());

    // A plan and a week in progress on Home, the Plan screen,
    // the planned days on History, a reminder missed while off.
    let dir = tempfile::tempdir().expect("temp dir");
    plan_fixture(dir.path(), true);
    let (mut app, clock, _) = shipped_app(dir.path(), None);
    // Thursday 5 March, 09:00: Monday missed, Tuesday and Wednesday done,
    // today's 08:00 not yet.
    clock.advance(Duration::from_secs(3 * 24 * 60 * 60));
    open(&mut app, Message::Home(H::OpenPlan));
    shots.check(&app, "plan", &light());
    open(
        &mut app,
        Message::Plan(limber::ui::screen::plan::Message::Back),
    );
    shots.check(&app, "home-plan", &light());
    shots.check(&app, "home-plan-dark", &dark());
    open(&mut app, Message::Home(H::OpenHistory));
    shots.check(&app, "history-plan", &light());
    open(
        &mut app,
        Message::History(limber::ui::screen::history::Message::Back),
    );
    open(&mut app, Message::Home(H::OpenSettings));
    open(
        &mut app,
        Message::Settings(S::TextSize(limber_core::profile::TextSize::Larger)),
    );
    open(&mut app, Message::Settings(S::Back));
    shots.check(&app, "home-plan-larger", &light());
    open(&mut app, Message::Home(H::OpenPlan));
    shots.check(&app, "plan-larger", &light());

    let dir = tempfile::tempdir().expect("temp dir");
    plan_fixture(dir.path(), false);
    let (app, _, _) = shipped_app(dir.path(), None);
    shots.check(&app, "home-plan-reminder", &light());

    // The routine builder with three exercises (the second
    // chosen), its delete question when editing, and Home with the
    // routine it made.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_with_own_content(dir.path());
    key(&mut app, Key::Named(Named::Enter));
    key(&mut app, Key::Character("n".into()));
    build_morning_stretch(&mut app);
    shots.check(&app, "builder", &light());
    shots.check(&app, "builder-dark", &dark());
    open(&mut app, Message::Builder(B::Save));
    shots.check(&app, "home-own-routine", &light());
    open(
        &mut app,
        Message::Home(H::OpenRoutine("morning-stretch".into())),
    );
    shots.check(&app, "routine-own", &light());
    key(&mut app, Key::Character("e".into()));
    open(&mut app, Message::Builder(B::AskDelete));
    shots.check(&app, "builder-delete", &light());
    // The tightest Home: a week in progress and a routine of one's own.
    let dir = tempfile::tempdir().expect("temp dir");
    plan_fixture(dir.path(), true);
    let mut app = app_with_own_content(dir.path());
    key(&mut app, Key::Character("n".into()));
    build_morning_stretch(&mut app);
    open(&mut app, Message::Builder(B::Save));
    shots.check(&app, "home-plan-own-routine", &light());
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_with_own_content(dir.path());
    key(&mut app, Key::Named(Named::Enter));
    open(&mut app, Message::Home(H::OpenSettings));
    open(
        &mut app,
        Message::Settings(S::TextSize(limber_core::profile::TextSize::Larger)),
    );
    open(&mut app, Message::Settings(S::Back));
    key(&mut app, Key::Character("n".into()));
    build_morning_stretch(&mut app);
    shots.check(&app, "builder-larger", &light());

    shots.assert_all_match();
}

/// A profile with a plan since 16 February (Lower back Mon–Fri at 08:00,
/// Hips on Saturdays at 10:00), every planned day of the two weeks before
/// this one kept; with `this_week`, Tuesday and Wednesday of this week too
/// (Monday not). Without it, the reminders were last looked at on Friday
/// 27 February, so Monday's is due when the app opens.
fn plan_fixture(dir: &Path, this_week: bool) {
    use limber_core::schedule::{DoneDays, PlannedRoutine, WeeklyPlan};
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    let id = store.current().id.clone();
    let day = 24 * 60 * 60;
    // FAKE_UNIX_START is Monday 2 March 2026, 09:00 UTC.
    let monday = FAKE_UNIX_START;
    let mut plan = WeeklyPlan::default();
    for (routine, days, at, since) in [
        ("lower-back", "mon-fri", "08:00", "2026-02-16"),
        ("hips", "sat", "10:00", "2026-02-21"),
    ] {
        plan.set(PlannedRoutine {
            routine: routine.into(),
            days: days.parse().expect("days"),
            at: at.parse().expect("time"),
            since: Some(since.parse().expect("date")),
        });
    }
    store
        .update_plan(&id, |stored| *stored = plan.clone())
        .expect("plan");
    let mut sessions = Vec::new();
    for week in [2, 1] {
        for weekday in 0..5 {
            sessions.push((monday - week * 7 * day + weekday * day, "lower-back"));
        }
        sessions.push((monday - week * 7 * day + 5 * day + 3600, "hips"));
    }
    if this_week {
        sessions.push((monday + day, "lower-back"));
        sessions.push((monday + 2 * day, "lower-back"));
    }
    let (library, _) = limber_core::content::Library::shipped();
    for (started_at, routine) in sessions {
        let title = if routine == "hips" {
            "Hips"
        } else {
            "Lower back"
        };
        // Every exercise of the routine done at the Gentle level.
        let exercises = library
            .routine(routine)
            .expect("a shipped routine")
            .exercises
            .iter()
            .filter_map(|entry| library.exercise(&entry.exercise))
            .map(|exercise| limber_core::profile::ExerciseRecord {
                id: exercise.id.clone(),
                title: exercise.title.clone(),
                intensity: limber_core::session::dose::Intensity::Gentle,
                hold_seconds: 15,
                repetitions: 3,
                completed: true,
                sides: None,
                holds_done: None,
                variation: None,
            })
            .collect();
        store
            .append_history(SessionRecord {
                started_at,
                routine_id: routine.into(),
                routine_title: title.into(),
                duration_seconds: 310,
                exercises,
                pain_before: Some(3),
                pain_after: Some(2),
                ending: None,
            })
            .expect("append");
    }
    if !this_week {
        let friday = chrono::DateTime::from_timestamp((monday - 3 * day) as i64, 0)
            .expect("a date")
            .with_timezone(&chrono::Utc);
        store
            .update_reminder_state(&id, |state| {
                limber_core::schedule::reminder::take_due(
                    &plan,
                    state,
                    &DoneDays::default(),
                    &friday,
                );
            })
            .expect("reminder state");
    }
}

/// The banner names a file kept aside with the time it was kept, so this
/// screen is rendered for people to look at but has no reference.
#[test]
fn a_notice_banner_renders_above_the_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("first run"));
    std::fs::write(dir.path().join("profiles/me.ron"), "not RON at all").expect("corrupt");
    let (store, notices) = Store::open(dir.path()).expect("store");
    let (library, _) = Library::shipped();
    let notices = notices.iter().map(ToString::to_string).collect();
    let (app, _, _) = open_app(library, store, notices, None);
    assert!(!app.notices().is_empty());
    render(&app, "notice", &light());
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    let dismiss = ui.find("Dismiss").expect("the banner has a Dismiss button");
    assert!(
        dismiss.visible_bounds().is_some_and(|b| b.y < 100.0),
        "the banner is at the top"
    );
}
