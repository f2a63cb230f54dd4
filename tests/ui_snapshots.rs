//! Renders each screen headless (tiny-skia) to `target/screenshots/` so a
//! person can look at them, and checks that each render is a full-size
//! picture with both light and dark content. The History screen is shown
//! with a fixture of twelve sessions.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::{SIZE, key, open_app, send, shipped_app};
use iced::{Theme, keyboard::Key, keyboard::key::Named};
use iced_test::Simulator;
use limber::content::Library;
use limber::profile::{ExerciseRecord, SessionRecord, Store, unix_now};
use limber::session::dose::Intensity;
use limber::session::engine::{Clock, FakeClock};
use limber::session::plan::Phase;
use limber::ui::{App, Message};

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// Renders the app and saves `target/screenshots/<name>-tiny-skia.png`.
fn shoot(app: &App, name: &str, theme: &Theme) {
    let path = out_dir().join(format!("{name}.png"));
    let written = out_dir().join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    let snapshot = ui.snapshot(theme).expect("snapshot");
    assert!(snapshot.matches_image(&path).expect("write png"));
    let image = image::open(&written)
        .expect("the screenshot is a PNG")
        .into_rgba8();
    assert_eq!(
        image.dimensions(),
        (2732, 1536),
        "{name}: rendered at 2× scale"
    );
    let luminance = |p: &image::Rgba<u8>| u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]);
    let darkest = image.pixels().map(luminance).min().unwrap_or(0);
    let lightest = image.pixels().map(luminance).max().unwrap_or(0);
    assert!(
        lightest - darkest > 300,
        "{name}: the screen has visible content"
    );
}

fn fixture_history(dir: &std::path::Path) {
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    let now = unix_now();
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
) -> Option<(Phase, usize, Option<limber::session::plan::Side>)> {
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

#[test]
fn every_screen_renders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock, _) = shipped_app(dir.path(), None);
    shoot(&app, "safety", &Theme::Light);
    key(&mut app, Key::Named(Named::Enter));
    shoot(&app, "home", &Theme::Light);
    shoot(&app, "home-dark", &Theme::Dark);

    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenRoutine("lower-back".into()),
        )],
    );
    shoot(&app, "routine", &Theme::Light);

    key(&mut app, Key::Named(Named::Enter));
    skip_to(&mut app, &clock, Phase::Move);
    tick(&mut app, &clock, Duration::from_millis(1500));
    shoot(&app, "player-move", &Theme::Light);
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(6));
    shoot(&app, "player-hold", &Theme::Light);
    shoot(&app, "player-hold-dark", &Theme::Dark);
    // Knee to chest, left leg: the mirrored figure.
    while phase_of(&app, &clock).is_some_and(|(_, exercise, side)| {
        !(exercise == 1 && side == Some(limber::session::plan::Side::Left))
    }) {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(4));
    shoot(&app, "player-mirrored", &Theme::Light);

    while matches!(app.screen(), limber::ui::Screen::Player(_)) {
        key(&mut app, Key::Named(Named::ArrowRight));
    }
    shoot(&app, "finish", &Theme::Light);
}

#[test]
fn history_with_twelve_sessions_renders() {
    let dir = tempfile::tempdir().expect("temp dir");
    fixture_history(dir.path());
    let (mut app, _, _) = shipped_app(dir.path(), None);
    assert_eq!(app.history().map(<[_]>::len), Some(12));
    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenHistory,
        )],
    );
    shoot(&app, "history", &Theme::Light);
    send(
        &mut app,
        vec![Message::History(limber::ui::screen::history::Message::Back)],
    );
    shoot(&app, "home-with-history", &Theme::Light);
}

#[test]
fn settings_and_exercises_render() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    key(&mut app, Key::Named(Named::Enter));
    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenSettings,
        )],
    );
    shoot(&app, "settings", &Theme::Light);
    send(
        &mut app,
        vec![Message::Settings(
            limber::ui::screen::settings::Message::Back,
        )],
    );
    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenExercises,
        )],
    );
    send(
        &mut app,
        vec![Message::Exercises(
            limber::ui::screen::exercises::Message::Select("knee-to-chest".into()),
        )],
    );
    shoot(&app, "exercises", &Theme::Light);
}

#[test]
fn the_largest_text_size_still_renders_every_main_screen() {
    use limber::profile::TextSize;
    use limber::ui::screen::settings::Message as S;
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, clock, _) = shipped_app(dir.path(), Some("lower-back"));
    key(&mut app, Key::Named(Named::Enter));
    send(
        &mut app,
        vec![Message::Routine(limber::ui::screen::routine::Message::Back)],
    );
    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenSettings,
        )],
    );
    send(
        &mut app,
        vec![Message::Settings(S::TextSize(TextSize::Larger))],
    );
    assert_eq!(app.profile().settings.text_size, TextSize::Larger);
    shoot(&app, "settings-larger", &Theme::Light);
    send(&mut app, vec![Message::Settings(S::Back)]);
    shoot(&app, "home-larger", &Theme::Light);
    send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::OpenRoutine("lower-back".into()),
        )],
    );
    shoot(&app, "routine-larger", &Theme::Light);
    key(&mut app, Key::Named(Named::Enter));
    skip_to(&mut app, &clock, Phase::Hold);
    tick(&mut app, &clock, Duration::from_secs(3));
    shoot(&app, "player-hold-larger", &Theme::Light);
}

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
    shoot(&app, "notice", &Theme::Light);
}
