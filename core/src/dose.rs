//! Intensity levels and the resolution of a content dose into the seconds
//! and repetitions a person actually does.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::content::schema::{Dose, DoseOverride, Range};

/// Per-profile, per-exercise intensity. New profiles start at `Gentle`
/// ("start gradually").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Intensity {
    /// The low end of each range.
    #[default]
    Gentle,
    /// The middle of each range, rounded.
    Standard,
    /// The high end of each range.
    Strong,
}

impl Intensity {
    pub const ALL: [Intensity; 3] = [Intensity::Gentle, Intensity::Standard, Intensity::Strong];

    /// One level lower, if there is one ("if it hurts, lower the intensity").
    pub fn lower(self) -> Option<Intensity> {
        match self {
            Intensity::Gentle => None,
            Intensity::Standard => Some(Intensity::Gentle),
            Intensity::Strong => Some(Intensity::Standard),
        }
    }

    /// One level higher, if there is one.
    pub fn higher(self) -> Option<Intensity> {
        match self {
            Intensity::Gentle => Some(Intensity::Standard),
            Intensity::Standard => Some(Intensity::Strong),
            Intensity::Strong => None,
        }
    }

    /// The level's English word, fixed: the history CSV's value (a
    /// spreadsheet's, whatever the language). People read [`Intensity::name`].
    pub fn label(self) -> &'static str {
        match self {
            Intensity::Gentle => "Gentle",     // untranslated: the CSV's values
            Intensity::Standard => "Standard", // untranslated: the CSV's values
            Intensity::Strong => "Strong",     // untranslated: the CSV's values
        }
    }

    /// The level's name in the language in use: "Gentle", "Standard",
    /// "Strong".
    pub fn name(self) -> String {
        let level = match self {
            Intensity::Gentle => "gentle",
            Intensity::Standard => "standard",
            Intensity::Strong => "strong",
        };
        crate::t!("intensity-name", level = level)
    }
}

impl Intensity {
    /// The value this intensity takes from a content range: the low end, the
    /// middle rounded half up ((15 + 30) / 2 = 22.5 → 23) or the high end.
    ///
    /// An inverted range (`(30, 15)`) is an error that `limber check`
    /// reports; here it is read as the same range the right way round so
    /// that a bad file never panics or yields nonsense.
    pub fn pick(self, range: Range) -> u32 {
        let low = range.low().min(range.high());
        let high = range.low().max(range.high());
        match self {
            Intensity::Gentle => low,
            // u64 so that (u32::MAX + u32::MAX + 1) cannot overflow; the
            // result lies between low and high, so it fits back in a u32.
            Intensity::Standard => {
                let middle = (u64::from(low) + u64::from(high)).div_ceil(2);
                u32::try_from(middle).unwrap_or(high)
            }
            Intensity::Strong => high,
        }
    }
}

pub use crate::limits::{Bounds, HOLD_SECONDS, REPETITIONS};

/// What a person chose for one exercise: its intensity, and exact values
/// that win over the ones the intensity picks from the content's ranges.
/// Stored per exercise in the profile (the field names are its file format).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ExerciseChoice {
    #[serde(default)]
    pub intensity: Intensity,
    /// Exact hold time, within [`HOLD_SECONDS`].
    #[serde(default)]
    pub hold_seconds: Option<u32>,
    /// Exact repetition count, within [`REPETITIONS`].
    #[serde(default)]
    pub repetitions: Option<u32>,
    /// The exercise's variation chosen (by its title), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation: Option<String>,
}

impl ExerciseChoice {
    /// An intensity with no exact values: the level's own numbers.
    pub fn at(intensity: Intensity) -> Self {
        ExerciseChoice {
            intensity,
            hold_seconds: None,
            repetitions: None,
            variation: None,
        }
    }

    /// Whether an exact value overrides the intensity.
    pub fn is_adjusted(&self) -> bool {
        self.hold_seconds.is_some() || self.repetitions.is_some()
    }

    /// The choice with each exact value moved into its bounds, and what was
    /// moved.
    pub fn clamped(&self) -> (ExerciseChoice, Vec<Clamp>) {
        let mut clamps = Vec::new();
        let hold_seconds = self.hold_seconds.map(|seconds| {
            clamp_into(
                seconds,
                DoseField::HoldSeconds,
                ValueSource::Profile,
                &mut clamps,
            )
        });
        let repetitions = self.repetitions.map(|count| {
            clamp_into(
                count,
                DoseField::Repetitions,
                ValueSource::Profile,
                &mut clamps,
            )
        });
        (
            ExerciseChoice {
                hold_seconds,
                repetitions,
                ..self.clone()
            },
            clamps,
        )
    }
}

/// Which number of a dose a [`Clamp`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DoseField {
    HoldSeconds,
    Repetitions,
}

impl DoseField {
    pub fn bounds(self) -> Bounds {
        match self {
            DoseField::HoldSeconds => HOLD_SECONDS,
            DoseField::Repetitions => REPETITIONS,
        }
    }
}

