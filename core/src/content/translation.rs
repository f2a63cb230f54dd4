//! Content in several languages. Beside the content, a folder per language
//! holds only the translated texts, keyed by the item's id and, inside an
//! exercise, by the English title of each step and version:
//!
//! ```text
//! translations/es/exercises/knee-to-chest.ron
//! translations/es/areas/lower-back.ron
//! translations/pt-BR/routines/hips.ron
//! ```
//!
//! The shipped content, the person's `<data dir>/content`, `--content DIR`
//! and packs each may carry their own. The library loads the files of the
//! language in use (its catalogue's folder, `es`, then the region's, `es-MX`,
//! over it) and puts their texts in place of the English ones, so every
//! screen, the coach, the papers and `limber show` read the person's
//! language with no change; what a file leaves out stays English. A
//! version's title is its name in profiles and history, so it stays as
//! written; its translation is [`super::Library::variation_title`].
//!
//! What is wrong in a translation (an unknown id, step or version, a
//! placeholder that is not the English text's, a list of another length)
//! is a warning when the app loads it and an error for `limber check
//! --translations`, which also counts what is not translated yet.
//! `content/README.md` documents the format.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use ron::extensions::Extensions;
use serde::Deserialize;

use super::locate::Locator;
use super::problem::{Place, Problem, Severity};
use super::schema::{Area, Exercise, Routine};
use super::validate::{ItemCheck, control_character};
use crate::i18n::{Language, parse_locale};
use crate::t;

/// The folder of a content folder that holds the translations.
pub const FOLDER: &str = "translations";

/// What a translation file translates, by the folder it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Area,
    Exercise,
    Routine,
}

impl ItemKind {
    /// The folder of a language's translations it lives in.
    pub fn folder(self) -> &'static str {
        match self {
            ItemKind::Area => "areas",
            ItemKind::Exercise => "exercises",
            ItemKind::Routine => "routines",
        }
    }

    fn from_folder(name: &str) -> Option<ItemKind> {
        match name {
            "areas" => Some(ItemKind::Area),
            "exercises" => Some(ItemKind::Exercise),
            "routines" => Some(ItemKind::Routine),
            _ => None,
        }
    }

    /// As the content's own words name it ("exercise").
    fn word(self) -> &'static str {
        match self {
            ItemKind::Area => "area",
            ItemKind::Exercise => "exercise",
            ItemKind::Routine => "routine",
        }
    }
}

/// What to do with a file under `translations/` (its path's parts, the
/// first being `translations`): load it as a translation of that kind,
/// ignore it (a README), or say it is in the wrong place.
pub(crate) fn classify(parts: &[&str], is_ron: bool) -> Result<Option<ItemKind>, String> {
    match (parts, is_ron) {
        ([_, _, folder, _], true) => ItemKind::from_folder(folder)
            .map(Some)
            .ok_or_else(|| t!("check-translation-misplaced")),
        (_, true) => Err(t!("check-translation-misplaced")),
        (_, false) => Ok(None),
    }
}

