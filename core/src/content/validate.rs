//! The rules a content item must follow, each problem placed in its file.
//!
//! Two passes: [`ItemCheck`]s on one item alone (ids, titles, ranges, step
//! order, image paths) run as each file is parsed; cross checks (the areas,
//! exercises and poses an item names) run once every source is merged.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use super::locate::Locator;
use super::problem::{Problem, Severity};
use super::schema::{
    Area, BodyPart, Dose, Exercise, Illustration, Limb, Range, Region, Role, Routine, Sides, Step,
};
use super::source::{IMAGE_EXTENSIONS, Origin, SHIPPED};
use crate::figure::illustration::max_file_bytes;
use crate::files::size_words;
use crate::limits;

/// Longest move, release or rest: five minutes.
pub const MAX_TRANSITION_SECONDS: u32 = 300;
/// Longest id accepted; ids end up in file names and command lines.
pub const MAX_ID_LEN: usize = 64;

/// Problems of one item in one file, placed lazily: the file is only scanned
/// for places when there is something to report.
pub(crate) struct ItemCheck<'a> {
    display: &'a str,
    text: &'a str,
    locator: Option<Locator<'a>>,
    pub problems: Vec<Problem>,
}

impl<'a> ItemCheck<'a> {
    pub fn new(display: &'a str, text: &'a str) -> Self {
        ItemCheck {
            display,
            text,
            locator: None,
            problems: Vec::new(),
        }
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    fn locator(&mut self) -> &Locator<'a> {
        self.locator.get_or_insert_with(|| Locator::new(self.text))
    }