/// Where a clamped value came from, so the message can say whose it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueSource {
    /// Picked by the intensity from the exercise's (or routine's) range.
    Content,
    /// An exact value from the profile's [`ExerciseChoice`].
    Profile,
}

/// A value that was outside its sane bounds and was replaced by the nearest
/// bound. Its `Display` is a full sentence for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clamp {
    pub field: DoseField,
    pub source: ValueSource,
    pub requested: u32,
    pub used: u32,
}

impl fmt::Display for Clamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = match self.field {
            DoseField::HoldSeconds => "hold",
            DoseField::Repetitions => "repetitions",
        };
        let bounds = self.field.bounds();
        let whose = match self.source {
            ValueSource::Content => "content",
            ValueSource::Profile => "profile",
        };
        let said = crate::t!(
            "dose-clamped",
            whose = whose,
            field = field,
            requested = self.requested,
            low = bounds.min,
            high = bounds.max,
            used = self.used
        );
        f.write_str(&said)
    }
}

/// Clamps `value` into the field's bounds, recording a [`Clamp`] when it
/// changed.
fn clamp_into(value: u32, field: DoseField, source: ValueSource, clamps: &mut Vec<Clamp>) -> u32 {
    let used = field.bounds().clamp(value);
    if used != value {
        clamps.push(Clamp {
            field,
            source,
            requested: value,
            used,
        });
    }
    used
}

/// A routine's override applied to an exercise's dose: the ranges it gives
/// replace the exercise's; movement and rest times stay the exercise's.
pub fn apply_override(dose: Dose, routine_override: Option<&DoseOverride>) -> Dose {
    match routine_override {
        None => dose,
        Some(over) => Dose {
            hold_seconds: over.hold_seconds.unwrap_or(dose.hold_seconds),
            repetitions: over.repetitions.unwrap_or(dose.repetitions),
            ..dose
        },
    }
}

/// What a person actually does for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResolvedDose {
    /// How long each hold lasts.
    pub hold: Duration,
    /// Holds in all; per side for a sided exercise (2 with
    /// `Sides::Alternate` means left, right, left, right).
    pub repetitions: u32,
    /// Moving into the hold position.
    pub move_: Duration,
    /// Coming back out of it.
    pub release: Duration,
    /// Rest between repetitions.
    pub rest: Duration,
}

impl ResolvedDose {
    /// The hold in whole seconds (holds are always whole seconds when they
    /// come from [`resolve`]).
    pub fn hold_seconds(&self) -> u64 {
        self.hold.as_secs()
    }
}

/// A resolved dose and the values that had to be clamped to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub dose: ResolvedDose,
    /// Empty when every value was within bounds.
    pub clamps: Vec<Clamp>,
}

