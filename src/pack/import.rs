//! Importing a pack into `<data dir>/content`.
//!
//! 1. The pack is brought into a staging folder inside the data dir
//!    (`.import-<time>-<pid>/pack`), with the zip and folder rules of
//!    [`super::archive`].
//! 2. It is checked alone over the shipped content, exactly as
//!    `limber check PACK` would; any error refuses it.
//! 3. The person's current content is copied beside it and the pack laid
//!    over it (`.import-…/content`); that result is checked too, so a pack
//!    that clashes with what is already there (the same id in two files) is
//!    refused rather than half-loaded.
//! 4. The old `content` is renamed aside and the new one renamed into
//!    place; the staging folder is removed. A crash before the last rename
//!    leaves the old content untouched; a crash between the two renames
//!    leaves `content` missing with the old one in the staging folder,
//!    and the next import puts it back before doing anything else.
//!
//! One import at a time: `.content-import.lock` in the data dir is held
//! throughout.

use std::fs;
use std::path::{Path, PathBuf};

use super::PackError;
use super::archive::{copy_folder, extract_zip};
use crate::content::pack::{
    ImportedPack, MANIFEST_FILE, Manifest, PACKS_FOLDER, read_manifest, read_records,
};
use crate::content::{Library, Problem, Severity, Sources};

const STAGING_PREFIX: &str = ".import-";
/// Held by whoever changes `<data dir>/content` (an import, the routine
/// builder), so one never works on a copy the other is about to replace.
pub const CONTENT_LOCK_FILE: &str = ".content-import.lock";

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub content_dir: PathBuf,
    pub manifest: Option<Manifest>,
    pub areas: usize,
    pub exercises: usize,
    pub routines: Vec<String>,
    pub poses: usize,
    pub images: usize,
    /// Files that were already there and were replaced.
    pub replaced: Vec<String>,
    /// Warnings from the check (the pack was imported anyway).
    pub warnings: Vec<String>,
}

/// The packs imported into `<data dir>/content`, as recorded, by name;
/// unreadable records are skipped.
pub fn imported_packs(data_dir: &Path) -> Vec<ImportedPack> {
    let mut packs = read_records(&data_dir.join("content"));
    packs.sort_by(|a, b| a.name.cmp(&b.name));
    packs
}

/// Imports the pack at `pack` (a folder, or a `.zip` file) into
/// `<data_dir>/content`. On any problem nothing is changed and every
/// problem found is in the error.
pub fn import(pack: &Path, data_dir: &Path) -> Result<ImportSummary, PackError> {
    fs::create_dir_all(data_dir).map_err(PackError::io("creating", data_dir))?;
    let lock_path = data_dir.join(CONTENT_LOCK_FILE);
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(PackError::io("opening", &lock_path))?;
    lock.lock().map_err(PackError::io("locking", &lock_path))?;
    recover(data_dir)?;

    let staging = data_dir.join(format!(
        "{STAGING_PREFIX}{}-{}",
        crate::profile::unix_now(),
        std::process::id()
    ));
    let result = import_staged(pack, data_dir, &staging);
    let _ = fs::remove_dir_all(&staging);
    drop(lock);
    result
}

/// Puts back a content folder left aside by an import that was killed
/// between its two renames, and removes old staging folders.
fn recover(data_dir: &Path) -> Result<(), PackError> {
    let content = data_dir.join("content");
    let Ok(entries) = fs::read_dir(data_dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(STAGING_PREFIX) {
            continue;
        }
        let previous = entry.path().join("previous");
        if !content.exists() && previous.is_dir() {
            fs::rename(&previous, &content).map_err(PackError::io("restoring", &content))?;
        }
        let _ = fs::remove_dir_all(entry.path());
    }
    Ok(())
}

fn pack_name(pack: &Path) -> String {
    pack.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| pack.display().to_string())
}

/// A problem found in a staged folder, named as the person knows the
/// file: inside the pack they gave.
fn renamed(problem: &Problem, staged: &Path, shown_as: &str) -> String {
    let staged = staged.display().to_string();
    let mut problem = problem.clone();
    if let Some(rest) = problem.path.strip_prefix(&staged) {
        problem.path = format!("{shown_as}{rest}");
    }
    problem.to_string()
}