    /// Records an error at the offset `find` returns (no place if none).
    pub fn error(&mut self, find: impl FnOnce(&Locator<'a>) -> Option<usize>, message: String) {
        let problem = self.placed(find, message, Severity::Error);
        self.problems.push(problem);
    }

    pub fn warning(&mut self, find: impl FnOnce(&Locator<'a>) -> Option<usize>, message: String) {
        let problem = self.placed(find, message, Severity::Warning);
        self.problems.push(problem);
    }

    /// Records a fault: the item still loads (see [`Severity::Fault`]).
    pub fn fault(&mut self, find: impl FnOnce(&Locator<'a>) -> Option<usize>, message: String) {
        let problem = self.placed(find, message, Severity::Fault);
        self.problems.push(problem);
    }

    fn placed(
        &mut self,
        find: impl FnOnce(&Locator<'a>) -> Option<usize>,
        message: String,
        severity: Severity,
    ) -> Problem {
        let locator = self.locator();
        let place = find(locator).map(|offset| locator.place(offset));
        match severity {
            Severity::Error => Problem::error(self.display, place, message),
            Severity::Fault => Problem::fault(self.display, place, message),
            Severity::Warning => Problem::warning(self.display, place, message),
        }
    }
}

/// The `nth` occurrence of a field: where to start searching for a value,
/// resolved only when there is a problem to place (the text is not scanned
/// for valid items).
#[derive(Debug, Clone, Copy)]
struct Anchor {
    field: &'static str,
    nth: usize,
}

impl Anchor {
    fn new(field: &'static str, nth: usize) -> Self {
        Anchor { field, nth }
    }

    fn offset(self, loc: &Locator) -> Option<usize> {
        loc.nth_field(self.field, self.nth)
    }
}

/// Where the `index`-th step starts: its `role:` field (every step has one).
fn step_at(loc: &Locator, index: usize) -> Option<usize> {
    loc.nth_field("role", index)
}

/// A field of the `index`-th step, falling back to the step itself.
fn step_field(loc: &Locator, index: usize, field: &str) -> Option<usize> {
    let start = step_at(loc, index)?;
    let next = step_at(loc, index + 1).unwrap_or(usize::MAX);
    loc.field_after(field, start)
        .filter(|&offset| offset < next)
        .or(Some(start))
}

pub(crate) fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_id(id: &str, what: &str, check: &mut ItemCheck) {
    if id.trim().is_empty() {
        check.error(
            |l| l.nth_field("id", 0),
            crate::t!("content-id-empty", kind = what),
        );
    } else if !is_kebab_case(id) {
        check.error(
            |l| l.string_after(id, l.nth_field("id", 0).unwrap_or(0)),
            crate::t!("content-id-not-kebab", kind = what, id = id),
        );
    } else if id.len() > MAX_ID_LEN {
        check.error(
            |l| l.string_after(id, l.nth_field("id", 0).unwrap_or(0)),
            crate::t!(
                "content-id-too-long",
                kind = what,
                id = id,
                max = MAX_ID_LEN
            ),
        );
    }
}

fn check_not_empty(value: &str, field: &'static str, check: &mut ItemCheck, is_error: bool) {
    if value.trim().is_empty() {
        let message = crate::t!("content-field-empty", field = field);
        if is_error {
            check.error(|l| l.nth_field(field, 0), message);
        } else {
            check.warning(|l| l.nth_field(field, 0), message);
        }
    }
}

/// Checks a range against its bounds; returns the message for the first
/// thing wrong with it.
fn range_problem(name: &str, range: Range, max: u32, unit: &str) -> Option<String> {
    let Range(low, high) = range;
    let problem = if low > high {
        "inverted"
    } else if high == 0 {
        "empty"
    } else if low == 0 {
        "zero"
    } else if high > max {
        "too-high"
    } else {
        return None;
    };
    Some(crate::t!(
        "content-range",
        problem = problem,
        field = name,
        low = low,
        high = high,
        max = max,
        unit = unit
    ))
}

/// Dose ranges and times. `from` is where to start looking for the fields
/// (the start of the dose, or of a routine entry).
fn check_dose_ranges(
    hold: Option<Range>,
    repetitions: Option<Range>,
    from: Anchor,
    check: &mut ItemCheck,
) {
    let fields = [
        ("hold_seconds", hold, limits::HOLD_SECONDS.max, "seconds"),
        (
            "repetitions",
            repetitions,
            limits::REPETITIONS.max,
            "repetitions",
        ),
    ];
    for (name, range, max, unit) in fields {
        if let Some(message) = range.and_then(|r| range_problem(name, r, max, unit)) {
            check.error(
                |l| l.field_after(name, from.offset(l).unwrap_or(0)),
                message,
            );
        }
    }
}

fn check_dose(dose: &Dose, check: &mut ItemCheck) {
    let from = Anchor::new("dose", 0);
    check_dose_ranges(Some(dose.hold_seconds), Some(dose.repetitions), from, check);
    for (name, value) in [
        ("move_seconds", dose.move_seconds),
        ("release_seconds", dose.release_seconds),
        ("rest_seconds", dose.rest_seconds),
    ] {
        if value > MAX_TRANSITION_SECONDS {
            check.error(
                |l| l.field_after(name, from.offset(l).unwrap_or(0)),
                crate::t!(
                    "content-transition-too-long",
                    field = name,
                    value = value,
                    max = MAX_TRANSITION_SECONDS
                ),
            );
        }
    }
}

/// What is wrong with step `number`'s place in the order (`problem`, a
/// selector of `content-step-order`), with the rule.
fn step_order(number: usize, problem: &str) -> String {
    crate::t!("content-step-order", number = number, problem = problem)
}

/// Setup cards first, then at most one Move, exactly one Hold, at most one
/// Release, in that order. Returns (step index, message) pairs.
pub(crate) fn step_order_problems(steps: &[Step]) -> Vec<(Option<usize>, String)> {
    #[derive(PartialEq, PartialOrd)]
    enum Stage {
        Setup,
        Moved,
        Held,
        Released,
    }
    let mut stage = Stage::Setup;
    let mut problems = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        let number = index + 1;
        let problem = match step.role {
            Role::Setup if stage > Stage::Setup => Some(step_order(number, "setup-late")),
            Role::Setup => None,
            Role::Move if stage == Stage::Moved => Some(step_order(number, "second-move")),
            Role::Move if stage > Stage::Moved => Some(step_order(number, "move-late")),
            Role::Move => {
                stage = Stage::Moved;
                None
            }
            Role::Hold if stage >= Stage::Held => Some(step_order(number, "second-hold")),
            Role::Hold => {
                stage = Stage::Held;
                None
            }
            Role::Release if stage < Stage::Held => Some(step_order(number, "release-early")),
            Role::Release if stage == Stage::Released => Some(step_order(number, "second-release")),
            Role::Release => {
                stage = Stage::Released;
                None
            }
        };
        if let Some(message) = problem {
            problems.push((Some(index), message));
        }
    }
    if stage < Stage::Held && !steps.iter().any(|s| s.role == Role::Hold) {
        problems.push((None, crate::t!("content-step-no-hold")));
    }
    problems
}

/// Checks an image path lexically (never touching the file system for a
/// path that is absolute or leaves the folder), then that the file exists
/// inside the folder. Returns the normalized relative path.
pub(crate) fn check_image(path: &str, origin: &Origin) -> Result<PathBuf, String> {
    let rel = image_path_shape(path)?;
    match origin {
        Origin::Shipped => {
            if SHIPPED.get_file(&rel).is_none() {
                return Err(crate::t!("content-image-not-shipped", path = path));
            }
        }
        Origin::Folder(root) => {
            let full = root.join(&rel);
            let metadata = fs::metadata(&full).map_err(|_| {
                crate::t!(
                    "content-image-not-found",
                    path = path,
                    looked = full.display().to_string()
                )
            })?;
            if !metadata.is_file() {
                return Err(crate::t!("content-image-not-file", path = path));
            }
            // A symbolic link inside the folder may still point outside it.
            let inside = match (fs::canonicalize(root), fs::canonicalize(&full)) {
                (Ok(root), Ok(full)) => full.starts_with(root),
                _ => false,
            };
            if !inside {
                return Err(crate::t!("content-image-outside", path = path));
            }
            // The same per-kind limit the loader applies (one owner:
            // figure::illustration), so check and app agree.
            if let Some((limit, kind)) = max_file_bytes(&rel)
                && metadata.len() > limit
            {
                return Err(crate::t!(
                    "content-image-too-large",
                    path = path,
                    limit = size_words(limit),
                    kind = kind
                ));
            }
        }
    }
    Ok(rel)
}

/// The lexical rules for an image path: relative, inside the folder, forward
/// slashes, an image extension.
fn image_path_shape(path: &str) -> Result<PathBuf, String> {
    if path.trim().is_empty() {
        return Err(crate::t!("content-image-path-empty"));
    }
    if path.contains('\\') {
        return Err(crate::t!("content-image-path-backslash", path = path));
    }
    // `C:` (a Windows drive) is not caught by Path on other systems.
    if path.starts_with('/') || path.contains(':') || Path::new(path).is_absolute() {
        return Err(crate::t!("content-image-path-absolute", path = path));
    }
    let mut rel = PathBuf::new();
    for component in Path::new(path).components() {
        match component {
            Component::Normal(part) => rel.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                return Err(crate::t!("content-image-path-parent", path = path));
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(crate::t!("content-image-path-rooted", path = path));
            }
        }
    }
    let extension_ok = rel
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMAGE_EXTENSIONS.iter().any(|w| e.eq_ignore_ascii_case(w)));
    if !extension_ok {
        return Err(crate::t!("content-image-kind", path = path));
    }
    Ok(rel)
}

fn check_illustration(
    illustration: &Illustration,
    origin: &Origin,
    near: Anchor,
    check: &mut ItemCheck,
) {
    match illustration {
        Illustration::Pose(id) if id.trim().is_empty() => {
            check.error(|l| near.offset(l), crate::t!("content-pose-id-empty"));
        }
        Illustration::Pose(_) => {} // checked once poses are merged
        Illustration::Image(path) => {
            if let Err(message) = check_image(path, origin) {
                check.error(
                    |l| {
                        let near = near.offset(l);
                        l.string_after(path, near.unwrap_or(0)).or(near)
                    },
                    message,
                );
            }
        }
    }
}

/// Each field past its limit ([`crate::limits`]) as an error at its place.
fn check_limits(over: Vec<super::size::OverLimit>, check: &mut ItemCheck) {
    use super::size::Place;
    for problem in over {
        match problem.place {
            Place::Field(field) => check.error(|l| l.nth_field(field, 0), problem.message),
            Place::Step(index, field) => {
                check.error(|l| step_field(l, index, field), problem.message)
            }
        }
    }
}

pub(crate) fn check_area(area: &Area, check: &mut ItemCheck) {
    check_limits(super::size::area(area), check);
    check_area_text(area, check);
    check_id(&area.id, "area", check);
    check_not_empty(&area.title, "title", check, true);
    check_not_empty(&area.description, "description", check, false);
    if area.pose.trim().is_empty() {
        check.error(
            |l| l.nth_field("pose", 0),
            crate::t!("content-field-empty", field = "pose"),
        );
    }
    check_highlight(area.highlight, check);
}

/// An empty list lights nothing: allowed, but probably not meant.
fn check_highlight(highlight: Region, check: &mut ItemCheck) {
    if highlight.is_empty() {
        check.warning(
            |l| l.nth_field("highlight", 0),
            crate::t!("content-highlight-empty", parts = BodyPart::names()),
        );
    }
}

pub(crate) fn check_exercise(exercise: &Exercise, origin: &Origin, check: &mut ItemCheck) {
    check_limits(super::size::exercise(exercise), check);
    check_exercise_text(exercise, check);
    check_id(&exercise.id, "exercise", check);
    check_not_empty(&exercise.title, "title", check, true);
    check_not_empty(&exercise.summary, "summary", check, false);
    if exercise.areas.is_empty() {
        check.warning(
            |l| l.nth_field("areas", 0),
            crate::t!("content-areas-empty"),
        );
    }
    check_dose(&exercise.dose, check);
    check_highlight(exercise.highlight, check);
    if exercise.sides == Sides::None && exercise.limb != Limb::default() {
        check.warning(
            |l| l.nth_field("limb", 0),
            crate::t!("content-limb-without-sides"),
        );
    }
    for caution in &exercise.cautions {
        if caution.trim().is_empty() {
            check.warning(
                |l| l.nth_field("cautions", 0),
                crate::t!("content-caution-empty"),
            );
        }
    }
    for tip in &exercise.tips {
        if tip.trim().is_empty() {
            check.warning(|l| l.nth_field("tips", 0), crate::t!("content-tip-empty"));
        }
    }
    for (index, message) in step_order_problems(&exercise.steps) {
        match index {
            Some(index) => check.error(|l| step_at(l, index), message),
            None => check.error(|l| l.nth_field("steps", 0), message),
        }
    }
    for (index, step) in exercise.steps.iter().enumerate() {
        let number = index + 1;
        if step.title.trim().is_empty() {
            check.error(
                |l| step_field(l, index, "title"),
                crate::t!("content-step-field-empty", step = number, field = "title"),
            );
        }
        if step.text.trim().is_empty() {
            check.error(
                |l| step_field(l, index, "text"),
                crate::t!("content-step-field-empty", step = number, field = "text"),
            );
        }
        if step.caution.as_deref().is_some_and(|c| c.trim().is_empty()) {
            check.warning(
                |l| step_field(l, index, "caution"),
                crate::t!(
                    "content-step-field-empty-optional",
                    step = number,
                    field = "caution"
                ),
            );
        }
        if step
            .spoken_caution
            .as_deref()
            .is_some_and(|c| c.trim().is_empty())
        {
            check.warning(
                |l| step_field(l, index, "spoken_caution"),
                crate::t!(
                    "content-step-field-empty-optional",
                    step = number,
                    field = "spoken_caution"
                ),
            );
        }
        check_illustration(
            &step.illustration,
            origin,
            Anchor::new("role", index),
            check,
        );
    }
    check_side_placeholders(exercise, check);
    for (index, variation) in exercise.variations.iter().enumerate() {
        let number = index + 1;
        let start = Anchor::new("variations", 0);
        if variation.title.trim().is_empty() || variation.text.trim().is_empty() {
            check.error(
                |l| start.offset(l),
                crate::t!("content-variation-empty", variation = number),
            );
        }
        if let Some(illustration) = &variation.illustration {
            check_illustration(illustration, origin, start, check);
        }
        for title in variation.spoken.keys() {
            if !exercise.steps.iter().any(|step| &step.title == title) {
                let titles: Vec<String> = exercise
                    .steps
                    .iter()
                    .map(|step| format!("\"{}\"", step.title))
                    .collect();
                let quoted = format!("\"{title}\"");
                check.error(
                    |l| l.text_at(&quoted).or_else(|| start.offset(l)),
                    crate::t!(
                        "content-variation-unknown-step",
                        variation = number,
                        step = title,
                        titles = titles.join(", ")
                    ),
                );
            }
        }
    }
}

/// `{side}` and `{other}` in the texts of a sided exercise, nothing else
/// in braces, and no side words at all in an exercise without sides.
fn check_side_placeholders(exercise: &Exercise, check: &mut ItemCheck) {
    let mut texts: Vec<&str> = Vec::new();
    for step in &exercise.steps {
        texts.extend([step.title.as_str(), step.text.as_str()]);
        texts.extend(step.spoken.as_deref());
        texts.extend(step.caution.as_deref());
        texts.extend(step.spoken_caution.as_deref());
    }
    texts.extend(exercise.switch_sides.as_deref());
    texts.extend(exercise.cautions.iter().map(String::as_str));
    texts.extend(exercise.tips.iter().map(String::as_str));
    for variation in &exercise.variations {
        texts.push(variation.text.as_str());
        texts.extend(variation.spoken.values().map(String::as_str));
        texts.extend(variation.switch_sides.as_deref());
    }
    for text in texts {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open..];
            let token = after.find('}').map_or(after, |close| &after[..=close]);
            let known = super::SIDE_PLACEHOLDERS.contains(&token);
            let message = if !known {
                Some(crate::t!("content-placeholder-unknown", token = token))
            } else if exercise.sides == super::schema::Sides::None {
                Some(crate::t!("content-placeholder-unsided", token = token))
            } else {
                None
            };
            if let Some(message) = message {
                let token = token.to_owned();
                check.error(|l| l.text_at(&token), message);
            }
            rest = &after[token.len().max(1)..];
        }
    }
    let any_switch = exercise.switch_sides.is_some()
        || exercise.variations.iter().any(|v| v.switch_sides.is_some());
    if any_switch && exercise.sides == super::schema::Sides::None {
        check.error(
            |l| l.nth_field("switch_sides", 0),
            crate::t!("content-switch-sides-unsided"),
        );
    }
}

