//! Which paper a printer near this person most likely holds, from the
//! system's region (`crate::region`): US Letter in the Americas' Letter
//! countries and the Philippines, A4 everywhere else (and when the locale
//! says nothing).

use super::canvas::Paper;
use crate::region::{self, Category, Region};

/// Territories (ISO 3166 codes, as in `en_US`) whose default paper is US
/// Letter: the United States and its territories, Canada, Mexico, the
/// Philippines and the Central and South American countries that follow
/// the US (glibc's `LC_PAPER` for these locales is Letter too).
const LETTER_TERRITORIES: &[&str] = &[
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "DO", "BZ",
];

/// The paper for a region; A4 where it is not known.
pub fn paper_for_region(region: Option<Region>) -> Paper {
    match region {
        Some(region) if region.is_one_of(LETTER_TERRITORIES) => Paper::Letter,
        _ => Paper::A4,
    }
}

/// The paper for a locale name, POSIX (`en_US.UTF-8`) or BCP 47 (`en-US`).
pub fn paper_for_locale(locale: &str) -> Paper {
    paper_for_region(Region::of_locale(locale))
}

/// The paper for this process: the first set of `LC_ALL`, `LC_PAPER`,
/// `LANG` (POSIX precedence), read through `var`; when none is set, the
/// system's own locale from `system` (see `crate::region`).
pub fn default_paper_from(
    var: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Paper {
    paper_for_region(region::region_from(Category::Paper, var, system))
}

/// [`default_paper_from`] the process environment and the system locale
/// (`sys-locale`: the user's locale name on Windows and macOS, the same
/// variables on Linux).
pub fn default_paper() -> Paper {
    paper_for_region(region::of_this_system(Category::Paper))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_for_the_americas_letter_countries_and_the_philippines() {
        for locale in [
            "en_US.UTF-8",
            "fr_CA.UTF-8",
            "es_MX",
            "en_PH.utf8",
            "es_US@x",
            "en-US",
            "es-MX",
            "fil-PH",
        ] {
            assert_eq!(paper_for_locale(locale), Paper::Letter, "{locale}");
        }
        for locale in [
            "en_GB.UTF-8",
            "de_DE",
            "C",
            "POSIX",
            "C.UTF-8",
            "",
            "en",
            "pt_BR",
            "en-GB",
            "zh-Hant-TW",
            "es-419",
        ] {
            assert_eq!(paper_for_locale(locale), Paper::A4, "{locale}");
        }
    }

    #[test]
    fn lc_all_wins_over_lc_paper_over_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            default_paper_from(
                env(&[("LANG", "en_GB.UTF-8"), ("LC_PAPER", "en_US.UTF-8")]),
                || None
            ),
            Paper::Letter
        );
        assert_eq!(
            default_paper_from(
                env(&[("LC_ALL", "de_DE.UTF-8"), ("LC_PAPER", "en_US.UTF-8")]),
                || None
            ),
            Paper::A4
        );
        assert_eq!(
            default_paper_from(env(&[("LC_ALL", ""), ("LANG", "en_CA.UTF-8")]), || None),
            Paper::Letter
        );
        assert_eq!(default_paper_from(env(&[]), || None), Paper::A4);
    }

    #[test]
    fn without_locale_variables_the_systems_region_decides() {
        let none = |_: &str| None;
        assert_eq!(
            default_paper_from(none, || Some("en-US".into())),
            Paper::Letter
        );
        assert_eq!(default_paper_from(none, || Some("en-GB".into())), Paper::A4);
        // A variable that says something wins over the system's region.
        let lang = |name: &str| (name == "LANG").then(|| "de_DE.UTF-8".to_owned());
        assert_eq!(default_paper_from(lang, || Some("en-US".into())), Paper::A4);
    }
}
