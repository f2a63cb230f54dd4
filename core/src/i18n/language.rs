//! Languages: the catalogues Limber has, the person's wishes as tags, and
//! the choice between them.

use std::fmt;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Arg;
use super::catalogue;

/// The source language: every message exists in it.
pub const ENGLISH: &str = "en";
/// The pseudo-language, made from English (see `pseudo.rs`).
pub const PSEUDO: &str = "en-XA";

/// A tag longer than this is not a language tag (a hand-edited profile, a
/// stray variable): it is not even parsed.
const LONGEST_TAG: usize = 64;

/// A language Limber has catalogues for, with the locale the person asked
/// for: `es` asked as `es_MX.UTF-8` reads the Spanish catalogues, and
/// dates and the voice may follow Mexico.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Language {
    /// The catalogue's folder: `en`, `es`, `pt-BR`, `zh-CN`, `en-XA`.
    catalogue: LanguageIdentifier,
    /// As asked for (the catalogue itself when nothing more was said).
    locale: LanguageIdentifier,
}

impl Language {
    pub fn english() -> Language {
        Language::of_catalogue(english_id())
    }

    /// The pseudo-language `en-XA`.
    pub fn pseudo() -> Language {
        Language::of_catalogue(pseudo_id())
    }

    pub(super) fn of_catalogue(catalogue: LanguageIdentifier) -> Language {
        Language {
            locale: catalogue.clone(),
            catalogue,
        }
    }

    /// A language whatever Limber ships, for tests of what follows the
    /// language before its catalogues exist (its messages are English).
    #[cfg(any(test, feature = "testing"))]
    pub(crate) fn unshipped(tag: &str) -> Language {
        Language::of_catalogue(tag.parse().expect("a language tag"))
    }

    /// [`Language::negotiate`] among languages whatever Limber ships (tests).
    #[cfg(test)]
    pub(crate) fn negotiate_among_for_tests(requested: &[&str], available: &[&str]) -> Language {
        let available: Vec<Language> = available
            .iter()
            .map(|tag| Language::unshipped(tag))
            .collect();
        Language::negotiate_among(requested, &available)
    }

    /// Every language Limber has: English first, then the others by tag,
    /// the pseudo-language last.
    pub fn available() -> Vec<Language> {
        let mut tags: Vec<LanguageIdentifier> = catalogue::languages();
        tags.sort_by_key(|tag| (*tag != english_id(), tag.to_string()));
        tags.push(pseudo_id());
        tags.into_iter().map(Language::of_catalogue).collect()
    }

    /// The language of this exact catalogue tag (`es`, `pt-BR`), if Limber
    /// has it.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let wanted = parse_locale(tag)?;
        Language::available()
            .into_iter()
            .find(|language| language.catalogue == wanted)
    }

    /// The best of Limber's languages for `requested` (tags in the order
    /// the person prefers them, POSIX or BCP 47: `pt_BR.UTF-8`, `de-AT`,
    /// `C`): the first tag Limber has a language for wins, by language and
    /// then region (`de-AT` reads `de`, `pt-PT` reads `pt-BR` if that is the
    /// only Portuguese). English when none matches. The pseudo-language
    /// only when asked for by its tag.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Language {
        Language::negotiate_among(requested, &Language::available())
    }

    /// The language Limber has for `tag` (`de-AT` finds `de`), `None` when
    /// it has none (English is not the answer to a wish it cannot meet).
    pub fn matching(tag: &str) -> Option<Language> {
        let wanted = parse_locale(tag)?;
        let found = Language::negotiate(&[tag]);
        (!found.is_english() || wanted.language == english_id().language).then_some(found)
    }

    /// [`Language::negotiate`] among `available`.
    pub(super) fn negotiate_among<S: AsRef<str>>(
        requested: &[S],
        available: &[Language],
    ) -> Language {
        for wish in requested {
            let Some(wanted) = parse_locale(wish.as_ref()) else {
                continue;
            };
            if wanted == pseudo_id() {
                return Language::pseudo();
            }
            let catalogues: Vec<LanguageIdentifier> = available
                .iter()
                .filter(|language| !language.is_pseudo())
                .map(|language| language.catalogue.clone())
                .collect();
            let found = negotiate_languages(
                std::slice::from_ref(&wanted),
                &catalogues,
                None,
                NegotiationStrategy::Lookup,
            );
            if let Some(catalogue) = found.first() {
                return Language {
                    catalogue: (*catalogue).clone(),
                    locale: wanted,
                };
            }
        }
        Language::english()
    }

    /// The catalogue's tag: `en`, `es`, `pt-BR`, `zh-CN`, `en-XA`.
    pub fn tag(&self) -> String {
        self.catalogue.to_string()
    }

    /// The locale as asked for (`es-MX`), else the catalogue's tag.
    pub fn locale_tag(&self) -> String {
        self.locale.to_string()
    }

    /// The language subtag alone: `en`, `pt`, `zh`.
    pub fn primary(&self) -> &str {
        self.catalogue.language.as_str()
    }

    /// The region asked for, else the catalogue's (`MX` for `es-MX`, `BR`
    /// for `pt-BR`); `None` for `es` asked as `es`. The pseudo-language's
    /// `XA` is no region.
    pub fn region(&self) -> Option<String> {
        if self.is_pseudo() {
            return None;
        }
        self.locale
            .region
            .or(self.catalogue.region)
            .map(|region| region.as_str().to_owned())
    }

    /// [`Language::region`], else the region the language is most often
    /// written for (`US` for `en`, `ES` for `es`): what a date or a voice
    /// defaults to. The pseudo-language's is English's.
    pub fn region_or_usual(&self) -> Option<String> {
        self.region()
            .or_else(|| usual_region(self.primary()).map(str::to_owned))
    }

    pub fn is_pseudo(&self) -> bool {
        self.catalogue == pseudo_id()
    }

    pub fn is_english(&self) -> bool {
        self.catalogue == english_id()
    }

    /// A message in this language (English where it has none).
    pub fn tr(&self, id: &str) -> String {
        catalogue::format(self, id, &[])
    }

    /// A message in this language with arguments.
    pub fn tr_args<'a, V>(&self, id: &str, args: &[(&str, V)]) -> String
    where
        V: Into<Arg<'a>> + Clone,
    {
        let args: Vec<(&str, Arg<'a>)> = args
            .iter()
            .map(|(name, value)| (*name, value.clone().into()))
            .collect();
        catalogue::format(self, id, &args)
    }

    /// Whether this language's own catalogue has the message (not through
    /// English).
    pub fn has(&self, id: &str) -> bool {
        catalogue::has(self, id)
    }

    /// The language's name in itself ("English", "Español"): what a list
    /// of languages shows.
    pub fn name(&self) -> String {
        self.tr("language-name")
    }

    /// Text made outside the catalogues for this language (a date chrono
    /// wrote): as it is, or, in the pseudo-language, made pseudo and
    /// bracketed like a message.
    pub fn decorate(&self, text: &str) -> String {
        if self.is_pseudo() {
            format!("[{}]", super::pseudo::transform(text))
        } else {
            text.to_owned()
        }
    }

    /// The locale chrono writes dates in (weekday and month names, the
    /// order of day, month and year): the region asked for when chrono
    /// knows it, else the language's usual one; English (US) as a last
    /// resort and for the pseudo-language.
    pub fn chrono_locale(&self) -> chrono::Locale {
        let language = self.primary();
        let with_region =
            |region: &str| chrono::Locale::try_from(format!("{language}_{region}").as_str()).ok();
        if self.is_pseudo() {
            return chrono::Locale::en_US;
        }
        self.region()
            .and_then(|region| with_region(&region))
            .or_else(|| usual_region(language).and_then(with_region))
            .unwrap_or(chrono::Locale::en_US)
    }
}

