//! The session engine driven by a fake clock: exact timing whatever the poll
//! rate, pauses without drift, sides, skip/back/stop rules, and a property
//! test over random doses and random controls.

use std::time::{Duration, Instant};

use limber_core::content::schema::{
    Dose, Exercise, Illustration, Limb, Range, Region, Role, Sides, Step,
};
use limber_core::session::dose::{ExerciseChoice, Intensity, ResolvedDose, resolve};
use limber_core::session::engine::{BACK_TO_PREVIOUS_WITHIN, Event, Session};
use limber_core::session::phases::{Phase, Plan, Side, Timings};
use limber_core::testing::FakeClock;
use limber_core::time::Clock;
use proptest::prelude::*;

const ALL_ROLES: [Role; 4] = [Role::Setup, Role::Move, Role::Hold, Role::Release];

fn exercise(id: &str, sides: Sides, roles: &[Role], dose: Dose) -> Exercise {
    Exercise {
        id: id.to_string().into(),
        title: id.to_string(),
        areas: vec!["lower-back".to_string()],
        summary: String::new(),
        sides,
        limb: Limb::Leg,
        dose,
        cautions: Vec::new(),
        tips: Vec::new(),
        highlight: Region::LowerBack,
        steps: roles
            .iter()
            .map(|role| Step {
                role: *role,
                title: format!("{role:?}"),
                text: String::new(),
                caution: None,
                illustration: Illustration::Pose("standing".to_string()),
                spoken: None,
                spoken_caution: None,
                says_rest: false,
            })
            .collect(),
        variations: Vec::new(),
        switch_sides: None,
    }
}

fn dose(hold: (u32, u32), reps: (u32, u32)) -> Dose {
    Dose {
        hold_seconds: Range(hold.0, hold.1),
        repetitions: Range(reps.0, reps.1),
        move_seconds: 3,
        release_seconds: 2,
        rest_seconds: 5,
    }
}

fn gentle(exercise: &Exercise) -> ResolvedDose {
    resolve(&exercise.dose, &ExerciseChoice::at(Intensity::Gentle)).dose
}

