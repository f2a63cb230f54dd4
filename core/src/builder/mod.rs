//! The routine builder's core: a routine a person makes in the app — its
//! name, its exercises in order, a dose for each within the exercise's own
//! ranges, the version of each — the rules it must meet, and its file.
//!
//! The shell (`ui::screen::builder`) only shows a [`Draft`] and turns keys
//! and clicks into the operations here; saving and deleting are
//! [`file::save`] and [`file::delete`], run as tasks.
//!
//! # Decisions
//!
//! - **Where**: `<data dir>/content/routines/<id>.ron`, the person's own
//!   content folder, as an ordinary routine file: `limber check`, `limber
//!   show`, the pack export and live reload treat it like any other. Its
//!   `made_by` names the profile that made it; that profile's Home shows it
//!   as a tile with Edit (several people share one laptop, each with their
//!   own doses, so one person's routines do not crowd another's Home).
//! - **The id** comes from the name when the routine is first saved
//!   (kebab-case, made unique against every loaded routine and every file
//!   in `routines/`) and never changes: a new name keeps the id, so the
//!   history, the plan and `limber --routine ID` keep pointing at it. A
//!   shipped or imported routine is never overwritten: a new routine never
//!   takes a known id, and only files that a profile's builder made are
//!   edited.
//! - **Doses live in the routine**, as the routine's dose override pinned to
//!   one value, `(n, n)` — the form the pack export already writes — so the
//!   routine plays what was chosen at every intensity, travels with an
//!   export, and reads plainly to a physiotherapist. Each value is kept
//!   within the exercise's own range (the issue: "within the exercise's
//!   ranges"). The profile's exact values (the Routine screen's steppers)
//!   still win, as everywhere; the builder says so when one applies.
//! - **The version (variation) lives in the profile**, as on the Routine
//!   screen: it is about the person (can they do the harder version), not
//!   about one routine, and the routine schema has no place for it. The
//!   builder's choice is applied to the profile when the routine is saved.
//! - **An exercise once per routine**: the Routine screen, the player's
//!   summary and the profile's choices are per exercise, so a second copy
//!   would share the first one's version and confuse its rows.

pub mod file;
pub mod search;

use std::fmt;

use crate::content::Library;
use crate::content::schema::{DoseOverride, Exercise, Range, Routine, RoutineEntry};
use crate::dose::{self, Bounds, ExerciseChoice, apply_override, resolve};

/// The longest name, in characters: a tile's title on one or two lines.
pub const MAX_NAME_CHARS: usize = 60;

/// The most exercises in one routine: more is not a home routine (and the
/// list must stay bounded whatever the library holds).
pub const MAX_EXERCISES: usize = 30;

/// The longest id made from a name (the checker allows 64; room is left
/// for a `-2` and more).
const MAX_ID_FROM_NAME: usize = 48;

/// One exercise of a draft, with the dose chosen for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Exercise id.
    pub exercise: String,
    pub hold_seconds: u32,
    /// Per side for a sided exercise.
    pub repetitions: u32,
    /// The version chosen (a variation's title), `None` for the usual one.
    pub variation: Option<String>,
}

/// A routine being made or changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// As typed (cleaned when saved, see [`clean_name`]).
    pub name: String,
    pub entries: Vec<Entry>,
}

/// The range a dose may take in the builder: the exercise's own range,
/// within the app's sane bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub hold_seconds: Bounds,
    pub repetitions: Bounds,
}

impl Limits {
    pub fn of(exercise: &Exercise) -> Limits {
        Limits {
            hold_seconds: within(exercise.dose.hold_seconds, dose::HOLD_SECONDS),
            repetitions: within(exercise.dose.repetitions, dose::REPETITIONS),
        }
    }
}

/// `range` as bounds inside `sane` (an inverted range read the right way
/// round, as everywhere: `limber check` reports it).
fn within(range: Range, sane: Bounds) -> Bounds {
    let low = range.low().min(range.high());
    let high = range.low().max(range.high());
    Bounds {
        min: sane.clamp(low),
        max: sane.clamp(high),
    }
}

/// The hold one step up or down: 1 s steps up to 10 s, then onto whole
/// 5 s (12 → 15 → 20), within `limits`.
pub fn step_hold(seconds: u32, up: bool, limits: Bounds) -> u32 {
    let next = match (up, seconds) {
        (true, s) if s >= 10 => (s / 5).saturating_add(1).saturating_mul(5),
        (true, s) => s.saturating_add(1),
        (false, s) if s > 10 => (s - 1) / 5 * 5,
        (false, s) => s.saturating_sub(1),
    };
    limits.clamp(next)
}

