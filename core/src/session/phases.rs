//! The plan of a routine: every phase the player will go through, in order,
//! with its duration. The plan is fixed before the session starts, so the
//! routine screen's estimate (`Plan::total`) and the player's timing come
//! from the same numbers.
//!
//! Phase order for one exercise (choices marked *why*):
//!
//! 1. One `Read` phase per `Role::Setup` step, in the order of `steps`,
//!    each `Timings::setup_read` long. The player lets the user skip them.
//! 2. `GetReady` (a countdown) before the first repetition.
//! 3. For each repetition slot (a repetition on one side):
//!    `Move` → `Hold` → `Release`, then `Rest` unless it was the exercise's
//!    last slot (the next exercise's setup cards and countdown are rest
//!    enough).
//!    * `Sides::None`: slots 1, 2, … with no side.
//!    * `Sides::Alternate`: 1 L, 1 R, 2 L, 2 R, … (repetitions count per
//!      side, so 2 repetitions give four holds).
//!    * `Sides::InTurn`: 1 L, 2 L, …, 1 R, 2 R, …; when the side changes
//!      there is the rest after the last left hold *and then* another
//!      `GetReady` for the right side. *Why both*: the rest belongs to the
//!      repetition just done, the countdown gives time to change position,
//!      and the brief asks for each.
//! 4. The next exercise, which starts with `UpNext`: a breather as long as
//!    the get-ready countdown, showing what comes (its figure, title, first
//!    instruction and dose) before its setup cards. *Why*: one exercise
//!    running straight into the next one's card gives a person on the
//!    floor no moment to see that one is done and what follows. The first
//!    exercise has none (the Routine screen showed it). After the last
//!    exercise the session is `Done` (no phase in the plan stands for it).
//!
//! A phase that would last 0 s is left out (an exercise without a `Move` or
//! `Release` step, a 0 s rest or read time), so every planned phase has a
//! positive duration. The `Hold` phase always exists (its duration is at
//! least 1 s after dose resolution) even when the exercise has no `Hold`
//! step; the card then falls back as described at [`PlannedPhase::step_index`].

use std::time::Duration;

/// Sides are the content's (an exercise says which it works).
pub use crate::content::Side;

use crate::content::schema::{Exercise, Role, Sides};

use crate::dose::ResolvedDose;

/// What the player is doing. `Done` only appears in the session state,
/// after the last planned phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Between two exercises: the one that comes, shown before its setup.
    UpNext,
    /// Reading a setup card.
    Read,
    /// Counting down before the first repetition (or a side change).
    GetReady,
    /// Moving into the hold position.
    Move,
    /// Holding while the ring counts.
    Hold,
    /// Coming back out and relaxing.
    Release,
    /// Resting between repetitions.
    Rest,
    /// The routine is over.
    Done,
}

/// The time settings that are not part of an exercise's dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timings {
    /// The countdown before the first repetition and before a side change.
    pub get_ready: Duration,
    /// How long each setup card is shown.
    pub setup_read: Duration,
    /// Rest between repetitions; `None` uses each exercise's own rest.
    pub rest: Option<Duration>,
}

impl Timings {
    pub const DEFAULT_GET_READY: Duration = Duration::from_secs(5);
    pub const DEFAULT_SETUP_READ: Duration = Duration::from_secs(8);
}

impl Default for Timings {
    /// Get ready 5 s, setup cards 8 s, rest as each exercise says.
    fn default() -> Self {
        Timings {
            get_ready: Self::DEFAULT_GET_READY,
            setup_read: Self::DEFAULT_SETUP_READ,
            rest: None,
        }
    }
}

/// One phase of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlannedPhase {
    pub phase: Phase,
    /// Index into the exercises the plan was built from.
    pub exercise_index: usize,
    /// Index into that exercise's `steps`: the card to show.
    ///
    /// * `UpNext`: the first setup step (how the exercise starts), else as
    ///   `GetReady`.
    /// * `Read`: its setup step.
    /// * `GetReady`: the last setup step (the starting position the person
    ///   is now in), else the first `Move` step, else the first `Hold` step.
    /// * `Move` / `Hold` / `Release`: the first step with that role. A
    ///   missing `Hold` step falls back to the first `Move`, then to the
    ///   first step.
    /// * `Rest`: the `Release` step if any (lying relaxed), else as `Hold`.
    ///
    /// It is 0 for an exercise with no steps at all, which content checking
    /// rejects; the UI should still read the card with `steps.get(i)`.
    pub step_index: usize,
    /// 1-based repetition (per side for a sided exercise). `UpNext`, `Read`
    /// and `GetReady` carry the repetition that comes next; `Rest` the one
    /// just done.
    pub rep: u32,
    /// Repetitions in all (per side for a sided exercise).
    pub reps: u32,
    /// `None` for an exercise without sides. `UpNext` and `Read` phases
    /// carry the first side (the figure shows the side that is done first); `Rest` carries
    /// the side just done.
    pub side: Option<Side>,
    /// Always more than zero.
    pub duration: Duration,
    /// Offset of the phase's start from the start of the routine.
    pub start: Duration,
}

