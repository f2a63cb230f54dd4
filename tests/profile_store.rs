//! Profile store behaviour through its public API: round trips, corrupt and
//! newer files, clamping, profile management and two stores on one folder.

use std::fs;
use std::path::Path;

use limber_core::profile::{
    ExerciseChoice, ExerciseRecord, FileKind, Notice, SessionRecord, Settings, Store, StoreError,
    TextSize, Theme,
};
use limber_core::session::dose::Intensity;

fn open(dir: &Path) -> Store {
    let (store, notices) = Store::open(dir).expect("open store");
    assert!(notices.is_empty(), "unexpected notices: {notices:?}");
    store
}

fn sample_session(title: &str, started_at: u64) -> SessionRecord {
    SessionRecord {
        started_at,
        routine_id: "lower-back".into(),
        routine_title: title.to_owned(),
        duration_seconds: 431,
        exercises: vec![
            ExerciseRecord {
                id: "prone-press-up".into(),
                title: "Press-up, on the forearms".to_owned(),
                intensity: Intensity::Strong,
                hold_seconds: 30,
                repetitions: 5,
                completed: true,
                sides: None,
                holds_done: None,
                variation: None,
            },
            ExerciseRecord {
                id: "partial-crunch".into(),
                title: "Partial \"crunch\"".to_owned(),
                intensity: Intensity::Gentle,
                hold_seconds: 1,
                repetitions: 9,
                completed: false,
                sides: None,
                holds_done: None,
                variation: None,
            },
        ],
        pain_before: Some(6),
        pain_after: Some(3),
        ending: None,
    }
}

#[test]
fn first_run_creates_me_at_gentle_with_default_settings() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let me = store.current();
    assert_eq!(me.name, "Me");
    assert_eq!(me.id, "me");
    assert_eq!(me.choice("knee-to-chest").intensity, Intensity::Gentle);
    assert_eq!(me.settings, Settings::default());
    assert!(me.settings.sound);
    assert_eq!(
        me.settings.countdown,
        limber_core::profile::Countdown::Voice
    );
    assert_eq!(me.settings.volume, 70);
    assert_eq!(me.settings.get_ready_seconds, 5);
    assert_eq!(me.settings.setup_read_seconds, 8);
    assert!(!me.safety_seen);
    assert!(dir.path().join("profiles/me.ron").is_file());
    assert!(dir.path().join("profiles.ron").is_file());
}

#[test]
fn every_field_round_trips_through_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let settings = Settings {
        sound: false,
        volume: 33,
        get_ready_seconds: 9,
        rest_seconds: Some(12),
        setup_read_seconds: 15,
        theme: Theme::Dark,
        text_size: TextSize::Larger,
        speech: false,
        voice: Some("en-gb".to_owned()),
        speech_rate: 140,
        speech_volume: 60,
        countdown: limber_core::profile::Countdown::Off,
        language: Some("pt-BR".to_owned()),
        full_screen: false,
    };
    store.set_settings(settings.clone()).unwrap();
    let press_up = ExerciseChoice {
        intensity: Intensity::Strong,
        hold_seconds: Some(28),
        repetitions: Some(4),
        variation: None,
    };
    let crunch = ExerciseChoice {
        intensity: Intensity::Standard,
        hold_seconds: None,
        repetitions: Some(11),
        variation: None,
    };
    let press_up = ExerciseChoice {
        variation: Some("Knees bent".to_owned()),
        ..press_up
    };
    store
        .set_choice("prone-press-up", press_up.clone())
        .unwrap();
    store.set_choice("partial-crunch", crunch.clone()).unwrap();
    store.set_safety_seen().unwrap();
    store.rename("me", "Anna, \"the\" runner").unwrap();
    let session = sample_session("Lower back, daily", 1_700_000_000);
    store.append_history(session.clone()).unwrap();
    assert!(store.take_notices().is_empty());
    let written = store.current().clone();

    let mut reopened = open(dir.path());
    let read = reopened.current().clone();
    assert_eq!(read, written);
    assert_eq!(read.id, "me", "the id stays after a rename");
    assert_eq!(read.name, "Anna, \"the\" runner");
    assert_eq!(read.settings, settings);
    assert_eq!(read.choice("prone-press-up"), press_up);
    assert_eq!(read.choice("partial-crunch"), crunch);
    assert!(read.safety_seen);
    assert_eq!(reopened.history("me").unwrap(), vec![session]);
}

