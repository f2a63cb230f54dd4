//! The app never panics on any string: a profile name and session titles
//! full of control characters (from files anyone may have edited) are
//! drawn on every screen that shows them, and the window title never holds
//! a control character (a NUL there panicked winit before the window
//! opened).

mod common;

use std::fs;
use std::path::Path;

use iced_test::Simulator;
use limber::ui::Message;
use limber::ui::screen::home;
use limber_core::content::Library;
use limber_core::profile::Store;

fn corpus(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(file)
}

#[test]
fn hostile_names_and_titles_are_drawn_on_every_screen_without_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    fs::create_dir_all(data.join("profiles")).expect("folder");
    fs::create_dir_all(data.join("history")).expect("folder");
    fs::copy(
        corpus("profile/control-name.ron"),
        data.join("profiles/me.ron"),
    )
    .expect("copy");
    fs::copy(
        corpus("history/hostile-titles.ron"),
        data.join("history/me.ron"),
    )
    .expect("copy");
    let (store, notices) = Store::open(&data).expect("the store opens");
    assert!(store.current().name.contains('\u{1b}'));
    // A content folder with a routine whose title holds a NUL: refused by
    // the content check, so the app opened straight into it never sees it.
    let (library, _) = Library::load(&limber_core::content::Sources {
        user_dir: None,
        extra_dir: Some(corpus("content")),
    });
    let notices = notices.iter().map(ToString::to_string).collect();
    let (mut app, _, _) = common::open_app(library, store, notices, Some("nul-title"));
    for screen in [
        None,
        Some(Message::Home(home::Message::OpenHistory)),
        Some(Message::Home(home::Message::OpenSettings)),
        Some(Message::Home(home::Message::OpenPlan)),
    ] {
        if let Some(message) = screen {
            common::send(&mut app, vec![message]);
        }
        let title = app.title();
        assert!(!title.chars().any(char::is_control), "{title:?}");
        let mut ui = Simulator::with_size(Default::default(), common::SIZE, app.view());
        ui.snapshot(&iced::Theme::Light)
            .expect("the screen renders");
    }
}