pub(crate) fn check_routine(routine: &Routine, check: &mut ItemCheck) {
    check_limits(super::size::routine(routine), check);
    check_routine_text(routine, check);
    check_id(&routine.id, "routine", check);
    check_not_empty(&routine.title, "title", check, true);
    check_not_empty(&routine.description, "description", check, false);
    if routine.exercises.is_empty() {
        check.error(
            |l| l.nth_field("exercises", 0),
            crate::t!("content-routine-empty"),
        );
    }
    for (index, entry) in routine.exercises.iter().enumerate() {
        if let Some(dose) = entry.dose {
            let from = Anchor::new("exercise", index);
            check_dose_ranges(dose.hold_seconds, dose.repetitions, from, check);
        }
    }
}

// ----------------------------------------------------------------------------
// Control characters: text is checked where it enters. A title or a step
// with a NUL, an ESC sequence or a line break would reach the window title
// (a NUL there panics the windowing library), the terminal, the calendar
// and the speech engine; only a tab is allowed, as in any text editor.
// ----------------------------------------------------------------------------

/// The first control character of `text` other than tab, if any.
pub(crate) fn control_character(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c != '\t' && crate::terminal::is_control(c))
}

/// `` `title` contains a control character (U+001B) …``, or `None`.
fn control_message(field: &str, text: &str) -> Option<String> {
    control_character(text).map(|c| {
        crate::t!(
            "content-control-character",
            field = field,
            code = format!("U+{:04X}", u32::from(c))
        )
    })
}

