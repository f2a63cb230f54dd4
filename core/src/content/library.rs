//! Loading every source into one [`Library`]: parse, check each item, merge
//! by id (later sources win), cross-check, order for display.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::locate::Locator;
use super::pack::{FolderPacks, PackOrigin, Provenance};
use super::problem::{Place, Problem};
use super::schema::{Area, Exercise, Illustration, Routine};
use super::source::{self, Folder, Kind, Origin, SHIPPED, SourceFile};
use super::translation::{self, TranslationReport, Translations};
use super::validate::{self, ItemCheck, Known};
use crate::figure::{self, IllustrationError, Pose, RasterImage};
use crate::i18n::{self, Language};

/// At most this many problems are listed for one file; one more line counts
/// the rest ("… and 7,990 more problems in this file"), so a file with
/// thousands of mistakes neither floods the terminal nor the app's log.
pub const MAX_PROBLEMS_PER_FILE: usize = 10;

/// Whether loading also loads every image illustration of the loaded
/// exercises (what `limber check` does) or only checks that each file is in
/// its place (what the app does at start; it loads pictures when shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImagePass {
    Locate,
    Load,
}

/// The folders to load after the shipped content, in order; a later item
/// with the same id replaces an earlier one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Sources {
    /// `<data dir>/content`. It is normal for it not to exist.
    pub user_dir: Option<PathBuf>,
    /// `--content DIR`. It must exist (a missing one is an error).
    pub extra_dir: Option<PathBuf>,
}

impl Sources {
    /// The folders on disk, in loading order (the shipped content is built
    /// in and never changes while Limber runs).
    pub fn folders(&self) -> impl Iterator<Item = &Path> {
        self.user_dir
            .iter()
            .chain(&self.extra_dir)
            .map(PathBuf::as_path)
    }
}

/// Where an image is: a file on disk, or bytes embedded in the binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageSource {
    Path(PathBuf),
    Embedded(&'static [u8]),
}

/// All valid content, merged and in display order.
#[derive(Debug, Clone, Default)]
pub struct Library {
    areas: Vec<Area>,
    exercises: Vec<Exercise>,
    exercise_index: HashMap<String, usize>,
    routines: Vec<Routine>,
    poses: BTreeMap<String, Pose>,
    /// Where it was loaded from, so it can be loaded again (live reload).
    sources: Sources,
    /// What [`Library::load`] found wrong (live reload holds back a save
    /// only for errors this does not have).
    problems: Vec<Problem>,
    /// The pack each routine and exercise came from, if any.
    packs: Provenance,
    /// The file on disk each routine was loaded from (none for shipped
    /// ones): the routine builder changes and deletes the file itself.
    routine_files: HashMap<String, PathBuf>,
    /// The language its texts are in, every translation the folders hold,
    /// and the content as written when a translation was put in place
    /// (see `translation.rs`).
    language: Language,
    translations: Arc<Translations>,
    untranslated: Option<Arc<Library>>,
    variation_titles: HashMap<(String, String), String>,
}

impl Library {
    /// Loads the shipped content, then `sources`. Never fails: what is valid
    /// loads, everything else is in the returned problems (sorted by file and
    /// place, at most [`MAX_PROBLEMS_PER_FILE`] per file plus a line counting
    /// the rest).
    pub fn load(sources: &Sources) -> (Library, Vec<Problem>) {
        Library::load_in(sources, &i18n::current())
    }

    /// [`Library::load`] with the texts in `language` where the content
    /// has them (English, as written, where not).
    pub fn load_in(sources: &Sources, language: &Language) -> (Library, Vec<Problem>) {
        let (mut library, problems) = Library::load_all(sources, ImagePass::Locate, language);
        let problems = cap_per_file(problems);
        library.problems = problems.clone();
        (library, problems)
    }

    /// [`Library::load`] for `limber check`: every problem, not capped, and
    /// every image illustration of the loaded exercises loaded the way the
    /// app shows it, its problems placed at the illustration.
    /// The content is checked as written (in English); see
    /// [`Library::check_translations`] for the other languages.
    pub fn load_checking_images(sources: &Sources) -> (Library, Vec<Problem>) {
        Library::load_all(sources, ImagePass::Load, &Language::english())
    }