#[test]
fn corrupt_profile_is_kept_aside_reported_and_replaced_by_defaults() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = open(dir.path());
        store.set_safety_seen().unwrap();
    }
    let path = dir.path().join("profiles/me.ron");
    let garbage = b"(version: 1, profile: (id: \"me\", name: ".to_vec();
    fs::write(&path, &garbage).unwrap();

    let (store, notices) = Store::open(dir.path()).unwrap();
    assert_eq!(notices.len(), 1, "{notices:?}");
    let Notice::FileKeptAside {
        kind,
        file,
        kept_as,
        ..
    } = &notices[0]
    else {
        panic!("expected a kept-aside notice, got {notices:?}");
    };
    assert_eq!(*kind, FileKind::Profile);
    assert_eq!(file, &path);
    assert!(
        kept_as
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("me.ron.corrupt-")
    );
    assert_eq!(
        fs::read(kept_as).unwrap(),
        garbage,
        "the bad file is kept as it was"
    );
    assert!(notices[0].to_string().contains("was unreadable"));
    // Defaults, same id so the history stays attached.
    assert_eq!(store.current().id, "me");
    assert!(!store.current().safety_seen);
    assert_eq!(store.current().settings, Settings::default());
}

#[test]
fn corrupt_history_and_list_are_kept_aside_too() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = open(dir.path());
        store.append_history(sample_session("one", 1)).unwrap();
    }
    fs::write(dir.path().join("history/me.ron"), "not ron at all {").unwrap();
    fs::write(dir.path().join("profiles.ron"), "(version: \"x\")").unwrap();

    let (mut store, notices) = Store::open(dir.path()).unwrap();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(matches!(
        notices[0],
        Notice::FileKeptAside {
            kind: FileKind::ProfileList,
            ..
        }
    ));
    assert_eq!(store.history("me").unwrap(), vec![]);
    let notices = store.take_notices();
    assert!(matches!(
        notices.as_slice(),
        [Notice::FileKeptAside {
            kind: FileKind::History,
            ..
        }]
    ));
    store.append_history(sample_session("two", 2)).unwrap();
    assert_eq!(store.history("me").unwrap().len(), 1);
    let kept: Vec<_> = fs::read_dir(dir.path().join("history"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("me.ron.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
}

#[test]
fn newer_version_files_are_refused_and_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("profiles")).unwrap();
    fs::create_dir_all(dir.path().join("history")).unwrap();
    let future_profile = "(version: 2, profile: (id: \"me\", name: \"Future\", hologram: true))\n";
    let future_history = "(version: 9, sessions: [])\n";
    let future_list = "(version: 3, last_used: Some(\"me\"), cloud: true)\n";
    fs::write(dir.path().join("profiles/me.ron"), future_profile).unwrap();
    fs::write(dir.path().join("history/anna.ron"), future_history).unwrap();
    fs::write(dir.path().join("profiles.ron"), future_list).unwrap();

    let (mut store, notices) = Store::open(dir.path()).unwrap();
    let newer: Vec<_> = notices
        .iter()
        .filter(|n| matches!(n, Notice::NewerVersion { .. }))
        .collect();
    assert_eq!(newer.len(), 2, "{notices:?}");
    assert!(notices.iter().any(|n| n.to_string().contains("me.ron")));
    // The future profile is the only one: it opens read-only (as far as
    // this version reads it) instead of a second "Me" being made.
    assert_eq!(store.current().id, "me");
    assert_eq!(store.current().name, "Future");
    assert_eq!(store.current_is_newer(), Some(2));
    assert!(store.read_only_reason().is_some());
    assert!(store.profiles().is_empty(), "not listed with the others");
    assert_eq!(
        fs::read_dir(dir.path().join("profiles")).unwrap().count(),
        1,
        "no second profile file"
    );
    assert!(store.set_safety_seen().is_err(), "never written");
    assert!(
        matches!(store.create("Future"), Err(StoreError::NameTaken { .. })),
        "its name stays taken"
    );

    // Every attempt to write them fails with an error value.
    assert!(matches!(
        store.update_profile("me", |p| p.name = "Overwritten".to_owned()),
        Err(StoreError::NewerVersion { found: 2, .. })
    ));
    assert!(matches!(
        store.switch("me"),
        Err(StoreError::NewerVersion { .. })
    ));
    assert!(store.delete("me").is_err());
    let anna = store.create("Anna").unwrap();
    assert_eq!(anna.id, "anna-2", "anna is taken by the newer history file");
    store.switch(&anna.id).unwrap();
    store.set_safety_seen().unwrap();
    store.refresh().unwrap();

    // Saving elsewhere works; the newer files are byte-for-byte unchanged.
    assert_eq!(
        fs::read_to_string(dir.path().join("profiles/me.ron")).unwrap(),
        future_profile
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("history/anna.ron")).unwrap(),
        future_history
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("profiles.ron")).unwrap(),
        future_list
    );
}