fn secs(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// A plan with a 5 s get ready and then a single 30 s hold.
fn single_hold_plan() -> Plan {
    let hold_only = exercise("hold", Sides::None, &[Role::Hold], dose((30, 30), (1, 1)));
    let timings = Timings {
        get_ready: secs(5),
        setup_read: Duration::ZERO,
        rest: None,
    };
    Plan::new(&[(&hold_only, gentle(&hold_only))], &timings)
}

/// Polls at each offset in turn; returns every event with the offset of the
/// poll that returned it.
fn poll_at(
    session: &mut Session,
    clock: &FakeClock,
    offsets: &[Duration],
) -> Vec<(Duration, Event)> {
    let mut seen = Vec::new();
    for &offset in offsets {
        clock.set(offset);
        for event in session.poll(clock.now()) {
            seen.push((offset, event));
        }
    }
    seen
}

fn hold_completions(events: &[(Duration, Event)]) -> Vec<(Duration, Instant)> {
    events
        .iter()
        .filter_map(|(polled, event)| match event {
            Event::HoldCompleted { at, .. } => Some((*polled, *at)),
            _ => None,
        })
        .collect()
}

/// Checks that the 30 s hold of `single_hold_plan` ended exactly 35 s after
/// the start, and was reported by the first poll at or after that instant.
fn assert_hold_ends_exactly(offsets: &[Duration]) {
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(single_hold_plan(), clock.now());
    let events = poll_at(&mut session, &clock, offsets);
    let completions = hold_completions(&events);
    assert_eq!(completions.len(), 1, "one hold, one completion: {events:?}");
    let (polled, at) = completions[0];
    assert_eq!(at, clock.at(secs(35)), "due instant is exact");
    assert!(polled >= secs(35));
    let earlier_polls: Vec<&Duration> = offsets.iter().filter(|o| **o < polled).collect();
    assert!(
        earlier_polls.iter().all(|o| **o < secs(35)),
        "no poll at or after 35 s missed the completion"
    );
    let hold_started = events.iter().find_map(|(_, event)| match event {
        Event::PhaseStarted {
            phase: Phase::Hold,
            at,
            ..
        } => Some(*at),
        _ => None,
    });
    assert_eq!(hold_started.map(|start| at - start), Some(secs(30)));
}

#[test]
fn thirty_second_hold_polled_at_one_hertz_ends_at_thirty_seconds() {
    let offsets: Vec<Duration> = (0..=40).map(secs).collect();
    assert_hold_ends_exactly(&offsets);
}

#[test]
fn thirty_second_hold_polled_at_sixty_hertz_ends_at_thirty_seconds() {
    // Frames at k / 60 s, rounded to the nanosecond as a real frame clock is.
    let offsets: Vec<Duration> = (0..=60 * 40)
        .map(|frame| Duration::from_nanos(frame * 1_000_000_000 / 60))
        .collect();
    assert_hold_ends_exactly(&offsets);
}

#[test]
fn thirty_second_hold_polled_once_late_ends_at_thirty_seconds() {
    assert_hold_ends_exactly(&[secs(600)]);
}

#[test]
fn state_switches_exactly_at_the_boundary() {
    let clock = FakeClock::new(Instant::now());
    let session = Session::new(single_hold_plan(), clock.now());
    let just_before = session.state(clock.at(secs(35) - Duration::from_nanos(1)));
    assert_eq!(just_before.phase, Phase::Hold);
    assert_eq!(just_before.remaining, Duration::from_nanos(1));
    let at_end = session.state(clock.at(secs(35)));
    assert_eq!(at_end.phase, Phase::Done);
    assert_eq!(at_end.remaining, Duration::ZERO);
    let halfway = session.state(clock.at(secs(20)));
    assert_eq!(halfway.remaining, secs(15));
    assert!((halfway.fraction_done - 0.5).abs() < 1e-6);
}

proptest! {
    #[test]
    fn thirty_second_hold_polled_at_random_intervals_ends_at_thirty_seconds(
        steps in prop::collection::vec(1u64..3_000_000_000, 1..200)
    ) {
        let mut offsets = Vec::new();
        let mut offset = Duration::ZERO;
        for step in steps {
            offset += Duration::from_nanos(step);
            offsets.push(offset);
        }
        // Always end beyond the hold so the completion is seen.
        offsets.push(offset + secs(40));
        assert_hold_ends_exactly(&offsets);
    }
}

/// A lower-back-like routine: press-up, knee to chest (alternate), crunch.
fn lower_back() -> Vec<Exercise> {
    vec![
        exercise("press-up", Sides::None, &ALL_ROLES, dose((15, 30), (3, 5))),
        exercise(
            "knee-to-chest",
            Sides::Alternate,
            &ALL_ROLES,
            dose((15, 30), (2, 4)),
        ),
        exercise("crunch", Sides::None, &ALL_ROLES, dose((1, 2), (9, 13))),
    ]
}

fn gentle_plan(exercises: &[Exercise]) -> Plan {
    let resolved: Vec<(&Exercise, ResolvedDose)> =
        exercises.iter().map(|e| (e, gentle(e))).collect();
    Plan::new(&resolved, &Timings::default())
}

fn routine_finished_at(events: &[Event]) -> Vec<Instant> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::RoutineFinished { at } => Some(*at),
            _ => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Ten pauses of random length at random moments, polled at random
    /// intervals: the routine ends exactly at its planned length plus the
    /// pauses.
    #[test]
    fn full_routine_with_ten_pauses_ends_at_plan_total_plus_pauses(
        pause_points in prop::collection::vec(0.0f64..1.0, 10),
        pause_lengths in prop::collection::vec(1u64..120_000_000_000, 10),
        poll_step_ms in 1u64..5_000,
    ) {
        let exercises = lower_back();
        let plan = gentle_plan(&exercises);
        let total = plan.total();
        // Active-time moments of the pauses, sorted; wall-clock moments
        // follow from the pauses before each.
        let mut points: Vec<Duration> = pause_points
            .iter()
            .map(|fraction| total.mul_f64(*fraction))
            .collect();
        points.sort();
        let mut schedule = Vec::new(); // (pause at, resume at), wall offsets
        let mut paused_so_far = Duration::ZERO;
        for (point, length) in points.iter().zip(&pause_lengths) {
            let length = Duration::from_nanos(*length);
            let pause_at = *point + paused_so_far;
            schedule.push((pause_at, pause_at + length));
            paused_so_far += length;
        }
        let clock = FakeClock::new(Instant::now());
        let mut session = Session::new(plan, clock.now());
        let mut events = Vec::new();
        let mut wall = Duration::ZERO;
        let step = Duration::from_millis(poll_step_ms);
        let end = total + paused_so_far + secs(10);
        let mut next_control = 0;
        while wall <= end {
            // Controls happen at their exact instants, between polls.
            while let Some(&(pause_at, resume_at)) = schedule.get(next_control) {
                if pause_at > wall {
                    break;
                }
                session.pause(clock.at(pause_at));
                prop_assert!(session.next_deadline().is_none());
                session.resume(clock.at(resume_at));
                next_control += 1;
            }
            events.extend(session.poll(clock.at(wall)));
            wall += step;
        }
        events.extend(session.poll(clock.at(end)));
        let expected = clock.at(total + paused_so_far);
        prop_assert_eq!(routine_finished_at(&events), vec![expected]);
        prop_assert_eq!(events.last(), Some(&Event::RoutineFinished { at: expected }));
        for pair in events.windows(2) {
            prop_assert!(pair[0].at() <= pair[1].at(), "events in time order");
        }
    }

    /// Polling often or once at the end gives the same events, instants
    /// included.
    #[test]
    fn events_do_not_depend_on_the_poll_rate(
        steps in prop::collection::vec(1u64..4_000, 1..400),
    ) {
        let exercises = lower_back();
        let clock = FakeClock::new(Instant::now());
        let mut often = Session::new(gentle_plan(&exercises), clock.now());
        let mut once = Session::new(gentle_plan(&exercises), clock.now());
        let total = often.plan().total();
        let mut events = Vec::new();
        let mut wall = Duration::ZERO;
        for step in steps {
            wall += Duration::from_millis(step);
            events.extend(often.poll(clock.at(wall)));
        }
        events.extend(often.poll(clock.at(total + secs(1))));
        let late = once.poll(clock.at(total + secs(1)));
        prop_assert_eq!(events, late);
    }
}