    /// Loads content given as text, as if the files were in the folder
    /// `root` (`files` are paths relative to it, such as
    /// `exercises/knee.ron`, and their text), without the shipped content.
    /// Image paths are checked against `root` on disk. For tests and
    /// fuzzing: the same parsing and checks as [`Library::load`], minus the
    /// reading of files.
    pub fn load_texts(root: &Path, files: &[(&str, &str)]) -> (Library, Vec<Problem>) {
        Library::load_texts_in(root, files, &Language::english())
    }

    /// [`Library::load_texts`] in `language` (its translations among the
    /// files, under `translations/`).
    pub fn load_texts_in(
        root: &Path,
        files: &[(&str, &str)],
        language: &Language,
    ) -> (Library, Vec<Problem>) {
        let mut problems = Vec::new();
        let folder = source::folder_from_texts(root, files, &mut problems);
        let library = merge(vec![folder], ImagePass::Locate, language, &mut problems);
        sort_problems(&mut problems);
        (library, cap_per_file(problems))
    }

    fn load_all(
        sources: &Sources,
        images: ImagePass,
        language: &Language,
    ) -> (Library, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut folders = vec![source::read_shipped(&mut problems)];
        if let Some(dir) = &sources.user_dir {
            match source::read_folder(dir, &mut problems) {
                Ok(folder) => folders.push(folder),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {}
                Err(err) => problems.push(Problem::warning(
                    dir.display().to_string(),
                    None,
                    crate::t!("content-user-folder-unreadable", error = err.to_string()),
                )),
            }
        }
        if let Some(dir) = &sources.extra_dir {
            match source::read_folder(dir, &mut problems) {
                Ok(folder) => folders.push(folder),
                Err(err) => problems.push(Problem::error(
                    dir.display().to_string(),
                    None,
                    crate::t!("content-folder-unreadable-whole", error = err.to_string()),
                )),
            }
        }
        let mut library = merge(folders, images, language, &mut problems);
        library.sources = sources.clone();
        sort_problems(&mut problems);
        (library, problems)
    }

    /// The folders this library was loaded from (none for the shipped
    /// content alone, or content given as text).
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// The problems found when it was loaded (as [`Library::load`]
    /// returned them).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The language of its texts (English where a text has no
    /// translation).
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The content as written, in English: what a pack exports and the
    /// routine builder writes back.
    pub fn untranslated(&self) -> &Library {
        self.untranslated.as_deref().unwrap_or(self)
    }

    /// A version's title as shown in this library's language. Its
    /// `title` stays as written: it names the version in profiles and
    /// history.
    pub fn variation_title<'a>(&'a self, exercise_id: &str, variation: &'a str) -> &'a str {
        self.variation_titles
            .get(&(exercise_id.to_owned(), variation.to_owned()))
            .map_or(variation, String::as_str)
    }

    /// Every translation the content folders hold, whatever the language
    /// (a pack carries those of its items).
    pub fn translations(&self) -> &Translations {
        &self.translations
    }

    /// `limber check --translations`' content part: each language folder
    /// the content folders hold, checked against the content as written.
    pub fn check_translations(&self) -> Vec<TranslationReport> {
        let source = self.untranslated();
        self.translations
            .languages()
            .iter()
            .map(|folder| {
                translation::check(
                    &self.translations,
                    folder,
                    &source.areas,
                    &source.exercises,
                    &source.routines,
                )
            })
            .collect()
    }

    /// A report for a language whose folder the content does not have:
    /// every text untranslated.
    pub fn untranslated_report(&self, tag: &str) -> TranslationReport {
        let source = self.untranslated();
        translation::check(
            &Translations::default(),
            tag,
            &source.areas,
            &source.exercises,
            &source.routines,
        )
    }

    /// Puts the texts of `language` in place (see `translation.rs`).
    fn translate(&mut self, language: &Language, problems: &mut Vec<Problem>) {
        self.language = language.clone();
        if language.is_english() || self.translations.is_empty() {
            return;
        }
        let source = self.clone();
        let applied = translation::apply(
            &self.translations,
            language,
            translation::Items {
                areas: &mut self.areas,
                exercises: &mut self.exercises,
                routines: &mut self.routines,
            },
            problems,
        );
        if applied.any {
            self.untranslated = Some(Arc::new(source));
            self.variation_titles = applied.variation_titles;
        }
    }

