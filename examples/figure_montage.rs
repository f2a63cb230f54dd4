//! The contact sheet of the figures: every pose of a content folder drawn
//! large in the light and the dark palette and as a thumbnail, every Move
//! step as one picture (the end position, a ghost of the start and the
//! arrow), and a page that puts each picture beside its step's words, so a
//! physiotherapist can judge them all in one place.
//!
//! Run: `cargo run --example figure_montage [CONTENT_DIR] [OUT_DIR]`
//! (defaults: `content`, `docs/figures`). Writes `OUT_DIR/README.md` and
//! the PNGs it shows (`light/`, `dark/` at 512×384, `thumb/` at 128×96,
//! `moves/`). Every pose and every movement is checked first, as
//! `limber check` does; a problem is printed and the command fails.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use limber_core::content::schema::{Exercise, Illustration, Role};
use limber_core::content::{Library, Sources};
use limber_core::figure::{
    Palette, Pose, blend_findings, movement, parse_poses, render_figure_png, shapes,
};

/// The poses and exercises of one folder, read as written.
struct Folder {
    poses: BTreeMap<String, Pose>,
    exercises: Vec<Exercise>,
}

impl Folder {
    fn read(root: &Path) -> Result<Folder, Box<dyn std::error::Error>> {
        let files = |dir: &str| -> Result<Vec<PathBuf>, std::io::Error> {
            let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))?
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
                .collect();
            files.sort();
            Ok(files)
        };
        let mut poses = BTreeMap::new();
        for path in files("poses")? {
            let text = std::fs::read_to_string(&path)?;
            for pose in parse_poses(&text).map_err(|e| format!("{}: {e}", path.display()))? {
                poses.insert(pose.id.clone(), pose);
            }
        }
        let mut exercises = Vec::new();
        for path in files("exercises")? {
            let text = std::fs::read_to_string(&path)?;
            let exercise: Exercise = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str(&text)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            exercises.push(exercise);
        }
        Ok(Folder { poses, exercises })
    }

    fn pose(&self, id: &str) -> Option<&Pose> {
        self.poses.get(id)
    }

    fn poses(&self) -> &BTreeMap<String, Pose> {
        &self.poses
    }

    fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }
}

const LARGE: (u32, u32) = (512, 384);
const THUMB: (u32, u32) = (128, 96);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let content = PathBuf::from(args.next().unwrap_or_else(|| "content".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "docs/figures".into()));
    // What `limber check` says of the folder (over the shipped content).
    let sources = Sources {
        user_dir: None,
        extra_dir: (content != Path::new("content")).then(|| content.clone()),
    };
    let (loaded, problems) = Library::load(&sources);
    for problem in &problems {
        eprintln!("{problem}");
    }
    let mut findings = problems.len();
    // The files themselves, so a pose with a problem is still drawn; the
    // exercises in the order the app lists them.
    let mut library = Folder::read(&content)?;
    let rank = |id: &str| {
        loaded
            .exercises()
            .iter()
            .position(|e| e.id == id)
            .unwrap_or(usize::MAX)
    };
    library.exercises.sort_by_key(|e| rank(&e.id));
    for dir in ["light", "dark", "thumb", "moves"] {
        std::fs::create_dir_all(out.join(dir))?;
    }
    let mut page = String::from(HEADER);
    let mut drawn = Vec::new();
    for exercise in library.exercises() {
        let _ = writeln!(page, "\n## {}\n", exercise.title);
        let variations = std::iter::once(None).chain(exercise.variations.iter().map(Some));
        for variation in variations {
            if let Some(variation) = variation {
                let _ = writeln!(page, "\n### Variation: {}\n", variation.title);
                let _ = writeln!(page, "{}\n", words(&variation.text));
            }
            let _ = writeln!(page, "| step | large, light | large, dark | thumbnail |");
            let _ = writeln!(page, "|---|---|---|---|");
            for (index, step) in exercise.steps.iter().enumerate() {
                let illustration = match variation {
                    Some(variation) => variation.illustration_for(&step.illustration),
                    None => step.illustration.clone(),
                };
                let Illustration::Pose(id) = &illustration else {
                    continue;
                };
                let Some(pose) = library.pose(id) else {
                    continue;
                };
                let picture = if step.role == Role::Move {
                    move_pictures(
                        &library,
                        exercise,
                        variation,
                        index,
                        pose,
                        &out,
                        &mut findings,
                    )?
                } else {
                    pose_pictures(pose, exercise, &out, &mut drawn)?
                };
                let _ = writeln!(
                    page,
                    "| {}. **{:?}: {}**<br>{}<br>`{id}` | ![]({}) | ![]({}) | ![]({}) |",
                    index + 1,
                    step.role,
                    words(&step.title),
                    words(&step.text),
                    picture.0,
                    picture.1,
                    picture.2,
                );
            }
        }
    }
    let others: Vec<&Pose> = library
        .poses()
        .values()
        .filter(|pose| !drawn.contains(&pose.id))
        .collect();
    if !others.is_empty() {
        let _ = writeln!(page, "\n## Other poses\n");
        let _ = writeln!(page, "| pose | large, light | large, dark | thumbnail |");
        let _ = writeln!(page, "|---|---|---|---|");
        for pose in others {
            let (light, dark, thumb) = pose_files(pose, None, &out)?;
            let _ = writeln!(
                page,
                "| `{}` | ![]({light}) | ![]({dark}) | ![]({thumb}) |",
                pose.id
            );
        }
    }
    std::fs::write(out.join("README.md"), page)?;
    println!(
        "{} poses and their movements drawn into {}",
        library.poses().len(),
        out.display()
    );
    if findings > 0 {
        return Err(format!("{findings} problems with the figures (see above)").into());
    }
    Ok(())
}

