//! The system's notifications for reminders: `notify-rust` (freedesktop
//! notifications over D-Bus on Linux and the BSDs, toasts on Windows,
//! Notification Center on macOS) behind the core's [`Notifier`] trait.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

#[cfg(all(unix, not(target_os = "macos")))]
use limber_core::schedule::notifier::ACTION_KEY_DEFAULT;
use limber_core::schedule::notifier::Reply;
use limber_core::schedule::notifier::{
    ACTION_KEY_DONE_TODAY, ACTION_KEY_SNOOZE, ACTION_KEY_START, Answer, Note, NoteKey, Notifier,
    NotifyError, reply_for_action,
};
use limber_core::schedule::words;

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
            .appname("Limber") // untranslated: the app's name
            .summary(&note.title)
            .body(&note.body)
            .icon("limber");
        // The click on the note itself. Only freedesktop has this key: a
        // toast (Windows) or Notification Center (macOS) reports a click by
        // itself and would show the key as a second Start button.
        #[cfg(all(unix, not(target_os = "macos")))]
        notification.action(ACTION_KEY_DEFAULT, &words::action_start());
        notification
            .action(ACTION_KEY_START, &words::action_start())
            .action(ACTION_KEY_SNOOZE, &words::action_snooze())
            .action(ACTION_KEY_DONE_TODAY, &words::action_done_today())
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
            .map_err(|error| {
                let error = error.to_string();
                NotifyError(limber_core::t!("reminders-thread-failed", error = error))
            })?;
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