impl Entry {
    /// An exercise as it is first added: the dose this profile does today,
    /// brought into the exercise's range, and the profile's version.
    pub fn new(exercise: &Exercise, choice: &ExerciseChoice) -> Entry {
        let resolved = resolve(&exercise.dose, choice).dose;
        let limits = Limits::of(exercise);
        let hold = u32::try_from(resolved.hold.as_secs()).unwrap_or(u32::MAX);
        Entry {
            exercise: exercise.id.clone().into(),
            hold_seconds: limits.hold_seconds.clamp(hold),
            repetitions: limits.repetitions.clamp(resolved.repetitions),
            variation: exercise
                .variation(choice.variation.as_deref())
                .map(|v| v.title.clone()),
        }
    }
}

/// Why an exercise was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRefused {
    AlreadyIn,
    Full,
}

impl fmt::Display for AddRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddRefused::AlreadyIn => f.write_str(&crate::t!("builder-already-in")),
            AddRefused::Full => f.write_str(&crate::t!("builder-full", max = MAX_EXERCISES)),
        }
    }
}

/// A value of a draft that had to change to fit the exercise as it is now
/// (a routine file written by hand, or an exercise whose range changed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjusted {
    pub exercise: String,
    pub what: String,
}

impl Draft {
    /// A draft of a saved routine, for Edit: its doses (the routine's own
    /// numbers at the profile's intensity, not the profile's exact values),
    /// each brought into its exercise's range (what moved is returned),
    /// and the profile's versions. An exercise the library no longer has
    /// stays, with the numbers the file gives, so the person sees it.
    pub fn of_routine(
        routine: &Routine,
        library: &Library,
        choice_of: impl Fn(&str) -> ExerciseChoice,
    ) -> (Draft, Vec<Adjusted>) {
        let mut adjusted = Vec::new();
        let mut entries: Vec<Entry> = Vec::with_capacity(routine.exercises.len());
        for written in routine.exercises.iter().take(MAX_EXERCISES) {
            if entries.iter().any(|e| e.exercise == written.exercise) {
                continue;
            }
            let Some(exercise) = library.exercise(&written.exercise) else {
                let pinned = written.dose.unwrap_or_default();
                entries.push(Entry {
                    exercise: written.exercise.clone().into(),
                    hold_seconds: pinned.hold_seconds.map_or(0, Range::low),
                    repetitions: pinned.repetitions.map_or(0, Range::low),
                    variation: None,
                });
                continue;
            };
            let choice = choice_of(&exercise.id);
            let at_level = ExerciseChoice::at(choice.intensity);
            let dose = apply_override(exercise.dose, written.dose.as_ref());
            let resolved = resolve(&dose, &at_level).dose;
            let limits = Limits::of(exercise);
            let hold = u32::try_from(resolved.hold.as_secs()).unwrap_or(u32::MAX);
            let entry = Entry {
                exercise: exercise.id.clone().into(),
                hold_seconds: limits.hold_seconds.clamp(hold),
                repetitions: limits.repetitions.clamp(resolved.repetitions),
                variation: exercise
                    .variation(choice.variation.as_deref())
                    .map(|v| v.title.clone()),
            };
            if entry.hold_seconds != hold {
                adjusted.push(Adjusted {
                    exercise: exercise.title.clone(),
                    what: crate::t!(
                        "builder-hold-adjusted",
                        was = hold,
                        now = entry.hold_seconds,
                        low = limits.hold_seconds.min,
                        high = limits.hold_seconds.max
                    ),
                });
            }
            if entry.repetitions != resolved.repetitions {
                adjusted.push(Adjusted {
                    exercise: exercise.title.clone(),
                    what: crate::t!(
                        "builder-repetitions-adjusted",
                        was = resolved.repetitions,
                        now = entry.repetitions,
                        low = limits.repetitions.min,
                        high = limits.repetitions.max
                    ),
                });
            }
            entries.push(entry);
        }
        let name = routine.title.chars().take(MAX_NAME_CHARS).collect();
        (Draft { name, entries }, adjusted)
    }

    /// Whether the routine has this exercise.
    pub fn contains(&self, exercise_id: &str) -> bool {
        self.entries.iter().any(|e| e.exercise == exercise_id)
    }

    /// Adds an exercise at the end; its index.
    pub fn add(
        &mut self,
        exercise: &Exercise,
        choice: &ExerciseChoice,
    ) -> Result<usize, AddRefused> {
        if self.contains(&exercise.id) {
            return Err(AddRefused::AlreadyIn);
        }
        if self.entries.len() >= MAX_EXERCISES {
            return Err(AddRefused::Full);
        }
        self.entries.push(Entry::new(exercise, choice));
        Ok(self.entries.len() - 1)
    }

    /// Removes the exercise at `index` (nothing when there is none).
    pub fn remove(&mut self, index: usize) -> Option<Entry> {
        (index < self.entries.len()).then(|| self.entries.remove(index))
    }