    /// The shipped content alone.
    pub fn shipped() -> (Library, Vec<Problem>) {
        Library::load(&Sources::default())
    }

    /// Areas in home-screen order (`order`, then title).
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// Exercises in the order the routines first use them, then the rest by id.
    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercise_index
            .get(id)
            .and_then(|&i| self.exercises.get(i))
    }

    /// Routines in the order of their areas, routines over several areas last.
    pub fn routines(&self) -> &[Routine] {
        &self.routines
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    /// The first routine for an area (the one its home tile starts).
    pub fn routine_for_area(&self, area_id: &str) -> Option<&Routine> {
        self.routines
            .iter()
            .find(|r| r.area.as_deref() == Some(area_id))
    }

    /// The routine over all areas (`area: None`): the *Full routine* tile.
    /// The one with id `full` if there are several.
    pub fn full_routine(&self) -> Option<&Routine> {
        let mut whole = self.routines.iter().filter(|r| r.area.is_none());
        let first = whole.clone().next();
        whole.find(|r| r.id == "full").or(first)
    }

    /// The pack this routine was imported from (or whose folder it was
    /// loaded from), with its author, version and review date.
    pub fn routine_pack(&self, id: &str) -> Option<&PackOrigin> {
        self.packs.routines.get(id).map(|origin| &**origin)
    }

    /// The file this routine was loaded from, when it came from a folder
    /// on disk (not the shipped content).
    pub fn routine_file(&self, id: &str) -> Option<&Path> {
        self.routine_files.get(id).map(PathBuf::as_path)
    }

    /// The pack this exercise came from.
    pub fn exercise_pack(&self, id: &str) -> Option<&PackOrigin> {
        self.packs.exercises.get(id).map(|origin| &**origin)
    }

    pub fn pose(&self, id: &str) -> Option<&Pose> {
        self.poses.get(id)
    }

    pub fn poses(&self) -> &BTreeMap<String, Pose> {
        &self.poses
    }

    /// Where an image illustration's file is. Images from a folder on disk
    /// were resolved to absolute paths while loading; a relative path left
    /// in a loaded item therefore names a file embedded with the shipped
    /// content. `None` for poses and for images that are neither.
    pub fn image(&self, illustration: &Illustration) -> Option<ImageSource> {
        image_source(illustration)
    }

    /// Loads an image illustration of a loaded item: read, checked and
    /// decoded (or, for SVG, drawn) under the limits of
    /// [`crate::figure::illustration`]. The app shows what this returns (a
    /// placeholder naming the problem on error); `limber check` reports the
    /// same errors.
    pub fn load_image(
        &self,
        illustration: &Illustration,
    ) -> Result<RasterImage, IllustrationError> {
        load_illustration(illustration)
    }

    /// [`Library::load_image`] without the library at hand: the paths of a
    /// loaded item's images are already resolved, so a thread of its own
    /// can read and decode them.
    pub fn load_image_file(illustration: &Illustration) -> Result<RasterImage, IllustrationError> {
        load_illustration(illustration)
    }
}

fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (&a.path, a.line, a.col, a.severity).cmp(&(&b.path, b.line, b.col, b.severity))
    });
}

/// Keeps the first [`MAX_PROBLEMS_PER_FILE`] problems of each file (they are
/// sorted by file) and replaces the rest by one line that counts them; that
/// line is an error when any of the hidden problems is.
pub fn cap_per_file(problems: Vec<Problem>) -> Vec<Problem> {
    let mut capped = Vec::with_capacity(problems.len().min(1024));
    let mut problems = problems.into_iter().peekable();
    while let Some(first) = problems.next() {
        let path = first.path.clone();
        capped.push(first);
        let mut shown = 1;
        let mut hidden = 0usize;
        let mut hidden_error = false;
        while let Some(next) = problems.next_if(|p| p.path == path) {
            if shown < MAX_PROBLEMS_PER_FILE {
                capped.push(next);
                shown += 1;
            } else {
                hidden += 1;
                hidden_error |= next.fails_check();
            }
        }
        if hidden > 0 {
            let message = crate::t!(
                "content-more-problems",
                count = if hidden == 1 {
                    crate::i18n::Arg::from(1)
                } else {
                    crate::i18n::Arg::from(thousands(hidden))
                }
            );
            capped.push(if hidden_error {
                Problem::error(path, None, message)
            } else {
                Problem::warning(path, None, message)
            });
        }
    }
    capped
}