/// Resolves a content dose (with any routine override already applied, see
/// [`apply_override`]) at the person's choice: the intensity picks from each
/// range, exact values win. Hold and repetitions are always clamped into
/// [`HOLD_SECONDS`] and [`REPETITIONS`], whether they came from the profile
/// or from the content (`limber check` refuses content beyond them, but the
/// app must not run a 0 s hold or 10 000 repetitions either way); every
/// clamp is reported so the Routine screen can say so. Movement, release and
/// rest times are taken as written: a 0 s move simply means no move phase.
pub fn resolve(dose: &Dose, choice: &ExerciseChoice) -> Resolution {
    let mut clamps = Vec::new();
    let (hold_seconds, hold_source) = match choice.hold_seconds {
        Some(seconds) => (seconds, ValueSource::Profile),
        None => (
            choice.intensity.pick(dose.hold_seconds),
            ValueSource::Content,
        ),
    };
    let (repetitions, repetitions_source) = match choice.repetitions {
        Some(count) => (count, ValueSource::Profile),
        None => (
            choice.intensity.pick(dose.repetitions),
            ValueSource::Content,
        ),
    };
    let hold_seconds = clamp_into(
        hold_seconds,
        DoseField::HoldSeconds,
        hold_source,
        &mut clamps,
    );
    let repetitions = clamp_into(
        repetitions,
        DoseField::Repetitions,
        repetitions_source,
        &mut clamps,
    );
    Resolution {
        dose: ResolvedDose {
            hold: Duration::from_secs(u64::from(hold_seconds)),
            repetitions,
            move_: Duration::from_secs(u64::from(dose.move_seconds)),
            release: Duration::from_secs(u64::from(dose.release_seconds)),
            rest: Duration::from_secs(u64::from(dose.rest_seconds)),
        },
        clamps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dose(hold: (u32, u32), reps: (u32, u32)) -> Dose {
        Dose {
            hold_seconds: Range(hold.0, hold.1),
            repetitions: Range(reps.0, reps.1),
            move_seconds: 3,
            release_seconds: 2,
            rest_seconds: 5,
        }
    }

    #[test]
    fn intensity_picks_low_rounded_middle_and_high() {
        let range = Range(15, 30);
        assert_eq!(Intensity::Gentle.pick(range), 15);
        assert_eq!(Intensity::Standard.pick(range), 23, "22.5 rounds half up");
        assert_eq!(Intensity::Strong.pick(range), 30);
        assert_eq!(Intensity::Standard.pick(Range(2, 4)), 3);
        assert_eq!(Intensity::Standard.pick(Range(1, 2)), 2);
        assert_eq!(Intensity::Standard.pick(Range(7, 7)), 7);
    }

    #[test]
    fn inverted_and_huge_ranges_do_not_panic() {
        assert_eq!(Intensity::Gentle.pick(Range(30, 15)), 15);
        assert_eq!(Intensity::Strong.pick(Range(30, 15)), 30);
        assert_eq!(
            Intensity::Standard.pick(Range(u32::MAX, u32::MAX)),
            u32::MAX
        );
        assert_eq!(
            Intensity::Standard.pick(Range(u32::MAX - 1, u32::MAX)),
            u32::MAX
        );
    }

    #[test]
    fn resolve_takes_each_range_at_the_intensity() {
        let content = dose((15, 30), (3, 5));
        let gentle = resolve(&content, &ExerciseChoice::at(Intensity::Gentle));
        assert_eq!(gentle.dose.hold, Duration::from_secs(15));
        assert_eq!(gentle.dose.repetitions, 3);
        assert_eq!(gentle.dose.move_, Duration::from_secs(3));
        assert_eq!(gentle.dose.release, Duration::from_secs(2));
        assert_eq!(gentle.dose.rest, Duration::from_secs(5));
        assert!(gentle.clamps.is_empty());
        let standard = resolve(&content, &ExerciseChoice::at(Intensity::Standard));
        assert_eq!(
            (standard.dose.hold_seconds(), standard.dose.repetitions),
            (23, 4)
        );
        let strong = resolve(&content, &ExerciseChoice::at(Intensity::Strong));
        assert_eq!(
            (strong.dose.hold_seconds(), strong.dose.repetitions),
            (30, 5)
        );
    }

    #[test]
    fn profile_values_win_over_the_intensity() {
        let content = dose((15, 30), (3, 5));
        let choice = ExerciseChoice {
            intensity: Intensity::Strong,
            hold_seconds: Some(20),
            repetitions: None,
            variation: None,
        };
        let resolved = resolve(&content, &choice);
        assert_eq!(resolved.dose.hold_seconds(), 20);
        assert_eq!(resolved.dose.repetitions, 5);
        assert!(resolved.clamps.is_empty());
    }

    #[test]
    fn out_of_bounds_values_are_clamped_and_reported() {
        let content = dose((15, 30), (3, 5));
        let choice = ExerciseChoice {
            intensity: Intensity::Gentle,
            hold_seconds: Some(1000),
            repetitions: Some(0),
            variation: None,
        };
        let resolved = resolve(&content, &choice);
        assert_eq!(resolved.dose.hold_seconds(), 300);
        assert_eq!(resolved.dose.repetitions, 1);
        assert_eq!(
            resolved.clamps,
            vec![
                Clamp {
                    field: DoseField::HoldSeconds,
                    source: ValueSource::Profile,
                    requested: 1000,
                    used: 300
                },
                Clamp {
                    field: DoseField::Repetitions,
                    source: ValueSource::Profile,
                    requested: 0,
                    used: 1
                },
            ]
        );
        assert_eq!(
            resolved.clamps[0].to_string(),
            "Your hold time of 1000 s is outside 1 s..300 s; using 300 s."
        );

        // Bad content is clamped too, and says so.
        let zero = resolve(
            &dose((0, 0), (60, 80)),
            &ExerciseChoice::at(Intensity::Gentle),
        );
        assert_eq!(zero.dose.hold_seconds(), 1);
        assert_eq!(zero.dose.repetitions, 50);
        assert_eq!(zero.clamps.len(), 2);
        assert!(zero.clamps.iter().all(|c| c.source == ValueSource::Content));
    }

    #[test]
    fn choice_clamped_keeps_unset_values_unset() {
        let (clamped, clamps) = ExerciseChoice {
            intensity: Intensity::Strong,
            hold_seconds: None,
            repetitions: Some(99),
            variation: None,
        }
        .clamped();
        assert_eq!(clamped.intensity, Intensity::Strong);
        assert_eq!(clamped.hold_seconds, None);
        assert_eq!(clamped.repetitions, Some(50));
        assert_eq!(clamps.len(), 1);
        let (unchanged, none) = ExerciseChoice {
            intensity: Intensity::Gentle,
            hold_seconds: Some(300),
            repetitions: Some(1),
            variation: None,
        }
        .clamped();
        assert_eq!(unchanged.hold_seconds, Some(300));
        assert!(none.is_empty());
    }

    #[test]
    fn routine_override_replaces_only_the_given_ranges() {
        let content = dose((15, 30), (3, 5));
        let over = DoseOverride {
            hold_seconds: None,
            repetitions: Some(Range(1, 2)),
        };
        let applied = apply_override(content, Some(&over));
        assert_eq!(applied.hold_seconds, Range(15, 30));
        assert_eq!(applied.repetitions, Range(1, 2));
        assert_eq!(applied.rest_seconds, 5);
        assert_eq!(apply_override(content, None), content);
    }
}
