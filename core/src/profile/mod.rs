//! Profiles, settings, per-exercise choices and session history, stored as
//! versioned RON files that survive crashes and a second running copy.
//!
//! # Where the data lives
//!
//! [`resolve_data_dir`] picks, in order: `--data-dir DIR`, the environment
//! variable `LIMBER_DATA_DIR`, then the platform data dir
//! (`directories::ProjectDirs::from("", "", "Limber")`, e.g.
//! `~/.local/share/limber` on Linux). Inside it:
//!
//! ```text
//! <data dir>/
//!   .lock               empty; locked exclusively around every read-modify-write
//!   profiles.ron        (version: 1, last_used: Some("me"))
//!   profiles/<id>.ron   (version: 1, profile: (id: "me", name: "Me", exercises: {…}, settings: (…), safety_seen: false))
//!   history/<id>.ron    (version: 1, sessions: [(started_at: 1700000000, routine_id: …), …])
//!   plans/<id>.ron      (version: 1, routines: [(routine: "lower-back", days: [Mon, …], at: "08:00")])
//!   reminders/<id>.ron  (version: 1, routines: {"lower-back": (handled_through: …, snoozed_until: None, …)})
//! ```
//!
//! The plan and reminder files (`schedule::file`) are optional: no
//! file means an empty plan, or nothing reminded yet.
//!
//! The set of profiles *is* the set of `profiles/*.ron` files: creating,
//! renaming or deleting a profile touches one file, so there is no index that
//! could disagree with the files after a crash. `profiles.ron` only remembers
//! the last used profile. A profile id is derived from the name at creation
//! ([`id_from_name`]), made unique with `-2`, `-3`, …, and never changes; it
//! names both of the profile's files.
//!
//! # Versions and migration
//!
//! Every file has a top-level `version`. Reading probes that field first:
//! a version newer than this build knows is refused — the file is left
//! byte-for-byte untouched, the store remembers the path as read-only for its
//! whole life and every later write to it fails with
//! [`StoreError::NewerVersion`], and the person gets a [`Notice`]. Older
//! versions go through each type's `migrate` (see `storage::Versioned`):
//! today only v1 exists; v2 would add its own on-disk struct and a
//! `1 => parse v1, upgrade` arm. A newer `profiles.ron` only means the last
//! used profile is not remembered; a newer profile file hides that profile
//! (its id stays reserved); a newer history file makes that history
//! unreadable and unwritable here.
//!
//! # Crash safety
//!
//! Every write is atomic: a hidden temp file in the same folder, write,
//! fsync, rename over the target, fsync the folder. A reader or a crash at any
//! instant (tested with SIGKILL, see `tests/profile_kill_stress.rs`) sees the
//! old or the new file, never a mix or an empty one. Temp files left by a
//! killed writer are removed at the next open (under the lock, so none is
//! live). A file that cannot be parsed is renamed to
//! `<name>.corrupt-<unix time>` and reported with a [`Notice`]; the app goes
//! on with defaults. Nothing unreadable is ever overwritten or deleted
//! (except when the person deletes that profile).
//!
//! # Two running copies: lock and merge
//!
//! Each change is a closure applied by [`Store::update_profile`] (the
//! setters are thin wrappers): take an exclusive OS lock on
//! `<data dir>/.lock` (`File::lock`, released when the file closes, even if
//! the process is killed), re-read the current file from disk, apply the
//! closure, write atomically, release. So two copies changing different
//! fields, or both appending history, keep both changes; the last writer wins
//! only on the very same field. [`Store::set_settings`] and
//! [`Store::set_choice`] take whole values from the UI but apply only the
//! fields that differ from what this copy last saw, so a stale copy does not
//! undo another copy's change to a different field.
//!
//! Each copy keeps its own current profile; `profiles.ron`'s `last_used`
//! only decides which profile the next start opens. [`Store::current`] is the
//! profile as of this copy's last operation; [`Store::refresh`] re-reads
//! everything (the UI may call it when a screen opens). If another copy
//! deleted the current profile, refresh switches and says so.
//!
//! # Decisions
//!
//! - Deleting the last profile deletes it and starts a fresh "Me" (so a
//!   person can wipe their data; the app always has a profile).
//! - Deleting a profile deletes its history too (the UI confirms first).
//! - Names are unique, case-insensitively, so `--profile NAME` is never
//!   ambiguous. [`Store::switch_to_name`] takes `create_if_missing`: the app
//!   passes `true` for `limber --profile NAME` (a desktop shortcut for a new
//!   person works the first time); `limber history --profile NAME` passes
//!   nothing and uses [`Store::find_by_name`], which never creates.
//! - Out-of-range values (from the UI or a hand-edited file) are clamped
//!   with a [`Notice::Adjusted`]; clamped values read from a file are written
//!   back at once so the notice is not repeated.
//! - Times are Unix seconds (UTC); people see them in local time through
//!   chrono (see `progress::calendar`).

