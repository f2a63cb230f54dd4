//! The coach against the real session engine and a fake clock: what it
//! schedules as the session starts, pauses, resumes, skips, goes back and
//! stops, and what a whole routine says.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;
use crate::content::Library;
use crate::profile::Settings;
use crate::session::phases::Phase;
use crate::sound::Cue;
use crate::speech::RecordingSpeaker;
use crate::testing::{FakeClock, RecordingPlayer};
use crate::time::Clock;

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

/// The shipped Lower back routine at Gentle with default settings: its
/// timeline.
fn lower_back(options: CoachOptions) -> Timeline {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    let routine = library.routine("lower-back").expect("shipped routine");
    let prescribed =
        crate::prescription::prescribe_at(&library, routine, crate::dose::Intensity::Gentle);
    timeline(&prescribed, &Settings::default(), options)
}

fn phase_index(timeline: &Timeline, phase: Phase, exercise: usize, nth: usize) -> usize {
    timeline
        .plan()
        .phases()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.phase == phase && p.exercise_index == exercise)
        .nth(nth)
        .map(|(index, _)| index)
        .expect("planned phase")
}

#[test]
fn start_schedules_every_cue_at_the_start_plus_its_offset() {
    let timeline = lower_back(CoachOptions::default());
    let clock = FakeClock::new(Instant::now());
    let session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    let orders = coach.start(&session, clock.now());
    assert!(orders.cancel);
    assert_eq!(orders.cues.len(), timeline.cues().len());
    for (scheduled, cue) in orders.cues.iter().zip(timeline.cues()) {
        assert_eq!(scheduled.at, clock.at(cue.at));
        assert_eq!(scheduled.kind, cue.kind);
    }
}

#[test]
fn a_pause_cancels_and_resuming_shifts_what_is_left_by_the_pause() {
    let timeline = lower_back(CoachOptions::default());
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now());

    clock.set(secs(20.5));
    session.pause(clock.now());
    let paused = coach.pause(clock.now());
    assert!(paused.cancel, "the words are cut");
    assert_eq!(paused.words(), vec!["Paused."]);
    assert!(paused.sounds().is_empty());
    assert_eq!(paused.cues[0].at, clock.now());

    clock.set(secs(50.5));
    session.resume(clock.now());
    let orders = coach.resume(&session, clock.now());
    assert!(orders.cancel);
    // "Going on." now (the countdown is seconds away), then the rest.
    assert_eq!(
        orders.cues[0],
        Scheduled {
            at: clock.now(),
            kind: CueKind::Say("Going on.".into())
        }
    );
    let left = timeline.after(secs(20.5));
    assert_eq!(orders.cues.len(), left.len() + 1);
    for (scheduled, cue) in orders.cues[1..].iter().zip(left) {
        // 30 s later than planned, nothing before the resume.
        assert_eq!(scheduled.at, clock.at(cue.at + secs(30.0)));
        assert!(scheduled.at > clock.now());
    }
}

#[test]
fn skipping_a_hold_starts_the_next_phase_now_without_the_chime() {
    let timeline = lower_back(CoachOptions::default());
    let hold = phase_index(&timeline, Phase::Hold, 0, 0);
    let hold_start = timeline.plan().phases()[hold].start;
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now());

    clock.set(hold_start + secs(4.0));
    let from = session.state(clock.now()).phase_index;
    session.skip(clock.now());
    let orders = coach.jump(&session, clock.now(), from);
    assert!(orders.cancel);
    let first = &orders.cues[0];
    assert_eq!(first.at, clock.now());
    // The press-up's release says its own line.
    assert_eq!(first.kind, CueKind::Say("Lower and rest.".into()));
    let now_sounds: Vec<Cue> = orders
        .cues
        .iter()
        .filter(|cue| cue.at == clock.now())
        .filter_map(|cue| match cue.kind {
            CueKind::Sound(sound) => Some(sound),
            CueKind::Say(_) => None,
        })
        .collect();
    assert!(now_sounds.is_empty(), "no chime for a skipped hold");
    // The rest of the routine moved 11 s earlier (15 s hold, 4 s done).
    let release_start = timeline.plan().phases()[hold + 1].start;
    let later = timeline.after(release_start);
    assert_eq!(orders.cues.len(), 1 + later.len());
    for (scheduled, cue) in orders.cues[1..].iter().zip(later) {
        assert_eq!(scheduled.at, clock.at(cue.at - secs(11.0)));
    }
}

