//! [`TtsSpeaker`]: a speech engine on a worker thread of its own.
//!
//! The caller only ever sends a command down a channel or reads shared
//! state, so no method waits for the engine, however slow it is to connect
//! or to speak. The worker connects first (Speech Dispatcher may need to be
//! started, which takes a moment), then sleeps until a command comes or
//! the next scheduled line is due.
//!
//! The voice follows the language in use (`limber_core::i18n`): the
//! person's voice while it speaks that language, else the best voice that
//! does. When none does, the worker stays connected but says nothing, and
//! the speaker's availability says why (the coach then counts with ticks);
//! a change of language is seen before the next line.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use limber_core::i18n::{self, Language};
use limber_core::session::agenda::{Agenda, Woken, sleep};
use limber_core::sound::{CUES_LOG_TARGET, micros};
use limber_core::speech::{
    Availability, Speaker, VoiceInfo, no_voice_reason, sanitize_rate, sanitize_volume, voice_for,
};

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

/// Opens an engine; called once, on the worker thread.
type Opener = Box<dyn FnOnce() -> Result<Box<dyn Engine>, String> + Send>;

/// The language in use and a number that changes with it: the app's
/// ([`i18n::current`], [`i18n::generation`]), or a test's.
type LanguageSource = Arc<dyn Fn() -> (u64, Language) + Send + Sync>;

fn language_in_use() -> (u64, Language) {
    (i18n::generation(), i18n::current())
}

enum Command {
    Say {
        text: String,
        asked_at: Instant,
    },
    SayAt {
        text: String,
        at: Instant,
    },
    Stop,
    Rate(f32),
    Volume(f32),
    Voice(Option<String>),
    /// The language in use changed: choose the voice again (the worker
    /// does on every wake; this only wakes it).
    Refit,
}

struct Shared {
    availability: Availability,
    voices: Vec<VoiceInfo>,
    /// The language generation the availability was last worked out for.
    fitted_for: Option<u64>,
}

/// The platform's speech, spoken on a worker thread.
pub struct TtsSpeaker {
    commands: Sender<Command>,
    shared: Arc<Mutex<Shared>>,
    language: LanguageSource,
}

/// The speech worker's thread could not be started.
#[derive(Debug, thiserror::Error)]
#[error("{}", limber_core::t!("speech-thread-failed", error = .0.to_string()))]
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
        Self::with_opener_in(open, Arc::new(language_in_use))
    }

    /// [`TtsSpeaker::with_opener`] with the language from `language`.
    pub(crate) fn with_opener_in(
        open: Opener,
        language: LanguageSource,
    ) -> Result<TtsSpeaker, SpawnError> {
        let shared = Arc::new(Mutex::new(Shared {
            availability: Availability::Starting,
            voices: Vec::new(),
            fitted_for: None,
        }));
        let (commands, receiver) = mpsc::channel();
        let worker_shared = Arc::clone(&shared);
        let worker_language = Arc::clone(&language);
        std::thread::Builder::new()
            .name("limber-speech".into())
            .spawn(move || run_worker(receiver, &worker_shared, open, &worker_language))?;
        Ok(TtsSpeaker {
            commands,
            shared,
            language,
        })
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
        let (generation, language) = (self.language)();
        let shared = lock(&self.shared);
        if shared.voices.is_empty() || shared.fitted_for == Some(generation) {
            return shared.availability.clone();
        }
        // The language changed since the worker last chose a voice. It
        // sleeps until asked (no wake-ups while idle), so it is asked now,
        // and the answer is the one it will come to, from the voices it
        // listed: the coach that starts on this answer counts with ticks
        // where no voice speaks the language.
        let answer = match voice_for(&language, None, &shared.voices) {
            Some(_) => Availability::Ready,
            None => Availability::Unavailable(no_voice_reason(&language)),
        };
        drop(shared);
        self.send(Command::Refit);
        answer
    }
}

/// The voice on the engine and what it was chosen for.
#[derive(Default)]
struct Fitted {
    /// The person's voice (`None`: no choice, the language's best).
    wanted: Option<String>,
    /// [`i18n::generation`] when the voice was last chosen.
    generation: Option<u64>,
    /// The voice set on the engine (`None`: none set yet).
    voice: Option<String>,
    /// No voice speaks the language in use: lines are not said.
    mute: bool,
}