    /// Moves the exercise at `index` one place earlier (`up`) or later; its
    /// new index, or `None` when it cannot move.
    pub fn move_entry(&mut self, index: usize, up: bool) -> Option<usize> {
        let to = if up {
            index.checked_sub(1)?
        } else {
            index.checked_add(1)?
        };
        if index >= self.entries.len() || to >= self.entries.len() {
            return None;
        }
        self.entries.swap(index, to);
        Some(to)
    }

    /// The hold of the exercise at `index` one step up or down, within its
    /// range; false when nothing changed.
    pub fn step_hold(&mut self, index: usize, up: bool, library: &Library) -> bool {
        let Some((entry, exercise)) = self.entry_mut(index, library) else {
            return false;
        };
        let before = entry.hold_seconds;
        entry.hold_seconds = step_hold(before, up, Limits::of(exercise).hold_seconds);
        entry.hold_seconds != before
    }

    /// The repetitions of the exercise at `index` one up or down, within its
    /// range; false when nothing changed.
    pub fn step_repetitions(&mut self, index: usize, up: bool, library: &Library) -> bool {
        let Some((entry, exercise)) = self.entry_mut(index, library) else {
            return false;
        };
        let before = entry.repetitions;
        let next = if up {
            before.saturating_add(1)
        } else {
            before.saturating_sub(1)
        };
        entry.repetitions = Limits::of(exercise).repetitions.clamp(next);
        entry.repetitions != before
    }

    /// Chooses a version of the exercise at `index` (`None`: the usual
    /// one); a title the exercise does not have is refused.
    pub fn set_variation(
        &mut self,
        index: usize,
        title: Option<String>,
        library: &Library,
    ) -> bool {
        let Some((entry, exercise)) = self.entry_mut(index, library) else {
            return false;
        };
        if title.is_some() && exercise.variation(title.as_deref()).is_none() {
            return false;
        }
        entry.variation = title;
        true
    }

    /// The next version of the exercise at `index`: usual, then each
    /// variation in turn, then usual again.
    pub fn next_variation(&mut self, index: usize, library: &Library) -> bool {
        let Some((entry, exercise)) = self.entry_mut(index, library) else {
            return false;
        };
        if exercise.variations.is_empty() {
            return false;
        }
        let position = entry
            .variation
            .as_deref()
            .and_then(|title| exercise.variations.iter().position(|v| v.title == title));
        entry.variation = match position {
            None => exercise.variations.first(),
            Some(i) => exercise.variations.get(i + 1),
        }
        .map(|v| v.title.clone());
        true
    }

    fn entry_mut<'l>(
        &mut self,
        index: usize,
        library: &'l Library,
    ) -> Option<(&mut Entry, &'l Exercise)> {
        let entry = self.entries.get_mut(index)?;
        let exercise = library.exercise(&entry.exercise)?;
        Some((entry, exercise))
    }

    /// Everything that stops this draft being saved, in the order a person
    /// would fix them (`editing`: the id of the routine being changed, whose
    /// own name is not "taken").
    pub fn problems(&self, library: &Library, editing: Option<&str>) -> Vec<DraftProblem> {
        let mut problems = Vec::new();
        if let Err(problem) = check_name(&self.name, library, editing) {
            problems.push(DraftProblem::Name(problem));
        }
        if self.entries.is_empty() {
            problems.push(DraftProblem::NoExercises);
        }
        for entry in &self.entries {
            if library.exercise(&entry.exercise).is_none() {
                problems.push(DraftProblem::Missing(entry.exercise.clone()));
            }
        }
        problems
    }

    /// The routine to save, once [`Draft::problems`] is empty: the cleaned
    /// name, a description listing the exercises, each dose pinned.
    pub fn to_routine(&self, id: &str, made_by: &str, library: &Library) -> Routine {
        let titles: Vec<&str> = self
            .entries
            .iter()
            .map(|e| {
                library
                    .exercise(&e.exercise)
                    .map_or(e.exercise.as_str(), |x| x.title.as_str())
            })
            .collect();
        let description = crate::t!(
            "builder-description",
            count = titles.len(),
            exercises = titles.join(", ")
        );
        Routine {
            id: id.to_owned().into(),
            title: clean_name(&self.name),
            description,
            area: None,
            exercises: self
                .entries
                .iter()
                .map(|e| RoutineEntry {
                    exercise: e.exercise.clone().into(),
                    dose: Some(DoseOverride {
                        hold_seconds: Some(Range(e.hold_seconds, e.hold_seconds)),
                        repetitions: Some(Range(e.repetitions, e.repetitions)),
                    }),
                })
                .collect(),
            made_by: Some(made_by.to_owned()),
        }
    }
}