#[test]
fn back_into_the_previous_side_says_the_switch_and_restarts_there() {
    let timeline = lower_back(CoachOptions::default());
    // Knee to chest alternates: its second move is the right side's.
    let right_move = phase_index(&timeline, Phase::Move, 1, 1);
    let start = timeline.plan().phases()[right_move].start;
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now());

    // Within 2 s of the move's start, back goes to the rest before it.
    clock.set(start + secs(1.0));
    let from = session.state(clock.now()).phase_index;
    session.back(clock.now());
    let orders = coach.jump(&session, clock.now(), from);
    assert_eq!(orders.cues[0].kind, CueKind::Sound(Cue::Switch));
    // A side switch says the side that comes, however it is entered.
    assert_eq!(
        orders.cues[1].kind,
        CueKind::Say("Switch to the right leg.".into())
    );
    assert!(orders.cues[..2].iter().all(|cue| cue.at == clock.now()));
}

#[test]
fn a_skip_while_paused_is_announced_on_resume() {
    let timeline = lower_back(CoachOptions::default());
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now());

    clock.set(secs(3.0));
    session.pause(clock.now());
    coach.pause(clock.now());
    let from = session.state(clock.now()).phase_index;
    session.skip(clock.now());
    let orders = coach.jump(&session, clock.now(), from);
    assert_eq!(orders, Orders::cancel_only(), "nothing while paused");

    clock.set(secs(9.0));
    session.resume(clock.now());
    let orders = coach.resume(&session, clock.now());
    assert_eq!(orders.cues[0].at, clock.now());
    assert_eq!(orders.cues[0].kind, CueKind::Say("Get ready.".into()));
}

#[test]
fn skipping_the_last_phase_finishes_now_and_stop_only_cancels() {
    let timeline = lower_back(CoachOptions::default());
    let last = timeline.plan().phases().len() - 1;
    let clock = FakeClock::new(Instant::now());
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now());
    clock.set(timeline.plan().phases()[last].start + secs(0.5));
    session.skip(clock.now());
    let orders = coach.jump(&session, clock.now(), Some(last));
    assert_eq!(orders.sounds(), vec![Cue::Finish]);
    assert_eq!(
        orders.words(),
        vec!["Routine done: 3 exercises, 5 minutes."]
    );
    assert!(orders.cues.iter().all(|cue| cue.at == clock.now()));
    assert_eq!(coach.stop(), Orders::cancel_only());
    // A stopped session reaches no instant: resuming it schedules nothing.
    session.stop(clock.now());
    assert!(coach.resume(&session, clock.now()).cues.is_empty());
}

/// Runs the whole routine on the fake clock, pausing once in the middle of
/// a line's wait, with the orders sent to recording workers; returns what
/// the speaker said and what the player was left with.
fn run_whole_routine(options: CoachOptions) -> (Timeline, RecordingSpeaker, RecordingPlayer) {
    let timeline = lower_back(options);
    let clock = Arc::new(FakeClock::new(Instant::now()));
    let speaker = RecordingSpeaker::new(clock.clone());
    let audio = RecordingPlayer::new();
    let mut session = Session::new(timeline.plan().clone(), clock.now());
    let mut coach = Coach::new(timeline.clone());
    coach.start(&session, clock.now()).send(&audio, &speaker);

    // Pause for a minute during the first hold, after "Hold for 15
    // seconds…" and before the countdown.
    let hold = phase_index(&timeline, Phase::Hold, 0, 0);
    let pause_at = timeline.plan().phases()[hold].start + secs(5.0);
    clock.set(pause_at);
    session.pause(clock.now());
    coach.pause(clock.now()).send(&audio, &speaker);
    clock.advance(secs(60.0));
    session.resume(clock.now());
    coach.resume(&session, clock.now()).send(&audio, &speaker);

    clock.set(timeline.total() + secs(61.0));
    assert!(
        session
            .poll(clock.now())
            .iter()
            .any(|event| matches!(event, crate::session::engine::Event::RoutineFinished { .. }))
    );
    (timeline, speaker, audio)
}

