//! The profile data model: who is exercising, the dose they chose for each
//! exercise, and their app settings. Plain data with serde; every value that
//! a person (or a hand-edited file) can push out of range has a bound and a
//! clamping method that says what it changed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

#[cfg(test)]
use crate::dose::Intensity;
use crate::dose::{DoseField, ExerciseChoice};
use crate::ids::ProfileId;
use crate::profile::notice::Notice;

/// Volume is a percentage.
pub const VOLUME_BOUNDS: (u32, u32) = (0, 100);
/// "Get ready" countdown before a hold; 0 turns it off.
pub const GET_READY_SECONDS_BOUNDS: (u32, u32) = (0, 60);
/// Rest between repetitions when the user overrides the exercise's own rest.
pub const REST_SECONDS_BOUNDS: (u32, u32) = (0, 300);
/// How long a hands-free setup card stays up. At least 2 s so a card never
/// just flashes past someone lying on the floor.
pub const SETUP_READ_SECONDS_BOUNDS: (u32, u32) = (2, 120);

/// The spoken coach's speed in percent of the voice's normal rate.
pub const SPEECH_RATE_BOUNDS: (u32, u32) = (50, 200);

/// The longest profile name we accept, in characters; names are shown on a
/// switcher button and must stay short.
pub const MAX_NAME_CHARS: usize = 40;

/// One person's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Stable, file-safe id derived from the name when the profile was
    /// created; it names the profile's files and never changes on rename.
    pub id: ProfileId,
    /// The name shown in the app.
    pub name: String,
    /// Per-exercise choices keyed by exercise id. A missing entry means the
    /// default choice (Gentle, no overrides).
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseChoice>,
    #[serde(default)]
    pub settings: Settings,
    /// Whether the safety screen has been shown to this person.
    #[serde(default)]
    pub safety_seen: bool,
    /// Exercises (by id) this person chose to leave out of every routine,
    /// after one hurt ("This hurts" → "Leave this exercise out next
    /// time"); the Routine screen shows them and brings them back. Left
    /// out of the file while empty, so files without it read as before.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub left_out: BTreeSet<String>,
}

impl Profile {
    /// A fresh profile: Gentle everywhere, default settings.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Profile {
        Profile {
            id: ProfileId::new(id),
            name: name.into(),
            exercises: BTreeMap::new(),
            settings: Settings::default(),
            safety_seen: false,
            left_out: BTreeSet::new(),
        }
    }

    /// Whether this person left the exercise out of their routines.
    pub fn leaves_out(&self, exercise_id: &str) -> bool {
        self.left_out.contains(exercise_id)
    }

    /// The choice for an exercise, or the default (Gentle, no overrides) when
    /// the person never changed it ("start gradually").
    pub fn choice(&self, exercise_id: &str) -> ExerciseChoice {
        self.exercises.get(exercise_id).cloned().unwrap_or_default()
    }

    /// Brings every value into its bounds, returning one notice per change.
    pub fn clamp(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        for (exercise_id, choice) in &mut self.exercises {
            notices.extend(clamp_choice(choice, exercise_id));
        }
        notices.extend(self.settings.clamp());
        notices
    }
}

/// Brings a choice's exact values into the dose bounds (the session's one
/// rule, see `session::dose`); `exercise_id` names the exercise in the
/// notices.
pub fn clamp_choice(choice: &mut ExerciseChoice, exercise_id: &str) -> Vec<Notice> {
    let (clamped, clamps) = choice.clamped();
    *choice = clamped;
    clamps
        .into_iter()
        .map(|clamp| {
            let bounds = clamp.field.bounds();
            let what = match clamp.field {
                DoseField::HoldSeconds => {
                    crate::t!("profile-setting-hold", exercise = exercise_id)
                }
                DoseField::Repetitions => {
                    crate::t!("profile-setting-repetitions", exercise = exercise_id)
                }
            };
            Notice::Adjusted {
                what,
                requested: clamp.requested,
                used: clamp.used,
                min: bounds.min,
                max: bounds.max,
            }
        })
        .collect()
}