#[test]
fn newer_history_refuses_appends() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let path = dir.path().join("history/me.ron");
    fs::write(&path, "(version: 5, sessions: [])").unwrap();
    let result = store.append_history(sample_session("x", 1));
    assert!(
        matches!(result, Err(StoreError::NewerVersion { found: 5, .. })),
        "{result:?}"
    );
    assert!(store.history("me").is_err());
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "(version: 5, sessions: [])"
    );
    let message = store
        .append_history(sample_session("x", 1))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("history/me.ron") && message.contains("newer"),
        "{message}"
    );
}

#[test]
fn overrides_outside_sane_bounds_are_clamped_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store
        .set_choice(
            "knee-to-chest",
            ExerciseChoice {
                intensity: Intensity::Standard,
                hold_seconds: Some(1000),
                repetitions: Some(0),
                variation: None,
            },
        )
        .unwrap();
    let notices = store.take_notices();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].to_string().contains("1000"), "{}", notices[0]);
    assert!(notices[0].to_string().contains("300"), "{}", notices[0]);
    assert!(
        notices[1].to_string().contains("Repetitions"),
        "{}",
        notices[1]
    );
    let stored = open(dir.path()).current().choice("knee-to-chest");
    assert_eq!(stored.hold_seconds, Some(300));
    assert_eq!(stored.repetitions, Some(1));
    assert_eq!(stored.intensity, Intensity::Standard);

    store
        .set_settings(Settings {
            volume: 180,
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(store.take_notices().len(), 1);
    assert_eq!(store.current().settings.volume, 100);
}

#[test]
fn hand_edited_out_of_range_values_are_clamped_once_on_load() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let path = dir.path().join("profiles/me.ron");
    let edited = fs::read_to_string(&path).unwrap().replace(
        "exercises: {}",
        "exercises: {\"crunch\": (repetitions: Some(500))}",
    );
    assert!(edited.contains("500"), "fixture did not apply: {edited}");
    fs::write(&path, edited).unwrap();
    let (store, notices) = Store::open(dir.path()).unwrap();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(store.current().choice("crunch").repetitions, Some(50));
    // Written back, so the next start is quiet.
    drop(open(dir.path()));
}

#[test]
fn profiles_are_created_renamed_switched_found_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let anna = store.create("Anna").unwrap();
    assert_eq!(anna.id, "anna");
    assert!(matches!(
        store.create(" anna "),
        Err(StoreError::NameTaken { .. })
    ));
    assert!(matches!(
        store.create("  "),
        Err(StoreError::InvalidName { .. })
    ));
    let names: Vec<_> = store.profiles().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Anna", "Me"]);

    store.switch("anna").unwrap();
    assert_eq!(store.current().name, "Anna");
    assert_eq!(
        open(dir.path()).current().id,
        "anna",
        "last used is remembered"
    );

    store.rename("anna", "ANNA").unwrap();
    assert_eq!(store.current().name, "ANNA");
    assert_eq!(store.find_by_name("anna").unwrap().id, "anna");
    assert!(store.find_by_name("bob").is_none());
    assert!(matches!(
        store.switch_to_name("Bob", false),
        Err(StoreError::NoSuchName { .. })
    ));
    let bob = store.switch_to_name(" bob ", true).unwrap();
    assert_eq!((bob.id.as_str(), bob.name.as_str()), ("bob", "bob"));
    assert_eq!(store.current().id, "bob");

    store.append_history(sample_session("bob's", 5)).unwrap();
    store.delete("bob").unwrap();
    assert!(!dir.path().join("history/bob.ron").exists());
    assert!(!dir.path().join("profiles/bob.ron").exists());
    assert_ne!(store.current().id, "bob");
    assert!(matches!(
        store.delete("bob"),
        Err(StoreError::UnknownProfile { .. })
    ));
    // A new Bob does not inherit the old history.
    let bob_again = store.create("Bob").unwrap();
    assert!(store.history(&bob_again.id).unwrap().is_empty());

    // Deleting every profile leaves a fresh "Me".
    for summary in store.profiles() {
        store.delete(&summary.id).unwrap();
    }
    let left = store.profiles();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(store.current().name, "Me");
    assert_eq!(store.current().settings, Settings::default());
}

