//! The sound cues played for real: rodio on a worker thread of its own.
//!
//! The app keeps a `Box<dyn CuePlayer>` made by [`player()`]. Playing a cue
//! never blocks the caller: [`RodioPlayer`] hands the cue to its worker,
//! which opens the default output device the first time it is needed and
//! mixes overlapping cues. With no audio device (a server, CI) the worker
//! logs one warning and the player stays silent. Nothing here panics.
//!
//! Cues on their instant: [`CuePlayer::play_at`] schedules a cue for an
//! `Instant` and the worker sleeps until exactly then (not until the screen's
//! next tick notices it is due), so a chime sounds within a few
//! milliseconds of its due instant; [`CuePlayer::cancel_scheduled`] forgets
//! everything scheduled (pause, skip, back, stop). Each cue is logged at
//! debug level with its lateness, measured when it is handed to the mixer,
//! under the target `limber::cues` (`RUST_LOG=limber::cues=debug`).
//!
//! `LIMBER_AUDIO_OUTPUT=null` makes [`player()`] mix into a null output that
//! consumes samples at the real rate but plays nothing (for measuring cue
//! timing on a machine without a sound card).

use std::io::Cursor;
use std::num::NonZero;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use limber_core::session::agenda::{Agenda, Woken, sleep};
use limber_core::sound::{
    CUES_LOG_TARGET, Cue, CuePlayer, SilentPlayer, gain_for_volume, micros, sanitize_volume,
};
use rodio::buffer::SamplesBuffer;
use rodio::mixer::Mixer;
use rodio::{Decoder, DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink, Source};

mod null_output;

use null_output::NullOutput;

/// Why a cue's embedded sound could not be decoded.
#[derive(Debug, thiserror::Error)]
#[error("{}", limber_core::t!("sound-decode-failed", file = *file, error = source.to_string()))]
pub struct DecodeError {
    /// The file under `sounds/`.
    pub file: &'static str,
    /// What the decoder said.
    #[source]
    pub source: rodio::decoder::DecoderError,
}

/// A cue's sound decoded to samples.
#[derive(Debug, Clone)]
pub struct DecodedCue {
    /// Interleaved samples in -1.0..=1.0.
    pub samples: Vec<f32>,
    /// Samples per second per channel.
    pub sample_rate: u32,
    /// Number of interleaved channels.
    pub channels: u16,
}

impl DecodedCue {
    /// How long the sound lasts.
    pub fn duration(&self) -> Duration {
        let frames = self.samples.len() / usize::from(self.channels.max(1));
        Duration::from_secs_f64(frames as f64 / f64::from(self.sample_rate.max(1)))
    }

    fn to_buffer(&self) -> Option<SamplesBuffer> {
        Some(SamplesBuffer::new(
            NonZero::new(self.channels)?,
            NonZero::new(self.sample_rate)?,
            self.samples.clone(),
        ))
    }
}

/// Decode a cue's embedded WAV with rodio's decoder.
pub fn decode(cue: Cue) -> Result<DecodedCue, DecodeError> {
    let decoder = Decoder::new_wav(Cursor::new(cue.wav_bytes())).map_err(|source| DecodeError {
        file: cue.file_name(),
        source,
    })?;
    let sample_rate = decoder.sample_rate().get();
    let channels = decoder.channels().get();
    let samples: Vec<f32> = decoder.collect();
    Ok(DecodedCue {
        samples,
        sample_rate,
        channels,
    })
}

/// Where a [`RodioPlayer`]'s output stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputState {
    /// No device is open yet (nothing played yet, or closed after a quiet spell).
    Closed,
    /// The default output device is open.
    Open,
    /// No usable output device: the player is silent from now on.
    Unavailable,
}

impl OutputState {
    fn from_u8(value: u8) -> Self {
        match value {
            1 => OutputState::Open,
            2 => OutputState::Unavailable,
            _ => OutputState::Closed,
        }
    }

    fn as_u8(self) -> u8 {
        match self {
            OutputState::Closed => 0,
            OutputState::Open => 1,
            OutputState::Unavailable => 2,
        }
    }
}

