//! File-level machinery: versioned RON envelopes with a migration path,
//! atomic writes, keeping unreadable files aside, and the data-dir lock.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::profile::StoreError;
use crate::profile::history::{SessionRecord, unix_now};
use crate::profile::model::Profile;

// ----------------------------------------------------------------------------
// Versioned file formats
// ----------------------------------------------------------------------------

/// A file format with a `version` field and a way to read every version we
/// know into the current in-memory type.
pub(crate) trait Versioned: Sized {
    /// The version this build writes.
    const CURRENT: u32;
    /// The on-disk shape of the current version, for writing.
    type OnDisk<'a>: Serialize
    where
        Self: 'a;
    fn to_disk(&self) -> Self::OnDisk<'_>;
    /// Reads a file whose `version` field said `version` (never newer than
    /// `CURRENT`; the caller refuses those first).
    ///
    /// Adding v2: keep the v1 on-disk struct, add a v2 one, and make this
    /// `2 => parse v2`, `1 => parse v1 then upgrade_v1_to_v2`. Files are only
    /// rewritten in the newest format when something changes.
    fn migrate(version: u32, text: &str) -> Result<Self, String>;
}

/// Reads only the `version` field; serde skips the rest.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|error| error.to_string())
}

fn unsupported_old<T>(version: u32) -> Result<T, String> {
    Err(format!(
        "format version {version} is not one Limber ever wrote"
    ))
}

/// `profiles.ron`: what is shared between profiles. The set of profiles is
/// the set of files in `profiles/`, so this only remembers the last used one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ProfileList {
    pub last_used: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct ProfileListV1 {
    version: u32,
    #[serde(default)]
    last_used: Option<String>,
}

impl Versioned for ProfileList {
    const CURRENT: u32 = 1;
    type OnDisk<'a> = ProfileListV1;
    fn to_disk(&self) -> ProfileListV1 {
        ProfileListV1 {
            version: Self::CURRENT,
            last_used: self.last_used.clone(),
        }
    }
    fn migrate(version: u32, text: &str) -> Result<Self, String> {
        match version {
            1 => parse::<ProfileListV1>(text).map(|v1| ProfileList {
                last_used: v1.last_used,
            }),
            other => unsupported_old(other),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct ProfileFileV1Ref<'a> {
    version: u32,
    profile: &'a Profile,
}

#[derive(Deserialize)]
struct ProfileFileV1 {
    #[allow(dead_code)] // Read by the probe; kept so the shape is complete.
    version: u32,
    profile: Profile,
}

impl Versioned for Profile {
    const CURRENT: u32 = 1;
    type OnDisk<'a> = ProfileFileV1Ref<'a>;
    fn to_disk(&self) -> ProfileFileV1Ref<'_> {
        ProfileFileV1Ref {
            version: Self::CURRENT,
            profile: self,
        }
    }
    fn migrate(version: u32, text: &str) -> Result<Self, String> {
        match version {
            1 => parse::<ProfileFileV1>(text).map(|v1| v1.profile),
            other => unsupported_old(other),
        }
    }
}

/// `history/<id>.ron`: one profile's sessions, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct History {
    pub sessions: Vec<SessionRecord>,
}

#[derive(Serialize)]
pub(crate) struct HistoryFileV1Ref<'a> {
    version: u32,
    sessions: &'a [SessionRecord],
}

#[derive(Deserialize)]
struct HistoryFileV1 {
    #[allow(dead_code)] // Read by the probe; kept so the shape is complete.
    version: u32,
    #[serde(default)]
    sessions: Vec<SessionRecord>,
}

impl Versioned for History {
    const CURRENT: u32 = 1;
    type OnDisk<'a> = HistoryFileV1Ref<'a>;
    fn to_disk(&self) -> HistoryFileV1Ref<'_> {
        HistoryFileV1Ref {
            version: Self::CURRENT,
            sessions: &self.sessions,
        }
    }
    fn migrate(version: u32, text: &str) -> Result<Self, String> {
        match version {
            1 => parse::<HistoryFileV1>(text).map(|v1| History {
                sessions: v1.sessions,
            }),
            other => unsupported_old(other),
        }
    }
}

/// What reading one of our files found.
#[derive(Debug)]
pub(crate) enum Loaded<T> {
    /// No such file (not an error: first run, or never written).
    Missing,
    Ok(T),
    /// Written by a newer Limber; must not be changed.
    Newer {
        found: u32,
    },
    /// Not parseable (or not valid UTF-8); `reason` says where and why.
    Corrupt {
        reason: String,
    },
}

/// Reads and parses `path`, migrating older versions. Only I/O failures other
/// than "not found" are errors; content problems are outcomes.
pub(crate) fn load<T: Versioned>(path: &Path) -> Result<Loaded<T>, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Loaded::Missing),
        Err(source) => return Err(StoreError::io("reading", path, source)),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(Loaded::Corrupt {
            reason: "not UTF-8 text".to_owned(),
        });
    };
    let version = match parse::<VersionProbe>(&text) {
        Ok(probe) => probe.version,
        Err(reason) => return Ok(Loaded::Corrupt { reason }),
    };
    if version > T::CURRENT {
        return Ok(Loaded::Newer { found: version });
    }
    Ok(match T::migrate(version, &text) {
        Ok(value) => Loaded::Ok(value),
        Err(reason) => Loaded::Corrupt { reason },
    })
}