#[test]
fn two_stores_interleaving_changes_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = open(dir.path());
    let mut second = open(dir.path());

    let mut louder = first.current().settings.clone();
    louder.volume = 20;
    first.set_settings(louder).unwrap();
    // `second` still believes volume is 70; it changes only the theme.
    let mut dark = second.current().settings.clone();
    dark.theme = Theme::Dark;
    second.set_settings(dark).unwrap();
    first
        .set_choice(
            "prone-press-up",
            ExerciseChoice {
                intensity: Intensity::Strong,
                ..ExerciseChoice::default()
            },
        )
        .unwrap();
    second
        .set_choice(
            "knee-to-chest",
            ExerciseChoice {
                repetitions: Some(3),
                ..ExerciseChoice::default()
            },
        )
        .unwrap();
    second.set_safety_seen().unwrap();
    first
        .append_history(sample_session("from first", 10))
        .unwrap();
    second
        .append_history(sample_session("from second", 11))
        .unwrap();
    first.rename("me", "Renamed by first").unwrap();

    let mut fresh = open(dir.path());
    let me = fresh.current();
    assert_eq!(me.name, "Renamed by first");
    assert_eq!(me.settings.volume, 20);
    assert_eq!(me.settings.theme, Theme::Dark);
    assert_eq!(me.choice("prone-press-up").intensity, Intensity::Strong);
    assert_eq!(me.choice("knee-to-chest").repetitions, Some(3));
    assert!(me.safety_seen);
    let titles: Vec<_> = fresh
        .history("me")
        .unwrap()
        .into_iter()
        .map(|s| s.routine_title)
        .collect();
    assert_eq!(titles, ["from first", "from second"]);

    // A refresh shows the other copy's changes.
    second.refresh().unwrap();
    assert_eq!(second.current(), fresh.current());
}

#[test]
fn deleting_the_profile_another_copy_uses_switches_it_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = open(dir.path());
    first.create("Anna").unwrap();
    let mut second = open(dir.path());
    second.switch("anna").unwrap();
    first.delete("anna").unwrap();

    assert!(matches!(
        second.set_safety_seen(),
        Err(StoreError::UnknownProfile { .. })
    ));
    assert!(
        !dir.path().join("profiles/anna.ron").exists(),
        "not resurrected"
    );
    second.refresh().unwrap();
    assert_eq!(second.current().id, "me");
    let notices = second.take_notices();
    assert!(
        matches!(notices.as_slice(), [Notice::ProfileGone { .. }]),
        "{notices:?}"
    );
}

#[test]
fn leftover_temp_files_are_cleaned_at_open() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let stale = dir.path().join("profiles/.me.ron.tmp-999-0");
    fs::write(&stale, "(version: 1, prof").unwrap();
    let store = open(dir.path());
    assert!(!stale.exists());
    assert_eq!(store.current().id, "me");
}

#[test]
fn a_profile_upgraded_by_a_newer_copy_while_running_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let path = dir.path().join("profiles/me.ron");
    let upgraded = "(version: 2, profile: (id: \"me\", name: \"Me\", pets: 3))";
    fs::write(&path, upgraded).unwrap();
    let mut settings = store.current().settings.clone();
    settings.volume = 10;
    assert!(matches!(
        store.set_settings(settings),
        Err(StoreError::NewerVersion { found: 2, .. })
    ));
    let notices = store.take_notices();
    assert!(
        matches!(notices.as_slice(), [Notice::NewerVersion { .. }]),
        "{notices:?}"
    );
    // Remembered: refused again without a second notice, file unchanged.
    assert!(store.set_safety_seen().is_err());
    assert!(store.take_notices().is_empty());
    assert_eq!(fs::read_to_string(&path).unwrap(), upgraded);
}

#[test]
fn a_saved_session_can_get_its_pain_after_rating_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = open(dir.path());
    let mut second = open(dir.path());
    let mut mine = sample_session("mine", 100);
    mine.pain_after = None;
    first.append_history(mine.clone()).unwrap();
    second
        .append_history(sample_session("other copy", 200))
        .unwrap();

    mine.pain_after = Some(12);
    first.replace_history(100, mine.clone()).unwrap();
    assert_eq!(first.take_notices().len(), 1, "pain 12 is clamped to 10");

    let history = first.history("me").unwrap();
    let titles: Vec<_> = history.iter().map(|s| s.routine_title.as_str()).collect();
    assert_eq!(
        titles,
        ["mine", "other copy"],
        "replaced in place, other kept"
    );
    assert_eq!(history[0].pain_after, Some(10));

    // Gone meanwhile: appended rather than lost.
    first
        .replace_history(999, sample_session("late", 999))
        .unwrap();
    assert_eq!(first.history("me").unwrap().len(), 3);
}

