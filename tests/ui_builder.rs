//! The routine builder, driven the way a person does:
//! New routine on Home, a name typed, exercises found by name and by area
//! and added, put in order, doses changed within the exercise's ranges,
//! saved; then a new app over the same data folder finds the routine on
//! Home and plays it. Edit changes the same file; Delete asks first and
//! moves the file aside.

mod common;

use std::path::{Path, PathBuf};

use common::{SIZE, open_app, send};
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced::widget::Id;
use iced_test::Simulator;
use limber::ui::screen::builder::{self, Focus};
use limber::ui::{App, Message, Screen};
use limber_core::content::{Library, Sources};
use limber_core::profile::Store;

/// The app over the data folder `dir`, its content folder loaded as
/// `limber` loads it (`<data dir>/content`), past the first-run safety
/// note.
fn app_over(dir: &Path) -> App {
    let (library, problems) = Library::load(&Sources {
        user_dir: Some(dir.join("content")),
        extra_dir: None,
    });
    assert!(
        problems.iter().all(|p| !p.is_error()),
        "content has errors: {problems:?}"
    );
    let (store, _) = Store::open(dir).expect("store opens");
    let (mut app, _, _) = open_app(library, store, Vec::new(), None);
    if matches!(app.screen(), Screen::Safety(_)) {
        click(&mut app, "I have read this");
    }
    assert!(matches!(app.screen(), Screen::Home(_)), "{}", app.title());
    app
}

fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        if let Err(error) = ui.click(label) {
            panic!("cannot click {label:?} on {}: {error:?}", app.title());
        }
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    send(app, messages);
}

/// Clicks into the text field `field`, empties it with Backspace and
/// types `words` there.
fn type_into(app: &mut App, field: &'static str, words: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        if let Err(error) = ui.click(Id::new(field)) {
            panic!("cannot click the field {field:?}: {error:?}");
        }
        for _ in 0..limber_core::builder::MAX_NAME_CHARS {
            let _ = ui.tap_key(Key::Named(Named::Backspace));
        }
        let _ = ui.typewrite(words);
        ui.into_messages().collect()
    };
    send(app, messages);
}

/// Presses `key` with `modifiers` (Alt+↑, Ctrl+S).
fn key_with(app: &mut App, key: Key, modifiers: Modifiers) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        let _ = ui.simulate([
            iced::Event::Keyboard(keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: key.clone(),
                physical_key: keyboard::key::Physical::Unidentified(
                    keyboard::key::NativeCode::Unidentified,
                ),
                location: keyboard::Location::Standard,
                modifiers,
                repeat: false,
                text: None,
            }),
            iced::Event::Keyboard(keyboard::Event::KeyReleased {
                key: key.clone(),
                modified_key: key,
                physical_key: keyboard::key::Physical::Unidentified(
                    keyboard::key::NativeCode::Unidentified,
                ),
                location: keyboard::Location::Standard,
                modifiers,
            }),
        ]);
        ui.into_messages().collect()
    };
    send(app, messages);
}

