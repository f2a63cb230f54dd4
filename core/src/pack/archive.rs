//! Bringing a pack's files into a staging folder, from a folder or a zip,
//! without trusting either: every path stays inside the folder, only
//! regular files and folders come in (no links, devices or pipes), and the
//! count and sizes are capped — from the zip's headers before anything is
//! extracted, and again while reading, since headers can lie.

use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use super::PackError;
use crate::figure::illustration::MAX_RASTER_FILE_BYTES as MAX_IMAGE_BYTES;

/// Most files (and folders) a pack may hold.
pub const MAX_ENTRIES: usize = 2_000;
/// Largest single file, uncompressed: the biggest picture content allows.
pub const MAX_FILE_BYTES: u64 = MAX_IMAGE_BYTES;
/// Largest pack in all, uncompressed.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// Largest zip file read.
pub const MAX_ZIP_BYTES: u64 = MAX_TOTAL_BYTES;
/// Deepest folder nesting in a pack.
const MAX_DEPTH: usize = 8;

/// Problems found so far; the import lists them all before refusing.
pub(crate) type Problems = Vec<String>;

/// A relative path that stays inside its folder: only plain names, no
/// `..`, no root or drive, no backslashes (which mean a folder on Windows
/// and nothing on Unix), nothing hidden.
fn safe_relative(name: &str) -> Result<PathBuf, String> {
    if name.contains('\\') {
        return Err(path_problem("backslash"));
    }
    if name.contains('\0') {
        return Err(path_problem("nul"));
    }
    let path = Path::new(name);
    let mut clean = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => {
                if cfg!(windows)
                    && let Some(why) = windows_name_problem(&part.to_string_lossy())
                {
                    return Err(why);
                }
                clean.push(part);
            }
            Component::CurDir => {}
            Component::ParentDir => return Err(path_problem("parent")),
            Component::RootDir | Component::Prefix(_) => {
                return Err(path_problem("absolute"));
            }
        }
    }
    if clean.as_os_str().is_empty() {
        return Err(path_problem("no-name"));
    }
    if clean.components().count() > MAX_DEPTH {
        return Err(crate::t!(
            "pack-path-problem",
            why = "too-deep",
            max = MAX_DEPTH
        ));
    }
    Ok(clean)
}

/// What is wrong with an entry's path (`why` selects the words of
/// `pack-path-problem`).
fn path_problem(why: &str) -> String {
    crate::t!("pack-path-problem", why = why)
}

/// Why Windows cannot hold a file of this name, if it cannot: a `:` opens
/// a hidden stream of another file, `CON`, `NUL`, `COM1` and the like
/// (with any extension) name devices, and a trailing dot or space is
/// dropped (so `a.ron.` would write `a.ron`). Checked on Windows only; on
/// other systems such names are plain files.
fn windows_name_problem(part: &str) -> Option<String> {
    const RESERVED: [&str; 22] = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    if let Some(c) = part
        .chars()
        .find(|&c| matches!(c, ':' | '<' | '>' | '"' | '|' | '?' | '*') || c.is_control())
    {
        return Some(crate::t!(
            "pack-path-problem",
            why = "windows-character",
            character = format!("{c:?}")
        ));
    }
    if part.ends_with(['.', ' ']) && part != "." {
        return Some(path_problem("windows-end"));
    }
    let stem = part.split('.').next().unwrap_or_default().trim_end();
    if RESERVED.iter().any(|name| stem.eq_ignore_ascii_case(name)) {
        return Some(crate::t!(
            "pack-path-problem",
            why = "windows-device",
            stem = stem
        ));
    }
    None
}

/// An entry refused: its name, why (a selector of `pack-entry-refused`)
/// and the numbers or the path's problem the reason names.
struct Refused<'a> {
    name: &'a str,
    why: &'static str,
    reason: String,
    size: u64,
    max: u64,
}

fn refused<'a>(name: &'a str, why: &'static str) -> Refused<'a> {
    Refused {
        name,
        why,
        reason: String::new(),
        size: 0,
        max: 0,
    }
}

