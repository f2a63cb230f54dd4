//! Stages: what the player shows as one steady state, and what skip and
//! back move by. The plan's phases time every movement to the second; a
//! person on the floor needs fewer, steadier states than that. A stage spans
//! one or more phases:
//!
//! * **a set of short holds** (holds of [`SHORT_HOLD`] or less, such as the
//!   partial crunch's 1–2 s): each repetition's move, hold, release and the
//!   rest after it is one [`Look::Working`] stage, and every stage of the
//!   set looks the same, so the screen does not change colour every one or
//!   two seconds; the ring counts repetitions instead of seconds;
//! * **a release and the rest after it** where both say the same thing
//!   (the caller decides, see [`Stages::new`]): one [`Look::Relax`] stage;
//! * **a rest before the other side**: a [`Look::SideSwitch`] stage, shown
//!   as an event of its own;
//! * every other phase is a stage of its own.
//!
//! Skip goes to the start of the next stage; back restarts the stage, or
//! within [`BACK_TO_PREVIOUS_WITHIN`] of its start goes to the previous
//! one (the engine's rule for phases, applied to stages).

use std::time::Duration;

use super::engine::BACK_TO_PREVIOUS_WITHIN;
use super::phases::{Phase, Plan, PlannedPhase, Side};

/// Holds this short are counted rather than narrated: the first repetition
/// is coached in full, the others get a number ("Two", …, "Last one"), and
/// the screen shows the whole set as one working state.
pub const SHORT_HOLD: Duration = Duration::from_secs(3);

/// How a stage looks: its word, colour and ring style on the player.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    UpNext,
    Read,
    GetReady,
    Move,
    Hold,
    /// Coming back out of the hold (and, merged, the rest after it).
    Relax,
    Rest,
    /// The rest before the other side: shown with the side that comes.
    SideSwitch,
    /// One repetition of a set of short holds.
    Working,
}

/// One stage: the phases `first..end` of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub look: Look,
    /// Index of its first phase in `Plan::phases`.
    pub first: usize,
    /// One past its last phase.
    pub end: usize,
    /// Offset of its start from the start of the routine.
    pub start: Duration,
    pub length: Duration,
}

impl Stage {
    /// Offset of its end from the start of the routine.
    pub fn end_offset(&self) -> Duration {
        self.start.saturating_add(self.length)
    }

    pub fn contains(&self, phase_index: usize) -> bool {
        (self.first..self.end).contains(&phase_index)
    }
}

/// The stages of a plan, in order; every phase is in exactly one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stages {
    stages: Vec<Stage>,
    /// The stage of each phase.
    stage_of: Vec<usize>,
}

/// Whether `phase` is a hold short enough to be counted.
pub fn is_short_hold(phase: &PlannedPhase) -> bool {
    phase.phase == Phase::Hold && phase.duration <= SHORT_HOLD
}

/// Whether the rest at `index` comes before the other side of its exercise.
pub fn is_side_switch(plan: &Plan, index: usize) -> bool {
    switches_to(plan, index).is_some()
}

/// The side the phase after `index` works, when `index` is a rest and the
/// next phase is the same exercise on the other side.
pub fn switches_to(plan: &Plan, index: usize) -> Option<Side> {
    let rest = plan.phase(index).filter(|p| p.phase == Phase::Rest)?;
    let next = plan.phase(index + 1)?;
    let side = next.side?;
    (next.exercise_index == rest.exercise_index && rest.side.is_some_and(|s| s != side))
        .then_some(side)
}

/// The side a stage switches to: the rest before the other side, or the
/// countdown before the second side of an exercise done in turn.
pub fn side_that_comes(plan: &Plan, stage: &Stage) -> Option<Side> {
    match stage.look {
        Look::SideSwitch => switches_to(plan, stage.first),
        Look::GetReady => {
            let phase = plan.phase(stage.first)?;
            let first_side = plan
                .phases()
                .iter()
                .find(|p| p.exercise_index == phase.exercise_index)?
                .side;
            (phase.side != first_side).then_some(phase.side).flatten()
        }
        _ => None,
    }
}

/// Whether the exercise at `exercise_index` is done in short holds.
fn short_holds(plan: &Plan, exercise_index: usize) -> bool {
    plan.phases()
        .iter()
        .filter(|p| p.exercise_index == exercise_index && p.phase == Phase::Hold)
        .all(is_short_hold)
}

