//! Importing a pack into `<data dir>/content`.
//!
//! 1. The pack is brought into a staging folder inside the data dir
//!    (`.import-<time>-<pid>/pack`), with the zip and folder rules of
//!    [`super::archive`].
//! 2. It is checked alone over the shipped content, exactly as
//!    `limber check PACK` would; any error refuses it.
//! 3. The person's current content is copied beside it and the pack laid
//!    over it (`.import-…/merged`); that result is checked too, so a pack
//!    that clashes with what is already there (the same id in two files) is
//!    refused rather than half-loaded.
//! 4. The new folder and `content` change places in one step (Linux's
//!    `renameat2(RENAME_EXCHANGE)`, macOS's `renamex_np(RENAME_SWAP)`), so
//!    at every instant `content` is the old folder or the new one; the
//!    staging folder, which now holds the old one, is removed. Where the
//!    system cannot exchange two folders (Windows, some file systems) it
//!    takes two renames, and for an instant there is no `content`: an
//!    import killed then leaves the old folder in the staging folder as
//!    `previous`, and [`lock_content`], which every change of the content
//!    folder goes through, puts it back first, merging in anything made
//!    meanwhile. Nothing of the person's is deleted on the way.
//!
//! One change at a time: `.content-import.lock` in the data dir is held
//! throughout (by the routine builder's saves too).

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
    /// What the pack replaced, in words: shipped items ("the shipped
    /// exercise “Knee to chest” (knee-to-chest)"), the person's own items
    /// and files.
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

/// Held while `<data dir>/content` is changed; released when dropped (and
/// by the system when the process ends, however it ends).
#[derive(Debug)]
pub struct ContentLock {
    _file: fs::File,
}

/// Takes the content folder's lock (waiting for an import or a save in
/// progress), then puts right an import a kill interrupted, so what the
/// caller changes is the person's whole content folder. The lock file must
/// be a regular file: anything else is refused at once.
pub fn lock_content(data_dir: &Path) -> Result<ContentLock, PackError> {
    fs::create_dir_all(data_dir).map_err(PackError::io("creating", data_dir))?;
    let path = data_dir.join(CONTENT_LOCK_FILE);
    let file = crate::files::open_lock_file(&path).map_err(PackError::io("opening", &path))?;
    file.lock().map_err(PackError::io("locking", &path))?;
    recover(data_dir)?;
    Ok(ContentLock { _file: file })
}

/// Imports the pack at `pack` (a folder, or a `.zip` file) into
/// `<data_dir>/content`. On any problem nothing is changed and every
/// problem found is in the error.
pub fn import(pack: &Path, data_dir: &Path) -> Result<ImportSummary, PackError> {
    let lock = lock_content(data_dir)?;
    step("locked");
    let staging = data_dir.join(format!(
        "{STAGING_PREFIX}{}-{}",
        crate::time::unix_now(),
        std::process::id()
    ));
    let result = import_staged(pack, data_dir, &staging);
    if result.is_ok() {
        step("placed");
    }
    let _ = fs::remove_dir_all(&staging);
    sync(data_dir);
    if result.is_ok() {
        step("cleaned");
    }
    drop(lock);
    result
}

/// A place a test can stop an import at, as `kill -9` would: with the
/// `testing` feature, the process kills itself when
/// `LIMBER_KILL_IMPORT_AT` names this step. Nothing in the app.
fn step(name: &str) {
    #[cfg(all(feature = "testing", unix))]
    if std::env::var("LIMBER_KILL_IMPORT_AT").is_ok_and(|at| at == name) {
        // SAFETY: kill(2) on this process; nothing is borrowed.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGKILL);
        }
    }
    #[cfg(not(all(feature = "testing", unix)))]
    let _ = name;
}

/// Whether this import may exchange folders in one step (a test turns it
/// off with `LIMBER_IMPORT_WITHOUT_EXCHANGE` to try the two renames).
fn may_exchange() -> bool {
    #[cfg(feature = "testing")]
    if std::env::var_os("LIMBER_IMPORT_WITHOUT_EXCHANGE").is_some() {
        return false;
    }
    true
}