impl PlannedPhase {
    /// Offset of the phase's end from the start of the routine.
    pub fn end(&self) -> Duration {
        self.start.saturating_add(self.duration)
    }
}

/// Every phase of a routine, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    phases: Vec<PlannedPhase>,
    exercise_count: usize,
    total: Duration,
}

/// The card indices of one exercise, found once.
struct StepCards {
    setup: Vec<usize>,
    up_next: usize,
    get_ready: usize,
    move_: Option<usize>,
    hold: usize,
    release: Option<usize>,
    rest: usize,
}

impl StepCards {
    fn of(exercise: &Exercise) -> StepCards {
        let first = |role: Role| exercise.steps.iter().position(|step| step.role == role);
        let setup: Vec<usize> = exercise
            .steps
            .iter()
            .enumerate()
            .filter(|(_, step)| step.role == Role::Setup)
            .map(|(index, _)| index)
            .collect();
        let move_ = first(Role::Move);
        let hold = first(Role::Hold).or(move_).unwrap_or(0);
        let release = first(Role::Release);
        let get_ready = setup.last().copied().or(move_).unwrap_or(hold);
        StepCards {
            up_next: setup.first().copied().unwrap_or(get_ready),
            get_ready,
            rest: release.unwrap_or(hold),
            setup,
            move_,
            hold,
            release,
        }
    }
}

/// The repetition slots of an exercise in the order they are done.
fn slots(sides: Sides, reps: u32) -> Vec<(u32, Option<Side>)> {
    let reps_iter = 1..=reps;
    match sides {
        Sides::None => reps_iter.map(|rep| (rep, None)).collect(),
        Sides::Alternate => reps_iter
            .flat_map(|rep| [(rep, Some(Side::Left)), (rep, Some(Side::Right))])
            .collect(),
        Sides::InTurn => reps_iter
            .clone()
            .map(|rep| (rep, Some(Side::Left)))
            .chain(reps_iter.map(|rep| (rep, Some(Side::Right))))
            .collect(),
    }
}

impl Plan {
    /// Builds the plan of a routine from its exercises, each with the dose
    /// the person does.
    pub fn new(exercises: &[(&Exercise, ResolvedDose)], timings: &Timings) -> Plan {
        let mut plan = Plan {
            phases: Vec::new(),
            exercise_count: exercises.len(),
            total: Duration::ZERO,
        };
        for (exercise_index, (exercise, dose)) in exercises.iter().enumerate() {
            plan.add_exercise(exercise_index, exercise, dose, timings);
        }
        plan
    }

    fn push(&mut self, phase: PlannedPhase) {
        // 0 s phases are never planned: they would flash a card and fire
        // events for nothing.
        if phase.duration.is_zero() {
            return;
        }
        let start = self.total;
        self.total = start.saturating_add(phase.duration);
        self.phases.push(PlannedPhase { start, ..phase });
    }

    fn add_exercise(
        &mut self,
        exercise_index: usize,
        exercise: &Exercise,
        dose: &ResolvedDose,
        timings: &Timings,
    ) {
        let reps = dose.repetitions;
        let slots = slots(exercise.sides, reps);
        // An exercise with no repetition has nothing to prepare for either.
        let Some(&(_, first_side)) = slots.first() else {
            return;
        };
        let cards = StepCards::of(exercise);
        let rest = timings.rest.unwrap_or(dose.rest);
        let phase = |phase: Phase, step_index: usize, rep: u32, side: Option<Side>, duration| {
            PlannedPhase {
                phase,
                exercise_index,
                step_index,
                rep,
                reps,
                side,
                duration,
                start: Duration::ZERO,
            }
        };

        // A breather between exercises (see the module documentation).
        if !self.phases.is_empty() {
            self.push(phase(
                Phase::UpNext,
                cards.up_next,
                1,
                first_side,
                timings.get_ready,
            ));
        }
        for &step_index in &cards.setup {
            self.push(phase(
                Phase::Read,
                step_index,
                1,
                first_side,
                timings.setup_read,
            ));
        }
        self.push(phase(
            Phase::GetReady,
            cards.get_ready,
            1,
            first_side,
            timings.get_ready,
        ));

        let mut previous: Option<(u32, Option<Side>)> = None;
        for &(rep, side) in &slots {
            if let Some((previous_rep, previous_side)) = previous {
                self.push(phase(
                    Phase::Rest,
                    cards.rest,
                    previous_rep,
                    previous_side,
                    rest,
                ));
                if exercise.sides == Sides::InTurn && previous_side != side {
                    self.push(phase(
                        Phase::GetReady,
                        cards.get_ready,
                        rep,
                        side,
                        timings.get_ready,
                    ));
                }
            }
            if let Some(step_index) = cards.move_ {
                self.push(phase(Phase::Move, step_index, rep, side, dose.move_));
            }
            self.push(phase(Phase::Hold, cards.hold, rep, side, dose.hold));
            if let Some(step_index) = cards.release {
                self.push(phase(Phase::Release, step_index, rep, side, dose.release));
            }
            previous = Some((rep, side));
        }
    }