impl Stages {
    /// The stages of `plan`. `merges(index)` says whether the release at
    /// `index` and the rest right after it say the same thing, so they
    /// show as one (it is asked only for a release followed by a rest of
    /// the same exercise on the same side, outside a set of short holds).
    pub fn new(plan: &Plan, merges: impl Fn(usize) -> bool) -> Stages {
        let phases = plan.phases();
        let mut stages: Vec<Stage> = Vec::new();
        let mut index = 0;
        while let Some(phase) = phases.get(index) {
            let same_slot = |other: &PlannedPhase| {
                other.exercise_index == phase.exercise_index
                    && other.rep == phase.rep
                    && other.side == phase.side
            };
            let working = matches!(phase.phase, Phase::Move | Phase::Hold | Phase::Release)
                && short_holds(plan, phase.exercise_index);
            let (look, end) = if working {
                // Move, hold, release of one repetition, then its rest
                // unless that rest is a side switch.
                let mut end = index + 1;
                while phases.get(end).is_some_and(|p| {
                    same_slot(p) && matches!(p.phase, Phase::Hold | Phase::Release)
                }) {
                    end += 1;
                }
                if phases
                    .get(end)
                    .is_some_and(|p| same_slot(p) && p.phase == Phase::Rest)
                    && !is_side_switch(plan, end)
                {
                    end += 1;
                }
                (Look::Working, end)
            } else {
                match phase.phase {
                    Phase::UpNext => (Look::UpNext, index + 1),
                    Phase::Read => (Look::Read, index + 1),
                    Phase::GetReady => (Look::GetReady, index + 1),
                    Phase::Move => (Look::Move, index + 1),
                    Phase::Hold => (Look::Hold, index + 1),
                    Phase::Release => {
                        let rest_after = phases.get(index + 1).is_some_and(|p| {
                            same_slot(p)
                                && p.phase == Phase::Rest
                                && !is_side_switch(plan, index + 1)
                        });
                        if rest_after && merges(index) {
                            (Look::Relax, index + 2)
                        } else {
                            (Look::Relax, index + 1)
                        }
                    }
                    Phase::Rest if is_side_switch(plan, index) => (Look::SideSwitch, index + 1),
                    Phase::Rest | Phase::Done => (Look::Rest, index + 1),
                }
            };
            let length = phases[index..end]
                .iter()
                .fold(Duration::ZERO, |sum, p| sum.saturating_add(p.duration));
            stages.push(Stage {
                look,
                first: index,
                end,
                start: phase.start,
                length,
            });
            index = end;
        }
        let mut stage_of = vec![0; phases.len()];
        for (number, stage) in stages.iter().enumerate() {
            for slot in &mut stage_of[stage.first..stage.end] {
                *slot = number;
            }
        }
        Stages { stages, stage_of }
    }

    pub fn all(&self) -> &[Stage] {
        &self.stages
    }

    pub fn get(&self, number: usize) -> Option<&Stage> {
        self.stages.get(number)
    }

    /// The number of the stage phase `phase_index` is in.
    pub fn number_of(&self, phase_index: usize) -> Option<usize> {
        self.stage_of.get(phase_index).copied()
    }

    /// The stage phase `phase_index` is in.
    pub fn of_phase(&self, phase_index: usize) -> Option<&Stage> {
        self.stages.get(self.number_of(phase_index)?)
    }

    /// Where a skip from phase `phase_index` goes: the first phase of the
    /// next stage (the plan's length once past the last).
    pub fn skip_target(&self, phase_index: usize) -> usize {
        self.of_phase(phase_index)
            .map_or(phase_index + 1, |stage| stage.end)
    }