/// Puts right what an import killed part-way left, then removes its
/// staging folder. A staging folder with `previous` but no `merged`
/// finished: `content` is the new folder and `previous` the old one. With
/// `merged` still there it did not: `content` is missing (put `previous`
/// back) or was made afresh meanwhile (by hand, or by a Limber without
/// this recovery): its files are moved into `previous`, a file that
/// differs from one there into `previous/.kept/`, and `previous` goes back.
/// Without `previous` the staging folder holds only copies.
fn recover(data_dir: &Path) -> Result<(), PackError> {
    let content = data_dir.join("content");
    let Ok(entries) = fs::read_dir(data_dir) else {
        return Ok(());
    };
    let mut staged: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(STAGING_PREFIX)
                && entry.file_type().is_ok_and(|kind| kind.is_dir())
        })
        .map(|entry| entry.path())
        .collect();
    staged.sort();
    for staging in staged {
        let previous = staging.join("previous");
        // `content` is what Limber before this one called `merged`.
        let unfinished = staging.join("merged").exists() || staging.join("content").exists();
        if previous.is_dir() && unfinished {
            if content.exists() {
                // The folder the routine builder keeps replaced files in
                // (hidden, so never loaded as content).
                let kept = previous
                    .join(".kept")
                    .join(format!("recovered-{}", crate::time::unix_now()));
                move_missing(&content, &previous, &kept, Path::new(""))?;
                let interim = staging.join("interim");
                fs::rename(&content, &interim).map_err(PackError::io("moving aside", &content))?;
            }
            fs::rename(&previous, &content).map_err(PackError::io("restoring", &content))?;
            sync(data_dir);
        }
        // Only copies are left in it now (or the old folder of an import
        // that finished).
        fs::remove_dir_all(&staging).map_err(PackError::io("removing", &staging))?;
    }
    Ok(())
}

/// Moves every file under `from/relative` that `into` lacks into `into`
/// (the same place), and each that differs from the one there into
/// `kept`; identical files stay (they are in `into` already).
fn move_missing(from: &Path, into: &Path, kept: &Path, relative: &Path) -> Result<(), PackError> {
    let folder = from.join(relative);
    for entry in fs::read_dir(&folder).map_err(PackError::io("reading", &folder))? {
        let entry = entry.map_err(PackError::io("reading", &folder))?;
        let rel = relative.join(entry.file_name());
        let kind = entry
            .file_type()
            .map_err(PackError::io("reading", entry.path()))?;
        if kind.is_dir() {
            move_missing(from, into, kept, &rel)?;
            continue;
        }
        let source = from.join(&rel);
        let there = into.join(&rel);
        let target = match fs::symlink_metadata(&there) {
            Err(_) => there,
            Ok(_) if !kind.is_symlink() && fs::read(&source).ok() == fs::read(&there).ok() => {
                continue;
            }
            Ok(_) => kept.join(&rel),
        };
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
        }
        fs::rename(&source, &target).map_err(PackError::io("moving", &source))?;
    }
    Ok(())
}

/// Makes `new` the content folder in one step where the system can, else
/// in two renames (see the module docs); the old folder ends up in the
/// staging folder.
fn swap_into_place(new: &Path, content: &Path, staging: &Path) -> Result<(), PackError> {
    if !content.exists() {
        fs::rename(new, content).map_err(PackError::io("moving into place", content))?;
        return Ok(());
    }
    if may_exchange() {
        match exchange(new, content) {
            Ok(()) => {
                step("exchanged");
                return Ok(());
            }
            Err(error) if !exchange_unsupported(&error) => {
                return Err(PackError::io("moving into place", content)(error));
            }
            Err(_) => {}
        }
    }
    let previous = staging.join("previous");
    fs::rename(content, &previous).map_err(PackError::io("moving aside", content))?;
    sync(staging.parent().unwrap_or(staging));
    step("aside");
    if let Err(error) = fs::rename(new, content) {
        // Put the old one back before reporting.
        let _ = fs::rename(&previous, content);
        return Err(PackError::io("moving into place", content)(error));
    }
    Ok(())
}