fn press(app: &mut App, key: Key) {
    common::key(app, key);
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

fn builder_of(app: &App) -> &builder::Builder {
    match app.screen() {
        Screen::Builder(b) => b,
        _ => panic!("not in the builder: {}", app.title()),
    }
}

/// The draft's exercises as (id, hold, repetitions).
fn rows(app: &App) -> Vec<(String, u32, u32)> {
    builder_of(app)
        .draft()
        .entries
        .iter()
        .map(|e| (e.exercise.clone(), e.hold_seconds, e.repetitions))
        .collect()
}

fn routine_file(dir: &Path, id: &str) -> PathBuf {
    dir.join("content")
        .join("routines")
        .join(format!("{id}.ron"))
}

/// Home → New routine → "Morning stretch": knee to chest (found by
/// name, added with Enter), butterfly and hamstring (found by area,
/// added by a click); the hamstring stretch moved up one place (Alt+↑)
/// and given a longer hold (→) and one more repetition (]), a second ]
/// stopping at its range; saved with the button.
fn make_morning_stretch(app: &mut App) {
    press(app, Key::Character("n".into()));
    let b = builder_of(app);
    assert_eq!(b.editing(), None);
    assert_eq!(b.focus(), Focus::Name);

    type_into(app, builder::NAME_FIELD, "Morning stretch");
    assert_eq!(builder_of(app).draft().name, "Morning stretch");

    // By name: "knee", then Enter in the search field adds the first found.
    type_into(app, builder::SEARCH_FIELD, "knee");
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        ui.click(Id::new(builder::SEARCH_FIELD))
            .expect("search field");
        let _ = ui.tap_key(Key::Named(Named::Enter));
        ui.into_messages().collect()
    };
    send(app, messages);
    assert_eq!(
        rows(app),
        vec![("knee-to-chest".to_owned(), 15, 2)],
        "Enter added knee to chest at this profile's dose (Gentle)"
    );

    // By area: "hips" lists the two hip exercises, and not knee to chest.
    type_into(app, builder::SEARCH_FIELD, "hips");
    assert!(shows(app, "Butterfly stretch"));
    assert!(shows(app, "Seated hamstring stretch"));
    click(app, "Butterfly stretch");
    click(app, "Seated hamstring stretch");
    assert_eq!(
        rows(app).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["knee-to-chest", "butterfly-stretch", "hamstring-stretch"]
    );

    // Tab: from the exercises to add to the routine, its last row chosen.
    press(app, Key::Named(Named::Tab));
    assert_eq!(builder_of(app).focus(), Focus::Routine);
    key_with(app, Key::Named(Named::ArrowUp), Modifiers::ALT);
    assert_eq!(
        rows(app).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["knee-to-chest", "hamstring-stretch", "butterfly-stretch"],
        "Alt+↑ moved the hamstring stretch up one place"
    );

    // Its dose: 15 s → 20 s; 2 → 3 repetitions, and 3 is the most its
    // range (2–3) allows.
    press(app, Key::Named(Named::ArrowRight));
    press(app, Key::Character("]".into()));
    press(app, Key::Character("]".into()));
    assert_eq!(rows(app)[1], ("hamstring-stretch".to_owned(), 20, 3));

    click(app, "Save routine");
}

#[test]
fn a_routine_made_reordered_and_dosed_is_there_after_a_restart_and_plays() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut app = app_over(dir.path());
        make_morning_stretch(&mut app);
        // Saved: Home, with the new tile at once.
        assert!(matches!(app.screen(), Screen::Home(_)), "{}", app.title());
        assert!(app.notices().is_empty(), "{:?}", app.notices());
        assert!(shows(&app, "Morning stretch"), "its tile is on Home");
        assert!(shows(&app, "Your routines"));
    }
    // The file is an ordinary routine file in the profile's content folder.
    let file = routine_file(dir.path(), "morning-stretch");
    let text = std::fs::read_to_string(&file).expect("the routine's file");
    assert!(text.contains("title: \"Morning stretch\""), "{text}");

    // `limber check` passes the person's content folder with it in (the
    // shipped three and this one), and `limber show` finds it there (the
    // real binary).
    let limber = |args: &[&str]| common::cli::limber(args, dir.path());
    let content = dir.path().join("content");
    let check = limber(&["check", content.to_str().expect("a UTF-8 path")]);
    let said = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(said.contains(" 4 routines,"), "{said}");
    assert!(said.contains(" 0 problems"), "{said}");
    let show = limber(&["show", "morning-stretch"]);
    let said = String::from_utf8_lossy(&show.stdout).into_owned();
    assert!(show.status.success(), "{said}");
    assert!(said.contains("Morning stretch"), "{said}");

    // A new app over the same data folder.
    let mut app = app_over(dir.path());
    assert!(
        shows(&app, "Morning stretch"),
        "the tile is there after a restart"
    );
    let routine = app
        .library()
        .routine("morning-stretch")
        .expect("loaded from the file")
        .clone();
    let order: Vec<&str> = routine
        .exercises
        .iter()
        .map(|e| e.exercise.as_str())
        .collect();
    assert_eq!(
        order,
        ["knee-to-chest", "hamstring-stretch", "butterfly-stretch"]
    );
    let hamstring = routine.exercises[1].dose.expect("a pinned dose");
    assert_eq!(
        hamstring.hold_seconds.map(|r| (r.low(), r.high())),
        Some((20, 20))
    );
    assert_eq!(
        hamstring.repetitions.map(|r| (r.low(), r.high())),
        Some((3, 3))
    );

    // Its tile opens its screen; Start plays it, with the chosen dose.
    click(&mut app, "Morning stretch");
    let Screen::Routine(screen) = app.screen() else {
        panic!("the tile opened {}", app.title());
    };
    assert_eq!(screen.routine_id(), "morning-stretch");
    assert!(shows(&app, "20 s"), "the hamstring stretch's hold");
    // Its doses are its own: no Gentle/Strong that would change nothing.
    assert!(shows(&app, "Dose set for this routine"));
    assert!(!shows(&app, "Strong"), "no intensity buttons");
    click(&mut app, "Start");
    let Screen::Player(player) = app.screen() else {
        panic!("Start opened {}", app.title());
    };
    assert_eq!(player.routine_title(), "Morning stretch");
}