/// A cue that waited longer than this (e.g. behind a slow device open) is
/// dropped: a tick or chime that comes late is more confusing than none.
const STALE_AFTER: Duration = Duration::from_millis(500);

/// After this long without a cue the device is closed again, so an idle app
/// does not keep a stream of silence running (CPU, laptop power saving).
const CLOSE_WHEN_IDLE_FOR: Duration = Duration::from_secs(60);

/// When the player is dropped, sounds already started may still ring out for
/// at most this long before the device is closed.
const MAX_RING_OUT: Duration = Duration::from_secs(3);

enum Command {
    Play { cue: Cue, asked_at: Instant },
    PlayAt { cue: Cue, at: Instant },
    CancelScheduled,
    Prepare,
}

/// Where the worker mixes its sounds: the default output device, or a null
/// output that plays nothing at the real rate.
pub(crate) enum OutputSink {
    Device(MixerDeviceSink),
    Null(NullOutput),
}

impl OutputSink {
    fn mixer(&self) -> &Mixer {
        match self {
            OutputSink::Device(sink) => sink.mixer(),
            OutputSink::Null(null) => null.mixer(),
        }
    }
}

/// Settings shared between the caller and the worker. Atomics, so setting the
/// volume or mute never waits for the worker.
struct Shared {
    volume_bits: AtomicU32,
    muted: AtomicBool,
    state: AtomicU8,
    /// The cues handed to the mixer, in order, for the tests to check.
    #[cfg(test)]
    handed: std::sync::Mutex<Vec<Cue>>,
}

impl Shared {
    fn gain(&self) -> f32 {
        gain_for_volume(f32::from_bits(self.volume_bits.load(Ordering::Relaxed)))
    }

    fn set_state(&self, state: OutputState) {
        self.state.store(state.as_u8(), Ordering::Release);
    }
}

/// Plays cues through the default output device with rodio, on a worker
/// thread of its own.
pub struct RodioPlayer {
    commands: Sender<Command>,
    shared: Arc<Shared>,
}

