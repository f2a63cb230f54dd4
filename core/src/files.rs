//! Reading a file someone else may have put in place: content files, images,
//! profiles and history. One rule for all of them: only a regular file is
//! read, and never more than a stated number of bytes.
//!
//! Why: a named pipe called `x.ron` makes a plain `read` wait forever for a
//! writer, and a link to `/dev/zero` never ends, so a plain `read_to_end`
//! fills memory. Here the file is opened without waiting (`O_NONBLOCK` on
//! Unix, so opening a pipe returns at once), the *opened* handle is checked
//! to be a regular file (no window between a check and the open for a swap),
//! and the read stops at `limit + 1` bytes: one byte more than allowed proves
//! the file is too large without reading the rest.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Why a file was not read. Every message starts with the file's path.
#[derive(Debug)]
pub enum ReadError {
    /// Opening or reading failed (missing file, no permission, I/O error).
    Io { path: PathBuf, source: io::Error },
    /// A folder, named pipe, device or socket: never read. `what` is the
    /// kind, as `file-kind-of` selects on it.
    NotRegular { path: PathBuf, what: &'static str },
    /// The file holds more than `limit` bytes.
    TooLarge { path: PathBuf, limit: u64 },
    /// [`read_text`] only: the bytes are not UTF-8.
    NotUtf8 { path: PathBuf },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.reason())
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl ReadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ReadError::Io { path, .. }
            | ReadError::NotRegular { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::NotUtf8 { path } => path,
        }
    }

    /// The message without the leading path, for a caller that names the
    /// file itself (e.g. `file:line:col: message`).
    pub fn reason(&self) -> String {
        match self {
            ReadError::Io { source, .. } => {
                crate::t!("file-unreadable", error = source.to_string())
            }
            ReadError::NotRegular { what, .. } => {
                crate::t!("file-not-read-kind", kind = kind_of(what))
            }
            ReadError::TooLarge { limit, .. } => {
                crate::t!("file-larger-than-read", limit = size_words(*limit))
            }
            ReadError::NotUtf8 { .. } => crate::t!("file-not-utf8-save"),
        }
    }

    /// The file does not exist (often normal: a first run has no files).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }
}

/// What was being done (`action`: "reading", "moving into place", …) to a
/// path (`shown`: as the caller shows it, quoted and escaped) when the
/// system refused, and why, in the language in use:
/// `reading "/x/y.ron": Permission denied`.
pub fn io_failed(action: &str, shown: &str, error: &io::Error) -> String {
    crate::t!(
        "io-failed",
        action = action.replace(' ', "-"),
        path = shown,
        error = error.to_string()
    )
}

/// `1 MiB`, `64 KiB`, `1000 bytes`: a limit as a person reads it.
pub fn size_words(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        crate::t!("file-size", unit = "mib", size = bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        crate::t!("file-size", unit = "kib", size = bytes / KIB)
    } else {
        crate::t!("file-size", unit = "bytes", size = bytes)
    }
}

/// What a file that is not a regular one is, as `file-kind-of` selects on
/// it.
fn describe(metadata: &Metadata) -> &'static str {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    "other"
}

/// A kind [`describe`] gives, in the language in use ("a folder").
fn kind_of(kind: &str) -> String {
    crate::t!("file-kind-of", kind = kind)
}

/// Opens `path` for reading if, once open, it is a regular file (links are
/// followed: a link to a regular file is fine). Never blocks on a named pipe.
/// Returns the file and its metadata (taken from the open handle).
///
/// Use [`read_bytes`] or [`read_text`] to read a whole file; this is for
/// readers that stream (they must still stop at their own limit, e.g. with
/// `file.take(limit + 1)`).
pub fn open_regular(path: &Path) -> Result<(File, Metadata), ReadError> {
    let io_error = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO returns at once instead of waiting for
        // a writer (it has no effect on reading a regular file). O_NOCTTY: a
        // terminal device named like a content file never becomes ours.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_path_buf(),
            what: describe(&metadata),
        });
    }
    Ok((file, metadata))
}

/// Opens the lock file at `path` for reading and writing, creating an empty
/// one if there is none, and refuses at once anything but a regular file:
/// a named pipe called `.lock` would otherwise make the open (or a later
/// read) wait forever for another program, a device would be ours to lock.
/// The caller then takes the lock (`File::lock`).
pub fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // As in `open_regular`: never wait on a FIFO, never take a terminal.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::other(crate::t!(
            "file-not-regular-remove",
            kind = kind_of(describe(&metadata))
        )));
    }
    Ok(file)
}

