//! A routine as a person would read it on paper (`limber show ROUTINE`):
//!
//! ```text
//! Lower back
//! 1. Press-up on the forearms — hold 15 s × 3
//! 2. Knee to chest — hold 15 s × 2 each leg
//! 3. Partial crunch — hold 1 s × 9
//! Total: 5 min 12 s
//! ```
//!
//! The total is `Plan::total()`, the same number the routine screen shows.

use std::io::{self, Write};
use std::time::Duration;

use crate::content::schema::{Exercise, Routine, Sides};

use super::dose::{Adjustment, Clamp, Intensity, ResolvedDose, apply_override, resolve};
use super::plan::{Plan, Timings};

/// What a sided repetition count is "per". The schema does not say which
/// limb a sided exercise works; every sided exercise of the article works a
/// leg, so the text says "each leg" (and the player "left leg").
pub const SIDED_UNIT: &str = "each leg";
/// The limb one side of a sided exercise works, as in "right leg".
pub const SIDE_NOUN: &str = "leg";

/// A duration as people say it: `45 s`, `5 min`, `5 min 12 s`, `1 h 2 min`.
/// Rounded to the nearest second (half up).
pub fn format_duration(duration: Duration) -> String {
    let mut seconds = duration.as_secs();
    if duration.subsec_nanos() >= 500_000_000 {
        seconds = seconds.saturating_add(1);
    }
    let hours = seconds / 3600;
    let minutes = seconds % 3600 / 60;
    let seconds = seconds % 60;
    let mut parts = Vec::new();
    if hours > 0 {
        parts.push(format!("{hours} h"));
    }
    if minutes > 0 {
        parts.push(format!("{minutes} min"));
    }
    if seconds > 0 || parts.is_empty() {
        parts.push(format!("{seconds} s"));
    }
    parts.join(" ")
}

/// The dose of one exercise in words: `hold 15 s × 3`,
/// `hold 15 s × 2 each leg`.
pub fn dose_text(exercise: &Exercise, dose: &ResolvedDose) -> String {
    let hold = format_duration(dose.hold);
    match exercise.sides {
        Sides::None => format!("hold {hold} × {}", dose.repetitions),
        Sides::Alternate | Sides::InTurn => {
            format!("hold {hold} × {} {SIDED_UNIT}", dose.repetitions)
        }
    }
}

/// Writes the routine: its title, one numbered line per exercise with its
/// dose, and the planned total.
pub fn describe(
    routine: &Routine,
    exercises: &[(&Exercise, ResolvedDose)],
    timings: &Timings,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", routine.title)?;
    for (number, (exercise, dose)) in exercises.iter().enumerate() {
        writeln!(
            out,
            "{}. {} — {}",
            number + 1,
            exercise.title,
            dose_text(exercise, dose)
        )?;
    }
    let plan = Plan::new(exercises, timings);
    writeln!(out, "Total: {}", format_duration(plan.total()))
}

/// A routine's exercises found and resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedRoutine<'a> {
    /// In routine order; entries whose exercise was not found are left out.
    pub exercises: Vec<(&'a Exercise, ResolvedDose)>,
    /// Exercise ids the routine names that `lookup` did not find.
    pub missing: Vec<String>,
    /// Values that had to be clamped, with the exercise id.
    pub clamps: Vec<(String, Clamp)>,
}

/// Finds each exercise of a routine, applies the routine's dose override
/// and resolves it at the intensity and adjustment `settings` gives for it
/// (for `limber show --intensity X`: `|_| (X, Adjustment::default())`).
pub fn resolve_routine<'a>(
    routine: &Routine,
    lookup: impl Fn(&str) -> Option<&'a Exercise>,
    settings: impl Fn(&Exercise) -> (Intensity, Adjustment),
) -> ResolvedRoutine<'a> {
    let mut resolved = ResolvedRoutine {
        exercises: Vec::new(),
        missing: Vec::new(),
        clamps: Vec::new(),
    };
    for entry in &routine.exercises {
        let Some(exercise) = lookup(&entry.exercise) else {
            resolved.missing.push(entry.exercise.clone());
            continue;
        };
        let dose = apply_override(exercise.dose, entry.dose.as_ref());
        let (intensity, adjustment) = settings(exercise);
        let resolution = resolve(&dose, intensity, adjustment);
        resolved.clamps.extend(
            resolution
                .clamps
                .into_iter()
                .map(|clamp| (exercise.id.clone(), clamp)),
        );
        resolved.exercises.push((exercise, resolution.dose));
    }
    resolved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::{DoseOverride, Range, Role, RoutineEntry};
    use crate::session::plan::tests::exercise;

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(format_duration(Duration::ZERO), "0 s");
        assert_eq!(format_duration(Duration::from_secs(45)), "45 s");
        assert_eq!(format_duration(Duration::from_secs(300)), "5 min");
        assert_eq!(format_duration(Duration::from_secs(312)), "5 min 12 s");
        assert_eq!(format_duration(Duration::from_secs(3720)), "1 h 2 min");
        assert_eq!(format_duration(Duration::from_millis(59_500)), "1 min");
        assert_eq!(format_duration(Duration::from_millis(1_499)), "1 s");
    }

    fn routine(entries: &[(&str, Option<DoseOverride>)]) -> Routine {
        Routine {
            id: "lower-back".to_string(),
            title: "Lower back".to_string(),
            description: String::new(),
            area: Some("lower-back".to_string()),
            exercises: entries
                .iter()
                .map(|(id, dose)| RoutineEntry {
                    exercise: id.to_string(),
                    dose: *dose,
                })
                .collect(),
        }
    }

    #[test]
    fn describe_prints_title_doses_and_the_plan_total() {
        let roles = [Role::Setup, Role::Move, Role::Hold, Role::Release];
        let press_up = exercise("Press-up", Sides::None, &roles);
        let mut knee = exercise("Knee to chest", Sides::Alternate, &roles);
        knee.dose.repetitions = Range(2, 4);
        let library = [press_up, knee];
        let over = DoseOverride {
            hold_seconds: Some(Range(20, 40)),
            repetitions: None,
        };
        let routine = routine(&[
            ("press-up", None),
            ("knee-to-chest", Some(over)),
            ("gone", None),
        ]);
        let resolved = resolve_routine(
            &routine,
            |id| library.iter().find(|e| e.id == id),
            |_| (Intensity::Gentle, Adjustment::default()),
        );
        assert_eq!(resolved.missing, vec!["gone".to_string()]);
        assert!(resolved.clamps.is_empty());

        let mut out = Vec::new();
        let timings = Timings::default();
        let written = describe(&routine, &resolved.exercises, &timings, &mut out);
        assert!(written.is_ok());
        let text = String::from_utf8_lossy(&out);
        let total = Plan::new(&resolved.exercises, &timings).total();
        let expected = format!(
            "Lower back\n1. Press-up — hold 15 s × 3\n2. Knee to chest — hold 20 s × 2 each leg\nTotal: {}\n",
            format_duration(total)
        );
        assert_eq!(text, expected);
        // Press-up: 8 + 5 + 3 × (3 + 15 + 2) + 2 × 5 = 83 s. Knee to chest:
        // 8 + 5 + 4 × (3 + 20 + 2) + 3 × 5 = 128 s.
        assert_eq!(total, Duration::from_secs(83 + 128));
    }
}
