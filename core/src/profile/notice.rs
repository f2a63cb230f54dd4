//! Things the UI should tell the person that are not errors: the app went
//! on, but something was kept aside, left alone or adjusted.

use std::fmt;
use std::path::PathBuf;

use crate::terminal::{escape, quoted};

/// Which of our files a notice is about, for wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `profiles.ron`: the last used profile.
    ProfileList,
    /// `profiles/<id>.ron`.
    Profile,
    /// `history/<id>.ron`.
    History,
    /// `plans/<id>.ron`: the weekly plan.
    Plan,
    /// `reminders/<id>.ron`: what was reminded, snoozed, done.
    Reminders,
}

impl FileKind {
    /// The kind as the messages select on it (`$kind`).
    fn key(self) -> &'static str {
        match self {
            FileKind::ProfileList => "profile-list",
            FileKind::Profile => "profile",
            FileKind::History => "history",
            FileKind::Plan => "plan",
            FileKind::Reminders => "reminders",
        }
    }

    /// The kind's name in the language in use ("history"), as the
    /// messages take it (`$kind_name`).
    fn name(self) -> String {
        crate::t!("notice-file-kind", kind = self.key())
    }
}

/// A message for the person using the app. `Display` gives the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file could not be parsed; it was renamed to `kept_as` (never
    /// deleted or overwritten) and defaults are used instead.
    FileKeptAside {
        kind: FileKind,
        file: PathBuf,
        kept_as: PathBuf,
        reason: String,
    },
    /// A file was written by a newer Limber; this copy will not change it.
    NewerVersion {
        kind: FileKind,
        file: PathBuf,
        found: u32,
        supported: u32,
    },
    /// A value was outside its bounds and was brought inside them.
    Adjusted {
        what: String,
        requested: u32,
        used: u32,
        min: u32,
        max: u32,
    },
    /// The profile in use was deleted (by another running copy); the app
    /// switched to another one.
    ProfileGone { name: String, switched_to: String },
    /// A value in a profile file could not be used as written (a hand edit:
    /// `theme: Purple`); its default is used.
    ValueReplaced { what: String, written: String },
    /// Some records of a file could not be read and were set aside; the
    /// rest were kept. The file as it was is copied to `kept_as` (when the
    /// folder could be written).
    RecordsSetAside {
        kind: FileKind,
        file: PathBuf,
        lost: usize,
        kept: usize,
        first_problem: String,
        kept_as: Option<PathBuf>,
    },
    /// The data folder cannot be written: Limber shows it as it is and does
    /// not save changes.
    ReadOnlyFolder { folder: PathBuf, reason: String },
    /// A file could not be read exactly as written (values were replaced,
    /// each with its own notice); before it was written again, the file as
    /// it was was copied to `kept_as`.
    CopyKept {
        kind: FileKind,
        file: PathBuf,
        kept_as: PathBuf,
    },
}

impl Notice {
    /// Data was set aside: a file or some of its records could not be read.
    /// The command line exits non-zero when this happened.
    pub fn sets_data_aside(&self) -> bool {
        matches!(
            self,
            Notice::FileKeptAside { .. } | Notice::RecordsSetAside { .. } | Notice::CopyKept { .. }
        )
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            Notice::FileKeptAside {
                kind,
                file,
                kept_as,
                reason,
            } => crate::t!(
                "notice-file-kept-aside",
                kind = kind.key(),
                kind_name = kind.name(),
                file = quoted(file),
                reason = escape(reason),
                kept_as = quoted(kept_as)
            ),
            Notice::NewerVersion {
                kind,
                file,
                found,
                supported,
            } => crate::t!(
                "notice-newer-version",
                kind = kind.key(),
                kind_name = kind.name(),
                file = quoted(file),
                found = *found,
                supported = *supported
            ),
            Notice::Adjusted {
                what,
                requested,
                used,
                min,
                max,
            } => crate::t!(
                "notice-adjusted",
                what = what.as_str(),
                requested = *requested,
                used = *used,
                min = *min,
                max = *max
            ),
            Notice::ProfileGone { name, switched_to } => crate::t!(
                "notice-profile-gone",
                name = escape(name),
                using = escape(switched_to)
            ),
            Notice::ValueReplaced { what, written } => crate::t!(
                "notice-value-replaced",
                what = what.as_str(),
                written = escape(written)
            ),
            Notice::RecordsSetAside {
                kind,
                file,
                lost,
                kept,
                first_problem,
                kept_as,
            } => match kept_as {
                Some(copy) => crate::t!(
                    "notice-records-set-aside-copy",
                    lost = *lost,
                    kept = *kept,
                    kind = kind.key(),
                    kind_name = kind.name(),
                    file = quoted(file),
                    problem = escape(first_problem),
                    kept_as = quoted(copy)
                ),
                None => crate::t!(
                    "notice-records-set-aside",
                    lost = *lost,
                    kept = *kept,
                    kind = kind.key(),
                    kind_name = kind.name(),
                    file = quoted(file),
                    problem = escape(first_problem)
                ),
            },
            Notice::CopyKept {
                kind,
                file,
                kept_as,
            } => crate::t!(
                "notice-copy-kept",
                kind = kind.key(),
                kind_name = kind.name(),
                file = quoted(file),
                kept_as = quoted(kept_as)
            ),
            Notice::ReadOnlyFolder { folder, reason } => crate::t!(
                "notice-read-only-folder",
                folder = quoted(folder),
                reason = escape(reason)
            ),
        };
        f.write_str(&said)
    }
}