/// A history file as version 1 wrote it (one pretty-printed struct).
fn history_v1_with(sessions: &[SessionRecord]) -> String {
    #[derive(serde::Serialize)]
    struct V1<'a> {
        version: u32,
        sessions: &'a [SessionRecord],
    }
    ron::ser::to_string_pretty(
        &V1 {
            version: 1,
            sessions,
        },
        ron::ser::PrettyConfig::default(),
    )
    .unwrap()
}

#[test]
fn one_bad_session_is_set_aside_and_every_other_one_kept() {
    let dir = tempfile::tempdir().unwrap();
    let id = open(dir.path()).current().id.clone();
    let sessions: Vec<SessionRecord> = (0..5)
        .map(|n| sample_session("Lower back", 1_700_000_000 + n))
        .collect();
    // A hand edit: one pain rating out of its type's range.
    let written = history_v1_with(&sessions);
    let text = written.replacen("pain_after: Some(3)", "pain_after: Some(256)", 1);
    assert_ne!(text, written, "the fixture has the value to break");
    let path = dir.path().join(format!("history/{id}.ron"));
    fs::write(&path, &text).unwrap();

    let (mut store, _) = Store::open(dir.path()).unwrap();
    let history = store.history(&id).unwrap();
    assert_eq!(history.len(), 4, "every readable session is kept");
    let notices = store.take_notices();
    let Some(Notice::RecordsSetAside {
        lost,
        kept,
        kept_as: Some(kept_as),
        ..
    }) = notices.first()
    else {
        panic!("one notice that says what was set aside: {notices:?}");
    };
    assert_eq!((*lost, *kept), (1, 4));
    assert_eq!(
        fs::read_to_string(kept_as).unwrap(),
        text,
        "the file as it was"
    );
    // The live file now holds the four, and reading it again is quiet.
    assert_eq!(store.history(&id).unwrap(), history);
    assert!(store.take_notices().is_empty());
}

#[test]
fn a_byte_order_mark_is_fine_in_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    store
        .append_history(sample_session("Lower back", 1_700_000_000))
        .unwrap();
    drop(store);
    for file in [
        "profiles.ron".to_owned(),
        format!("profiles/{id}.ron"),
        format!("history/{id}.ron"),
    ] {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("\u{feff}{text}")).unwrap();
    }
    let (mut store, notices) = Store::open(dir.path()).unwrap();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(store.current().id, id);
    assert_eq!(store.history(&id).unwrap().len(), 1);
    assert!(store.take_notices().is_empty());
}

#[test]
fn one_out_of_range_value_is_clamped_not_the_whole_profile_reset() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    store
        .set_settings(Settings {
            theme: Theme::Dark,
            text_size: TextSize::Large,
            ..Settings::default()
        })
        .unwrap();
    store
        .set_choice(
            "knee-to-chest",
            ExerciseChoice {
                intensity: Intensity::Strong,
                hold_seconds: Some(25),
                repetitions: None,
                variation: None,
            },
        )
        .unwrap();
    store.set_safety_seen().unwrap();
    drop(store);
    let path = dir.path().join(format!("profiles/{id}.ron"));
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("volume: 70"), "{text}");
    fs::write(&path, text.replace("volume: 70", "volume: 300")).unwrap();

    let (store, notices) = Store::open(dir.path()).unwrap();
    let profile = store.current();
    assert_eq!(profile.settings.volume, 100);
    assert_eq!(profile.settings.theme, Theme::Dark);
    assert_eq!(profile.settings.text_size, TextSize::Large);
    assert!(profile.safety_seen);
    assert_eq!(profile.choice("knee-to-chest").hold_seconds, Some(25));
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].to_string().contains("300"), "{}", notices[0]);
    // The file is written back with the value replaced, so the file as it
    // was is copied first (no write over what was not read).
    let copies: Vec<_> = fs::read_dir(dir.path().join("profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(
        fs::read_to_string(&copies[0])
            .unwrap()
            .contains("volume: 300")
    );
    assert!(matches!(notices[1], Notice::CopyKept { .. }), "{notices:?}");
}

