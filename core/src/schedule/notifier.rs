//! Desktop notifications behind a trait, with a recording fake for tests.
//! The real one (`notify-rust`: freedesktop notifications over D-Bus on
//! Linux and the BSDs, toasts on Windows, Notification Center on macOS) is
//! the app's `platform::notifications`.
//!
//! A reminder has three buttons: Start, Snooze 10 min and Done today.
//! Clicking the notification itself is Start. The answer arrives later, on
//! the channel the notifier was made with, as an [`Answer`].

use std::sync::Mutex;

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
#[error("{}", crate::t!("plan-reminder-not-shown", reason = .0.as_str()))]
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
