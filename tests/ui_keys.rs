//! The keyboard everywhere: whole flows driven with keys only,
//! and the "Keys" sheet that `?` opens on every screen.

mod common;

use common::{SIZE, named, press, shipped_app};
use iced::keyboard::key::Named;
use iced_test::Simulator;
use limber::ui::{App, Screen};
use limber_core::session::dose::Intensity;

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

fn screen_name(app: &App) -> &'static str {
    match app.screen() {
        Screen::Home(_) => "Home",
        Screen::Routine(_) => "Routine",
        Screen::Player(_) => "Player",
        Screen::Finish(_) => "Finish",
        Screen::Settings(_) => "Settings",
        Screen::Safety(_) => "Safety",
        Screen::History(_) => "History",
        Screen::Exercises(_) => "Exercises",
        Screen::Newer(_) => "Newer",
        Screen::Plan(_) => "Plan",
        Screen::Builder(_) => "Builder",
    }
}

#[test]
fn a_whole_lower_back_routine_with_the_keyboard_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    // First run: the safety note, read and accepted with Enter.
    assert_eq!(screen_name(&app), "Safety");
    named(&mut app, Named::Enter);
    assert_eq!(screen_name(&app), "Home");

    // 1 opens the first tile: Lower back.
    press(&mut app, "1");
    let Screen::Routine(routine) = app.screen() else {
        panic!("1 opened {}", screen_name(&app));
    };
    assert_eq!(routine.routine_id(), "lower-back");
    assert_eq!(routine.focused(), 0);

    // ↓ to knee to chest, → a level up, + a longer hold, ] one more
    // repetition, V its other version.
    named(&mut app, Named::ArrowDown);
    let Screen::Routine(routine) = app.screen() else {
        panic!("left the Routine screen");
    };
    assert_eq!(routine.focused(), 1);
    named(&mut app, Named::ArrowRight);
    let standard = app.profile().choice("knee-to-chest");
    assert_eq!(standard.intensity, Intensity::Standard);
    let hold_before = standard.hold_seconds;
    press(&mut app, "+");
    press(&mut app, "]");
    press(&mut app, "v");
    let chosen = app.profile().choice("knee-to-chest");
    assert_eq!(chosen.intensity, Intensity::Standard);
    assert_ne!(chosen.hold_seconds, hold_before, "+ changed the hold");
    assert!(chosen.repetitions.is_some(), "] changed the repetitions");
    assert_eq!(chosen.variation.as_deref(), Some("Other leg flat"));
    // The first exercise was not touched.
    assert_eq!(
        app.profile().choice("prone-press-up"),
        limber_core::session::dose::ExerciseChoice::default()
    );
    // 3: pain before; Enter starts.
    press(&mut app, "3");
    named(&mut app, Named::Enter);
    assert_eq!(screen_name(&app), "Player");

    // → skips step by step to the end.
    for _ in 0..200 {
        if !matches!(app.screen(), Screen::Player(_)) {
            break;
        }
        named(&mut app, Named::ArrowRight);
    }
    assert_eq!(screen_name(&app), "Finish");
    // 2: pain after; Enter: done.
    press(&mut app, "2");
    named(&mut app, Named::Enter);
    assert_eq!(screen_name(&app), "Home");

    let history = app.history().expect("history loaded");
    let session = history.last().expect("the session was saved");
    assert_eq!(session.routine_id, "lower-back");
    assert_eq!(session.pain_before, Some(3));
    assert_eq!(session.pain_after, Some(2));
    let knee = session
        .exercises
        .iter()
        .find(|e| e.id == "knee-to-chest")
        .expect("knee to chest in the record");
    assert_eq!(knee.intensity, Intensity::Standard);
    assert_eq!(knee.variation.as_deref(), Some("Other leg flat"));
}

#[test]
fn home_letters_open_each_screen_and_esc_comes_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter);
    for (letter, screen) in [
        ("h", "History"),
        ("s", "Settings"),
        ("e", "Exercises"),
        ("p", "Plan"),
        ("f", "Safety"),
        ("2", "Routine"),
    ] {
        press(&mut app, letter);
        assert_eq!(screen_name(&app), screen, "key {letter}");
        named(&mut app, Named::Escape);
        assert_eq!(screen_name(&app), "Home", "Esc from {screen}");
    }
    // A number with no tile does nothing.
    press(&mut app, "9");
    assert_eq!(screen_name(&app), "Home");
}

#[test]
fn arrows_walk_the_exercise_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter);
    press(&mut app, "e");
    // Only the exercise shown has its summary on screen.
    let first = app.library().exercises()[0].summary.clone();
    let second = app.library().exercises()[1].summary.clone();
    assert!(shows(&app, &first), "the first is shown");
    named(&mut app, Named::ArrowDown);
    assert!(shows(&app, &second), "↓ shows the second");
    assert!(!shows(&app, &first));
    named(&mut app, Named::ArrowUp);
    named(&mut app, Named::ArrowUp);
    assert!(shows(&app, &first), "↑ stops at the first");
}

#[test]
fn question_mark_shows_the_screen_s_keys_and_any_key_closes_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter);
    press(&mut app, "?");
    assert!(shows(&app, "Keys: Home"));
    assert!(shows(&app, "Open a routine (its number is on the tile)"));
    // Esc closes the sheet, not the screen under it.
    named(&mut app, Named::Escape);
    assert!(!shows(&app, "Keys: Home"));
    assert_eq!(screen_name(&app), "Home");

    press(&mut app, "1");
    press(&mut app, "?");
    assert!(shows(&app, "Keys: Routine"));
    assert!(shows(&app, "Gentler or stronger"));
    // A key the screen knows closes the sheet and does nothing else.
    named(&mut app, Named::Enter);
    assert!(!shows(&app, "Keys: Routine"));
    assert_eq!(screen_name(&app), "Routine");
    // ? again toggles it.
    press(&mut app, "?");
    press(&mut app, "?");
    assert!(!shows(&app, "Keys: Routine"));
    assert_eq!(screen_name(&app), "Routine");
}

