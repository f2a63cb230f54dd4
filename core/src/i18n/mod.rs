//! The person's language. Every sentence Limber shows, says or prints
//! comes from a Project Fluent catalogue: `core/locales/<language>/<area>.ftl`
//! (one file per area of the app: `common`, `home`, `player`, `coach`, …),
//! embedded in the binary. English (`en`) is the source; another language
//! may leave any message out, and that message is then said in English
//! (and logged once). `en-XA`, a pseudo-language made from English when the
//! catalogues load (accented, longer, every message in brackets), shows
//! what a screen looks like in a long language and what escaped the
//! catalogues.
//!
//! Short to call, from any thread (the store, the coach and the window all
//! read the same catalogues):
//!
//! ```
//! use limber_core::t;
//! let said = t!("speech-no-voice-reason", language = "Español");
//! assert!(said.contains("Español"));
//! // Arguments of one kind as a slice; numbers select CLDR plural forms.
//! let named = limber_core::i18n::tr_args("language-called", &[("tag", "es")]);
//! assert_eq!(named, "Spanish");
//! ```
//!
//! One place owns the language in use: [`current`] reads it, [`choose`]
//! sets what it comes from (the command line, the profile's setting, the
//! system's locales) and [`set_profile_language`] changes the profile's
//! part at run time. Nothing else in the core is used here: this is the
//! bottom layer.
//!
//! Sides and limbs: a message that names a side takes `$side` (`left`,
//! `right`) and `$limb` (`leg`, `arm`, `side`) as arguments and selects on
//! them; a language whose adjectives agree with the noun, or whose nouns
//! change with case, keeps the forms in terms with variants and calls them
//! with the form the sentence needs (`{ -left(gender: "feminine") }`).
//! `docs/translating.md` shows it in Spanish and German.

mod catalogue;
pub mod check;
mod language;
mod pseudo;

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, RwLock};

pub use catalogue::{AREAS, LOCALES_PREFIX};
pub use language::{ENGLISH, Language, PSEUDO, parse_locale, system_locales, system_locales_from};

/// A value given to a message: a number (plural forms select on it) or a
/// text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Number(f64),
    Text(Cow<'a, str>),
}

/// Numbers beyond this are given as text: the plural rules read a number
/// through its integer digits as a `u64`, and Fluent panics on one they
/// cannot hold (or on NaN). No count in Limber comes near.
const LARGEST_NUMBER: f64 = 1e15;

impl From<f64> for Arg<'_> {
    fn from(value: f64) -> Self {
        if value.is_finite() && value.abs() < LARGEST_NUMBER {
            Arg::Number(value)
        } else {
            Arg::Text(Cow::Owned(value.to_string()))
        }
    }
}

impl From<f32> for Arg<'_> {
    fn from(value: f32) -> Self {
        Arg::from(f64::from(value))
    }
}

macro_rules! number_arg {
    ($($ty:ty)+) => {
        $(impl From<$ty> for Arg<'_> {
            fn from(value: $ty) -> Self {
                // Integers beyond 2^53 lose digits as f64; they are past
                // LARGEST_NUMBER anyway and go as text, exactly.
                let wide = value as f64;
                if wide.abs() < LARGEST_NUMBER {
                    Arg::Number(wide)
                } else {
                    Arg::Text(Cow::Owned(value.to_string()))
                }
            }
        })+
    };
}
number_arg!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(value.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Text(Cow::Owned(value))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Arg::Text(value)
    }
}

/// A message of the language in use, without arguments. A message the
/// language lacks is said in English; one English lacks too comes back as
/// its id (both logged once): never a panic.
pub fn tr(id: &str) -> String {
    current().tr(id)
}

/// A message of the language in use with arguments: `tr_args("player-rep-of",
/// &[("rep", 2), ("reps", 3)])`. Mixed kinds of values go through
/// [`Arg`] (or the [`t!`](crate::t) macro, which converts each).
pub fn tr_args<'a, V>(id: &str, args: &[(&str, V)]) -> String
where
    V: Into<Arg<'a>> + Clone,
{
    current().tr_args(id, args)
}

/// A message of the language in use: `t!("player-hold")`, or with
/// arguments `t!("player-rep-of", rep = 2, reps = 3)` (each value anything
/// that converts into an [`i18n::Arg`](crate::i18n::Arg): numbers and
/// texts). The id is a literal, so a test finds every id the code uses and
/// checks that English has it.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// Where the language in use comes from, strongest first: `--lang` or
/// `LIMBER_LANG`, the profile's setting, then the system's locales in
/// their order. Each is a language tag (`es`, `pt-BR`, `zh_CN.UTF-8`);
/// one that names no language Limber has falls through to the next, and
/// English is the last resort.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    pub command_line: Option<String>,
    pub profile: Option<String>,
    pub system: Vec<String>,
}

impl Choice {
    /// The choice of a program started with `command_line` (the flag, else
    /// `LIMBER_LANG`) on this system.
    pub fn of_this_system(command_line: Option<String>) -> Choice {
        Choice {
            command_line,
            profile: None,
            system: system_locales(),
        }
    }

    /// The tags in the order they are tried.
    pub fn requested(&self) -> Vec<&str> {
        self.command_line
            .iter()
            .chain(&self.profile)
            .map(String::as_str)
            .chain(self.system.iter().map(String::as_str))
            .collect()
    }

    /// The language this choice gives.
    pub fn language(&self) -> Language {
        Language::negotiate(&self.requested())
    }
}

struct InUse {
    choice: Choice,
    language: Language,
}

/// English until the program chooses (so tests, and anything that never
/// asks, read English whatever the machine's locale).
static IN_USE: LazyLock<RwLock<InUse>> = LazyLock::new(|| {
    RwLock::new(InUse {
        choice: Choice::default(),
        language: Language::english(),
    })
});

/// Counts the changes of the language in use, so a thread that keeps
/// something made for one language (the speech worker's voice) can see
/// cheaply that it changed.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The language in use.
pub fn current() -> Language {
    IN_USE
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .language
        .clone()
}

/// What the language in use was chosen from.
pub fn choice() -> Choice {
    IN_USE
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .choice
        .clone()
}

/// Makes `choice` decide the language in use; returns it.
pub fn choose(choice: Choice) -> Language {
    let language = choice.language();
    let mut in_use = IN_USE
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if in_use.language != language {
        tracing::debug!(
            "language: {} (asked for: {:?})",
            language.locale_tag(),
            choice.requested()
        );
        GENERATION.fetch_add(1, Ordering::SeqCst);
    }
    in_use.choice = choice;
    in_use.language = language.clone();
    language
}

/// The profile's own language (`None`: the system's), as the profile in use
/// changes or its setting does; `--lang` still wins. Returns the language
/// now in use.
pub fn set_profile_language(tag: Option<&str>) -> Language {
    let mut choice = self::choice();
    choice.profile = tag.map(str::to_owned);
    choose(choice)
}

/// A number that changes whenever the language in use does.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::SeqCst)
}

#[cfg(test)]
mod tests;
