//! The manifest of a content pack: `pack.ron` at the root of a content
//! folder a physiotherapist hands over (`limber export-routine` writes one,
//! `limber import` and `limber check` read it). Every field is optional:
//!
//! ```ron
//! (
//!     author: "Sam Lee, physiotherapist",
//!     version: "2",
//!     reviewed: "2025-06-02",   // when a clinician last reviewed it
//! )
//! ```
//!
//! The content loader ignores the file (it holds no exercise content); the
//! app shows it next to the pack's routines and exercises.
//!
//! Where an item came from: `limber import` records each pack it brings
//! into `<data dir>/content` as an [`ImportedPack`] in
//! `content/.packs/` (the files it wrote and its manifest), and a folder
//! given with `--content` may carry its own `pack.ron`. [`FolderPacks`]
//! reads both when a folder loads, and the library keeps, per routine and
//! exercise, the [`PackOrigin`] of the file it was loaded from.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::problem::{Place, Problem};

/// The manifest's file name, at the root of the pack.
pub const MANIFEST_FILE: &str = "pack.ron";

/// Largest manifest read, bytes: three short fields need far less.
pub const MAX_MANIFEST_BYTES: u64 = 16 * 1024;

/// Longest text accepted in a field, characters (it is shown in the app).
pub const MAX_FIELD_CHARS: usize = 200;

/// Who made a pack, which version it is and when it was last reviewed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
    /// The date (YYYY-MM-DD) a clinician last reviewed the pack.
    #[serde(default)]
    pub reviewed: Option<String>,
}

impl Manifest {
    /// "by Sam Lee · version 2 · reviewed 2 June 2025", or `None` when
    /// every field is empty.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(author) = self.author.as_deref().filter(|a| !a.trim().is_empty()) {
            parts.push(crate::t!("pack-by", author = author.trim()));
        }
        if let Some(version) = self.version.as_deref().filter(|v| !v.trim().is_empty()) {
            parts.push(crate::t!("pack-version", version = version.trim()));
        }
        if let Some(reviewed) = self.reviewed.as_deref().filter(|r| !r.trim().is_empty()) {
            let shown = chrono::NaiveDate::parse_from_str(reviewed.trim(), "%Y-%m-%d")
                // The month's English name: the locale's names live in
                // `words`, a layer above the content.
                .map(|date| date.format("%-d %B %Y").to_string())
                .unwrap_or_else(|_| reviewed.trim().to_string());
            parts.push(crate::t!("pack-reviewed", date = shown));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// Values that parse but cannot be shown or trusted, as messages.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (name, value) in [
            ("author", &self.author),
            ("version", &self.version),
            ("reviewed", &self.reviewed),
        ] {
            let Some(value) = value else { continue };
            if value.chars().count() > MAX_FIELD_CHARS {
                problems.push(crate::t!(
                    "pack-field-too-long",
                    field = name,
                    max = MAX_FIELD_CHARS
                ));
            }
            if value.chars().any(char::is_control) {
                problems.push(crate::t!("pack-field-control", field = name));
            }
        }
        if let Some(reviewed) = &self.reviewed
            && chrono::NaiveDate::parse_from_str(reviewed.trim(), "%Y-%m-%d").is_err()
        {
            problems.push(crate::t!(
                "pack-reviewed-invalid",
                reviewed = reviewed.as_str()
            ));
        }
        problems
    }

    /// The manifest as RON, for writing into a pack.
    pub fn to_ron(&self) -> String {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let pretty = ron::ser::PrettyConfig::new().struct_names(false);
        let body = options
            .to_string_pretty(self, pretty)
            .unwrap_or_else(|_| "()".to_string());
        format!(
            // untranslated: a file for content authors, whose guide is English
            "// A Limber content pack: who made it, its version and when a clinician\n\
             // last reviewed it (YYYY-MM-DD). See content/README.md.\n{body}\n"
        )
    }
}

/// Where an import records the packs it brought in, inside the content
/// folder (hidden, so the content loader ignores it).
pub const PACKS_FOLDER: &str = ".packs";

/// Most pack records read from one content folder, and the largest one:
/// a person imports a handful of packs, not thousands.
pub const MAX_PACK_RECORDS: usize = 1000;
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// A pack as recorded at import: what the app shows next to its routines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedPack {
    /// The file or folder name it was imported from.
    pub name: String,
    #[serde(default)]
    pub manifest: Manifest,
    /// Routine ids the pack brought.
    #[serde(default)]
    pub routines: Vec<String>,
    /// Files it wrote, relative to the content folder.
    #[serde(default)]
    pub files: Vec<String>,
    /// When, as Unix seconds.
    pub imported_at: u64,
    /// What it replaced, in words ("the shipped exercise “Knee to chest”
    /// (knee-to-chest)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced: Vec<String>,
    /// Whether the app has told the person what it replaced (once).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub announced: bool,
}

