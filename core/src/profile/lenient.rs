//! Reading a profile file value by value, for when the strict read failed:
//! one value that does not fit (`volume: 300`, `get_ready_seconds: -5`,
//! `theme: Purple` after a hand edit) must cost that value, not the whole
//! profile. Numbers out of range are clamped with the usual notice; values
//! of the wrong kind fall back to their default with a notice naming them.
//! A file whose shape is broken (not RON, no `profile`) is still unreadable
//! and kept aside by the caller.

use std::collections::BTreeMap;

use ron::value::RawValue;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::dose::ExerciseChoice;
use crate::profile::model::{
    GET_READY_SECONDS_BOUNDS, Profile, REST_SECONDS_BOUNDS, SETUP_READ_SECONDS_BOUNDS,
    SPEECH_RATE_BOUNDS, Settings, VOLUME_BOUNDS, clamp_value,
};
use crate::profile::notice::Notice;

use super::storage::Decoded;

type Raw = Option<Box<RawValue>>;

#[derive(Deserialize)]
struct LooseFile {
    #[allow(dead_code)] // The caller read it already.
    version: u32,
    profile: LooseProfile,
}

#[derive(Deserialize)]
struct LooseProfile {
    #[serde(default)]
    id: Raw,
    #[serde(default)]
    name: Raw,
    #[serde(default)]
    exercises: Option<BTreeMap<String, Box<RawValue>>>,
    #[serde(default)]
    settings: Option<LooseSettings>,
    #[serde(default)]
    safety_seen: Raw,
    #[serde(default)]
    left_out: Raw,
}

#[derive(Deserialize)]
struct LooseSettings {
    #[serde(default)]
    sound: Raw,
    #[serde(default)]
    volume: Raw,
    #[serde(default)]
    ticks: Raw,
    #[serde(default)]
    get_ready_seconds: Raw,
    #[serde(default)]
    rest_seconds: Raw,
    #[serde(default)]
    setup_read_seconds: Raw,
    #[serde(default)]
    theme: Raw,
    #[serde(default)]
    text_size: Raw,
    #[serde(default)]
    speech: Raw,
    #[serde(default)]
    voice: Raw,
    #[serde(default)]
    speech_rate: Raw,
    #[serde(default)]
    speech_volume: Raw,
    #[serde(default)]
    countdown: Raw,
    #[serde(default)]
    language: Raw,
    full_screen: Raw,
}

/// Collects what had to be changed while reading.
#[derive(Default)]
struct Reader {
    repaired: Vec<Notice>,
}

impl Reader {
    /// The value of `raw` as a `T`, or `default` with a notice.
    fn value<T: DeserializeOwned>(&mut self, raw: &Raw, what: &str, default: T) -> T {
        let Some(raw) = raw else {
            return default;
        };
        match raw.into_rust::<T>() {
            Ok(value) => value,
            Err(_) => {
                self.repaired.push(Notice::ValueReplaced {
                    what: what.to_owned(),
                    written: short(raw.get_ron()),
                });
                default
            }
        }
    }

    /// A whole number, saturated into `u32` and then clamped into `bounds`
    /// (with the usual notice when it moved).
    fn number(&mut self, raw: &Raw, what: &str, bounds: (u32, u32), default: u32) -> u32 {
        let Some(raw) = raw else {
            return default;
        };
        let Ok(wide) = raw.into_rust::<i64>() else {
            self.repaired.push(Notice::ValueReplaced {
                what: what.to_owned(),
                written: short(raw.get_ron()),
            });
            return default;
        };
        let mut value = u32::try_from(wide.max(0)).unwrap_or(u32::MAX);
        if wide < 0 {
            // Reported as the number written, clamped to the lowest bound.
            self.repaired.push(Notice::ValueReplaced {
                what: what.to_owned(),
                written: wide.to_string(),
            });
            return bounds.0;
        }
        clamp_value(&mut value, bounds, what.to_owned(), &mut self.repaired);
        value
    }
}

/// A value as written, cut short for a message.
fn short(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Reads a version 1 profile file value by value.
pub(crate) fn profile_v1(text: &str) -> Result<Decoded<Profile>, String> {
    // Every field is optional here, written bare (`volume: 300`), hence
    // implicit `Some`; an explicit `Some(…)` is unwrapped by it too.
    let file: LooseFile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|error| error.to_string())?;
    let loose = file.profile;
    let mut reader = Reader::default();
    let id: String = reader.value(&loose.id, &field("profile-id"), String::new());
    let name: String = reader.value(&loose.name, &field("profile-name"), String::new());
    let mut profile = Profile::new(id, name);
    for (exercise_id, raw) in loose.exercises.unwrap_or_default() {
        let what = crate::t!("profile-field-choice", exercise = exercise_id.as_str());
        let choice: ExerciseChoice = reader.value(&Some(raw), &what, ExerciseChoice::default());
        profile.exercises.insert(exercise_id, choice);
    }
    if let Some(settings) = loose.settings {
        profile.settings = read_settings(&mut reader, &settings);
    }
    profile.safety_seen = reader.value(&loose.safety_seen, &field("safety-screen-seen"), false);
    profile.left_out = reader.value(
        &loose.left_out,
        &field("exercises-left-out"),
        std::collections::BTreeSet::new(),
    );
    Ok(Decoded {
        value: profile,
        lost: Vec::new(),
        repaired: reader.repaired,
        outdated: false,
    })
}