/// The region a language is written for when none is given.
fn usual_region(language: &str) -> Option<&'static str> {
    Some(match language {
        "en" => "US",
        "es" => "ES",
        "de" => "DE",
        "fr" => "FR",
        "pt" => "BR",
        "zh" => "CN",
        "it" => "IT",
        "nl" => "NL",
        "pl" => "PL",
        "ja" => "JP",
        "ko" => "KR",
        "ru" => "RU",
        "sv" => "SE",
        "da" => "DK",
        "cs" => "CZ",
        "tr" => "TR",
        "uk" => "UA",
        _ => return None,
    })
}

impl Default for Language {
    /// English, the source.
    fn default() -> Language {
        Language::english()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.catalogue)
    }
}

fn english_id() -> LanguageIdentifier {
    LanguageIdentifier::from_parts(
        unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default(),
        None,
        None,
        &[],
    )
}

fn pseudo_id() -> LanguageIdentifier {
    PSEUDO.parse().unwrap_or_else(|_| english_id())
}

/// A locale as the system or a person writes it, as a language tag:
/// POSIX (`pt_BR.UTF-8`, `sr_RS@latin`) or BCP 47 (`zh-Hans-CN`). `C` and
/// `POSIX` are English (they are what an unset locale is). `None` for
/// anything that is not a tag.
pub fn parse_locale(raw: &str) -> Option<LanguageIdentifier> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > LONGEST_TAG {
        return None;
    }
    let name = raw.split(['.', '@']).next().unwrap_or_default();
    if name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX") {
        return Some(english_id());
    }
    let tag = name.replace('_', "-");
    let parsed: LanguageIdentifier = tag.parse().ok()?;
    // `und` (the tag for "no language") is no wish.
    (parsed.language.as_str() != "und").then_some(parsed)
}

/// The system's languages, most wanted first, as gettext reads them on
/// Unix: `LC_ALL`, else `LC_MESSAGES`, else `LANG` names the locale, and
/// `LANGUAGE` (a list, `es:fr`) goes before it unless the locale is `C`.
/// Where none is set (a program started from the desktop on Windows or
/// macOS) the system's own list, through `sys-locale`.
pub fn system_locales() -> Vec<String> {
    system_locales_from(
        |name| std::env::var(name).ok(),
        || sys_locale::get_locales().collect(),
    )
}

/// [`system_locales`] from `var` and `system`.
pub fn system_locales_from(
    var: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Vec<String>,
) -> Vec<String> {
    let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
    let Some(locale) = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))
    else {
        return system();
    };
    let name = locale.trim().split(['.', '@']).next().unwrap_or_default();
    let is_c = name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX");
    let mut list: Vec<String> = Vec::new();
    if !is_c && let Some(languages) = set("LANGUAGE") {
        list.extend(
            languages
                .split(':')
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .map(str::to_owned),
        );
    }
    list.push(locale);
    list
}
