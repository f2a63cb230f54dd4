//! A cue player that records what it was asked to play.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::sound::{Cue, CuePlayer, sanitize_volume};
use crate::time::Clock;

/// A player that only remembers what it was asked to play, so the shell's
/// tests can check which cues an event sequence produces. Clones share the
/// same record.
///
/// Scheduled cues are kept apart ([`RecordingPlayer::scheduled`]): a
/// recorder made with [`RecordingPlayer::new`] has no clock, so it cannot
/// know which of them "played"; a test reads them with its own fake clock
/// in mind. One made with [`RecordingPlayer::with_clock`] counts a
/// scheduled cue as played once the clock reaches its instant, unless
/// `cancel_scheduled` came first, as the real worker does.
#[derive(Clone, Default)]
pub struct RecordingPlayer {
    record: Arc<Mutex<Recorded>>,
    clock: Option<Arc<dyn Clock + Send + Sync>>,
}

impl std::fmt::Debug for RecordingPlayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordingPlayer")
            .field("record", &self.record)
            .field("clock", &self.clock.is_some())
            .finish()
    }
}

#[derive(Debug, Default)]
struct Recorded {
    /// Cues played, with the instant they began (the clock's, or
    /// `Instant::now()` without one).
    played: Vec<(Instant, Cue)>,
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

    /// A recorder that plays scheduled cues when `clock` reaches them.
    pub fn with_clock(clock: Arc<dyn Clock + Send + Sync>) -> Self {
        RecordingPlayer {
            record: Arc::default(),
            clock: Some(clock),
        }
    }

    /// The cues played so far, in the order they began (not counting those
    /// asked for while muted). With a clock, scheduled cues due by now are
    /// among them.
    pub fn played(&self) -> Vec<Cue> {
        self.played_with_instants()
            .into_iter()
            .map(|(_, cue)| cue)
            .collect()
    }

    /// [`RecordingPlayer::played`] with the instant each cue began.
    pub fn played_with_instants(&self) -> Vec<(Instant, Cue)> {
        let record = self.lock();
        let Some(clock) = &self.clock else {
            return record.played.clone();
        };
        let now = clock.now();
        let mut played: Vec<(Instant, Cue)> = record
            .played
            .iter()
            .chain(record.scheduled.iter().filter(|(at, _)| *at <= now))
            .copied()
            .collect();
        // Stable: cues of one instant keep the order they were asked for.
        played.sort_by_key(|(at, _)| *at);
        played
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
        let now = self
            .clock
            .as_ref()
            .map_or_else(Instant::now, |clock| clock.now());
        let mut record = self.lock();
        if !record.muted {
            record.played.push((now, cue));
        }
    }

    fn play_at(&self, cue: Cue, at: Instant) {
        let mut record = self.lock();
        if !record.muted {
            record.scheduled.push((at, cue));
        }
    }

    fn cancel_scheduled(&self) {
        let now = self.clock.as_ref().map(|clock| clock.now());
        let mut record = self.lock();
        let scheduled = std::mem::take(&mut record.scheduled);
        if let Some(now) = now {
            // What was due by now has played; the rest never will.
            let due = scheduled.into_iter().filter(|(at, _)| *at <= now);
            record.played.extend(due);
        }
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

    #[test]
    fn with_a_clock_scheduled_cues_play_when_due_unless_cancelled_first() {
        use crate::testing::FakeClock;
        let clock = Arc::new(FakeClock::new(Instant::now()));
        let recorder = RecordingPlayer::with_clock(clock.clone());
        let at = |s: u64| clock.at(Duration::from_secs(s));
        recorder.play_at(Cue::Tick, at(1));
        recorder.play_at(Cue::HoldComplete, at(3));
        recorder.play(Cue::Switch);
        assert_eq!(recorder.played(), vec![Cue::Switch]);
        clock.set(Duration::from_secs(1));
        assert_eq!(recorder.played(), vec![Cue::Switch, Cue::Tick]);
        // Cancelled at 2 s: the chime due at 3 s never plays.
        clock.set(Duration::from_secs(2));
        recorder.cancel_scheduled();
        clock.set(Duration::from_secs(5));
        assert_eq!(recorder.played(), vec![Cue::Switch, Cue::Tick]);
        assert_eq!(
            recorder.played_with_instants(),
            vec![(at(0), Cue::Switch), (at(1), Cue::Tick)]
        );
    }
}