/// An area's or a routine's texts in one language.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemText {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// An exercise's texts in one language. Lists (`cautions`, `tips`) are in
/// the English order and as long; `steps` and `variations` are keyed by
/// the English step title (or `#2` for the second step) and version title.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseText {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub cautions: Option<Vec<String>>,
    #[serde(default)]
    pub tips: Option<Vec<String>>,
    #[serde(default)]
    pub switch_sides: Option<String>,
    #[serde(default)]
    pub steps: BTreeMap<String, StepText>,
    #[serde(default)]
    pub variations: BTreeMap<String, VariationText>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub caution: Option<String>,
    #[serde(default)]
    pub spoken: Option<String>,
    #[serde(default)]
    pub spoken_caution: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariationText {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    /// By the English step title, as the English version's `spoken`.
    #[serde(default)]
    pub spoken: BTreeMap<String, String>,
    #[serde(default)]
    pub switch_sides: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Texts {
    Area(ItemText),
    Routine(ItemText),
    Exercise(Box<ExerciseText>),
}

impl Texts {
    fn id(&self) -> &str {
        match self {
            Texts::Area(texts) | Texts::Routine(texts) => &texts.id,
            Texts::Exercise(texts) => &texts.id,
        }
    }

    fn kind(&self) -> ItemKind {
        match self {
            Texts::Area(_) => ItemKind::Area,
            Texts::Routine(_) => ItemKind::Routine,
            Texts::Exercise(_) => ItemKind::Exercise,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct TranslationFile {
    /// The language folder as written (`es`, `pt-BR`).
    language: String,
    display: String,
    text: String,
    texts: Texts,
}

/// Every translation file the content folders hold, in loading order (a
/// later file for the same item and language wins, field by field).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translations {
    files: Vec<TranslationFile>,
}

impl Translations {
    /// Reads one translation file; a problem with it (not RON, a field
    /// that is not a text, a folder that is not a language) goes into
    /// `problems`.
    pub(crate) fn add(
        &mut self,
        item: ItemKind,
        display: &str,
        text: &str,
        problems: &mut Vec<Problem>,
    ) {
        // `…/translations/<language>/<kind>/<file>.ron`: the classification
        // made sure of the shape.
        let language = Path::new(display)
            .components()
            .rev()
            .nth(2)
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(tag) = parse_locale(&language) else {
            problems.push(Problem::error(
                display,
                None,
                t!("check-translation-language", folder = language.as_str()),
            ));
            return;
        };
        if tag.language.as_str() == crate::i18n::ENGLISH && tag.region.is_none() {
            problems.push(Problem::warning(
                display,
                None,
                t!("check-translation-english"),
            ));
            return;
        }
        let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
        let parsed = match item {
            ItemKind::Area => options.from_str(text).map(Texts::Area),
            ItemKind::Routine => options.from_str(text).map(Texts::Routine),
            ItemKind::Exercise => options
                .from_str(text)
                .map(|texts| Texts::Exercise(Box::new(texts))),
        };
        match parsed {
            Ok(texts) => self.files.push(TranslationFile {
                language,
                display: display.to_owned(),
                text: text.to_owned(),
                texts,
            }),
            Err(err) => problems.push(Problem::error(
                display,
                Some(Place {
                    line: err.span.start.line,
                    col: err.span.start.col,
                }),
                err.code.to_string(),
            )),
        }
    }

    /// The files that translate the `kind` item `id`, in loading order:
    /// each one's language folder (as written) and text, as read.
    pub fn texts_of(&self, kind: ItemKind, id: &str) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .filter(|file| file.texts.kind() == kind && file.texts.id() == id)
            .map(|file| (file.language.as_str(), file.text.as_str()))
            .collect()
    }

    /// The language folders found, as written, sorted.
    pub fn languages(&self) -> Vec<String> {
        let tags: BTreeSet<String> = self.files.iter().map(|f| f.language.clone()).collect();
        tags.into_iter().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files for `language`: its catalogue's folder (`es`) first, then
    /// the one for the locale asked for (`es-MX`), each in loading order.
    fn files_for<'t>(&'t self, language: &Language) -> Vec<&'t TranslationFile> {
        let mut tags = vec![language.tag()];
        if language.locale_tag() != language.tag() {
            tags.push(language.locale_tag());
        }
        let mut files = Vec::new();
        for tag in &tags {
            let wanted = parse_locale(tag);
            files.extend(
                self.files
                    .iter()
                    .filter(|file| parse_locale(&file.language) == wanted),
            );
        }
        files
    }

    /// The files whose folder is exactly `folder` (for the check, which
    /// looks at each folder on its own).
    fn files_in<'t>(&'t self, folder: &str) -> Vec<&'t TranslationFile> {
        self.files
            .iter()
            .filter(|file| file.language == folder)
            .collect()
    }
}

/// The items a translation is put into.
pub(crate) struct Items<'a> {
    pub areas: &'a mut [Area],
    pub exercises: &'a mut [Exercise],
    pub routines: &'a mut [Routine],
}

/// What putting translations in place left beside the items.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    /// A version's title in the language, by (exercise id, English title).
    pub variation_titles: HashMap<(String, String), String>,
    /// Whether any text was put in place.
    pub any: bool,
}

/// Puts the texts of `language` in place of the English ones; what cannot
/// be used is a warning in `problems` (the rest of the file still is).
pub(crate) fn apply(
    translations: &Translations,
    language: &Language,
    items: Items<'_>,
    problems: &mut Vec<Problem>,
) -> Applied {
    let files = translations.files_for(language);
    let mut done = Done::default();
    let Items {
        areas,
        exercises,
        routines,
    } = items;
    // Every file is keyed by the English steps, also when an earlier file
    // (the shipped translation, under the person's own) renamed them.
    let english: Vec<Exercise> = if files.is_empty() {
        Vec::new()
    } else {
        exercises.to_vec()
    };
    for file in files {
        let mut check = ItemCheck::new(&file.display, &file.text);
        let mut items = Items {
            areas: &mut *areas,
            exercises: &mut *exercises,
            routines: &mut *routines,
        };
        overlay(file, &english, &mut items, &mut check, &mut done);
        problems.extend(check.problems.into_iter().map(|problem| Problem {
            severity: Severity::Warning,
            ..problem
        }));
    }
    Applied {
        any: !done.fields.is_empty(),
        variation_titles: done.variation_titles,
    }
}