#[test]
fn edit_changes_the_same_file_and_keeps_the_id() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_over(dir.path());
    make_morning_stretch(&mut app);
    let file = routine_file(dir.path(), "morning-stretch");

    // Shipped routines cannot be edited; the person's own can.
    click(&mut app, "Lower back");
    assert!(!shows(&app, "Edit routine"));
    press(&mut app, Key::Named(Named::Escape));
    click(&mut app, "Morning stretch");
    click(&mut app, "Edit routine");
    let b = builder_of(&app);
    assert_eq!(b.editing(), Some("morning-stretch"));
    assert_eq!(
        rows(&app)[1],
        ("hamstring-stretch".to_owned(), 20, 3),
        "Edit opens the routine as saved"
    );

    // A new name, knee to chest out, the butterfly's hold one more.
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        ui.click(Id::new(builder::NAME_FIELD)).expect("name field");
        ui.into_messages().collect()
    };
    send(&mut app, messages);
    send(
        &mut app,
        vec![Message::Builder(builder::Message::Name(
            "Evening stretch".to_owned(),
        ))],
    );
    send(
        &mut app,
        vec![Message::Builder(builder::Message::Remove(0))],
    );
    send(
        &mut app,
        vec![Message::Builder(builder::Message::Hold(1, true))],
    );
    assert_eq!(
        rows(&app),
        vec![
            ("hamstring-stretch".to_owned(), 20, 3),
            ("butterfly-stretch".to_owned(), 6, 4),
        ]
    );
    // Saved with Ctrl+S: back to the routine's screen, same id, new name.
    key_with(&mut app, Key::Character("s".into()), Modifiers::CTRL);
    let Screen::Routine(screen) = app.screen() else {
        panic!("saving an edit opened {}", app.title());
    };
    assert_eq!(screen.routine_id(), "morning-stretch");
    assert!(shows(&app, "Evening stretch"));
    let text = std::fs::read_to_string(&file).expect("the same file");
    assert!(text.contains("title: \"Evening stretch\""), "{text}");
    assert!(!text.contains("knee-to-chest"), "{text}");
    assert_eq!(
        std::fs::read_dir(file.parent().expect("folder"))
            .expect("routines folder")
            .count(),
        1,
        "no second file"
    );
    assert!(app.notices().is_empty(), "{:?}", app.notices());
}

#[test]
fn delete_asks_first_and_keeps_a_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_over(dir.path());
    make_morning_stretch(&mut app);
    let file = routine_file(dir.path(), "morning-stretch");

    click(&mut app, "Morning stretch");
    press(&mut app, Key::Character("e".into()));
    assert_eq!(builder_of(&app).editing(), Some("morning-stretch"));

    // Asked, and kept: the question's "Keep it", then Esc on a second ask.
    click(&mut app, "Delete routine…");
    assert!(shows(&app, "Keep it"), "Delete asks first");
    click(&mut app, "Keep it");
    assert!(!shows(&app, "Keep it"));
    click(&mut app, "Delete routine…");
    press(&mut app, Key::Named(Named::Escape));
    assert!(matches!(app.screen(), Screen::Builder(_)));
    assert!(file.exists(), "nothing deleted without the answer");
    assert!(app.library().routine("morning-stretch").is_some());

    // Asked, and answered.
    click(&mut app, "Delete routine…");
    click(&mut app, "Delete routine");
    assert!(matches!(app.screen(), Screen::Home(_)), "{}", app.title());
    assert!(!file.exists());
    assert!(app.library().routine("morning-stretch").is_none());
    assert!(!shows(&app, "Morning stretch"), "its tile is gone");
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("content").join(".kept"))
        .expect("the kept folder")
        .collect();
    assert_eq!(kept.len(), 1, "a copy of the file is kept");

    // And after a restart it stays gone.
    let app = app_over(dir.path());
    assert!(!shows(&app, "Morning stretch"));
}