fn read_settings(reader: &mut Reader, loose: &LooseSettings) -> Settings {
    let default = Settings::default();
    let volume = reader.number(
        &loose.volume,
        &field("volume-percent"),
        VOLUME_BOUNDS,
        u32::from(default.volume),
    );
    let speech_volume = reader.number(
        &loose.speech_volume,
        &field("voice-volume-percent"),
        VOLUME_BOUNDS,
        u32::from(default.speech_volume),
    );
    // `rest_seconds: None` is "as the exercise says", the default.
    let rest_seconds = loose.rest_seconds.as_ref().map(|raw| {
        reader.number(
            &Some(raw.clone()),
            &field("rest-time-seconds"),
            REST_SECONDS_BOUNDS,
            0,
        )
    });
    let speech = reader.value(&loose.speech, &field("spoken-coach"), default.speech);
    let countdown = reader.value(&loose.countdown, &field("countdown"), default.countdown);
    // An older file's `ticks` and `countdown` become the one choice.
    let countdown = match &loose.ticks {
        Some(_) => {
            let ticks = reader.value(&loose.ticks, &field("ticks"), true);
            crate::profile::Countdown::from_older(ticks, countdown, speech)
        }
        None => countdown,
    };
    Settings {
        sound: reader.value(&loose.sound, &field("sounds"), default.sound),
        volume: u8::try_from(volume).unwrap_or(default.volume),
        get_ready_seconds: reader.number(
            &loose.get_ready_seconds,
            &field("get-ready-time-seconds"),
            GET_READY_SECONDS_BOUNDS,
            default.get_ready_seconds,
        ),
        rest_seconds,
        setup_read_seconds: reader.number(
            &loose.setup_read_seconds,
            &field("setup-card-read-time-seconds"),
            SETUP_READ_SECONDS_BOUNDS,
            default.setup_read_seconds,
        ),
        theme: reader.value(&loose.theme, &field("theme"), default.theme),
        text_size: reader.value(&loose.text_size, &field("text-size"), default.text_size),
        speech,
        // `voice: None` reads as a missing value (the default voice);
        // `Some("en-gb")` arrives here unwrapped, like a bare string.
        voice: match &loose.voice {
            None => default.voice,
            Some(raw) => {
                let id: String = reader.value(&Some(raw.clone()), &field("voice"), String::new());
                (!id.is_empty()).then_some(id)
            }
        },
        speech_rate: reader.number(
            &loose.speech_rate,
            &field("speaking-speed-percent"),
            SPEECH_RATE_BOUNDS,
            default.speech_rate,
        ),
        speech_volume: u8::try_from(speech_volume).unwrap_or(default.speech_volume),
        countdown,
        // Like the voice: a bare string or `Some("es")`; an empty one is
        // the system's language.
        language: match &loose.language {
            None => default.language,
            Some(raw) => {
                let tag: String =
                    reader.value(&Some(raw.clone()), &field("language"), String::new());
                (!tag.is_empty()).then_some(tag)
            }
        },
        full_screen: reader.value(
            &loose.full_screen,
            &field("full-screen-during-routines"),
            default.full_screen,
        ),
    }
}

