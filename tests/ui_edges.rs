//! The app at the edges of its data (issue 10): a profile written by a
//! newer Limber, and a data folder it cannot write to. In both the person
//! sees why, can go on, and nothing on disk changes.

mod common;

use std::fs;

use common::{SIZE, open_app, send};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::ui::App;
use limber::ui::screen::settings;
use limber::ui::{Message, Screen};
use limber_core::content::Library;
use limber_core::profile::{Store, TextSize};

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

fn click_label(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        ui.click(label)
            .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
        ui.into_messages().collect()
    };
    send(app, messages);
}

/// A change a person makes that is saved at once: Settings (key S), then
/// the larger text, which shows straight away.
fn larger_text_in_settings(app: &mut App) {
    common::key(app, Key::Character("s".into()));
    send(
        app,
        vec![Message::Settings(settings::Message::TextSize(
            TextSize::Larger,
        ))],
    );
    assert_eq!(app.profile().settings.text_size, TextSize::Larger);
}

fn shipped() -> Library {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    library
}

#[test]
fn a_profile_from_a_newer_limber_is_opened_read_only_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let (mut store, _) = Store::open(dir.path()).expect("store");
        store.set_safety_seen().expect("safety seen");
        let anna = store.create("Anna").expect("create");
        store.switch(&anna.id).expect("switch");
    }
    // A newer Limber rewrote Anna's profile; she was the last to use it.
    let anna_file = dir.path().join("profiles/anna.ron");
    let future = "(version: 4, profile: (id: \"anna\", name: \"Anna\", hologram: true))\n";
    fs::write(&anna_file, future).expect("write the newer profile");
    let list = fs::read_to_string(dir.path().join("profiles.ron")).expect("list");

    let (store, notices) = Store::open(dir.path()).expect("store opens");
    let notices = notices.iter().map(ToString::to_string).collect();
    let (mut app, _, _) = open_app(shipped(), store, notices, None);
    assert!(
        matches!(app.screen(), Screen::Newer(_)),
        "the app says so first, not {}",
        app.title()
    );
    assert!(shows(&app, "This profile is from a newer Limber"));

    click_label(&mut app, "Open it read-only");
    assert!(matches!(app.screen(), Screen::Home(_)));
    assert_eq!(app.profile().name, "Anna", "still Anna, no second Me");
    // A change shows at once and is not written.
    larger_text_in_settings(&mut app);
    common::key(&mut app, Key::Named(Named::Escape));
    drop(app);
    assert_eq!(fs::read_to_string(&anna_file).expect("anna"), future);
    assert_eq!(
        fs::read_to_string(dir.path().join("profiles.ron")).expect("list"),
        list,
        "the last used profile is not switched"
    );
    assert_eq!(
        fs::read_dir(dir.path().join("profiles"))
            .expect("profiles")
            .count(),
        2,
        "no new profile made"
    );
}

#[test]
fn a_data_folder_that_cannot_be_written_shows_why_and_saves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let (mut store, _) = Store::open(dir.path()).expect("store");
        store.set_safety_seen().expect("safety seen");
    }
    let profile_file = dir.path().join("profiles/me.ron");
    let before = fs::read_to_string(&profile_file).expect("profile");
    // (Tests run as root here, so a folder's permissions would not stop a
    // write: the store is opened the way it opens a folder it cannot write.)
    let (store, notices) = Store::open_read_only(dir.path()).expect("store opens");
    let notices = notices.iter().map(ToString::to_string).collect();
    let (mut app, _, _) = open_app(shipped(), store, notices, None);
    assert!(matches!(app.screen(), Screen::Home(_)));
    assert!(
        app.notices()
            .iter()
            .any(|notice| notice.contains("not saved") || notice.contains("read-only")),
        "the notice says changes are not saved: {:?}",
        app.notices()
    );
    larger_text_in_settings(&mut app);
    drop(app);
    assert_eq!(fs::read_to_string(&profile_file).expect("profile"), before);
}