    /// The routine's planned length: the estimate the routine screen shows
    /// and the time the player takes when nothing is paused or skipped.
    pub fn total(&self) -> Duration {
        self.total
    }

    pub fn phases(&self) -> &[PlannedPhase] {
        &self.phases
    }

    pub fn phase(&self, index: usize) -> Option<&PlannedPhase> {
        self.phases.get(index)
    }

    /// How many exercises the plan was built from (including any that have
    /// no phases).
    pub fn exercise_count(&self) -> usize {
        self.exercise_count
    }

    /// Index of the phase running at `offset` from the start of the routine
    /// (phases are half-open: a phase is over at its end). `None` once the
    /// routine is over.
    pub fn phase_index_at(&self, offset: Duration) -> Option<usize> {
        let index = self.phases.partition_point(|phase| phase.end() <= offset);
        (index < self.phases.len()).then_some(index)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) use crate::testing::{exercise, resolved};

    const ALL_ROLES: [Role; 5] = [
        Role::Setup,
        Role::Setup,
        Role::Move,
        Role::Hold,
        Role::Release,
    ];

    fn kinds(plan: &Plan) -> Vec<(Phase, u32, Option<Side>)> {
        plan.phases()
            .iter()
            .map(|p| (p.phase, p.rep, p.side))
            .collect()
    }

    #[test]
    fn symmetric_exercise_phase_order_and_total() {
        let exercise = exercise("Press-up", Sides::None, &ALL_ROLES);
        let plan = Plan::new(&[(&exercise, resolved(15, 2))], &Timings::default());
        use Phase::*;
        assert_eq!(
            kinds(&plan),
            vec![
                (Read, 1, None),
                (Read, 1, None),
                (GetReady, 1, None),
                (Move, 1, None),
                (Hold, 1, None),
                (Release, 1, None),
                (Rest, 1, None),
                (Move, 2, None),
                (Hold, 2, None),
                (Release, 2, None),
            ]
        );
        // 2 × 8 read + 5 get ready + 2 × (3 + 15 + 2) + one 5 s rest.
        assert_eq!(plan.total(), Duration::from_secs(16 + 5 + 40 + 5));
        let steps: Vec<usize> = plan.phases().iter().map(|p| p.step_index).collect();
        assert_eq!(steps, vec![0, 1, 1, 2, 3, 4, 4, 2, 3, 4]);
        // Starts are cumulative and the last end is the total.
        for pair in plan.phases().windows(2) {
            assert_eq!(pair[0].end(), pair[1].start);
        }
        assert_eq!(plan.phases().last().map(|p| p.end()), Some(plan.total()));
    }

    #[test]
    fn alternate_goes_left_right_and_in_turn_left_left_right_right() {
        let alternate = exercise("Knee to chest", Sides::Alternate, &ALL_ROLES);
        let in_turn = exercise("Hamstring", Sides::InTurn, &ALL_ROLES);
        let plan = Plan::new(
            &[(&alternate, resolved(15, 2)), (&in_turn, resolved(10, 2))],
            &Timings::default(),
        );
        let holds = |index: usize| -> Vec<(u32, Option<Side>)> {
            plan.phases()
                .iter()
                .filter(|p| p.phase == Phase::Hold && p.exercise_index == index)
                .map(|p| (p.rep, p.side))
                .collect()
        };
        use Side::*;
        assert_eq!(
            holds(0),
            vec![
                (1, Some(Left)),
                (1, Some(Right)),
                (2, Some(Left)),
                (2, Some(Right))
            ]
        );
        assert_eq!(
            holds(1),
            vec![
                (1, Some(Left)),
                (2, Some(Left)),
                (1, Some(Right)),
                (2, Some(Right))
            ]
        );
        let get_ready = |index: usize| {
            plan.phases()
                .iter()
                .filter(|p| p.phase == Phase::GetReady && p.exercise_index == index)
                .map(|p| p.side)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            get_ready(0),
            vec![Some(Left)],
            "alternate: one countdown only"
        );
        assert_eq!(
            get_ready(1),
            vec![Some(Left), Some(Right)],
            "in turn: again at the side change"
        );
    }

