//! The annotated examples in content/README.md are real: each one loads
//! without a problem, so the guide cannot drift from the schema.

use std::fs;

use limber_core::content::{Library, Sources};

const README: &str = include_str!("../content/README.md");

/// The ```ron blocks of the README, in order.
fn ron_blocks() -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in README.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```ron") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn every_readme_example_loads_cleanly() {
    let blocks = ron_blocks();
    assert_eq!(
        blocks.len(),
        6,
        "area, exercise, routine, pose, pack manifest and translation examples"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    for folder in ["areas", "exercises", "routines", "poses", "images"] {
        fs::create_dir_all(root.join(folder)).expect("mkdir");
    }
    let files = [
        "areas/a.ron",
        "exercises/e.ron",
        "routines/r.ron",
        "poses/p.ron",
    ];
    for (file, block) in files.iter().zip(&blocks) {
        fs::write(root.join(file), block).expect("write example");
    }
    // The translation example translates the exercise example.
    let translation = root.join("translations/es/exercises/knee-to-chest.ron");
    fs::create_dir_all(translation.parent().expect("a parent")).expect("mkdir");
    fs::write(&translation, &blocks[5]).expect("write example");
    // The exercise example shows an image illustration.
    fs::write(root.join("images/knee-to-chest-release.png"), b"png").expect("write image");

    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(root.to_path_buf()),
    });
    let prefix = root.display().to_string();
    let ours: Vec<String> = problems
        .iter()
        .filter(|p| p.path.starts_with(&prefix))
        .map(ToString::to_string)
        .collect();
    assert!(
        ours.is_empty(),
        "README examples have problems:\n{}",
        ours.join("\n")
    );
    let exercise = library
        .exercise("knee-to-chest")
        .expect("the example exercise");
    assert_eq!(exercise.steps.len(), 4);
    assert_eq!(exercise.variations.len(), 1);
    let routine = library.routine("lower-back").expect("the example routine");
    assert!(routine.exercises.iter().any(|e| e.dose.is_some()));
    assert!(library.pose("supine-knees-bent").is_some());

    // The translation example is clean and translates what it says. (The
    // shipped Spanish of knee to chest is read first and does not fit the
    // example's own English knee to chest: its problems are not the
    // example's.)
    let reports = library.check_translations();
    let spanish = reports
        .iter()
        .find(|report| report.tag == "es")
        .expect("the example's language");
    let example: Vec<String> = spanish
        .problems
        .iter()
        .filter(|p| p.path.starts_with(&prefix))
        .map(ToString::to_string)
        .collect();
    assert!(
        example.is_empty(),
        "the translation example has problems:\n{}",
        example.join("\n")
    );
    for said in [
        "title",
        "summary",
        "cautions[1]",
        "cautions[2]",
        "steps.\"Lie on your back\".title",
        "steps.\"Lie on your back\".text",
        "steps.\"Lie on your back\".spoken",
        "steps.\"Knee to chest\".title",
        "steps.\"Knee to chest\".caution",
        "variations.\"More stretch\".title",
        "variations.\"More stretch\".spoken.\"Lie on your back\"",
        "variations.\"More stretch\".switch_sides",
    ] {
        let field = format!("exercises/knee-to-chest: {said}");
        assert!(
            !spanish.untranslated.contains(&field),
            "{field} untranslated: {:#?}",
            spanish.untranslated
        );
    }

    // The pack manifest example parses and says what it is.
    let manifest = limber_core::content::pack::parse_manifest(&blocks[4], "pack.ron")
        .expect("the manifest example");
    assert_eq!(
        manifest.describe().as_deref(),
        Some("by Sam Lee, physiotherapist · version 2 · reviewed 2 June 2025")
    );
}

/// The guide's pictures (`docs/poses/`) are what `limber figures --docs`
/// draws now, every picture the README links to is there, and the README
/// names every body part. After a change to the figure, write them again:
/// `limber figures --docs docs/poses`.
#[test]
fn the_guide_pictures_are_the_ones_limber_draws() {
    use limber_core::figure::BodyPart;
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/poses");
    let pictures = limber_core::figure::docs::pictures().expect("the guide pictures render");
    let mut stale = Vec::new();
    for (name, png) in &pictures {
        let drawn = image::load_from_memory(png).expect("decodes").into_rgba8();
        let committed = match image::open(folder.join(name)) {
            Ok(image) => image.into_rgba8(),
            Err(error) => {
                stale.push(format!("{name}: {error}"));
                continue;
            }
        };
        let differing = if drawn.dimensions() == committed.dimensions() {
            drawn
                .pixels()
                .zip(committed.pixels())
                .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 24))
                .count()
        } else {
            usize::MAX
        };
        // A few anti-aliased edge pixels may differ between machines.
        if differing > 20 {
            stale.push(format!("{name}: {differing} pixels differ"));
        }
    }
    assert!(
        stale.is_empty(),
        "docs/poses is out of date (run `limber figures --docs docs/poses`):\n{}",
        stale.join("\n")
    );

    let names: Vec<&str> = pictures.iter().map(|(name, _)| name.as_str()).collect();
    let prefix = "](../docs/poses/";
    let mut linked = 0;
    for (start, _) in README.match_indices(prefix) {
        let rest = &README[start + prefix.len()..];
        let name = &rest[..rest.find(')').expect("a closed link")];
        assert!(
            names.contains(&name),
            "the README links to {name}, which is not drawn"
        );
        linked += 1;
    }
    assert_eq!(linked, names.len(), "every picture is shown in the README");
    for part in BodyPart::ALL {
        assert!(
            README.contains(&format!("`{}`", part.name())),
            "the README does not name {part}"
        );
    }
}

/// The limits the guide states are the ones `limber check` and `limber
/// import` enforce: each number comes from the constant that enforces it.
#[test]
fn the_documented_limits_are_the_enforced_ones() {
    let flat = README.split_whitespace().collect::<Vec<_>>().join(" ");
    let stated = [
        format!(
            "a hold over {} seconds ({} minutes), more than {} repetitions, a move, release or rest over {} seconds",
            limber_core::session::dose::HOLD_SECONDS.max,
            limber_core::session::dose::HOLD_SECONDS.max / 60,
            limber_core::session::dose::REPETITIONS.max,
            limber_core::content::MAX_TRANSITION_SECONDS
        ),
        format!(
            "longer than {} characters",
            limber_core::content::MAX_ID_LEN
        ),
        format!(
            "a RON file over {}",
            limber_core::files::size_words(limber_core::content::MAX_RON_BYTES)
        ),
        format!(
            "more than {} entries, a file over {} or more than {} in all",
            limber_core::pack::MAX_ENTRIES,
            limber_core::files::size_words(limber_core::pack::MAX_FILE_BYTES),
            limber_core::files::size_words(limber_core::pack::MAX_TOTAL_BYTES)
        ),
        format!(
            "Each field is at most {} characters",
            limber_core::content::pack::MAX_FIELD_CHARS
        ),
        format!(
            "At most {} problems are listed per file",
            limber_core::content::MAX_PROBLEMS_PER_FILE
        ),
    ];
    for sentence in stated {
        assert!(
            flat.contains(&sentence),
            "content/README.md does not say: {sentence}"
        );
    }
}

