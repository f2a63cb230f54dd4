//! File-level machinery: versioned RON envelopes with a migration path,
//! atomic writes, keeping unreadable files aside, and the data-dir lock.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::files::{self, ReadError};
use crate::profile::StoreError;
use crate::profile::history::SessionRecord;
use crate::profile::model::Profile;
use crate::profile::notice::Notice;
use crate::time::unix_now;

// ----------------------------------------------------------------------------
// Versioned file formats
// ----------------------------------------------------------------------------

/// A file format with a `version` field and a way to read every version we
/// know into the current in-memory type.
pub(crate) trait Versioned: Sized {
    /// The version this build writes.
    const CURRENT: u32;
    /// The largest file of this kind read, bytes: anything bigger is not
    /// ours (or not a file), and reading it would only fill memory.
    const MAX_BYTES: u64;
    /// The file's text in the current format.
    fn encode(&self) -> Result<String, String>;
    /// Reads a file whose `version` field said `version` (never newer than
    /// `CURRENT`; the caller refuses those first). What could not be read
    /// without losing the rest comes back in [`Decoded::lost`] and
    /// [`Decoded::repaired`]; `Err` means nothing of the file is usable.
    ///
    /// Adding a version: keep the old on-disk shape, add the new one, and
    /// make this `new => parse new`, `old => parse old then upgrade`. Files
    /// are only rewritten in the newest format when something changes.
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String>;
    /// The file's version, read without parsing the whole file when the
    /// format allows it.
    fn probe(text: &str) -> Result<u32, String> {
        parse::<VersionProbe>(text).map(|probe| probe.version)
    }
}

/// A file read, with what had to be left out or changed to read it.
#[derive(Debug)]
pub(crate) struct Decoded<T> {
    pub value: T,
    /// Parts that could not be read (e.g. a history's broken sessions), in
    /// words with their place; the rest of the file is in `value`.
    pub lost: Vec<String>,
    /// Values that could not be used as written and were replaced.
    pub repaired: Vec<Notice>,
    /// Read from an older format version than this build writes.
    pub outdated: bool,
}

impl<T> Decoded<T> {
    /// All of the file, nothing left out or changed.
    pub(crate) fn whole(value: T) -> Self {
        Decoded {
            value,
            lost: Vec::new(),
            repaired: Vec::new(),
            outdated: false,
        }
    }
}

/// Reads only the `version` field; serde skips the rest.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|error| error.to_string())
}

pub(crate) fn encode_pretty<T: Serialize>(value: &T) -> Result<String, String> {
    let mut text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|error| error.to_string())?;
    text.push('\n');
    Ok(text)
}