impl Refused<'_> {
    fn reason(mut self, reason: String) -> Self {
        self.reason = reason;
        self
    }

    fn size(mut self, size: u64) -> Self {
        self.size = size;
        self
    }

    fn max(mut self, max: u64) -> Self {
        self.max = max;
        self
    }
}

impl From<Refused<'_>> for String {
    fn from(refused: Refused<'_>) -> String {
        crate::t!(
            "pack-entry-refused",
            name = refused.name,
            why = refused.why,
            reason = refused.reason,
            size = refused.size,
            max = refused.max
        )
    }
}

fn is_hidden(path: &Path) -> bool {
    path.components().any(|c| match c {
        Component::Normal(part) => part.to_string_lossy().starts_with('.'),
        _ => false,
    })
}

/// Unix file-type bits of a zip entry's mode, when it has one.
const S_IFMT: u32 = 0o170_000;
const S_IFREG: u32 = 0o100_000;
const S_IFDIR: u32 = 0o040_000;

/// One zip entry that passed the header checks.
struct Planned {
    index: usize,
    relative: PathBuf,
    is_dir: bool,
    declared: u64,
}

/// Extracts the zip at `zip_path` into `dest` (which must exist and be
/// empty). Refuses the whole archive, listing every unsafe entry, before
/// writing anything.
pub(crate) fn extract_zip(zip_path: &Path, dest: &Path) -> Result<(), PackError> {
    let refuse = |problems: Problems| PackError::Refused {
        pack: zip_path.display().to_string(),
        problems,
    };
    let metadata = fs::metadata(zip_path).map_err(PackError::io("reading", zip_path))?;
    if !metadata.is_file() {
        return Err(refuse(vec![crate::t!("pack-not-regular")]));
    }
    if metadata.len() > MAX_ZIP_BYTES {
        return Err(refuse(vec![crate::t!(
            "pack-zip-too-large",
            size = metadata.len() / (1024 * 1024),
            max = MAX_ZIP_BYTES / (1024 * 1024)
        )]));
    }
    let file = fs::File::open(zip_path).map_err(PackError::io("reading", zip_path))?;
    let mut archive = zip::ZipArchive::new(io::BufReader::new(file)).map_err(|error| {
        refuse(vec![crate::t!(
            "pack-zip-unreadable",
            error = error.to_string()
        )])
    })?;
    if archive.len() > MAX_ENTRIES {
        return Err(refuse(vec![crate::t!(
            "pack-zip-too-many",
            count = archive.len(),
            max = MAX_ENTRIES
        )]));
    }

    // Pass 1: the headers only.
    let mut problems = Problems::new();
    if archive.has_duplicate_names() {
        problems.push(crate::t!("pack-zip-duplicate"));
    }
    let mut planned = Vec::new();
    let mut declared_total: u64 = 0;
    let mut seen = std::collections::BTreeSet::new();
    for index in 0..archive.len() {
        let entry = match archive.by_index_data(index) {
            Ok(entry) => entry,
            Err(error) => {
                problems.push(crate::t!(
                    "pack-entry-header",
                    index = index,
                    error = error.to_string()
                ));
                continue;
            }
        };
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let relative = match safe_relative(&name) {
            Ok(relative) => relative,
            Err(why) => {
                problems.push(refused(&name, "path").reason(why).into());
                continue;
            }
        };
        if entry.is_symlink() {
            problems.push(refused(&name, "link").into());
            continue;
        }
        if let Some(mode) = entry.unix_mode()
            && mode & S_IFMT != 0
            && mode & S_IFMT != S_IFREG
            && mode & S_IFMT != S_IFDIR
        {
            problems.push(refused(&name, "special").into());
            continue;
        }
        if entry.encrypted() {
            problems.push(refused(&name, "encrypted").into());
            continue;
        }
        let is_dir = entry.is_dir();
        let declared = entry.size();
        if !is_dir {
            if declared > MAX_FILE_BYTES {
                problems.push(
                    refused(&name, "too-large")
                        .size(declared / (1024 * 1024))
                        .max(MAX_FILE_BYTES / (1024 * 1024))
                        .into(),
                );
                continue;
            }
            declared_total = declared_total.saturating_add(declared);
        }
        let key = relative.to_string_lossy().to_lowercase();
        if !is_dir && !seen.insert(key) {
            problems.push(refused(&name, "twice").into());
            continue;
        }
        if is_hidden(&relative) {
            // Hidden files (.DS_Store, __MACOSX/._x are the usual) carry no
            // content and are left out.
            continue;
        }
        planned.push(Planned {
            index,
            relative,
            is_dir,
            declared,
        });
    }
    if declared_total > MAX_TOTAL_BYTES {
        problems.push(crate::t!(
            "pack-total-too-large",
            uncompressed = "yes",
            size = declared_total / (1024 * 1024),
            max = MAX_TOTAL_BYTES / (1024 * 1024)
        ));
    }
    if !problems.is_empty() {
        return Err(refuse(problems));
    }

    // A zip made by "compress this folder" wraps everything in one folder:
    // look inside it.
    let strip = common_top_folder(&planned);

    // Pass 2: extract, counting what really comes out.
    let mut total: u64 = 0;
    for plan in planned {
        let relative = match &strip {
            Some(top) => match plan.relative.strip_prefix(top) {
                Ok(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
                _ => continue,
            },
            None => plan.relative.clone(),
        };
        let target = dest.join(&relative);
        if plan.is_dir {
            fs::create_dir_all(&target).map_err(PackError::io("creating", &target))?;
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
        }
        let name = relative.display().to_string();
        let mut entry = archive.by_index(plan.index).map_err(|error| {
            refuse(vec![crate::t!(
                "pack-entry-unreadable",
                name = name.as_str(),
                error = error.to_string()
            )])
        })?;
        let limit = plan.declared.min(MAX_FILE_BYTES);
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(PackError::io("creating", &target))?;
        let copied = io::copy(&mut (&mut entry).take(limit + 1), &mut out).map_err(|error| {
            refuse(vec![crate::t!(
                "pack-entry-extract",
                name = name.as_str(),
                error = error.to_string()
            )])
        })?;
        if copied > limit {
            return Err(refuse(vec![
                refused(&name, "overflow").size(plan.declared).into(),
            ]));
        }
        total += copied;
        if total > MAX_TOTAL_BYTES {
            return Err(refuse(vec![crate::t!(
                "pack-unpacks-too-much",
                max = MAX_TOTAL_BYTES / (1024 * 1024)
            )]));
        }
        // Reading to the end checks the CRC; a short or corrupt file fails.
        let mut rest = [0u8; 1];
        if let Err(error) = entry.read(&mut rest) {
            return Err(refuse(vec![crate::t!(
                "pack-entry-damaged",
                name = name.as_str(),
                error = error.to_string()
            )]));
        }
    }
    Ok(())
}

/// The single folder every entry is in, when there is one and nothing of
/// the pack's own layout sits at the top.
fn common_top_folder(planned: &[Planned]) -> Option<PathBuf> {
    let mut tops = planned.iter().map(|p| p.relative.components().next());
    let first = tops.next()??;
    if !tops.all(|t| t == Some(first)) {
        return None;
    }
    let top = PathBuf::from(first.as_os_str());
    let is_layout = ["areas", "exercises", "routines", "poses", "images"]
        .iter()
        .any(|name| top == Path::new(name));
    // A lone file at the top is not a folder to look into.
    let only_file = planned.iter().all(|p| p.relative == top && !p.is_dir);
    (!is_layout && !only_file && top != Path::new(crate::content::pack::MANIFEST_FILE))
        .then_some(top)
}

/// Copies a pack folder into `dest` under the same rules as a zip: regular
/// files and folders only (a link is refused, not followed), hidden files
/// left out, count and sizes capped.
pub(crate) fn copy_folder(source: &Path, dest: &Path) -> Result<(), PackError> {
    let refuse = |problems: Problems| PackError::Refused {
        pack: source.display().to_string(),
        problems,
    };
    let mut problems = Problems::new();
    let mut files: Vec<(PathBuf, u64)> = Vec::new();
    let mut folders: Vec<PathBuf> = Vec::new();
    let mut stack = vec![PathBuf::new()];
    let mut entries = 0usize;
    let mut total: u64 = 0;
    while let Some(relative_dir) = stack.pop() {
        let dir = source.join(&relative_dir);
        let listing = fs::read_dir(&dir).map_err(PackError::io("reading", &dir))?;
        for entry in listing {
            let entry = entry.map_err(PackError::io("reading", &dir))?;
            entries += 1;
            if entries > MAX_ENTRIES {
                return Err(refuse(vec![crate::t!(
                    "pack-folder-too-many",
                    max = MAX_ENTRIES
                )]));
            }
            let relative = relative_dir.join(entry.file_name());
            if is_hidden(&relative) {
                continue;
            }
            let shown = relative.display().to_string();
            // symlink_metadata: a link is looked at, never followed.
            let metadata = entry
                .path()
                .symlink_metadata()
                .map_err(PackError::io("reading", entry.path()))?;
            let kind = metadata.file_type();
            if kind.is_symlink() {
                problems.push(refused(&shown, "link").into());
            } else if kind.is_dir() {
                if relative.components().count() >= MAX_DEPTH {
                    problems.push(refused(&shown, "too-deep").max(MAX_DEPTH as u64).into());
                } else {
                    folders.push(relative.clone());
                    stack.push(relative);
                }
            } else if kind.is_file() {
                if metadata.len() > MAX_FILE_BYTES {
                    problems.push(
                        refused(&shown, "too-large-file")
                            .size(metadata.len() / (1024 * 1024))
                            .max(MAX_FILE_BYTES / (1024 * 1024))
                            .into(),
                    );
                } else {
                    total = total.saturating_add(metadata.len());
                    files.push((relative, metadata.len()));
                }
            } else {
                problems.push(refused(&shown, "special").into());
            }
        }
    }
    if total > MAX_TOTAL_BYTES {
        problems.push(crate::t!(
            "pack-total-too-large",
            uncompressed = "no",
            size = total / (1024 * 1024),
            max = MAX_TOTAL_BYTES / (1024 * 1024)
        ));
    }
    if !problems.is_empty() {
        problems.sort();
        return Err(refuse(problems));
    }
    for folder in folders {
        let target = dest.join(&folder);
        fs::create_dir_all(&target).map_err(PackError::io("creating", &target))?;
    }
    for (relative, size) in files {
        let from = source.join(&relative);
        let target = dest.join(&relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
        }
        // Read at most what the listing said, plus one byte: a file that
        // grew since is refused rather than copied without a cap.
        let mut input = fs::File::open(&from).map_err(PackError::io("reading", &from))?;
        let mut out = fs::File::create(&target).map_err(PackError::io("creating", &target))?;
        let copied = io::copy(&mut (&mut input).take(size + 1), &mut out)
            .map_err(PackError::io("copying", &from))?;
        if copied > size {
            return Err(refuse(vec![crate::t!(
                "pack-file-changed",
                name = relative.display().to_string()
            )]));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_safe() {
        assert_eq!(
            safe_relative("routines/x.ron").expect("fine"),
            PathBuf::from("routines/x.ron")
        );
        assert_eq!(
            safe_relative("./poses/a.ron").expect("fine"),
            PathBuf::from("poses/a.ron")
        );
        for bad in [
            "../x",
            "routines/../../x",
            "/etc/passwd",
            "a\\..\\b",
            "",
            "a/b/c/d/e/f/g/h/i/j",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn names_windows_cannot_hold_are_found() {
        for bad in [
            "a.ron:stream",
            "CON",
            "nul.ron",
            "Com1.png",
            "lpt9",
            "a.ron.",
            "a.ron ",
            "what?.png",
            "tab\there",
        ] {
            assert!(windows_name_problem(bad).is_some(), "{bad:?} passed");
        }
        for fine in [
            "neck.ron",
            "console.ron",
            "com10.png",
            "null.ron",
            "a b.png",
        ] {
            assert_eq!(windows_name_problem(fine), None, "{fine:?}");
        }
    }
}