/// The pack a routine or exercise came from, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackOrigin {
    /// The pack's file or folder name ("sam-lower-back.zip").
    pub name: String,
    pub manifest: Manifest,
}

impl PackOrigin {
    /// "From the pack “sam-lower-back.zip”: by Sam Lee · version 2 ·
    /// reviewed 2 June 2025".
    pub fn describe(&self) -> String {
        match self.manifest.describe() {
            Some(about) => crate::t!("pack-from-about", pack = self.name.as_str(), about = about),
            None => crate::t!("pack-from", pack = self.name.as_str()),
        }
    }
}

/// The packs of one content folder: the import records in its `.packs/`
/// (each names the files it wrote; the latest import of a file wins) and
/// its own `pack.ron`, which covers every file no record names.
#[derive(Debug, Default)]
pub(crate) struct FolderPacks {
    by_file: HashMap<String, Arc<PackOrigin>>,
    whole: Option<Arc<PackOrigin>>,
}

impl FolderPacks {
    /// Reads what `root` records. Unreadable or broken records are
    /// skipped: they only label items, and `limber check` reports a broken
    /// `pack.ron` itself.
    pub(crate) fn read(root: &Path) -> FolderPacks {
        let mut packs = FolderPacks::default();
        let mut records = read_records(root);
        records.sort_by_key(|record| record.imported_at);
        for record in records {
            let origin = Arc::new(PackOrigin {
                name: record.name,
                manifest: record.manifest,
            });
            for file in record.files {
                packs.by_file.insert(file, origin.clone());
            }
        }
        if let Ok(Some(manifest)) = read_manifest(root) {
            let name = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.display().to_string());
            packs.whole = Some(Arc::new(PackOrigin { name, manifest }));
        }
        packs
    }

    /// The pack of the file at `relative` (with `/` separators).
    pub(crate) fn of_file(&self, relative: &str) -> Option<Arc<PackOrigin>> {
        self.by_file.get(relative).or(self.whole.as_ref()).cloned()
    }
}

/// The import records in `<content>/.packs/`, any order; unreadable ones
/// are left out.
pub fn read_records(content: &Path) -> Vec<ImportedPack> {
    let folder = content.join(PACKS_FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .take(MAX_PACK_RECORDS)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|x| x == "ron"))
        .filter_map(|path| crate::files::read_text(&path, MAX_RECORD_BYTES).ok())
        .filter_map(|text| ron::from_str(&text).ok())
        .collect()
}

/// Which pack each loaded routine and exercise came from (items of the
/// shipped content and of folders without pack records have none).
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub(crate) routines: HashMap<String, Arc<PackOrigin>>,
    pub(crate) exercises: HashMap<String, Arc<PackOrigin>>,
}

/// What `limber check DIR` says about the packs of a folder before its
/// problems: the folder's own manifest field by field, and the packs
/// imported into it. Returns `false` when the manifest is broken (its
/// problems are printed, with `file:line:col`).
pub fn write_about(dir: &Path, out: &mut dyn std::io::Write) -> std::io::Result<bool> {
    let mut ok = true;
    match read_manifest(dir) {
        Ok(Some(manifest)) => {
            writeln!(
                out,
                "{}",
                crate::t!("pack-manifest-heading", file = MANIFEST_FILE)
            )?;
            let reviewed = manifest.reviewed.as_deref().map(|r| {
                chrono::NaiveDate::parse_from_str(r.trim(), "%Y-%m-%d")
                    .map_or_else(|_| r.to_string(), |d| d.format("%-d %B %Y").to_string())
            });
            for (name, value) in [
                ("author", manifest.author.clone()),
                ("version", manifest.version.clone()),
                ("reviewed", reviewed),
            ] {
                let value = value
                    .filter(|v| !v.trim().is_empty())
                    .unwrap_or_else(|| crate::t!("pack-field-not-given"));
                writeln!(out, "  {:<9} {}", format!("{name}:"), value.trim())?;
            }
        }
        Ok(None) => {}
        Err(problems) => {
            ok = false;
            for problem in problems {
                writeln!(out, "{problem}")?;
            }
        }
    }
    let mut records = read_records(dir);
    records.sort_by(|a, b| a.name.cmp(&b.name));
    if !records.is_empty() {
        writeln!(
            out,
            "{}",
            crate::t!("pack-imported-heading", folder = PACKS_FOLDER)
        )?;
    }
    for record in records {
        let origin = PackOrigin {
            name: record.name,
            manifest: record.manifest,
        };
        let about = origin
            .manifest
            .describe()
            .unwrap_or_else(|| crate::t!("pack-about-nothing"));
        let line = if record.routines.is_empty() {
            crate::t!(
                "pack-imported-line",
                pack = origin.name.as_str(),
                about = about
            )
        } else {
            crate::t!(
                "pack-imported-line-routines",
                pack = origin.name.as_str(),
                about = about,
                routines = record.routines.join(", ")
            )
        };
        writeln!(out, "  {line}")?;
    }
    Ok(ok)
}

