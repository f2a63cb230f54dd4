//! The language in use: one place owns it, anyone reads it, and it changes
//! at run time. (Its own test binary: the language in use is the process's,
//! and the other tests read English.)

use limber_core::i18n::{self, Choice, Language};

#[test]
fn the_language_in_use_follows_the_choice_strongest_first() {
    // Nothing chosen: English, whatever the machine's locale.
    assert!(i18n::current().is_english());
    assert_eq!(i18n::tr("language-name"), "English");

    let before = i18n::generation();
    let chosen = i18n::choose(Choice {
        command_line: None,
        profile: Some("en-XA".into()),
        system: vec!["C".into()],
    });
    assert!(chosen.is_pseudo());
    assert!(i18n::current().is_pseudo());
    assert!(i18n::generation() > before, "a change is counted");
    // Read from another thread: the same language.
    let elsewhere = std::thread::spawn(|| limber_core::t!("language-called", tag = "es"))
        .join()
        .expect("no panic");
    assert_eq!(elsewhere, "[Šþååñîîšĥ]");

    // The command line wins over the profile.
    let chosen = i18n::choose(Choice {
        command_line: Some("en".into()),
        ..i18n::choice()
    });
    assert!(chosen.is_english());
    // A profile change at run time: the command line still wins.
    assert!(i18n::set_profile_language(Some("en-XA")).is_english());
    // Without the command line the profile's choice applies, and None
    // gives the system's.
    i18n::choose(Choice {
        command_line: None,
        ..i18n::choice()
    });
    assert!(i18n::current().is_pseudo());
    let unchanged = i18n::generation();
    assert!(i18n::set_profile_language(Some("en-XA")).is_pseudo());
    assert_eq!(
        i18n::generation(),
        unchanged,
        "the same language again is no change"
    );
    assert!(i18n::set_profile_language(None).is_english());
    // A tag Limber has no language for falls through to the next wish.
    let chosen = i18n::choose(Choice {
        command_line: Some("xx-nowhere".into()),
        profile: None,
        system: vec!["en-XA".into()],
    });
    assert_eq!(chosen, Language::pseudo());
    i18n::choose(Choice::default());
    assert!(i18n::current().is_english());
}