fn hold_sides(events: &[Event]) -> Vec<Option<Side>> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::PhaseStarted {
                phase: Phase::Hold,
                side,
                ..
            } => Some(*side),
            _ => None,
        })
        .collect()
}

fn side_switches(events: &[Event]) -> Vec<Side> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::SideSwitched { side, .. } => Some(*side),
            _ => None,
        })
        .collect()
}

fn run_to_end(plan: Plan) -> Vec<Event> {
    let clock = FakeClock::new(Instant::now());
    let total = plan.total();
    let mut session = Session::new(plan, clock.now());
    session.poll(clock.at(total))
}

#[test]
fn alternate_sides_go_left_right_left_right() {
    let knee = exercise("knee", Sides::Alternate, &ALL_ROLES, dose((15, 30), (2, 4)));
    let events = run_to_end(Plan::new(&[(&knee, gentle(&knee))], &Timings::default()));
    use Side::{Left, Right};
    assert_eq!(
        hold_sides(&events),
        vec![Some(Left), Some(Right), Some(Left), Some(Right)]
    );
    assert_eq!(side_switches(&events), vec![Right, Left, Right]);
}

#[test]
fn in_turn_sides_go_left_left_right_right() {
    let hamstring = exercise(
        "hamstring",
        Sides::InTurn,
        &ALL_ROLES,
        dose((15, 30), (2, 3)),
    );
    let events = run_to_end(Plan::new(
        &[(&hamstring, gentle(&hamstring))],
        &Timings::default(),
    ));
    use Side::{Left, Right};
    assert_eq!(
        hold_sides(&events),
        vec![Some(Left), Some(Left), Some(Right), Some(Right)]
    );
    assert_eq!(side_switches(&events), vec![Right]);
    // The switch comes just before the get-ready of the right side.
    let switch = events
        .iter()
        .position(|event| matches!(event, Event::SideSwitched { .. }));
    assert!(matches!(
        switch.and_then(|index| events.get(index + 1)),
        Some(Event::PhaseStarted {
            phase: Phase::GetReady,
            side: Some(Side::Right),
            ..
        })
    ));
}

