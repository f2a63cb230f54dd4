//! Live reload for authors, the app's side: while the window is open, the
//! content folders the library came from are watched
//! ([`limber_core::content::watch`]); after each save the content is loaded again
//! on the watcher's thread and handed to the app as
//! [`Message::ContentReloaded`]. What the app does with it (keep the last
//! good version, leave a routine in progress alone) is [`Reload::decide`].

use std::path::PathBuf;
use std::sync::Arc;

use iced::Subscription;
use iced::futures::channel::mpsc;
use iced::futures::{SinkExt, Stream, StreamExt};

use super::Message;
use crate::platform::watch::{ContentWatcher, DEBOUNCE};
use limber_core::content::{Library, Problem, Sources};

/// The content loaded again after a save.
#[derive(Debug)]
pub struct Reloaded {
    pub library: Library,
    pub problems: Vec<Problem>,
    /// The files (or folders) whose change started it.
    pub changed: Vec<PathBuf>,
}

/// Watches `sources` while the app runs; nothing when there is no folder
/// on disk to watch.
pub fn subscription(sources: &Sources) -> Subscription<Message> {
    if sources.folders().next().is_none() {
        return Subscription::none();
    }
    Subscription::run_with(sources.clone(), reloads)
}

/// The stream behind [`subscription`]: one [`Message::ContentReloaded`] per
/// save, or one [`Message::ContentWatchFailed`] if the folders cannot be
/// watched. Watching stops when the stream is dropped.
pub fn reloads(sources: &Sources) -> impl Stream<Item = Message> + use<> {
    let sources = sources.clone();
    iced::stream::channel(4, async move |mut output: mpsc::Sender<Message>| {
        let (sender, mut receiver) = mpsc::unbounded();
        let loading = sources.clone();
        let watcher = ContentWatcher::start(&sources, DEBOUNCE, move |changed| {
            let (library, problems) = Library::load(&loading);
            let _ = sender.unbounded_send(Reloaded {
                library,
                problems,
                changed,
            });
        });
        let _watcher = match watcher {
            Ok(watcher) => watcher,
            Err(error) => {
                let _ = output
                    .send(Message::ContentWatchFailed(error.to_string()))
                    .await;
                return;
            }
        };
        while let Some(reloaded) = receiver.next().await {
            if output
                .send(Message::ContentReloaded(Arc::new(reloaded)))
                .await
                .is_err()
            {
                break;
            }
        }
    })
}

/// What the app does with a reload.
#[derive(Debug, PartialEq, Eq)]
pub enum Reload {
    /// Use the new content now.
    Apply,
    /// Use it once the routine in progress ends.
    AfterRoutine,
    /// Keep the content shown: the save has errors the content in use did
    /// not have.
    Keep,
}

impl Reload {
    /// `known` are the errors of the content in use (one that started with
    /// errors is not held back by the same ones forever).
    pub fn decide(reloaded: &Reloaded, known: &[Problem], playing: bool) -> Reload {
        if !new_errors(&reloaded.problems, known).is_empty() {
            Reload::Keep
        } else if playing {
            Reload::AfterRoutine
        } else {
            Reload::Apply
        }
    }
}

/// The errors of `problems` that `known` does not have (compared by file
/// and message, not place: an error moving down a line is the same error).
pub fn new_errors<'a>(problems: &'a [Problem], known: &[Problem]) -> Vec<&'a Problem> {
    problems
        .iter()
        .filter(|p| p.is_error())
        .filter(|p| {
            !known
                .iter()
                .any(|k| k.is_error() && k.path == p.path && k.message == p.message)
        })
        .collect()
}

/// The notice for a save that was not used: the first new error (with
/// its file, line and column) and how many more there are.
pub fn kept_notice(problems: &[&Problem]) -> String {
    let Some(first) = problems.first() else {
        return String::new();
    };
    limber_core::t!(
        "notices-content-change-not-loaded",
        problem = first.to_string(),
        more = problems.len() - 1
    )
}