/// Reports a control character in the value of the `nth` `field`.
fn check_field_text(field: &'static str, nth: usize, text: &str, check: &mut ItemCheck) {
    if let Some(message) = control_message(field, text) {
        check.error(|l| l.nth_field(field, nth), message);
    }
}

/// An id or a reference to one with a control character: named escaped
/// (the kebab-case rule reports ids too, but a reference is only looked up).
fn check_reference_text(field: &'static str, nth: usize, id: &str, check: &mut ItemCheck) {
    if control_character(id).is_some() {
        check.error(
            |l| l.nth_field(field, nth),
            crate::t!(
                "content-id-control-character",
                field = field,
                id = crate::terminal::escape(id)
            ),
        );
    }
}

fn check_area_text(area: &Area, check: &mut ItemCheck) {
    check_reference_text("id", 0, &area.id, check);
    check_field_text("title", 0, &area.title, check);
    check_field_text("description", 0, &area.description, check);
    check_reference_text("pose", 0, &area.pose, check);
}

fn check_exercise_text(exercise: &Exercise, check: &mut ItemCheck) {
    check_reference_text("id", 0, &exercise.id, check);
    check_field_text("title", 0, &exercise.title, check);
    check_field_text("summary", 0, &exercise.summary, check);
    for area in &exercise.areas {
        check_reference_text("areas", 0, area, check);
    }
    for caution in &exercise.cautions {
        check_field_text("cautions", 0, caution, check);
    }
    if let Some(words) = &exercise.switch_sides {
        check_field_text("switch_sides", 0, words, check);
    }
    for (index, step) in exercise.steps.iter().enumerate() {
        let number = index + 1;
        let texts = [
            ("title", Some(&step.title)),
            ("text", Some(&step.text)),
            ("caution", step.caution.as_ref()),
            ("spoken", step.spoken.as_ref()),
        ];
        for (field, text) in texts {
            if let Some(message) = text.and_then(|t| control_message(field, t)) {
                check.error(
                    |l| step_field(l, index, field),
                    crate::t!("content-in-step", step = number, message = message),
                );
            }
        }
        if let Illustration::Pose(id) = &step.illustration {
            check_reference_text("illustration", index, id, check);
        }
    }
    for (index, variation) in exercise.variations.iter().enumerate() {
        let number = index + 1;
        for (field, text) in [("title", &variation.title), ("text", &variation.text)] {
            if let Some(message) = control_message(field, text) {
                check.error(
                    |l| l.nth_field("variations", 0),
                    crate::t!(
                        "content-in-variation",
                        variation = number,
                        message = message
                    ),
                );
            }
        }
        for (from, to) in &variation.poses {
            if control_character(from).is_some() || control_character(to).is_some() {
                check.error(
                    |l| l.nth_field("variations", 0),
                    crate::t!("content-variation-pose-control", variation = number),
                );
            }
        }
    }
}