impl Fitted {
    /// Chooses the voice again if the language in use or the person's
    /// choice changed since: the chosen voice goes on the engine, or, when
    /// no voice speaks the language, the worker falls quiet and the
    /// availability says why (once per change).
    fn fit(
        &mut self,
        engine: &mut dyn Engine,
        voices: &[VoiceInfo],
        language: &LanguageSource,
        shared: &Mutex<Shared>,
    ) {
        let (generation, language) = language();
        if self.generation == Some(generation) {
            return;
        }
        self.generation = Some(generation);
        lock(shared).fitted_for = Some(generation);
        let Some(voice) = voice_for(&language, self.wanted.as_deref(), voices) else {
            let reason = no_voice_reason(&language);
            tracing::warn!(
                "no voice speaks {} ({} voices installed); the coach counts with ticks",
                language.locale_tag(),
                voices.len()
            );
            self.mute = true;
            lock(shared).availability = Availability::Unavailable(reason);
            return;
        };
        if self.voice.as_deref() != Some(voice.id.as_str()) {
            if let Err(err) = engine.set_voice(&voice.id) {
                // The previous voice may speak another language: quiet
                // rather than wrong.
                tracing::warn!(
                    "cannot use the voice {:?} ({err}); the coach counts with ticks",
                    voice.id
                );
                self.mute = true;
                lock(shared).availability = Availability::Unavailable(err);
                return;
            }
            tracing::info!(
                "voice: {:?} ({}) for {}",
                voice.name,
                voice.language,
                language.locale_tag()
            );
            self.voice = Some(voice.id.clone());
        }
        self.mute = false;
        lock(shared).availability = Availability::Ready;
    }

    /// The person chose a voice (or none).
    fn want(&mut self, wanted: Option<String>) {
        if wanted != self.wanted {
            self.wanted = wanted;
            self.generation = None;
        }
    }
}