#[test]
fn repeat_two_more_times_gives_three_holds_at_gentle() {
    // "Repeat 2–4 times more" is written as repetitions (3, 5).
    let press_up = exercise("press-up", Sides::None, &ALL_ROLES, dose((15, 30), (3, 5)));
    let events = run_to_end(Plan::new(
        &[(&press_up, gentle(&press_up))],
        &Timings::default(),
    ));
    let holds = events
        .iter()
        .filter(|event| matches!(event, Event::HoldCompleted { .. }))
        .count();
    assert_eq!(holds, 3);
    let strong = resolve(&press_up.dose, &ExerciseChoice::at(Intensity::Strong)).dose;
    let events = run_to_end(Plan::new(&[(&press_up, strong)], &Timings::default()));
    let holds = events
        .iter()
        .filter(|event| matches!(event, Event::HoldCompleted { .. }))
        .count();
    assert_eq!(holds, 5);
}

/// Press-up at Gentle with default timings: Read 8, GetReady 5, then
/// Move 3, Hold 15, Release 2, Rest 5 per repetition. The first hold runs
/// from 16 s to 31 s.
fn press_up_session(clock: &FakeClock) -> Session {
    let press_up = exercise("press-up", Sides::None, &ALL_ROLES, dose((15, 30), (3, 5)));
    let plan = Plan::new(&[(&press_up, gentle(&press_up))], &Timings::default());
    Session::new(plan, clock.now())
}

fn started_phases(events: &[Event]) -> Vec<(Phase, u32)> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::PhaseStarted { phase, rep, .. } => Some((*phase, *rep)),
            _ => None,
        })
        .collect()
}

#[test]
fn skipping_a_hold_starts_the_release_now_without_a_completion() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    session.poll(clock.at(secs(20)));
    assert_eq!(session.state(clock.at(secs(20))).phase, Phase::Hold);
    session.skip(clock.at(secs(20)));
    let events = session.poll(clock.at(secs(20)));
    assert_eq!(
        events
            .iter()
            .filter(|e| matches!(e, Event::HoldCompleted { .. }))
            .count(),
        0
    );
    assert_eq!(started_phases(&events), vec![(Phase::Release, 1)]);
    assert_eq!(events.first().map(Event::at), Some(clock.at(secs(20))));
    let state = session.state(clock.at(secs(20)));
    assert_eq!((state.phase, state.remaining), (Phase::Release, secs(2)));
    // Everything after moves 11 s earlier: the next hold starts at
    // 20 + 2 + 5 + 3 = 30 s instead of 41 s.
    assert_eq!(session.next_deadline(), Some(clock.at(secs(22))));
    let events = session.poll(clock.at(secs(30)));
    assert_eq!(
        started_phases(&events),
        vec![(Phase::Rest, 1), (Phase::Move, 2), (Phase::Hold, 2)]
    );
}

#[test]
fn a_late_skip_does_not_undo_a_hold_that_already_ended() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    // The hold ended at 31 s; nobody polled; skip at 32 s skips the release.
    session.skip(clock.at(secs(32)));
    let events = session.poll(clock.at(secs(32)));
    let completions: Vec<Instant> = events
        .iter()
        .filter_map(|event| match event {
            Event::HoldCompleted { at, .. } => Some(*at),
            _ => None,
        })
        .collect();
    assert_eq!(completions, vec![clock.at(secs(31))]);
    assert_eq!(session.state(clock.at(secs(32))).phase, Phase::Rest);
}

#[test]
fn skipping_the_last_phase_finishes_the_routine() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    let total = session.plan().total();
    // 1 s into the last release.
    let late = total - secs(1);
    session.poll(clock.at(late));
    assert_eq!(session.state(clock.at(late)).phase, Phase::Release);
    session.skip(clock.at(late));
    let events = session.poll(clock.at(late));
    assert_eq!(
        events,
        vec![
            Event::ExerciseFinished {
                exercise_index: 0,
                at: clock.at(late)
            },
            Event::RoutineFinished { at: clock.at(late) },
        ]
    );
    assert_eq!(session.state(clock.at(late)).phase, Phase::Done);
    session.skip(clock.at(total));
    session.back(clock.at(total));
    assert!(
        session.poll(clock.at(total + secs(60))).is_empty(),
        "nothing after the end"
    );
}