/// One language folder's translations checked against the content.
#[derive(Debug, Clone)]
pub struct TranslationReport {
    /// The folder's tag (`es`).
    pub tag: String,
    /// Errors with `file:line:col` (and each file's own problems).
    pub problems: Vec<Problem>,
    /// How many English texts the content has.
    pub texts: usize,
    /// The English texts with no translation in this folder, named by
    /// item and field (`exercises/knee-to-chest: steps."Lie on your back".spoken`).
    pub untranslated: Vec<String>,
}

/// Checks the translations of `folder` (a tag, as the folder is named)
/// against `areas`, `exercises` and `routines` (the English content). A
/// routine made in the app is the person's own and needs none.
pub(crate) fn check(
    translations: &Translations,
    folder: &str,
    areas: &[Area],
    exercises: &[Exercise],
    routines: &[Routine],
) -> TranslationReport {
    let all = texts_of(areas, exercises, routines);
    let english = exercises;
    let mut areas = areas.to_vec();
    let mut exercises = exercises.to_vec();
    let mut routines = routines.to_vec();
    let mut done = Done::default();
    let mut problems = Vec::new();
    for file in translations.files_in(folder) {
        let mut check = ItemCheck::new(&file.display, &file.text);
        let mut items = Items {
            areas: &mut areas,
            exercises: &mut exercises,
            routines: &mut routines,
        };
        overlay(file, english, &mut items, &mut check, &mut done);
        problems.extend(check.problems);
    }
    let untranslated = all
        .iter()
        .filter(|field| !done.fields.contains(*field))
        .cloned()
        .collect();
    TranslationReport {
        tag: folder.to_owned(),
        problems,
        texts: all.len(),
        untranslated,
    }
}

/// Every English text of the content, named as [`Done`] names what was
/// translated.
fn texts_of(areas: &[Area], exercises: &[Exercise], routines: &[Routine]) -> Vec<String> {
    let mut all = Vec::new();
    for area in areas {
        let at = format!("areas/{}", area.id);
        all.push(field(&at, "title"));
        all.push(field(&at, "description"));
    }
    for routine in routines.iter().filter(|r| r.made_by.is_none()) {
        let at = format!("routines/{}", routine.id);
        all.push(field(&at, "title"));
        all.push(field(&at, "description"));
    }
    for exercise in exercises {
        let at = format!("exercises/{}", exercise.id);
        all.push(field(&at, "title"));
        all.push(field(&at, "summary"));
        all.extend((1..=exercise.cautions.len()).map(|n| field(&at, &format!("cautions[{n}]"))));
        all.extend((1..=exercise.tips.len()).map(|n| field(&at, &format!("tips[{n}]"))));
        if exercise.switch_sides.is_some() {
            all.push(field(&at, "switch_sides"));
        }
        for (index, step) in exercise.steps.iter().enumerate() {
            let key = step_key(exercise, index);
            let optional = [
                ("caution", step.caution.is_some()),
                ("spoken", step.spoken.is_some()),
                ("spoken_caution", step.spoken_caution.is_some()),
            ];
            for (name, present) in [("title", true), ("text", true)]
                .into_iter()
                .chain(optional)
            {
                if present {
                    all.push(field(&at, &format!("steps.{key}.{name}")));
                }
            }
        }
        for variation in &exercise.variations {
            let key = quoted(&variation.title);
            all.push(field(&at, &format!("variations.{key}.title")));
            all.push(field(&at, &format!("variations.{key}.text")));
            for step in variation.spoken.keys() {
                all.push(field(
                    &at,
                    &format!("variations.{key}.spoken.{}", quoted(step)),
                ));
            }
            if variation.switch_sides.is_some() {
                all.push(field(&at, &format!("variations.{key}.switch_sides")));
            }
        }
    }
    all
}

fn field(at: &str, name: &str) -> String {
    format!("{at}: {name}")
}

fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// How a step is named in a field's name: by its title, or by its number
/// when another step has the same title.
fn step_key(exercise: &Exercise, index: usize) -> String {
    let title = &exercise.steps[index].title;
    let same = exercise.steps.iter().filter(|s| &s.title == title).count();
    if same > 1 {
        quoted(&format!("#{}", index + 1))
    } else {
        quoted(title)
    }
}

/// What has been put in place so far.
#[derive(Debug, Default)]
struct Done {
    /// Named as [`texts_of`] names them.
    fields: BTreeSet<String>,
    variation_titles: HashMap<(String, String), String>,
}

/// Puts one file's texts onto `items`; `english` holds the exercises as
/// written, whose step titles key the file whatever earlier files did.
fn overlay(
    file: &TranslationFile,
    english: &[Exercise],
    items: &mut Items<'_>,
    check: &mut ItemCheck<'_>,
    done: &mut Done,
) {
    let Items {
        areas,
        exercises,
        routines,
    } = items;
    let id = file.texts.id();
    let unknown = |check: &mut ItemCheck<'_>| {
        check.error(
            |l| l.string_after(id, 0),
            t!(
                "check-translation-unknown-item",
                kind = file.texts.kind().word(),
                id = id
            ),
        );
    };
    match &file.texts {
        Texts::Area(texts) => match areas.iter_mut().find(|a| a.id == texts.id) {
            Some(area) => {
                let at = format!("areas/{}", area.id);
                let mut put = Put {
                    check,
                    done,
                    at: &at,
                };
                put.text(&mut area.title, &texts.title, "title", None);
                put.text(
                    &mut area.description,
                    &texts.description,
                    "description",
                    None,
                );
            }
            None => unknown(check),
        },
        Texts::Routine(texts) => match routines.iter_mut().find(|r| r.id == texts.id) {
            Some(routine) => {
                let at = format!("routines/{}", routine.id);
                let mut put = Put {
                    check,
                    done,
                    at: &at,
                };
                put.text(&mut routine.title, &texts.title, "title", None);
                put.text(
                    &mut routine.description,
                    &texts.description,
                    "description",
                    None,
                );
            }
            None => unknown(check),
        },
        Texts::Exercise(texts) => match exercises.iter_mut().find(|e| e.id == texts.id) {
            Some(exercise) => match english.iter().find(|e| e.id == texts.id) {
                Some(written) => overlay_exercise(exercise, written, texts, check, done),
                None => {
                    let written = exercise.clone();
                    overlay_exercise(exercise, &written, texts, check, done);
                }
            },
            None => unknown(check),
        },
    }
}

/// Puts one field's translation in place, after its checks.
struct Put<'p, 'c> {
    check: &'p mut ItemCheck<'c>,
    done: &'p mut Done,
    /// `exercises/knee-to-chest`.
    at: &'p str,
}

impl Put<'_, '_> {
    /// `name` is the field as [`texts_of`] names it; `near` the key string
    /// to look for the field after (a step's or version's title).
    fn text(
        &mut self,
        target: &mut String,
        translated: &Option<String>,
        name: &str,
        near: Option<&str>,
    ) {
        let Some(new) = translated else {
            return;
        };
        if self.accepts(target, new, name, near) {
            *target = new.clone();
            self.done.fields.insert(field(self.at, name));
        }
    }

    /// For a text the English may lack (a caution, a spoken line).
    fn optional(
        &mut self,
        target: &mut Option<String>,
        translated: &Option<String>,
        name: &str,
        near: Option<&str>,
    ) {
        let Some(new) = translated else {
            return;
        };
        match target {
            Some(english) => {
                if self.accepts(english, new, name, near) {
                    *target = Some(new.clone());
                    self.done.fields.insert(field(self.at, name));
                }
            }
            None => {
                let last = last_part(name);
                self.error(last, near, t!("check-translation-no-source", field = name));
            }
        }
    }

    /// A list in the English order, as long.
    fn list(&mut self, target: &mut [String], translated: &Option<Vec<String>>, name: &str) {
        let Some(new) = translated else {
            return;
        };
        if new.len() != target.len() {
            self.error(
                name,
                None,
                t!(
                    "check-translation-count",
                    field = name,
                    found = new.len(),
                    expected = target.len()
                ),
            );
            return;
        }
        for (n, (english, translated)) in target.iter_mut().zip(new).enumerate() {
            let entry = format!("{name}[{}]", n + 1);
            if self.accepts(english, translated, &entry, None) {
                *english = translated.clone();
                self.done.fields.insert(field(self.at, &entry));
            }
        }
    }