#[test]
fn v_opens_the_visit_report_form_on_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let (mut store, _) = limber_core::profile::Store::open(dir.path()).expect("store");
        store
            .append_history(limber_core::profile::SessionRecord {
                started_at: limber_core::testing::FAKE_UNIX_START - 86_400,
                routine_id: "lower-back".into(),
                routine_title: "Lower back".into(),
                duration_seconds: 300,
                exercises: Vec::new(),
                pain_before: Some(3),
                pain_after: Some(2),
                ending: None,
            })
            .expect("append");
    }
    let out = tempfile::tempdir().expect("out dir");
    let pdf = out.path().join("visit.pdf");
    let dialog = limber::ui::dialog::ChosenPath::new(Some(pdf.clone()));
    let (mut app, _, _) = common::shipped_app_saving(dir.path(), None, &dialog);
    named(&mut app, Named::Enter);
    press(&mut app, "h");
    assert_eq!(screen_name(&app), "History");
    press(&mut app, "v");
    assert!(shows(&app, "PDF to print"), "the report form is open");
    // Esc closes the form, not the screen.
    named(&mut app, Named::Escape);
    assert_eq!(screen_name(&app), "History");
    assert!(!shows(&app, "PDF to print"), "the form closed");
    // V again, and Enter saves through the dialog.
    press(&mut app, "v");
    named(&mut app, Named::Enter);
    assert_eq!(dialog.asked().len(), 1, "the save dialog was asked once");
    let bytes = std::fs::read(&pdf).expect("the report was saved");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    named(&mut app, Named::Escape);
    assert_eq!(screen_name(&app), "Home");
}

#[test]
fn settings_changed_with_the_keyboard_only_are_kept_after_a_restart() {
    use limber::ui::screen::settings::Field;
    use limber_core::profile::{Countdown, TextSize, Theme};

    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter);
    press(&mut app, "s");
    let focused = |app: &App| match app.screen() {
        Screen::Settings(settings) => settings.focused(),
        _ => panic!("left Settings for {}", screen_name(app)),
    };
    // Nothing is marked until a key is used; ↓ starts at the top.
    assert_eq!(focused(&app), None);
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Theme));
    named(&mut app, Named::ArrowRight);
    named(&mut app, Named::ArrowRight);
    named(&mut app, Named::ArrowRight); // already the last: stays
    assert_eq!(app.profile().settings.theme, Theme::Dark);

    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::TextSize));
    press(&mut app, "+");
    press(&mut app, "+");
    assert_eq!(app.profile().settings.text_size, TextSize::Larger);

    // The language is passed by (changing it here would change it for the
    // other tests of this binary: tests/ui_language changes it).
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Language));
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Sounds));
    named(&mut app, Named::Space);
    assert!(!app.profile().settings.sound, "Space turned the sounds off");
    named(&mut app, Named::Space);
    assert!(app.profile().settings.sound, "and on again");

    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Volume));
    named(&mut app, Named::ArrowLeft);
    named(&mut app, Named::ArrowLeft);
    assert_eq!(app.profile().settings.volume, 50);

    // The one countdown control: Voice, then → Both, ← ← Ticks, → Voice
    // and → Both again.
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Countdown));
    named(&mut app, Named::ArrowRight);
    assert_eq!(app.profile().settings.countdown, Countdown::Both);
    named(&mut app, Named::ArrowLeft);
    named(&mut app, Named::ArrowLeft);
    assert_eq!(app.profile().settings.countdown, Countdown::Ticks);
    named(&mut app, Named::ArrowRight);
    named(&mut app, Named::ArrowRight);
    assert_eq!(app.profile().settings.countdown, Countdown::Both);

    named(&mut app, Named::ArrowDown); // the spoken coach
    assert_eq!(focused(&app), Some(Field::Speech));
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Voice));
    named(&mut app, Named::ArrowRight);
    assert_eq!(app.profile().settings.voice.as_deref(), Some("recording"));
    named(&mut app, Named::ArrowDown);
    named(&mut app, Named::ArrowRight);
    assert_eq!(app.profile().settings.speech_rate, 110);
    named(&mut app, Named::ArrowDown); // voice volume

    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::GetReady));
    press(&mut app, "+");
    assert_eq!(app.profile().settings.get_ready_seconds, 6);
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::Rest));
    named(&mut app, Named::ArrowRight);
    assert!(app.profile().settings.rest_seconds.is_some());
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::SetupRead));
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::FullScreen));
    assert!(app.profile().settings.full_screen, "on by default");
    named(&mut app, Named::ArrowLeft);
    assert!(!app.profile().settings.full_screen);
    // The last setting is the end: ↓ stays on it.
    named(&mut app, Named::ArrowDown);
    assert_eq!(focused(&app), Some(Field::FullScreen));

    named(&mut app, Named::Escape);
    assert_eq!(screen_name(&app), "Home");
    drop(app);

    // Everything was written: a new start shows the same choices.
    let (app, _, _) = shipped_app(dir.path(), None);
    let settings = &app.profile().settings;
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.text_size, TextSize::Larger);
    assert_eq!(settings.volume, 50);
    assert_eq!(settings.speech_rate, 110);
    assert_eq!(settings.countdown, Countdown::Both);
    assert_eq!(settings.get_ready_seconds, 6);
    assert!(!settings.full_screen);
}
