//! The RON content schema: what a physiotherapist writes under `content/`.
//!
//! Every struct denies unknown fields so a typo in a field name is an error
//! with a position rather than a silently ignored line. The folder layout is
//! `areas/*.ron` (one [`Area`] each), `exercises/*.ron` (one [`Exercise`]
//! each), `routines/*.ron` (one [`Routine`] each) and `poses/*.ron` (figure
//! poses, see `crate::figure`). Images live anywhere inside the folder.

use crate::ids::{ExerciseId, RoutineId};
use serde::{Deserialize, Serialize};

/// An inclusive range `(low, high)`, written in RON as a pair: `(15, 30)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range(pub u32, pub u32);

impl Range {
    pub fn low(self) -> u32 {
        self.0
    }
    pub fn high(self) -> u32 {
        self.1
    }
}

/// The body parts the figure can highlight are the figure's to define: a
/// `highlight` is one [`BodyPart`] or a list of them (a [`Region`]).
pub use crate::figure::{BodyPart, Region};

/// A body area: a tile on the home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The body part(s) highlighted on the tile's figure.
    pub highlight: Region,
    /// The pose drawn on the tile.
    pub pose: String,
    /// Where the tile goes on the home screen: lower numbers first, ties by
    /// title. Optional (0 when left out).
    #[serde(default)]
    pub order: u32,
}

/// Which side(s) an exercise works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Sides {
    /// Symmetric: no sides.
    #[default]
    None,
    /// Left, right, left, right …
    Alternate,
    /// All repetitions on the left, then all on the right.
    InTurn,
}

/// What one side of a sided exercise is, for the words: "each leg",
/// "right arm", "switch sides".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Limb {
    Leg,
    Arm,
    /// A side of the body (a neck turn, a side bend): the default.
    #[default]
    Side,
}

/// The dose as written in the content: ranges that the profile's intensity
/// picks from (low end, rounded middle, high end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dose {
    /// Seconds each hold lasts.
    pub hold_seconds: Range,
    /// Holds in all; per side for a sided exercise.
    pub repetitions: Range,
    /// Seconds to move into the hold position.
    pub move_seconds: u32,
    /// Seconds to come back out of it.
    pub release_seconds: u32,
    /// Seconds of rest between repetitions.
    pub rest_seconds: u32,
}

/// What a step is for; it decides which phase of the player shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// A card read before the first repetition (positioning).
    Setup,
    /// Moving into the hold position.
    Move,
    /// Holding the position while the ring counts.
    Hold,
    /// Coming back out and relaxing.
    Release,
}

/// What a step card shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Illustration {
    /// A pose of the drawn figure, by id.
    Pose(String),
    /// An image file (PNG, JPEG or SVG), relative to the content folder.
    Image(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub role: Role,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub caution: Option<String>,
    pub illustration: Illustration,
    /// A shorter line for the spoken coach to say instead of `text` (a
    /// written instruction can carry more detail than a listener on the
    /// floor takes in). Optional: without it the coach says `text` for a
    /// setup card, the `title` for a move and "Relax." for a release.
    #[serde(default)]
    pub spoken: Option<String>,
    /// The exercise's key caution, said aloud once, after this step's own
    /// words at the first repetition: "Keep your hips on the floor." One
    /// short sentence; the card shows `caution`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken_caution: Option<String>,
    /// A release whose own words already tell the person to rest ("Lower
    /// and rest."): the coach says no "Rest." after them, and the release
    /// and the rest are one stage. Said by the content, so every language
    /// merges the same stages (translated words are never compared).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub says_rest: bool,
}

impl Step {
    /// What the spoken coach says for this step: `spoken` when given (and
    /// not blank), else `text`.
    pub fn spoken_line(&self) -> &str {
        self.spoken().unwrap_or(self.text.trim())
    }

    /// The `spoken` line when given and not blank.
    pub fn spoken(&self) -> Option<&str> {
        self.spoken
            .as_deref()
            .map(str::trim)
            .filter(|line| !line.is_empty())
    }

    /// The `spoken_caution` when given and not blank.
    pub fn spoken_caution(&self) -> Option<&str> {
        self.spoken_caution
            .as_deref()
            .map(str::trim)
            .filter(|line| !line.is_empty())
    }
}