/// `7990` → `7,990`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn image_source(illustration: &Illustration) -> Option<ImageSource> {
    let Illustration::Image(path) = illustration else {
        return None;
    };
    let path = Path::new(path);
    if path.is_absolute() {
        Some(ImageSource::Path(path.to_path_buf()))
    } else {
        SHIPPED
            .get_file(path)
            .map(|file| ImageSource::Embedded(file.contents()))
    }
}

fn load_illustration(illustration: &Illustration) -> Result<RasterImage, IllustrationError> {
    let path = match illustration {
        Illustration::Image(path) => Path::new(path),
        Illustration::Pose(id) => Path::new(id),
    };
    match image_source(illustration) {
        Some(ImageSource::Path(file)) => figure::load_file(&file),
        Some(ImageSource::Embedded(bytes)) => figure::load_bytes(bytes, path),
        None => Err(IllustrationError::NotInContent {
            path: path.to_path_buf(),
        }),
    }
}

/// RON options for content files. IMPLICIT_SOME lets authors write
/// `caution: "…"` instead of `caution: Some("…")` (both are accepted).
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn parse_problem(display: &str, err: &ron::error::SpannedError) -> Problem {
    let place = Place {
        line: err.span.start.line,
        col: err.span.start.col,
    };
    Problem::error(display, Some(place), err.code.to_string())
}

/// [`parse_problem`] for an item file: an unknown body part is placed at
/// its name rather than where the parser stopped (after the whole list).
fn item_parse_problem(display: &str, err: &ron::error::SpannedError, text: &str) -> Problem {
    let mut problem = parse_problem(display, err);
    let message = err.code.to_string();
    let name = figure::body::unknown_body_part(&message);
    if let (Some(name), Some(line)) = (name, problem.line) {
        let locator = Locator::new(text);
        // The parser's place as an offset: the start of its line plus the
        // column's characters.
        let line_start = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum::<usize>();
        let column = problem.col.unwrap_or(1).saturating_sub(1);
        let stop = text[line_start..]
            .char_indices()
            .nth(column)
            .map_or(text.len(), |(offset, _)| line_start + offset);
        if let Some(found) = text[..stop].rfind(name) {
            let place = locator.place(found);
            problem.line = Some(place.line);
            problem.col = Some(place.col);
        }
    }
    problem
}

/// Pose files go through the figure module's parser (one file holds a list
/// of poses); this is the one place that knows that.
fn parse_pose_file(text: &str) -> Result<Vec<Pose>, ron::error::SpannedError> {
    crate::figure::parse_poses(text)
}

/// An item kind that lives one per file.
trait Item: DeserializeOwned {
    const WHAT: &'static str;
    fn id(&self) -> &str;
    fn check_alone(&self, origin: &Origin, check: &mut ItemCheck);
    fn check_refs(&self, known: &Known<Pose>, check: &mut ItemCheck);
}

impl Item for Area {
    const WHAT: &'static str = "area";
    fn id(&self) -> &str {
        &self.id
    }
    fn check_alone(&self, _origin: &Origin, check: &mut ItemCheck) {
        validate::check_area(self, check);
    }
    fn check_refs(&self, known: &Known<Pose>, check: &mut ItemCheck) {
        validate::cross_check_area(self, known, check);
    }
}

impl Item for Exercise {
    const WHAT: &'static str = "exercise";
    fn id(&self) -> &str {
        &self.id
    }
    fn check_alone(&self, origin: &Origin, check: &mut ItemCheck) {
        validate::check_exercise(self, origin, check);
    }
    fn check_refs(&self, known: &Known<Pose>, check: &mut ItemCheck) {
        validate::cross_check_exercise(self, known, check);
        validate::check_movements(self, known.poses, check);
    }
}

impl Item for Routine {
    const WHAT: &'static str = "routine";
    fn id(&self) -> &str {
        &self.id
    }
    fn check_alone(&self, _origin: &Origin, check: &mut ItemCheck) {
        validate::check_routine(self, check);
    }
    fn check_refs(&self, known: &Known<Pose>, check: &mut ItemCheck) {
        validate::cross_check_routine(self, known, check);
    }
}