#[test]
fn a_newer_last_used_profile_opens_read_only_without_a_second_me() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let anna = store.create("Anna").unwrap();
    store.switch(&anna.id).unwrap();
    drop(store);
    // A newer Limber rewrote Anna's profile; it was the last used.
    let future = "(version: 4, profile: (id: \"anna\", name: \"Anna\", hologram: true))\n";
    fs::write(dir.path().join("profiles/anna.ron"), future).unwrap();
    let list_before = fs::read_to_string(dir.path().join("profiles.ron")).unwrap();

    let (store, notices) = Store::open(dir.path()).unwrap();
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, Notice::NewerVersion { .. }))
    );
    assert_eq!(store.current().id, "anna", "still Anna, not Me");
    assert_eq!(store.current_is_newer(), Some(4));
    assert!(store.read_only_reason().unwrap().contains("newer version"));
    assert_eq!(
        fs::read_to_string(dir.path().join("profiles.ron")).unwrap(),
        list_before,
        "the last used profile is not switched"
    );
    assert_eq!(
        fs::read_dir(dir.path().join("profiles")).unwrap().count(),
        2
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("profiles/anna.ron")).unwrap(),
        future
    );

    // --profile Anna opens it read-only too, rather than making another.
    let (mut store, _) = Store::open(dir.path()).unwrap();
    store.switch("me").unwrap();
    store.switch_to_name("anna", true).unwrap();
    assert_eq!(store.current_is_newer(), Some(4));
    assert_eq!(
        fs::read_dir(dir.path().join("profiles")).unwrap().count(),
        2
    );
}

#[test]
fn a_read_only_store_reads_everything_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    store
        .append_history(sample_session("Lower back", 1_700_000_000))
        .unwrap();
    drop(store);
    let snapshot = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = walk(dir);
        files.sort();
        files
    };
    let before = snapshot(dir.path());
    let (mut store, notices) = Store::open_read_only(dir.path()).unwrap();
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, Notice::ReadOnlyFolder { .. }))
    );
    assert_eq!(store.history(&id).unwrap().len(), 1, "history reads");
    assert!(store.read_only_reason().is_some());
    assert!(matches!(
        store.set_settings(Settings {
            sound: false,
            ..Settings::default()
        }),
        Err(StoreError::ReadOnlyFolder { .. })
    ));
    assert!(store.create("Sam").is_err());
    assert!(store.append_history(sample_session("x", 5)).is_err());
    assert_eq!(snapshot(dir.path()), before, "not a byte changed");

    // A folder that does not exist yet: a "Me" in memory, nothing created.
    let missing = dir.path().join("not-here");
    let (store, _) = Store::open_read_only(&missing).unwrap();
    assert_eq!(store.current().name, "Me");
    assert!(!missing.exists());
}

fn walk(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push((path.display().to_string(), fs::read(&path).unwrap()));
        }
    }
    files
}

/// A profile as Limber wrote it while ticks and the voice's countdown were
/// two settings ("ticks: false" beside "countdown: Ticks": nothing counted).
const PROFILE_WITH_TICKS_AND_COUNTDOWN: &str = r#"(
    version: 1,
    profile: (
        id: "me",
        name: "Me",
        exercises: {},
        settings: (
            sound: true,
            volume: 70,
            ticks: false,
            get_ready_seconds: 5,
            rest_seconds: None,
            setup_read_seconds: 8,
            theme: System,
            text_size: Normal,
            speech: true,
            voice: None,
            speech_rate: 100,
            speech_volume: 100,
            countdown: Ticks,
        ),
        safety_seen: true,
    ),
)
"#;

#[test]
fn an_older_profile_with_ticks_and_countdown_opens_with_the_one_countdown() {
    use limber_core::profile::Countdown;
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let path = dir.path().join("profiles/me.ron");
    fs::write(&path, PROFILE_WITH_TICKS_AND_COUNTDOWN).unwrap();
    let mut store = open(dir.path());
    assert_eq!(store.current().settings.countdown, Countdown::Off);
    assert!(store.current().safety_seen, "the rest of the file is read");
    // The next save writes the one field.
    let mut settings = store.current().settings.clone();
    settings.volume = 60;
    store.set_settings(settings).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(!text.contains("ticks"), "{text}");
    assert!(text.contains("countdown: Off"), "{text}");
    assert_eq!(
        open(dir.path()).current().settings.countdown,
        Countdown::Off
    );
}
