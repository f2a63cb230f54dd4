//! Desktop notifications behind a trait: the real one (`notify-rust`:
//! freedesktop notifications over D-Bus on Linux and the BSDs, toasts on
//! Windows, Notification Center on macOS) and a recording fake for tests.
//!
//! A reminder has three buttons: Start, Snooze 10 min and Done today.
//! Clicking the notification itself is Start. The answer arrives later, on
//! the channel the notifier was made with, as an [`Answer`].

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use crate::schedule::words;

/// Which reminder: one profile's planned routine. At most one note per key
/// is on screen; a newer one replaces it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NoteKey {
    pub profile_id: String,
    pub routine: String,
}

/// A reminder as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub key: NoteKey,
    pub title: String,
    pub body: String,
}

/// What the person did with a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Open Limber on the routine.
    Start,
    Snooze,
    DoneToday,
    /// Closed, or expired, without an answer.
    Dismissed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub key: NoteKey,
    pub reply: Reply,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the reminder could not be shown: {0}")]
pub struct NotifyError(pub String);

/// Shows reminders.
pub trait Notifier {
    /// Shows `note` with the three buttons, replacing a note with the same
    /// key that is still on screen (reminders never stack up). Returns once
    /// the note is handed to the system; the answer comes later.
    fn show(&self, note: &Note) -> Result<(), NotifyError>;
}

/// The action keys sent to the notification server.
pub const ACTION_KEY_START: &str = "start";
pub const ACTION_KEY_SNOOZE: &str = "snooze";
pub const ACTION_KEY_DONE_TODAY: &str = "done-today";
/// The freedesktop key for a click on the notification itself.
pub const ACTION_KEY_DEFAULT: &str = "default";

/// Reads an action key the server sent back.
pub fn reply_for_action(key: &str) -> Reply {
    match key {
        ACTION_KEY_START | ACTION_KEY_DEFAULT => Reply::Start,
        ACTION_KEY_SNOOZE => Reply::Snooze,
        ACTION_KEY_DONE_TODAY => Reply::DoneToday,
        _ => Reply::Dismissed,
    }
}

/// Keeps every note shown, in order; answers are sent by the test itself.
#[derive(Debug, Default)]
pub struct RecordingNotifier {
    shown: Mutex<Vec<Note>>,
    /// When set, `show` fails with this message (a missing notification
    /// server).
    failing: Mutex<Option<String>>,
}

