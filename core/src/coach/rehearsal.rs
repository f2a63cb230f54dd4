//! A rehearsal: a routine run against the real clock without a window, as
//! the player will run it. The session engine runs the plan; the
//! [`Coach`](super::Coach) schedules every cue on the real audio and speech
//! workers; a loop stands in for the screen, polling the session at the
//! player's tick rate (10 Hz, 30 Hz while the figure moves). The workers log
//! each cue with its lateness (`RUST_LOG=limber::cues=debug`), which is
//! what `scripts/measure_cues.sh` reads.
//!
//! `cargo run --example rehearse -- ROUTINE` runs it; with `--polled` the cues are
//! instead played when the loop notices they are due, as the player did
//! before the coach scheduled them, for comparison.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use crate::session::engine::{Event, Session};
use crate::session::phases::Phase;
use crate::sound::CuePlayer;
use crate::speech::{Availability, Speaker};

use super::{Coach, CueKind, Timeline};
use crate::words::offset;

/// How a rehearsal plays the cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pacing {
    /// Scheduled ahead on the workers by the [`Coach`], each for its instant.
    Scheduled,
    /// Handed over when the screen's tick notices they are due: the way the
    /// player played cues before (up to a tick late).
    Polled,
}

/// The player's tick while only the ring and the seconds change.
const SCREEN_TICK: Duration = Duration::from_millis(100);
/// The player's tick while the figure moves (Move and Release).
const MOVING_TICK: Duration = Duration::from_millis(33);
/// After the last cue, time for the workers to hand it over and log it.
const SETTLE: Duration = Duration::from_millis(300);
/// The longest wait for the speech service to connect before starting.
const SPEECH_START: Duration = Duration::from_secs(10);

/// What a rehearsal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rehearsed {
    /// Cues scheduled (sounds and lines).
    pub cues: usize,
    /// Screen ticks polled.
    pub ticks: u64,
    /// How long it ran.
    pub length: Duration,
    /// It ran to the routine's end (not cut short by `limit`).
    pub finished: bool,
}

/// Runs `timeline` from its start against the real clock, for at most
/// `limit` (the whole routine with `None`), scheduling its cues on `audio`
/// and `speaker`. Prints what it does to `out`.
pub fn rehearse(
    timeline: Timeline,
    audio: &dyn CuePlayer,
    speaker: &dyn Speaker,
    limit: Option<Duration>,
    pacing: Pacing,
    out: &mut dyn Write,
) -> io::Result<Rehearsed> {
    let total = timeline.total();
    let length = limit.map_or(total, |limit| limit.min(total));
    let cue_count = timeline
        .cues()
        .iter()
        .filter(|cue| cue.at <= length)
        .count();
    writeln!(
        out,
        "rehearsing {} of {} ({} cues) against the real clock",
        offset(length),
        offset(total),
        cue_count
    )?;
    out.flush()?;

    // As the app does long before a routine starts: open the sound output
    // and let the speech service connect (the first line would otherwise
    // be too late and dropped).
    audio.prepare();
    let waited = Instant::now();
    while speaker.availability() == Availability::Starting && waited.elapsed() < SPEECH_START {
        std::thread::sleep(Duration::from_millis(20));
    }
    writeln!(out, "speech: {:?}", speaker.availability())?;
    let plan = timeline.plan().clone();
    let cues = timeline.cues().to_vec();
    let mut coach = Coach::new(timeline);
    let start = Instant::now();
    let mut session = Session::new(plan, start);
    if pacing == Pacing::Scheduled {
        coach.start(&session, start).send(audio, speaker);
    }
    // Polled: the next cue not yet handed over.
    let mut next_cue = 0;

    let mut ticks = 0;
    let mut finished = false;
    // The screen's ticks run on their own timer, not aligned with the
    // routine's start: begin them at an arbitrary point of a tick.
    let phase_nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| u64::from(since.subsec_nanos()));
    let tick_nanos = u64::try_from(SCREEN_TICK.as_nanos()).unwrap_or(1).max(1);
    let mut next_tick = start + Duration::from_nanos(phase_nanos % tick_nanos);
    std::thread::sleep(next_tick.saturating_duration_since(Instant::now()));
    loop {
        let now = Instant::now();
        let events = session.poll(now);
        let state = session.state(now);
        ticks += 1;
        if pacing == Pacing::Polled {
            let position = session.plan_position(now);
            while let Some(cue) = cues.get(next_cue).filter(|cue| cue.at <= position) {
                // Due at the session's instant for it: now is how late.
                let due = session.instant_of(cue.at).unwrap_or(now);
                match &cue.kind {
                    CueKind::Sound(sound) => audio.play_at(*sound, due),
                    CueKind::Say(text) => speaker.say_at(due, text),
                }
                next_cue += 1;
            }
        }
        if events
            .iter()
            .any(|event| matches!(event, Event::RoutineFinished { .. }))
        {
            finished = true;
            break;
        }
        if now.saturating_duration_since(start) >= length {
            break;
        }
        let tick = match state.phase {
            Phase::Move | Phase::Release => MOVING_TICK,
            _ => SCREEN_TICK,
        };
        next_tick += tick;
        std::thread::sleep(next_tick.saturating_duration_since(Instant::now()));
    }
    if !finished {
        // Cut short: cancel what is left, as the player's Stop does.
        session.stop(Instant::now());
        coach.stop().send(audio, speaker);
    }
    std::thread::sleep(SETTLE);
    let rehearsed = Rehearsed {
        cues: cue_count,
        ticks,
        length: start.elapsed(),
        finished,
    };
    writeln!(
        out,
        "{} after {} ({} screen ticks)",
        if finished { "finished" } else { "stopped" },
        offset(rehearsed.length),
        rehearsed.ticks
    )?;
    Ok(rehearsed)
}