fn check_routine_text(routine: &Routine, check: &mut ItemCheck) {
    check_reference_text("id", 0, &routine.id, check);
    check_field_text("title", 0, &routine.title, check);
    check_field_text("description", 0, &routine.description, check);
    if let Some(area) = &routine.area {
        check_reference_text("area", 0, area, check);
    }
    if let Some(maker) = &routine.made_by {
        check_reference_text("made_by", 0, maker, check);
    }
    for (index, entry) in routine.exercises.iter().enumerate() {
        check_reference_text("exercise", index, &entry.exercise, check);
    }
}

/// The ids cross checks look up.
pub(crate) struct Known<'k, P> {
    pub poses: &'k BTreeMap<String, P>,
    pub areas: &'k HashSet<String>,
    pub exercises: &'k HashSet<String>,
    /// Every exercise id seen in a file, loaded or not, to tell "no such
    /// exercise" from "that exercise was skipped".
    pub exercises_seen: &'k HashSet<String>,
    /// The same for poses.
    pub poses_seen: &'k HashSet<String>,
}

fn check_pose_ref<P>(id: &str, known: &Known<P>, from: Anchor, check: &mut ItemCheck) {
    if !id.trim().is_empty() && !known.poses.contains_key(id) {
        let message = if known.poses_seen.contains(id) {
            crate::t!("content-not-loaded", kind = "pose", id = id)
        } else {
            crate::t!("content-unknown", kind = "pose", id = id)
        };
        check.error(|l| l.string_after(id, from.offset(l).unwrap_or(0)), message);
    }
}

