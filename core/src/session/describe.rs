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
//!
//! And what the player shows at a moment of a running routine ([`board`]):
//! the phase-size word says what to do now ("Press up", "Hold", "Lower
//! slowly", "Switch to right leg"), the big number is always the seconds
//! left of what that word names (the stage; in a set of short holds, the
//! part of the repetition: "Lift" 2…1, "Hold" 1, "Lower" 2…1), the
//! repetition ("Rep 2 of 9") and the side are lines of their own, and
//! "Next: …" says what the next stage is. The screen only draws it.

use std::io::{self, Write};
use std::time::Duration;

use crate::content::schema::{Exercise, Limb, Role, Routine};
use crate::t;
use crate::words;

use super::phases::{Phase, Plan, Side, Timings};
use super::stage::{Look, Stage, Stages, side_that_comes};
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

/// "Next: …" shows large in the last this many seconds of a stage.
pub const NEXT_NEAR: Duration = Duration::from_secs(3);

/// A stage this short is over before "Next" could be read: it never
/// shows "Next" large.
const NEXT_NEAR_FROM: Duration = Duration::from_secs(5);

/// What the player shows at one moment of a running routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    pub look: Look,
    /// The phase-size word: what to do now.
    pub word: String,
    /// The big number: whole seconds left of what [`Board::word`] names,
    /// never a count. The stage's, except in a set of short holds, whose
    /// word changes with each part of the repetition: there the part's.
    pub seconds: u64,
    /// The side being worked, or the side that comes at a switch: the
    /// large side cue ([`side_cue`]).
    pub side: Option<Side>,
    /// The repetition, on its own line: "Rep 2 of 9".
    pub rep: Option<String>,
    /// What the next stage is: "Next: Lower and rest".
    pub next: String,
    /// The stage is in its last [`NEXT_NEAR`]: "Next" shows large.
    pub next_is_near: bool,
}

/// The whole seconds shown for `remaining`: 15 from 15 s down to just over
/// 14 s, then 14 exactly when 14 s are left, 0 only at the end.
pub fn shown_seconds(remaining: Duration) -> u64 {
    u64::try_from(remaining.as_nanos().div_ceil(1_000_000_000)).unwrap_or(u64::MAX)
}

/// What the player shows at `position` (from the routine's start) in the
/// phase `phase_index` of `plan`; `exercises` are the plan's exercises in
/// plan order. `None` past the end.
pub fn board(
    plan: &Plan,
    stages: &Stages,
    exercises: &[&Exercise],
    phase_index: usize,
    position: Duration,
) -> Option<Board> {
    let number = stages.number_of(phase_index)?;
    let stage = stages.get(number)?;
    let phase = plan.phase(phase_index)?;
    let exercise = exercises.get(phase.exercise_index)?;
    let remaining = stage.end_offset().saturating_sub(position);
    let coming = side_that_comes(plan, stage);
    let side = match stage.look {
        Look::UpNext | Look::Read => None,
        Look::SideSwitch => coming,
        _ => coming.or(phase.side),
    };
    let rep = match stage.look {
        Look::UpNext | Look::Read | Look::SideSwitch => None,
        _ => Some(rep_of(phase.rep, phase.reps)),
    };
    let next = stages.get(number + 1);
    let next_words = match next {
        Some(next) => next_word(plan, stage, next, exercises),
        None => None,
    }
    .unwrap_or_else(|| t!("player-next-finish"));
    let both_working =
        stage.look == Look::Working && next.is_some_and(|next| next.look == Look::Working);
    // The number counts what the word names: in a set of short holds the
    // word is the phase's ("Lift", "Hold", "Lower", "Rest"), so the
    // seconds are the phase's too.
    let counted = match stage.look {
        Look::Working => phase.end().saturating_sub(position),
        _ => remaining,
    };
    Some(Board {
        look: stage.look,
        word: word(plan, stage, phase_index, exercise),
        seconds: shown_seconds(counted),
        side,
        rep,
        next: t!("player-next", what = next_words),
        next_is_near: remaining <= NEXT_NEAR
            && stage.length >= NEXT_NEAR_FROM
            && next.is_some()
            && !both_working,
    })
}

/// "Rep 2 of 9".
pub fn rep_of(rep: u32, reps: u32) -> String {
    t!("player-rep-of", rep = rep, reps = reps)
}

/// The large side cue: "RIGHT LEG", "LEFT LEG". No arrow: the figure may
/// face either way, and an arrow could point at the other limb.
pub fn side_cue(side: Side, limb: Limb) -> String {
    t!(
        "player-side-cue",
        side = side_key(side),
        limb = limb_key(limb)
    )
}

/// "Switch to right leg".
pub fn switch_to(side: Side, limb: Limb) -> String {
    t!(
        "player-switch-to",
        side = side_key(side),
        limb = limb_key(limb)
    )
}

fn side_key(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

fn limb_key(limb: Limb) -> &'static str {
    match limb {
        Limb::Leg => "leg",
        Limb::Arm => "arm",
        Limb::Side => "side",
    }
}

