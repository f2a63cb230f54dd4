//! What the app asks of the desktop beyond its window: how reminders run
//! (start at login, `limber remind` now) and the save dialog. Given to the
//! app in [`Options`](crate::ui::Options), so screen tests use stand-ins
//! that change nothing on the machine and answer the dialog with a path.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use crate::schedule::service::{FakeReminders, ReminderService};

/// A file to save, as the dialog proposes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    pub title: String,
    /// The proposed file name, e.g. `limber-plan-me.ics`.
    pub file_name: String,
    /// The filter's name and extensions, e.g. ("Calendar", ["ics"]).
    pub filter: (String, Vec<String>),
}

/// The dialog's answer, asked for in a task: `None` when cancelled.
pub type SaveAnswer = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// Asks where to save a file.
pub trait SaveDialog: Send + Sync {
    fn ask(&self, request: SaveRequest) -> SaveAnswer;
}

/// The platform's own save dialog, through `rfd` (asynchronous, so the
/// window keeps drawing while it is open).
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemSaveDialog;

impl SaveDialog for SystemSaveDialog {
    fn ask(&self, request: SaveRequest) -> SaveAnswer {
        let (name, extensions) = request.filter;
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_title(request.title)
            .set_file_name(request.file_name)
            .add_filter(name, &extensions);
        if let Some(folder) = directories::UserDirs::new()
            .and_then(|dirs| dirs.document_dir().map(std::path::Path::to_path_buf))
        {
            dialog = dialog.set_directory(folder);
        }
        let answer = dialog.save_file();
        Box::pin(async move { answer.await.map(|handle| handle.path().to_path_buf()) })
    }
}

/// A dialog for tests: answers with the path it was given (or cancels
/// with `None`) and keeps what it was asked.
#[derive(Debug, Default)]
pub struct FixedSaveDialog {
    answer: Mutex<Option<PathBuf>>,
    asked: Mutex<Vec<SaveRequest>>,
}

impl FixedSaveDialog {
    pub fn answering(path: Option<PathBuf>) -> FixedSaveDialog {
        FixedSaveDialog {
            answer: Mutex::new(path),
            asked: Mutex::default(),
        }
    }

    pub fn set_answer(&self, path: Option<PathBuf>) {
        *self
            .answer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = path;
    }

    pub fn asked(&self) -> Vec<SaveRequest> {
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

impl SaveDialog for FixedSaveDialog {
    fn ask(&self, request: SaveRequest) -> SaveAnswer {
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(request);
        let answer = self
            .answer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        Box::pin(async move { answer })
    }
}

/// The desktop as the app uses it.
#[derive(Clone)]
pub struct Platform {
    pub reminders: Arc<dyn ReminderService>,
    pub save_dialog: Arc<dyn SaveDialog>,
}

impl Platform {
    /// Stand-ins that change nothing: reminders remembered in memory, the
    /// dialog always cancelled (tests and benchmarks that do not look).
    pub fn inert() -> Platform {
        Platform {
            reminders: Arc::new(FakeReminders::default()),
            save_dialog: Arc::new(FixedSaveDialog::default()),
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
