//! The builder's files in `<data dir>/content`: a routine written as RON a
//! physiotherapist can read; a new file that never replaces another; a
//! changed file written only while it is still what the builder opened
//! (else the person chooses, and the other version is kept); deleting as
//! moving aside, never unlinking.
//!
//! Kept copies go to `content/.kept/` — hidden, so never loaded, and kept
//! by a pack import, which copies the whole folder. Every change holds
//! [`crate::pack::CONTENT_LOCK_FILE`], the lock a pack import holds, so a
//! save never lands in a copy an import is about to swap out.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::id_for;
use crate::content::schema::{Range, Routine};

/// The folder, inside the content folder, where replaced and deleted
/// routine files are kept.
pub const KEPT_FOLDER: &str = ".kept";

/// The routine files' folder inside a content folder.
pub const ROUTINES_FOLDER: &str = "routines";

/// A routine file is small; a bigger one is not the builder's.
const MAX_ROUTINE_BYTES: u64 = 1024 * 1024;

/// Who made the routine and when, for the file's first comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The profile's name.
    pub maker: String,
    /// The day, in words ("2 March 2026").
    pub date: String,
}

/// The file's shape: the routine's fields a builder routine has, in the
/// order a person reads them (no `area`: see `builder` — an area's tile
/// starts the area's first routine, and this one has a tile of its own).
#[derive(Serialize)]
struct RoutineFile<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    made_by: Option<&'a str>,
    exercises: Vec<EntryFile<'a>>,
}

#[derive(Serialize)]
struct EntryFile<'a> {
    exercise: &'a str,
    dose: Option<DoseFile>,
}

#[derive(Serialize)]
struct DoseFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    hold_seconds: Option<Range>,
    #[serde(skip_serializing_if = "Option::is_none")]
    repetitions: Option<Range>,
}

/// One line of a comment: no line breaks or other control characters
/// (a profile name could hold any), at most 80 characters.
fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .take(80)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The routine as its file: a comment saying where it came from, then
/// pretty RON (`limber check` reads it back as any routine).
pub fn routine_text(routine: &Routine, header: &Header) -> Result<String, String> {
    let file = RoutineFile {
        id: &routine.id,
        title: &routine.title,
        description: &routine.description,
        made_by: routine.made_by.as_deref(),
        exercises: routine
            .exercises
            .iter()
            .map(|entry| EntryFile {
                exercise: &entry.exercise,
                dose: entry.dose.map(|dose| DoseFile {
                    hold_seconds: dose.hold_seconds,
                    repetitions: dose.repetitions,
                }),
            })
            .collect(),
    };
    let body = crate::content::to_ron_text(&file)
        .map_err(|error| crate::t!("builder-file-ron-failed", error = error.to_string()))?;
    let maker = comment_safe(&header.maker);
    let date = comment_safe(&header.date);
    let comment = crate::t!("builder-file-header", maker = maker, date = date);
    Ok(format!("{}{body}\n", ron_comment(&comment)))
}

/// `text` as RON line comments, one `//` line per line of it, whatever a
/// translation's lines start with.
fn ron_comment(text: &str) -> String {
    let mut comment = String::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if line.starts_with("//") {
            comment.push_str(line);
        } else {
            comment.push_str("// ");
            comment.push_str(line);
        }
        comment.push('\n');
    }
    comment
}

/// Where a save goes.
#[derive(Debug, Clone)]
pub enum Target {
    /// A new file; the routine's id is made from its title, unique
    /// against `known_ids` (every loaded routine) and the files in
    /// `routines/`.
    New { known_ids: BTreeSet<String> },
    /// The routine's own file, which held `opened` when the builder
    /// opened it.
    Existing { path: PathBuf, opened: Routine },
}

/// A save to carry out (off the window's thread).
#[derive(Debug, Clone)]
pub struct SaveJob {
    /// `<data dir>/content`.
    pub content_dir: PathBuf,
    /// The routine; for a new one its id is chosen here.
    pub routine: Routine,
    pub target: Target,
    pub header: Header,
    /// Write even when the file changed (or went) since it was opened; the
    /// version found there is kept in [`KEPT_FOLDER`] first.
    pub replace_changed: bool,
    /// Now, seconds since the Unix epoch (names of kept copies).
    pub now: u64,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub id: String,
    pub path: PathBuf,
    /// Where the version it replaced was kept, if it had changed.
    pub kept: Option<PathBuf>,
}

