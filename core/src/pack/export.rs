//! Writing a routine as a content pack.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::PackError;
use crate::content::pack::{MANIFEST_FILE, Manifest};
use crate::content::schema::{DoseOverride, Illustration, Range, Routine, RoutineEntry};
use crate::content::translation::ItemKind;
use crate::content::{ImageSource, Library};
use crate::figure::illustration::MAX_RASTER_FILE_BYTES as MAX_IMAGE_BYTES;
use crate::prescription::Prescribed;

/// What to export.
pub struct ExportRequest<'a> {
    pub library: &'a Library,
    pub routine: &'a Routine,
    /// The routine's exercises with the doses to pin (from
    /// `prescription::prescribe`).
    pub prescribed: &'a [Prescribed<'a>],
    pub manifest: Manifest,
    /// Whose doses these are and when, for the files' header comment
    /// ("Anna's doses on 2 June 2025").
    pub provenance: String,
}

/// The pack's files by path (forward slashes), in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PackFiles {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl PackFiles {
    fn count(&self, folder: &str) -> usize {
        self.files
            .keys()
            .filter(|path| path.starts_with(&format!("{folder}/")))
            .count()
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub path: PathBuf,
    pub exercises: usize,
    pub areas: usize,
    pub poses: usize,
    pub images: usize,
    /// Exercise ids of the routine that the library does not have (left
    /// out of the pack).
    pub missing: Vec<String>,
}

fn ron_text<T: Serialize>(value: &T, header: &str) -> Result<Vec<u8>, PackError> {
    let body = crate::content::to_ron_text(value).map_err(|error| {
        PackError::Export(crate::t!(
            "pack-cannot-write-ron",
            error = error.to_string()
        ))
    })?;
    Ok(format!("{header}{body}\n").into_bytes())
}

/// A file stem from an id: ids of areas, exercises and routines are
/// already kebab-case (the checker insists), pose ids are not checked, so
/// anything else becomes dashes.
fn file_stem(id: &str) -> String {
    let stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        "item".to_string()
    } else {
        stem.chars().take(80).collect()
    }
}

