//! [`TtsSpeaker`]: a speech engine on a worker thread of its own.
//!
//! The caller only ever sends a command down a channel or reads shared
//! state, so no method waits for the engine, however slow it is to connect
//! or to speak. The worker connects first (Speech Dispatcher may need to be
//! started, which takes a moment), then sleeps until a command comes or
//! the next scheduled line is due.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use limber_core::session::agenda::{Agenda, Woken, sleep};
use limber_core::sound::{CUES_LOG_TARGET, micros};
use limber_core::speech::{Availability, Speaker, VoiceInfo, sanitize_rate, sanitize_volume};

use super::tts_engine::TtsEngine;

/// A line that could not be said within this long of its instant is left
/// out: a count of "2" a second late is worse than none.
const STALE_AFTER: Duration = Duration::from_millis(500);

/// What a speech engine can do, as the worker uses it. The real one is
/// [`TtsEngine`]; tests use slow, failing or recording ones.
pub(crate) trait Engine {
    /// Say `text`, cutting off whatever is being said.
    fn speak(&mut self, text: &str) -> Result<(), String>;
    fn stop(&mut self) -> Result<(), String>;
    /// `rate` is 0.5..=2.0, 1.0 normal.
    fn set_rate(&mut self, rate: f32) -> Result<(), String>;
    /// `volume` is 0.0..=1.0.
    fn set_volume(&mut self, volume: f32) -> Result<(), String>;
    fn set_voice(&mut self, id: &str) -> Result<(), String>;
    fn voices(&mut self) -> Vec<VoiceInfo>;
}

/// An engine that says nothing (see [`TtsSpeaker::with_null_engine`]).
struct NullEngine;

impl Engine for NullEngine {
    fn speak(&mut self, _text: &str) -> Result<(), String> {
        Ok(())
    }
    fn stop(&mut self) -> Result<(), String> {
        Ok(())
    }
    fn set_rate(&mut self, _rate: f32) -> Result<(), String> {
        Ok(())
    }
    fn set_volume(&mut self, _volume: f32) -> Result<(), String> {
        Ok(())
    }
    fn set_voice(&mut self, _id: &str) -> Result<(), String> {
        Ok(())
    }
    fn voices(&mut self) -> Vec<VoiceInfo> {
        Vec::new()
    }
}

/// Opens an engine; called on the worker thread (again to go back to the
/// default voice).
type Opener = Box<dyn FnMut() -> Result<Box<dyn Engine>, String> + Send>;

enum Command {
    Say { text: String, asked_at: Instant },
    SayAt { text: String, at: Instant },
    Stop,
    Rate(f32),
    Volume(f32),
    Voice(Option<String>),
}

struct Shared {
    availability: Availability,
    voices: Vec<VoiceInfo>,
}

/// The platform's speech, spoken on a worker thread.
pub struct TtsSpeaker {
    commands: Sender<Command>,
    shared: Arc<Mutex<Shared>>,
}