/// After the name, keys only: Tab to the list, ↓ ↓ Enter and ↑ Enter
/// add, Tab to the routine, V picks the other version, ↑ Delete takes one
/// out, Tab to Save, Enter saves; the version chosen goes to the profile.
#[test]
fn a_routine_made_with_the_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_over(dir.path());
    press(&mut app, Key::Character("n".into()));
    type_into(&mut app, builder::NAME_FIELD, "Knees");
    let listed: Vec<String> = limber_core::builder::search::search(app.library(), "")
        .exercises
        .iter()
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(listed[1], "knee-to-chest", "the list is in library order");

    press(&mut app, Key::Named(Named::Tab));
    assert_eq!(builder_of(&app).focus(), Focus::Library);
    press(&mut app, Key::Named(Named::ArrowDown));
    press(&mut app, Key::Named(Named::ArrowDown));
    press(&mut app, Key::Named(Named::Enter));
    press(&mut app, Key::Named(Named::ArrowUp));
    press(&mut app, Key::Named(Named::Enter));
    let ids = |app: &App| -> Vec<String> { rows(app).into_iter().map(|r| r.0).collect() };
    assert_eq!(ids(&app), [listed[2].clone(), listed[1].clone()]);

    press(&mut app, Key::Named(Named::Tab));
    assert_eq!(builder_of(&app).focus(), Focus::Routine);
    press(&mut app, Key::Character("v".into()));
    assert_eq!(
        builder_of(&app).draft().entries[1].variation.as_deref(),
        Some("Other leg flat")
    );
    press(&mut app, Key::Named(Named::ArrowUp));
    press(&mut app, Key::Named(Named::Delete));
    assert_eq!(ids(&app), ["knee-to-chest"]);

    press(&mut app, Key::Named(Named::Tab));
    assert_eq!(builder_of(&app).focus(), Focus::Save);
    press(&mut app, Key::Named(Named::Enter));
    assert!(matches!(app.screen(), Screen::Home(_)), "{}", app.title());
    assert!(routine_file(dir.path(), "knees").exists());
    assert_eq!(
        app.profile().choice("knee-to-chest").variation.as_deref(),
        Some("Other leg flat"),
        "the version chosen is the profile's"
    );
    // Its tile is the fourth: key 4 opens it.
    press(&mut app, Key::Character("4".into()));
    let Screen::Routine(screen) = app.screen() else {
        panic!("4 opened {}", app.title());
    };
    assert_eq!(screen.routine_id(), "knees");
}

#[test]
fn deleting_a_planned_routine_takes_it_out_of_the_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut app = app_over(dir.path());
        make_morning_stretch(&mut app);
    }
    // Planned on weekdays (written as the Plan screen writes it), by this
    // profile and by a second person on the same computer, whose plan
    // also holds Hips.
    let other = {
        use limber_core::schedule::{PlannedRoutine, WeeklyPlan};
        let (mut store, _) = Store::open(dir.path()).expect("store");
        let id = store.current().id.clone();
        let other = store.create("Sam").expect("second profile").id;
        let planned = |routine: &str| PlannedRoutine {
            routine: routine.into(),
            days: "mon-fri".parse().expect("days"),
            at: "08:00".parse().expect("time"),
            since: None,
        };
        let mut plan = WeeklyPlan::default();
        plan.set(planned("morning-stretch"));
        store
            .update_plan(&id, |stored| *stored = plan.clone())
            .expect("plan");
        plan.set(planned("hips"));
        store
            .update_plan(&other, |stored| *stored = plan.clone())
            .expect("the second plan");
        store.switch(&id).expect("back to the first profile");
        other
    };
    let mut app = app_over(dir.path());
    click(&mut app, "Morning stretch");
    click(&mut app, "Edit routine");
    click(&mut app, "Delete routine…");
    let question = "Delete \u{201c}Morning stretch\u{201d}? Its tile leaves your Home. \
        It leaves your weekly plan too. A copy of its file is kept in the .kept folder of \
        your content folder, in case you want it back.";
    {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        assert!(ui.find(question).is_ok(), "the question names the plan");
    }

    click(&mut app, "Delete routine");
    assert!(matches!(app.screen(), Screen::Home(_)), "{}", app.title());
    let (mut store, _) = Store::open(dir.path()).expect("store");
    let id = store.current().id.clone();
    let plan = store.plan(&id).expect("plan");
    assert!(
        plan.get("morning-stretch").is_none(),
        "the deleted routine is still planned: {plan:?}"
    );
    let theirs = store.plan(&other).expect("the second plan");
    assert!(
        theirs.get("morning-stretch").is_none(),
        "still in the other profile's plan: {theirs:?}"
    );
    assert!(theirs.get("hips").is_some(), "the rest of it stays");
}