/// The pack's files: the routine with pinned doses, its exercises, areas,
/// poses and pictures, and the manifest.
pub fn pack_files(request: &ExportRequest<'_>) -> Result<PackFiles, PackError> {
    // The content as written: a library in another language holds its
    // translations in place of the texts.
    let library = request.library.untranslated();
    let version = env!("CARGO_PKG_VERSION");
    let header = format!(
        // untranslated: comments of the content files, for their authors
        "// Exported from Limber {version} with {}.\n",
        request.provenance
    );
    let mut files = BTreeMap::new();

    // The routine: only the exercises that exist, each dose pinned. A
    // range (n, n) gives n at every intensity, so whoever plays it gets
    // these numbers (unless they set their own exact values).
    let mut routine = library
        .routine(&request.routine.id)
        .unwrap_or(request.routine)
        .clone();
    // Made in someone's routine builder: on another computer that profile
    // id means nothing (or someone else).
    routine.made_by = None;
    routine.exercises = request
        .prescribed
        .iter()
        .map(|p| {
            let hold = u32::try_from(p.dose.hold.as_secs()).unwrap_or(u32::MAX);
            RoutineEntry {
                exercise: p.exercise.id.clone(),
                dose: Some(DoseOverride {
                    hold_seconds: Some(Range(hold, hold)),
                    repetitions: Some(Range(p.dose.repetitions, p.dose.repetitions)),
                }),
            }
        })
        .collect();
    let routine_header = format!(
        // untranslated: comments of the content files, for their authors
        "{header}// Each dose is pinned to one value, (n, n), so every intensity plays the\n\
         // same hold and repetitions. Widen a range to let the person step up or down.\n"
    );
    files.insert(
        format!("routines/{}.ron", file_stem(&routine.id)),
        ron_text(&routine, &routine_header)?,
    );

    let mut area_ids: BTreeSet<String> = routine.area.iter().cloned().collect();
    let mut pose_ids: BTreeSet<String> = BTreeSet::new();
    let mut images: BTreeMap<String, (ImageSource, String)> = BTreeMap::new();
    for prescribed in request.prescribed {
        let mut exercise = library
            .exercise(&prescribed.exercise.id)
            .unwrap_or(prescribed.exercise)
            .clone();
        area_ids.extend(exercise.areas.iter().cloned());
        let exercise_id = exercise.id.clone();
        for illustration in exercise.illustrations_mut() {
            match illustration {
                Illustration::Pose(id) => {
                    pose_ids.insert(id.clone());
                }
                Illustration::Image(path) => {
                    let source = library
                        .image(&Illustration::Image(path.clone()))
                        .ok_or_else(|| {
                            PackError::Export(crate::t!(
                                "pack-picture-missing",
                                exercise = exercise_id.to_string(),
                                path = path.as_str()
                            ))
                        })?;
                    let name = Path::new(path.as_str())
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| "picture.png".to_string());
                    let extension = Path::new(&name)
                        .extension()
                        .map(|e| e.to_string_lossy().to_ascii_lowercase())
                        .unwrap_or_else(|| "png".to_string());
                    let stem = file_stem(
                        Path::new(&name)
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default()
                            .as_str(),
                    );
                    let key = path.clone();
                    let relative = match images.get(&key) {
                        Some((_, relative)) => relative.clone(),
                        None => {
                            let mut relative =
                                format!("images/{}/{stem}.{extension}", file_stem(&exercise_id));
                            let mut n = 2;
                            while images.values().any(|(_, r)| *r == relative) {
                                relative = format!(
                                    "images/{}/{stem}-{n}.{extension}",
                                    file_stem(&exercise_id)
                                );
                                n += 1;
                            }
                            images.insert(key, (source, relative.clone()));
                            relative
                        }
                    };
                    *path = relative;
                }
            }
        }
        files.insert(
            format!("exercises/{}.ron", file_stem(&exercise.id)),
            ron_text(&exercise, &header)?,
        );
    }
    for id in &area_ids {
        if let Some(area) = library.area(id) {
            pose_ids.insert(area.pose.clone());
            files.insert(
                format!("areas/{}.ron", file_stem(&area.id)),
                ron_text(area, &header)?,
            );
        }
    }
    // One pose per file, named by its id: two packs that share a pose
    // replace the same file on import instead of defining it twice.
    for id in &pose_ids {
        if let Some(pose) = library.pose(id) {
            files.insert(
                format!("poses/{}.ron", file_stem(id)),
                ron_text(&vec![pose], &header)?,
            );
        }
    }
    for (source, relative) in images.values() {
        let bytes = match source {
            ImageSource::Embedded(bytes) => bytes.to_vec(),
            ImageSource::Path(path) => read_capped(path)?,
        };
        files.insert(relative.clone(), bytes);
    }
    // The translations of what the pack holds, as written, so whoever
    // imports it reads it in their language too. Two files for one item
    // and language (the shipped one and a person's own) keep their
    // loading order by a number in front.
    let items = std::iter::once((ItemKind::Routine, routine.id.to_string()))
        .chain(
            request
                .prescribed
                .iter()
                .map(|p| (ItemKind::Exercise, p.exercise.id.to_string())),
        )
        .chain(area_ids.iter().map(|id| (ItemKind::Area, id.clone())));
    for (kind, id) in items {
        let mut by_language: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (language, text) in library.translations().texts_of(kind, &id) {
            by_language.entry(language).or_default().push(text);
        }
        for (language, texts) in by_language {
            let folder = format!("translations/{language}/{}", kind.folder());
            let numbered = texts.len() > 1;
            for (n, text) in texts.into_iter().enumerate() {
                let name = if numbered {
                    format!("{:02}-{}", n + 1, file_stem(&id))
                } else {
                    file_stem(&id)
                };
                files.insert(format!("{folder}/{name}.ron"), text.as_bytes().to_vec());
            }
        }
    }
    files.insert(
        MANIFEST_FILE.to_string(),
        request.manifest.to_ron().into_bytes(),
    );
    Ok(PackFiles { files })
}

fn read_capped(path: &Path) -> Result<Vec<u8>, PackError> {
    // Only a regular file, and no more than a picture may be.
    crate::files::read_bytes(path, MAX_IMAGE_BYTES)
        .map_err(|error| PackError::Export(error.to_string()))
}

/// Writes the pack to `out`: a `.zip` file when the name ends in `.zip`,
/// else a folder that must not exist yet (or be empty). Everything is
/// written under a temporary name first and renamed into place, so a
/// failure leaves nothing behind.
pub fn export(request: &ExportRequest<'_>, out: &Path) -> Result<ExportSummary, PackError> {
    let pack = pack_files(request)?;
    let missing: Vec<String> = request
        .routine
        .exercises
        .iter()
        .map(|e| e.exercise.to_string())
        .filter(|id| !request.prescribed.iter().any(|p| p.exercise.id == *id))
        .collect();
    let is_zip = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if is_zip {
        write_zip(&pack, out)?;
    } else {
        write_folder(&pack, out)?;
    }
    Ok(ExportSummary {
        path: out.to_path_buf(),
        exercises: pack.count("exercises"),
        areas: pack.count("areas"),
        poses: pack.count("poses"),
        images: pack.count("images"),
        missing,
    })
}

