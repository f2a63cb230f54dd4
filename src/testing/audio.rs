//! A cue player that records what it was asked to play.

use std::sync::{Arc, Mutex};

use crate::audio::{Cue, CuePlayer, sanitize_volume};

/// A player that only remembers what it was asked to play, so the shell's
/// tests can check which cues an event sequence produces. Clones share the
/// same record.
#[derive(Debug, Default, Clone)]
pub struct RecordingPlayer {
    record: Arc<Mutex<Recorded>>,
}

#[derive(Debug, Default)]
struct Recorded {
    played: Vec<Cue>,
    volume: Option<f32>,
    muted: bool,
}

impl RecordingPlayer {
    /// A new, empty recorder.
    pub fn new() -> Self {
        Self::default()
    }

    /// The cues played so far (not counting those asked for while muted).
    pub fn played(&self) -> Vec<Cue> {
        self.lock().played.clone()
    }

    /// The last volume set, clamped to 0.0..=1.0, if any.
    pub fn volume(&self) -> Option<f32> {
        self.lock().volume
    }

    /// Whether the recorder is muted.
    pub fn is_muted(&self) -> bool {
        self.lock().muted
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Recorded> {
        // A panic in another test thread must not hide what was recorded.
        self.record
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl CuePlayer for RecordingPlayer {
    fn play(&self, cue: Cue) {
        let mut record = self.lock();
        if !record.muted {
            record.played.push(cue);
        }
    }

    fn set_volume(&self, volume: f32) {
        self.lock().volume = Some(sanitize_volume(volume));
    }

    fn set_muted(&self, muted: bool) {
        self.lock().muted = muted;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recording_player_skips_cues_while_muted() {
        let recorder = RecordingPlayer::new();
        let boxed: Box<dyn CuePlayer> = Box::new(recorder.clone());
        boxed.play(Cue::Tick);
        boxed.set_muted(true);
        boxed.play(Cue::Finish);
        boxed.set_muted(false);
        boxed.set_volume(2.0);
        boxed.play(Cue::Switch);
        assert_eq!(recorder.played(), vec![Cue::Tick, Cue::Switch]);
        assert_eq!(recorder.volume(), Some(1.0));
        assert!(!recorder.is_muted());
    }
}