fn errors_of(folder: &Path) -> Vec<Problem> {
    let (_, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(folder.to_path_buf()),
    });
    problems
}

fn import_staged(pack: &Path, data_dir: &Path, staging: &Path) -> Result<ImportSummary, PackError> {
    let shown = pack.display().to_string();
    let refuse = |problems: Vec<String>| PackError::Refused {
        pack: shown.clone(),
        problems,
    };
    let staged_pack = staging.join("pack");
    fs::create_dir_all(&staged_pack).map_err(PackError::io("creating", &staged_pack))?;
    let metadata = fs::metadata(pack).map_err(PackError::io("reading", pack))?;
    if metadata.is_dir() {
        copy_folder(pack, &staged_pack)?;
    } else if pack
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        extract_zip(pack, &staged_pack)?;
    } else {
        return Err(refuse(vec![
            "a pack is a folder or a .zip file".to_string(),
        ]));
    }

    // The pack alone, as `limber check` sees it.
    let mut problems = Vec::new();
    let manifest = match read_manifest(&staged_pack) {
        Ok(manifest) => manifest,
        Err(found) => {
            problems.extend(found.iter().map(|p| renamed(p, &staged_pack, &shown)));
            None
        }
    };
    let found = errors_of(&staged_pack);
    let warnings: Vec<String> = found
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(|p| renamed(p, &staged_pack, &shown))
        .collect();
    problems.extend(
        found
            .iter()
            .filter(|p| p.fails_check())
            .map(|p| renamed(p, &staged_pack, &shown)),
    );
    let pack_files = list_files(&staged_pack)?;
    let content_files: Vec<&String> = pack_files
        .iter()
        .filter(|f| {
            ["areas/", "exercises/", "routines/", "poses/"]
                .iter()
                .any(|folder| f.starts_with(folder) && f.ends_with(".ron"))
        })
        .collect();
    if content_files.is_empty() && problems.is_empty() {
        problems.push(
            "no areas/, exercises/, routines/ or poses/ files: this is not a Limber content pack"
                .to_string(),
        );
    }
    if !problems.is_empty() {
        return Err(refuse(problems));
    }

    // The pack over the person's own content.
    let content = data_dir.join("content");
    let merged = staging.join("content");
    fs::create_dir_all(&merged).map_err(PackError::io("creating", &merged))?;
    if content.is_dir() {
        copy_tree(&content, &merged)?;
    }
    let mut replaced = Vec::new();
    for relative in &pack_files {
        if relative == MANIFEST_FILE {
            continue;
        }
        let from = staged_pack.join(relative);
        let to = merged.join(relative);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
        }
        if to.exists() {
            let same = fs::read(&from).ok() == fs::read(&to).ok();
            if !same {
                replaced.push(relative.clone());
            }
        }
        fs::copy(&from, &to).map_err(PackError::io("copying", &from))?;
    }
    let before: Vec<String> = if content.is_dir() {
        errors_of(&content)
            .iter()
            .filter(|p| p.fails_check())
            .map(|p| renamed(p, &content, "content"))
            .collect()
    } else {
        Vec::new()
    };
    let clashes: Vec<String> = errors_of(&merged)
        .iter()
        .filter(|p| p.fails_check())
        .map(|p| renamed(p, &merged, "content"))
        .filter(|p| !before.contains(p))
        .map(|p| format!("with your content: {p}"))
        .collect();
    if !clashes.is_empty() {
        return Err(refuse(clashes));
    }

    // Record the pack for the app.
    let (pack_library, _) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(staged_pack.clone()),
    });
    let routine_ids = routines_defined(&staged_pack, &pack_library);
    let record = ImportedPack {
        name: pack_name(pack),
        manifest: manifest.clone().unwrap_or_default(),
        routines: routine_ids.clone(),
        files: pack_files
            .iter()
            .filter(|f| *f != MANIFEST_FILE)
            .cloned()
            .collect(),
        imported_at: crate::profile::unix_now(),
    };
    let record_text = ron::ser::to_string_pretty(&record, ron::ser::PrettyConfig::new())
        .map_err(|error| PackError::Export(format!("cannot record the pack: {error}")))?;
    let record_path = merged
        .join(PACKS_FOLDER)
        .join(format!("{}.ron", record_stem(&record.name)));
    if let Some(parent) = record_path.parent() {
        fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
    }
    fs::write(&record_path, record_text).map_err(PackError::io("writing", &record_path))?;

    // Swap it into place.
    sync(&merged);
    if content.exists() {
        let previous = staging.join("previous");
        fs::rename(&content, &previous).map_err(PackError::io("moving aside", &content))?;
        if let Err(error) = fs::rename(&merged, &content) {
            // Put the old one back before reporting.
            let _ = fs::rename(&previous, &content);
            return Err(PackError::io("moving into place", &content)(error));
        }
    } else {
        fs::rename(&merged, &content).map_err(PackError::io("moving into place", &content))?;
    }
    sync(data_dir);

    let count = |folder: &str| {
        pack_files
            .iter()
            .filter(|f| f.starts_with(&format!("{folder}/")))
            .count()
    };
    Ok(ImportSummary {
        content_dir: content,
        manifest,
        areas: count("areas"),
        exercises: count("exercises"),
        routines: routine_ids,
        poses: count("poses"),
        images: pack_files
            .iter()
            .filter(|f| {
                let lower = f.to_ascii_lowercase();
                [".png", ".jpg", ".jpeg", ".svg"]
                    .iter()
                    .any(|x| lower.ends_with(x))
            })
            .count(),
        replaced,
        warnings,
    })
}