/// An item that passed its own checks, waiting for the cross checks.
struct Candidate<T> {
    item: T,
    /// Index into the loaded files.
    file: usize,
    /// Index into the sources (0 is the shipped content).
    source: usize,
}

struct FileText {
    display: String,
    text: String,
}

/// Per id, every valid version in source order (the last one wins if it
/// passes the cross checks).
type Stacks<T> = BTreeMap<String, Vec<Candidate<T>>>;

#[derive(Default)]
struct Parsed {
    files: Vec<FileText>,
    origins: Vec<Origin>,
    areas: Stacks<Area>,
    exercises: Stacks<Exercise>,
    routines: Stacks<Routine>,
    poses: BTreeMap<String, Pose>,
    exercises_seen: HashSet<String>,
    /// Every pose id seen in a file, loaded or not.
    poses_seen: HashSet<String>,
    translations: Translations,
}

/// Within one source, the file each id was first seen in.
#[derive(Default)]
struct SeenInSource {
    areas: HashMap<String, usize>,
    exercises: HashMap<String, usize>,
    routines: HashMap<String, usize>,
    poses: HashMap<String, usize>,
}

fn merge(
    folders: Vec<Folder>,
    images: ImagePass,
    language: &Language,
    problems: &mut Vec<Problem>,
) -> Library {
    let mut parsed = Parsed::default();
    for (source_index, folder) in folders.into_iter().enumerate() {
        parsed.origins.push(folder.origin.clone());
        let mut seen = SeenInSource::default();
        for file in folder.files {
            parse_file(&mut parsed, &mut seen, source_index, file, problems);
        }
    }
    let mut library = resolve(parsed, images, problems);
    library.translate(language, problems);
    library
}

fn parse_file(
    parsed: &mut Parsed,
    seen: &mut SeenInSource,
    source_index: usize,
    file: SourceFile,
    problems: &mut Vec<Problem>,
) {
    let file_index = parsed.files.len();
    let origin = &parsed.origins[source_index];
    match file.kind {
        Kind::Area => add_item(
            &mut parsed.areas,
            &mut seen.areas,
            &parsed.files,
            origin,
            (source_index, file_index),
            &file,
            problems,
            |_| {},
        ),
        Kind::Exercise => add_item(
            &mut parsed.exercises,
            &mut seen.exercises,
            &parsed.files,
            origin,
            (source_index, file_index),
            &file,
            problems,
            |id| {
                parsed.exercises_seen.insert(id.to_string());
            },
        ),
        Kind::Routine => add_item(
            &mut parsed.routines,
            &mut seen.routines,
            &parsed.files,
            origin,
            (source_index, file_index),
            &file,
            problems,
            |_| {},
        ),
        Kind::Translation(item) => {
            parsed
                .translations
                .add(item, &file.display, &file.text, problems);
        }
        Kind::Pose => add_poses(
            &mut parsed.poses,
            &mut seen.poses,
            &mut parsed.poses_seen,
            &parsed.files,
            file_index,
            &file,
            problems,
        ),
    }
    parsed.files.push(FileText {
        display: file.display,
        text: file.text,
    });
}

fn duplicate_message(what: &str, id: &str, first: &str) -> String {
    crate::t!("content-duplicate-id", kind = what, id = id, first = first)
}

#[allow(clippy::too_many_arguments)] // one call site per kind, all plumbing
fn add_item<T: Item>(
    stacks: &mut Stacks<T>,
    seen: &mut HashMap<String, usize>,
    files: &[FileText],
    origin: &Origin,
    (source_index, file_index): (usize, usize),
    file: &SourceFile,
    problems: &mut Vec<Problem>,
    mut on_parsed: impl FnMut(&str),
) {
    let item: T = match ron_options().from_str(&file.text) {
        Ok(item) => item,
        Err(err) => {
            problems.push(item_parse_problem(&file.display, &err, &file.text));
            return;
        }
    };
    on_parsed(item.id());
    let mut check = ItemCheck::new(&file.display, &file.text);
    if let Some(&first) = seen.get(item.id()) {
        // `first` is always an earlier file of this source; fall back to the
        // index itself if that ever changes, rather than panic.
        let first_display = files
            .get(first)
            .map_or_else(|| crate::t!("content-another-file"), |f| f.display.clone());
        let id = item.id();
        check.error(
            |l| l.string_after(id, 0),
            duplicate_message(T::WHAT, id, &first_display),
        );
        problems.extend(check.problems);
        return;
    }
    seen.insert(item.id().to_string(), file_index);
    item.check_alone(origin, &mut check);
    let failed = check.has_errors();
    problems.extend(check.problems);
    if failed {
        return;
    }
    stacks
        .entry(item.id().to_string())
        .or_default()
        .push(Candidate {
            item,
            file: file_index,
            source: source_index,
        });
}

