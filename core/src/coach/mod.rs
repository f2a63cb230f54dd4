//! The coach: what the player plays and says during a routine, and when.
//!
//! * [`timeline`]: every cue of a routine (sounds and words) at its exact
//!   offset from the start, from the plan, the content and the options;
//! * [`phrases`]: the app's own words, the one owner of the wording;
//! * [`Coach`]: turns the timeline into [`Orders`] for the audio and speech
//!   workers as the session starts, pauses, resumes, skips, goes back and
//!   stops, so every cue is scheduled ahead on its instant;
//! * [`rehearsal`]: runs a routine's cues against the real clock without a
//!   window (`cargo run --example rehearse`, used by
//!   `scripts/measure_cues.sh`).
//!
//! The cue sheet `limber show ROUTINE --timeline` prints is the command
//! line's (`limber`'s `cli::cue_sheet`).
//!
//! The player screen drives a [`Coach`]: it calls [`Coach::start`] when the
//! session starts and the matching method after each control, and hands the
//! [`Orders`] upward for the app to [`Orders::send`] to its `CuePlayer` and
//! `Speaker`.

pub mod phrases;
pub mod rehearsal;
pub mod timeline;

use std::time::Instant;

pub use timeline::{CoachOptions, Countdown, CueKind, TimedCue, Timeline, Voiced};

use crate::prescription::Prescribed;
use crate::profile::Settings;
use crate::session::engine::Session;
use crate::sound::CuePlayer;
use crate::speech::Speaker;

/// A cue with the instant it is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    pub at: Instant,
    pub kind: CueKind,
}

/// What the audio and speech workers are to do after a change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Orders {
    /// Cancel everything scheduled before, and cut the words being said.
    pub cancel: bool,
    /// Then schedule these, in time order.
    pub cues: Vec<Scheduled>,
}

impl Orders {
    fn cancel_only() -> Orders {
        Orders {
            cancel: true,
            cues: Vec::new(),
        }
    }

    /// Hands the orders to the workers; returns at once.
    pub fn send(&self, audio: &dyn CuePlayer, speaker: &dyn Speaker) {
        if self.cancel {
            audio.cancel_scheduled();
            speaker.stop();
        }
        for cue in &self.cues {
            match &cue.kind {
                CueKind::Sound(sound) => audio.play_at(*sound, cue.at),
                CueKind::Say(text) => speaker.say_at(cue.at, text),
            }
        }
    }

    /// The sounds, in order (for tests and logs).
    pub fn sounds(&self) -> Vec<crate::sound::Cue> {
        self.cues
            .iter()
            .filter_map(|cue| match cue.kind {
                CueKind::Sound(sound) => Some(sound),
                CueKind::Say(_) => None,
            })
            .collect()
    }

    /// The words, in order.
    pub fn words(&self) -> Vec<&str> {
        self.cues
            .iter()
            .filter_map(|cue| match &cue.kind {
                CueKind::Say(text) => Some(text.as_str()),
                CueKind::Sound(_) => None,
            })
            .collect()
    }
}

/// What the coach owes when a paused session resumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owed {
    /// Whatever comes after the position.
    Rest,
    /// The start of a phase entered by skip or back while paused.
    Entry { index: usize, from: Option<usize> },
}

/// Schedules a routine's cues on their instants as the session runs.
#[derive(Debug, Clone)]
pub struct Coach {
    timeline: Timeline,
    owed: Owed,
}