#[test]
fn the_builder_says_what_stops_a_save_and_its_keys_are_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_over(dir.path());
    press(&mut app, Key::Character("n".into()));
    // Nothing named, nothing added: Save says so and writes nothing.
    click(&mut app, "Save routine");
    assert!(shows(&app, "Give the routine a name."));
    assert!(shows(&app, "Add at least one exercise."));
    assert_eq!(builder_of(&app).focus(), Focus::Name);
    // A shipped routine's name is taken.
    type_into(&mut app, builder::NAME_FIELD, "lower back");
    assert!(shows(
        &app,
        "There is already a routine called \u{201c}Lower back\u{201d}. Choose another name."
    ));
    assert!(!dir.path().join("content").join("routines").exists());
    // ? lists the builder's keys.
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        let _ = ui.tap_key(Key::Character("?".into()));
        ui.into_messages().collect()
    };
    send(&mut app, messages);
    let (_, keys) = app.shortcuts();
    assert!(keys.iter().any(|s| s.keys == "Alt+↑ ↓"));
    assert!(shows(&app, "Move the chosen exercise earlier or later"));
    // Esc with a change asks before leaving.
    send(&mut app, vec![Message::ShowKeys(false)]);
    press(&mut app, Key::Named(Named::Escape));
    assert!(shows(&app, "Leave without saving"));
    click(&mut app, "Leave without saving");
    assert!(matches!(app.screen(), Screen::Home(_)));
}

/// At the window's smallest size (800×500), and at 1024×600 with the
/// largest text, every part of the builder is still there to reach: the
/// name, both lists, a row's tools and Save. The renders are written to
/// `target/screenshots/builder-narrow*-tiny-skia.png` for a person to look
/// at.
#[test]
fn the_builder_fits_the_smallest_window() {
    for (size, text_size, name) in [
        ((800.0, 500.0), None, "builder-narrow"),
        (
            (1024.0, 600.0),
            Some(limber_core::profile::TextSize::Larger),
            "builder-narrow-larger",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut app = app_over(dir.path());
        if let Some(text_size) = text_size {
            send(
                &mut app,
                vec![
                    Message::Home(limber::ui::screen::home::Message::OpenSettings),
                    Message::Settings(limber::ui::screen::settings::Message::TextSize(text_size)),
                    Message::Settings(limber::ui::screen::settings::Message::Back),
                ],
            );
        }
        press(&mut app, Key::Character("n".into()));
        for message in [
            builder::Message::Name("Morning stretch".into()),
            builder::Message::Add("knee-to-chest".into()),
            builder::Message::Add("butterfly-stretch".into()),
        ] {
            send(&mut app, vec![Message::Builder(message)]);
        }
        let mut ui = Simulator::with_size(Default::default(), size, app.view());
        for label in [
            "Save routine",
            "Add exercises",
            "Your routine",
            "1. Knee to chest",
            "Remove",
        ] {
            let target = ui
                .find(label)
                .unwrap_or_else(|e| panic!("{name}: {label:?}: {e:?}"));
            let bounds = target
                .visible_bounds()
                .unwrap_or_else(|| panic!("{name}: {label:?} is out of sight"));
            assert!(
                bounds.x >= 0.0
                    && bounds.x + bounds.width <= size.0 + 0.5
                    && bounds.y + bounds.height <= size.1 + 0.5,
                "{name}: {label:?} runs off the window: {bounds:?}"
            );
        }
        let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&out).expect("screenshot folder");
        let _ = std::fs::remove_file(out.join(format!("{name}-tiny-skia.png")));
        let snapshot = ui
            .snapshot(&limber::ui::style::theme(false))
            .expect("snapshot");
        assert!(
            snapshot
                .matches_image(out.join(format!("{name}.png")))
                .expect("write png")
        );
    }
}