    fn accepts(&mut self, english: &str, translated: &str, name: &str, near: Option<&str>) -> bool {
        let last = last_part(name);
        if translated.trim().is_empty() {
            self.error(last, near, t!("check-translation-empty", field = name));
            return false;
        }
        if control_character(translated).is_some() {
            self.error(last, near, t!("check-translation-control", field = name));
            return false;
        }
        let found = placeholders(translated);
        let expected = placeholders(english);
        if found != expected {
            self.error(
                last,
                near,
                t!(
                    "check-translation-placeholders",
                    field = name,
                    found = shown_placeholders(&found),
                    expected = shown_placeholders(&expected)
                ),
            );
            return false;
        }
        true
    }

    /// An error at field `field` (after the string `near` when given).
    fn error(&mut self, field: &str, near: Option<&str>, message: String) {
        let field = field.to_owned();
        let near = near.map(str::to_owned);
        self.check.error(
            move |l: &Locator<'_>| {
                let from = match &near {
                    Some(key) => l.string_after(key, 0)?,
                    None => 0,
                };
                l.field_after(&field, from).or(Some(from))
            },
            message,
        );
    }
}

/// The RON field a field name ends in: `steps."Lie down".text` → `text`,
/// `cautions[2]` → `cautions`.
fn last_part(name: &str) -> &str {
    let last = name.rsplit('.').next().unwrap_or(name);
    last.split('[').next().unwrap_or(last)
}

/// The side placeholders of a text by name, sorted: `{side}` and
/// `{side:f}` (a form the language needs, see `words::for_side`) are both
/// `side`. Anything else in braces is kept whole, so it never matches.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            found.push(format!("{{{after}"));
            break;
        };
        let inside = &after[..close];
        let name = inside.split(':').next().unwrap_or(inside);
        if (name == "side" || name == "other") && inside.len() <= 40 {
            found.push(name.to_owned());
        } else {
            found.push(format!("{{{inside}}}"));
        }
        rest = &after[close + 1..];
    }
    found.sort();
    found
}