impl RecordingNotifier {
    pub fn shown(&self) -> Vec<Note> {
        self.shown.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn fail_with(&self, message: Option<&str>) {
        if let Ok(mut failing) = self.failing.lock() {
            *failing = message.map(str::to_owned);
        }
    }
}

impl Notifier for RecordingNotifier {
    fn show(&self, note: &Note) -> Result<(), NotifyError> {
        if let Some(message) = self.failing.lock().ok().and_then(|f| f.clone()) {
            return Err(NotifyError(message));
        }
        if let Ok(mut shown) = self.shown.lock() {
            shown.push(note.clone());
        }
        Ok(())
    }
}

impl<N: Notifier + ?Sized> Notifier for &N {
    fn show(&self, note: &Note) -> Result<(), NotifyError> {
        (**self).show(note)
    }
}

/// The notes on screen: for each key, the newest note's generation and
/// (on freedesktop) the server's id, so a newer note replaces it in place.
#[derive(Debug, Default)]
struct OnScreen {
    notes: HashMap<NoteKey, (u64, Option<u32>)>,
}

/// The system's notifications. One thread per note on screen waits for
/// its answer (that is how `notify-rust` reports actions); it ends when the
/// note is answered or closed.
#[derive(Debug)]
pub struct DesktopNotifier {
    answers: Sender<Answer>,
    on_screen: Arc<Mutex<OnScreen>>,
    generation: AtomicU64,
}

impl DesktopNotifier {
    pub fn new(answers: Sender<Answer>) -> DesktopNotifier {
        DesktopNotifier {
            answers,
            on_screen: Arc::new(Mutex::new(OnScreen::default())),
            generation: AtomicU64::new(0),
        }
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, note: &Note) -> Result<(), NotifyError> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Limber")
            .summary(&note.title)
            .body(&note.body)
            .icon("limber");
        // The click on the note itself. Only freedesktop has this key: a
        // toast (Windows) or Notification Center (macOS) reports a click by
        // itself and would show the key as a second Start button.
        #[cfg(all(unix, not(target_os = "macos")))]
        notification.action(ACTION_KEY_DEFAULT, words::ACTION_START);
        notification
            .action(ACTION_KEY_START, words::ACTION_START)
            .action(ACTION_KEY_SNOOZE, words::ACTION_SNOOZE)
            .action(ACTION_KEY_DONE_TODAY, words::ACTION_DONE_TODAY)
            // A reminder waits for the person, like a calendar's.
            .timeout(notify_rust::Timeout::Never);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            // The menu entry the note belongs to: the desktop shows its
            // name and icon and groups the notes under it.
            notification.hint(notify_rust::Hint::DesktopEntry(crate::APP_ID.to_owned()));
            let previous = self
                .on_screen
                .lock()
                .ok()
                .and_then(|on_screen| on_screen.notes.get(&note.key).and_then(|n| n.1));
            if let Some(id) = previous {
                notification.id(id);
            }
        }
        let handle = notification
            .show()
            .map_err(|error| NotifyError(error.to_string()))?;
        let generation = self.generation.fetch_add(1, Ordering::Relaxed);
        #[cfg(all(unix, not(target_os = "macos")))]
        let id = Some(handle.id());
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let id = None;
        if let Ok(mut on_screen) = self.on_screen.lock() {
            on_screen.notes.insert(note.key.clone(), (generation, id));
        }
        let key = note.key.clone();
        let answers = self.answers.clone();
        let on_screen = Arc::clone(&self.on_screen);
        std::thread::Builder::new()
            .name("limber-reminder".to_owned())
            .spawn(move || {
                let reply = wait_for_reply(handle);
                // A note replaced in place shares its server id with the
                // newer one, so both waiting threads see the answer: only
                // the newest generation passes it on.
                let newest = on_screen.lock().ok().is_some_and(|mut on_screen| {
                    let newest = on_screen.notes.get(&key).map(|n| n.0) == Some(generation);
                    if newest {
                        on_screen.notes.remove(&key);
                    }
                    newest
                });
                if newest {
                    let _ = answers.send(Answer { key, reply });
                }
            })
            .map_err(|error| NotifyError(format!("starting a thread: {error}")))?;
        Ok(())
    }
}

fn reply_for_response(response: &notify_rust::NotificationResponse) -> Reply {
    match response {
        notify_rust::NotificationResponse::Default => Reply::Start,
        notify_rust::NotificationResponse::Action(key) => reply_for_action(key),
        _ => Reply::Dismissed,
    }
}

/// Waits for the person's answer, then takes the note off the screen: the
/// specification asks servers to remove a note once an action is invoked,
/// but not all do (dunst keeps it after an action from its menu), and a
/// button that no longer does anything would confuse.
#[cfg(all(unix, not(target_os = "macos")))]
fn wait_for_reply(handle: notify_rust::NotificationHandle) -> Reply {
    let mut reply = Reply::Dismissed;
    futures_lite::future::block_on(
        handle.wait_for_action_async(|response| reply = reply_for_response(response)),
    );
    if reply != Reply::Dismissed {
        // Closing a note the server already removed is harmless.
        handle.close();
    }
    reply
}

/// Toasts and Notification Center remove a note when it is answered.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn wait_for_reply(handle: notify_rust::NotificationHandle) -> Reply {
    let mut reply = Reply::Dismissed;
    if let Err(error) = handle.wait_for_response(|response: &notify_rust::NotificationResponse| {
        reply = reply_for_response(response);
    }) {
        tracing::warn!("waiting for the reminder's answer: {error}");
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_keys_map_to_replies() {
        assert_eq!(reply_for_action("start"), Reply::Start);
        assert_eq!(reply_for_action("default"), Reply::Start);
        assert_eq!(reply_for_action("snooze"), Reply::Snooze);
        assert_eq!(reply_for_action("done-today"), Reply::DoneToday);
        assert_eq!(reply_for_action("__closed"), Reply::Dismissed);
    }

    #[test]
    fn the_fake_records_notes_and_can_fail() {
        let notifier = RecordingNotifier::default();
        let note = Note {
            key: NoteKey {
                profile_id: "me".into(),
                routine: "hips".into(),
            },
            title: "Time for Hips".into(),
            body: String::new(),
        };
        notifier.show(&note).unwrap();
        notifier.fail_with(Some("no server"));
        assert!(notifier.show(&note).is_err());
        assert_eq!(notifier.shown(), vec![note]);
    }
}
