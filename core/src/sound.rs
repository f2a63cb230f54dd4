//! Sound cues: a chime when a hold is complete, a soft cue for switching side
//! or the end of a rest, a tick for the last seconds of a hold, and a short
//! arpeggio when the routine is finished.
//!
//! What is played and when is decided here and in [`crate::coach`]; how it
//! reaches a loudspeaker is the app's (`limber`'s `platform::audio`, rodio on
//! a worker thread) behind the [`CuePlayer`] trait. Playing a cue never
//! blocks the caller and never fails: a player that cannot make sound stays
//! quiet.
//!
//! The sounds are made by `scripts/make_sounds.py` and embedded in the binary,
//! so an installed copy needs no files next to it.

use std::time::{Duration, Instant};

/// The `tracing` target of the per-cue timing log.
pub const CUES_LOG_TARGET: &str = "limber::cues";

/// One of the app's sound cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// A hold (or a set of repetitions) is done: a bell-like chime.
    HoldComplete,
    /// Switch to the other side, or a rest is over: two soft rising notes.
    Switch,
    /// One of the last three seconds of a hold: a short soft tick.
    Tick,
    /// The routine is finished: a warm three-note arpeggio.
    Finish,
}

impl Cue {
    /// Every cue, in a fixed order (handy for tests and a "try the sounds" button).
    pub const ALL: [Cue; 4] = [Cue::HoldComplete, Cue::Switch, Cue::Tick, Cue::Finish];

    /// The embedded WAV file of this cue (16-bit PCM, mono, 44.1 kHz).
    pub fn wav_bytes(self) -> &'static [u8] {
        match self {
            Cue::HoldComplete => include_bytes!("../../sounds/hold-complete.wav"),
            Cue::Switch => include_bytes!("../../sounds/switch.wav"),
            Cue::Tick => include_bytes!("../../sounds/tick.wav"),
            Cue::Finish => include_bytes!("../../sounds/finish.wav"),
        }
    }

    /// The file the sound was made into, under `sounds/` (for messages).
    pub fn file_name(self) -> &'static str {
        match self {
            Cue::HoldComplete => "hold-complete.wav",
            Cue::Switch => "switch.wav",
            Cue::Tick => "tick.wav",
            Cue::Finish => "finish.wav",
        }
    }

    /// A short name for listings and logs: `hold-complete`, `switch`,
    /// `tick`, `finish`.
    pub fn name(self) -> &'static str {
        match self {
            Cue::HoldComplete => "hold-complete",
            Cue::Switch => "switch",
            Cue::Tick => "tick",
            Cue::Finish => "finish",
        }
    }

    /// The cue's place in [`Cue::ALL`].
    pub fn index(self) -> usize {
        match self {
            Cue::HoldComplete => 0,
            Cue::Switch => 1,
            Cue::Tick => 2,
            Cue::Finish => 3,
        }
    }
}

/// Something that can play cues. The shell owns one as `Box<dyn CuePlayer>`.
///
/// All methods return at once; none of them can fail. A player that cannot
/// make sound simply stays quiet.
pub trait CuePlayer: Send {
    /// Start playing `cue`. Cues may overlap; they are mixed.
    fn play(&self, cue: Cue);

    /// Play `cue` at the instant `at` (at once if it is past). Scheduled
    /// cues are played in time order, on time whatever the caller does
    /// meanwhile, until [`CuePlayer::cancel_scheduled`].
    fn play_at(&self, cue: Cue, at: Instant);

    /// Forget every cue scheduled with [`CuePlayer::play_at`] that has not
    /// started yet. Sounds already playing ring out.
    fn cancel_scheduled(&self);

    /// Set the volume as a slider position from 0.0 (silent) to 1.0 (full).
    /// Values outside that range are clamped; NaN counts as 0.0.
    fn set_volume(&self, volume: f32);

    /// Mute or unmute. While muted, `play` does nothing.
    fn set_muted(&self, muted: bool);

    /// A hint that cues are coming soon (e.g. a routine is starting), so a
    /// player can get its output device ready and the first cue is on time.
    fn prepare(&self) {}
}

/// Turn a settings volume in percent (0..=100) into the 0.0..=1.0 that
/// [`CuePlayer::set_volume`] takes. Values above 100 count as 100.
pub fn volume_from_percent(percent: u8) -> f32 {
    f32::from(percent.min(100)) / 100.0
}

/// The gain applied to the samples for a slider position. Loudness is
/// roughly logarithmic in amplitude, so a linear gain would make the lower
/// half of the slider barely quieter than full; squaring gives an even feel
/// (50 % is about -12 dB, 10 % about -40 dB).
pub fn gain_for_volume(volume: f32) -> f32 {
    let volume = sanitize_volume(volume);
    volume * volume
}

pub fn sanitize_volume(volume: f32) -> f32 {
    if volume.is_nan() {
        0.0
    } else {
        volume.clamp(0.0, 1.0)
    }
}

/// A player that never makes a sound (no thread for the audio worker).
#[derive(Debug, Default, Clone, Copy)]
pub struct SilentPlayer;

impl CuePlayer for SilentPlayer {
    fn play(&self, _cue: Cue) {}
    fn play_at(&self, _cue: Cue, _at: Instant) {}
    fn cancel_scheduled(&self) {}
    fn set_volume(&self, _volume: f32) {}
    fn set_muted(&self, _muted: bool) {}
}

/// A lateness in whole microseconds, for the log.
pub fn micros(duration: Duration) -> u64 {
    u64::try_from(duration.as_micros()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_percent_maps_onto_unit_range() {
        assert_eq!(volume_from_percent(0), 0.0);
        assert_eq!(volume_from_percent(50), 0.5);
        assert_eq!(volume_from_percent(100), 1.0);
        assert_eq!(volume_from_percent(250), 1.0);
    }

    #[test]
    fn gain_is_clamped_and_nan_is_silent() {
        assert_eq!(gain_for_volume(f32::NAN), 0.0);
        assert_eq!(gain_for_volume(-1.0), 0.0);
        assert_eq!(gain_for_volume(7.0), 1.0);
        assert!((gain_for_volume(0.5) - 0.25).abs() < 1e-6);
        // Monotonic: a higher slider is never quieter.
        let gains: Vec<f32> = (0..=100)
            .map(|p| gain_for_volume(volume_from_percent(p)))
            .collect();
        assert!(gains.windows(2).all(|pair| pair[0] <= pair[1]));
    }
}
