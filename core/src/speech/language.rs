//! A voice in the language in use. The coach's lines are in the person's
//! language, so the voice that says them must speak it: a Spanish line
//! read by an English voice is worse than none. When no installed voice
//! speaks the language, the speaker says so as its availability (the
//! coach then counts with ticks, and the notice says how to add a voice).
//!
//! Speech services report each voice's language as a BCP 47 tag (`es`,
//! `pt-BR`, `en-GB-x-rp`); espeak-ng, through Speech Dispatcher, lists
//! every language it has and many variants of each (`Spanish (Spain)`,
//! `Spanish+Alex`, …).

use super::VoiceInfo;
use crate::i18n::Language;

/// The language subtag of a voice's tag, lower case, with the individual
/// languages a catalogue's macrolanguage covers folded into it: espeak-ng
/// calls its Mandarin `cmn`, which speaks Limber's `zh`.
fn voice_primary(tag: &str) -> String {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match primary.as_str() {
        "cmn" => "zh".to_owned(),
        "nob" | "nb" => "no".to_owned(),
        _ => primary,
    }
}

/// The region subtag of a voice's tag (`GB` in `en-GB-x-rp`), upper case.
fn voice_region(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .take_while(|part| !part.eq_ignore_ascii_case("x"))
        .find(|part| {
            (part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
                || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_ascii_uppercase)
}

/// Whether `voice` speaks `language` (its language subtag, whatever the
/// region: a voice of Spain reads Mexican Spanish well).
pub fn speaks(voice: &VoiceInfo, language: &Language) -> bool {
    let wanted = match language.primary() {
        "nb" => "no",
        other => other,
    };
    voice_primary(&voice.language) == wanted
}

/// The voice to say lines in `language` with: the one the person chose
/// (`wanted`, a [`VoiceInfo::id`]) when it speaks the language, else the
/// best of those that do: the language's region (`en-GB` for someone in
/// Britain, `en-US` for English asked as `en`), then one with no region,
/// then any; a voice without variants (`Spanish (Spain)`, not
/// `Spanish+Alex`) before one with; otherwise in the order the service
/// lists them. `None` when no voice speaks it.
pub fn voice_for<'v>(
    language: &Language,
    wanted: Option<&str>,
    voices: &'v [VoiceInfo],
) -> Option<&'v VoiceInfo> {
    if let Some(chosen) = wanted
        .and_then(|id| voices.iter().find(|voice| voice.id == id))
        .filter(|voice| speaks(voice, language))
    {
        return Some(chosen);
    }
    let region = language.region_or_usual();
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| speaks(voice, language))
        .min_by_key(|(order, voice)| {
            let fit = match (voice_region(&voice.language), &region) {
                (Some(theirs), Some(ours)) if theirs == *ours => 0,
                (Some(theirs), Some(ours)) if theirs == "419" && in_latin_america(ours) => 0,
                (None, _) => 1,
                _ => 2,
            };
            let variant = voice.name.contains('+') || voice.id.contains('+');
            (fit, variant, *order)
        })
        .map(|(_, voice)| voice)
}

/// Whether `region` is in Latin America (UN M.49's 419, which espeak-ng's
/// Latin American Spanish is tagged with).
fn in_latin_america(region: &str) -> bool {
    const COUNTRIES: &[&str] = &[
        "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE",
        "PR", "PY", "SV", "UY", "VE",
    ];
    region == "419" || COUNTRIES.contains(&region)
}

