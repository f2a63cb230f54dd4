//! A cue player that records what it was asked to play.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::audio::{Cue, CuePlayer, sanitize_volume};

/// A player that only remembers what it was asked to play, so the shell's
/// tests can check which cues an event sequence produces. Clones share the
/// same record.
///
/// Scheduled cues are kept apart ([`RecordingPlayer::scheduled`]): the
/// recorder has no clock, so it cannot know which of them "played"; a test
/// reads them with its own fake clock in mind.
#[derive(Debug, Default, Clone)]
pub struct RecordingPlayer {
    record: Arc<Mutex<Recorded>>,
}

#[derive(Debug, Default)]
struct Recorded {
    played: Vec<Cue>,
    scheduled: Vec<(Instant, Cue)>,
    cancels: usize,
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

    /// The cues scheduled with `play_at` and not cancelled since, in the
    /// order they were scheduled, with their instants.
    pub fn scheduled(&self) -> Vec<(Instant, Cue)> {
        self.lock().scheduled.clone()
    }

    /// How many times `cancel_scheduled` was called.
    pub fn cancels(&self) -> usize {
        self.lock().cancels
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

    fn play_at(&self, cue: Cue, at: Instant) {
        let mut record = self.lock();
        if !record.muted {
            record.scheduled.push((at, cue));
        }
    }

    fn cancel_scheduled(&self) {
        let mut record = self.lock();
        record.scheduled.clear();
        record.cancels += 1;
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
    use std::time::Duration;

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

    #[test]
    fn recording_player_keeps_scheduled_cues_until_cancelled() {
        let recorder = RecordingPlayer::new();
        let at = Instant::now();
        recorder.play_at(Cue::Tick, at);
        recorder.play_at(Cue::Finish, at + Duration::from_secs(1));
        assert_eq!(
            recorder.scheduled(),
            vec![(at, Cue::Tick), (at + Duration::from_secs(1), Cue::Finish)]
        );
        recorder.cancel_scheduled();
        assert!(recorder.scheduled().is_empty());
        assert_eq!(recorder.cancels(), 1);
        recorder.set_muted(true);
        recorder.play_at(Cue::Switch, at);
        assert!(recorder.scheduled().is_empty(), "muted");
        assert!(recorder.played().is_empty(), "scheduling is not playing");
    }
}
