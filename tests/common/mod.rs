//! What the screen tests share: an app on a fake clock with a recording
//! sound player, and driving it the way a person does.

// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::sync::Arc;

use iced::keyboard::Key;
use iced_test::Simulator;
use limber::audio::RecordingPlayer;
use limber::content::Library;
use limber::profile::Store;
use limber::session::engine::FakeClock;
use limber::ui::{App, Message, Options};

/// A 1366×768 laptop screen, the size the brief asks to read from 3 m.
pub const SIZE: (f32, f32) = (1366.0, 768.0);

/// The app over `library` and `store`, with these notices shown.
pub fn open_app(
    library: Library,
    store: Store,
    notices: Vec<String>,
    routine: Option<&str>,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    let clock = Arc::new(FakeClock::new(std::time::Instant::now()));
    let audio = RecordingPlayer::new();
    let app = App::new(Options {
        library,
        store,
        notices,
        audio: Box::new(audio.clone()),
        clock: clock.clone(),
        routine: routine.map(str::to_owned),
    });
    (app, clock, audio)
}

/// The app with the shipped content and the data in `dir`.
pub fn shipped_app(
    dir: &std::path::Path,
    routine: Option<&str>,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    let (library, problems) = Library::shipped();
    assert!(
        problems.is_empty(),
        "shipped content has problems: {problems:?}"
    );
    let (store, _) = Store::open(dir).expect("store opens");
    open_app(library, store, Vec::new(), routine)
}

pub fn send(app: &mut App, messages: Vec<Message>) {
    for message in messages {
        let _ = app.update(message);
    }
}

/// Presses and releases `key` on the screen as it is now.
pub fn key(app: &mut App, key: Key) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        let _ = ui.tap_key(key);
        ui.into_messages().collect()
    };
    send(app, messages);
}
