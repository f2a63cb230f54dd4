//! Which paper a printer near this person most likely holds, from the
//! locale: US Letter in the Americas' Letter countries and the
//! Philippines, A4 everywhere else (and when the locale says nothing).

use super::canvas::Paper;

/// Territories (ISO 3166 codes, as in `en_US`) whose default paper is US
/// Letter: the United States and its territories, Canada, Mexico, the
/// Philippines and the Central and South American countries that follow
/// the US (glibc's `LC_PAPER` for these locales is Letter too).
const LETTER_TERRITORIES: &[&str] = &[
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "DO", "BZ",
];

/// The paper for a locale name such as `en_US.UTF-8`, `fr_CA`, `es_MX@euro`.
pub fn paper_for_locale(locale: &str) -> Paper {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let territory = name.split_once('_').map(|(_, t)| t).unwrap_or_default();
    if LETTER_TERRITORIES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(territory))
    {
        Paper::Letter
    } else {
        Paper::A4
    }
}

/// The paper for this process: the first set of `LC_ALL`, `LC_PAPER`,
/// `LANG` (POSIX precedence), read through `var`.
pub fn default_paper_from(var: impl Fn(&str) -> Option<String>) -> Paper {
    ["LC_ALL", "LC_PAPER", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.trim().is_empty())
        .map_or(Paper::A4, |locale| paper_for_locale(&locale))
}

/// [`default_paper_from`] the process environment.
pub fn default_paper() -> Paper {
    default_paper_from(|name| std::env::var(name).ok())
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
            default_paper_from(env(&[("LANG", "en_GB.UTF-8"), ("LC_PAPER", "en_US.UTF-8")])),
            Paper::Letter
        );
        assert_eq!(
            default_paper_from(env(&[
                ("LC_ALL", "de_DE.UTF-8"),
                ("LC_PAPER", "en_US.UTF-8")
            ])),
            Paper::A4
        );
        assert_eq!(
            default_paper_from(env(&[("LC_ALL", ""), ("LANG", "en_CA.UTF-8")])),
            Paper::Letter
        );
        assert_eq!(default_paper_from(env(&[])), Paper::A4);
    }
}