/// Ids of the routines the pack's own files define (and that loaded).
fn routines_defined(staged: &Path, library: &Library) -> Vec<String> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut ids = std::collections::BTreeSet::new();
    if let Ok(entries) = fs::read_dir(staged.join("routines")) {
        for entry in entries.flatten() {
            let Ok(text) = fs::read_to_string(entry.path()) else {
                continue;
            };
            if let Ok(routine) = options.from_str::<crate::content::schema::Routine>(&text)
                && library.routine(&routine.id).is_some()
            {
                ids.insert(routine.id);
            }
        }
    }
    ids.into_iter().collect()
}

fn record_stem(name: &str) -> String {
    let stem: String = name
        .trim_end_matches(".zip")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "pack".to_string()
    } else {
        stem.to_string()
    }
}

/// Every file below `root`, relative, with forward slashes, sorted.
fn list_files(root: &Path) -> Result<Vec<String>, PackError> {
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(relative_dir) = stack.pop() {
        let dir = root.join(&relative_dir);
        for entry in fs::read_dir(&dir).map_err(PackError::io("reading", &dir))? {
            let entry = entry.map_err(PackError::io("reading", &dir))?;
            let relative = relative_dir.join(entry.file_name());
            let kind = entry
                .file_type()
                .map_err(PackError::io("reading", entry.path()))?;
            if kind.is_dir() {
                stack.push(relative);
            } else {
                files.push(
                    relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/"),
                );
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Copies the person's content folder as it is (links stay links).
fn copy_tree(from: &Path, to: &Path) -> Result<(), PackError> {
    for entry in fs::read_dir(from).map_err(PackError::io("reading", from))? {
        let entry = entry.map_err(PackError::io("reading", from))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry
            .file_type()
            .map_err(PackError::io("reading", &source))?;
        if kind.is_symlink() {
            let link = fs::read_link(&source).map_err(PackError::io("reading", &source))?;
            copy_link(&link, &source, &target)?;
        } else if kind.is_dir() {
            fs::create_dir_all(&target).map_err(PackError::io("creating", &target))?;
            copy_tree(&source, &target)?;
        } else if kind.is_file() {
            fs::copy(&source, &target).map_err(PackError::io("copying", &source))?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn copy_link(link: &Path, _source: &Path, target: &Path) -> Result<(), PackError> {
    std::os::unix::fs::symlink(link, target).map_err(PackError::io("linking", target))
}

#[cfg(not(unix))]
fn copy_link(_link: &Path, source: &Path, target: &Path) -> Result<(), PackError> {
    // Without Unix links, copy what the link points at.
    if source.is_dir() {
        fs::create_dir_all(target).map_err(PackError::io("creating", target))?;
        copy_tree(source, target)
    } else {
        fs::copy(source, target)
            .map(|_| ())
            .map_err(PackError::io("copying", source))
    }
}

/// Flushes a folder's entries to disk (best effort; Windows journals
/// renames itself).
fn sync(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