#[test]
fn skip_to_passes_several_phases_as_skips_and_back_to_returns_to_one() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    // 4 s into the first hold (16 s .. 31 s); phases: Read 0, Get ready 1,
    // Move 2, Hold 3, Release 4, Rest 5, Move 6.
    session.poll(clock.at(secs(20)));
    session.skip_to(clock.at(secs(20)), 6);
    let events = session.poll(clock.at(secs(20)));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::HoldCompleted { .. })),
        "a skipped hold is not done"
    );
    assert_eq!(
        started_phases(&events),
        vec![(Phase::Release, 1), (Phase::Rest, 1), (Phase::Move, 2)]
    );
    let state = session.state(clock.at(secs(20)));
    assert_eq!((state.phase_index, state.remaining), (Some(6), secs(3)));
    // Backwards or in place, skip_to does nothing.
    session.skip_to(clock.at(secs(21)), 6);
    session.skip_to(clock.at(secs(21)), 2);
    assert!(session.poll(clock.at(secs(21))).is_empty());

    // Back to the hold before: it starts again, whole.
    session.back_to(clock.at(secs(22)), 3);
    let events = session.poll(clock.at(secs(22)));
    assert_eq!(started_phases(&events), vec![(Phase::Hold, 1)]);
    let state = session.state(clock.at(secs(22)));
    assert_eq!((state.phase, state.remaining), (Phase::Hold, secs(15)));
    // Forward is not back.
    session.back_to(clock.at(secs(23)), 9);
    assert!(session.poll(clock.at(secs(23))).is_empty());

    // Skipping past the last phase ends the routine.
    let end = session.plan().phases().len();
    session.skip_to(clock.at(secs(24)), end);
    let events = session.poll(clock.at(secs(24)));
    assert_eq!(
        events.last(),
        Some(&Event::RoutineFinished {
            at: clock.at(secs(24))
        })
    );
}

#[test]
fn back_restarts_the_phase_or_goes_to_the_previous_one_within_two_seconds() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    // 5 s into the first hold (16 s .. 31 s): restart it.
    session.poll(clock.at(secs(21)));
    session.back(clock.at(secs(21)));
    let events = session.poll(clock.at(secs(21)));
    assert_eq!(started_phases(&events), vec![(Phase::Hold, 1)]);
    let state = session.state(clock.at(secs(21)));
    assert_eq!((state.phase, state.remaining), (Phase::Hold, secs(15)));
    assert_eq!(session.next_deadline(), Some(clock.at(secs(36))));

    // 1 s into the restarted hold: back goes to the start of the move.
    assert!(Duration::from_secs(1) < BACK_TO_PREVIOUS_WITHIN);
    session.back(clock.at(secs(22)));
    let events = session.poll(clock.at(secs(22)));
    assert_eq!(started_phases(&events), vec![(Phase::Move, 1)]);
    let state = session.state(clock.at(secs(22)));
    assert_eq!((state.phase, state.remaining), (Phase::Move, secs(3)));
    // Exactly at 2 s in, it restarts rather than going back.
    session.back(clock.at(secs(24)));
    let events = session.poll(clock.at(secs(24)));
    assert_eq!(started_phases(&events), vec![(Phase::Move, 1)]);

    // Within 2 s of the very first phase, back just restarts it.
    let mut fresh = press_up_session(&clock);
    fresh.poll(clock.at(Duration::ZERO));
    fresh.back(clock.at(secs(1)));
    assert_eq!(
        started_phases(&fresh.poll(clock.at(secs(1)))),
        vec![(Phase::Read, 1)]
    );
    assert_eq!(fresh.state(clock.at(secs(1))).remaining, secs(8));
}

#[test]
fn pause_shifts_everything_later_and_controls_work_while_paused() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    session.poll(clock.at(secs(20)));
    session.pause(clock.at(secs(20)));
    assert!(session.state(clock.at(secs(50))).paused);
    assert_eq!(session.state(clock.at(secs(50))).remaining, secs(11));
    assert!(
        session.poll(clock.at(secs(50))).is_empty(),
        "no hold ends while paused"
    );
    assert_eq!(session.next_deadline(), None);
    session.resume(clock.at(secs(50)));
    assert_eq!(session.next_deadline(), Some(clock.at(secs(61))));
    // Skip while paused keeps the pause.
    session.pause(clock.at(secs(55)));
    session.skip(clock.at(secs(56)));
    let state = session.state(clock.at(secs(90)));
    assert!(state.paused);
    assert_eq!((state.phase, state.remaining), (Phase::Release, secs(2)));
    session.toggle_pause(clock.at(secs(100)));
    assert_eq!(session.next_deadline(), Some(clock.at(secs(102))));
}