/// The title of the exercise's first step of `role`, for `side`.
fn step_title(exercise: &Exercise, role: Role, side: Option<Side>) -> Option<String> {
    exercise
        .steps
        .iter()
        .find(|s| s.role == role)
        .map(|s| words::for_side(&s.title, side).trim().to_owned())
        .filter(|title| !title.is_empty())
}

/// The word for the phase `phase_index` of `stage`: what to do now. A
/// move or a release says its step's title ("Press up", "Lower slowly"); a
/// set of short holds changes word with each part of the repetition (its
/// colour and ring stay).
fn word(plan: &Plan, stage: &Stage, phase_index: usize, exercise: &Exercise) -> String {
    let Some(phase) = plan.phase(phase_index) else {
        return String::new();
    };
    let side = phase.side;
    let action = |role: Role, fallback: &str| {
        step_title(exercise, role, side).unwrap_or_else(|| crate::i18n::tr(fallback))
    };
    match stage.look {
        Look::UpNext => t!("player-up-next"),
        Look::Read => t!("player-setup"),
        Look::GetReady => t!("player-get-ready"),
        Look::Hold => t!("player-hold"),
        Look::Rest => t!("player-rest"),
        Look::SideSwitch => match side_that_comes(plan, stage) {
            Some(to) => switch_to(to, exercise.limb),
            None => t!("player-switch-sides"),
        },
        Look::Move => action(Role::Move, "player-move"),
        Look::Relax => action(Role::Release, "player-relax"),
        Look::Working => match phase.phase {
            Phase::Move => action(Role::Move, "player-move"),
            Phase::Hold => t!("player-hold"),
            Phase::Release => action(Role::Release, "player-relax"),
            _ => t!("player-rest"),
        },
    }
}