/// App settings, per profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Read through the file's shape, where older files also have `ticks`.
#[serde(from = "SettingsFile")]
pub struct Settings {
    pub sound: bool,
    /// 0..=100 percent.
    pub volume: u8,
    pub get_ready_seconds: u32,
    /// Rest between repetitions; `None` = as the exercise says.
    pub rest_seconds: Option<u32>,
    /// How long a setup card stays before the player moves on by itself.
    pub setup_read_seconds: u32,
    pub theme: Theme,
    pub text_size: TextSize,
    /// The spoken coach. On by default; it only speaks where the platform
    /// has a voice (without one the chimes and ticks play as before).
    pub speech: bool,
    /// The voice's id (`speech::VoiceInfo::id`); `None` is the platform's
    /// default voice.
    pub voice: Option<String>,
    /// Speaking speed in percent of the voice's normal rate, 50..=200.
    pub speech_rate: u32,
    /// The voice's volume in percent, 0..=100.
    pub speech_volume: u8,
    /// How the last three seconds of a hold are counted: the one control
    /// for ticks and the voice's "3, 2, 1".
    pub countdown: Countdown,
    /// The language of the screens, the coach and the papers, as a tag
    /// (`es`, `pt-BR`); `None` is the system's. `--lang` wins over it.
    pub language: Option<String>,
    /// The player fills the screen while a routine runs (read from the
    /// floor), and the window comes back at the end. On by default; a file
    /// written before the setting existed reads it as on.
    pub full_screen: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            sound: true,
            volume: 70,
            get_ready_seconds: 5,
            rest_seconds: None,
            setup_read_seconds: 8,
            theme: Theme::System,
            text_size: TextSize::Normal,
            speech: true,
            voice: None,
            speech_rate: 100,
            speech_volume: 100,
            countdown: Countdown::default(),
            language: None,
            full_screen: true,
        }
    }
}

/// [`Settings`] as a profile file holds them. Missing fields (a hand-edited
/// or older file) take their defaults. Files written before the countdown
/// was one choice have `ticks: true|false` beside it; the two become one
/// ([`Countdown::from_older`]), and the next save writes `countdown` alone.
#[derive(Deserialize)]
#[serde(default)]
struct SettingsFile {
    sound: bool,
    volume: u8,
    /// Written as a bare `true`/`false`, read as present or not.
    #[serde(deserialize_with = "present")]
    ticks: Option<bool>,
    get_ready_seconds: u32,
    rest_seconds: Option<u32>,
    setup_read_seconds: u32,
    theme: Theme,
    text_size: TextSize,
    speech: bool,
    voice: Option<String>,
    speech_rate: u32,
    speech_volume: u8,
    countdown: Countdown,
    language: Option<String>,
    full_screen: bool,
}

impl Default for SettingsFile {
    fn default() -> SettingsFile {
        let Settings {
            sound,
            volume,
            get_ready_seconds,
            rest_seconds,
            setup_read_seconds,
            theme,
            text_size,
            speech,
            voice,
            speech_rate,
            speech_volume,
            countdown,
            language,
            full_screen,
        } = Settings::default();
        SettingsFile {
            sound,
            volume,
            ticks: None,
            get_ready_seconds,
            rest_seconds,
            setup_read_seconds,
            theme,
            text_size,
            speech,
            voice,
            speech_rate,
            speech_volume,
            countdown,
            language,
            full_screen,
        }
    }
}

/// A value the file has, as `Some`: RON would otherwise want `Some(true)`
/// for an `Option`, and older files say `ticks: true`.
fn present<'de, D: serde::Deserializer<'de>>(value: D) -> Result<Option<bool>, D::Error> {
    bool::deserialize(value).map(Some)
}

impl From<SettingsFile> for Settings {
    fn from(file: SettingsFile) -> Settings {
        let SettingsFile {
            sound,
            volume,
            ticks,
            get_ready_seconds,
            rest_seconds,
            setup_read_seconds,
            theme,
            text_size,
            speech,
            voice,
            speech_rate,
            speech_volume,
            countdown,
            language,
            full_screen,
        } = file;
        Settings {
            sound,
            volume,
            get_ready_seconds,
            rest_seconds,
            setup_read_seconds,
            theme,
            text_size,
            speech,
            voice,
            speech_rate,
            speech_volume,
            countdown: match ticks {
                Some(ticks) => Countdown::from_older(ticks, countdown, speech),
                None => countdown,
            },
            language,
            full_screen,
        }
    }
}

