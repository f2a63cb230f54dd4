//! The cue timeline is the player's: the same plan, and the same sounds at
//! the same instants as the player made from the engine's events before
//! the coach scheduled them (those rules are kept below as the reference).

use std::time::{Duration, Instant};

use limber_core::coach::{self, CoachOptions, CueKind, Timeline};
use limber_core::content::Library;
use limber_core::prescription;
use limber_core::profile::Settings;
use limber_core::session::dose::Intensity;
use limber_core::session::engine::{Event, Session};
use limber_core::session::phases::Phase;
use limber_core::session::stage::{Look, SHORT_HOLD};
use limber_core::sound::Cue;

mod common;

fn shipped() -> Library {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    library
}

/// The sounds the player made before the coach, from the engine's events,
/// polled every 10 ms on exact instants (every phase lasts whole seconds,
/// so each boundary falls on a poll): every sound with its offset from the
/// start. These are that player's rules, word for word:
///
/// * a completed hold chimes; a side switch plays the switch sound;
/// * a Move phase starting plays the switch sound, unless a chime or a
///   switch sound already marks that instant;
/// * the routine's end plays the finish sound;
/// * with ticks on, each of the last three seconds of a hold ticks once,
///
/// and one rule the paced player added: in a set of short holds (every
/// hold of the exercise [`SHORT_HOLD`] or less) the repetitions after the
/// first are counted, not ticked.
fn players_sounds(
    library: &Library,
    routine: &str,
    intensity: Intensity,
    settings: &Settings,
) -> (Vec<(Duration, Cue)>, Duration) {
    let routine = library.routine(routine).expect("shipped routine");
    let prescribed = prescription::prescribe_at(library, routine, intensity);
    let plan = prescription::plan(&prescribed, settings);
    let total = plan.total();
    let reference = plan.clone();
    let counted = |index: usize| {
        let plan = &reference;
        let Some(hold) = plan.phase(index) else {
            return false;
        };
        let short_set = plan
            .phases()
            .iter()
            .filter(|p| p.exercise_index == hold.exercise_index && p.phase == Phase::Hold)
            .all(|p| p.duration <= SHORT_HOLD);
        short_set && hold.rep > 1
    };
    let start = Instant::now();
    let mut session = Session::new(plan, start);
    let mut last_tick: Option<(usize, u64)> = None;
    let mut sounds = Vec::new();
    let step = Duration::from_millis(10);
    let mut offset = Duration::ZERO;
    loop {
        let now = start + offset;
        let mut cues = Vec::new();
        let mut finished = false;
        for event in session.poll(now) {
            match event {
                Event::HoldCompleted { .. } => cues.push(Cue::HoldComplete),
                Event::SideSwitched { .. } => cues.push(Cue::Switch),
                Event::PhaseStarted {
                    phase: Phase::Move, ..
                } if !cues.contains(&Cue::Switch) && !cues.contains(&Cue::HoldComplete) => {
                    cues.push(Cue::Switch);
                }
                Event::RoutineFinished { .. } => {
                    finished = true;
                    cues.push(Cue::Finish);
                }
                _ => {}
            }
        }
        // No voice in these runs: the countdown's ticks are the player's.
        if !finished && settings.countdown.ticks(false) {
            let state = session.state(now);
            let seconds_left = state.remaining.as_millis().div_ceil(1000) as u64;
            let index = state.phase_index.expect("in a phase");
            if state.phase == Phase::Hold && (1..=3).contains(&seconds_left) && !counted(index) {
                let key = (index, seconds_left);
                if last_tick != Some(key) {
                    last_tick = Some(key);
                    cues.push(Cue::Tick);
                }
            }
        }
        sounds.extend(cues.into_iter().map(|cue| (offset, cue)));
        if finished {
            break;
        }
        assert!(offset <= total, "the session never finished");
        offset += step;
    }
    (sounds, total)
}

fn timeline_of(
    library: &Library,
    routine: &str,
    intensity: Intensity,
    settings: &Settings,
    options: CoachOptions,
) -> Timeline {
    let routine = library.routine(routine).expect("shipped routine");
    let prescribed = prescription::prescribe_at(library, routine, intensity);
    coach::timeline(&prescribed, settings, options)
}

fn timeline_sounds(timeline: &Timeline) -> Vec<(Duration, Cue)> {
    timeline
        .cues()
        .iter()
        .filter_map(|cue| match cue.kind {
            CueKind::Sound(sound) => Some((cue.at, sound)),
            CueKind::Say(_) => None,
        })
        .collect()
}

#[test]
fn the_timelines_sounds_are_the_players_for_whole_routines() {
    let library = shipped();
    let no_ticks = Settings {
        countdown: limber_core::profile::Countdown::Off,
        ..Settings::default()
    };
    for routine in ["lower-back", "hips", "full"] {
        for intensity in Intensity::ALL {
            for settings in [Settings::default(), no_ticks.clone()] {
                let (played, total) = players_sounds(&library, routine, intensity, &settings);
                // The player ticks whenever ticks are on; the timeline does
                // so when the voice does not count instead.
                let options = CoachOptions {
                    speech: false,
                    countdown: settings.countdown,
                };
                let timeline = timeline_of(&library, routine, intensity, &settings, options);
                assert_eq!(timeline.total(), total);
                assert_eq!(
                    timeline_sounds(&timeline),
                    played,
                    "{routine} at {intensity:?}, countdown {:?}",
                    settings.countdown
                );
            }
        }
    }
}