/// Why the coach is silent in `language`: no installed voice speaks it
/// (in that language's words).
pub fn no_voice_reason(language: &Language) -> String {
    let name = language.tr_args("language-called", &[("tag", language.tag())]);
    language.tr_args("speech-no-voice-reason", &[("language", name)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(id: &str, language: &str) -> VoiceInfo {
        VoiceInfo {
            id: id.into(),
            name: id.into(),
            language: language.into(),
        }
    }

    /// Part of what espeak-ng lists through Speech Dispatcher, in its order.
    fn espeak() -> Vec<VoiceInfo> {
        vec![
            voice("Chinese (Mandarin, latin as English)", "cmn"),
            voice("German", "de"),
            voice("German+Alex", "de"),
            voice("English (Caribbean)", "en-029"),
            voice("English (Great Britain)", "en-GB"),
            voice("English (Received Pronunciation)", "en-GB-x-rp"),
            voice("English (America)", "en-US"),
            voice("English+Alex", "en"),
            voice("Spanish+Alex", "es"),
            voice("Spanish (Spain)", "es"),
            voice("Spanish (Latin America)", "es-419"),
            voice("Portuguese (Portugal)", "pt"),
            voice("Portuguese (Brazil)", "pt-BR"),
        ]
    }

    fn chosen(asked: &[&str], wanted: Option<&str>, voices: &[VoiceInfo]) -> Option<String> {
        let language =
            Language::negotiate_among_for_tests(asked, &["en", "es", "de", "fr", "pt-BR", "zh-CN"]);
        voice_for(&language, wanted, voices).map(|voice| voice.id.clone())
    }

    #[test]
    fn the_voice_speaks_the_language_its_region_first_variants_last() {
        let all = espeak();
        let pick = |asked: &[&str]| chosen(asked, None, &all);
        assert_eq!(pick(&["en"]).as_deref(), Some("English (America)"));
        assert_eq!(
            pick(&["en_GB.UTF-8"]).as_deref(),
            Some("English (Great Britain)")
        );
        assert_eq!(pick(&["es"]).as_deref(), Some("Spanish (Spain)"));
        assert_eq!(pick(&["es-MX"]).as_deref(), Some("Spanish (Latin America)"));
        assert_eq!(
            pick(&["es-419"]).as_deref(),
            Some("Spanish (Latin America)")
        );
        assert_eq!(pick(&["de-AT"]).as_deref(), Some("German"));
        assert_eq!(pick(&["pt-BR"]).as_deref(), Some("Portuguese (Brazil)"));
        assert_eq!(
            pick(&["zh-CN"]).as_deref(),
            Some("Chinese (Mandarin, latin as English)")
        );
        // No French voice here: none, never an English one.
        assert_eq!(pick(&["fr"]), None);
    }

    #[test]
    fn the_persons_voice_is_kept_while_it_speaks_the_language() {
        let all = espeak();
        assert_eq!(
            chosen(&["en"], Some("English (Received Pronunciation)"), &all).as_deref(),
            Some("English (Received Pronunciation)")
        );
        // An English voice chosen, Spanish in use: a Spanish voice.
        assert_eq!(
            chosen(&["es"], Some("English (Received Pronunciation)"), &all).as_deref(),
            Some("Spanish (Spain)")
        );
        // A voice that is gone: the language's best.
        assert_eq!(
            chosen(&["de"], Some("Deutsch (uninstalled)"), &all).as_deref(),
            Some("German")
        );
        assert_eq!(chosen(&["es"], None, &[]), None);
    }

    #[test]
    fn tags_are_read_whatever_their_case_and_separator() {
        assert_eq!(voice_primary("EN_us"), "en");
        assert_eq!(voice_primary("cmn-latn-pinyin"), "zh");
        assert_eq!(voice_primary(""), "");
        assert_eq!(voice_region("en_gb").as_deref(), Some("GB"));
        assert_eq!(voice_region("es-419").as_deref(), Some("419"));
        assert_eq!(voice_region("en-GB-x-gbclan").as_deref(), Some("GB"));
        assert_eq!(voice_region("cmn-latn-pinyin"), None);
        assert_eq!(voice_region("en-x-us"), None);
    }

    #[test]
    fn the_reason_names_the_language_in_its_own_catalogue() {
        let reason = no_voice_reason(&Language::negotiate_among_for_tests(&["es"], &["en", "es"]));
        assert_eq!(reason, "ninguna voz instalada habla español");
        let pseudo = no_voice_reason(&Language::pseudo());
        assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    }
}