    /// Where back goes from phase `phase_index`, `into_stage` after its
    /// stage started: the stage's first phase, or the previous stage's
    /// within [`BACK_TO_PREVIOUS_WITHIN`] of the start.
    pub fn back_target(&self, phase_index: usize, into_stage: Duration) -> usize {
        let Some(number) = self.number_of(phase_index) else {
            return phase_index;
        };
        let number = if into_stage < BACK_TO_PREVIOUS_WITHIN {
            number.saturating_sub(1)
        } else {
            number
        };
        self.stages
            .get(number)
            .map_or(phase_index, |stage| stage.first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::{Role, Sides};
    use crate::session::phases::Timings;
    use crate::testing::{exercise, resolved};

    const ROLES: [Role; 4] = [Role::Setup, Role::Move, Role::Hold, Role::Release];

    fn looks(stages: &Stages) -> Vec<(Look, usize)> {
        stages
            .all()
            .iter()
            .map(|s| (s.look, s.end - s.first))
            .collect()
    }

    #[test]
    fn a_set_of_short_holds_is_one_working_stage_per_repetition() {
        let crunch = exercise("Crunch", Sides::None, &ROLES);
        let plan = Plan::new(&[(&crunch, resolved(1, 3))], &Timings::default());
        let stages = Stages::new(&plan, |_| true);
        use Look::*;
        assert_eq!(
            looks(&stages),
            vec![
                (Read, 1),
                (GetReady, 1),
                // Move, hold, release and rest; the last has no rest.
                (Working, 4),
                (Working, 4),
                (Working, 3),
            ]
        );
        // Every phase is in one stage, in order, and the lengths add up.
        let total = stages
            .all()
            .iter()
            .fold(Duration::ZERO, |sum, s| sum + s.length);
        assert_eq!(total, plan.total());
        for pair in stages.all().windows(2) {
            assert_eq!(pair[0].end, pair[1].first);
            assert_eq!(pair[0].end_offset(), pair[1].start);
        }
        // A 3 s hold is still short; a 4 s one is not.
        let plan = Plan::new(&[(&crunch, resolved(3, 2))], &Timings::default());
        assert!(
            Stages::new(&plan, |_| true)
                .all()
                .iter()
                .any(|s| s.look == Working)
        );
        let plan = Plan::new(&[(&crunch, resolved(4, 2))], &Timings::default());
        assert!(
            Stages::new(&plan, |_| true)
                .all()
                .iter()
                .all(|s| s.look != Working)
        );
    }

    #[test]
    fn a_release_and_its_rest_merge_only_where_they_say_the_same() {
        let press = exercise("Press-up", Sides::None, &ROLES);
        let plan = Plan::new(&[(&press, resolved(15, 2))], &Timings::default());
        use Look::*;
        let merged = Stages::new(&plan, |_| true);
        assert_eq!(
            looks(&merged),
            vec![
                (Read, 1),
                (GetReady, 1),
                (Move, 1),
                (Hold, 1),
                (Relax, 2),
                (Move, 1),
                (Hold, 1),
                (Relax, 1),
            ]
        );
        let apart = Stages::new(&plan, |_| false);
        assert_eq!(looks(&apart)[4..6], [(Relax, 1), (Rest, 1)]);
    }

    #[test]
    fn the_rest_before_the_other_side_is_a_side_switch() {
        let knee = exercise("Knee to chest", Sides::Alternate, &ROLES);
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let stages = Stages::new(&plan, |_| true);
        let switch = stages
            .all()
            .iter()
            .find(|s| s.look == Look::SideSwitch)
            .expect("a side switch");
        assert_eq!(switches_to(&plan, switch.first), Some(Side::Right));
        // Never merged into the release before it.
        assert_eq!(
            stages.of_phase(switch.first - 1).map(|s| s.look),
            Some(Look::Relax)
        );
        // Short holds on two sides: the switch stays an event of its own.
        let plan = Plan::new(&[(&knee, resolved(2, 1))], &Timings::default());
        let looks: Vec<Look> = Stages::new(&plan, |_| true)
            .all()
            .iter()
            .map(|s| s.look)
            .collect();
        assert_eq!(
            looks,
            vec![
                Look::Read,
                Look::GetReady,
                Look::Working,
                Look::SideSwitch,
                Look::Working
            ]
        );
    }

    #[test]
    fn skip_and_back_move_by_stages() {
        let crunch = exercise("Crunch", Sides::None, &ROLES);
        let plan = Plan::new(&[(&crunch, resolved(1, 3))], &Timings::default());
        let stages = Stages::new(&plan, |_| true);
        let second = stages.all()[3];
        // From the middle of a repetition, skip goes to the next one.
        assert_eq!(stages.skip_target(second.first + 1), second.end);
        // Back restarts it, or goes to the one before near its start.
        assert_eq!(
            stages.back_target(second.first + 2, Duration::from_secs(3)),
            second.first
        );
        assert_eq!(
            stages.back_target(second.first, Duration::from_secs(1)),
            stages.all()[2].first
        );
        // The first stage restarts; past the end a skip goes on by one.
        assert_eq!(stages.back_target(0, Duration::ZERO), 0);
        let last = plan.phases().len() - 1;
        assert_eq!(stages.skip_target(last), plan.phases().len());
        assert_eq!(stages.skip_target(last + 5), last + 6);
    }

    #[test]
    fn an_empty_plan_has_no_stages() {
        let stages = Stages::new(&Plan::default(), |_| true);
        assert!(stages.all().is_empty());
        assert_eq!(stages.of_phase(0), None);
        assert_eq!(stages.back_target(0, Duration::ZERO), 0);
    }
}