fn add_poses(
    poses: &mut BTreeMap<String, Pose>,
    seen: &mut HashMap<String, usize>,
    poses_seen: &mut HashSet<String>,
    files: &[FileText],
    file_index: usize,
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) {
    let list = match parse_pose_file(&file.text) {
        Ok(list) => list,
        Err(err) => {
            problems.push(parse_problem(&file.display, &err));
            return;
        }
    };
    let mut check = ItemCheck::new(&file.display, &file.text);
    for pose in list {
        let id = pose.id.clone();
        if let Some(&first) = seen.get(&id) {
            let first_display = if first == file_index {
                crate::t!("content-this-file")
            } else {
                files
                    .get(first)
                    .map_or_else(|| crate::t!("content-another-file"), |f| f.display.clone())
            };
            check.error(
                |l| {
                    // Point at the second occurrence when both are here.
                    let once = l.string_after(&id, 0)?;
                    if first == file_index {
                        l.string_after(&id, once + 1).or(Some(once))
                    } else {
                        Some(once)
                    }
                },
                duplicate_message("pose", &id, &first_display),
            );
            continue;
        }
        seen.insert(id.clone(), file_index);
        poses_seen.insert(id.clone());
        let mut pose_problems = pose.problems();
        // The same id rule as areas, exercises and routines (documented in
        // content/README.md): kebab-case, not too long.
        if !id.trim().is_empty() && !validate::is_kebab_case(&id) {
            pose_problems.push(crate::t!(
                "content-id-not-kebab",
                kind = "pose",
                id = id.as_str()
            ));
        } else if id.len() > validate::MAX_ID_LEN {
            pose_problems.push(crate::t!(
                "content-id-too-long",
                kind = "pose",
                id = id.as_str(),
                max = validate::MAX_ID_LEN
            ));
        }
        if pose_problems.is_empty() {
            // Held to anatomy once its numbers are sane: every finding is a
            // fault placed at the field it belongs to. The pose still loads
            // and draws (a routine is never lost over it).
            for finding in crate::figure::pose_findings(&pose) {
                check.fault(|l| pose_field(l, &id, finding.field), finding.message);
            }
            poses.insert(id, pose);
        } else {
            for message in pose_problems {
                check.error(|l| l.string_after(&id, 0), message);
            }
        }
    }
    problems.extend(check.problems);
}

/// Where a field of the pose `id` is written: `near_arm.elbow` at its
/// `elbow:` inside `near_arm`, falling back to the nearest part of the path
/// that is written (the limb, else the pose's id).
fn pose_field(l: &Locator, id: &str, path: &str) -> Option<usize> {
    let start = l.string_after(id, 0)?;
    let end = l.field_after("id", start + 1).unwrap_or(usize::MAX);
    let mut at = start;
    for name in path.split('.') {
        match l.field_after(name, at).filter(|&offset| offset < end) {
            Some(offset) => at = offset,
            None => break,
        }
    }
    Some(at)
}

/// Picks, per id, the latest version that passes the cross checks.
fn resolve_kind<T: Item>(
    stacks: Stacks<T>,
    files: &[FileText],
    known: &Known<Pose>,
    problems: &mut Vec<Problem>,
) -> Vec<Candidate<T>> {
    let mut chosen = Vec::with_capacity(stacks.len());
    for (id, stack) in stacks {
        let mut failed_in: Option<&str> = None;
        for candidate in stack.into_iter().rev() {
            let Some(file) = files.get(candidate.file) else {
                continue;
            };
            let mut check = ItemCheck::new(&file.display, &file.text);
            candidate.item.check_refs(known, &mut check);
            let failed = check.has_errors();
            problems.extend(check.problems);
            if failed {
                failed_in.get_or_insert(&file.display);
                continue;
            }
            if let Some(failed_display) = failed_in {
                problems.push(Problem::warning(
                    failed_display,
                    None,
                    crate::t!(
                        "content-using-earlier",
                        kind = T::WHAT,
                        id = id.as_str(),
                        file = file.display.as_str()
                    ),
                ));
            }
            chosen.push(candidate);
            break;
        }
    }
    chosen
}

