//! Where in the world the person is, as far as the system says: the
//! territory of the locale (`en_US.UTF-8`, `de-CH`). The paper a printer
//! holds (`paper::locale`) and the number to call for emergency help
//! (`guidance::emergency`) both follow it, so the rule for reading it is
//! here once.
//!
//! POSIX lets each kind of convention have its own variable: `LC_ALL`
//! overrides everything, then the category's own (`LC_PAPER`,
//! `LC_TELEPHONE`), then `LANG`. A program started from the desktop on
//! Windows or macOS has none of these, only the region chosen in the
//! system's settings, which `sys-locale` reads.

use std::fmt;

/// A territory: an ISO 3166 two-letter code, upper case ("US", "GB").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Region([u8; 2]);

/// Which convention a region is wanted for: the locale category that may
/// set it apart from the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Paper sizes (`LC_PAPER`).
    Paper,
    /// Telephone numbers (`LC_TELEPHONE`): the emergency number.
    Telephone,
}

impl Category {
    /// The variables that may name the locale for this category, the one
    /// that wins first.
    fn variables(self) -> [&'static str; 3] {
        match self {
            Category::Paper => ["LC_ALL", "LC_PAPER", "LANG"],
            Category::Telephone => ["LC_ALL", "LC_TELEPHONE", "LANG"],
        }
    }
}

impl Region {
    /// The territory of a locale name: POSIX (`en_US.UTF-8`, `fr_CA`,
    /// `es_MX@euro`) or BCP 47 as Windows and macOS give it (`en-US`,
    /// `zh-Hant-TW`): the first two-letter subtag after the language.
    /// `None` for a locale without one (`C`, `POSIX`, `en`, `es-419`).
    pub fn of_locale(locale: &str) -> Option<Region> {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        name.split(['_', '-'])
            .skip(1)
            .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(|subtag| {
                let bytes = subtag.as_bytes();
                Region([bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()])
            })
    }

    /// The two-letter code, upper case.
    pub fn code(&self) -> &str {
        // Built from ASCII letters only.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether this is one of `codes` (upper-case two-letter codes).
    pub fn is_one_of(&self, codes: &[&str]) -> bool {
        codes.iter().any(|code| code.as_bytes() == self.0)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The region for `category`: the first of its variables that is set
/// (read through `var`) decides, even when it names no territory (`C`);
/// when none is set, the system's own locale from `system`.
pub fn region_from(
    category: Category,
    var: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Option<Region> {
    category
        .variables()
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.trim().is_empty())
        .or_else(system)
        .and_then(|locale| Region::of_locale(&locale))
}

/// [`region_from`] the process environment and the system's locale.
pub fn of_this_system(category: Category) -> Option<Region> {
    region_from(
        category,
        |name| std::env::var(name).ok(),
        sys_locale::get_locale,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_territory_is_read_from_posix_and_bcp_47_names() {
        let code = |locale: &str| Region::of_locale(locale).map(|r| r.code().to_owned());
        assert_eq!(code("en_US.UTF-8").as_deref(), Some("US"));
        assert_eq!(code("es_MX@euro").as_deref(), Some("MX"));
        assert_eq!(code("en-gb").as_deref(), Some("GB"));
        assert_eq!(code("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(code("fil-PH").as_deref(), Some("PH"));
        for none in ["C", "POSIX", "C.UTF-8", "", "en", "es-419"] {
            assert_eq!(code(none), None, "{none}");
        }
        let us = Region::of_locale("en_US").expect("a region");
        assert!(us.is_one_of(&["CA", "US"]));
        assert!(!us.is_one_of(&["GB"]));
        assert_eq!(us.to_string(), "US");
    }

    #[test]
    fn each_category_has_its_own_variable_and_lc_all_wins() {
        let telephone = env(&[("LANG", "en_US.UTF-8"), ("LC_TELEPHONE", "en_GB.UTF-8")]);
        assert_eq!(
            region_from(Category::Telephone, &telephone, || None).map(|r| r.to_string()),
            Some("GB".into())
        );
        assert_eq!(
            region_from(Category::Paper, &telephone, || None).map(|r| r.to_string()),
            Some("US".into()),
            "LC_TELEPHONE says nothing about paper"
        );
        let all = env(&[("LC_ALL", "de_DE"), ("LC_PAPER", "en_US")]);
        assert_eq!(
            region_from(Category::Paper, all, || None).map(|r| r.to_string()),
            Some("DE".into())
        );
    }

    #[test]
    fn without_variables_the_systems_region_decides_and_a_set_one_wins() {
        let none = |_: &str| None;
        assert_eq!(
            region_from(Category::Telephone, none, || Some("en-AU".into())).map(|r| r.to_string()),
            Some("AU".into())
        );
        assert_eq!(region_from(Category::Paper, none, || None), None);
        // `LANG=C` is set and names no territory: the system is not asked.
        let c = env(&[("LANG", "C")]);
        assert_eq!(
            region_from(Category::Paper, c, || Some("en-US".into())),
            None
        );
        // An empty variable is as good as none.
        let empty = env(&[("LC_ALL", " "), ("LANG", "fr_CA.UTF-8")]);
        assert_eq!(
            region_from(Category::Paper, empty, || None).map(|r| r.to_string()),
            Some("CA".into())
        );
    }
}
