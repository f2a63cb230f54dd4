//! Whether one content item is within the size limits of
//! [`crate::limits`] (the most exercises in a routine, steps, variations
//! and cautions in an exercise, characters in a title or a text): what is
//! past them, field by field, for `limber check` and loading to report
//! (the app skips the item and shows why).

use super::schema::{Area, Exercise, Routine};
use crate::limits::{
    MAX_CAUTIONS, MAX_ROUTINE_EXERCISES, MAX_STEPS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_VARIATIONS,
};

/// Where in the file a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The item's own field of this name (the first one).
    Field(&'static str),
    /// A field of the step at this index.
    Step(usize, &'static str),
}

/// One thing over a limit: where it is, and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverLimit {
    pub place: Place,
    pub message: String,
}

/// Counts and lengths past their limit, in file order.
#[derive(Default)]
struct Checker {
    over: Vec<OverLimit>,
}

impl Checker {
    fn text(&mut self, place: Place, what: &str, value: &str, max: usize) {
        // Counting stops one past the limit: a megabyte is not walked.
        if value.chars().nth(max).is_some() {
            let length = value.chars().count();
            self.over.push(OverLimit {
                place,
                message: crate::t!(
                    "content-text-too-long",
                    what = what,
                    length = group(length),
                    max = max
                ),
            });
        }
    }

    fn title(&mut self, place: Place, what: &str, value: &str) {
        self.text(place, what, value, MAX_TITLE_CHARS);
    }

    fn long_text(&mut self, place: Place, what: &str, value: &str) {
        self.text(place, what, value, MAX_TEXT_CHARS);
    }

    fn count(&mut self, field: &'static str, count: usize, max: usize) {
        if count > max {
            self.over.push(OverLimit {
                place: Place::Field(field),
                message: crate::t!(
                    "content-too-many-entries",
                    field = field,
                    count = group(count),
                    max = max
                ),
            });
        }
    }
}

/// "10,000".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// What of `area` is past a limit.
pub fn area(area: &Area) -> Vec<OverLimit> {
    let mut check = Checker::default();
    check.title(Place::Field("title"), "`title`", &area.title);
    check.long_text(
        Place::Field("description"),
        "`description`",
        &area.description,
    );
    check.over
}

/// What of `routine` is past a limit.
pub fn routine(routine: &Routine) -> Vec<OverLimit> {
    let mut check = Checker::default();
    check.title(Place::Field("title"), "`title`", &routine.title);
    check.long_text(
        Place::Field("description"),
        "`description`",
        &routine.description,
    );
    check.count("exercises", routine.exercises.len(), MAX_ROUTINE_EXERCISES);
    check.over
}

/// What of `exercise` is past a limit.
pub fn exercise(exercise: &Exercise) -> Vec<OverLimit> {
    let mut check = Checker::default();
    check.title(Place::Field("title"), "`title`", &exercise.title);
    check.long_text(Place::Field("summary"), "`summary`", &exercise.summary);
    check.count("steps", exercise.steps.len(), MAX_STEPS);
    check.count("variations", exercise.variations.len(), MAX_VARIATIONS);
    check.count("cautions", exercise.cautions.len(), MAX_CAUTIONS);
    // One problem for the list, not one per item: a list past its limit
    // is the problem to fix first.
    if exercise.cautions.len() <= MAX_CAUTIONS {
        for caution in &exercise.cautions {
            check.long_text(Place::Field("cautions"), "a caution", caution);
        }
    }
    if exercise.steps.len() <= MAX_STEPS {
        for (index, step) in exercise.steps.iter().enumerate() {
            let number = index + 1;
            let what = |field: &str| crate::t!("content-step-field", step = number, field = field);
            check.title(Place::Step(index, "title"), &what("title"), &step.title);
            check.long_text(Place::Step(index, "text"), &what("text"), &step.text);
            if let Some(spoken) = &step.spoken {
                check.long_text(Place::Step(index, "spoken"), &what("spoken"), spoken);
            }
            if let Some(caution) = &step.caution {
                check.long_text(Place::Step(index, "caution"), &what("caution"), caution);
            }
        }
    }
    if exercise.variations.len() <= MAX_VARIATIONS {
        for (index, variation) in exercise.variations.iter().enumerate() {
            let number = index + 1;
            check.title(
                Place::Field("variations"),
                &crate::t!(
                    "content-variation-field",
                    variation = number,
                    field = "title"
                ),
                &variation.title,
            );
            check.long_text(
                Place::Field("variations"),
                &crate::t!(
                    "content-variation-field",
                    variation = number,
                    field = "text"
                ),
                &variation.text,
            );
        }
    }
    check.over
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;

    #[test]
    fn the_shipped_content_is_well_within_the_limits() {
        let (library, _) = Library::shipped();
        for item in library.areas() {
            assert_eq!(area(item), vec![], "{}", item.id);
        }
        for item in library.exercises() {
            assert_eq!(exercise(item), vec![], "{}", item.id);
        }
        for item in library.routines() {
            assert_eq!(routine(item), vec![], "{}", item.id);
        }
    }

    #[test]
    fn each_limit_is_named_with_the_count() {
        let (library, _) = Library::shipped();
        let mut long = library.exercise("knee-to-chest").expect("shipped").clone();
        long.title = "x".repeat(MAX_TITLE_CHARS + 1);
        long.steps[1].text = "y".repeat(1_000_000);
        let over = exercise(&long);
        assert_eq!(over.len(), 2, "{over:?}");
        assert_eq!(over[0].place, Place::Field("title"));
        assert_eq!(
            over[0].message,
            "`title` is 121 characters long; the most is 120"
        );
        assert_eq!(over[1].place, Place::Step(1, "text"));
        assert_eq!(
            over[1].message,
            "step 2: `text` is 1,000,000 characters long; the most is 500"
        );
        // Exactly at the limit is fine, counted in characters, not bytes.
        long.title = "é".repeat(MAX_TITLE_CHARS);
        long.steps[1].text = "ok".to_string();
        assert_eq!(exercise(&long), vec![]);

        let mut big = library.routine("full").expect("shipped").clone();
        let entry = big.exercises[0].clone();
        big.exercises = vec![entry; 10_000];
        let over = routine(&big);
        assert_eq!(
            over[0].message,
            "`exercises` has 10,000 entries; the most is 50"
        );
    }
}