fn shown_placeholders(names: &[String]) -> String {
    if names.is_empty() {
        return t!("check-placeholder-none");
    }
    names
        .iter()
        .map(|name| {
            if name.starts_with('{') {
                name.clone()
            } else {
                format!("{{{name}}}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn overlay_exercise(
    exercise: &mut Exercise,
    english: &Exercise,
    texts: &ExerciseText,
    check: &mut ItemCheck<'_>,
    done: &mut Done,
) {
    let at = format!("exercises/{}", exercise.id);
    let id = exercise.id.clone();
    // The English titles, as written: the keys, whatever an earlier file
    // put in their place.
    let english_titles: Vec<String> = if english.steps.len() == exercise.steps.len() {
        english.steps.iter().map(|s| s.title.clone()).collect()
    } else {
        exercise.steps.iter().map(|s| s.title.clone()).collect()
    };
    let keys: Vec<String> = if english.steps.len() == exercise.steps.len() {
        (0..english.steps.len())
            .map(|i| step_key(english, i))
            .collect()
    } else {
        (0..exercise.steps.len())
            .map(|i| step_key(exercise, i))
            .collect()
    };
    // The titles as they read before this file: a version's own lines are
    // keyed by them (an earlier file may have translated them).
    let titles_before: Vec<String> = exercise.steps.iter().map(|s| s.title.clone()).collect();
    let before_of: HashMap<&str, &str> = english_titles
        .iter()
        .zip(&titles_before)
        .map(|(english, before)| (english.as_str(), before.as_str()))
        .collect();
    {
        let mut put = Put {
            check: &mut *check,
            done: &mut *done,
            at: &at,
        };
        put.text(&mut exercise.title, &texts.title, "title", None);
        put.text(&mut exercise.summary, &texts.summary, "summary", None);
        put.list(&mut exercise.cautions, &texts.cautions, "cautions");
        put.list(&mut exercise.tips, &texts.tips, "tips");
        put.optional(
            &mut exercise.switch_sides,
            &texts.switch_sides,
            "switch_sides",
            None,
        );
    }
    for (key, step_texts) in &texts.steps {
        let Some(index) = step_index(&english_titles, key, &id, check) else {
            continue;
        };
        let shown = &keys[index];
        let step = &mut exercise.steps[index];
        let mut put = Put {
            check: &mut *check,
            done: &mut *done,
            at: &at,
        };
        let name = |field: &str| format!("steps.{shown}.{field}");
        put.text(
            &mut step.title,
            &step_texts.title,
            &name("title"),
            Some(key),
        );
        put.text(&mut step.text, &step_texts.text, &name("text"), Some(key));
        put.optional(
            &mut step.caution,
            &step_texts.caution,
            &name("caution"),
            Some(key),
        );
        put.optional(
            &mut step.spoken,
            &step_texts.spoken,
            &name("spoken"),
            Some(key),
        );
        put.optional(
            &mut step.spoken_caution,
            &step_texts.spoken_caution,
            &name("spoken_caution"),
            Some(key),
        );
    }
    // A version says its own lines by step title: the titles as they now
    // read, so the lookup still finds them.
    let title_now: HashMap<&str, String> = titles_before
        .iter()
        .zip(&exercise.steps)
        .map(|(before, step)| (before.as_str(), step.title.clone()))
        .collect();
    for (title, variation_texts) in &texts.variations {
        let Some(variation) = exercise.variations.iter_mut().find(|v| &v.title == title) else {
            check.error(
                |l| l.string_after(title, 0),
                t!(
                    "check-translation-unknown-variation",
                    exercise = id.as_str(),
                    variation = title.as_str()
                ),
            );
            continue;
        };
        let key = quoted(title);
        let mut put = Put {
            check: &mut *check,
            done: &mut *done,
            at: &at,
        };
        let name = |field: &str| format!("variations.{key}.{field}");
        if let Some(shown) = &variation_texts.title {
            let mut english = variation.title.clone();
            put.text(
                &mut english,
                &Some(shown.clone()),
                &name("title"),
                Some(title),
            );
            if english == *shown {
                put.done
                    .variation_titles
                    .insert((id.clone().into(), variation.title.clone()), shown.clone());
            }
        }
        put.text(
            &mut variation.text,
            &variation_texts.text,
            &name("text"),
            Some(title),
        );
        put.optional(
            &mut variation.switch_sides,
            &variation_texts.switch_sides,
            &name("switch_sides"),
            Some(title),
        );
        for (step, line) in &variation_texts.spoken {
            let keyed = before_of
                .get(step.as_str())
                .copied()
                .unwrap_or(step.as_str());
            match variation.spoken.get_mut(keyed) {
                Some(english) => {
                    let entry = format!("variations.{key}.spoken.{}", quoted(step));
                    put.text(english, &Some(line.clone()), &entry, Some(step));
                }
                None => put.error(
                    "spoken",
                    Some(title),
                    t!(
                        "check-translation-unknown-spoken",
                        variation = title.as_str(),
                        step = step.as_str()
                    ),
                ),
            }
        }
    }
    // Every version's lines follow the steps' new titles, also a version
    // this file does not name.
    for variation in &mut exercise.variations {
        variation.spoken = std::mem::take(&mut variation.spoken)
            .into_iter()
            .map(|(step, line)| {
                let step = title_now.get(step.as_str()).cloned().unwrap_or(step);
                (step, line)
            })
            .collect();
    }
}

/// The step a key names: `#2` (the second), or the English title of one
/// step (two steps with that title need the number).
fn step_index(
    titles: &[String],
    key: &str,
    exercise: &str,
    check: &mut ItemCheck<'_>,
) -> Option<usize> {
    if let Some(number) = key.strip_prefix('#') {
        let index = number
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=titles.len()).contains(n));
        if index.is_none() {
            check.error(
                |l| l.string_after(key, 0),
                t!(
                    "check-translation-unknown-step",
                    exercise = exercise,
                    step = key
                ),
            );
        }
        return index.map(|n| n - 1);
    }
    let matching: Vec<usize> = titles
        .iter()
        .enumerate()
        .filter(|(_, title)| *title == key)
        .map(|(index, _)| index)
        .collect();
    match matching.as_slice() {
        [one] => Some(*one),
        [] => {
            check.error(
                |l| l.string_after(key, 0),
                t!(
                    "check-translation-unknown-step",
                    exercise = exercise,
                    step = key
                ),
            );
            None
        }
        [first, ..] => {
            check.error(
                |l| l.string_after(key, 0),
                t!(
                    "check-translation-ambiguous-step",
                    exercise = exercise,
                    step = key,
                    count = matching.len(),
                    first = first + 1
                ),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests;