#[test]
fn the_timeline_follows_the_plan_the_player_runs() {
    let library = shipped();
    let settings = Settings {
        get_ready_seconds: 7,
        rest_seconds: Some(9),
        setup_read_seconds: 4,
        ..Settings::default()
    };
    let routine = library.routine("full").expect("shipped routine");
    let prescribed = prescription::prescribe_at(&library, routine, Intensity::Standard);
    let plan = prescription::plan(&prescribed, &settings);
    let timeline = coach::timeline(&prescribed, &settings, coach::options(&settings));
    assert_eq!(timeline.plan(), &plan);
    assert_eq!(timeline.total(), plan.total());
    // Every stage the player shows starts with words, at its planned
    // start, and no cue falls outside the plan. (Inside a stage a phase
    // may be silent: the hold and rest of a counted repetition, a rest
    // that says what its release said.)
    let stages = timeline.stages().all();
    assert_eq!(stages.last().map(|s| s.end), Some(plan.phases().len()));
    for stage in stages {
        let starts_with_words = timeline.cues().iter().any(|cue| {
            cue.at == stage.start
                && cue.phase_index == stage.first
                && matches!(cue.kind, CueKind::Say(_))
        });
        assert!(
            starts_with_words,
            "stage at phase {} ({:?})",
            stage.first, stage.look
        );
    }
    assert!(timeline.cues().iter().all(|cue| cue.at <= plan.total()));
    assert!(
        timeline
            .cues()
            .windows(2)
            .all(|pair| pair[0].at <= pair[1].at),
        "in time order"
    );
}

/// `limber show lower-back --timeline`: one line per stage the player
/// shows at its start, the end, and the plan's total.
#[test]
fn the_printed_cue_sheet_lists_the_plan_the_player_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = common::cli::limber(
        &["show", "lower-back", "--timeline", "--intensity", "gentle"],
        dir.path(),
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let library = shipped();
    let routine = library.routine("lower-back").expect("shipped routine");
    let prescribed = prescription::prescribe_at(&library, routine, Intensity::Gentle);
    let settings = Settings::default();
    let plan = prescription::plan(&prescribed, &settings);
    let timeline = coach::timeline(&prescribed, &settings, coach::options(&settings));
    assert_eq!(timeline.plan(), &plan);
    let mut expected: Vec<String> = timeline
        .stages()
        .all()
        .iter()
        .map(|stage| {
            // The sheet's English stage names (`cli-cue-stage`).
            let label = match stage.look {
                Look::UpNext => "Up next",
                Look::Read => "Setup",
                Look::GetReady => "Get ready",
                Look::Move => "Move",
                Look::Hold => "Hold",
                Look::Relax => "Relax",
                Look::Rest => "Rest",
                Look::SideSwitch => "Switch",
                Look::Working => "Repeat",
            };
            format!("{} {label}", limber_core::words::offset(stage.start))
        })
        .collect();
    expected.push(format!("{} Done", limber_core::words::offset(plan.total())));

    // Phase lines: an offset, then the phase's name in its column (cue
    // lines have that column empty).
    let phase_lines: Vec<String> = text
        .lines()
        .filter_map(|line| {
            let (at, rest) = line.trim_start().split_once("  ")?;
            let label = rest.get(..10).unwrap_or(rest).trim_end();
            let is_offset = at.contains(':') && at.contains('.');
            (is_offset && !label.is_empty() && !rest.starts_with(' '))
                .then(|| format!("{at} {label}"))
        })
        .collect();
    assert_eq!(phase_lines, expected);
    let total = format!(
        "Total: {} (4 min 42 s)",
        limber_core::words::offset(plan.total())
    );
    assert_eq!(text.lines().last(), Some(total.as_str()));
    // The words a person hears first, last, and on the other side.
    assert!(text.contains("say    \"Press-up on forearms done. Up next: Knee to chest.\""));
    assert!(text.contains("say    \"Lie on your back, knees bent.\""));
    // The crunch's short holds: counted after the first, one line each.
    assert!(text.contains("say    \"Two.\""));
    assert!(text.contains("say    \"Last one.\""));
    assert_eq!(text.matches("Halfway").count(), 1);
    assert!(text.contains("say    \"Right leg. Knee to chest.\""));
    // Each exercise's key caution, once.
    for caution in [
        "say    \"Press up; keep your hips down.\"",
        "say    \"Hold for 15 seconds. Keep your lower back on the floor.\"",
        "say    \"Lower slowly; don't drop back.\"",
    ] {
        assert_eq!(text.matches(caution).count(), 1, "{caution}");
    }
    assert!(
        !text.contains("note "),
        "no line runs into the next:\n{text}"
    );
    assert!(text.contains("say    \"Routine done: 3 exercises, 5 minutes.\""));
}