/// Every movement the player animates for the exercise (each variation's
/// too), sampled on the way: a part through the floor or a joint out of
/// range part-way is a fault at the step that plays it (the exercise still
/// loads).
pub(crate) fn check_movements(
    exercise: &Exercise,
    poses: &BTreeMap<String, crate::figure::Pose>,
    check: &mut ItemCheck,
) {
    let variations = std::iter::once(None).chain(exercise.variations.iter().map(Some));
    let mut reported: Vec<(String, String)> = Vec::new();
    for variation in variations {
        for movement in exercise.movements(variation) {
            let (Illustration::Pose(from), Illustration::Pose(to)) = (&movement.from, &movement.to)
            else {
                continue;
            };
            if reported.contains(&(from.clone(), to.clone())) {
                continue;
            }
            let (Some(a), Some(b)) = (poses.get(from), poses.get(to)) else {
                continue;
            };
            let findings = crate::figure::blend_findings(a, b);
            if findings.is_empty() {
                continue;
            }
            reported.push((from.clone(), to.clone()));
            let number = movement.step + 1;
            for (t, finding) in findings {
                check.fault(
                    |l| step_field(l, movement.step, "illustration"),
                    crate::t!(
                        "content-movement-fault",
                        step = number,
                        role = format!("{:?}", movement.role),
                        from = from.as_str(),
                        to = to.as_str(),
                        percent = format!("{:.0}", t * 100.0),
                        finding = finding.message.as_str()
                    ),
                );
            }
        }
    }
}

