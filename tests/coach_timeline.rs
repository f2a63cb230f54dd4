//! The cue timeline is the player's: the same plan, and the same sounds at
//! the same instants as today's player makes from the engine's events.

use std::process::Command;
use std::time::{Duration, Instant};

use limber::audio::Cue;
use limber::coach::{self, CoachOptions, CueKind, Timeline};
use limber::content::Library;
use limber::prescription::{self, ExerciseSummary};
use limber::profile::Settings;
use limber::session::dose::Intensity;
use limber::ui::screen::player::{Action, Message, Player};

fn shipped() -> Library {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    library
}

/// Today's player through a whole routine, ticked every 10 ms on exact
/// instants (every phase lasts whole seconds, so each boundary falls on a
/// tick): every sound with its offset from the start.
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
    let start = Instant::now();
    let summaries = prescribed.iter().map(ExerciseSummary::of).collect();
    let mut player = Player::new(
        limber::ui::screen::player::Start {
            routine_id: routine.id.clone(),
            routine_title: routine.title.clone(),
            plan,
            exercises: summaries,
            ticks: settings.ticks,
            pain_before: None,
            started_at: 0,
        },
        start,
    );
    let mut sounds = Vec::new();
    let step = Duration::from_millis(10);
    let mut offset = Duration::ZERO;
    loop {
        let cues = match player.update(Message::Tick, start + offset) {
            Action::None => Vec::new(),
            Action::Play(cues) => cues,
            Action::Finished(_, cues) => {
                sounds.extend(cues.into_iter().map(|cue| (offset, cue)));
                break;
            }
        };
        sounds.extend(cues.into_iter().map(|cue| (offset, cue)));
        assert!(offset <= total, "the player never finished");
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
        ticks: false,
        ..Settings::default()
    };
    for routine in ["lower-back", "hips", "full"] {
        for intensity in Intensity::ALL {
            for settings in [Settings::default(), no_ticks.clone()] {
                let (played, total) = players_sounds(&library, routine, intensity, &settings);
                // The player ticks whenever ticks are on; the timeline does
                // so when the voice does not count instead.
                let options = CoachOptions {
                    ticks: settings.ticks,
                    speech: false,
                    ..CoachOptions::default()
                };
                let timeline = timeline_of(&library, routine, intensity, &settings, options);
                assert_eq!(timeline.total(), total);
                assert_eq!(
                    timeline_sounds(&timeline),
                    played,
                    "{routine} at {intensity:?}, ticks {}",
                    settings.ticks
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
    // Every phase starts with words, at its planned start, and no cue
    // falls outside the plan.
    for (index, phase) in plan.phases().iter().enumerate() {
        let starts_with_words = timeline.cues().iter().any(|cue| {
            cue.at == phase.start && cue.phase_index == index && matches!(cue.kind, CueKind::Say(_))
        });
        assert!(starts_with_words, "phase {index} ({:?})", phase.phase);
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

/// `limber show lower-back --timeline`: one line per planned phase at its
/// start, the end, and the plan's total.
#[test]
fn the_printed_cue_sheet_lists_the_plan_the_player_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(["show", "lower-back", "--timeline", "--intensity", "gentle"])
        .env("LIMBER_DATA_DIR", dir.path())
        .output()
        .expect("limber runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let library = shipped();
    let routine = library.routine("lower-back").expect("shipped routine");
    let prescribed = prescription::prescribe_at(&library, routine, Intensity::Gentle);
    let plan = prescription::plan(&prescribed, &Settings::default());
    let mut expected: Vec<String> = plan
        .phases()
        .iter()
        .map(|phase| {
            format!(
                "{} {}",
                coach::sheet::offset(phase.start),
                phase.phase.label()
            )
        })
        .collect();
    expected.push(format!("{} Done", coach::sheet::offset(plan.total())));

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
    let total = format!("Total: {} (4 min 32 s)", coach::sheet::offset(plan.total()));
    assert_eq!(text.lines().last(), Some(total.as_str()));
    // The words a person hears first, last, and on the other side.
    assert!(text.contains("say    \"Knee to chest. Lie on your back, knees bent.\""));
    assert!(text.contains("say    \"Switch to the right leg.\""));
    assert!(text.contains("say    \"Routine done: 3 exercises, 5 minutes.\""));
}