fn temp_sibling(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "pack".to_string());
    out.with_file_name(format!(".{name}.limber-tmp-{}", std::process::id()))
}

fn write_folder(pack: &PackFiles, out: &Path) -> Result<(), PackError> {
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .map_err(PackError::io("reading", out))?
            .next()
            .is_none();
        if !empty {
            return Err(PackError::Export(crate::t!(
                "pack-folder-not-empty",
                folder = out.display().to_string()
            )));
        }
    }
    let temp = temp_sibling(out);
    let _ = std::fs::remove_dir_all(&temp);
    let result = (|| {
        for (relative, bytes) in &pack.files {
            let path = temp.join(relative);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(PackError::io("creating", parent))?;
            }
            std::fs::write(&path, bytes).map_err(PackError::io("writing", &path))?;
        }
        if out.exists() {
            std::fs::remove_dir(out).map_err(PackError::io("replacing", out))?;
        }
        std::fs::rename(&temp, out).map_err(PackError::io("renaming into", out))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&temp);
    }
    result
}

fn write_zip(pack: &PackFiles, out: &Path) -> Result<(), PackError> {
    let temp = temp_sibling(out);
    let result = (|| {
        let file = std::fs::File::create(&temp).map_err(PackError::io("creating", &temp))?;
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(0o644);
        let zip_error = |error: zip::result::ZipError| {
            PackError::Export(crate::t!(
                "pack-cannot-write",
                file = out.display().to_string(),
                error = error.to_string()
            ))
        };
        for (relative, bytes) in &pack.files {
            zip.start_file(relative.as_str(), options)
                .map_err(zip_error)?;
            zip.write_all(bytes)
                .map_err(PackError::io("writing", &temp))?;
        }
        let file = zip.finish().map_err(zip_error)?;
        file.sync_all().map_err(PackError::io("writing", &temp))?;
        std::fs::rename(&temp, out).map_err(PackError::io("renaming into", out))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Sources;
    use crate::dose::Intensity;
    use crate::prescription::prescribe;
    use crate::profile::{ExerciseChoice, Profile};

    #[test]
    fn a_pack_holds_the_content_as_written_whatever_the_language() {
        let folder = tempfile::tempdir().expect("a folder");
        let translated = folder.path().join("translations/es/exercises");
        std::fs::create_dir_all(&translated).expect("folders");
        std::fs::write(
            translated.join("knee-to-chest.ron"),
            r#"(id: "knee-to-chest", title: "Rodilla al pecho")"#,
        )
        .expect("written");
        let sources = crate::content::Sources {
            user_dir: None,
            extra_dir: Some(folder.path().to_path_buf()),
        };
        let spanish = crate::i18n::Language::unshipped("es");
        let (library, problems) = Library::load_in(&sources, &spanish);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            library.exercise("knee-to-chest").expect("shipped").title,
            "Rodilla al pecho"
        );
        let routine = library.routine("lower-back").expect("shipped");
        let profile = Profile::new("anna", "Anna");
        let prescribed = prescribe(&library, routine, &profile);
        let request = ExportRequest {
            library: &library,
            routine,
            prescribed: &prescribed,
            manifest: Manifest::default(),
            provenance: "a test".into(),
        };
        let pack = pack_files(&request).expect("pack");
        let exercise =
            String::from_utf8(pack.files["exercises/knee-to-chest.ron"].clone()).expect("text");
        assert!(exercise.contains("title: \"Knee to chest\""), "{exercise}");
        assert!(!exercise.contains("Rodilla"), "{exercise}");
        // The translation travels with it, as written, after the shipped
        // one it was read over, and the pack reads in Spanish without the
        // folder it came from.
        let translation = "translations/es/exercises/02-knee-to-chest.ron";
        assert_eq!(
            pack.files.get(translation).map(Vec::as_slice),
            Some(br#"(id: "knee-to-chest", title: "Rodilla al pecho")"#.as_slice())
        );
        let out = folder.path().join("pack");
        export(&request, &out).expect("exported");
        let (alone, problems) = Library::load_in(
            &crate::content::Sources {
                user_dir: None,
                extra_dir: Some(out),
            },
            &spanish,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            alone.exercise("knee-to-chest").expect("in the pack").title,
            "Rodilla al pecho"
        );
    }

    #[test]
    fn two_translations_of_one_item_keep_their_order_in_a_pack() {
        let folder = tempfile::tempdir().expect("a folder");
        let translated = folder.path().join("translations/es/areas");
        std::fs::create_dir_all(&translated).expect("folders");
        for (name, text) in [
            ("a.ron", r#"(id: "lower-back", title: "Zona lumbar")"#),
            ("b.ron", r#"(id: "lower-back", title: "Espalda baja")"#),
        ] {
            std::fs::write(translated.join(name), text).expect("written");
        }
        let sources = crate::content::Sources {
            user_dir: None,
            extra_dir: Some(folder.path().to_path_buf()),
        };
        let (library, _) = Library::load(&sources);
        let routine = library.routine("lower-back").expect("shipped");
        let profile = Profile::new("anna", "Anna");
        let prescribed = prescribe(&library, routine, &profile);
        let pack = pack_files(&ExportRequest {
            library: &library,
            routine,
            prescribed: &prescribed,
            manifest: Manifest::default(),
            provenance: "a test".into(),
        })
        .expect("pack");
        let translations: Vec<&str> = pack
            .files
            .keys()
            .filter(|path| path.starts_with("translations/es/areas/"))
            .map(String::as_str)
            .collect();
        // The shipped Spanish first, then the folder's two in their order.
        assert_eq!(
            translations,
            [
                "translations/es/areas/01-lower-back.ron",
                "translations/es/areas/02-lower-back.ron",
                "translations/es/areas/03-lower-back.ron"
            ]
        );
        assert!(String::from_utf8_lossy(&pack.files[translations[1]]).contains("Zona lumbar"));
        assert!(String::from_utf8_lossy(&pack.files[translations[2]]).contains("Espalda baja"));
    }

    #[test]
    fn a_pack_loads_on_its_own_and_pins_the_doses() {
        let (library, _) = Library::shipped();
        let routine = library.routine("lower-back").expect("shipped");
        let mut profile = Profile::new("anna", "Anna");
        profile.exercises.insert(
            "knee-to-chest".into(),
            ExerciseChoice {
                intensity: Intensity::Strong,
                hold_seconds: Some(27),
                repetitions: None,
                variation: None,
            },
        );
        let prescribed = prescribe(&library, routine, &profile);
        let request = ExportRequest {
            library: &library,
            routine,
            prescribed: &prescribed,
            manifest: Manifest {
                author: Some("Sam".into()),
                ..Manifest::default()
            },
            provenance: "Anna's doses on 2 June 2025".into(),
        };
        let pack = pack_files(&request).expect("pack");
        let names: Vec<&str> = pack.files.keys().map(String::as_str).collect();
        for expected in [
            "pack.ron",
            "routines/lower-back.ron",
            "exercises/knee-to-chest.ron",
            "exercises/partial-crunch.ron",
            "exercises/prone-press-up.ron",
            "areas/lower-back.ron",
            "poses/knee-to-chest.ron",
            "poses/supine-knees-bent.ron",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(
            !names.iter().any(|n| n.starts_with("areas/hips")),
            "{names:?}"
        );
        let routine_text = String::from_utf8_lossy(&pack.files["routines/lower-back.ron"]);
        assert!(
            routine_text.contains("hold_seconds: (27, 27)"),
            "{routine_text}"
        );
        assert!(
            routine_text.contains("repetitions: (4, 4)"),
            "{routine_text}"
        );
        assert!(
            routine_text.starts_with("// Exported from Limber"),
            "{routine_text}"
        );

        // Written out, it loads alone over nothing but the shipped content
        // with no problem, and another profile at Gentle gets Anna's doses.
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("pack");
        let summary = export(&request, &out).expect("exported");
        assert_eq!(summary.exercises, 3);
        let (loaded, problems) = Library::load(&Sources {
            user_dir: None,
            extra_dir: Some(out.clone()),
        });
        assert!(problems.is_empty(), "{problems:?}");
        let other = Profile::new("bo", "Bo");
        let theirs = prescribe(
            &loaded,
            loaded.routine("lower-back").expect("loaded"),
            &other,
        );
        let mine: Vec<_> = prescribed
            .iter()
            .map(|p| (p.dose.hold, p.dose.repetitions))
            .collect();
        let got: Vec<_> = theirs
            .iter()
            .map(|p| (p.dose.hold, p.dose.repetitions))
            .collect();
        assert_eq!(mine, got);
        // A second export into the same, now full, folder is refused.
        let error = export(&request, &out).expect_err("not empty");
        assert!(error.to_string().contains("not empty"), "{error}");
    }
}
