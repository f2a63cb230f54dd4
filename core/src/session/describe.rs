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

use crate::content::schema::{Exercise, Routine};
use crate::words;

use super::phases::{Plan, Timings};
use crate::dose::ResolvedDose;

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
        let line = crate::t!(
            "cli-show-exercise",
            number = number + 1,
            exercise = exercise.title.as_str(),
            dose = words::dose(exercise, dose)
        );
        writeln!(out, "{line}")?;
    }
    let plan = Plan::new(exercises, timings);
    let total = crate::t!("cli-show-total", total = words::duration(plan.total()));
    writeln!(out, "{total}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::{Range, Role, Sides};
    use crate::session::phases::tests::{exercise, resolved};
    use std::time::Duration;

    #[test]
    fn describe_prints_title_doses_and_the_plan_total() {
        let roles = [Role::Setup, Role::Move, Role::Hold, Role::Release];
        let press_up = exercise("Press-up", Sides::None, &roles);
        let mut knee = exercise("Knee to chest", Sides::Alternate, &roles);
        knee.dose.repetitions = Range(2, 4);
        let routine = Routine {
            id: "lower-back".into(),
            title: "Lower back".to_string(),
            description: String::new(),
            area: Some("lower-back".to_string()),
            exercises: Vec::new(),
            made_by: None,
        };
        let exercises = [(&press_up, resolved(15, 3)), (&knee, resolved(20, 2))];
        let mut out = Vec::new();
        let timings = Timings::default();
        describe(&routine, &exercises, &timings, &mut out).expect("writes to memory");
        let text = String::from_utf8_lossy(&out);
        // Press-up: 8 + 5 + 3 × (3 + 15 + 2) + 2 × 5 = 83 s. Knee to chest:
        // 5 up next + 8 + 5 + 4 × (3 + 20 + 2) + 3 × 5 = 133 s.
        let total = Plan::new(&exercises, &timings).total();
        assert_eq!(total, Duration::from_secs(83 + 133));
        assert_eq!(
            text,
            "Lower back\n1. Press-up — hold 15 s × 3\n2. Knee to chest — hold 20 s × 2 each leg\nTotal: 3 min 36 s\n"
        );
    }
}
