//! What the app asks of the desktop beyond its window: how reminders run
//! (start at login, `limber remind` now) and the save dialog
//! ([`dialog`](crate::ui::dialog)). Given to the
//! app in [`Options`](crate::ui::Options), so screen tests use stand-ins
//! that change nothing on the machine and answer the dialog with a path.

use std::future::Future;
use std::sync::Arc;

use crate::ui::dialog::SaveDialog;
use limber_core::schedule::service::ReminderService;

/// The desktop as the app uses it.
#[derive(Clone)]
pub struct Platform {
    pub reminders: Arc<dyn ReminderService>,
    pub save_dialog: Arc<dyn SaveDialog>,
}

impl Platform {
    /// Stand-ins that change nothing: reminders remembered in memory, the
    /// dialog always cancelled (tests and benchmarks that do not look).
    #[cfg(any(test, feature = "testing"))]
    pub fn inert() -> Platform {
        Platform {
            reminders: Arc::new(limber_core::schedule::service::FakeReminders::default()),
            save_dialog: Arc::new(crate::ui::dialog::ChosenPath::default()),
        }
    }
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Platform").finish_non_exhaustive()
    }
}

/// Runs blocking `work` (a file write, a process start) on its own thread
/// and answers in a future, so a task never blocks the executor.
pub fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Option<T>> + Send + 'static {
    let (sender, answer) = iced::futures::channel::oneshot::channel();
    let started = std::thread::Builder::new()
        .name("limber-platform".to_owned())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .is_ok();
    async move {
        if !started {
            return None;
        }
        answer.await.ok()
    }
}