    #[test]
    fn each_exercise_after_the_first_starts_with_an_up_next_breather() {
        let press = exercise("Press-up", Sides::None, &ALL_ROLES);
        let knee = exercise("Knee to chest", Sides::Alternate, &ALL_ROLES);
        let plan = Plan::new(
            &[(&press, resolved(15, 1)), (&knee, resolved(15, 1))],
            &Timings::default(),
        );
        let up_next: Vec<&PlannedPhase> = plan
            .phases()
            .iter()
            .filter(|p| p.phase == Phase::UpNext)
            .collect();
        assert_eq!(up_next.len(), 1, "none before the first exercise");
        let breather = up_next[0];
        // It belongs to the exercise that comes, shows its first setup
        // card and the side it starts on, for the get-ready time.
        assert_eq!(breather.exercise_index, 1);
        assert_eq!(breather.step_index, 0);
        assert_eq!(breather.side, Some(Side::Left));
        assert_eq!(breather.duration, Timings::DEFAULT_GET_READY);
        let index = plan
            .phases()
            .iter()
            .position(|p| p.phase == Phase::UpNext)
            .expect("planned");
        assert_eq!(plan.phases()[index - 1].exercise_index, 0);
        assert_eq!(plan.phases()[index - 1].phase, Phase::Release);
        assert_eq!(plan.phases()[index + 1].phase, Phase::Read);
        // No countdowns asked for: no breather either.
        let timings = Timings {
            get_ready: Duration::ZERO,
            ..Timings::default()
        };
        let quick = Plan::new(
            &[(&press, resolved(15, 1)), (&knee, resolved(15, 1))],
            &timings,
        );
        assert!(quick.phases().iter().all(|p| p.phase != Phase::UpNext));
    }

    #[test]
    fn missing_move_and_release_steps_and_zero_times_leave_no_phase() {
        let bare = exercise("Crunch", Sides::None, &[Role::Hold]);
        let timings = Timings {
            get_ready: Duration::ZERO,
            setup_read: Duration::from_secs(8),
            rest: Some(Duration::ZERO),
        };
        let plan = Plan::new(&[(&bare, resolved(1, 3))], &timings);
        assert!(plan.phases().iter().all(|p| p.phase == Phase::Hold));
        assert_eq!(plan.phases().len(), 3);
        assert_eq!(plan.total(), Duration::from_secs(3));
        assert!(plan.phases().iter().all(|p| !p.duration.is_zero()));
    }

    #[test]
    fn rest_timing_overrides_the_exercise_rest() {
        let exercise = exercise("Press-up", Sides::None, &ALL_ROLES);
        let own = Plan::new(&[(&exercise, resolved(15, 3))], &Timings::default());
        let timings = Timings {
            rest: Some(Duration::from_secs(20)),
            ..Timings::default()
        };
        let longer = Plan::new(&[(&exercise, resolved(15, 3))], &timings);
        // Two rests (none after the last repetition), each 15 s longer.
        assert_eq!(longer.total() - own.total(), Duration::from_secs(30));
    }

    #[test]
    fn phase_index_at_uses_half_open_phases() {
        let exercise = exercise("Crunch", Sides::None, &[Role::Hold]);
        let timings = Timings {
            get_ready: Duration::from_secs(5),
            setup_read: Duration::ZERO,
            rest: Some(Duration::from_secs(2)),
        };
        let plan = Plan::new(&[(&exercise, resolved(1, 2))], &timings);
        assert_eq!(plan.phase_index_at(Duration::ZERO), Some(0));
        assert_eq!(plan.phase_index_at(Duration::from_millis(4999)), Some(0));
        assert_eq!(plan.phase_index_at(Duration::from_secs(5)), Some(1));
        assert_eq!(plan.phase_index_at(plan.total()), None);
    }

    #[test]
    fn no_exercises_or_no_steps_do_not_panic() {
        let empty = Plan::new(&[], &Timings::default());
        assert_eq!(empty.total(), Duration::ZERO);
        assert_eq!(empty.phase_index_at(Duration::ZERO), None);
        let stepless = exercise("Nothing", Sides::InTurn, &[]);
        let plan = Plan::new(&[(&stepless, resolved(5, 1))], &Timings::default());
        assert!(plan.phases().iter().all(|p| p.step_index == 0));
        assert_eq!(
            plan.phases()
                .iter()
                .filter(|p| p.phase == Phase::Hold)
                .count(),
            2
        );
    }
}