pub(crate) fn cross_check_area<P>(area: &Area, known: &Known<P>, check: &mut ItemCheck) {
    check_pose_ref(&area.pose, known, Anchor::new("pose", 0), check);
}

pub(crate) fn cross_check_exercise<P>(
    exercise: &Exercise,
    known: &Known<P>,
    check: &mut ItemCheck,
) {
    for area in &exercise.areas {
        if !known.areas.contains(area.as_str()) {
            check.error(
                |l| l.string_after(area, l.nth_field("areas", 0).unwrap_or(0)),
                crate::t!("content-unknown", kind = "area", id = area.as_str()),
            );
        }
    }
    for (index, step) in exercise.steps.iter().enumerate() {
        if let Illustration::Pose(id) = &step.illustration {
            check_pose_ref(id, known, Anchor::new("role", index), check);
        }
    }
    for variation in &exercise.variations {
        if let Some(Illustration::Pose(id)) = &variation.illustration {
            check_pose_ref(id, known, Anchor::new("variations", 0), check);
        }
        let drawn: Vec<&str> = exercise
            .steps
            .iter()
            .filter_map(|step| match &step.illustration {
                Illustration::Pose(id) => Some(id.as_str()),
                Illustration::Image(_) => None,
            })
            .collect();
        for (instead_of, pose) in &variation.poses {
            check_pose_ref(pose, known, Anchor::new("poses", 0), check);
            if !drawn.contains(&instead_of.as_str()) {
                check.warning(
                    |l| l.string_after(instead_of, l.nth_field("poses", 0).unwrap_or(0)),
                    crate::t!(
                        "content-variation-pose-unused",
                        variation = variation.title.as_str(),
                        pose = instead_of.as_str()
                    ),
                );
            }
        }
    }
}

