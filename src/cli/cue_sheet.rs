//! The cue sheet: `limber show ROUTINE --timeline` prints every stage of
//! the plan (as the player shows it: a phase, or a repetition of short
//! holds, or a release and the rest said as one) with its start offset, and under it each sound and each spoken
//! line with its own offset, so an author can proofread what the coach will
//! play and say, and when:
//!
//! ```text
//!   1:42.000  Hold       Knee to chest · rep 1 of 2 · left leg · 15 s
//!                        say    "Hold for 15 seconds. Keep your lower back on the floor."
//!   1:54.000             say    "3"
//! ```
//!
//! A line that may take longer to say than the time to the next words gets
//! a `note` (see `phrases::speaking_time`).

use std::io::{self, Write};
use std::time::Duration;

use limber_core::coach::phrases;
use limber_core::coach::timeline::{CoachOptions, Countdown, CueKind, TimedCue, Timeline};
use limber_core::content::schema::Exercise;
use limber_core::session::phases::{Phase, PlannedPhase};
use limber_core::session::stage::Look;
use limber_core::t;
use limber_core::terminal::{columns, pad_end};
use limber_core::words::{duration as format_duration, offset, side_name};

/// The options in words, for the sheet's second line.
pub fn options_line(options: &CoachOptions) -> String {
    let ticks = if options.tick_sounds() {
        "last-seconds"
    } else if options.voice_count() {
        "voice-counts"
    } else {
        "none"
    };
    let voice = if options.speech {
        match options.countdown {
            Countdown::Off => "silent",
            Countdown::Ticks => "ticks",
            Countdown::Voice => "voice",
            Countdown::Both => "both",
        }
    } else {
        "off"
    };
    t!("cli-cue-options", ticks = ticks, voice = voice)
}

/// The sheet's columns in the language in use, in terminal columns (a
/// Chinese character takes two): the stage names' and the cue kinds'
/// (padded to one width: a language's longer word widens the column for
/// all).
struct Columns {
    stage: usize,
    kinds: [String; 3],
}

impl Columns {
    fn new() -> Columns {
        let stage = ALL_LOOKS
            .iter()
            .map(|look| columns(&stage_name(*look)))
            .fold(STAGE_COLUMN, usize::max);
        let kinds = [t!("cli-cue-sound"), t!("cli-cue-say"), t!("cli-cue-note")];
        let width = kinds.iter().map(|kind| columns(kind)).max().unwrap_or(0);
        Columns {
            stage,
            kinds: kinds.map(|kind| pad_end(&kind, width)),
        }
    }
}

/// The stage column's least width (English's names fit).
const STAGE_COLUMN: usize = 10;

const ALL_LOOKS: [Look; 9] = [
    Look::UpNext,
    Look::Read,
    Look::GetReady,
    Look::Move,
    Look::Hold,
    Look::Relax,
    Look::Rest,
    Look::SideSwitch,
    Look::Working,
];

/// What a stage is called in the sheet's second column.
fn stage_name(look: Look) -> String {
    let stage = match look {
        Look::UpNext => "up-next",
        Look::Read => "read",
        Look::GetReady => "get-ready",
        Look::Move => "move",
        Look::Hold => "hold",
        Look::Relax => "relax",
        Look::Rest => "rest",
        Look::SideSwitch => "switch",
        Look::Working => "repeat",
    };
    t!("cli-cue-stage", stage = stage)
}