/// Why a save or a delete did not happen. Nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file is not what the builder opened: someone changed it.
    #[error("{}", crate::t!("builder-file-changed", path = path.display().to_string()))]
    Changed { path: PathBuf },
    /// The file is gone.
    #[error("{}", crate::t!("builder-file-gone", path = path.display().to_string()))]
    Gone { path: PathBuf },
    /// The file holds another routine (or none) now.
    #[error("{}", crate::t!("builder-file-not-this-routine", path = path.display().to_string()))]
    NotThisRoutine { path: PathBuf },
    /// Only files in the person's own content folder are changed.
    #[error(
        "{}",
        crate::t!(
            "builder-file-not-own",
            path = path.display().to_string(),
            folder = folder.display().to_string()
        )
    )]
    NotOwn { path: PathBuf, folder: PathBuf },
    #[error("{}", crate::t!("builder-file-no-free-id"))]
    NoFreeId,
    #[error("{}", crate::files::io_failed(action, &path.display().to_string(), source))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{0}")]
    Encode(String),
}

fn io_error<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> FileError + 'a {
    move |source| FileError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Holds the content folder's lock (the one `limber import` holds) while
/// alive, after any import a kill interrupted has been put right. `None`
/// when the folder has no parent to hold it in.
fn lock_content(content_dir: &Path) -> Result<Option<crate::pack::ContentLock>, FileError> {
    let Some(data_dir) = content_dir.parent() else {
        return Ok(None);
    };
    crate::pack::lock_content(data_dir)
        .map(Some)
        .map_err(|error| match error {
            crate::pack::PackError::Io {
                action,
                path,
                source,
            } => FileError::Io {
                action,
                path,
                source,
            },
            other => FileError::Encode(other.to_string()),
        })
}

/// Saves a routine: a new file, or its own file again.
pub fn save(job: &SaveJob) -> Result<Saved, FileError> {
    let _lock = lock_content(&job.content_dir)?;
    match &job.target {
        Target::New { known_ids } => save_new(job, known_ids),
        Target::Existing { path, opened } => save_existing(job, path, opened),
    }
}

fn save_new(job: &SaveJob, known_ids: &BTreeSet<String>) -> Result<Saved, FileError> {
    let folder = job.content_dir.join(ROUTINES_FOLDER);
    fs::create_dir_all(&folder).map_err(io_error("creating", &folder))?;
    let file_of = |id: &str| folder.join(format!("{id}.ron"));
    // Another program may take a name between the look and the write: then
    // the next free name is tried.
    let mut tried = BTreeSet::new();
    for _ in 0..16 {
        let id = id_for(&job.routine.title, |id| {
            known_ids.contains(id) || tried.contains(id) || file_of(id).exists()
        })
        .ok_or(FileError::NoFreeId)?;
        let routine = Routine {
            id: id.clone().into(),
            ..job.routine.clone()
        };
        let text = routine_text(&routine, &job.header).map_err(FileError::Encode)?;
        let path = file_of(&id);
        match write_new(&path, text.as_bytes()) {
            Ok(()) => {
                return Ok(Saved {
                    id,
                    path,
                    kept: None,
                });
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                tried.insert(id);
            }
            Err(error) => return Err(io_error("writing", &path)(error)),
        }
    }
    Err(FileError::NoFreeId)
}

fn save_existing(job: &SaveJob, path: &Path, opened: &Routine) -> Result<Saved, FileError> {
    own_file(&job.content_dir, path)?;
    let found = read_routine(path);
    let unchanged = matches!(&found, Found::Routine(on_disk) if **on_disk == *opened);
    if !unchanged && !job.replace_changed {
        return Err(match found {
            Found::Missing => FileError::Gone {
                path: path.to_path_buf(),
            },
            _ => FileError::Changed {
                path: path.to_path_buf(),
            },
        });
    }
    let kept = match found {
        Found::Missing => None,
        _ if unchanged => None,
        _ => Some(keep_aside(&job.content_dir, path, "replaced", job.now)?),
    };
    let routine = Routine {
        id: opened.id.clone(),
        ..job.routine.clone()
    };
    let text = routine_text(&routine, &job.header).map_err(FileError::Encode)?;
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).map_err(io_error("creating", folder))?;
    }
    crate::profile::write_atomically(path, text.as_bytes()).map_err(io_error("writing", path))?;
    Ok(Saved {
        id: routine.id.into(),
        path: path.to_path_buf(),
        kept,
    })
}