impl Coach {
    pub fn new(timeline: Timeline) -> Coach {
        Coach {
            timeline,
            owed: Owed::Rest,
        }
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// The session has just started: everything from its first cue.
    pub fn start(&mut self, session: &Session, now: Instant) -> Orders {
        self.owed = Owed::Rest;
        if session.is_finished() {
            return self.finish(now);
        }
        let cues = self.timeline.entering(0, None);
        self.orders(session, &cues)
    }

    /// The session was paused: the words are cut, and nothing more is said
    /// until it goes on but "Paused." (when the coach speaks), so a person
    /// who cannot see the screen knows.
    pub fn pause(&mut self, now: Instant) -> Orders {
        let mut orders = Orders::cancel_only();
        if self.timeline.options().speech {
            orders.cues.push(Scheduled {
                at: now,
                kind: CueKind::Say(phrases::paused()),
            });
        }
        orders
    }

    /// The session resumed: "Going on." (when the coach speaks and no
    /// other words come before it could be said), then what is still to
    /// come from where it stands (a phase entered while paused starts with
    /// its start words).
    pub fn resume(&mut self, session: &Session, now: Instant) -> Orders {
        let owed = std::mem::replace(&mut self.owed, Owed::Rest);
        let cues = match owed {
            Owed::Rest => self.timeline.after(session.plan_position(now)).to_vec(),
            Owed::Entry { index, from } => self.timeline.entering(index, from),
        };
        let mut orders = self.orders(session, &cues);
        let going = !session.is_paused() && !session.is_finished() && !session.is_stopped();
        if self.timeline.options().speech && going {
            let room = now + phrases::speaking_time(&phrases::going_on());
            let words_soon = orders
                .cues
                .iter()
                .any(|cue| matches!(cue.kind, CueKind::Say(_)) && cue.at < room);
            if !words_soon {
                orders.cues.insert(
                    0,
                    Scheduled {
                        at: now,
                        kind: CueKind::Say(phrases::going_on()),
                    },
                );
            }
        }
        orders
    }

    /// The session moved by skip or back; `from` is the phase it was in
    /// before (`State::phase_index` just before the control).
    pub fn jump(&mut self, session: &Session, now: Instant, from: Option<usize>) -> Orders {
        if session.is_finished() {
            // Skipping the last phase ends the routine, paused or not.
            return self.finish(now);
        }
        let Some(index) = session.state(now).phase_index else {
            return Orders::cancel_only();
        };
        if session.is_paused() {
            self.owed = Owed::Entry { index, from };
            return Orders::cancel_only();
        }
        let cues = self.timeline.entering(index, from);
        self.orders(session, &cues)
    }

    /// The session was stopped: cancel everything, cut the words.
    pub fn stop(&mut self) -> Orders {
        Orders::cancel_only()
    }

    fn finish(&self, now: Instant) -> Orders {
        Orders {
            cancel: true,
            cues: self
                .timeline
                .finish()
                .into_iter()
                .map(|cue| Scheduled {
                    at: now,
                    kind: cue.kind,
                })
                .collect(),
        }
    }

    /// The cues at the instants the session reaches their positions. A
    /// session that is paused, stopped or over reaches none of them.
    fn orders(&self, session: &Session, cues: &[TimedCue]) -> Orders {
        let cues = cues
            .iter()
            .filter_map(|cue| {
                Some(Scheduled {
                    at: session.instant_of(cue.at)?,
                    kind: cue.kind.clone(),
                })
            })
            .collect();
        Orders { cancel: true, cues }
    }
}

/// The coach options from a profile's settings, as if a voice is there
/// (what the cue sheet shows); the player adds whether one is, see
/// [`CoachOptions::with_voice`].
pub fn options(settings: &Settings) -> CoachOptions {
    CoachOptions {
        speech: settings.speech,
        countdown: settings.countdown,
    }
}

/// Sets `speaker` to a profile's voice, speed and volume (at a routine's
/// start, and for the Settings screen's "Try it").
pub fn tune(speaker: &dyn Speaker, settings: &Settings) {
    speaker.set_voice(settings.voice.as_deref());
    speaker.set_rate(settings.speech_rate_factor());
    speaker.set_volume(settings.speech_volume_factor());
}

/// The timeline of a prescribed routine: the plan the player runs
/// (`prescription::plan`) with its exercises' words, in the variation each
/// is done in.
pub fn timeline(
    prescribed: &[Prescribed<'_>],
    settings: &Settings,
    options: CoachOptions,
) -> Timeline {
    let plan = crate::prescription::plan(prescribed, settings);
    let exercises: Vec<Voiced<'_>> = prescribed
        .iter()
        .map(|p| Voiced {
            exercise: p.exercise,
            variation: p.exercise.variation(p.choice.variation.as_deref()),
        })
        .collect();
    Timeline::voiced(plan, &exercises, options)
}

#[cfg(test)]
mod tests;
