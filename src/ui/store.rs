//! The profile store on its own thread, so that saving (the data-dir lock,
//! re-reading the file, the atomic write and its fsyncs) never runs inside
//! `update` and the window keeps responding while a disk is slow or another
//! copy of Limber holds the lock.
//!
//! One worker thread owns the [`Store`] and runs the jobs in the order they
//! were asked for, so a session appended and then its pain rating updated
//! reach the disk in that order. Each job answers with its result, the
//! notices the store produced and a [`Snapshot`] of what the app shows (the
//! current profile and the list of profiles), which the app applies when
//! the last pending job has answered.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use iced::futures::channel::oneshot;

use limber_core::profile::{Profile, ProfileSummary, Store, StoreError};

type Job = Box<dyn FnOnce(&mut Store) + Send>;

/// What the app shows of the store after an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub profile: Profile,
    pub profiles: Vec<ProfileSummary>,
    /// Why changes to this profile cannot be saved (a read-only folder, a
    /// profile from a newer Limber); `None` when they are saved.
    pub read_only: Option<String>,
    /// The profile was written by a newer Limber (its format version).
    pub newer: Option<u32>,
}

impl Snapshot {
    pub fn of(store: &Store) -> Self {
        Snapshot {
            profile: store.current().clone(),
            profiles: store.profiles(),
            read_only: store.read_only_reason(),
            newer: store.current_is_newer(),
        }
    }
}

/// The answer to one job.
#[derive(Debug, Clone)]
pub struct Stored<T> {
    /// The operation's value, or what went wrong in words.
    pub result: Result<T, String>,
    /// Notices the store produced (values clamped, files kept aside…).
    pub notices: Vec<String>,
    /// The store after the job; `None` when the worker is gone.
    pub snapshot: Option<Snapshot>,
}

impl<T> Stored<T> {
    fn gone() -> Self {
        Stored {
            result: Err(limber_core::t!("notices-store-stopped")),
            notices: Vec::new(),
            snapshot: None,
        }
    }
}

/// Writes asked for and not yet answered. A change is shown at once and
/// written on the store's thread; the store's view of what it wrote is
/// taken only when no other write is on its way, so a quick second change
/// is never undone on screen by the answer to the first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PendingWrites(usize);

impl PendingWrites {
    /// A write is on its way.
    pub fn begin(&mut self) {
        self.0 += 1;
    }

    /// A write was answered; whether it was the last one on its way (the
    /// store's view of the data may then be taken).
    pub fn answered(&mut self) -> bool {
        self.0 = self.0.saturating_sub(1);
        self.0 == 0
    }

    /// Another profile opens: the answers still to come are about the
    /// one left.
    pub fn forget(&mut self) {
        self.0 = 0;
    }
}

#[cfg(test)]
mod pending_tests {
    use super::PendingWrites;

    #[test]
    fn the_last_answer_is_told_apart() {
        let mut pending = PendingWrites::default();
        pending.begin();
        pending.begin();
        assert!(!pending.answered());
        assert!(pending.answered());
        // A late answer after a forget is still "none left".
        pending.begin();
        pending.forget();
        assert!(pending.answered());
    }
}

/// The app's handle on the store's thread.
#[derive(Debug, Clone)]
pub struct StoreHandle {
    jobs: mpsc::Sender<Job>,
    data_dir: PathBuf,
}

impl StoreHandle {
    /// Moves `store` onto its own thread; returns the handle and what the
    /// app shows first.
    pub fn spawn(store: Store) -> std::io::Result<(StoreHandle, Snapshot)> {
        let snapshot = Snapshot::of(&store);
        let data_dir = store.data_dir().to_path_buf();
        let (jobs, receiver) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("limber-store".into())
            .spawn(move || {
                let mut store = store;
                // Ends when the app (every handle) is gone.
                for job in receiver {
                    job(&mut store);
                }
            })?;
        Ok((StoreHandle { jobs, data_dir }, snapshot))
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `operation` on the store's thread, after every job asked for
    /// before it. The future never blocks the caller's thread.
    pub fn run<T, F>(&self, operation: F) -> impl Future<Output = Stored<T>> + Send + 'static
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |store: &mut Store| {
            let result = operation(store).map_err(|error| error.to_string());
            let notices = store
                .take_notices()
                .iter()
                .map(ToString::to_string)
                .collect();
            let _ = reply.send(Stored {
                result,
                notices,
                snapshot: Some(Snapshot::of(store)),
            });
        });
        let sent = self.jobs.send(job).is_ok();
        async move {
            if !sent {
                return Stored::gone();
            }
            answer.await.unwrap_or_else(|_| Stored::gone())
        }
    }
}