/// Parses manifest text; `display` names the file in problems.
pub fn parse_manifest(text: &str, display: &str) -> Result<Manifest, Vec<Problem>> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let manifest: Manifest = options.from_str(text).map_err(|error| {
        vec![Problem::error(
            display,
            Some(Place {
                line: error.span.start.line,
                col: error.span.start.col,
            }),
            error.code.to_string(),
        )]
    })?;
    let problems: Vec<Problem> = manifest
        .problems()
        .into_iter()
        .map(|message| Problem::error(display, None, message))
        .collect();
    if problems.is_empty() {
        Ok(manifest)
    } else {
        Err(problems)
    }
}

/// Reads `<dir>/pack.ron`: `Ok(None)` when the folder has none, the
/// problems (with `file:line:col`) when it is unreadable or invalid.
pub fn read_manifest(dir: &Path) -> Result<Option<Manifest>, Vec<Problem>> {
    let path = dir.join(MANIFEST_FILE);
    let display = path.display().to_string();
    let fail = |message: String| vec![Problem::error(&display, None, message)];
    let metadata = match std::fs::symlink_metadata(&path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(fail(crate::t!(
                "file-unreadable",
                error = error.to_string()
            )));
        }
    };
    if !metadata.is_file() {
        return Err(fail(crate::t!("file-not-regular")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .and_then(|file| file.take(MAX_MANIFEST_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| fail(crate::t!("file-unreadable", error = error.to_string())))?;
    if bytes.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(fail(crate::t!(
            "pack-manifest-too-large",
            kib = MAX_MANIFEST_BYTES / 1024
        )));
    }
    let text = String::from_utf8(bytes).map_err(|_| fail(crate::t!("file-not-utf8")))?;
    // A byte-order mark is fine, as in every content file.
    parse_manifest(text.strip_prefix('\u{feff}').unwrap_or(&text), &display).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_optional_and_round_trip() {
        let empty = parse_manifest("()", "pack.ron").expect("empty is fine");
        assert_eq!(empty, Manifest::default());
        assert_eq!(empty.describe(), None);
        let full = Manifest {
            author: Some("Sam Lee, physiotherapist".into()),
            version: Some("2".into()),
            reviewed: Some("2025-06-02".into()),
        };
        let text = full.to_ron();
        assert!(
            text.contains("author: \"Sam Lee, physiotherapist\""),
            "{text}"
        );
        assert!(!text.contains("Some("), "plain values: {text}");
        assert_eq!(parse_manifest(&text, "pack.ron").expect("parses"), full);
        assert_eq!(
            full.describe().as_deref(),
            Some("by Sam Lee, physiotherapist · version 2 · reviewed 2 June 2025")
        );
    }

    #[test]
    fn mistakes_are_named_with_a_place() {
        let problems = parse_manifest("(\n  autor: \"x\",\n)", "pack.ron").expect_err("typo");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2), "{}", problems[0]);
        assert!(problems[0].to_string().contains("autor"), "{}", problems[0]);
        let problems = parse_manifest("(reviewed: \"last week\")", "pack.ron").expect_err("date");
        assert!(
            problems[0].message.contains("YYYY-MM-DD"),
            "{}",
            problems[0]
        );
        let long = format!("(author: \"{}\")", "a".repeat(300));
        assert!(parse_manifest(&long, "pack.ron").is_err());
    }

    #[test]
    fn the_library_knows_which_pack_an_item_came_from() {
        use crate::content::{Library, Sources};
        let dir = tempfile::tempdir().expect("temp dir");
        let content = dir.path().join("content");
        let write = |relative: &str, text: &str| {
            let path = content.join(relative);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(path, text).expect("write");
        };
        let routine = |id: &str| {
            format!(
                "(id: \"{id}\", title: \"{id}\", description: \"x\", area: \"hips\", \
                 exercises: [(exercise: \"butterfly-stretch\")])"
            )
        };
        write("routines/from-sam.ron", &routine("from-sam"));
        write("routines/mine.ron", &routine("mine"));
        // Two imports wrote the same file: the later one brought it.
        let record = |name: &str, author: &str, at: u64| ImportedPack {
            name: name.into(),
            manifest: Manifest {
                author: Some(author.into()),
                version: Some("2".into()),
                reviewed: Some("2025-06-02".into()),
            },
            routines: vec!["from-sam".into()],
            files: vec!["routines/from-sam.ron".into()],
            imported_at: at,
            replaced: Vec::new(),
            announced: false,
        };
        for (file, pack) in [
            ("b.ron", record("sam.zip", "Sam Lee", 20)),
            ("a.ron", record("old.zip", "Someone", 10)),
        ] {
            write(
                &format!("{PACKS_FOLDER}/{file}"),
                &ron::to_string(&pack).expect("ron"),
            );
        }
        let (library, problems) = Library::load(&Sources {
            user_dir: Some(content.clone()),
            extra_dir: None,
        });
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            library
                .routine_pack("from-sam")
                .map(PackOrigin::describe)
                .as_deref(),
            Some("From the pack “sam.zip”: by Sam Lee · version 2 · reviewed 2 June 2025")
        );
        assert_eq!(library.routine_pack("mine"), None, "not from a pack");
        assert_eq!(library.routine_pack("hips"), None, "shipped");
        assert_eq!(library.exercise_pack("butterfly-stretch"), None);

        // A folder given with --content carrying its own pack.ron: all of
        // it is that pack's.
        std::fs::write(content.join(MANIFEST_FILE), "(author: \"Clinic\")").expect("write");
        let (library, _) = Library::load(&Sources {
            user_dir: None,
            extra_dir: Some(content.clone()),
        });
        assert_eq!(
            library
                .routine_pack("mine")
                .map(PackOrigin::describe)
                .as_deref(),
            Some("From the pack “content”: by Clinic")
        );
        assert_eq!(
            library.routine_pack("from-sam").map(|o| o.name.as_str()),
            Some("sam.zip"),
            "a record still names its own files"
        );
    }

    #[test]
    fn check_prints_the_manifest_and_the_imported_packs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut out = Vec::new();
        assert!(write_about(dir.path(), &mut out).expect("written"));
        assert!(out.is_empty(), "nothing to say about a plain folder");
        std::fs::write(
            dir.path().join(MANIFEST_FILE),
            "(author: \"Sam Lee\", reviewed: \"2025-06-02\")",
        )
        .expect("write");
        std::fs::create_dir(dir.path().join(PACKS_FOLDER)).expect("folder");
        let record = ImportedPack {
            name: "hips.zip".into(),
            manifest: Manifest {
                version: Some("3".into()),
                ..Manifest::default()
            },
            routines: vec!["hips-sam".into()],
            files: vec![],
            imported_at: 1,
            replaced: Vec::new(),
            announced: false,
        };
        std::fs::write(
            dir.path().join(PACKS_FOLDER).join("hips.ron"),
            ron::to_string(&record).expect("ron"),
        )
        .expect("write");
        let mut out = Vec::new();
        assert!(write_about(dir.path(), &mut out).expect("written"));
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "Pack manifest pack.ron:\n  author:   Sam Lee\n  version:  (not given)\n  \
             reviewed: 2 June 2025\nImported packs (.packs):\n  hips.zip: version 3; routines: hips-sam\n"
        );
        std::fs::write(dir.path().join(MANIFEST_FILE), "(autor: \"x\")").expect("write");
        let mut out = Vec::new();
        assert!(!write_about(dir.path(), &mut out).expect("written"));
        assert!(String::from_utf8_lossy(&out).contains("pack.ron:1:"));
    }

    #[test]
    fn reading_a_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(read_manifest(dir.path()).expect("none is fine"), None);
        std::fs::write(dir.path().join(MANIFEST_FILE), "(version: \"3\")").expect("write");
        let manifest = read_manifest(dir.path()).expect("reads").expect("present");
        assert_eq!(manifest.version.as_deref(), Some("3"));
        std::fs::write(dir.path().join(MANIFEST_FILE), "(version: ").expect("write");
        let problems = read_manifest(dir.path()).expect_err("broken");
        assert!(
            problems[0].to_string().contains("pack.ron:1:"),
            "{}",
            problems[0]
        );
    }
}