/// The speech worker's thread could not be started.
#[derive(Debug, thiserror::Error)]
#[error("cannot start the speech thread: {0}")]
pub struct SpawnError(#[from] std::io::Error);

impl TtsSpeaker {
    /// Starts the worker, which connects to the platform's speech service;
    /// returns at once.
    pub fn new() -> Result<TtsSpeaker, SpawnError> {
        Self::with_opener(Box::new(|| {
            TtsEngine::open().map(|engine| Box::new(engine) as Box<dyn Engine>)
        }))
    }

    /// A speaker whose engine accepts every line and says nothing: the
    /// worker and its scheduling are the real ones. For measuring cue
    /// timing on a machine without a speech service.
    pub fn with_null_engine() -> Result<TtsSpeaker, SpawnError> {
        Self::with_opener(Box::new(|| Ok(Box::new(NullEngine) as Box<dyn Engine>)))
    }

    pub(crate) fn with_opener(open: Opener) -> Result<TtsSpeaker, SpawnError> {
        let shared = Arc::new(Mutex::new(Shared {
            availability: Availability::Starting,
            voices: Vec::new(),
        }));
        let (commands, receiver) = mpsc::channel();
        let worker_shared = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("limber-speech".into())
            .spawn(move || run_worker(receiver, &worker_shared, open))?;
        Ok(TtsSpeaker { commands, shared })
    }

    fn send(&self, command: Command) {
        // A send error means the worker has stopped (no voice): stay quiet.
        let _ = self.commands.send(command);
    }
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Speaker for TtsSpeaker {
    fn say(&self, text: &str) {
        self.send(Command::Say {
            text: text.to_owned(),
            asked_at: Instant::now(),
        });
    }

    fn say_at(&self, at: Instant, text: &str) {
        self.send(Command::SayAt {
            text: text.to_owned(),
            at,
        });
    }

    fn stop(&self) {
        self.send(Command::Stop);
    }

    fn set_rate(&self, rate: f32) {
        self.send(Command::Rate(sanitize_rate(rate)));
    }

    fn set_volume(&self, volume: f32) {
        self.send(Command::Volume(sanitize_volume(volume)));
    }

    fn set_voice(&self, voice: Option<&str>) {
        self.send(Command::Voice(voice.map(str::to_owned)));
    }

    fn voices(&self) -> Vec<VoiceInfo> {
        lock(&self.shared).voices.clone()
    }

    fn availability(&self) -> Availability {
        lock(&self.shared).availability.clone()
    }
}

/// The settings to apply again after reopening the engine, and the voice
/// in use (`None`: the platform's default).
#[derive(Default)]
struct Applied {
    rate: Option<f32>,
    volume: Option<f32>,
    voice: Option<String>,
}

fn run_worker(commands: Receiver<Command>, shared: &Mutex<Shared>, mut open: Opener) {
    let mut engine = match open() {
        Ok(engine) => engine,
        Err(reason) => {
            tracing::warn!("no voice for the spoken coach ({reason}); the chimes still play");
            lock(shared).availability = Availability::Unavailable(reason);
            // Returning drops the receiver: later calls fail to send and
            // return at once, so nothing queues up.
            return;
        }
    };
    let voices = engine.voices();
    if voices.is_empty() {
        // Speech Dispatcher runs but has no output module with a voice:
        // every line would be silence, so say so as for no service at all.
        let reason = "the speech service offers no voice".to_owned();
        tracing::warn!("no voice for the spoken coach ({reason}); the chimes still play");
        lock(shared).availability = Availability::Unavailable(reason);
        retire(engine);
        return;
    }
    {
        let mut shared = lock(shared);
        shared.voices = voices;
        shared.availability = Availability::Ready;
    }

    let mut agenda: Agenda<String> = Agenda::new();
    let mut applied = Applied::default();
    loop {
        // Until the next line is due, or a command: nothing scheduled, no
        // wake-up.
        let command = match sleep(&commands, agenda.wait_until(Instant::now(), None)) {
            Woken::Command(command) => Some(command),
            Woken::Due => None,
            Woken::Gone => break,
        };
        let result = match command {
            None => Ok(()),
            Some(Command::Say { text, asked_at }) => speak(engine.as_mut(), &text, asked_at),
            Some(Command::SayAt { text, at }) => {
                agenda.push(at, text);
                Ok(())
            }
            Some(Command::Stop) => {
                agenda.clear();
                engine.stop()
            }
            Some(Command::Rate(rate)) => {
                applied.rate = Some(rate);
                engine.set_rate(rate)
            }
            Some(Command::Volume(volume)) => {
                applied.volume = Some(volume);
                engine.set_volume(volume)
            }
            // Every routine start sets the voice: the same one again
            // changes nothing (and does not reconnect for the default).
            Some(Command::Voice(wanted)) if wanted == applied.voice => Ok(()),
            Some(Command::Voice(Some(id))) => match engine.set_voice(&id) {
                Ok(()) => {
                    applied.voice = Some(id);
                    Ok(())
                }
                Err(err) => {
                    // A voice that is gone (uninstalled, another machine's
                    // profile) is no reason to stop speaking.
                    tracing::warn!("cannot use the voice {id:?} ({err}); keeping the current one");
                    Ok(())
                }
            },
            Some(Command::Voice(None)) => match reopen(&mut open, &applied) {
                Ok(fresh) => {
                    retire(std::mem::replace(&mut engine, fresh));
                    applied.voice = None;
                    Ok(())
                }
                Err(err) => Err(err),
            },
        };
        let result = result.and_then(|()| {
            agenda
                .take_due(Instant::now())
                .into_iter()
                .try_for_each(|(due, text)| speak(engine.as_mut(), &text, due))
        });
        if let Err(reason) = result {
            tracing::warn!(
                "the speech engine failed ({reason}); the spoken coach is off for this run"
            );
            lock(shared).availability = Availability::Unavailable(reason);
            break;
        }
    }
    // The speaker was dropped (the app is closing) or the engine failed:
    // cut any line under way.
    let _ = engine.stop();
    retire(engine);
}

/// Hands `text`, due at `due`, to the engine unless it is stale, and logs
/// how late that was.
fn speak(engine: &mut dyn Engine, text: &str, due: Instant) -> Result<(), String> {
    let late = Instant::now().saturating_duration_since(due);
    if late > STALE_AFTER {
        tracing::debug!(
            target: CUES_LOG_TARGET,
            say = text,
            late_us = micros(late),
            "words dropped: too late"
        );
        return Ok(());
    }
    engine.speak(text)?;
    tracing::debug!(
        target: CUES_LOG_TARGET,
        say = text,
        late_us = micros(Instant::now().saturating_duration_since(due)),
        "words handed to the speech engine"
    );
    Ok(())
}

/// A fresh engine (with the platform's default voice) with the rate and
/// volume set so far.
fn reopen(open: &mut Opener, applied: &Applied) -> Result<Box<dyn Engine>, String> {
    let mut engine = open()?;
    if let Some(rate) = applied.rate {
        engine.set_rate(rate)?;
    }
    if let Some(volume) = applied.volume {
        engine.set_volume(volume)?;
    }
    Ok(engine)
}

/// Lets go of an engine without dropping it. The `tts` crate's Speech
/// Dispatcher backend forgets its callbacks when dropped, and a late
/// "speech cancelled" notification from the service then panics on the
/// service's thread (aborting the app). An engine is retired only when the
/// app closes or the voice goes back to the default, so the leak is one
/// connection at most per such change; the operating system closes it
/// when the app exits.
fn retire(engine: Box<dyn Engine>) {
    std::mem::forget(engine);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a test engine was asked to do.
    #[derive(Debug, Clone, PartialEq)]
    enum Call {
        Speak(String),
        Stop,
        Rate(f32),
        Volume(f32),
        Voice(String),
    }

    #[derive(Clone, Default)]
    struct Log(Arc<Mutex<Vec<Call>>>);

    impl Log {
        fn calls(&self) -> Vec<Call> {
            self.0.lock().map(|calls| calls.clone()).unwrap_or_default()
        }
        fn push(&self, call: Call) {
            if let Ok(mut calls) = self.0.lock() {
                calls.push(call);
            }
        }
        /// Waits (briefly, polling) until `done` holds for the calls.
        fn wait_until(&self, done: impl Fn(&[Call]) -> bool) -> Vec<Call> {
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                let calls = self.calls();
                if done(&calls) {
                    return calls;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            self.calls()
        }
    }

    struct FakeEngine {
        log: Log,
        speak_delay: Duration,
        voiceless: bool,
    }

    impl Engine for FakeEngine {
        fn speak(&mut self, text: &str) -> Result<(), String> {
            std::thread::sleep(self.speak_delay);
            self.log.push(Call::Speak(text.to_owned()));
            Ok(())
        }
        fn stop(&mut self) -> Result<(), String> {
            self.log.push(Call::Stop);
            Ok(())
        }
        fn set_rate(&mut self, rate: f32) -> Result<(), String> {
            self.log.push(Call::Rate(rate));
            Ok(())
        }
        fn set_volume(&mut self, volume: f32) -> Result<(), String> {
            self.log.push(Call::Volume(volume));
            Ok(())
        }
        fn set_voice(&mut self, id: &str) -> Result<(), String> {
            if id == "missing" {
                return Err("no such voice".into());
            }
            self.log.push(Call::Voice(id.to_owned()));
            Ok(())
        }
        fn voices(&mut self) -> Vec<VoiceInfo> {
            if self.voiceless {
                return Vec::new();
            }
            vec![VoiceInfo {
                id: "fake".into(),
                name: "Fake".into(),
                language: "en".into(),
            }]
        }
    }

    fn speaker_with(log: &Log, open_delay: Duration, speak_delay: Duration) -> TtsSpeaker {
        let log = log.clone();
        TtsSpeaker::with_opener(Box::new(move || {
            std::thread::sleep(open_delay);
            Ok(Box::new(FakeEngine {
                log: log.clone(),
                speak_delay,
                voiceless: false,
            }) as Box<dyn Engine>)
        }))
        .expect("spawning a thread works in tests")
    }

    fn wait_for(speaker: &TtsSpeaker, wanted: &Availability) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if speaker.availability() == *wanted {
                return true;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        false
    }

    #[test]
    fn scheduled_lines_are_spoken_in_time_order_and_stop_forgets_the_rest() {
        let log = Log::default();
        let speaker = speaker_with(&log, Duration::ZERO, Duration::ZERO);
        assert!(wait_for(&speaker, &Availability::Ready));
        assert_eq!(speaker.voices().len(), 1);
        let now = Instant::now();
        // Scheduled out of order; due in a few milliseconds.
        speaker.say_at(now + Duration::from_millis(30), "second");
        speaker.say_at(now + Duration::from_millis(10), "first");
        speaker.say_at(now + Duration::from_secs(3600), "never");
        let calls = log.wait_until(|calls| calls.len() >= 2);
        assert_eq!(
            calls,
            vec![Call::Speak("first".into()), Call::Speak("second".into())]
        );
        speaker.stop();
        speaker.say("now");
        let calls = log.wait_until(|calls| calls.len() >= 4);
        assert_eq!(calls[2..], [Call::Stop, Call::Speak("now".into())]);
    }

    #[test]
    fn settings_reach_the_engine_and_a_missing_voice_is_only_logged() {
        let log = Log::default();
        let speaker = speaker_with(&log, Duration::ZERO, Duration::ZERO);
        speaker.set_rate(9.0);
        speaker.set_volume(0.5);
        speaker.set_voice(Some("missing"));
        speaker.set_voice(Some("fake"));
        speaker.say("still speaking");
        let calls = log.wait_until(|calls| calls.len() >= 4);
        assert_eq!(
            calls,
            vec![
                Call::Rate(2.0),
                Call::Volume(0.5),
                Call::Voice("fake".into()),
                Call::Speak("still speaking".into())
            ]
        );
        // Back to the default voice: a fresh engine with the same rate and
        // volume.
        speaker.set_voice(None);
        speaker.say("default voice");
        let calls = log.wait_until(|calls| calls.len() >= 7);
        assert_eq!(
            calls[4..],
            [
                Call::Rate(2.0),
                Call::Volume(0.5),
                Call::Speak("default voice".into())
            ]
        );
        // The default again (as every routine start asks): no new engine.
        speaker.set_voice(None);
        speaker.set_voice(Some("fake"));
        speaker.set_voice(Some("fake"));
        speaker.say("same voice");
        let calls = log.wait_until(|calls| calls.len() >= 9);
        assert_eq!(
            calls[7..],
            [Call::Voice("fake".into()), Call::Speak("same voice".into())]
        );
        assert_eq!(speaker.availability(), Availability::Ready);
    }

    #[test]
    fn the_caller_never_waits_for_a_slow_engine() {
        let log = Log::default();
        let speaker = speaker_with(&log, Duration::from_millis(300), Duration::from_millis(200));
        let start = Instant::now();
        assert_eq!(speaker.availability(), Availability::Starting);
        for n in 0..200 {
            speaker.say_at(Instant::now(), &n.to_string());
            speaker.set_rate(1.0);
            speaker.stop();
        }
        let _ = speaker.voices();
        let took = start.elapsed();
        // Far less than the engine's 300 ms start, let alone 200 × 200 ms.
        assert!(
            took < Duration::from_millis(250),
            "the caller waited {took:?}"
        );
        let start = Instant::now();
        drop(speaker);
        assert!(start.elapsed() < Duration::from_millis(100), "drop waited");
    }

    #[test]
    fn no_voice_is_reported_once_and_the_speaker_stays_quiet_and_quick() {
        let speaker = TtsSpeaker::with_opener(Box::new(|| Err("no speech service".into())))
            .expect("spawning a thread works in tests");
        assert!(wait_for(
            &speaker,
            &Availability::Unavailable("no speech service".into())
        ));
        let start = Instant::now();
        for _ in 0..1000 {
            speaker.say("hello");
            speaker.say_at(Instant::now(), "hello");
            speaker.stop();
        }
        assert!(start.elapsed() < Duration::from_millis(250));
        assert!(speaker.voices().is_empty());
        assert!(speaker.availability().notice().is_some());
    }

    #[test]
    fn stale_lines_are_dropped_not_said_late() {
        let log = Log::default();
        // The engine takes 700 ms to connect: a line due at once is stale
        // by then; one due after the connection is said.
        let speaker = speaker_with(&log, Duration::from_millis(700), Duration::ZERO);
        speaker.say_at(Instant::now(), "stale");
        speaker.say_at(Instant::now() + Duration::from_millis(1500), "fresh");
        let calls = log.wait_until(|calls| !calls.is_empty());
        assert_eq!(calls, vec![Call::Speak("fresh".into())]);
    }

    #[test]
    fn a_service_with_no_voice_is_no_voice() {
        let log = Log::default();
        let opened = log.clone();
        let speaker = TtsSpeaker::with_opener(Box::new(move || {
            Ok(Box::new(FakeEngine {
                log: opened.clone(),
                speak_delay: Duration::ZERO,
                voiceless: true,
            }) as Box<dyn Engine>)
        }))
        .expect("spawning a thread works in tests");
        let wanted = Availability::Unavailable("the speech service offers no voice".into());
        assert!(wait_for(&speaker, &wanted), "{:?}", speaker.availability());
        speaker.say("hello");
        std::thread::sleep(Duration::from_millis(50));
        assert!(log.calls().is_empty(), "{:?}", log.calls());
        let notice = speaker.availability().notice().expect("a notice");
        assert!(notice.contains("offers no voice"), "{notice}");
    }
}