fn resolve(parsed: Parsed, images: ImagePass, problems: &mut Vec<Problem>) -> Library {
    let Parsed {
        files,
        origins,
        areas,
        exercises,
        routines,
        poses,
        exercises_seen,
        poses_seen,
        translations,
    } = parsed;
    let no_ids = HashSet::new();

    let known = Known {
        poses: &poses,
        areas: &no_ids,
        exercises: &no_ids,
        exercises_seen: &exercises_seen,
        poses_seen: &poses_seen,
    };
    let areas = resolve_kind(areas, &files, &known, problems);
    let area_ids: HashSet<String> = areas.iter().map(|c| c.item.id.clone()).collect();

    let known = Known {
        areas: &area_ids,
        ..known
    };
    let exercises = resolve_kind(exercises, &files, &known, problems);
    let exercise_ids: HashSet<String> = exercises.iter().map(|c| c.item.id.to_string()).collect();

    let known = Known {
        exercises: &exercise_ids,
        ..known
    };
    let routines = resolve_kind(routines, &files, &known, problems);
    let packs = provenance(&origins, &files, &routines, &exercises);
    let routine_files = routines
        .iter()
        .filter(|c| matches!(origins.get(c.source), Some(Origin::Folder(_))))
        .filter_map(|c| {
            let file = files.get(c.file)?;
            Some((c.item.id.to_string(), PathBuf::from(&file.display)))
        })
        .collect();
    if images == ImagePass::Load {
        load_every_image(&exercises, &files, &origins, problems);
    }

    let mut areas: Vec<Area> = areas.into_iter().map(|c| c.item).collect();
    areas.sort_by(|a, b| (a.order, &a.title, &a.id).cmp(&(b.order, &b.title, &b.id)));

    let area_rank = |area: &Option<String>| {
        area.as_deref()
            .and_then(|id| areas.iter().position(|a| a.id == id))
            .unwrap_or(usize::MAX)
    };
    let mut routines: Vec<Routine> = routines.into_iter().map(|c| c.item).collect();
    routines.sort_by(|a, b| {
        (area_rank(&a.area), &a.title, &a.id).cmp(&(area_rank(&b.area), &b.title, &b.id))
    });

    let exercises = order_exercises(exercises, &routines, &origins);
    let exercise_index = exercises
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.to_string(), i))
        .collect();

    Library {
        areas,
        exercises,
        exercise_index,
        routines,
        poses,
        sources: Sources::default(),
        problems: Vec::new(),
        packs,
        routine_files,
        language: Language::english(),
        translations: Arc::new(translations),
        untranslated: None,
        variation_titles: HashMap::new(),
    }
}

/// The pack of each chosen routine and exercise, from the pack records of
/// the folder its file was loaded from.
fn provenance(
    origins: &[Origin],
    files: &[FileText],
    routines: &[Candidate<Routine>],
    exercises: &[Candidate<Exercise>],
) -> Provenance {
    let folders: Vec<Option<(&Path, FolderPacks)>> = origins
        .iter()
        .map(|origin| match origin {
            Origin::Folder(root) => Some((root.as_path(), FolderPacks::read(root))),
            Origin::Shipped => None,
        })
        .collect();
    let pack_of = |source: usize, file: usize| {
        let (root, packs) = folders.get(source)?.as_ref()?;
        let display = Path::new(&files.get(file)?.display);
        let relative: Vec<String> = display
            .strip_prefix(root)
            .ok()?
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        packs.of_file(&relative.join("/"))
    };
    let mut found = Provenance::default();
    for c in routines {
        if let Some(origin) = pack_of(c.source, c.file) {
            found.routines.insert(c.item.id.clone().into(), origin);
        }
    }
    for c in exercises {
        if let Some(origin) = pack_of(c.source, c.file) {
            found.exercises.insert(c.item.id.clone().into(), origin);
        }
    }
    found
}