const HEADER: &str = "# The figures, step by step

Every picture the app draws for the shipped exercises, beside the step's
own words: large in the light and the dark theme, and at thumbnail size. A
Move step is drawn as a physiotherapist's sheet draws it: where the
movement ends, the outline of where it starts, and an arrow. The side
shown is the right one; the left is the mirror image. The seated hamstring
stretch is seen from the front and the bent leg's side, a little above
(its poses' `raised` and `turned`), so the knee dropped out to the side
and the straight leg along the mat both show; the press-up from a little above
(`raised`), so the forearm by the head lies below the face.

Made by `cargo run --example figure_montage` (it checks every pose and
every movement first, as `limber check` does).
";

/// `{side}` and `{other}` as the right side reads them; no `|` to break
/// the table.
fn words(text: &str) -> String {
    limber_core::words::for_side(text, None).replace('|', "/")
}

fn pose_files(
    pose: &Pose,
    highlight: Option<limber_core::figure::Region>,
    out: &Path,
) -> Result<(String, String, String), Box<dyn std::error::Error>> {
    let figure = shapes(pose, highlight);
    let name = format!("{}.png", pose.id);
    for (dir, size, palette) in [
        ("light", LARGE, Palette::LIGHT),
        ("dark", LARGE, Palette::DARK),
        ("thumb", THUMB, Palette::LIGHT),
    ] {
        let png = render_figure_png(&figure, size.0, size.1, &palette)?;
        std::fs::write(out.join(dir).join(&name), png)?;
    }
    Ok((
        format!("light/{name}"),
        format!("dark/{name}"),
        format!("thumb/{name}"),
    ))
}

fn pose_pictures(
    pose: &Pose,
    exercise: &Exercise,
    out: &Path,
    drawn: &mut Vec<String>,
) -> Result<(String, String, String), Box<dyn std::error::Error>> {
    drawn.push(pose.id.clone());
    pose_files(pose, Some(exercise.highlight), out)
}

/// The Move step as one picture, for each start the player moves it from.
fn move_pictures(
    library: &Folder,
    exercise: &Exercise,
    variation: Option<&limber_core::content::schema::Variation>,
    index: usize,
    pose: &Pose,
    out: &Path,
    findings: &mut usize,
) -> Result<(String, String, String), Box<dyn std::error::Error>> {
    let movements = exercise.movements(variation);
    let first = movements
        .iter()
        .find(|m| m.step == index && m.role == Role::Move);
    let start = first.and_then(|m| match &m.from {
        Illustration::Pose(id) => library.pose(id),
        Illustration::Image(_) => None,
    });
    for m in &movements {
        if let (Illustration::Pose(a), Illustration::Pose(b)) = (&m.from, &m.to)
            && let (Some(a), Some(b)) = (library.pose(a), library.pose(b))
        {
            for (t, finding) in blend_findings(a, b) {
                eprintln!(
                    "{} step {} {} → {} at {:.0} %: {}",
                    exercise.id,
                    m.step + 1,
                    a.id,
                    b.id,
                    t * 100.0,
                    finding.message
                );
                *findings += 1;
            }
        }
    }
    let Some(start) = start else {
        return pose_files(pose, Some(exercise.highlight), out);
    };
    let figure = movement(start, pose, Some(exercise.highlight));
    let name = format!("{}-{}.png", start.id, pose.id);
    for (dir, size, palette) in [
        ("light", LARGE, Palette::LIGHT),
        ("dark", LARGE, Palette::DARK),
        ("thumb", THUMB, Palette::LIGHT),
    ] {
        let png = render_figure_png(&figure, size.0, size.1, &palette)?;
        std::fs::create_dir_all(out.join("moves").join(dir))?;
        std::fs::write(out.join("moves").join(dir).join(&name), png)?;
    }
    Ok((
        format!("moves/light/{name}"),
        format!("moves/dark/{name}"),
        format!("moves/thumb/{name}"),
    ))
}