/// What stops a draft being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftProblem {
    Name(NameProblem),
    NoExercises,
    /// The library no longer has this exercise (a file changed meanwhile).
    Missing(String),
}

impl fmt::Display for DraftProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftProblem::Name(problem) => problem.fmt(f),
            DraftProblem::NoExercises => f.write_str(&crate::t!("builder-no-exercises")),
            DraftProblem::Missing(id) => {
                f.write_str(&crate::t!("builder-missing", exercise = id.as_str()))
            }
        }
    }
}

/// What is wrong with a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// Only punctuation, symbols or spaces.
    NoLetters,
    /// Another routine has this title (the other one's title).
    Taken(String),
}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameProblem::Empty => f.write_str(&crate::t!("builder-name-empty")),
            NameProblem::TooLong => {
                f.write_str(&crate::t!("builder-name-too-long", max = MAX_NAME_CHARS))
            }
            NameProblem::NoLetters => f.write_str(&crate::t!("builder-name-no-letters")),
            NameProblem::Taken(title) => {
                f.write_str(&crate::t!("builder-name-taken", title = title.as_str()))
            }
        }
    }
}

/// A name as saved: control characters (a pasted tab or line break) become
/// spaces, runs of spaces one space, no space at either end.
pub fn clean_name(typed: &str) -> String {
    let mut name = String::with_capacity(typed.len().min(4 * MAX_NAME_CHARS));
    for word in typed
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    name
}

/// A name as the text field keeps it: at most [`MAX_NAME_CHARS`]
/// characters (a long paste is cut, and the field says so), no control
/// characters.
pub fn typed_name(typed: &str) -> (String, bool) {
    let kept: String = typed
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    let cut = typed.chars().filter(|c| !c.is_control()).count() > MAX_NAME_CHARS;
    (kept, cut)
}

/// The cleaned name, or what is wrong with it. Another routine's title
/// (compared without case) is taken, except the one being edited.
pub fn check_name(
    typed: &str,
    library: &Library,
    editing: Option<&str>,
) -> Result<String, NameProblem> {
    let name = clean_name(typed);
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    if !name.chars().any(char::is_alphanumeric) {
        return Err(NameProblem::NoLetters);
    }
    let folded = name.to_lowercase();
    if let Some(other) = library
        .routines()
        .iter()
        .filter(|r| Some(r.id.as_str()) != editing)
        .find(|r| clean_name(&r.title).to_lowercase() == folded)
    {
        return Err(NameProblem::Taken(other.title.clone()));
    }
    Ok(name)
}

/// The id a new routine called `name` gets: kebab-case from its ASCII
/// letters and digits ("Morning stretch!" → `morning-stretch`;
/// `my-routine` when it has none, as "Übungen" has some and "体操" none),
/// then `-2`, `-3`, … until `taken` says no. `None` only when thousands
/// are taken.
pub fn id_for(name: &str, taken: impl Fn(&str) -> bool) -> Option<String> {
    let mut base = String::new();
    let mut dash = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !base.is_empty() {
                base.push('-');
            }
            dash = false;
            if base.len() >= MAX_ID_FROM_NAME {
                break;
            }
            base.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if base.is_empty() {
        base.push_str("my-routine");
    }
    // Names Windows will not take as a file name, whatever follows.
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    if RESERVED.contains(&base.as_str()) {
        base.push_str("-routine");
    }
    if !taken(&base) {
        return Some(base);
    }
    (2..10_000)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
}

/// The person's own content folder (`<data dir>/content`), where the
/// builder writes; `None` when the library was loaded without one (then
/// nothing can be saved).
pub fn own_folder(library: &Library) -> Option<&std::path::Path> {
    library.sources().user_dir.as_deref()
}

/// Whether `routine_id` is one this profile made and may change (see
/// [`own_routines`]).
pub fn is_own(library: &Library, profile_id: &str, routine_id: &str) -> bool {
    own_folder(library).is_some_and(|folder| {
        own_routines(library, profile_id, folder)
            .iter()
            .any(|r| r.id == routine_id)
    })
}

/// The routines this profile made in the builder and may change: its
/// `made_by`, from a file in `own_folder` (the person's content folder,
/// not a `--content` folder or the shipped content).
pub fn own_routines<'l>(
    library: &'l Library,
    profile_id: &str,
    own_folder: &std::path::Path,
) -> Vec<&'l Routine> {
    library
        .routines()
        .iter()
        .filter(|r| r.made_by.as_deref() == Some(profile_id))
        .filter(|r| {
            library
                .routine_file(&r.id)
                .is_some_and(|file| file.starts_with(own_folder))
        })
        .collect()
}

#[cfg(test)]
mod tests;
