//! The language row in Settings: a person picks a language and every
//! screen is drawn in it at once, the choice is the profile's (saved, and
//! back when that profile is used again), and the coach's voice follows.
//!
//! The language in use belongs to the process, so these tests live in a
//! binary of their own and take turns ([`one_at_a_time`]).

mod common;

use std::sync::{Mutex, MutexGuard};

use common::{named, press, send, shipped_app};
use iced::keyboard::key::Named;
use iced_test::Simulator;
use limber::ui::screen::settings;
use limber::ui::{App, Message, Screen};
use limber_core::i18n::{self, Language};

/// The language is global: one test at a time changes it, and each ends
/// in English whatever happened.
fn one_at_a_time() -> MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    let guard = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    i18n::set_profile_language(None);
    guard
}

/// Whether `label` is drawn on the screen as it is now.
fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(
        Default::default(),
        iced::Size::from(common::SIZE),
        app.view(),
    );
    ui.find(label).is_ok()
}

#[test]
fn a_language_chosen_in_settings_redraws_the_window_in_it_at_once() {
    let _turn = one_at_a_time();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter); // past the safety screen
    press(&mut app, "s");
    assert!(matches!(app.screen(), Screen::Settings(_)));
    let pseudo = Language::pseudo();
    assert!(shows(&app, "Language"), "the row is there, in English");
    assert!(shows(&app, "← Back"));
    let generation = i18n::generation();

    // With the keyboard: down to the language (theme, text size,
    // language), then right past "System (English)" and English.
    for _ in 0..3 {
        named(&mut app, Named::ArrowDown);
    }
    let focused = match app.screen() {
        Screen::Settings(screen) => screen.focused(),
        _ => None,
    };
    assert_eq!(
        focused,
        Some(settings::Field::Language),
        "the third setting is the language"
    );
    named(&mut app, Named::ArrowRight);
    assert_eq!(app.profile().settings.language.as_deref(), Some("en"));
    assert!(shows(&app, "Language"), "English is English");
    // Then each of Limber's languages in turn; the pseudo-language last.
    for _ in 0..Language::available().len() {
        named(&mut app, Named::ArrowRight);
        if app.profile().settings.language.as_deref() == Some("en-XA") {
            break;
        }
    }

    // Saved in the profile, in use at once: this very screen is drawn in
    // it without leaving it, and so is the window's title.
    assert_eq!(app.profile().settings.language.as_deref(), Some("en-XA"));
    assert!(i18n::current().is_pseudo());
    assert!(i18n::generation() > generation, "the voice sees a change");
    assert!(!shows(&app, "Language"), "the English word is gone");
    assert!(shows(&app, &pseudo.tr("settings-language")));
    assert!(shows(&app, &pseudo.tr("common-back")));
    assert!(
        shows(
            &app,
            &pseudo.tr_args(
                "settings-title",
                &[("profile", app.profile().name.as_str())]
            )
        ),
        "the title names the profile in the new language"
    );
    assert_eq!(
        app.title(),
        pseudo.tr_args("window-title", &[("screen", pseudo.tr("screen-settings"))])
    );

    // Home, reached with Esc, is in it too.
    named(&mut app, Named::Escape);
    assert!(matches!(app.screen(), Screen::Home(_)));
    assert_eq!(app.title(), pseudo.tr("window-title-home"));

    // And the keys sheet.
    press(&mut app, "?");
    assert!(shows(&app, &pseudo.tr("keys-close")));
    assert!(shows(&app, &pseudo.tr("keys-help")));
    named(&mut app, Named::Escape);

    // Back to the system's language: English here.
    press(&mut app, "s");
    send(
        &mut app,
        vec![Message::Settings(settings::Message::Language(
            settings::LanguageChoice::all()
                .into_iter()
                .find(|choice| choice.tag.is_none())
                .expect("the system's language is offered"),
        ))],
    );
    assert_eq!(app.profile().settings.language, None);
    assert!(i18n::current().is_english());
    assert!(shows(&app, "Language"));
}

#[test]
fn the_list_names_each_language_in_itself_after_the_systems() {
    let _turn = one_at_a_time();
    let names: Vec<String> = settings::LanguageChoice::all()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(names[0], "System (English)");
    assert_eq!(names[1], "English");
    // Every language Limber has, each in its own words.
    assert_eq!(names.len(), Language::available().len() + 1);
    for (name, language) in names[1..].iter().zip(Language::available()) {
        assert_eq!(*name, language.name());
    }
    assert!(names.last().is_some_and(|name| name.starts_with('[')));
}

#[test]
fn switching_profiles_switches_to_that_profiles_language() {
    let _turn = one_at_a_time();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    named(&mut app, Named::Enter);
    press(&mut app, "s");
    let first = app.profile().id.clone();
    let pseudo = settings::LanguageChoice::all()
        .into_iter()
        .find(|choice| choice.tag.as_deref() == Some("en-XA"))
        .expect("the pseudo-language is offered");
    send(
        &mut app,
        vec![Message::Settings(settings::Message::Language(pseudo))],
    );
    assert!(i18n::current().is_pseudo());

    // A new profile (used at once) has no language of its own: the
    // system's, English here.
    send(
        &mut app,
        vec![
            Message::Settings(settings::Message::NewNameChanged("Sam".into())),
            Message::Settings(settings::Message::CreateProfile),
        ],
    );
    assert_ne!(app.profile().id, first, "the new profile is in use");
    assert_eq!(app.profile().settings.language, None);
    assert!(i18n::current().is_english(), "{:?}", i18n::current());
    // Its safety screen first (a new person), in English.
    assert!(matches!(app.screen(), Screen::Safety(_)));

    // The first profile again: its language again.
    named(&mut app, Named::Enter);
    press(&mut app, "s");
    send(
        &mut app,
        vec![Message::Settings(settings::Message::SwitchProfile(
            first.to_string(),
        ))],
    );
    assert_eq!(app.profile().id, first);
    assert!(i18n::current().is_pseudo(), "{:?}", i18n::current());
    assert_eq!(app.title(), {
        let pseudo = Language::pseudo();
        pseudo.tr_args("window-title", &[("screen", pseudo.tr("screen-settings"))])
    });
    i18n::set_profile_language(None);
}