fn run_worker(
    commands: Receiver<Command>,
    shared: &Mutex<Shared>,
    open: Opener,
    language: &LanguageSource,
) {
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
        let reason = limber_core::t!("speech-no-voices");
        tracing::warn!("no voice for the spoken coach ({reason}); the chimes still play");
        lock(shared).availability = Availability::Unavailable(reason);
        retire(engine);
        return;
    }
    lock(shared).voices = voices.clone();
    let mut fitted = Fitted::default();
    fitted.fit(engine.as_mut(), &voices, language, shared);

    let mut agenda: Agenda<String> = Agenda::new();
    loop {
        // Until the next line is due, or a command: nothing scheduled, no
        // wake-up.
        let command = match sleep(&commands, agenda.wait_until(Instant::now(), None)) {
            Woken::Command(command) => Some(command),
            Woken::Due => None,
            Woken::Gone => break,
        };
        // The language may have changed since the last command.
        fitted.fit(engine.as_mut(), &voices, language, shared);
        let mute = fitted.mute;
        let result = match command {
            None => Ok(()),
            Some(Command::Say { text, asked_at }) => speak(engine.as_mut(), &text, asked_at, mute),
            Some(Command::SayAt { text, at }) => {
                agenda.push(at, text);
                Ok(())
            }
            Some(Command::Stop) => {
                agenda.clear();
                engine.stop()
            }
            Some(Command::Rate(rate)) => engine.set_rate(rate),
            Some(Command::Volume(volume)) => engine.set_volume(volume),
            // Every routine start sets the voice: the same one again
            // changes nothing. A voice that is gone (uninstalled, another
            // machine's profile) or speaks another language is passed
            // over for the language's best.
            Some(Command::Voice(wanted)) => {
                fitted.want(wanted);
                fitted.fit(engine.as_mut(), &voices, language, shared);
                Ok(())
            }
            // Fitted above.
            Some(Command::Refit) => Ok(()),
        };
        let mute = fitted.mute;
        let result = result.and_then(|()| {
            agenda
                .take_due(Instant::now())
                .into_iter()
                .try_for_each(|(due, text)| speak(engine.as_mut(), &text, due, mute))
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

/// Hands `text`, due at `due`, to the engine unless it is stale (or no
/// voice speaks the language: `mute`), and logs how late that was.
fn speak(engine: &mut dyn Engine, text: &str, due: Instant, mute: bool) -> Result<(), String> {
    let late = Instant::now().saturating_duration_since(due);
    if mute {
        tracing::debug!(
            target: CUES_LOG_TARGET,
            say = text,
            "words dropped: no voice speaks the language"
        );
        return Ok(());
    }
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

/// Lets go of an engine without dropping it. The `tts` crate's Speech
/// Dispatcher backend forgets its callbacks when dropped, and a late
/// "speech cancelled" notification from the service then panics on the
/// service's thread (aborting the app). An engine is retired only when the
/// app closes or the engine is of no use, so the leak is one connection;
/// the operating system closes it when the app exits.
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
        voices: Vec<VoiceInfo>,
    }

    fn voice(id: &str, language: &str) -> VoiceInfo {
        VoiceInfo {
            id: id.into(),
            name: id.into(),
            language: language.into(),
        }
    }

    /// The one voice most tests need: English, like the language in use.
    fn english() -> Vec<VoiceInfo> {
        vec![voice("fake", "en")]
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
            self.voices.clone()
        }
    }

    fn speaker_with(log: &Log, open_delay: Duration, speak_delay: Duration) -> TtsSpeaker {
        let log = log.clone();
        TtsSpeaker::with_opener(Box::new(move || {
            std::thread::sleep(open_delay);
            Ok(Box::new(FakeEngine {
                log: log.clone(),
                speak_delay,
                voices: english(),
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
        let calls = log.wait_until(|calls| calls.len() >= 3);
        assert_eq!(
            calls,
            vec![
                Call::Voice("fake".into()),
                Call::Speak("first".into()),
                Call::Speak("second".into())
            ],
            "the language's voice first"
        );
        speaker.stop();
        speaker.say("now");
        let calls = log.wait_until(|calls| calls.len() >= 5);
        assert_eq!(calls[3..], [Call::Stop, Call::Speak("now".into())]);
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
        // The voice for the language at once; a missing one is passed over
        // for it, and the same one again changes nothing.
        assert_eq!(
            calls,
            vec![
                Call::Voice("fake".into()),
                Call::Rate(2.0),
                Call::Volume(0.5),
                Call::Speak("still speaking".into())
            ]
        );
        // No choice (as every routine start may ask): the language's best,
        // already in use.
        speaker.set_voice(None);
        speaker.set_voice(Some("fake"));
        speaker.set_voice(None);
        speaker.say("same voice");
        let calls = log.wait_until(|calls| calls.len() >= 5);
        assert_eq!(calls[4..], [Call::Speak("same voice".into())]);
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
        let calls = log.wait_until(|calls| calls.iter().any(|c| matches!(c, Call::Speak(_))));
        assert_eq!(
            calls,
            vec![Call::Voice("fake".into()), Call::Speak("fresh".into())]
        );
    }

    #[test]
    fn a_service_with_no_voice_is_no_voice() {
        let log = Log::default();
        let opened = log.clone();
        let speaker = TtsSpeaker::with_opener(Box::new(move || {
            Ok(Box::new(FakeEngine {
                log: opened.clone(),
                speak_delay: Duration::ZERO,
                voices: Vec::new(),
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

    /// A language in use that a test changes, as the app's
    /// `i18n::choose` would.
    #[derive(Clone)]
    struct InUse(Arc<Mutex<(u64, Language)>>);

    impl InUse {
        fn new(tag: &str) -> InUse {
            InUse(Arc::new(Mutex::new((
                0,
                limber_core::testing::language(tag),
            ))))
        }
        fn choose(&self, tag: &str) {
            if let Ok(mut in_use) = self.0.lock() {
                *in_use = (in_use.0 + 1, limber_core::testing::language(tag));
            }
        }
        fn source(&self) -> LanguageSource {
            let in_use = self.clone();
            Arc::new(move || {
                in_use
                    .0
                    .lock()
                    .map(|in_use| in_use.clone())
                    .unwrap_or_else(|_| (0, Language::english()))
            })
        }
    }

    #[test]
    fn the_voice_follows_the_language_and_without_one_the_coach_is_quiet() {
        let log = Log::default();
        let opened = log.clone();
        let in_use = InUse::new("en");
        let speaker = TtsSpeaker::with_opener_in(
            Box::new(move || {
                Ok(Box::new(FakeEngine {
                    log: opened,
                    speak_delay: Duration::ZERO,
                    voices: vec![
                        voice("Spanish+Alex", "es"),
                        voice("English (America)", "en-US"),
                        voice("Spanish (Spain)", "es"),
                    ],
                }) as Box<dyn Engine>)
            }),
            in_use.source(),
        )
        .expect("spawning a thread works in tests");
        assert!(wait_for(&speaker, &Availability::Ready));
        speaker.say("one");
        let spoken = |n: usize| {
            move |calls: &[Call]| calls.iter().filter(|c| matches!(c, Call::Speak(_))).count() >= n
        };
        log.wait_until(spoken(1));
        // The person's English voice while the coach speaks Spanish: the
        // Spanish one instead, its plain form before a variant.
        speaker.set_voice(Some("English (America)"));
        in_use.choose("es-MX");
        speaker.say("dos");
        let calls = log.wait_until(spoken(2));
        assert_eq!(
            calls,
            [
                Call::Voice("English (America)".into()),
                Call::Speak("one".into()),
                Call::Voice("Spanish (Spain)".into()),
                Call::Speak("dos".into()),
            ]
        );
        // French, which no voice speaks: nothing said, and why.
        in_use.choose("fr");
        speaker.say("trois");
        let quiet = Availability::Unavailable("aucune voix installée ne parle français".into());
        assert!(wait_for(&speaker, &quiet), "{:?}", speaker.availability());
        let later = Instant::now() + Duration::from_millis(20);
        speaker.say_at(later, "quatre");
        std::thread::sleep(Duration::from_millis(80));
        assert_eq!(log.calls().len(), 4, "{:?}", log.calls());
        let notice = speaker.availability().notice().expect("a notice");
        assert!(notice.contains("français"), "{notice}");
        // Without a word asked for, the availability follows the language.
        in_use.choose("de");
        let quiet = Availability::Unavailable("keine installierte Stimme spricht Deutsch".into());
        assert!(wait_for(&speaker, &quiet), "{:?}", speaker.availability());
        // English again: the person's voice, and speaking.
        in_use.choose("en");
        speaker.say("five");
        let calls = log.wait_until(spoken(3));
        assert_eq!(
            calls[4..],
            [
                Call::Voice("English (America)".into()),
                Call::Speak("five".into())
            ]
        );
        assert_eq!(speaker.availability(), Availability::Ready);
    }

    /// The real service: `cargo test --lib real_voices -- --ignored
    /// --nocapture` on a machine with Speech Dispatcher and espeak-ng
    /// (`scripts/setup.sh --voice`). Says nothing; prints what it chose.
    #[test]
    #[ignore = "needs Speech Dispatcher with espeak-ng"]
    fn real_voices_follow_the_language() {
        let in_use = InUse::new("es");
        let speaker = TtsSpeaker::with_opener_in(
            Box::new(|| {
                super::super::tts_engine::TtsEngine::open()
                    .map(|engine| Box::new(engine) as Box<dyn Engine>)
            }),
            in_use.source(),
        )
        .expect("spawning a thread works in tests");
        // Listing espeak-ng's thousands of voices takes a while.
        let start = Instant::now();
        while speaker.availability() == Availability::Starting
            && start.elapsed() < Duration::from_secs(120)
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        println!("connected in {:?}", start.elapsed());
        assert_eq!(speaker.availability(), Availability::Ready);
        let voices = speaker.voices();
        println!("{} voices", voices.len());
        for tag in ["es", "es-MX", "en-GB", "de", "fr", "pt-BR", "zh-CN"] {
            in_use.choose(tag);
            speaker.stop();
            assert!(wait_for(&speaker, &Availability::Ready), "{tag}");
            let language = limber_core::testing::language(tag);
            let voice = voice_for(&language, None, &voices).expect("a voice");
            println!("{tag}: {:?} ({})", voice.name, voice.language);
        }
        in_use.choose("yo");
        speaker.stop();
        let quiet = Availability::Unavailable("no installed voice speaks yo".into());
        assert!(wait_for(&speaker, &quiet), "{:?}", speaker.availability());
        println!(
            "yo: {}",
            speaker.availability().notice().unwrap_or_default()
        );
    }
}
