//! The save dialog, one for every file the app writes where the person
//! chooses: the routine sheet, the visit report (PDF or CSV) and the plan's
//! calendar file.
//!
//! Behind [`SaveDialog`], so screen tests choose the path without a window
//! ([`ChosenPath`]). The real dialog is `rfd`'s: the XDG desktop portal on
//! Linux (GNOME's or KDE's own dialog, zenity where there is no portal),
//! the system's on Windows and macOS, parented to the window so it stays on
//! top of it. Where no dialog can be shown at all (no session bus and no
//! zenity), the answer is [`Choice::Unavailable`] and
//! [`Choice::destination`] picks a new file in the Documents folder, so the
//! file is still written and the notice can say where.

use std::path::{Path, PathBuf};

use iced::Task;

/// The kinds of file the app saves, for the dialog's filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Csv,
    Calendar,
}

impl FileKind {
    /// The filter's name, as the dialog shows it.
    pub fn name(self) -> String {
        match self {
            FileKind::Pdf => limber_core::t!("papers-file-kind-pdf"),
            FileKind::Csv => limber_core::t!("papers-file-kind-csv"),
            FileKind::Calendar => limber_core::t!("papers-file-kind-calendar"),
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Csv => "csv",
            FileKind::Calendar => "ics",
        }
    }
}

/// What a save dialog is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    /// The dialog's title: "Save the routine sheet".
    pub title: String,
    /// The name offered: "lower-back-sheet.pdf".
    pub file_name: String,
    pub kind: FileKind,
}

/// What the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Path(PathBuf),
    Cancelled,
    /// No dialog can be shown on this desktop.
    Unavailable,
}

impl Choice {
    /// Where to write: the chosen path, or (no dialog on this desktop) a
    /// new file in the Documents folder that overwrites nothing, `true`
    /// marking that fallback. `None` when the person cancelled. The
    /// request's extension is added when the chosen name has none.
    pub fn destination(self, request: &SaveRequest) -> Option<(PathBuf, bool)> {
        let (path, fallback) = match self {
            Choice::Path(path) => (path, false),
            Choice::Cancelled => return None,
            Choice::Unavailable => {
                let folder = documents_folder().unwrap_or_else(|| PathBuf::from("."));
                (
                    limber_core::paper::save::free_path(&folder, &request.file_name),
                    true,
                )
            }
        };
        Some((
            limber_core::paper::save::with_extension(path, request.kind.extension()),
            fallback,
        ))
    }
}

/// Asks where to save a file. The app holds the system's dialog; tests
/// give a path.
pub trait SaveDialog: Send + Sync {
    fn choose(&self, request: SaveRequest) -> Task<Choice>;
}

/// The desktop's own save dialog, through `rfd` (asynchronous, so the
/// window keeps drawing while it is open).
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemDialog;

impl SaveDialog for SystemDialog {
    fn choose(&self, request: SaveRequest) -> Task<Choice> {
        if !dialog_available() {
            return Task::done(Choice::Unavailable);
        }
        let dialog = move || {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(request.title.as_str())
                .set_file_name(request.file_name.as_str())
                .add_filter(request.kind.name(), &[request.kind.extension()]);
            if let Some(folder) = documents_folder() {
                dialog = dialog.set_directory(folder);
            }
            dialog
        };
        let chosen = |handle: Option<rfd::FileHandle>| match handle {
            Some(handle) => Choice::Path(handle.path().to_path_buf()),
            None => Choice::Cancelled,
        };
        // Parented to the window, so it stays on top of it and the window
        // waits for it.
        iced::window::latest().then(move |id| match id {
            Some(id) => {
                let dialog = dialog();
                iced::window::run(id, move |window| dialog.set_parent(window).save_file())
                    .then(move |future| Task::perform(future, chosen))
            }
            None => Task::perform(dialog().save_file(), chosen),
        })
    }
}

/// Whether `rfd` can show a dialog here: on Linux and the BSDs it needs the
/// session bus (for the portal) or zenity; elsewhere the system has one.
fn dialog_available() -> bool {
    #[cfg(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "dragonfly",
        target_os = "netbsd",
        target_os = "openbsd"
    ))]
    {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        let zenity = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file())
        });
        bus || zenity
    }
    #[cfg(not(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "dragonfly",
        target_os = "netbsd",
        target_os = "openbsd"
    )))]
    {
        true
    }
}

/// Where saved files go by default: the person's Documents folder, else
/// home.
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map_or_else(|| dirs.home_dir().to_path_buf(), Path::to_path_buf),
    )
}

/// A dialog that answers at once, for tests: the path it holds, or "the
/// person cancelled" when `None`. It keeps what it was asked; clones share
/// the answer and the requests.
#[cfg(any(test, feature = "testing"))]
#[derive(Debug, Clone, Default)]
pub struct ChosenPath {
    path: std::sync::Arc<std::sync::Mutex<Option<PathBuf>>>,
    asked: std::sync::Arc<std::sync::Mutex<Vec<SaveRequest>>>,
}

#[cfg(any(test, feature = "testing"))]
impl ChosenPath {
    pub fn new(path: Option<PathBuf>) -> ChosenPath {
        ChosenPath {
            path: std::sync::Arc::new(std::sync::Mutex::new(path)),
            asked: std::sync::Arc::default(),
        }
    }

    /// Answers `path` from now on.
    pub fn set_answer(&self, path: Option<PathBuf>) {
        *self
            .path
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = path;
    }

    /// Every request so far.
    pub fn asked(&self) -> Vec<SaveRequest> {
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

#[cfg(any(test, feature = "testing"))]
impl SaveDialog for ChosenPath {
    fn choose(&self, request: SaveRequest) -> Task<Choice> {
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(request);
        let answer = self
            .path
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        Task::done(match answer {
            Some(path) => Choice::Path(path),
            None => Choice::Cancelled,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(kind: FileKind) -> SaveRequest {
        SaveRequest {
            title: "Save".into(),
            file_name: format!("plan.{}", kind.extension()),
            kind,
        }
    }

    #[test]
    fn a_chosen_name_without_an_extension_gets_the_kind_s_one() {
        let chosen = Choice::Path(PathBuf::from("/tmp/my-plan"));
        assert_eq!(
            chosen.destination(&request(FileKind::Calendar)),
            Some((PathBuf::from("/tmp/my-plan.ics"), false))
        );
        let kept = Choice::Path(PathBuf::from("/tmp/report.txt"));
        assert_eq!(
            kept.destination(&request(FileKind::Csv)),
            Some((PathBuf::from("/tmp/report.txt"), false))
        );
    }

    #[test]
    fn cancelled_writes_nothing_and_unavailable_falls_back_to_a_new_file() {
        assert_eq!(Choice::Cancelled.destination(&request(FileKind::Pdf)), None);
        let (path, fallback) = Choice::Unavailable
            .destination(&request(FileKind::Pdf))
            .expect("a fallback path");
        assert!(fallback);
        assert_eq!(path.extension().and_then(|e| e.to_str()), Some("pdf"));
        assert!(!path.exists(), "the fallback overwrites nothing");
    }
}
