//! Reading a content folder (the copy embedded in the binary, or a folder on
//! disk) into the list of RON files to load, with warnings for files that
//! are in the wrong place.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use include_dir::{Dir, DirEntry, include_dir};

use super::problem::Problem;
use crate::files::ReadError;

/// The shipped `content/` folder, embedded at build time so an installed
/// binary works from anywhere.
pub(crate) static SHIPPED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../content");

/// How shipped files are named in problems (there is no file on disk).
pub(crate) const SHIPPED_PREFIX: &str = "<shipped>";

/// RON content files are small; anything bigger is a mistake (or not ours)
/// and is refused before it is read into memory.
pub const MAX_RON_BYTES: u64 = 1024 * 1024;
/// A content folder is a handful of directories; deeper trees (or a folder
/// pointed at `/` by mistake) are cut short instead of walked for minutes.
const MAX_DEPTH: usize = 6;
const MAX_FILES: usize = 20_000;

/// Where a content folder comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    Shipped,
    Folder(PathBuf),
}

/// The kinds of RON file, by the folder they live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Area,
    Exercise,
    Routine,
    Pose,
    /// The texts of an area, exercise or routine in another language:
    /// `translations/<language>/<areas|exercises|routines>/*.ron`.
    Translation(super::translation::ItemKind),
}

impl Kind {
    fn from_folder(name: &str) -> Option<Kind> {
        match name {
            "areas" => Some(Kind::Area),
            "exercises" => Some(Kind::Exercise),
            "routines" => Some(Kind::Routine),
            "poses" => Some(Kind::Pose),
            _ => None,
        }
    }
}

/// One RON file to load.
#[derive(Debug)]
pub(crate) struct SourceFile {
    pub kind: Kind,
    /// How problems name the file.
    pub display: String,
    pub text: String,
}

/// Everything read from one content folder.
#[derive(Debug)]
pub(crate) struct Folder {
    pub origin: Origin,
    /// Sorted by path, so loading (and which of two duplicates wins) does not
    /// depend on the order the file system lists files in.
    pub files: Vec<SourceFile>,
}

pub const IMAGE_EXTENSIONS: [&str; 4] = ["png", "jpg", "jpeg", "svg"];

fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| wanted.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

/// What to do with a file found in a content folder, by its path relative to
/// the folder.
enum Classified {
    Load(Kind),
    Ignore,
    Warn(String),
}

fn classify(rel: &Path) -> Classified {
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    // Hidden files and folders (.gitkeep, editor swap files, .git) are not
    // content and not worth a warning.
    if parts.iter().any(|p| p.starts_with('.')) {
        return Classified::Ignore;
    }
    // paper: a pack's manifest at the root is read by `limber
    // check` and `limber import` (content::pack), not loaded as content.
    if parts == [super::pack::MANIFEST_FILE] {
        return Classified::Ignore;
    }
    let is_ron = has_extension(rel, &["ron"]);
    if parts.first() == Some(&super::translation::FOLDER) {
        return match super::translation::classify(&parts, is_ron) {
            Ok(Some(item)) => Classified::Load(Kind::Translation(item)),
            Ok(None) => Classified::Ignore,
            Err(message) => Classified::Warn(message),
        };
    }
    let kind = parts.first().and_then(|first| Kind::from_folder(first));
    match (kind, parts.len(), is_ron) {
        (Some(kind), 2, true) => Classified::Load(kind),
        (_, _, true) => Classified::Warn(crate::t!("content-file-misplaced")),
        // Images may live anywhere in the folder.
        (_, _, false) if has_extension(rel, &IMAGE_EXTENSIONS) => Classified::Ignore,
        (Some(_), _, false) => Classified::Warn(crate::t!(
            "content-file-unexpected",
            folder = parts.first().copied().unwrap_or_default()
        )),
        // README, LICENSE and the like at the top or in other folders.
        (None, _, false) => Classified::Ignore,
    }
}