impl Settings {
    /// Brings every value into its bounds, returning one notice per change.
    pub fn clamp(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        let mut volume = u32::from(self.volume);
        clamp_value(
            &mut volume,
            VOLUME_BOUNDS,
            crate::t!("profile-setting", setting = "volume"),
            &mut notices,
        );
        // Within 0..=100 after clamping, so the conversion cannot fail.
        self.volume = u8::try_from(volume).unwrap_or(100);
        clamp_value(
            &mut self.get_ready_seconds,
            GET_READY_SECONDS_BOUNDS,
            crate::t!("profile-setting", setting = "get-ready"),
            &mut notices,
        );
        if let Some(rest) = &mut self.rest_seconds {
            clamp_value(
                rest,
                REST_SECONDS_BOUNDS,
                crate::t!("profile-setting", setting = "rest"),
                &mut notices,
            );
        }
        clamp_value(
            &mut self.setup_read_seconds,
            SETUP_READ_SECONDS_BOUNDS,
            crate::t!("profile-setting", setting = "setup-read"),
            &mut notices,
        );
        clamp_value(
            &mut self.speech_rate,
            SPEECH_RATE_BOUNDS,
            crate::t!("profile-setting", setting = "speech-rate"),
            &mut notices,
        );
        let mut speech_volume = u32::from(self.speech_volume);
        clamp_value(
            &mut speech_volume,
            VOLUME_BOUNDS,
            crate::t!("profile-setting", setting = "speech-volume"),
            &mut notices,
        );
        self.speech_volume = u8::try_from(speech_volume).unwrap_or(100);
        notices
    }

    /// The speaking speed as the speaker takes it (1.0 is normal).
    pub fn speech_rate_factor(&self) -> f32 {
        self.speech_rate as f32 / 100.0
    }

    /// The voice's volume as the speaker takes it (0.0 ..= 1.0).
    pub fn speech_volume_factor(&self) -> f32 {
        f32::from(self.speech_volume.min(100)) / 100.0
    }
}

/// How the last three seconds of a hold are counted: ticks, the voice's
/// "3, 2, 1", both, or nothing. Where the voice cannot count (the spoken
/// coach off, or no voice on this computer) the ticks count instead, so a
/// choice to be counted is never silently dropped; ticks are sounds, so
/// "Sounds" off silences them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Countdown {
    /// Nothing counts the last seconds.
    Off,
    /// Ticks, whether the voice speaks or not.
    Ticks,
    /// The voice counts; ticks stand in while it does not speak.
    #[default]
    Voice,
    /// The voice counts and the ticks play.
    Both,
}

impl Countdown {
    /// In the order the Settings screen offers them.
    pub const ALL: [Countdown; 4] = [
        Countdown::Off,
        Countdown::Ticks,
        Countdown::Voice,
        Countdown::Both,
    ];

    /// Whether ticks play, given whether the voice speaks.
    pub fn ticks(self, voice: bool) -> bool {
        match self {
            Countdown::Off => false,
            Countdown::Ticks | Countdown::Both => true,
            Countdown::Voice => !voice,
        }
    }

    /// Whether the voice counts, given whether it speaks.
    pub fn voice_counts(self, voice: bool) -> bool {
        voice && matches!(self, Countdown::Voice | Countdown::Both)
    }

    /// The one choice for what older files said in two settings: ticks on
    /// or off, and how the voice counted (`Ticks`: not at all), with the
    /// spoken coach on (`speech`) or off. What counted before counts now:
    /// with ticks on, the ticks stood in for a voice that did not speak,
    /// as they do now; with ticks off, only the voice counted, and only
    /// when the coach spoke.
    pub fn from_older(ticks: bool, voice: Countdown, speech: bool) -> Countdown {
        match (ticks, voice) {
            (true, countdown) => countdown,
            (false, Countdown::Voice | Countdown::Both) if speech => Countdown::Voice,
            (false, _) => Countdown::Off,
        }
    }