#[test]
fn the_whole_lower_back_routine_says_every_line_in_order_across_a_pause() {
    let (timeline, speaker, audio) = run_whole_routine(CoachOptions::default());
    let expected: Vec<String> = timeline
        .cues()
        .iter()
        .filter_map(|cue| match &cue.kind {
            CueKind::Say(text) => Some(text.clone()),
            CueKind::Sound(_) => None,
        })
        .collect();
    let spoken = speaker.spoken();
    // The pause and the going on are said where they happened, once each.
    let paused = spoken.iter().position(|line| line == "Paused.");
    let going_on = spoken.iter().position(|line| line == "Going on.");
    assert!(
        paused.is_some_and(|p| going_on == Some(p + 1)),
        "{spoken:?}"
    );
    assert_eq!(
        spoken[..paused.unwrap_or(0)].last().map(String::as_str),
        Some("Hold for 15 seconds."),
        "paused during the first hold"
    );
    let spoken: Vec<String> = spoken
        .into_iter()
        .filter(|line| line != "Paused." && line != "Going on.")
        .collect();
    assert_eq!(spoken, expected);
    // The start clears anything left over; the pause cuts speech; the
    // resume replaces what was scheduled.
    assert_eq!(speaker.stops().len(), 3);
    assert_eq!(audio.cancels(), 3);
    // The lines a person hears, spot-checked from the shipped content.
    let first = |prefix: &str| {
        spoken
            .iter()
            .find(|line| line.starts_with(prefix))
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        spoken[0],
        "Press-up on forearms. Lie on your stomach, propped up on your forearms."
    );
    // Between exercises, a breather names the one done and the next; the
    // next one's first card then goes straight to its words.
    assert_eq!(
        first("Press-up on forearms done"),
        "Press-up on forearms done. Up next: Knee to chest."
    );
    assert_eq!(
        first("Lie on your back, knees"),
        "Lie on your back, knees bent."
    );
    assert_eq!(first("Left leg."), "Left leg. Get ready.");
    // The other side's move names the side and says the movement.
    assert_eq!(first("Right leg"), "Right leg. Knee to chest.");
    assert!(spoken.contains(&"Lower and rest.".to_owned()));
    assert!(spoken.contains(&"Knee to chest done. Up next: Partial crunch.".to_owned()));
    // The crunch: its first repetition in full, the others counted, with
    // "Halfway." once; no "Rest." between the lifts.
    let crunch: Vec<&str> = spoken
        .iter()
        .skip_while(|line| !line.starts_with("Knee to chest done"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        crunch,
        vec![
            "Knee to chest done. Up next: Partial crunch.",
            "Lie on your back, knees bent, arms crossed.",
            "Get ready.",
            "Breathe out, lift a little.",
            "Hold.",
            "Lower slowly; don't drop back.",
            "Two.",
            "Three.",
            "Four.",
            "Five. Halfway.",
            "Six.",
            "Seven.",
            "Eight.",
            "Last one.",
            "Routine done: 3 exercises, 5 minutes.",
        ]
    );
    // Each exercise's key caution once, at its first repetition.
    for caution in [
        "Press up; keep your hips down.",
        "Hold for 15 seconds. Keep your lower back on the floor.",
        "Lower slowly; don't drop back.",
    ] {
        assert_eq!(
            spoken
                .iter()
                .filter(|line| line.as_str() == caution)
                .count(),
            1,
            "{caution}"
        );
    }
    assert_eq!(
        spoken.last().map(String::as_str),
        Some("Routine done: 3 exercises, 5 minutes.")
    );
    // Sounds were scheduled too, each no earlier than the routine's start.
    assert!(!audio.scheduled().is_empty());
}

#[test]
fn speech_off_says_nothing_in_a_whole_routine() {
    let options = CoachOptions {
        speech: false,
        ..CoachOptions::default()
    };
    let (_, speaker, audio) = run_whole_routine(options);
    assert!(speaker.spoken().is_empty());
    assert!(audio.scheduled().iter().any(|(_, cue)| *cue == Cue::Tick));
}