/// Serialises `value` in the current format and writes it atomically.
pub(crate) fn save<T: Versioned>(path: &Path, value: &T) -> Result<(), StoreError> {
    let config = ron::ser::PrettyConfig::default();
    let mut text = ron::ser::to_string_pretty(&value.to_disk(), config).map_err(|error| {
        StoreError::Serialize {
            path: path.to_path_buf(),
            message: error.to_string(),
        }
    })?;
    text.push('\n');
    write_atomically(path, text.as_bytes())
        .map_err(|source| StoreError::io("writing", path, source))
}

// ----------------------------------------------------------------------------
// Atomic writes and keeping files aside
// ----------------------------------------------------------------------------

/// Temp files are `.<target name>.tmp-<pid>-<n>`: hidden, in the target's
/// folder (so the rename stays on one file system), unique per writer.
const TEMP_MARKER: &str = ".tmp-";

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` so that a reader (or a crash at any moment) sees
/// either the old file or the new one, never a mix or an empty file: write a
/// temp file in the same folder, fsync it, rename it over the target, fsync
/// the folder so the rename itself is durable.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(
        ".{name}{TEMP_MARKER}{}-{}",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        sync_folder(folder)
    })();
    if result.is_err() {
        // Best effort: the temp file is ours and useless now.
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; its rename (MoveFileEx with
    // replace) is journaled by NTFS.
    Ok(())
}

/// Removes temp files left by a writer that was killed mid-write. Only
/// called with the data-dir lock held, so no live writer owns one.
pub(crate) fn remove_stale_temp_files(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') && name.contains(TEMP_MARKER) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Renames an unreadable file to `<name>.corrupt-<unix time>` (adding `-2`,
/// `-3`, … if that exists) and returns the new path. Never deletes.
pub(crate) fn keep_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = unix_now();
    let mut attempt = 1u32;
    loop {
        let suffix = if attempt == 1 {
            format!("{name}.corrupt-{stamp}")
        } else {
            format!("{name}.corrupt-{stamp}-{attempt}")
        };
        let kept_as = path.with_file_name(suffix);
        if !kept_as.exists() {
            fs::rename(path, &kept_as)
                .map_err(|source| StoreError::io("keeping aside", path, source))?;
            if let Some(folder) = path.parent() {
                sync_folder(folder).map_err(|source| StoreError::io("syncing", folder, source))?;
            }
            return Ok(kept_as);
        }
        attempt += 1;
    }
}

// ----------------------------------------------------------------------------
// The data-dir lock
// ----------------------------------------------------------------------------

/// Holding this means no other `Store` (in this process or another) is
/// reading-modifying-writing the data dir. Released on drop (closing the
/// file releases the OS lock, even if the process is killed).
pub(crate) struct DirLock {
    _file: File,
}

pub(crate) fn lock_data_dir(data_dir: &Path) -> Result<DirLock, StoreError> {
    let path = data_dir.join(".lock");
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|source| StoreError::io("opening lock file", &path, source))?;
    file.lock()
        .map_err(|source| StoreError::io("locking", &path, source))?;
    Ok(DirLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.ron");
        write_atomically(&target, b"one").unwrap();
        write_atomically(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.ron")]);
    }

    #[test]
    fn stale_temp_files_are_removed_but_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".me.ron.tmp-1-0"), b"half").unwrap();
        fs::write(dir.path().join("me.ron"), b"keep").unwrap();
        fs::write(dir.path().join("me.ron.corrupt-5"), b"keep").unwrap();
        remove_stale_temp_files(dir.path());
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, vec!["me.ron", "me.ron.corrupt-5"]);
    }

    #[test]
    fn versions_are_probed_before_parsing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.ron");
        fs::write(&path, "(version: 7, sessions: [(anything: \"new\")])").unwrap();
        assert!(matches!(
            load::<History>(&path).unwrap(),
            Loaded::Newer { found: 7 }
        ));
        fs::write(&path, "(version: 0)").unwrap();
        assert!(matches!(
            load::<History>(&path).unwrap(),
            Loaded::Corrupt { .. }
        ));
        fs::write(&path, "(sessions: [])").unwrap();
        assert!(matches!(
            load::<History>(&path).unwrap(),
            Loaded::Corrupt { .. }
        ));
        fs::write(&path, [0xff, 0xfe]).unwrap();
        assert!(matches!(
            load::<History>(&path).unwrap(),
            Loaded::Corrupt { .. }
        ));
        fs::write(&path, "(version: 1)").unwrap();
        assert!(matches!(load::<History>(&path).unwrap(), Loaded::Ok(h) if h.sessions.is_empty()));
        assert!(matches!(
            load::<History>(&dir.path().join("none.ron")).unwrap(),
            Loaded::Missing
        ));
    }

    #[test]
    fn keep_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        fs::write(&path, b"first").unwrap();
        let first = keep_aside(&path).unwrap();
        fs::write(&path, b"second").unwrap();
        let second = keep_aside(&path).unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read(&first).unwrap(), b"first");
        assert_eq!(fs::read(&second).unwrap(), b"second");
        assert!(!path.exists());
    }
}
