//! The spoken coach's voice behind a small trait, like the sound cues
//! behind [`crate::sound::CuePlayer`].
//!
//! The app keeps a `Box<dyn Speaker>`; the real one (the `tts` crate:
//! Speech Dispatcher on Linux, WinRT on Windows, AVFoundation on macOS, on
//! a worker thread of its own) is the app's `platform::speech`. Nothing on
//! the caller's side ever waits for the speech engine. When there is no
//! voice (no speech service, a CI machine) [`Speaker::availability`] says
//! why, in words the Settings screen can show; everything else goes on
//! (the chimes still play).
//!
//! Lines can be scheduled for an instant ([`Speaker::say_at`]), so a spoken
//! countdown is on its second whatever the screen does; each line is
//! logged with its lateness at target `limber::cues` when it is handed to
//! the engine.
//!
//! [`RecordingSpeaker`] stands in for tests (it keeps what would have been
//! said, against a clock the test controls), [`SilentSpeaker`] for `no
//! voice at all`.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

mod language;
pub use language::{no_voice_reason, speaks, voice_for};

use crate::time::Clock;

/// A voice the platform offers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VoiceInfo {
    /// What [`Speaker::set_voice`] takes.
    pub id: String,
    /// The name to show.
    pub name: String,
    /// Its language as a BCP 47 tag, e.g. `en-GB`.
    pub language: String,
}

/// Whether the speaker can speak.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Availability {
    /// Still connecting to the speech service.
    Starting,
    /// Connected: lines are spoken.
    Ready,
    /// No voice; the reason, for the notice.
    Unavailable(String),
}

impl Availability {
    /// The notice the Settings screen shows when there is no voice.
    pub fn notice(&self) -> Option<String> {
        let Availability::Unavailable(reason) = self else {
            return None;
        };
        let language = crate::i18n::current();
        let name = crate::t!("language-called", tag = language.tag());
        let hint = if cfg!(target_os = "linux") {
            crate::t!("speech-add-voice-linux", language = name.as_str())
        } else if cfg!(target_os = "windows") {
            crate::t!("speech-add-voice-windows", language = name.as_str())
        } else if cfg!(target_os = "macos") {
            crate::t!("speech-add-voice-macos", language = name.as_str())
        } else {
            String::new()
        };
        let said = crate::t!("speech-unavailable", reason = reason.as_str());
        Some(if hint.is_empty() {
            said
        } else {
            crate::t!("speech-notice", unavailable = said, hint = hint)
        })
    }
}

/// Something that can speak. All methods return at once; none can fail.
/// A speaker without a voice stays quiet.
pub trait Speaker: Send {
    /// Say `text` now, cutting off whatever is being said.
    fn say(&self, text: &str);

    /// Say `text` at the instant `at` (at once if it is past), cutting off
    /// whatever is being said then. Lines are said in time order until
    /// [`Speaker::stop`].
    fn say_at(&self, at: Instant, text: &str);

    /// Stop speaking at once and forget every scheduled line (pause, skip,
    /// back, stop).
    fn stop(&self);

    /// Speaking speed: 1.0 is the voice's normal rate, 0.5 about half as
    /// fast, 2.0 about twice as fast (clamped to that range; NaN is 1.0).
    fn set_rate(&self, rate: f32);

    /// Volume from 0.0 (silent) to 1.0 (the voice's full volume); clamped,
    /// NaN is 0.0.
    fn set_volume(&self, volume: f32);

    /// Use the voice with this [`VoiceInfo::id`], or the platform's
    /// default voice with `None`. An unknown id is logged and ignored.
    fn set_voice(&self, voice: Option<&str>);

    /// The voices known so far (empty until connected, or without a voice).
    fn voices(&self) -> Vec<VoiceInfo>;

    fn availability(&self) -> Availability;

    /// Whether it can speak and with which voices, in one piece (for the
    /// Settings screen).
    fn status(&self) -> Status {
        Status {
            availability: self.availability(),
            voices: self.voices(),
        }
    }
}

/// A speaker's [`Availability`] and voices at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub availability: Availability,
    pub voices: Vec<VoiceInfo>,
}

impl Default for Status {
    /// Not asked yet: as a speaker that is still connecting.
    fn default() -> Self {
        Status {
            availability: Availability::Starting,
            voices: Vec::new(),
        }
    }
}

/// The voices to offer for words in `language` (a BCP 47 primary tag such
/// as `en`): those speaking it, sorted by name; all of them, sorted, if
/// none does (a voice that reads English badly beats no choice).
pub fn voices_for(language: &str, voices: &[VoiceInfo]) -> Vec<VoiceInfo> {
    let speaks = |voice: &VoiceInfo| {
        let primary = voice.language.split(['-', '_']).next().unwrap_or_default();
        primary.eq_ignore_ascii_case(language)
    };
    let mut offered: Vec<VoiceInfo> = voices.iter().filter(|v| speaks(v)).cloned().collect();
    if offered.is_empty() {
        offered = voices.to_vec();
    }
    offered.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.id.cmp(&b.id))
    });
    offered.dedup_by(|a, b| a.id == b.id);
    offered
}