/// The system cannot exchange these folders: fall back to two renames.
fn exchange_unsupported(error: &std::io::Error) -> bool {
    if error.kind() == std::io::ErrorKind::Unsupported {
        return true;
    }
    #[cfg(unix)]
    if let Some(code) = error.raw_os_error() {
        return [libc::EINVAL, libc::ENOSYS, libc::EOPNOTSUPP, libc::ENOTSUP].contains(&code);
    }
    false
}

/// Exchanges two paths in one step: each takes the other's place.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // The system call rather than glibc's wrapper, which older glibc and
    // musl lack.
    // SAFETY: both paths are valid NUL-terminated strings for the call.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Exchanges two paths in one step: each takes the other's place.
#[cfg(target_os = "macos")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings for the call.
    let result = unsafe { libc::renamex_np(a.as_ptr(), b.as_ptr(), libc::RENAME_SWAP) };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
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
        return Err(refuse(vec![crate::t!("pack-not-a-pack-file")]));
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
        problems.push(crate::t!("pack-no-content"));
    }
    if !problems.is_empty() {
        return Err(refuse(problems));
    }

    step("staged");
    // The pack over the person's own content.
    let content = data_dir.join("content");
    let merged = staging.join("merged");
    fs::create_dir_all(&merged).map_err(PackError::io("creating", &merged))?;
    if content.is_dir() {
        copy_tree(&content, &merged)?;
    }
    let mut replaced_files = Vec::new();
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
                replaced_files.push(relative.clone());
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
        .map(|p| crate::t!("pack-clash", problem = p))
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
    let replaced = replaced_by(&staged_pack, &pack_library, &content, &replaced_files);
    let record = ImportedPack {
        name: pack_name(pack),
        manifest: manifest.clone().unwrap_or_default(),
        routines: routine_ids.clone(),
        files: pack_files
            .iter()
            .filter(|f| *f != MANIFEST_FILE)
            .cloned()
            .collect(),
        imported_at: crate::time::unix_now(),
        replaced: replaced.clone(),
        announced: false,
    };
    let record_text =
        ron::ser::to_string_pretty(&record, ron::ser::PrettyConfig::new()).map_err(|error| {
            PackError::Export(crate::t!("pack-cannot-record", error = error.to_string()))
        })?;
    let record_path = merged
        .join(PACKS_FOLDER)
        .join(format!("{}.ron", record_stem(&record.name)));
    if let Some(parent) = record_path.parent() {
        fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
    }
    fs::write(&record_path, record_text).map_err(PackError::io("writing", &record_path))?;

    // Swap it into place.
    sync_tree(&merged);
    sync(staging);
    step("merged");
    swap_into_place(&merged, &content, staging)?;
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

/// The id of an area, exercise or routine file, whatever else it holds.
#[derive(serde::Deserialize)]
struct IdOnly {
    id: String,
}

/// Ids defined by the RON files of one folder of the pack.
fn ids_in(staged: &Path, folder: &str) -> Vec<String> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut ids = std::collections::BTreeSet::new();
    if let Ok(entries) = fs::read_dir(staged.join(folder)) {
        for entry in entries.flatten() {
            let Ok(text) = crate::files::read_text(&entry.path(), crate::content::MAX_RON_BYTES)
            else {
                continue;
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            if folder == "poses" {
                if let Ok(poses) = crate::figure::parse_poses(text) {
                    ids.extend(poses.into_iter().map(|pose| pose.id));
                }
            } else if let Ok(item) = options.from_str::<IdOnly>(text) {
                ids.insert(item.id);
            }
        }
    }
    ids.into_iter().collect()
}