/// The thread for the audio worker could not be started.
#[derive(Debug, thiserror::Error)]
#[error("{}", limber_core::t!("sound-thread-failed", error = .0.to_string()))]
pub struct SpawnError(#[from] std::io::Error);

impl RodioPlayer {
    /// Start the worker thread. The output device is opened later, on the
    /// first cue or [`CuePlayer::prepare`], so this returns at once.
    pub fn new() -> Result<Self, SpawnError> {
        Self::with_opener(open_default_output)
    }

    /// A player that mixes into a null output: the worker, the scheduling
    /// and the mixer are the real ones, but no device is opened and nothing
    /// is heard. For measuring cue timing on a machine without sound.
    pub fn with_null_output() -> Result<Self, SpawnError> {
        Self::with_opener(|| Ok(OutputSink::Null(NullOutput::start()?)))
    }

    /// Like [`RodioPlayer::new`] with a custom way to open the output; lets
    /// tests stand in for "no device" or a slow device deterministically.
    fn with_opener<F>(open: F) -> Result<Self, SpawnError>
    where
        F: FnMut() -> Result<OutputSink, DeviceSinkError> + Send + 'static,
    {
        let shared = Arc::new(Shared {
            volume_bits: AtomicU32::new(1.0f32.to_bits()),
            muted: AtomicBool::new(false),
            state: AtomicU8::new(OutputState::Closed.as_u8()),
            #[cfg(test)]
            handed: std::sync::Mutex::new(Vec::new()),
        });
        let (commands, receiver) = mpsc::channel();
        let worker_shared = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("limber-audio".into())
            .spawn(move || run_worker(receiver, &worker_shared, open))?;
        Ok(Self { commands, shared })
    }

    /// Whether the output device is open, closed, or unavailable.
    pub fn output_state(&self) -> OutputState {
        OutputState::from_u8(self.shared.state.load(Ordering::Acquire))
    }
}

impl CuePlayer for RodioPlayer {
    fn play(&self, cue: Cue) {
        if self.shared.muted.load(Ordering::Relaxed) {
            return;
        }
        // A send error means the worker has stopped (no device): stay silent.
        let _ = self.commands.send(Command::Play {
            cue,
            asked_at: Instant::now(),
        });
    }

    fn play_at(&self, cue: Cue, at: Instant) {
        if self.shared.muted.load(Ordering::Relaxed) {
            return;
        }
        let _ = self.commands.send(Command::PlayAt { cue, at });
    }

    fn cancel_scheduled(&self) {
        let _ = self.commands.send(Command::CancelScheduled);
    }

    fn set_volume(&self, volume: f32) {
        self.shared
            .volume_bits
            .store(sanitize_volume(volume).to_bits(), Ordering::Relaxed);
    }

    fn set_muted(&self, muted: bool) {
        self.shared.muted.store(muted, Ordering::Relaxed);
    }

    fn prepare(&self) {
        let _ = self.commands.send(Command::Prepare);
    }
}

/// The best player this machine can have: rodio on a worker thread, or a
/// silent one if even the thread cannot be started. (A missing audio device
/// is found out later, on the worker; the player then goes quiet by itself.)
pub fn player() -> Box<dyn CuePlayer> {
    let made = if std::env::var_os("LIMBER_AUDIO_OUTPUT").is_some_and(|value| value == "null") {
        tracing::info!("LIMBER_AUDIO_OUTPUT=null: sound cues go to a null output");
        RodioPlayer::with_null_output()
    } else {
        RodioPlayer::new()
    };
    match made {
        Ok(player) => Box::new(player),
        Err(err) => {
            tracing::warn!("{err}; sound cues are off");
            Box::new(SilentPlayer)
        }
    }
}

fn open_default_output() -> Result<OutputSink, DeviceSinkError> {
    // Route stream errors (e.g. a device unplugged mid-sound) to the log
    // instead of rodio's default print to stderr. If the default device will
    // not open that way, let rodio try its other configs and devices.
    let mut sink = DeviceSinkBuilder::from_default_device()
        .and_then(|builder| {
            builder
                .with_error_callback(log_stream_error)
                .open_sink_or_fallback()
        })
        .or_else(|_| DeviceSinkBuilder::open_default_sink())?;
    // rodio prints a note to stderr when an output is dropped; closing it is
    // routine here (idle close, app exit), so silence that note.
    sink.log_on_drop(false);
    Ok(OutputSink::Device(sink))
}

/// An error with its causes, "outer: inner: innermost", for one log line.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}

fn log_stream_error(err: rodio::cpal::Error) {
    tracing::debug!("audio stream error: {err}");
}

/// The open device and the decoded cues, ready to mix.
struct Output {
    sink: OutputSink,
    sounds: [Option<SamplesBuffer>; 4],
    /// When the last sound started so far will have finished.
    busy_until: Instant,
}

fn decode_all() -> [Option<SamplesBuffer>; 4] {
    Cue::ALL.map(|cue| match decode(cue) {
        Ok(decoded) => decoded.to_buffer(),
        Err(err) => {
            // Cannot happen with the shipped files (a test decodes them all);
            // if it does, that one cue is silent and the others still play.
            tracing::warn!("{err}");
            None
        }
    })
}

fn run_worker<F>(commands: Receiver<Command>, shared: &Shared, mut open: F)
where
    F: FnMut() -> Result<OutputSink, DeviceSinkError>,
{
    let mut output: Option<Output> = None;
    let mut agenda: Agenda<Cue> = Agenda::new();
    // The last command or cue: the device closes after a quiet spell.
    let mut last_activity = Instant::now();
    loop {
        // Sleep until the next scheduled cue is due, the open device is to
        // close, or a command comes; with the device closed and nothing
        // scheduled, until a command (an idle app is not woken).
        let close_at = output
            .as_ref()
            .map(|out| (last_activity + CLOSE_WHEN_IDLE_FOR).max(out.busy_until));
        let command = match sleep(&commands, agenda.wait_until(Instant::now(), close_at)) {
            Woken::Command(command) => Some(command),
            Woken::Due => None,
            Woken::Gone => break,
        };
        if command.is_some() {
            last_activity = Instant::now();
        }

        match command {
            None => {}
            Some(Command::CancelScheduled) => agenda.clear(),
            // Mute may have been switched on after the command was sent; a
            // muted player should not even open the device.
            Some(_) if shared.muted.load(Ordering::Relaxed) => {}
            Some(command) => {
                if output.is_none() {
                    match open() {
                        Ok(sink) => {
                            output = Some(Output {
                                sink,
                                sounds: decode_all(),
                                busy_until: Instant::now(),
                            });
                            shared.set_state(OutputState::Open);
                        }
                        Err(err) => {
                            tracing::warn!(
                                "no audio output device ({}); sound cues are off for this run",
                                error_chain(&err)
                            );
                            shared.set_state(OutputState::Unavailable);
                            // Returning drops the receiver: later `play` calls
                            // fail to send and return at once, so nothing
                            // queues up.
                            return;
                        }
                    }
                }
                match command {
                    Command::Play { cue, asked_at } => {
                        if let Some(out) = output.as_mut() {
                            out.play(cue, Due::Asked(asked_at), shared);
                        }
                    }
                    Command::PlayAt { cue, at } => agenda.push(at, cue),
                    Command::CancelScheduled | Command::Prepare => {}
                }
            }
        }

        for (due, cue) in agenda.take_due(Instant::now()) {
            if shared.muted.load(Ordering::Relaxed) {
                continue;
            }
            if let Some(out) = output.as_mut() {
                out.play(cue, Due::Scheduled(due), shared);
            }
            last_activity = Instant::now();
        }

        let now = Instant::now();
        if agenda.is_empty()
            && now.saturating_duration_since(last_activity) >= CLOSE_WHEN_IDLE_FOR
            && output.as_ref().is_some_and(|out| now >= out.busy_until)
        {
            output = None;
            shared.set_state(OutputState::Closed);
        }
    }

    // The player was dropped (the app is closing). Let a sound already
    // playing, such as the finish arpeggio, ring out instead of cutting it.
    if let Some(out) = output {
        let remaining = out.busy_until.saturating_duration_since(Instant::now());
        std::thread::sleep(remaining.min(MAX_RING_OUT));
        shared.set_state(OutputState::Closed);
    }
}

impl Output {
    /// Hands `cue`, due at `due`, to the mixer (unless it is stale) and
    /// logs how late that was.
    fn play(&mut self, cue: Cue, due: Due, shared: &Shared) {
        let (Due::Asked(due_at) | Due::Scheduled(due_at)) = due;
        let late = Instant::now().saturating_duration_since(due_at);
        if late > STALE_AFTER {
            tracing::debug!(
                target: CUES_LOG_TARGET,
                sound = cue.name(),
                late_us = micros(late),
                "sound dropped: too late"
            );
            return;
        }
        let Some(sound) = &self.sounds[cue.index()] else {
            return;
        };
        let length = sound.total_duration().unwrap_or_default();
        self.sink.mixer().add(sound.clone().amplify(shared.gain()));
        #[cfg(test)]
        if let Ok(mut handed) = shared.handed.lock() {
            handed.push(cue);
        }
        let now = Instant::now();
        self.busy_until = self.busy_until.max(now + length);
        let late_us = micros(now.saturating_duration_since(due_at));
        match due {
            Due::Scheduled(_) => tracing::debug!(
                target: CUES_LOG_TARGET,
                sound = cue.name(),
                late_us,
                "sound handed to the mixer"
            ),
            // Its due instant is unknown here: only the hand-over's delay.
            Due::Asked(_) => tracing::debug!(
                target: CUES_LOG_TARGET,
                sound = cue.name(),
                late_us,
                "sound played on request"
            ),
        }
    }
}

/// When a cue was due: scheduled for an instant (`play_at`), or asked for
/// to play at once (`play`, whose own due instant the worker never knows).
#[derive(Debug, Clone, Copy)]
enum Due {
    Asked(Instant),
    Scheduled(Instant),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for_state(player: &RodioPlayer, wanted: OutputState, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if player.output_state() == wanted {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    #[test]
    fn failed_open_is_tried_once_and_then_silent() {
        let attempts = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&attempts);
        let player = RodioPlayer::with_opener(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            Err(DeviceSinkError::NoDevice)
        })
        .expect("spawning a thread works in tests");
        assert_eq!(player.output_state(), OutputState::Closed);
        player.play(Cue::HoldComplete);
        assert!(wait_for_state(
            &player,
            OutputState::Unavailable,
            Duration::from_secs(5)
        ));
        for cue in Cue::ALL {
            player.play(cue);
        }
        player.prepare();
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(attempts.load(Ordering::SeqCst), 1);
        assert_eq!(player.output_state(), OutputState::Unavailable);
    }

    #[test]
    fn muted_player_does_not_open_the_device() {
        let attempts = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&attempts);
        let player = RodioPlayer::with_opener(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            Err(DeviceSinkError::NoDevice)
        })
        .expect("spawning a thread works in tests");
        player.set_muted(true);
        for cue in Cue::ALL {
            player.play(cue);
        }
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(attempts.load(Ordering::SeqCst), 0);
        assert_eq!(player.output_state(), OutputState::Closed);
    }

    /// The cues handed to the mixer so far.
    fn handed(player: &RodioPlayer) -> Vec<Cue> {
        player
            .shared
            .handed
            .lock()
            .map(|handed| handed.clone())
            .unwrap_or_default()
    }

    /// Waits (polling briefly) until `count` cues have been handed to the
    /// mixer; returns them.
    fn wait_for_handed(player: &RodioPlayer, count: usize) -> Vec<Cue> {
        let start = Instant::now();
        loop {
            let handed = handed(player);
            if handed.len() >= count || start.elapsed() > Duration::from_secs(10) {
                return handed;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn scheduled_cues_reach_the_mixer_in_time_order_and_cancel_forgets_them() {
        let player = RodioPlayer::with_null_output().expect("spawning a thread works in tests");
        let now = Instant::now();
        // Scheduled out of order, due within a few milliseconds.
        player.play_at(Cue::Tick, now + Duration::from_millis(40));
        player.play_at(Cue::Switch, now + Duration::from_millis(20));
        player.play_at(Cue::HoldComplete, now + Duration::from_millis(30));
        assert_eq!(
            wait_for_handed(&player, 3),
            vec![Cue::Switch, Cue::HoldComplete, Cue::Tick]
        );
        assert_eq!(player.output_state(), OutputState::Open);

        // Cancelled before it is due: never handed over. The cue scheduled
        // after the cancel (due later still) is, and nothing else comes.
        let now = Instant::now();
        player.play_at(Cue::Finish, now + Duration::from_millis(30));
        player.cancel_scheduled();
        player.play_at(Cue::Tick, now + Duration::from_millis(60));
        player.play(Cue::Switch);
        assert_eq!(wait_for_handed(&player, 5)[3..], [Cue::Switch, Cue::Tick]);
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(handed(&player).len(), 5, "the cancelled finish");
    }

    #[test]
    fn muting_silences_cues_already_scheduled_and_new_ones() {
        let player = RodioPlayer::with_null_output().expect("spawning a thread works in tests");
        player.play_at(Cue::Tick, Instant::now() + Duration::from_millis(100));
        // Scheduling opens the output: the worker has the cue.
        assert!(wait_for_state(
            &player,
            OutputState::Open,
            Duration::from_secs(5)
        ));
        player.set_muted(true);
        player.play_at(Cue::Finish, Instant::now());
        std::thread::sleep(Duration::from_millis(150));
        assert!(handed(&player).is_empty());
    }

    #[test]
    fn play_returns_at_once_even_while_the_device_is_slow_to_open() {
        let player = RodioPlayer::with_opener(|| {
            std::thread::sleep(Duration::from_millis(800));
            Err(DeviceSinkError::NoDevice)
        })
        .expect("spawning a thread works in tests");
        let start = Instant::now();
        for _ in 0..50 {
            for cue in Cue::ALL {
                player.play(cue);
            }
        }
        assert!(start.elapsed() < Duration::from_millis(100), "play blocked");
        let start = Instant::now();
        drop(player);
        assert!(start.elapsed() < Duration::from_millis(100), "drop blocked");
    }
}