/// What "Next:" names for the stage `next` after `current`: the next
/// exercise, the next repetition of a set, the card a setup or a hold
/// shows, else the next stage's word. `None` for the end.
fn next_word(
    plan: &Plan,
    current: &Stage,
    next: &Stage,
    exercises: &[&Exercise],
) -> Option<String> {
    let phase = plan.phase(next.first)?;
    let exercise = exercises.get(phase.exercise_index)?;
    let card = || {
        exercise
            .steps
            .get(phase.step_index)
            .map(|s| words::for_side(&s.title, phase.side).trim().to_owned())
            .filter(|title| !title.is_empty())
    };
    Some(match next.look {
        Look::UpNext => exercise.title.clone(),
        Look::Working if current.look == Look::Working => rep_of(phase.rep, phase.reps),
        Look::Read | Look::Hold => card().unwrap_or_else(|| word(plan, next, next.first, exercise)),
        _ => word(plan, next, next.first, exercise),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::{Range, Role, Sides};
    use crate::session::phases::tests::{exercise, resolved};
    use std::time::Duration;

    use crate::session::stage::Stages;
    use crate::testing::{exercise as made, resolved as dose};

    const ROLES: [Role; 4] = [Role::Setup, Role::Move, Role::Hold, Role::Release];

    /// The board at `into` the first phase of `phase` (the `nth` of them).
    fn board_at(
        plan: &Plan,
        exercises: &[&Exercise],
        phase: Phase,
        nth: usize,
        into: Duration,
    ) -> Board {
        let stages = Stages::new(plan, |_| true);
        let (index, planned) = plan
            .phases()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.phase == phase)
            .nth(nth)
            .expect("the phase");
        board(plan, &stages, exercises, index, planned.start + into).expect("a board")
    }

    #[test]
    fn short_holds_show_the_action_and_seconds_with_the_repetition_on_its_own_line() {
        let crunch = made("Crunch", Sides::None, &ROLES);
        let plan = Plan::new(&[(&crunch, dose(1, 3))], &Timings::default());
        let all = [&crunch];
        // The second repetition: move 3 s, hold 1 s, release 2 s, rest 5 s.
        let moving = board_at(&plan, &all, Phase::Move, 1, Duration::ZERO);
        assert_eq!(moving.look, Look::Working);
        assert_eq!(moving.word, "step 1", "the move's own title");
        assert_eq!(moving.rep.as_deref(), Some("Rep 2 of 3"));
        let words: Vec<String> = [Phase::Hold, Phase::Release, Phase::Rest]
            .into_iter()
            .map(|phase| board_at(&plan, &all, phase, 1, Duration::ZERO).word)
            .collect();
        assert_eq!(words, ["Hold", "step 3", "Rest"]);
        let resting = board_at(&plan, &all, Phase::Rest, 1, Duration::from_secs(4));
        assert_eq!(resting.seconds, 1);
        assert_eq!(resting.look, Look::Working);
        // Between repetitions "Next" names the next one, never large.
        assert_eq!(resting.next, "Next: Rep 3 of 3");
        assert!(!resting.next_is_near);
    }

    #[test]
    fn in_short_holds_the_number_counts_the_part_the_word_names() {
        let crunch = made("Crunch", Sides::None, &ROLES);
        let plan = Plan::new(&[(&crunch, dose(1, 3))], &Timings::default());
        let all = [&crunch];
        // The second repetition: move 3 s, hold 1 s, release 2 s, rest 5 s.
        // Each part's word with the seconds left of that part, as a move,
        // a hold and a rest of their own count theirs (never the 11 s left
        // of the repetition, which no word on the screen names).
        let shown = |phase: Phase, into_ms: u64| {
            let b = board_at(&plan, &all, phase, 1, Duration::from_millis(into_ms));
            assert_eq!(b.look, Look::Working);
            (b.word, b.seconds)
        };
        assert_eq!(shown(Phase::Move, 0), ("step 1".to_owned(), 3));
        assert_eq!(shown(Phase::Move, 1_500), ("step 1".to_owned(), 2));
        assert_eq!(shown(Phase::Move, 2_999), ("step 1".to_owned(), 1));
        assert_eq!(shown(Phase::Hold, 0), ("Hold".to_owned(), 1));
        assert_eq!(shown(Phase::Release, 0), ("step 3".to_owned(), 2));
        assert_eq!(shown(Phase::Release, 1_000), ("step 3".to_owned(), 1));
        assert_eq!(shown(Phase::Rest, 0), ("Rest".to_owned(), 5));
        // Never 0 while the part runs.
        let stages = Stages::new(&plan, |_| true);
        for (index, p) in plan.phases().iter().enumerate() {
            let b = board(&plan, &stages, &all, index, p.start).expect("a board");
            if b.look == Look::Working {
                assert_eq!(b.seconds, shown_seconds(p.duration), "{p:?}");
            }
        }
    }

    #[test]
    fn a_long_hold_says_its_move_and_release_and_next_shows_in_its_last_seconds() {
        let press = made("Press-up", Sides::None, &ROLES);
        let plan = Plan::new(&[(&press, dose(15, 2))], &Timings::default());
        let all = [&press];
        let setup = board_at(&plan, &all, Phase::Read, 0, Duration::ZERO);
        assert_eq!(setup.word, "Setup");
        assert_eq!(setup.rep, None);
        let moving = board_at(&plan, &all, Phase::Move, 0, Duration::from_secs(1));
        assert_eq!((moving.word.as_str(), moving.seconds), ("step 1", 2));
        let holding = board_at(&plan, &all, Phase::Hold, 0, Duration::from_secs(2));
        assert_eq!(holding.word, "Hold");
        assert_eq!(holding.seconds, 13);
        assert_eq!(holding.rep.as_deref(), Some("Rep 1 of 2"));
        assert_eq!(holding.side, None);
        assert_eq!(holding.next, "Next: step 3");
        assert!(!holding.next_is_near);
        let late = board_at(&plan, &all, Phase::Hold, 0, Duration::from_millis(12_500));
        assert!(late.next_is_near, "{late:?}");
        let relaxing = board_at(&plan, &all, Phase::Release, 0, Duration::ZERO);
        assert_eq!(relaxing.word, "step 3");
        // The last stage: next is the end.
        let last = board_at(&plan, &all, Phase::Release, 1, Duration::ZERO);
        assert_eq!(last.next, "Next: Finish");
        // No stage of the plan is called "Read".
        let stages = Stages::new(&plan, |_| true);
        for stage in stages.all() {
            let shown = board(&plan, &stages, &all, stage.first, stage.start).expect("a board");
            assert_ne!(shown.word, "Read");
            assert!(!shown.next.contains("Read"), "{}", shown.next);
        }
    }

    #[test]
    fn a_side_switch_says_the_side_that_comes_large_with_no_arrow() {
        let knee = made("Knee to chest", Sides::Alternate, &ROLES);
        let plan = Plan::new(&[(&knee, dose(15, 1))], &Timings::default());
        let all = [&knee];
        let left = board_at(&plan, &all, Phase::Hold, 0, Duration::ZERO);
        assert_eq!(left.side, Some(Side::Left));
        assert_eq!(side_cue(Side::Left, Limb::Leg), "LEFT LEG");
        let stages = Stages::new(&plan, |_| true);
        let switch = stages
            .all()
            .iter()
            .find(|s| s.look == Look::SideSwitch)
            .expect("a switch");
        let shown = board(&plan, &stages, &all, switch.first, switch.start).expect("a board");
        assert_eq!(shown.word, "Switch to right leg");
        assert_eq!(shown.side, Some(Side::Right));
        assert_eq!(side_cue(Side::Right, Limb::Leg), "RIGHT LEG");
        assert_eq!(shown.rep, None);
        // The stage before it names it.
        let before = board(
            &plan,
            &stages,
            &all,
            switch.first - 1,
            stages.all()[0].start,
        )
        .expect("a board");
        assert_eq!(before.next, "Next: Switch to right leg");
    }

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