/// A way to make the exercise easier or harder. A person can choose it on
/// the Routine screen (the choice is kept in their profile); the player
/// then shows its text on the exercise's first card and draws its poses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub illustration: Option<Illustration>,
    /// The poses this variation draws instead of the steps' own, by pose
    /// id: `{"knee-to-chest": "knee-to-chest-leg-flat"}`.
    #[serde(default)]
    pub poses: std::collections::BTreeMap<String, String>,
    /// What the spoken coach says instead of a step's own line with this
    /// variation chosen, by the step's `title` as written:
    /// `{"Lie on your back": "Lie on your back, your {other} leg flat."}`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub spoken: std::collections::BTreeMap<String, String>,
    /// How to switch sides with this variation, when it differs from the
    /// exercise's way (or the exercise needs none): shown as a card and
    /// said by the coach before each side change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch_sides: Option<String>,
}

impl Variation {
    /// A step's illustration as this variation draws it.
    pub fn illustration_for<'a>(&'a self, illustration: &'a Illustration) -> Illustration {
        match illustration {
            Illustration::Pose(id) => {
                Illustration::Pose(self.poses.get(id).cloned().unwrap_or_else(|| id.clone()))
            }
            other => other.clone(),
        }
    }

    /// The line this variation says for `step` instead of its own, if any.
    pub fn spoken_for(&self, step: &Step) -> Option<&str> {
        self.spoken
            .get(&step.title)
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: ExerciseId,
    pub title: String,
    /// Area ids this exercise belongs to.
    pub areas: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub sides: Sides,
    /// What a side is, for the words of a sided exercise (`Side` when left
    /// out): "each leg", "each arm", "each side".
    #[serde(default)]
    pub limb: Limb,
    pub dose: Dose,
    /// Cautions for the whole exercise (step cautions go on their steps):
    /// what could harm, and when to stop or ask. The player and the
    /// exercise browser show them on every card, with the warning sign.
    #[serde(default)]
    pub cautions: Vec<String>,
    /// General advice for the whole exercise ("Start each session
    /// gently"), shown more quietly than a caution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
    /// For a sided exercise whose position changes between sides: what to
    /// do before the other side, shown as a card (and said by the coach)
    /// before each side change. `{side}` and `{other}` read "left" and
    /// "right" as the side about to be done (in every text of a sided
    /// exercise).
    #[serde(default)]
    pub switch_sides: Option<String>,
    /// The body part(s) the figure highlights while this exercise runs.
    pub highlight: Region,
    /// Ordered: setup cards, then move, hold, release.
    pub steps: Vec<Step>,
    #[serde(default)]
    pub variations: Vec<Variation>,
}

/// A movement the player animates: the figure going from one picture to
/// another while a Move or Release step runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    /// The Move or Release step it plays during (index into `steps`).
    pub step: usize,
    pub role: Role,
    pub from: Illustration,
    pub to: Illustration,
}

impl Exercise {
    /// The variation called `title`, if the exercise has one.
    pub fn variation(&self, title: Option<&str>) -> Option<&Variation> {
        let title = title?;
        self.variations.iter().find(|v| v.title == title)
    }

    /// Every illustration the exercise draws: its steps', then its
    /// variations' (for resolving or collecting image paths and poses).
    pub fn illustrations_mut(&mut self) -> impl Iterator<Item = &mut Illustration> {
        self.steps.iter_mut().map(|s| &mut s.illustration).chain(
            self.variations
                .iter_mut()
                .filter_map(|v| v.illustration.as_mut()),
        )
    }

    /// How to switch between the sides, with `variation` chosen: its own
    /// `switch_sides` when it has one, else the exercise's.
    pub fn switch_sides_for<'a>(&'a self, variation: Option<&'a Variation>) -> Option<&'a str> {
        variation
            .and_then(|v| v.switch_sides.as_deref())
            .or(self.switch_sides.as_deref())
    }

    /// The picture of the first step with `role`.
    fn picture(&self, role: Role) -> Option<(usize, &Illustration)> {
        self.steps
            .iter()
            .enumerate()
            .find(|(_, step)| step.role == role)
            .map(|(index, step)| (index, &step.illustration))
    }