/// [`open_lock_file`] for a folder that must not be written: opens an
/// existing lock file for reading only (`None` when there is none).
pub fn open_lock_file_read_only(path: &Path) -> io::Result<Option<File>> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // Nothing to lock, or not ours to read: a read-only folder is read
        // without it (nothing is written there).
        Err(error)
            if matches!(
                error.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::PermissionDenied
            ) =>
        {
            return Ok(None);
        }
        Err(error) => return Err(error),
    };
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::other(crate::t!(
            "file-not-regular-remove",
            kind = kind_of(describe(&metadata))
        )));
    }
    Ok(Some(file))
}

/// The whole of a regular file, refused if it holds more than `limit` bytes.
/// At most `limit + 1` bytes are ever read, whatever the file claims.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, metadata) = open_regular(path)?;
    let too_large = || ReadError::TooLarge {
        path: path.to_path_buf(),
        limit,
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    // The size from fstat is a hint (the file may grow while read); the cap
    // is the `take`.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// [`read_bytes`], then UTF-8 (a leading byte-order mark is kept: callers
/// that accept one strip it).
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let bytes = read_bytes(path, limit)?;
    String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8 {
        path: path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file_up_to_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"12345").expect("write");
        assert_eq!(read_bytes(&path, 5).expect("fits"), b"12345");
        assert_eq!(read_text(&path, 100).expect("fits"), "12345");
        let error = read_bytes(&path, 4).expect_err("one byte too many");
        assert!(
            matches!(error, ReadError::TooLarge { limit: 4, .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("a.ron"), "{error}");
        assert!(error.to_string().contains("4 bytes"), "{error}");
    }

    #[test]
    fn missing_folder_and_bad_utf8_are_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = read_bytes(&dir.path().join("none.ron"), 10).expect_err("missing");
        assert!(missing.is_not_found(), "{missing:?}");
        assert!(missing.to_string().contains("none.ron"), "{missing}");
        let folder = read_bytes(dir.path(), 10).expect_err("a folder");
        assert!(
            matches!(folder, ReadError::NotRegular { what: "folder", .. }),
            "{folder:?}"
        );
        let latin1 = dir.path().join("latin1.ron");
        std::fs::write(&latin1, b"caf\xe9").expect("write");
        let error = read_text(&latin1, 10).expect_err("not UTF-8");
        assert!(matches!(error, ReadError::NotUtf8 { .. }), "{error:?}");
        assert_eq!(error.path(), latin1);
    }

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(size_words(1024 * 1024), "1 MiB");
        assert_eq!(size_words(16 * 1024 * 1024), "16 MiB");
        assert_eq!(size_words(64 * 1024), "64 KiB");
        assert_eq!(size_words(1000), "1000 bytes");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("x.ron");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("run mkfifo");
        assert!(status.success());
        // Run the read on a thread so a regression fails the test instead of
        // hanging it.
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let _ = sender.send(read_bytes(&path, 1024));
        });
        let result = receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("reading a FIFO must not wait for a writer");
        let error = result.expect_err("a FIFO is not read");
        assert!(
            matches!(error, ReadError::NotRegular { what: "pipe", .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("x.ron"), "{error}");
        assert!(error.to_string().contains("named pipe"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_that_is_a_named_pipe_is_refused_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join(".lock");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("run mkfifo");
        assert!(status.success());
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let _ = sender.send((
                open_lock_file(&path).map(|_| ()),
                open_lock_file_read_only(&path).map(|_| ()),
            ));
        });
        let (writing, reading) = receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("opening a FIFO lock must not wait");
        for error in [writing.expect_err("refused"), reading.expect_err("refused")] {
            assert!(error.to_string().contains("named pipe"), "{error}");
        }
        let regular = dir.path().join("ok.lock");
        open_lock_file(&regular)
            .expect("created")
            .lock()
            .expect("locked");
        assert!(
            open_lock_file_read_only(&dir.path().join("none"))
                .expect("fine")
                .is_none()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_dev_zero_is_refused_not_read_forever() {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
        let error = read_bytes(&link, 1024).expect_err("a device is not read");
        assert!(
            matches!(error, ReadError::NotRegular { what: "device", .. }),
            "{error:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_regular_file_is_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("target.ron");
        std::fs::write(&target, "()").expect("write");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert_eq!(read_text(&link, 10).expect("read through the link"), "()");
    }
}