/// The speaking rate a setting asks for, clamped into 0.5..=2.0 (NaN: 1.0).
pub fn sanitize_rate(rate: f32) -> f32 {
    if rate.is_nan() {
        1.0
    } else {
        rate.clamp(0.5, 2.0)
    }
}

/// The volume a setting asks for, clamped into 0.0..=1.0 (NaN: 0.0).
pub fn sanitize_volume(volume: f32) -> f32 {
    if volume.is_nan() {
        0.0
    } else {
        volume.clamp(0.0, 1.0)
    }
}

/// A speaker with no voice.
#[derive(Debug, Clone)]
pub struct SilentSpeaker {
    reason: String,
}

impl SilentSpeaker {
    /// A silent speaker; `reason` is what [`Speaker::availability`] reports.
    pub fn new(reason: &str) -> SilentSpeaker {
        SilentSpeaker {
            reason: reason.to_owned(),
        }
    }
}

impl Default for SilentSpeaker {
    fn default() -> Self {
        SilentSpeaker::new(&crate::t!("speech-off"))
    }
}

impl Speaker for SilentSpeaker {
    fn say(&self, _text: &str) {}
    fn say_at(&self, _at: Instant, _text: &str) {}
    fn stop(&self) {}
    fn set_rate(&self, _rate: f32) {}
    fn set_volume(&self, _volume: f32) {}
    fn set_voice(&self, _voice: Option<&str>) {}
    fn voices(&self) -> Vec<VoiceInfo> {
        Vec::new()
    }
    fn availability(&self) -> Availability {
        Availability::Unavailable(self.reason.clone())
    }
}

/// A speaker for tests: it keeps what it was asked to say, against a clock
/// the test controls, so a test can ask what had been said by an instant:
/// a line said with `say` is said when asked; a scheduled line is said at
/// its instant unless a `stop` came first. Clones share the record.
#[derive(Clone)]
pub struct RecordingSpeaker {
    clock: Arc<dyn Clock + Send + Sync>,
    record: Arc<Mutex<SpeechRecord>>,
}

#[derive(Debug, Default)]
struct SpeechRecord {
    /// Lines that were (or are being) said, with the instant they began.
    said: Vec<(Instant, String)>,
    /// Scheduled lines not yet due at the last stop.
    scheduled: Vec<(Instant, String)>,
    stops: Vec<Instant>,
    rate: Option<f32>,
    volume: Option<f32>,
    voice: Option<Option<String>>,
}

impl RecordingSpeaker {
    pub fn new(clock: Arc<dyn Clock + Send + Sync>) -> RecordingSpeaker {
        RecordingSpeaker {
            clock,
            record: Arc::new(Mutex::new(SpeechRecord::default())),
        }
    }

    /// Every line said by the clock's current instant, in the order they
    /// began.
    pub fn spoken(&self) -> Vec<String> {
        self.spoken_with_instants()
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    }

    /// [`RecordingSpeaker::spoken`] with the instant each line began.
    pub fn spoken_with_instants(&self) -> Vec<(Instant, String)> {
        let now = self.clock.now();
        let record = self.lock();
        let mut lines: Vec<(Instant, String)> = record
            .said
            .iter()
            .chain(record.scheduled.iter().filter(|(at, _)| *at <= now))
            .cloned()
            .collect();
        lines.sort_by_key(|(at, _)| *at);
        lines
    }

    /// The lines scheduled for later than the clock's current instant.
    pub fn pending(&self) -> Vec<(Instant, String)> {
        let now = self.clock.now();
        self.lock()
            .scheduled
            .iter()
            .filter(|(at, _)| *at > now)
            .cloned()
            .collect()
    }

    /// The instants `stop` was called at.
    pub fn stops(&self) -> Vec<Instant> {
        self.lock().stops.clone()
    }

    pub fn rate(&self) -> Option<f32> {
        self.lock().rate
    }

    pub fn volume(&self) -> Option<f32> {
        self.lock().volume
    }

    /// The last voice set: `Some(None)` for "the default voice".
    pub fn voice(&self) -> Option<Option<String>> {
        self.lock().voice.clone()
    }