/// Reads the embedded shipped folder.
pub(crate) fn read_shipped(problems: &mut Vec<Problem>) -> Folder {
    let mut files = Vec::new();
    let mut stack: Vec<&Dir<'static>> = vec![&SHIPPED];
    while let Some(dir) = stack.pop() {
        for entry in dir.entries() {
            match entry {
                DirEntry::Dir(sub) => stack.push(sub),
                DirEntry::File(file) => {
                    let rel = file.path();
                    let display = format!("{SHIPPED_PREFIX}/{}", slash_path(rel));
                    match classify(rel) {
                        Classified::Ignore => {}
                        Classified::Warn(message) => {
                            problems.push(Problem::warning(display, None, message));
                        }
                        Classified::Load(kind) => match file.contents_utf8() {
                            Some(text) => files.push(SourceFile {
                                kind,
                                display,
                                text: without_bom(text).to_string(),
                            }),
                            None => problems.push(Problem::error(
                                display,
                                None,
                                crate::t!("file-not-utf8"),
                            )),
                        },
                    }
                }
            }
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Folder {
        origin: Origin::Shipped,
        files,
    }
}

/// Reads a content folder on disk. A folder that does not exist gives one
/// error (the caller decides whether a missing folder is worth reporting).
pub(crate) fn read_folder(root: &Path, problems: &mut Vec<Problem>) -> io::Result<Folder> {
    let mut found: Vec<(PathBuf, Kind)> = Vec::new();
    let mut stack: Vec<(PathBuf, usize)> = vec![(PathBuf::new(), 0)];
    let mut seen = 0usize;
    // The top folder must be readable; below it, an unreadable folder is a
    // problem, not a failure.
    let mut first = true;
    while let Some((rel_dir, depth)) = stack.pop() {
        let abs_dir = root.join(&rel_dir);
        let entries = match fs::read_dir(&abs_dir) {
            Ok(entries) => entries,
            Err(err) if first => return Err(err),
            Err(err) => {
                problems.push(Problem::warning(
                    abs_dir.display().to_string(),
                    None,
                    crate::t!("content-folder-unreadable", error = err.to_string()),
                ));
                continue;
            }
        };
        first = false;
        for entry in entries.flatten() {
            seen += 1;
            if seen > MAX_FILES {
                problems.push(Problem::warning(
                    root.display().to_string(),
                    None,
                    crate::t!("content-too-many-files", max = MAX_FILES),
                ));
                stack.clear();
                break;
            }
            let rel = rel_dir.join(entry.file_name());
            // A symbolic link to a folder is walked like a folder (a shared
            // folder linked in); MAX_DEPTH and MAX_FILES stop link loops.
            let is_dir = match entry.file_type() {
                Ok(t) if t.is_symlink() => fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()),
                Ok(t) => t.is_dir(),
                Err(_) => continue,
            };
            if is_dir {
                let hidden = entry.file_name().to_string_lossy().starts_with('.');
                if depth < MAX_DEPTH && !hidden {
                    stack.push((rel, depth + 1));
                }
                continue;
            }
            let display = root.join(&rel).display().to_string();
            match classify(&rel) {
                Classified::Ignore => {}
                Classified::Warn(message) => {
                    problems.push(Problem::warning(display, None, message))
                }
                Classified::Load(kind) => found.push((rel, kind)),
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let mut files = Vec::with_capacity(found.len());
    for (rel, kind) in found {
        let path = root.join(&rel);
        let display = path.display().to_string();
        match read_text(&path) {
            Ok(text) => files.push(SourceFile {
                kind,
                display,
                text: match without_bom(&text) {
                    stripped if stripped.len() < text.len() => stripped.to_string(),
                    _ => text,
                },
            }),
            Err(message) => problems.push(Problem::error(display, None, message)),
        }
    }
    Ok(Folder {
        origin: Origin::Folder(root.to_path_buf()),
        files,
    })
}

/// `text` without the byte-order mark Windows editors put at the start of
/// a UTF-8 file (the store's files accept one too). Columns on the first
/// line count from after it, as the editor shows them.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A content file's text: only a regular file, at most [`MAX_RON_BYTES`]
/// (a FIFO or a link to `/dev/zero` named `x.ron` is refused, not waited on
/// or read forever).
fn read_text(path: &Path) -> Result<String, String> {
    crate::files::read_text(path, MAX_RON_BYTES).map_err(|error| match error {
        ReadError::NotUtf8 { .. } => crate::t!("file-not-utf8"),
        ReadError::TooLarge { limit, .. } => crate::t!(
            "content-file-too-large",
            limit = crate::files::size_words(limit)
        ),
        other => other.reason(),
    })
}

/// A folder made of texts in memory (see [`super::Library::load_texts`]).
pub(crate) fn folder_from_texts(
    root: &Path,
    texts: &[(&str, &str)],
    problems: &mut Vec<Problem>,
) -> Folder {
    let mut files = Vec::new();
    for (rel, text) in texts {
        let display = root.join(rel).display().to_string();
        match classify(Path::new(rel)) {
            Classified::Ignore => {}
            Classified::Warn(message) => problems.push(Problem::warning(display, None, message)),
            Classified::Load(kind) => files.push(SourceFile {
                kind,
                display,
                text: without_bom(text).to_string(),
            }),
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Folder {
        origin: Origin::Folder(root.to_path_buf()),
        files,
    }
}

/// A relative path with forward slashes on every platform.
pub(crate) fn slash_path(rel: &Path) -> String {
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}