    /// On a button of the Settings screen, in the language in use.
    pub fn choice_name(self) -> String {
        match self {
            Countdown::Off => crate::t!("settings-countdown-off"),
            Countdown::Ticks => crate::t!("settings-countdown-ticks"),
            Countdown::Voice => crate::t!("settings-countdown-voice"),
            Countdown::Both => crate::t!("settings-countdown-both"),
        }
    }

    /// What the Settings screen adds under the choice when the choice
    /// alone would mislead: sounds off silence the ticks; without the
    /// voice, ticks count in its place.
    pub fn note(self, sounds: bool, voice: bool) -> Option<String> {
        if self.ticks(voice) && !sounds {
            return Some(crate::t!("settings-countdown-note-no-sounds"));
        }
        if !voice && matches!(self, Countdown::Voice | Countdown::Both) {
            return Some(crate::t!("settings-countdown-note-no-voice"));
        }
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system's light/dark preference.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Its name in the language in use, on the Settings screen.
    pub fn name(self) -> String {
        match self {
            Theme::System => crate::t!("settings-theme-system"),
            Theme::Light => crate::t!("settings-theme-light"),
            Theme::Dark => crate::t!("settings-theme-dark"),
        }
    }
}

/// Text size for reading at a distance from the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// Factor the UI multiplies its base font sizes by.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.25,
            TextSize::Larger => 1.5,
        }
    }

    /// Its name in the language in use, on the Settings screen.
    pub fn name(self) -> String {
        match self {
            TextSize::Normal => crate::t!("settings-text-size-normal"),
            TextSize::Large => crate::t!("settings-text-size-large"),
            TextSize::Larger => crate::t!("settings-text-size-larger"),
        }
    }
}

/// Clamps `value` into `(min, max)`, recording a notice when it moved.
pub(crate) fn clamp_value(
    value: &mut u32,
    (min, max): (u32, u32),
    what: String,
    notices: &mut Vec<Notice>,
) {
    let requested = *value;
    let used = requested.clamp(min, max);
    if used != requested {
        *value = used;
        notices.push(Notice::Adjusted {
            what,
            requested,
            used,
            min,
            max,
        });
    }
}

/// The file-safe id for a new profile called `name`: lowercase ASCII letters
/// and digits, other characters become single hyphens, at most 32 chars.
/// Not yet unique; the store appends `-2`, `-3`, … when it is taken.
pub fn id_from_name(name: &str) -> String {
    let mut id = String::new();
    let mut pending_hyphen = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !id.is_empty() {
                id.push('-');
            }
            pending_hyphen = false;
            id.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
        if id.len() >= 32 {
            break;
        }
    }
    if id.is_empty() {
        // A name made only of non-ASCII letters (e.g. "Åsa" keeps "sa", but
        // "李" keeps nothing) still needs an id.
        id.push_str("profile");
    }
    // Names Windows refuses as file names, whatever the extension.
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    if RESERVED.contains(&id.as_str()) {
        id.push_str("-profile");
    }
    id
}

/// Whether `id` is something [`id_from_name`] (plus a uniqueness suffix)
/// could have produced; other files in the profiles folder are ignored.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// A display name for a profile whose file had to be recreated and whose
/// real name was lost: "anna-b" becomes "Anna b".
pub fn name_from_id(id: &str) -> String {
    let spaced = id.replace('-', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => super::default_profile_name(),
    }
}