fn unsupported_old<T>(version: u32) -> Result<T, String> {
    Err(crate::t!("profile-unknown-format", version = version))
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
    const MAX_BYTES: u64 = 64 * 1024;
    fn encode(&self) -> Result<String, String> {
        encode_pretty(&ProfileListV1 {
            version: Self::CURRENT,
            last_used: self.last_used.clone(),
        })
    }
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String> {
        match version {
            1 => parse::<ProfileListV1>(text).map(|v1| {
                Decoded::whole(ProfileList {
                    last_used: v1.last_used,
                })
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
    const MAX_BYTES: u64 = 1024 * 1024;
    fn encode(&self) -> Result<String, String> {
        encode_pretty(&ProfileFileV1Ref {
            version: Self::CURRENT,
            profile: self,
        })
    }
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String> {
        match version {
            // A value that does not fit (a hand edit, `volume: 300`) must
            // not cost the whole profile: read field by field then.
            1 => match parse::<ProfileFileV1>(text) {
                Ok(v1) => Ok(Decoded::whole(v1.profile)),
                Err(strict) => super::lenient::profile_v1(text).map_err(|_| strict),
            },
            other => unsupported_old(other),
        }
    }
}

/// `history/<id>.ron`: one profile's sessions, oldest first. Read by
/// `history_file`, which reads every layout it can and says what it could
/// not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct History {
    pub sessions: Vec<SessionRecord>,
}

impl Versioned for History {
    const CURRENT: u32 = 2;
    /// About a million sessions: centuries of daily use.
    const MAX_BYTES: u64 = 512 * 1024 * 1024;
    fn encode(&self) -> Result<String, String> {
        super::history_file::encode(&self.sessions)
    }
    fn probe(text: &str) -> Result<u32, String> {
        super::history_file::probe(text)
    }
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String> {
        match version {
            1 | 2 => super::history_file::read(version, text).map(|read| Decoded {
                value: History {
                    sessions: read.sessions,
                },
                lost: read.problems,
                repaired: Vec::new(),
                outdated: version < Self::CURRENT,
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
    /// Read; what had to be left out or changed is in the [`Decoded`].
    Ok(Decoded<T>),
    /// Written by a newer Limber; must not be changed.
    Newer { found: u32 },
    /// Not parseable (or not valid UTF-8, or not a regular file of a sane
    /// size); `reason` says where and why.
    Corrupt { reason: String },
}

/// Reads and parses `path`, migrating older versions. Only I/O failures other
/// than "not found" are errors; content problems are outcomes.
pub(crate) fn load<T: Versioned>(path: &Path) -> Result<Loaded<T>, StoreError> {
    // Only a regular file of a sane size: a FIFO would wait forever, a
    // link to /dev/zero would fill memory.
    let bytes = match files::read_bytes(path, T::MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(error) if error.is_not_found() => return Ok(Loaded::Missing),
        Err(ReadError::Io { source, .. }) => return Err(StoreError::io("reading", path, source)),
        Err(refused) => {
            return Ok(Loaded::Corrupt {
                reason: refused.reason(),
            });
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(Loaded::Corrupt {
            reason: crate::t!("profile-not-utf8"),
        });
    };
    // Editors on Windows start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let version = match T::probe(text) {
        Ok(version) => version,
        Err(reason) => return Ok(Loaded::Corrupt { reason }),
    };
    if version > T::CURRENT {
        return Ok(Loaded::Newer { found: version });
    }
    Ok(match T::migrate(version, text) {
        Ok(decoded) => Loaded::Ok(decoded),
        Err(reason) => Loaded::Corrupt { reason },
    })
}

/// Serialises `value` in the current format and writes it atomically.
pub(crate) fn save<T: Versioned>(path: &Path, value: &T) -> Result<(), StoreError> {
    let text = value.encode().map_err(|message| StoreError::Serialize {
        path: path.to_path_buf(),
        message,
    })?;
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
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let temp = write_synced_temp(path, bytes)?;
    let result = fs::rename(&temp, path).and_then(|()| sync_folder(folder));
    if result.is_err() {
        // Best effort: the temp file is ours and useless now.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// A complete, synced copy of `bytes` in a hidden temp file beside `path`
/// (never loaded as content or data; [`remove_stale_temp_files`] clears
/// one left by a crash), for the caller to rename or link into place.
pub(crate) fn write_synced_temp(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
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
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    match written {
        Ok(()) => Ok(temp),
        Err(error) => {
            let _ = fs::remove_file(&temp);
            Err(error)
        }
    }
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

/// Copies a file whose records could not all be read to
/// `<name>.corrupt-<unix time>` (the live file is then rewritten with the
/// records that could be read) and returns the copy's path.
pub(crate) fn keep_copy_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let kept_as = aside_name(path);
    let bytes = fs::read(path).map_err(|source| StoreError::io("reading", path, source))?;
    write_atomically(&kept_as, &bytes)
        .map_err(|source| StoreError::io("keeping a copy of", path, source))?;
    Ok(kept_as)
}

/// A free `<name>.corrupt-<unix time>` (or `…-2`, `…-3`) beside `path`.
fn aside_name(path: &Path) -> PathBuf {
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
        let candidate = path.with_file_name(suffix);
        if !candidate.exists() {
            return candidate;
        }
        attempt += 1;
    }
}

/// Renames an unreadable file to `<name>.corrupt-<unix time>` (adding `-2`,
/// `-3`, … if that exists) and returns the new path. Never deletes.
pub(crate) fn keep_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let kept_as = aside_name(path);
    fs::rename(path, &kept_as).map_err(|source| StoreError::io("keeping aside", path, source))?;
    if let Some(folder) = path.parent() {
        sync_folder(folder).map_err(|source| StoreError::io("syncing", folder, source))?;
    }
    Ok(kept_as)
}

// ----------------------------------------------------------------------------
// The data-dir lock
// ----------------------------------------------------------------------------

/// Holding this means no other `Store` (in this process or another) is
/// reading-modifying-writing the data dir. Released on drop (closing the
/// file releases the OS lock, even if the process is killed).
pub(crate) struct DirLock {
    _file: Option<File>,
}

/// Takes the data-dir lock. In a read-only folder the lock file is opened
/// for reading (a shared lock still keeps out a writer elsewhere), or not at
/// all when it does not exist: nothing is written there anyway.
pub(crate) fn lock_data_dir(data_dir: &Path, read_only: bool) -> Result<DirLock, StoreError> {
    let path = data_dir.join(".lock");
    if read_only {
        let file = files::open_lock_file_read_only(&path)
            .map_err(|source| StoreError::io("opening lock file", &path, source))?;
        if let Some(file) = &file {
            file.lock_shared()
                .map_err(|source| StoreError::io("locking", &path, source))?;
        }
        return Ok(DirLock { _file: file });
    }
    // Only a regular file: a FIFO named `.lock` is refused at once.
    let file = files::open_lock_file(&path)
        .map_err(|source| StoreError::io("opening lock file", &path, source))?;
    file.lock()
        .map_err(|source| StoreError::io("locking", &path, source))?;
    Ok(DirLock { _file: Some(file) })
}

/// A profile file written by a newer Limber, read as far as this version
/// can (unknown fields are ignored), to be shown read-only; a profile with
/// just its id and name when even that fails.
pub(crate) fn read_newer_profile(path: &Path, id: &str) -> Profile {
    let read = files::read_bytes(path, Profile::MAX_BYTES)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| {
            parse::<ProfileFileV1>(text.strip_prefix('\u{feff}').unwrap_or(&text)).ok()
        });
    let mut profile = match read {
        Some(file) => file.profile,
        None => Profile::new(id, crate::profile::model::name_from_id(id)),
    };
    profile.id = id.to_owned().into();
    profile
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
        assert!(
            matches!(load::<History>(&path).unwrap(), Loaded::Ok(h) if h.value.sessions.is_empty())
        );
        assert!(matches!(
            load::<History>(&dir.path().join("none.ron")).unwrap(),
            Loaded::Missing
        ));
    }

    fn record(started_at: u64, pain_after: u8) -> SessionRecord {
        SessionRecord {
            started_at,
            routine_id: "hips".into(),
            routine_title: "Hips, \"gentle\"\nday".to_owned(),
            duration_seconds: 200,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: Some(pain_after),
            ending: None,
        }
    }

    fn loaded_history(path: &Path) -> Decoded<History> {
        match load::<History>(path).expect("readable") {
            Loaded::Ok(decoded) => decoded,
            other => panic!("not a history: {other:?}"),
        }
    }

    #[test]
    fn history_round_trips_one_session_per_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.ron");
        let history = History {
            sessions: (0..5).map(|n| record(1000 + n, 3)).collect(),
        };
        save(&path, &history).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(super::super::history_file::HEAD), "{text}");
        assert_eq!(
            text.lines().count(),
            7,
            "head, five sessions, tail:\n{text}"
        );
        // One RON struct: an older reader sees its version and leaves it.
        let probe: VersionProbe = ron::from_str(&text).expect("one RON value");
        assert_eq!(probe.version, 2);
        let decoded = loaded_history(&path);
        assert_eq!(decoded.value, history);
        assert!(decoded.lost.is_empty());
    }

    #[test]
    fn one_bad_session_costs_that_session_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.ron");
        let history = History {
            sessions: (0..4).map(|n| record(1000 + n, 3)).collect(),
        };
        save(&path, &history).unwrap();
        // A value out of range on line 3 (the second session) and a line
        // cut short on line 5, as a crash or a hand edit would leave them.
        let text = fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines[2] = lines[2].replace("pain_after:Some(3)", "pain_after:Some(256)");
        lines[4].truncate(20);
        fs::write(&path, lines.join("\n")).unwrap();
        let decoded = loaded_history(&path);
        let kept: Vec<u64> = decoded
            .value
            .sessions
            .iter()
            .map(|s| s.started_at)
            .collect();
        assert_eq!(kept, vec![1000, 1002]);
        assert_eq!(decoded.lost.len(), 2, "{:?}", decoded.lost);
        assert!(decoded.lost[0].starts_with("line 3:"), "{:?}", decoded.lost);
        assert!(decoded.lost[1].starts_with("line 5:"), "{:?}", decoded.lost);
    }

    #[test]
    fn version_1_histories_are_read_and_a_bad_session_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.ron");
        #[derive(Serialize)]
        struct V1 {
            version: u32,
            sessions: Vec<SessionRecord>,
        }
        let v1 = V1 {
            version: 1,
            sessions: (0..3).map(|n| record(10 + n, 2)).collect(),
        };
        let text = ron::ser::to_string_pretty(&v1, ron::ser::PrettyConfig::default()).unwrap();
        fs::write(&path, format!("\u{feff}{text}")).unwrap();
        let decoded = loaded_history(&path);
        assert_eq!(decoded.value.sessions, v1.sessions, "a BOM is fine");
        let broken = text.replacen("pain_after: Some(2)", "pain_after: Some(256)", 1);
        fs::write(&path, broken).unwrap();
        let decoded = loaded_history(&path);
        assert_eq!(decoded.value.sessions.len(), 2);
        assert_eq!(decoded.lost.len(), 1);
        assert!(decoded.lost[0].contains("session 1"), "{:?}", decoded.lost);
    }

    #[test]
    fn big_histories_read_in_parallel_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.ron");
        let history = History {
            sessions: (0..20_000).map(|n| record(n, (n % 11) as u8)).collect(),
        };
        save(&path, &history).unwrap();
        assert_eq!(loaded_history(&path).value, history);
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.ron");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        assert!(matches!(
            load::<History>(&fifo).unwrap(),
            Loaded::Corrupt { .. }
        ));
        let zero = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(
            load::<Profile>(&zero).unwrap(),
            Loaded::Corrupt { .. }
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