/// Deletes a routine made in the builder by moving its file to
/// [`KEPT_FOLDER`]; where it went. The file must still hold the routine
/// `id` (a file that now holds something else is left alone).
pub fn delete(content_dir: &Path, path: &Path, id: &str, now: u64) -> Result<PathBuf, FileError> {
    let _lock = lock_content(content_dir)?;
    own_file(content_dir, path)?;
    match read_routine(path) {
        Found::Routine(routine) if routine.id == id => {}
        Found::Missing => {
            return Err(FileError::Gone {
                path: path.to_path_buf(),
            });
        }
        _ => {
            return Err(FileError::NotThisRoutine {
                path: path.to_path_buf(),
            });
        }
    }
    let kept = kept_path(content_dir, path, "deleted", now)?;
    fs::rename(path, &kept).map_err(io_error("moving aside", path))?;
    if let Some(folder) = path.parent() {
        sync_folder(folder);
    }
    Ok(kept)
}

/// Refuses a path outside `content_dir/routines/`.
fn own_file(content_dir: &Path, path: &Path) -> Result<(), FileError> {
    let folder = content_dir.join(ROUTINES_FOLDER);
    if path.parent() == Some(folder.as_path()) {
        Ok(())
    } else {
        Err(FileError::NotOwn {
            path: path.to_path_buf(),
            folder,
        })
    }
}

/// What a routine file holds now.
enum Found {
    Routine(Box<Routine>),
    Missing,
    /// Not a routine Limber can read (or not a regular file).
    Other,
}

fn read_routine(path: &Path) -> Found {
    match crate::files::read_text(path, MAX_ROUTINE_BYTES) {
        Ok(text) => {
            let options = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
            match options.from_str::<Routine>(text.strip_prefix('\u{feff}').unwrap_or(&text)) {
                Ok(routine) => Found::Routine(Box::new(routine)),
                Err(_) => Found::Other,
            }
        }
        Err(error) if error.is_not_found() => Found::Missing,
        Err(_) => Found::Other,
    }
}

/// A free name in [`KEPT_FOLDER`] for a copy of `path`:
/// `<stem>-<why>-<now>.ron`, then `…-2.ron`.
fn kept_path(content_dir: &Path, path: &Path, why: &str, now: u64) -> Result<PathBuf, FileError> {
    let folder = content_dir.join(KEPT_FOLDER);
    fs::create_dir_all(&folder).map_err(io_error("creating", &folder))?;
    let stem = path
        .file_stem()
        .map_or_else(|| "routine".into(), |s| s.to_string_lossy().into_owned());
    let first = folder.join(format!("{stem}-{why}-{now}.ron"));
    if !first.exists() {
        return Ok(first);
    }
    (2..1000)
        .map(|n| folder.join(format!("{stem}-{why}-{now}-{n}.ron")))
        .find(|candidate| !candidate.exists())
        .ok_or_else(|| FileError::Io {
            // untranslated: an `io-failed` selector
            action: "finding a free name in",
            path: folder.clone(),
            source: io::Error::from(io::ErrorKind::AlreadyExists),
        })
}

/// Keeps a copy of the file at `path` in [`KEPT_FOLDER`] (whatever it
/// holds, up to the size of a content file); where.
fn keep_aside(content_dir: &Path, path: &Path, why: &str, now: u64) -> Result<PathBuf, FileError> {
    let bytes =
        crate::files::read_bytes(path, MAX_ROUTINE_BYTES).map_err(|error| FileError::Io {
            // untranslated: an `io-failed` selector
            action: "keeping a copy of",
            path: path.to_path_buf(),
            source: io::Error::other(error.reason()),
        })?;
    let kept = kept_path(content_dir, path, why, now)?;
    crate::profile::write_atomically(&kept, &bytes).map_err(io_error("writing", &kept))?;
    Ok(kept)
}

/// Writes `bytes` to `path` only if no file is there: a complete, synced
/// temp file (hidden, so never loaded) is linked to its name, which fails
/// when the name is taken — no moment where `path` holds half a routine.
/// Where the file system has no hard links (FAT, some network folders),
/// the file is created exclusively and written in place.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let temp = crate::profile::write_synced_temp(path, bytes)?;
    let linked = fs::hard_link(&temp, path);
    let _ = fs::remove_file(&temp);
    match linked {
        Ok(()) => {
            sync_folder(folder);
            Ok(())
        }
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        Err(_) => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            let written = file.write_all(bytes).and_then(|()| file.sync_all());
            if let Err(error) = written {
                // Half a routine is worse than none, and the file is ours.
                drop(file);
                let _ = fs::remove_file(path);
                return Err(error);
            }
            sync_folder(folder);
            Ok(())
        }
    }
}

/// Makes a rename or a new name in `folder` durable (best effort: Windows
/// cannot open a folder, and NTFS journals its renames).
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests;