/// Exercises in the order routines first name them, then the rest by id;
/// image paths of exercises from folders on disk made absolute.
fn order_exercises(
    candidates: Vec<Candidate<Exercise>>,
    routines: &[Routine],
    origins: &[Origin],
) -> Vec<Exercise> {
    let mut first_use: HashMap<&str, usize> = HashMap::new();
    for entry in routines.iter().flat_map(|r| &r.exercises) {
        let next = first_use.len();
        first_use.entry(entry.exercise.as_str()).or_insert(next);
    }
    let mut ranked: Vec<(usize, Exercise)> = candidates
        .into_iter()
        .map(|candidate| {
            let rank = first_use
                .get(candidate.item.id.as_str())
                .copied()
                .unwrap_or(usize::MAX);
            let mut exercise = candidate.item;
            if let Some(Origin::Folder(root)) = origins.get(candidate.source) {
                resolve_images(&mut exercise, root);
            }
            (rank, exercise)
        })
        .collect();
    ranked.sort_by(|(ra, a), (rb, b)| (ra, &a.id).cmp(&(rb, &b.id)));
    ranked.into_iter().map(|(_, e)| e).collect()
}

/// Loads every image illustration of the chosen exercises the way the app
/// will (each file once), placing a problem at each illustration that
/// cannot be shown. The exercise still loads: the app shows a placeholder.
fn load_every_image(
    exercises: &[Candidate<Exercise>],
    files: &[FileText],
    origins: &[Origin],
    problems: &mut Vec<Problem>,
) {
    let mut loaded: HashMap<String, Option<String>> = HashMap::new();
    for candidate in exercises {
        let Some(file) = files.get(candidate.file) else {
            continue;
        };
        let mut resolved = candidate.item.clone();
        if let Some(Origin::Folder(root)) = origins.get(candidate.source) {
            resolve_images(&mut resolved, root);
        }
        let mut check = ItemCheck::new(&file.display, &file.text);
        for (written, near, shown) in image_illustrations(&candidate.item, &resolved) {
            let Illustration::Image(key) = shown else {
                continue;
            };
            let problem = loaded
                .entry(key.clone())
                .or_insert_with(|| load_illustration(shown).err().map(|e| e.to_string()));
            if let Some(problem) = problem {
                check.error(
                    |l| {
                        let near = near.offset(l);
                        l.string_after(written, near.unwrap_or(0)).or(near)
                    },
                    crate::t!(
                        "content-image-placeholder",
                        path = written,
                        problem = problem.to_string()
                    ),
                );
            }
        }
        problems.extend(check.problems);
    }
}

/// Where an illustration is written in an exercise file.
#[derive(Debug, Clone, Copy)]
enum Near {
    /// In the step with this index (its `role:` field starts it).
    Step(usize),
    /// In the `variations:` list.
    Variations,
}

impl Near {
    fn offset(self, l: &Locator) -> Option<usize> {
        match self {
            Near::Step(index) => l.nth_field("role", index),
            Near::Variations => l.nth_field("variations", 0),
        }
    }
}

/// Each image illustration as written, where it is written, and as
/// resolved for loading.
fn image_illustrations<'e>(
    written: &'e Exercise,
    resolved: &'e Exercise,
) -> Vec<(&'e str, Near, &'e Illustration)> {
    let mut out = Vec::new();
    for (index, (step, shown)) in written.steps.iter().zip(&resolved.steps).enumerate() {
        if let Illustration::Image(path) = &step.illustration {
            out.push((path.as_str(), Near::Step(index), &shown.illustration));
        }
    }
    for (variation, shown) in written.variations.iter().zip(&resolved.variations) {
        if let (Some(Illustration::Image(path)), Some(shown)) =
            (&variation.illustration, &shown.illustration)
        {
            out.push((path.as_str(), Near::Variations, shown));
        }
    }
    out
}

fn resolve_images(exercise: &mut Exercise, root: &Path) {
    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    for illustration in exercise.illustrations_mut() {
        if let Illustration::Image(path) = illustration {
            *path = root.join(&*path).display().to_string();
        }
    }
}