    fn lock(&self) -> MutexGuard<'_, SpeechRecord> {
        // A panic in another test thread must not hide what was recorded.
        self.record
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Speaker for RecordingSpeaker {
    fn say(&self, text: &str) {
        let now = self.clock.now();
        self.lock().said.push((now, text.to_owned()));
    }

    fn say_at(&self, at: Instant, text: &str) {
        self.lock().scheduled.push((at, text.to_owned()));
    }

    fn stop(&self) {
        let now = self.clock.now();
        let mut record = self.lock();
        // Lines due by now were said (the stop cuts the one under way).
        let (due, later): (Vec<_>, Vec<_>) = std::mem::take(&mut record.scheduled)
            .into_iter()
            .partition(|(at, _)| *at <= now);
        record.said.extend(due);
        drop(later);
        record.stops.push(now);
    }

    fn set_rate(&self, rate: f32) {
        self.lock().rate = Some(sanitize_rate(rate));
    }

    fn set_volume(&self, volume: f32) {
        self.lock().volume = Some(sanitize_volume(volume));
    }

    fn set_voice(&self, voice: Option<&str>) {
        self.lock().voice = Some(voice.map(str::to_owned));
    }

    fn voices(&self) -> Vec<VoiceInfo> {
        vec![VoiceInfo {
            id: "recording".into(),
            name: "Recording".into(), // untranslated: a test double's voice
            language: "en".into(),
        }]
    }

    fn availability(&self) -> Availability {
        Availability::Ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FakeClock;
    use std::time::Duration;

    #[test]
    fn recording_speaker_says_scheduled_lines_when_due_unless_stopped_first() {
        let clock = Arc::new(FakeClock::new(Instant::now()));
        let speaker = RecordingSpeaker::new(clock.clone());
        let at = |s: u64| clock.at(Duration::from_secs(s));
        speaker.say("Knee to chest.");
        speaker.say_at(at(2), "Hold for 15 seconds.");
        speaker.say_at(at(5), "3");
        speaker.say_at(at(6), "2");
        assert_eq!(speaker.spoken(), vec!["Knee to chest."]);
        clock.set(Duration::from_secs(5));
        assert_eq!(
            speaker.spoken(),
            vec!["Knee to chest.", "Hold for 15 seconds.", "3"]
        );
        // Pause at 5.5 s: "2" is never said.
        clock.set(Duration::from_millis(5500));
        speaker.stop();
        clock.set(Duration::from_secs(10));
        assert_eq!(
            speaker.spoken(),
            vec!["Knee to chest.", "Hold for 15 seconds.", "3"]
        );
        assert!(speaker.pending().is_empty());
        assert_eq!(speaker.stops(), vec![clock.at(Duration::from_millis(5500))]);
    }

    #[test]
    fn settings_are_clamped_and_recorded() {
        let clock = Arc::new(FakeClock::new(Instant::now()));
        let recording = RecordingSpeaker::new(clock);
        let speaker: Box<dyn Speaker> = Box::new(recording.clone());
        assert_eq!(recording.voice(), None);
        speaker.set_rate(5.0);
        speaker.set_volume(f32::NAN);
        speaker.set_voice(Some("en-gb"));
        assert_eq!(recording.rate(), Some(2.0));
        assert_eq!(recording.volume(), Some(0.0));
        assert_eq!(recording.voice(), Some(Some("en-gb".to_owned())));
        speaker.set_voice(None);
        assert_eq!(recording.voice(), Some(None));
        assert_eq!(sanitize_rate(0.1), 0.5);
        assert_eq!(sanitize_rate(f32::NAN), 1.0);
        assert_eq!(sanitize_volume(0.25), 0.25);
    }

    #[test]
    fn voices_in_the_coachs_language_are_offered_sorted() {
        let voice = |id: &str, name: &str, language: &str| VoiceInfo {
            id: id.into(),
            name: name.into(),
            language: language.into(),
        };
        let all = vec![
            voice("fr", "French", "fr-FR"),
            voice("en-us", "English (America)", "en-US"),
            voice("de", "German", "de"),
            voice("en-gb", "English (Great Britain)", "en_GB"),
            voice("en-gb", "English (Great Britain)", "en_GB"),
        ];
        let ids = |voices: Vec<VoiceInfo>| voices.into_iter().map(|v| v.id).collect::<Vec<_>>();
        assert_eq!(ids(voices_for("en", &all)), vec!["en-us", "en-gb"]);
        // No voice speaks it: every voice, rather than none.
        assert_eq!(ids(voices_for("nl", &all)).len(), 4);
        assert!(voices_for("en", &[]).is_empty());
    }

    #[test]
    fn only_an_unavailable_speaker_has_a_notice() {
        assert_eq!(Availability::Ready.notice(), None);
        assert_eq!(Availability::Starting.notice(), None);
        let notice = SilentSpeaker::new("no speech service")
            .availability()
            .notice()
            .expect("a notice");
        assert!(notice.contains("no speech service"), "{notice}");
        assert!(notice.contains("chimes still play"), "{notice}");
    }
}