/// What the pack's own items replace, in words: an item whose id is
/// already loaded (shipped, or in the person's content folder) and that
/// the pack changes; then files of the person's folder it overwrites that
/// are not such items (pictures).
fn replaced_by(
    staged: &Path,
    pack: &Library,
    content: &Path,
    replaced_files: &[String],
) -> Vec<String> {
    let (shipped, _) = Library::shipped();
    let (before, _) = Library::load(&Sources {
        user_dir: None,
        extra_dir: content.is_dir().then(|| content.to_path_buf()),
    });
    let mut said = Vec::new();
    let mut describe = |what: &str, id: &str, title: &str, is_shipped: bool| {
        let whose = if is_shipped { "shipped" } else { "yours" };
        said.push(crate::t!(
            "pack-replaced-item",
            whose = whose,
            kind = what,
            title = title,
            id = id
        ));
    };
    for id in ids_in(staged, "areas") {
        if let (Some(new), Some(old)) = (pack.area(&id), before.area(&id))
            && new != old
        {
            describe("area", &id, &old.title, shipped.area(&id) == Some(old));
        }
    }
    for id in ids_in(staged, "exercises") {
        if let (Some(new), Some(old)) = (pack.exercise(&id), before.exercise(&id))
            && new != old
        {
            describe(
                "exercise",
                &id,
                &old.title,
                shipped.exercise(&id) == Some(old),
            );
        }
    }
    for id in ids_in(staged, "routines") {
        if let (Some(new), Some(old)) = (pack.routine(&id), before.routine(&id))
            && new != old
        {
            describe(
                "routine",
                &id,
                &old.title,
                shipped.routine(&id) == Some(old),
            );
        }
    }
    for id in ids_in(staged, "poses") {
        if let (Some(new), Some(old)) = (pack.pose(&id), before.pose(&id))
            && new != old
        {
            describe("pose", &id, &id, shipped.pose(&id) == Some(old));
        }
    }
    let items = ["areas/", "exercises/", "routines/", "poses/"];
    for file in replaced_files {
        if !items
            .iter()
            .any(|folder| file.starts_with(folder) && file.ends_with(".ron"))
        {
            said.push(crate::t!("pack-replaced-file", file = file.as_str()));
        }
    }
    said
}

/// Tells once what each imported pack replaced: the records whose
/// replacements the app has not shown yet are marked shown, and their
/// words returned (the app shows them as notices at start).
pub fn take_replacement_notices(data_dir: &Path) -> Vec<String> {
    let content = data_dir.join("content");
    if !content.join(PACKS_FOLDER).is_dir() {
        return Vec::new();
    }
    let Ok(_lock) = lock_content(data_dir) else {
        return Vec::new();
    };
    let Ok(entries) = fs::read_dir(content.join(PACKS_FOLDER)) else {
        return Vec::new();
    };
    let mut notices = Vec::new();
    for entry in entries
        .flatten()
        .take(crate::content::pack::MAX_PACK_RECORDS)
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let Ok(text) = crate::files::read_text(&path, crate::content::pack::MAX_RECORD_BYTES)
        else {
            continue;
        };
        let Ok(mut record) = ron::from_str::<ImportedPack>(&text) else {
            continue;
        };
        if record.announced || record.replaced.is_empty() {
            continue;
        }
        record.announced = true;
        let Ok(text) = ron::ser::to_string_pretty(&record, ron::ser::PrettyConfig::new()) else {
            continue;
        };
        // Said only once it is recorded as said.
        if crate::profile::write_atomically(&path, text.as_bytes()).is_ok() {
            notices.push(crate::t!(
                "pack-replaced",
                pack = record.name.as_str(),
                items = record.replaced.join("; ")
            ));
        }
    }
    notices
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
                ids.insert(routine.id.into_string());
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

/// Flushes every file and folder below `root` to disk (best effort), so
/// the folder swapped into place is whole after a power cut too.
fn sync_tree(root: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => sync_tree(&entry.path()),
            Ok(kind) if kind.is_file() => {
                if let Ok(file) = fs::File::open(entry.path()) {
                    let _ = file.sync_all();
                }
            }
            _ => {}
        }
    }
    sync(root);
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