pub(crate) fn cross_check_routine<P>(routine: &Routine, known: &Known<P>, check: &mut ItemCheck) {
    if let Some(area) = &routine.area
        && !known.areas.contains(area.as_str())
    {
        check.error(
            |l| l.string_after(area, l.nth_field("area", 0).unwrap_or(0)),
            crate::t!("content-unknown", kind = "area", id = area.as_str()),
        );
    }
    for (index, entry) in routine.exercises.iter().enumerate() {
        let id = entry.exercise.as_str();
        if known.exercises.contains(id) {
            continue;
        }
        let message = if known.exercises_seen.contains(id) {
            crate::t!("content-not-loaded", kind = "exercise", id = id)
        } else {
            crate::t!("content-unknown", kind = "exercise", id = id)
        };
        check.error(
            |l| {
                let entry_start = l.nth_field("exercise", index).unwrap_or(0);
                l.string_after(id, entry_start)
            },
            message,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::Illustration;

    fn step(role: Role) -> Step {
        Step {
            role,
            title: "T".into(),
            text: "X".into(),
            caution: None,
            illustration: Illustration::Pose("p".into()),
            spoken: None,
            spoken_caution: None,
            says_rest: false,
        }
    }

    fn order(roles: &[Role]) -> Vec<Option<usize>> {
        let steps: Vec<Step> = roles.iter().map(|&r| step(r)).collect();
        step_order_problems(&steps)
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn step_order_accepts_the_usual_shapes() {
        use Role::*;
        assert!(order(&[Setup, Move, Hold, Release]).is_empty());
        assert!(order(&[Setup, Setup, Move, Hold, Release]).is_empty());
        assert!(order(&[Hold]).is_empty());
        assert!(order(&[Move, Hold]).is_empty());
        assert!(order(&[Hold, Release]).is_empty());
    }

    #[test]
    fn step_order_names_the_step_out_of_place() {
        use Role::*;
        assert_eq!(order(&[Move, Setup, Hold]), vec![Some(1)]);
        assert_eq!(order(&[Move, Move, Hold]), vec![Some(1)]);
        assert_eq!(order(&[Hold, Hold]), vec![Some(1)]);
        assert_eq!(order(&[Release, Hold]), vec![Some(0)]);
        assert_eq!(order(&[Hold, Release, Release]), vec![Some(2)]);
        assert_eq!(order(&[Hold, Move]), vec![Some(1)]);
        assert_eq!(order(&[Setup, Move]), vec![None]);
        assert_eq!(order(&[]), vec![None]);
    }

    #[test]
    fn ranges_must_be_ordered_non_empty_and_sane() {
        assert_eq!(range_problem("r", Range(15, 30), 600, "s"), None);
        assert_eq!(range_problem("r", Range(5, 5), 600, "s"), None);
        let inverted = range_problem("r", Range(30, 15), 600, "s").unwrap_or_default();
        assert!(inverted.contains("inverted"), "{inverted}");
        let empty = range_problem("r", Range(0, 0), 600, "s").unwrap_or_default();
        assert!(empty.contains("empty"), "{empty}");
        assert!(range_problem("r", Range(0, 3), 600, "s").is_some());
        assert!(range_problem("r", Range(1, 601), 600, "s").is_some());
        assert_eq!(range_problem("r", Range(1, 600), 600, "s"), None);
    }

    #[test]
    fn kebab_case_ids() {
        for good in ["a", "knee-to-chest", "step-2", "90-90"] {
            assert!(is_kebab_case(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Knee",
            "knee_to_chest",
            "knee to",
            "é",
        ] {
            assert!(!is_kebab_case(bad), "{bad}");
        }
    }

    #[test]
    fn image_paths_are_refused_before_touching_the_disk() {
        for bad in [
            "",
            "../../etc/passwd",
            "images/../../x.png",
            "/etc/x.png",
            "C:/x.png",
            "images\\x.png",
            "images/x.txt",
        ] {
            assert!(image_path_shape(bad).is_err(), "{bad}");
        }
        assert_eq!(
            image_path_shape("./images/knee.PNG").ok(),
            Some(PathBuf::from("images/knee.PNG"))
        );
    }
}