/// Writes the cue sheet of `timeline` for the routine titled `title`.
/// `exercises` are the exercises the plan was built from, in order.
pub fn write_sheet(
    title: &str,
    timeline: &Timeline,
    exercises: &[&Exercise],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", t!("cli-cue-title", routine = title))?;
    writeln!(out, "{}", options_line(&timeline.options()))?;
    writeln!(out)?;
    let phases = timeline.plan().phases();
    let cues = timeline.cues();
    let next_words = next_words(cues);
    let sheet_columns = Columns::new();
    let mut next_cue = 0;
    // One heading per stage, as the player shows it: a repetition of short
    // holds, or a release and the rest the coach says as one, is one.
    for stage in timeline.stages().all() {
        let Some(phase) = phases.get(stage.first) else {
            continue;
        };
        let label = pad_end(&stage_name(stage.look), sheet_columns.stage);
        writeln!(
            out,
            "{:>9}  {label} {}",
            offset(stage.start),
            describe_phase(phase, stage.length, exercises)
        )?;
        let end = stage.end_offset();
        let first = next_cue;
        while cues.get(next_cue).is_some_and(|cue| cue.at < end) {
            next_cue += 1;
        }
        write_cues(
            out,
            cues,
            first..next_cue,
            stage.start,
            &next_words,
            &sheet_columns,
        )?;
    }
    let total = timeline.total();
    writeln!(
        out,
        "{:>9}  {}",
        offset(total),
        t!("cli-cue-stage", stage = "done")
    )?;
    write_cues(
        out,
        cues,
        next_cue..cues.len(),
        total,
        &next_words,
        &sheet_columns,
    )?;
    let total = t!(
        "cli-cue-total",
        offset = offset(total),
        length = format_duration(total)
    );
    writeln!(out, "{total}")
}

/// "Knee to chest · rep 1 of 2 · left leg · 15 s" (the stage that starts
/// with `phase`, `length` long); a setup card names its step instead of the
/// repetition, the breather before an exercise only its title.
fn describe_phase(phase: &PlannedPhase, length: Duration, exercises: &[&Exercise]) -> String {
    let exercise = exercises.get(phase.exercise_index);
    let mut parts: Vec<String> = Vec::new();
    parts.push(exercise.map_or_else(|| t!("cli-cue-missing-exercise"), |e| e.title.clone()));
    match phase.phase {
        // The breather before an exercise: its title says it all.
        Phase::UpNext => {}
        Phase::Read => {
            if let Some(step) = exercise.and_then(|e| e.steps.get(phase.step_index)) {
                parts.push(limber_core::words::for_side(&step.title, phase.side).into_owned());
            }
        }
        _ => {
            parts.push(t!("cli-cue-rep", rep = phase.rep, reps = phase.reps));
            if let Some(side) = phase.side {
                let limb = exercise.map(|e| e.limb).unwrap_or_default();
                parts.push(side_name(side, limb));
            }
        }
    }
    parts.push(format_duration(length));
    parts.join(" · ")
}

/// For each cue (in time order), when the next words after it are due: one
/// pass from the end.
fn next_words(cues: &[TimedCue]) -> Vec<Option<Duration>> {
    let mut next = vec![None; cues.len()];
    // The earliest words due strictly after the group being looked at.
    let mut later: Option<Duration> = None;
    let mut end = cues.len();
    while end > 0 {
        let at = cues[end - 1].at;
        let start = cues[..end]
            .iter()
            .rposition(|cue| cue.at != at)
            .map_or(0, |i| i + 1);
        next[start..end].fill(later);
        if cues[start..end]
            .iter()
            .any(|cue| matches!(cue.kind, CueKind::Say(_)))
        {
            later = Some(at);
        }
        end = start;
    }
    next
}

/// The cues `range` of `cues` (one phase's); those at `start` go under its
/// heading without an offset of their own.
fn write_cues(
    out: &mut dyn Write,
    cues: &[TimedCue],
    range: std::ops::Range<usize>,
    start: Duration,
    next_words: &[Option<Duration>],
    columns: &Columns,
) -> io::Result<()> {
    let mut shown: Option<Duration> = Some(start);
    let blank = " ".repeat(columns.stage);
    let [sound_word, say_word, note_word] = &columns.kinds;
    for (cue, next) in cues[range.clone()].iter().zip(&next_words[range]) {
        let at = if shown == Some(cue.at) {
            String::new()
        } else {
            shown = Some(cue.at);
            offset(cue.at)
        };
        match &cue.kind {
            CueKind::Sound(sound) => {
                writeln!(out, "{at:>9}  {blank} {sound_word}  {}", sound.name())?
            }
            CueKind::Say(text) => {
                let said = t!("cli-cue-said", text = text.as_str());
                writeln!(out, "{at:>9}  {blank} {say_word}  {said}")?;
                if let Some(note) = overrun(cue, *next) {
                    writeln!(out, "{:>9}  {blank} {note_word}  {note}", "")?;
                }
            }
        }
    }
    Ok(())
}

