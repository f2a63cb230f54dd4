//! A routine made in the app, saved and deleted: the builder screen says
//! what it wants ([`builder::Action::Save`], [`builder::Action::Delete`]),
//! the core's `builder::file` writes or moves the file under the content
//! lock, and the content is loaded again — all on a thread of its own, as
//! a task, so the window never waits for the disk.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;
use limber_core::builder::file::{self as builder_file, FileError, SaveJob, Target};
use limber_core::content::{Library, Sources};

use super::Message;
use super::platform::off_thread;
use super::reload::Reloaded;
use super::screen::builder::{Done, Failure, SaveRequest};

/// Saves the routine in the person's content folder (`content_dir`) and
/// loads the content again; answers with [`Message::BuilderDone`].
pub fn save_task(
    request: SaveRequest,
    content_dir: PathBuf,
    header: builder_file::Header,
    now: u64,
    sources: Sources,
) -> Task<Message> {
    Task::perform(
        off_thread(move || save(request, content_dir, header, now, &sources)),
        |done| Message::BuilderDone(Arc::new(done.unwrap_or_else(thread_failed))),
    )
}

/// Moves the routine's file aside and loads the content again; answers
/// with [`Message::BuilderDone`].
pub fn delete_task(
    title: String,
    id: String,
    path: PathBuf,
    content_dir: PathBuf,
    now: u64,
    sources: Sources,
) -> Task<Message> {
    Task::perform(
        off_thread(move || delete(title, &id, path, &content_dir, now, &sources)),
        |done| Message::BuilderDone(Arc::new(done.unwrap_or_else(thread_failed))),
    )
}

fn thread_failed() -> Done {
    Done::Failed(Failure::Other(limber_core::t!("builder-not-started")))
}

/// Writes the routine (through [`builder_file::save`], which holds the
/// content lock) and loads the content again. Blocking: run it on a
/// thread of its own.
fn save(
    request: SaveRequest,
    content_dir: PathBuf,
    header: builder_file::Header,
    now: u64,
    sources: &Sources,
) -> Done {
    let new = matches!(request.target, Target::New { .. });
    let job = SaveJob {
        content_dir,
        routine: request.routine,
        target: request.target,
        header,
        replace_changed: request.replace_changed,
        now,
    };
    match builder_file::save(&job) {
        Ok(saved) => Done::Saved {
            id: saved.id,
            new,
            versions: request.versions,
            kept: saved.kept,
            reloaded: load_again(sources, saved.path),
        },
        Err(FileError::Changed { .. } | FileError::NotThisRoutine { .. }) => {
            Done::Failed(Failure::Changed)
        }
        Err(FileError::Gone { .. }) => Done::Failed(Failure::Gone),
        Err(error) => Done::Failed(Failure::Other(limber_core::t!(
            "builder-save-failed",
            reason = error.to_string()
        ))),
    }
}

/// Moves the routine's file aside (through [`builder_file::delete`]) and
/// loads the content again. Blocking: run it on a thread of its own.
fn delete(
    title: String,
    id: &str,
    path: PathBuf,
    content_dir: &std::path::Path,
    now: u64,
    sources: &Sources,
) -> Done {
    match builder_file::delete(content_dir, &path, id, now) {
        Ok(kept) => Done::Deleted {
            id: id.to_owned(),
            title,
            kept: Some(kept),
            reloaded: load_again(sources, path),
        },
        // Deleted already (by hand, or in another window): what was asked.
        Err(FileError::Gone { .. }) => Done::Deleted {
            id: id.to_owned(),
            title,
            kept: None,
            reloaded: load_again(sources, path),
        },
        Err(error) => Done::Failed(Failure::Other(limber_core::t!(
            "builder-delete-failed",
            routine = title,
            reason = error.to_string()
        ))),
    }
}

fn load_again(sources: &Sources, changed: PathBuf) -> Reloaded {
    let (library, problems) = Library::load(sources);
    Reloaded {
        library,
        problems,
        changed: vec![changed],
    }
}