mod history;
mod history_file;
mod lenient;
mod model;
mod notice;
mod stamp;
pub(crate) mod storage;
pub(crate) use storage::write_synced_temp;
pub(crate) mod store;

/// A profile stores one of these per exercise; the type is the session's
/// (one rule for doses and their bounds).
pub use crate::dose::ExerciseChoice;
pub use history::{Ending, ExerciseRecord, PAIN_BOUNDS, SessionRecord, SideRecord};
pub use model::{Countdown, SPEECH_RATE_BOUNDS};
pub use model::{
    GET_READY_SECONDS_BOUNDS, MAX_NAME_CHARS, Profile, REST_SECONDS_BOUNDS,
    SETUP_READ_SECONDS_BOUNDS, Settings, TextSize, Theme, VOLUME_BOUNDS, id_from_name, is_valid_id,
    validate_name,
};
pub use notice::{FileKind, Notice};
pub use stamp::FolderStamp;
// Atomic writes for files outside the store (the autostart entry, the
// calendar file).
pub use storage::write_atomically;
pub use store::{
    ProfileSummary, Store, default_profile_name, resolve_data_dir, resolve_data_dir_from,
};

use std::io;
use std::path::{Path, PathBuf};

/// Everything that can go wrong in the profile store. Content problems in
/// files are not errors (they become [`Notice`]s); these are the cases where
/// an operation could not be done.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::t!("store-no-data-dir"))]
    NoDataDir,
    #[error("{}", crate::files::io_failed(action, &crate::terminal::quoted(path), source))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", crate::t!("cli-output-failed", error = .0.to_string()))]
    Output(#[source] io::Error),
    #[error("{}", crate::t!(
        "store-cannot-serialize",
        file = crate::terminal::quoted(path),
        message = message.as_str()
    ))]
    Serialize { path: PathBuf, message: String },
    #[error("{}", crate::t!(
        "store-newer-version",
        file = crate::terminal::quoted(path),
        found = *found,
        supported = *supported
    ))]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}", crate::t!("store-unknown-profile", id = id.as_str()))]
    UnknownProfile { id: String },
    #[error("{}", crate::t!(
        "store-no-such-name",
        name = crate::terminal::escape(name),
        known = crate::terminal::escape(known)
    ))]
    NoSuchName { name: String, known: String },
    #[error("{}", crate::t!(
        "store-invalid-name",
        name = crate::terminal::escape(name),
        reason = reason.as_str()
    ))]
    InvalidName { name: String, reason: String },
    #[error("{}", crate::t!("store-name-taken", name = crate::terminal::escape(name)))]
    NameTaken { name: String },
    #[error("{}", crate::t!(
        "store-read-only-folder",
        folder = crate::terminal::quoted(folder),
        reason = reason.as_str()
    ))]
    ReadOnlyFolder { folder: PathBuf, reason: String },
}

impl StoreError {
    pub(crate) fn io(action: &'static str, path: &Path, source: io::Error) -> StoreError {
        StoreError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}
