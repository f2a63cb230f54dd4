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
    /// `plans/<id>.ron`: the weekly plan (issue 14).
    Plan,
    /// `reminders/<id>.ron`: what was reminded, snoozed, done (issue 14).
    Reminders,
}

impl FileKind {
    fn label(self) -> &'static str {
        match self {
            FileKind::ProfileList => "profile list",
            FileKind::Profile => "profile",
            FileKind::History => "history",
            FileKind::Plan => "plan",
            FileKind::Reminders => "reminder",
        }
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
        match self {
            Notice::FileKeptAside {
                kind,
                file,
                kept_as,
                reason,
            } => write!(
                f,
                "Your {} file {} was unreadable ({}); it was kept as {} and defaults are used instead.",
                kind.label(),
                quoted(file),
                escape(reason),
                quoted(kept_as)
            ),
            Notice::NewerVersion {
                kind,
                file,
                found,
                supported,
            } => write!(
                f,
                "Your {} file {} was written by a newer version of Limber (format {found}; this version reads up to {supported}). It is left untouched and this version will not change it.",
                kind.label(),
                quoted(file)
            ),
            Notice::Adjusted {
                what,
                requested,
                used,
                min,
                max,
            } => write!(
                f,
                "{what}: {requested} is outside {min}–{max}; using {used}."
            ),
            Notice::ProfileGone { name, switched_to } => write!(
                f,
                "The profile \"{}\" was deleted in another window; now using \"{}\".",
                escape(name),
                escape(switched_to)
            ),
            Notice::ValueReplaced { what, written } => write!(
                f,
                "{what}: `{}` in your profile file cannot be used; the default is used instead.",
                escape(written)
            ),
            Notice::RecordsSetAside {
                kind,
                file,
                lost,
                kept,
                first_problem,
                kept_as,
            } => {
                let records = if *lost == 1 { "entry" } else { "entries" };
                write!(
                    f,
                    "{lost} {records} of your {} file {} could not be read ({}); the other {kept} are kept.",
                    kind.label(),
                    quoted(file),
                    escape(first_problem)
                )?;
                match kept_as {
                    Some(copy) => write!(f, " The file as it was is kept as {}.", quoted(copy)),
                    None => write!(f, " The file is left as it was."),
                }
            }
            Notice::CopyKept {
                kind,
                file,
                kept_as,
            } => write!(
                f,
                "Your {} file {} could not be read exactly as written; the file as it was is kept as {}.",
                kind.label(),
                quoted(file),
                quoted(kept_as)
            ),
            Notice::ReadOnlyFolder { folder, reason } => write!(
                f,
                "Limber cannot write to its data folder {} ({}): your profiles and history are shown as they are, and changes are not saved.",
                quoted(folder),
                escape(reason)
            ),
        }
    }
}
