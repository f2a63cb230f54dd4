//! What the tests share: an app on a fake clock with a recording sound
//! player and a recording speaker, driven the way a person does; and the
//! real binary run the same way everywhere ([`cli`]).

// Each test binary uses its own subset of these.
#![allow(dead_code)]

pub mod cli;

use std::sync::Arc;

use futures::StreamExt;
use iced::Task;
use iced::keyboard::Key;
use iced::keyboard::key::Named;
use iced_test::Simulator;
use limber::ui::{App, Message, Options, Screen};
use limber_core::content::Library;
use limber_core::profile::Store;
use limber_core::speech::{RecordingSpeaker, SilentSpeaker, Speaker};
use limber_core::testing::FakeClock;
use limber_core::testing::RecordingPlayer;

/// A 1366×768 laptop screen, the size the brief asks to read from 3 m.
pub const SIZE: (f32, f32) = (1366.0, 768.0);

/// The app over `library` and `store`, with these notices shown. Its
/// speaker records what it would say (see [`open_speaking_app`]).
pub fn open_app(
    library: Library,
    store: Store,
    notices: Vec<String>,
    routine: Option<&str>,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    open_app_on(
        library,
        store,
        notices,
        routine,
        limber::ui::platform::Platform::inert(),
    )
}

/// [`open_app`] on this desktop (a save dialog that answers a path…).
pub fn open_app_on(
    library: Library,
    store: Store,
    notices: Vec<String>,
    routine: Option<&str>,
    platform: limber::ui::platform::Platform,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    let opened = open_with(library, store, notices, routine, platform, Voice::Recording);
    (opened.app, opened.clock, opened.audio)
}

/// The speaker an app is opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// A voice that records what it says on the app's fake clock.
    Recording,
    /// No voice at all (no speech service).
    Missing,
}

/// An app with its fake clock, the recording sound player and the
/// recording speaker (which hears nothing with [`Voice::Missing`]). The
/// player and the speaker play scheduled cues when the clock reaches them.
pub struct Opened {
    pub app: App,
    pub clock: Arc<FakeClock>,
    pub audio: RecordingPlayer,
    pub speaker: RecordingSpeaker,
}

pub fn open_speaking_app(
    library: Library,
    store: Store,
    notices: Vec<String>,
    routine: Option<&str>,
    voice: Voice,
) -> Opened {
    open_with(
        library,
        store,
        notices,
        routine,
        limber::ui::platform::Platform::inert(),
        voice,
    )
}

fn open_with(
    library: Library,
    store: Store,
    notices: Vec<String>,
    routine: Option<&str>,
    platform: limber::ui::platform::Platform,
    voice: Voice,
) -> Opened {
    let clock = Arc::new(FakeClock::new(std::time::Instant::now()));
    let audio = RecordingPlayer::with_clock(clock.clone());
    let speaker = RecordingSpeaker::new(clock.clone());
    let boxed: Box<dyn Speaker> = match voice {
        Voice::Recording => Box::new(speaker.clone()),
        Voice::Missing => Box::new(SilentSpeaker::new("no speech service")),
    };
    let (mut app, boot) = App::new(Options {
        library,
        store,
        notices,
        audio: Box::new(audio.clone()),
        clock: clock.clone(),
        routine: routine.map(str::to_owned),
        platform,
        speaker: boxed,
    })
    .expect("the store's thread starts");
    run(&mut app, boot);
    Opened {
        app,
        clock,
        audio,
        speaker,
    }
}

/// Runs `task` to the end the way the iced runtime would: every message it
/// produces goes back through `update`, and so do the tasks those return.
pub fn run(app: &mut App, task: Task<Message>) {
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return;
    };
    // One action at a time: a runtime request (the system's theme, a
    // window operation) is dropped at once, which ends its wait.
    let mut stream = stream;
    while let Some(action) = futures::executor::block_on(stream.next()) {
        if let iced_runtime::Action::Output(message) = action {
            let next = app.update(message);
            run(app, next);
        }
    }
}

/// The tasks `update` returned for `message`, not run yet (to look at the
/// screen while a write is still on its way).
pub fn update(app: &mut App, message: Message) -> Task<Message> {
    app.update(message)
}

/// The app with the shipped content and the data in `dir`, saving where
/// `dialog` answers.
pub fn shipped_app_saving(
    dir: &std::path::Path,
    routine: Option<&str>,
    dialog: &limber::ui::dialog::ChosenPath,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    let (library, problems) = Library::shipped();
    assert!(
        problems.is_empty(),
        "shipped content has problems: {problems:?}"
    );
    let (store, _) = Store::open(dir).expect("store opens");
    let mut platform = limber::ui::platform::Platform::inert();
    platform.save_dialog = Arc::new(dialog.clone());
    open_app_on(library, store, Vec::new(), routine, platform)
}

/// The app with the shipped content and the data in `dir`.
pub fn shipped_app(
    dir: &std::path::Path,
    routine: Option<&str>,
) -> (App, Arc<FakeClock>, RecordingPlayer) {
    let opened = shipped_speaking_app(dir, routine, Voice::Recording);
    (opened.app, opened.clock, opened.audio)
}

/// [`shipped_app`] with the speaker to listen to.
pub fn shipped_speaking_app(dir: &std::path::Path, routine: Option<&str>, voice: Voice) -> Opened {
    let (library, problems) = Library::shipped();
    assert!(
        problems.is_empty(),
        "shipped content has problems: {problems:?}"
    );
    let (store, _) = Store::open(dir).expect("store opens");
    open_speaking_app(library, store, Vec::new(), routine, voice)
}

/// Sends each message and runs the tasks it starts to the end.
pub fn send(app: &mut App, messages: Vec<Message>) {
    for message in messages {
        let task = app.update(message);
        run(app, task);
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

/// Types `text` (a letter or digit key) on the screen as it is now.
pub fn press(app: &mut App, text: &str) {
    key(app, Key::Character(text.into()));
}

/// Presses a named key (Enter, Escape, an arrow) on the screen as it is now.
pub fn named(app: &mut App, named: Named) {
    key(app, Key::Named(named));
}

/// Skips through the player a step at a time (→) until the routine ends,
/// at most 400 steps.
pub fn skip_to_the_end(app: &mut App) {
    for _ in 0..400 {
        if !matches!(app.screen(), Screen::Player(_)) {
            break;
        }
        named(app, Named::ArrowRight);
    }
}