/// Checks a name typed by a person; returns it trimmed.
pub fn validate_name(name: &str) -> Result<String, String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(crate::t!("profile-name-empty"));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(crate::t!("profile-name-too-long", max = MAX_NAME_CHARS));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(crate::t!("profile-name-control"));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_file_safe_and_stable() {
        assert_eq!(id_from_name("Me"), "me");
        assert_eq!(id_from_name("  Anna B. "), "anna-b");
        assert_eq!(id_from_name("../etc/passwd"), "etc-passwd");
        assert_eq!(id_from_name("李"), "profile");
        assert_eq!(id_from_name("CON"), "con-profile");
        let long = id_from_name(&"x".repeat(100));
        assert_eq!(long.len(), 32);
        for name in ["Me", "  Anna B. ", "../etc/passwd", "李", "CON", "a--b--"] {
            assert!(is_valid_id(&id_from_name(name)), "{name}");
        }
        assert!(!is_valid_id("Me"));
        assert!(!is_valid_id("a/b"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn names_are_validated() {
        assert_eq!(validate_name("  Anna "), Ok("Anna".to_owned()));
        assert!(validate_name("   ").is_err());
        assert!(validate_name(&"a".repeat(41)).is_err());
        assert!(validate_name("a\nb").is_err());
        assert_eq!(name_from_id("anna-b"), "Anna b");
    }

    #[test]
    fn missing_choice_is_gentle_without_overrides() {
        let profile = Profile::new("me", "Me");
        let choice = profile.choice("knee-to-chest");
        assert_eq!(choice.intensity, Intensity::Gentle);
        assert_eq!(choice.hold_seconds, None);
        assert_eq!(choice.repetitions, None);
    }

    #[test]
    fn out_of_range_settings_are_clamped_with_messages() {
        let mut settings = Settings {
            volume: 250,
            get_ready_seconds: 1000,
            rest_seconds: Some(5000),
            setup_read_seconds: 0,
            speech_rate: 400,
            speech_volume: 101,
            ..Settings::default()
        };
        let notices = settings.clamp();
        assert_eq!(settings.volume, 100);
        assert_eq!(settings.get_ready_seconds, 60);
        assert_eq!(settings.rest_seconds, Some(300));
        assert_eq!(settings.setup_read_seconds, 2);
        assert_eq!(settings.speech_rate, 200);
        assert_eq!(settings.speech_volume, 100);
        assert_eq!(notices.len(), 6);
        assert!(notices[0].to_string().contains("250"), "{}", notices[0]);

        let mut fine = Settings::default();
        assert!(fine.clamp().is_empty());
        assert_eq!(fine, Settings::default());
    }

    #[test]
    fn older_files_ticks_and_countdown_become_the_one_countdown() {
        let read = |fields: &str| -> Countdown {
            ron::from_str::<Settings>(&format!("(sound: true, {fields})"))
                .expect("an older file reads")
                .countdown
        };
        assert_eq!(read("ticks: true, countdown: Voice"), Countdown::Voice);
        assert_eq!(read("ticks: true, countdown: Ticks"), Countdown::Ticks);
        assert_eq!(read("ticks: true, countdown: Both"), Countdown::Both);
        assert_eq!(read("ticks: false, countdown: Ticks"), Countdown::Off);
        assert_eq!(read("ticks: false, countdown: Voice"), Countdown::Voice);
        assert_eq!(read("ticks: false, countdown: Both"), Countdown::Voice);
        // The coach off: only the ticks counted.
        assert_eq!(
            read("ticks: true, speech: false, countdown: Voice"),
            Countdown::Voice
        );
        assert_eq!(
            read("ticks: false, speech: false, countdown: Both"),
            Countdown::Off
        );
        // Before the spoken coach: ticks alone, and the voice's default.
        assert_eq!(read("ticks: false"), Countdown::Voice);
        assert_eq!(read("ticks: true"), Countdown::Voice);
        // Today's files: the one field.
        assert_eq!(read("countdown: Off"), Countdown::Off);
        let text = ron::to_string(&Settings {
            countdown: Countdown::Off,
            ..Settings::default()
        })
        .expect("writes");
        assert!(!text.contains("ticks"), "{text}");
        assert!(text.contains("countdown:Off"), "{text}");
    }

    #[test]
    fn the_countdown_says_what_plays_with_and_without_the_voice() {
        use Countdown::*;
        // (choice, voice speaks) -> (ticks, voice counts)
        for (choice, voice, ticks, counts) in [
            (Off, true, false, false),
            (Off, false, false, false),
            (Ticks, true, true, false),
            (Ticks, false, true, false),
            (Voice, true, false, true),
            (Voice, false, true, false),
            (Both, true, true, true),
            (Both, false, true, false),
        ] {
            assert_eq!(choice.ticks(voice), ticks, "{choice:?}, voice {voice}");
            assert_eq!(
                choice.voice_counts(voice),
                counts,
                "{choice:?}, voice {voice}"
            );
        }
        assert_eq!(Voice.note(true, true), None);
        assert!(
            Voice
                .note(true, false)
                .is_some_and(|n| n.contains("ticks count"))
        );
        assert!(
            Ticks
                .note(false, true)
                .is_some_and(|n| n.contains("Sounds are off"))
        );
        assert_eq!(Off.note(false, false), None);
    }

    #[test]
    fn a_profile_written_before_the_spoken_coach_reads_with_it_on() {
        let old = "(sound: false, volume: 40, ticks: true, get_ready_seconds: 5, \
                   rest_seconds: None, setup_read_seconds: 8, theme: Dark, text_size: Large)";
        let settings: Settings = ron::from_str(old).expect("an older file reads");
        assert!(!settings.sound);
        assert_eq!(settings.volume, 40);
        assert!(settings.speech);
        assert_eq!(settings.voice, None);
        assert_eq!((settings.speech_rate, settings.speech_volume), (100, 100));
        assert_eq!(settings.countdown, Countdown::Voice);
        // And the new fields survive a round trip.
        let chosen = Settings {
            voice: Some("en-gb".into()),
            speech_rate: 130,
            countdown: Countdown::Both,
            ..Settings::default()
        };
        let text = ron::to_string(&chosen).expect("writes");
        assert_eq!(ron::from_str::<Settings>(&text).expect("reads"), chosen);
    }

    #[test]
    fn a_profile_written_before_languages_reads_with_the_systems() {
        let old = "(sound: true, volume: 70, theme: Dark, countdown: Both)";
        let settings: Settings = ron::from_str(old).expect("an older file reads");
        assert_eq!(settings.language, None);
        assert_eq!(settings.countdown, Countdown::Both);
        let chosen = Settings {
            language: Some("pt-BR".into()),
            ..Settings::default()
        };
        let text = ron::to_string(&chosen).expect("writes");
        assert_eq!(ron::from_str::<Settings>(&text).expect("reads"), chosen);
    }

    #[test]
    fn a_profile_written_before_full_screen_routines_reads_with_it_on() {
        // The settings of the last version, as written (no full_screen).
        let old = "(sound: true, volume: 70, ticks: true, get_ready_seconds: 5, \
                   rest_seconds: None, setup_read_seconds: 8, theme: System, \
                   text_size: Normal, speech: true, voice: None, speech_rate: 100, \
                   speech_volume: 100, countdown: Voice)";
        let settings: Settings = ron::from_str(old).expect("an older file reads");
        assert!(settings.full_screen);
        // Everything else as before (the two old countdown fields make one).
        assert_eq!(
            settings,
            Settings {
                countdown: settings.countdown,
                ..Settings::default()
            }
        );
        // Turned off, it stays off through a round trip.
        let windowed = Settings {
            full_screen: false,
            ..Settings::default()
        };
        let text = ron::to_string(&windowed).expect("writes");
        assert!(text.contains("full_screen:false"), "{text}");
        assert_eq!(ron::from_str::<Settings>(&text).expect("reads"), windowed);
    }

    #[test]
    fn a_profile_written_before_exercises_could_be_left_out_reads_with_none() {
        let old = "(id: \"me\", name: \"Me\", exercises: {}, safety_seen: true)";
        let profile: Profile = ron::from_str(old).expect("an older profile reads");
        assert!(profile.left_out.is_empty());
        assert!(!profile.leaves_out("knee-to-chest"));
        // None left out: the file is as before.
        let text = ron::to_string(&profile).expect("writes");
        assert!(!text.contains("left_out"), "{text}");
        // Some left out: kept through a round trip.
        let mut chosen = profile;
        chosen.left_out.insert("knee-to-chest".to_owned());
        let text = ron::to_string(&chosen).expect("writes");
        let read: Profile = ron::from_str(&text).expect("reads");
        assert!(read.leaves_out("knee-to-chest"));
        assert_eq!(read, chosen);
    }

    #[test]
    fn text_size_scales_grow() {
        assert!(TextSize::Normal.scale() < TextSize::Large.scale());
        assert!(TextSize::Large.scale() < TextSize::Larger.scale());
    }
}