#[test]
fn stop_emits_nothing_ever_again() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    let total = session.plan().total();
    session.poll(clock.at(secs(10)));
    // Events are due by 20 s (get ready, move, hold started) but stop comes
    // first.
    session.stop(clock.at(secs(20)));
    assert!(session.poll(clock.at(secs(20))).is_empty());
    session.resume(clock.at(secs(21)));
    session.skip(clock.at(secs(22)));
    session.back(clock.at(secs(23)));
    assert!(session.poll(clock.at(total * 10)).is_empty());
    assert_eq!(session.next_deadline(), None);
    let state = session.state(clock.at(total * 10));
    assert!(state.stopped);
    assert_eq!(
        (state.phase, state.remaining),
        (Phase::Hold, secs(11)),
        "frozen at the stop"
    );
}

#[test]
fn the_first_poll_starts_the_first_phase_and_an_empty_plan_finishes() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    let first = session.poll(clock.now());
    assert_eq!(started_phases(&first), vec![(Phase::Read, 1)]);
    assert_eq!(session.next_deadline(), Some(clock.at(secs(8))));
    let mut empty = Session::new(Plan::default(), clock.now());
    assert_eq!(
        empty.poll(clock.now()),
        vec![Event::RoutineFinished { at: clock.now() }]
    );
    assert_eq!(empty.state(clock.now()).phase, Phase::Done);
}

// ---------------------------------------------------------------------------
// Property test: random doses, random controls, a well-ordered event stream.

#[derive(Debug, Clone, Copy)]
enum Control {
    Poll,
    Pause,
    Resume,
    Skip,
    Back,
    Stop,
}

fn control() -> impl Strategy<Value = Control> {
    prop_oneof![
        6 => Just(Control::Poll),
        2 => Just(Control::Pause),
        2 => Just(Control::Resume),
        2 => Just(Control::Skip),
        2 => Just(Control::Back),
        1 => Just(Control::Stop),
    ]
}

fn sides() -> impl Strategy<Value = Sides> {
    prop_oneof![
        Just(Sides::None),
        Just(Sides::Alternate),
        Just(Sides::InTurn)
    ]
}

fn random_exercise() -> impl Strategy<Value = Exercise> {
    (
        sides(),
        (1u32..40, 0u32..20),
        (1u32..5, 0u32..3),
        (0u32..4, 0u32..4, 0u32..6),
        any::<(bool, bool, bool)>(),
    )
        .prop_map(
            |(
                sides,
                (hold, hold_span),
                (reps, reps_span),
                (move_s, release_s, rest_s),
                (setup, move_step, release_step),
            )| {
                let mut roles = Vec::new();
                if setup {
                    roles.push(Role::Setup);
                }
                if move_step {
                    roles.push(Role::Move);
                }
                roles.push(Role::Hold);
                if release_step {
                    roles.push(Role::Release);
                }
                let dose = Dose {
                    hold_seconds: Range(hold, hold + hold_span),
                    repetitions: Range(reps, reps + reps_span),
                    move_seconds: move_s,
                    release_seconds: release_s,
                    rest_seconds: rest_s,
                };
                exercise("random", sides, &roles, dose)
            },
        )
}

fn intensity() -> impl Strategy<Value = Intensity> {
    prop_oneof![
        Just(Intensity::Gentle),
        Just(Intensity::Standard),
        Just(Intensity::Strong)
    ]
}