/// The rows of the README's "Limits" table: (what, value as written).
fn limits_table() -> Vec<(String, String)> {
    let section = README
        .split("\n## Limits\n")
        .nth(1)
        .expect("a Limits section");
    section
        .lines()
        .filter(|line| {
            line.starts_with("| ") && !line.starts_with("| what") && !line.starts_with("| ---")
        })
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect()
}

#[test]
fn the_limits_table_is_the_enforced_limits() {
    use limber_core::limits;
    use limber_core::session::dose;
    let table = limits_table();
    let value = |what: &str| {
        table
            .iter()
            .find(|(row, _)| row.starts_with(what))
            .map(|(_, value)| value.clone())
            .unwrap_or_else(|| panic!("no row {what:?} in {table:?}"))
    };
    assert_eq!(
        value("exercises in a routine"),
        limits::MAX_ROUTINE_EXERCISES.to_string()
    );
    assert_eq!(value("steps in an exercise"), limits::MAX_STEPS.to_string());
    assert_eq!(value("variations"), limits::MAX_VARIATIONS.to_string());
    assert_eq!(value("cautions"), limits::MAX_CAUTIONS.to_string());
    assert_eq!(
        value("characters in a title"),
        limits::MAX_TITLE_CHARS.to_string()
    );
    assert_eq!(
        value("characters in a text"),
        limits::MAX_TEXT_CHARS.to_string()
    );
    assert_eq!(value("hold"), format!("{} seconds", dose::HOLD_SECONDS.max));
    assert_eq!(value("repetitions"), dose::REPETITIONS.max.to_string());
    assert_eq!(
        value("move, release or rest"),
        format!("{} seconds", limber_core::content::MAX_TRANSITION_SECONDS)
    );
    assert_eq!(
        value("size of a RON file"),
        limber_core::files::size_words(limber_core::content::MAX_RON_BYTES)
    );
    assert_eq!(table.len(), 10, "{table:?}");
    // The list of rules says the same numbers.
    assert!(README.contains(&format!("a hold over {} seconds", dose::HOLD_SECONDS.max)));
    assert!(README.contains(&format!(
        "more than {}\n  repetitions",
        dose::REPETITIONS.max
    )));
}
