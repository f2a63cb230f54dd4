//! A routine made concrete for one person: each exercise with the dose this
//! profile does (intensity and exact overrides resolved), the plan the
//! player runs, and the history record of what was done.
//!
//! The Routine screen's estimate, the player and `limber show` all go
//! through here, so the estimate is always the length the player runs.

use std::time::Duration;

use crate::content::Library;
use crate::content::schema::{Exercise, Routine, Sides};
use crate::dose::{Clamp, ExerciseChoice, Intensity, ResolvedDose, apply_override, resolve};
use crate::ids::{ExerciseId, RoutineId};
use crate::profile::{Ending, ExerciseRecord, Profile, SessionRecord, Settings, SideRecord};
use crate::session::phases::{Plan, Side, Timings};

/// One exercise of a routine with the dose this person does.
#[derive(Debug, Clone)]
pub struct Prescribed<'a> {
    pub exercise: &'a Exercise,
    pub choice: ExerciseChoice,
    pub dose: ResolvedDose,
    /// Values that were outside the dose bounds and were clamped to get
    /// `dose` (the Routine screen says so; empty almost always).
    pub clamps: Vec<Clamp>,
}

impl Prescribed<'_> {
    /// Holds in all: repetitions, on both sides for a sided exercise.
    pub fn holds(&self) -> u32 {
        match self.exercise.sides {
            Sides::None => self.dose.repetitions,
            Sides::Alternate | Sides::InTurn => self.dose.repetitions.saturating_mul(2),
        }
    }
}

/// The routine as this person does it: its exercises (those the library
/// has) with this profile's doses, leaving out those the person chose to
/// leave out ([`left_out`] lists them).
pub fn prescribe<'a>(
    library: &'a Library,
    routine: &Routine,
    profile: &Profile,
) -> Vec<Prescribed<'a>> {
    let mut prescribed = prescribe_with(library, routine, |id| profile.choice(id));
    prescribed.retain(|p| !profile.leaves_out(&p.exercise.id));
    prescribed
}

/// The exercises of `routine` this person left out (those the library
/// has), in the routine's order.
pub fn left_out<'a>(
    library: &'a Library,
    routine: &Routine,
    profile: &Profile,
) -> Vec<&'a Exercise> {
    routine
        .exercises
        .iter()
        .filter(|entry| profile.leaves_out(&entry.exercise))
        .filter_map(|entry| library.exercise(&entry.exercise))
        .collect()
}

/// The routine at one intensity for every exercise, with no exact values
/// (`limber show --intensity`).
pub fn prescribe_at<'a>(
    library: &'a Library,
    routine: &Routine,
    intensity: Intensity,
) -> Vec<Prescribed<'a>> {
    prescribe_with(library, routine, |_| ExerciseChoice::at(intensity))
}

/// Finds each exercise of a routine (leaving out those the library does not
/// have), applies the routine's dose override and resolves it at the choice
/// `choice_of` gives for the exercise.
pub fn prescribe_with<'a>(
    library: &'a Library,
    routine: &Routine,
    choice_of: impl Fn(&str) -> ExerciseChoice,
) -> Vec<Prescribed<'a>> {
    routine
        .exercises
        .iter()
        .filter_map(|entry| {
            let exercise = library.exercise(&entry.exercise)?;
            let choice = choice_of(&exercise.id);
            let dose = apply_override(exercise.dose, entry.dose.as_ref());
            let resolution = resolve(&dose, &choice);
            Some(Prescribed {
                exercise,
                choice,
                dose: resolution.dose,
                clamps: resolution.clamps,
            })
        })
        .collect()
}

/// The timings from the profile's settings.
pub fn timings(settings: &Settings) -> Timings {
    Timings {
        get_ready: Duration::from_secs(u64::from(settings.get_ready_seconds)),
        setup_read: Duration::from_secs(u64::from(settings.setup_read_seconds)),
        rest: settings
            .rest_seconds
            .map(|s| Duration::from_secs(u64::from(s))),
    }
}

/// The exercises with their doses, as the plan and `limber show` take them.
pub fn doses<'a>(prescribed: &[Prescribed<'a>]) -> Vec<(&'a Exercise, ResolvedDose)> {
    prescribed.iter().map(|p| (p.exercise, p.dose)).collect()
}

/// The plan the player runs.
pub fn plan(prescribed: &[Prescribed<'_>], settings: &Settings) -> Plan {
    Plan::new(&doses(prescribed), &timings(settings))
}

/// What was done in a session, for the Finish screen and the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub routine_id: RoutineId,
    pub routine_title: String,
    /// When the session started, seconds since the Unix epoch.
    pub started_at: u64,
    pub duration: Duration,
    /// How the session ended.
    pub ending: Ending,
    /// The optional pain rating given before the start.
    pub pain_before: Option<u8>,
    pub exercises: Vec<ExerciseSummary>,
}