/// Checks the stream of one session's events; `stopped` says whether stop
/// was pressed.
fn check_stream(events: &[Event], stopped: bool) -> Result<(), TestCaseError> {
    let mut last_started: Option<(Phase, usize)> = None;
    for (index, event) in events.iter().enumerate() {
        if index > 0 {
            prop_assert!(
                events[index - 1].at() <= event.at(),
                "time order at {}",
                index
            );
        }
        match event {
            Event::PhaseStarted {
                phase, phase_index, ..
            } => {
                last_started = Some((*phase, *phase_index));
            }
            Event::HoldCompleted { phase_index, .. } => {
                prop_assert_eq!(
                    last_started,
                    Some((Phase::Hold, *phase_index)),
                    "a completion follows the start of its own hold"
                );
                // A second completion needs a new start.
                last_started = None;
            }
            Event::RoutineFinished { .. } => {
                prop_assert_eq!(index, events.len() - 1, "nothing after RoutineFinished");
            }
            _ => {}
        }
    }
    let finished = routine_finished_at(events).len();
    if stopped {
        prop_assert!(finished <= 1);
    } else {
        prop_assert_eq!(finished, 1);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_doses_and_controls_give_a_well_ordered_stream(
        exercises in prop::collection::vec(random_exercise(), 0..4),
        intensities in prop::collection::vec(intensity(), 4),
        controls in prop::collection::vec((0u64..20_000, control()), 0..60),
        get_ready in 0u64..6,
        setup_read in 0u64..9,
    ) {
        let resolved: Vec<(&Exercise, ResolvedDose)> = exercises
            .iter()
            .zip(&intensities)
            .map(|(e, i)| (e, resolve(&e.dose, &ExerciseChoice::at(*i)).dose))
            .collect();
        let timings = Timings {
            get_ready: secs(get_ready),
            setup_read: secs(setup_read),
            rest: None,
        };
        let plan = Plan::new(&resolved, &timings);
        let total = plan.total();
        let holds_in_plan = plan.phases().iter().filter(|p| p.phase == Phase::Hold).count();
        let clock = FakeClock::new(Instant::now());
        let mut session = Session::new(plan, clock.now());
        let mut events = Vec::new();
        let mut stopped = false;
        let mut moved = false; // skip or back changed the timeline
        let mut paused_time = Duration::ZERO;
        let mut paused_since: Option<Duration> = None;
        let mut wall = Duration::ZERO;
        for (delay_ms, control) in controls {
            wall += Duration::from_millis(delay_ms);
            let now = clock.at(wall);
            match control {
                Control::Poll => {}
                Control::Pause => session.pause(now),
                Control::Resume => session.resume(now),
                Control::Skip => session.skip(now),
                Control::Back => session.back(now),
                Control::Stop => session.stop(now),
            }
            // Track pauses and timeline moves as the engine should have
            // taken them (a pause counts only while the routine runs).
            match control {
                Control::Pause if !stopped && paused_since.is_none() && !session.is_finished() => {
                    paused_since = Some(wall);
                }
                Control::Resume => {
                    if let Some(since) = paused_since.take() {
                        paused_time += wall - since;
                    }
                }
                Control::Skip | Control::Back if !stopped => moved = true,
                Control::Stop => stopped = true,
                _ => {}
            }
            let polled = session.poll(now);
            if stopped {
                prop_assert!(polled.is_empty(), "nothing after stop");
            }
            events.extend(polled);
        }
        // Let the routine run out.
        let end = wall + total + paused_time + secs(1);
        session.resume(clock.at(wall));
        if let Some(since) = paused_since.take() {
            paused_time += wall - since;
        }
        let last = session.poll(clock.at(end));
        if stopped {
            prop_assert!(last.is_empty(), "nothing after stop");
        }
        events.extend(last);
        check_stream(&events, stopped)?;
        prop_assert!(session.poll(clock.at(end + secs(3600))).is_empty());
        if !stopped && !moved {
            // Untouched timeline: every hold completes and the routine ends
            // exactly at its length plus the pauses.
            let completions = events.iter().filter(|e| matches!(e, Event::HoldCompleted { .. })).count();
            prop_assert_eq!(completions, holds_in_plan);
            prop_assert_eq!(routine_finished_at(&events), vec![clock.at(total + paused_time)]);
        }
    }
}

#[test]
fn an_earlier_now_never_rewinds_the_session() {
    let clock = FakeClock::new(Instant::now());
    let mut session = press_up_session(&clock);
    let events = session.poll(clock.at(secs(20)));
    assert!(!events.is_empty());
    // A caller passing an older instant (a bug) sees the latest state, and
    // no event is emitted twice.
    assert!(session.poll(clock.at(secs(10))).is_empty());
    assert_eq!(
        session.state(clock.at(secs(10))),
        session.state(clock.at(secs(20)))
    );
    assert_eq!(session.state(clock.at(secs(10))).phase, Phase::Hold);
}
