//! How to get emergency help where the person is: the number to call,
//! picked from the system's region (`crate::region`, the way the paper size
//! is), and "your local emergency number" where the region is not known or
//! its number is not one this table is sure of.

use std::sync::OnceLock;

use crate::region::{self, Category, Region};

/// The European Union, the rest of the European Economic Area and
/// Switzerland: 112 reaches the emergency services everywhere there.
const CALL_112: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
];
/// The United Kingdom and the Crown Dependencies (112 works there too; 999
/// is the number people know).
const CALL_999: &[&str] = &["GB", "IM", "JE", "GG"];
/// North America: the United States and its territories, Canada, Mexico.
const CALL_911: &[&str] = &["US", "CA", "MX", "PR", "VI", "GU", "AS", "MP"];
const CALL_000: &[&str] = &["AU"];
const CALL_111: &[&str] = &["NZ"];

/// The number to call for an ambulance, when it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmergencyNumber(Option<&'static str>);

impl EmergencyNumber {
    /// Where the region is not known: "your local emergency number".
    pub const UNKNOWN: EmergencyNumber = EmergencyNumber(None);

    /// The number for `region`.
    pub fn for_region(region: Option<Region>) -> EmergencyNumber {
        let Some(region) = region else {
            return EmergencyNumber::UNKNOWN;
        };
        let table: [(&[&str], &'static str); 5] = [
            (CALL_112, "112"),
            (CALL_999, "999"),
            (CALL_911, "911"),
            (CALL_000, "000"),
            (CALL_111, "111"),
        ];
        EmergencyNumber(
            table
                .iter()
                .find(|(codes, _)| region.is_one_of(codes))
                .map(|(_, number)| *number),
        )
    }

    /// The number for a locale name (`en_GB.UTF-8`, `en-US`).
    pub fn for_locale(locale: &str) -> EmergencyNumber {
        EmergencyNumber::for_region(Region::of_locale(locale))
    }

    /// The number for this computer's region (`LC_ALL`, `LC_TELEPHONE`,
    /// `LANG`, else the system's region), read once.
    pub fn of_this_system() -> EmergencyNumber {
        static NUMBER: OnceLock<EmergencyNumber> = OnceLock::new();
        *NUMBER.get_or_init(|| {
            EmergencyNumber::for_region(region::of_this_system(Category::Telephone))
        })
    }

    /// The digits, when known.
    pub fn number(&self) -> Option<&'static str> {
        self.0
    }

    /// What to do, in one sentence: "Call 112 or go to an emergency
    /// department now."
    pub fn get_help(&self) -> String {
        match self.0 {
            Some(number) => crate::t!("safety-get-help", number = number),
            None => crate::t!("safety-get-help-local"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_follows_the_region() {
        let number = |locale: &str| EmergencyNumber::for_locale(locale).number();
        for locale in ["de_DE.UTF-8", "fr-FR", "en_IE", "es_ES", "nb_NO", "de-CH"] {
            assert_eq!(number(locale), Some("112"), "{locale}");
        }
        assert_eq!(number("en_GB.UTF-8"), Some("999"));
        for locale in ["en_US.UTF-8", "fr_CA", "es-MX", "en-US"] {
            assert_eq!(number(locale), Some("911"), "{locale}");
        }
        assert_eq!(number("en_AU"), Some("000"));
        assert_eq!(number("en_NZ"), Some("111"));
        for unknown in ["C", "C.UTF-8", "en", "", "ja_JP", "es-419"] {
            assert_eq!(number(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn the_words_name_the_number_or_the_local_one() {
        assert_eq!(
            EmergencyNumber::for_locale("en_GB").get_help(),
            "Call 999 or go to an emergency department now."
        );
        assert_eq!(
            EmergencyNumber::UNKNOWN.get_help(),
            "Call your local emergency number or go to an emergency department now."
        );
        // The process's own number is one of these, whatever the machine.
        let here = EmergencyNumber::of_this_system();
        assert!(here.get_help().starts_with("Call "));
        assert_eq!(here, EmergencyNumber::of_this_system(), "read once");
    }
}