/// A note when the words of `cue` may still be being said when the next
/// words (due at `next`) are due: they would be cut off.
fn overrun(cue: &TimedCue, next: Option<Duration>) -> Option<String> {
    let CueKind::Say(text) = &cue.kind else {
        return None;
    };
    let next = next?;
    let speaking = phrases::speaking_time(text);
    let gap = next.saturating_sub(cue.at);
    (speaking > gap).then(|| {
        t!(
            "cli-cue-overrun",
            speech = format!("{:.1}", speaking.as_secs_f64()),
            gap = format!("{:.1}", gap.as_secs_f64())
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::content::schema::{Role, Sides};
    use limber_core::session::phases::{Plan, Timings};
    use limber_core::testing::{exercise, resolved};

    #[test]
    fn offsets_read_minutes_seconds_and_milliseconds() {
        assert_eq!(offset(Duration::ZERO), "0:00.000");
        assert_eq!(offset(Duration::from_millis(61_005)), "1:01.005");
        assert_eq!(offset(Duration::from_secs(3725)), "62:05.000");
    }

    #[test]
    fn the_sheet_lists_every_phase_at_its_start_with_its_cues_and_the_total() {
        let mut crunch = exercise(
            "Partial crunch",
            Sides::None,
            &[Role::Setup, Role::Move, Role::Hold, Role::Release],
        );
        crunch.steps[0].title = "Lie on your back".into();
        crunch.steps[0].text = "Lie on your back with your knees bent.".into();
        crunch.steps[1].title = "Lift your shoulders".into();
        let plan = Plan::new(&[(&crunch, resolved(4, 1))], &Timings::default());
        let timeline = Timeline::new(plan, &[&crunch], CoachOptions::default());
        let mut out = Vec::new();
        write_sheet("Crunches", &timeline, &[&crunch], &mut out).expect("writes to memory");
        let text = String::from_utf8(out).expect("utf-8");
        let expected = [
            "Crunches: cue sheet",
            "Sounds: chimes, no ticks (the voice counts down). Voice: on, counting down by voice.",
            "",
            " 0:00.000  Setup      Partial crunch · Lie on your back · 8 s",
            "                      say    \"Partial crunch. Lie on your back with your knees bent.\"",
            " 0:08.000  Get ready  Partial crunch · rep 1 of 1 · 5 s",
            "                      say    \"Get ready.\"",
            " 0:13.000  Move       Partial crunch · rep 1 of 1 · 3 s",
            "                      sound  switch",
            "                      say    \"Lift your shoulders.\"",
            " 0:16.000  Hold       Partial crunch · rep 1 of 1 · 4 s",
            "                      say    \"Hold.\"",
            " 0:17.000             say    \"3\"",
            " 0:18.000             say    \"2\"",
            " 0:19.000             say    \"1\"",
            " 0:20.000  Relax      Partial crunch · rep 1 of 1 · 2 s",
            "                      sound  hold-complete",
            "                      say    \"Relax.\"",
            " 0:22.000  Done",
            "                      sound  finish",
            "                      say    \"Routine done: 1 exercise, 22 seconds.\"",
            "Total: 0:22.000 (22 s)",
        ];
        assert_eq!(text.lines().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn a_line_longer_than_its_gap_gets_a_note() {
        let mut long = exercise("Long", Sides::None, &[Role::Hold]);
        long.steps[0].text =
            "A very long instruction that cannot possibly be said in the time it is given here."
                .into();
        let timings = Timings {
            get_ready: Duration::from_secs(1),
            ..Timings::default()
        };
        let plan = Plan::new(&[(&long, resolved(2, 1))], &timings);
        let timeline = Timeline::new(plan, &[&long], CoachOptions::default());
        let mut out = Vec::new();
        write_sheet("Long", &timeline, &[&long], &mut out).expect("writes to memory");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains("note   about 7.6 s of speech, 1.0 s to the next words"),
            "{text}"
        );
    }
}