/// A profile field's name in the language in use, as a notice names it:
/// `key` is the `profile-field` message's selector.
fn field(key: &str) -> String {
    crate::t!("profile-field", field = key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{TextSize, Theme};

    fn file(settings: &str) -> String {
        format!(
            "(version: 1, profile: (id: \"me\", name: \"Me\", exercises: {{\"knee-to-chest\": (intensity: Strong, hold_seconds: Some(20))}}, settings: ({settings}), safety_seen: true, left_out: [\"partial-crunch\"]))"
        )
    }

    #[test]
    fn a_language_of_the_wrong_kind_costs_only_the_language() {
        let decoded = profile_v1(&file("language: 42, theme: Dark")).expect("readable");
        assert_eq!(decoded.value.settings.language, None);
        assert_eq!(decoded.value.settings.theme, Theme::Dark);
        assert!(
            decoded
                .repaired
                .iter()
                .any(|notice| notice.to_string().contains("Language")),
            "{:?}",
            decoded.repaired
        );
        let decoded = profile_v1(&file("volume: 300, language: \"pt-BR\"")).expect("readable");
        assert_eq!(decoded.value.settings.language.as_deref(), Some("pt-BR"));
        let decoded = profile_v1(&file("volume: 300, language: Some(\"es\")")).expect("readable");
        assert_eq!(decoded.value.settings.language.as_deref(), Some("es"));
    }

    #[test]
    fn one_value_out_of_range_is_clamped_and_the_rest_kept() {
        let decoded =
            profile_v1(&file("volume: 300, theme: Dark, text_size: Larger")).expect("readable");
        let profile = decoded.value;
        assert_eq!(profile.settings.volume, 100);
        assert_eq!(profile.settings.theme, Theme::Dark);
        assert_eq!(profile.settings.text_size, TextSize::Larger);
        assert!(profile.safety_seen);
        assert_eq!(
            profile.choice("knee-to-chest").hold_seconds,
            Some(20),
            "the exercise choices survive"
        );
        assert!(profile.leaves_out("partial-crunch"), "and what is left out");
        assert_eq!(decoded.repaired.len(), 1, "{:?}", decoded.repaired);
        assert!(decoded.repaired[0].to_string().contains("300"));
    }

    #[test]
    fn negative_numbers_and_unknown_words_fall_back_with_a_notice() {
        let decoded = profile_v1(&file(
            "get_ready_seconds: -5, theme: Purple, sound: \"loud\", rest_seconds: Some(9000)",
        ))
        .expect("readable");
        let settings = decoded.value.settings;
        assert_eq!(settings.get_ready_seconds, 0);
        assert_eq!(settings.theme, Theme::System);
        assert!(settings.sound);
        assert_eq!(settings.rest_seconds, Some(300));
        let words: Vec<String> = decoded.repaired.iter().map(ToString::to_string).collect();
        assert_eq!(words.len(), 4, "{words:?}");
        assert!(words.iter().any(|w| w.contains("Purple")), "{words:?}");
        assert!(words.iter().any(|w| w.contains("\"loud\"")), "{words:?}");
    }

    #[test]
    fn full_screen_is_read_on_its_own_and_missing_means_on() {
        let decoded = profile_v1(&file("volume: 300, full_screen: false")).expect("readable");
        assert!(!decoded.value.settings.full_screen);
        let decoded = profile_v1(&file("volume: 300")).expect("readable");
        assert!(decoded.value.settings.full_screen, "older files: on");
        let decoded = profile_v1(&file("volume: 300, full_screen: \"yes\"")).expect("readable");
        assert!(decoded.value.settings.full_screen);
        assert!(
            decoded
                .repaired
                .iter()
                .any(|r| r.to_string().contains("Full screen during routines")),
            "{:?}",
            decoded.repaired
        );
    }

    #[test]
    fn the_spoken_coach_settings_are_read_value_by_value() {
        use crate::profile::Countdown;
        let decoded = profile_v1(&file(
            "volume: 300, speech: false, voice: Some(\"en-gb\"), speech_rate: 20, \
             speech_volume: 55, countdown: Both",
        ))
        .expect("readable");
        let settings = decoded.value.settings;
        assert!(!settings.speech);
        assert_eq!(settings.voice.as_deref(), Some("en-gb"));
        assert_eq!(settings.speech_rate, 50, "clamped to the slowest");
        assert_eq!(settings.speech_volume, 55);
        assert_eq!(settings.countdown, Countdown::Both);
        assert_eq!(decoded.repaired.len(), 2, "{:?}", decoded.repaired);

        // Wrong kinds cost only themselves; a bare string is a voice too.
        let decoded = profile_v1(&file(
            "voice: \"en-us\", speech: 3, countdown: Loud, speech_volume: -1, theme: Dark",
        ))
        .expect("readable");
        let settings = decoded.value.settings;
        assert_eq!(settings.voice.as_deref(), Some("en-us"));
        assert!(settings.speech, "the default");
        assert_eq!(settings.countdown, Countdown::Voice);
        assert_eq!(settings.speech_volume, 0);
        assert_eq!(settings.theme, Theme::Dark);
        let words: Vec<String> = decoded.repaired.iter().map(ToString::to_string).collect();
        assert_eq!(words.len(), 3, "{words:?}");
        assert!(words.iter().any(|w| w.contains("Loud")), "{words:?}");
    }

    #[test]
    fn an_older_files_ticks_become_the_countdown_here_too() {
        use crate::profile::Countdown;
        // `volume: 300` sends the read value by value.
        let read = |fields: &str| {
            profile_v1(&file(&format!("volume: 300, {fields}")))
                .expect("readable")
                .value
                .settings
                .countdown
        };
        assert_eq!(read("ticks: false, countdown: Ticks"), Countdown::Off);
        assert_eq!(read("ticks: false, countdown: Both"), Countdown::Voice);
        assert_eq!(read("ticks: true, countdown: Both"), Countdown::Both);
        assert_eq!(read("ticks: false, speech: false"), Countdown::Off);
        assert_eq!(read("countdown: Off"), Countdown::Off);
        // A `ticks` that is not on or off counts as on (the old default).
        assert_eq!(read("ticks: 7, countdown: Ticks"), Countdown::Ticks);
    }

    #[test]
    fn a_broken_shape_is_still_unreadable() {
        assert!(profile_v1("(version: 1)").is_err());
        assert!(profile_v1("not ron").is_err());
    }
}