    /// Every movement the player draws for this exercise, as `variation`
    /// draws it (its poses instead of the steps' own): the Move from the
    /// starting position (the last Setup card) into the hold position (the
    /// Hold step's picture, else the Move's), the Move again from where a
    /// rest leaves the person (the Release picture) on later repetitions,
    /// and the Release from the hold position back (to the Release
    /// picture, else the starting position). Each distinct pair once.
    pub fn movements(&self, variation: Option<&Variation>) -> Vec<Movement> {
        let drawn = |illustration: &Illustration| match variation {
            Some(variation) => variation.illustration_for(illustration),
            None => illustration.clone(),
        };
        let start = self
            .steps
            .iter()
            .rev()
            .find(|step| step.role == Role::Setup)
            .map(|step| drawn(&step.illustration));
        let hold = self
            .picture(Role::Hold)
            .or(self.picture(Role::Move))
            .map(|(_, picture)| drawn(picture));
        let release = self.picture(Role::Release);
        let mut movements: Vec<Movement> = Vec::new();
        let mut add =
            |step: usize, role: Role, from: Option<Illustration>, to: Option<Illustration>| {
                if let (Some(from), Some(to)) = (from, to)
                    && from != to
                    && !movements.iter().any(|m| m.from == from && m.to == to)
                {
                    movements.push(Movement {
                        step,
                        role,
                        from,
                        to,
                    });
                }
            };
        if let Some((step, _)) = self.picture(Role::Move) {
            add(step, Role::Move, start.clone(), hold.clone());
            if let Some((_, rested)) = release {
                add(step, Role::Move, Some(drawn(rested)), hold.clone());
            }
        }
        if let Some((step, picture)) = release {
            add(step, Role::Release, hold.clone(), Some(drawn(picture)));
        }
        movements
    }
}

/// A routine's changes to an exercise's dose ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseOverride {
    #[serde(default)]
    pub hold_seconds: Option<Range>,
    #[serde(default)]
    pub repetitions: Option<Range>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineEntry {
    /// Exercise id.
    pub exercise: ExerciseId,
    #[serde(default)]
    pub dose: Option<DoseOverride>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub id: RoutineId,
    pub title: String,
    pub description: String,
    /// The body area this routine serves; `None` for a routine over several
    /// areas (the home screen's *Full routine*).
    #[serde(default)]
    pub area: Option<String>,
    pub exercises: Vec<RoutineEntry>,
    /// The profile (by id) that made this routine in the app's routine
    /// builder: it is a tile on that profile's Home, where it can be changed
    /// and deleted. Left out of routines written by hand (and of exported
    /// packs: a pack goes to someone else).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_by: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spoken_line_is_the_spoken_field_else_the_text() {
        let mut step: Step = ron::from_str(
            r#"(role: Setup, title: "Lie down", text: " Lie on your back with your knees bent. ",
                illustration: Pose("supine-knees-bent"))"#,
        )
        .expect("a step without `spoken` parses");
        assert_eq!(step.spoken, None);
        assert_eq!(step.spoken_line(), "Lie on your back with your knees bent.");
        step.spoken = Some("Lie on your back.".into());
        assert_eq!(step.spoken_line(), "Lie on your back.");
        step.spoken = Some("   ".into());
        assert_eq!(step.spoken_line(), "Lie on your back with your knees bent.");
        assert_eq!(step.spoken(), None);
        assert_eq!(step.spoken_caution(), None);
        step.spoken_caution = Some(" Keep your back flat. ".into());
        assert_eq!(step.spoken_caution(), Some("Keep your back flat."));
    }

    #[test]
    fn a_variation_speaks_for_a_step_by_its_title() {
        let variation: Variation = ron::from_str(
            r#"(title: "Other leg flat", text: "One leg flat.",
                spoken: {"Lie down": "Lie down, one leg flat."})"#,
        )
        .expect("a variation with spoken lines parses");
        let step: Step = ron::from_str(
            r#"(role: Setup, title: "Lie down", text: "Lie on your back.",
                illustration: Pose("supine-knees-bent"))"#,
        )
        .expect("a step");
        assert_eq!(variation.spoken_for(&step), Some("Lie down, one leg flat."));
        let other = Step {
            title: "Knee to chest".into(),
            ..step
        };
        assert_eq!(variation.spoken_for(&other), None);
    }
}