impl Summary {
    /// The routine ran to its end (not stopped early).
    pub fn completed(&self) -> bool {
        self.ending == Ending::Finished
    }

    /// The exercise the person stopped in because it hurt.
    pub fn stopped_for_pain(&self) -> Option<&ExerciseSummary> {
        match &self.ending {
            Ending::StoppedForPain { exercise_id } => {
                self.exercises.iter().find(|e| &e.id == exercise_id)
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSummary {
    pub id: ExerciseId,
    pub title: String,
    pub intensity: Intensity,
    pub hold_seconds: u32,
    pub repetitions: u32,
    /// Holds completed (not skipped) out of the planned number.
    pub holds_done: u32,
    pub holds_planned: u32,
    /// For a sided exercise, holds completed on each side; each side plans
    /// `repetitions` holds. `None` for an exercise without sides.
    pub sides: Option<SideRecord>,
    /// The variation chosen (its title), when the exercise has it.
    pub variation: Option<String>,
}

impl ExerciseSummary {
    pub fn of(prescribed: &Prescribed<'_>) -> ExerciseSummary {
        let sided = prescribed.exercise.sides != Sides::None;
        ExerciseSummary {
            id: prescribed.exercise.id.clone(),
            title: prescribed.exercise.title.clone(),
            intensity: prescribed.choice.intensity,
            hold_seconds: u32::try_from(prescribed.dose.hold.as_secs()).unwrap_or(u32::MAX),
            repetitions: prescribed.dose.repetitions,
            holds_done: 0,
            holds_planned: prescribed.holds(),
            sides: sided.then_some(SideRecord { left: 0, right: 0 }),
            variation: prescribed
                .exercise
                .variation(prescribed.choice.variation.as_deref())
                .map(|v| v.title.clone()),
        }
    }

    /// Repetitions are per side.
    pub fn sided(&self) -> bool {
        self.sides.is_some()
    }

    /// Every planned hold was completed.
    pub fn done(&self) -> bool {
        self.holds_done >= self.holds_planned
    }

    /// Counts a completed hold (on `side`, for a sided exercise).
    pub fn hold_completed(&mut self, side: Option<Side>) {
        self.holds_done = self.holds_done.saturating_add(1);
        if let (Some(sides), Some(side)) = (&mut self.sides, side) {
            match side {
                Side::Left => sides.left = sides.left.saturating_add(1),
                Side::Right => sides.right = sides.right.saturating_add(1),
            }
        }
    }
}

/// The history record of a session.
pub fn record(summary: &Summary, pain_after: Option<u8>) -> SessionRecord {
    SessionRecord {
        started_at: summary.started_at,
        routine_id: summary.routine_id.clone(),
        routine_title: summary.routine_title.clone(),
        duration_seconds: u32::try_from(summary.duration.as_secs()).unwrap_or(u32::MAX),
        exercises: summary
            .exercises
            .iter()
            .map(|e| ExerciseRecord {
                id: e.id.clone(),
                title: e.title.clone(),
                intensity: e.intensity,
                hold_seconds: e.hold_seconds,
                repetitions: e.repetitions,
                completed: e.done(),
                sides: e.sides,
                holds_done: Some(e.holds_done),
                variation: e.variation.clone(),
            })
            .collect(),
        pain_before: summary.pain_before,
        pain_after,
        ending: Some(summary.ending.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exercise_left_out_is_not_prescribed_and_is_listed() {
        let (library, problems) = Library::shipped();
        assert!(problems.is_empty(), "{problems:?}");
        let routine = library.routine("lower-back").expect("shipped");
        let mut profile = Profile::new("me", "Me");
        let ids = |prescribed: &[Prescribed<'_>]| {
            prescribed
                .iter()
                .map(|p| p.exercise.id.clone())
                .collect::<Vec<_>>()
        };
        let all = prescribe(&library, routine, &profile);
        assert_eq!(ids(&all).len(), 3);
        assert!(left_out(&library, routine, &profile).is_empty());
        profile.left_out.insert("knee-to-chest".to_owned());
        let played = prescribe(&library, routine, &profile);
        assert_eq!(ids(&played), vec!["prone-press-up", "partial-crunch"]);
        let out: Vec<&str> = left_out(&library, routine, &profile)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(out, vec!["knee-to-chest"]);
        assert!(
            plan(&played, &profile.settings).total() < plan(&all, &profile.settings).total(),
            "the plan is shorter by it"
        );
    }
}
