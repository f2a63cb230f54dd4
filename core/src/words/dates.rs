//! Dates and times in the language in use: weekday and month names and
//! the locale's numeric date come from chrono's locale data (glibc's,
//! compiled in), the order of the parts from the language's catalogue
//! (`date-long`, `date-short`, `date-day-month`, `date-numeric`,
//! `time-of-day` in `common.ftl`), so "Monday 3 March 2026" is "lunes, 3
//! de marzo de 2026" in Spanish and "2026年3月3日 星期一" in Chinese.
//!
//! chrono's `unstable-locales` rather than ICU4X: the same data the
//! system's own `date` uses, no new crate beyond chrono's
//! `pure-rust-locales`, and the few patterns a translator needs to order
//! the parts are a line each in the catalogue. ICU4X's date skeletons would
//! choose the order itself but bring dozens of crates and megabytes of
//! data for what these five patterns say.
//!
//! Every function has a form for the language in use and an `_in` form
//! for a given one (a paper printed in another language, tests).

use std::fmt::Write;

use chrono::format::{Item, StrftimeItems};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};

use crate::i18n::{self, Language};

/// The weekday's full name: "Monday", "lunes", "星期一".
pub fn weekday_name(day: Weekday) -> String {
    weekday_name_in(day, &i18n::current())
}

/// [`weekday_name`] in `language`.
pub fn weekday_name_in(day: Weekday, language: &Language) -> String {
    write_with(language, &on_weekday(day), "%A")
}

/// The weekday's short name: "Mon", "lun", "一".
pub fn weekday_short_in(day: Weekday, language: &Language) -> String {
    write_with(language, &on_weekday(day), "%a")
}

/// The month's name (1 is January): "March", "marzo", "三月". `None` for
/// a number that is no month.
pub fn month_name_in(month: u32, language: &Language) -> Option<String> {
    let first = NaiveDate::from_ymd_opt(2026, month, 1)?;
    Some(write_with(language, &first.and_time(NaiveTime::MIN), "%B"))
}

/// "Monday 3 March 2026".
pub fn date_long(date: NaiveDate) -> String {
    date_long_in(date, &i18n::current())
}

/// [`date_long`] in `language`.
pub fn date_long_in(date: NaiveDate, language: &Language) -> String {
    write(language, &date.and_time(NaiveTime::MIN), "date-long")
}

/// "Mon 3 Mar", for a row of days.
pub fn date_short(date: NaiveDate) -> String {
    date_short_in(date, &i18n::current())
}

/// [`date_short`] in `language`.
pub fn date_short_in(date: NaiveDate, language: &Language) -> String {
    write(language, &date.and_time(NaiveTime::MIN), "date-short")
}

/// "3 March", for a date in the current year.
pub fn day_month_in(date: NaiveDate, language: &Language) -> String {
    write(language, &date.and_time(NaiveTime::MIN), "date-day-month")
}

/// "3 March 2026": a date without its weekday.
pub fn day_month_year(date: NaiveDate) -> String {
    day_month_year_in(date, &i18n::current())
}

/// [`day_month_year`] in `language`.
pub fn day_month_year_in(date: NaiveDate, language: &Language) -> String {
    write(
        language,
        &date.and_time(NaiveTime::MIN),
        "date-day-month-year",
    )
}

/// "25 Jan": a day and the month's short name, under a chart's time axis.
pub fn day_short_month(date: NaiveDate) -> String {
    day_short_month_in(date, &i18n::current())
}

/// [`day_short_month`] in `language`.
pub fn day_short_month_in(date: NaiveDate, language: &Language) -> String {
    write(
        language,
        &date.and_time(NaiveTime::MIN),
        "date-day-short-month",
    )
}

/// The locale's numeric date: "03/03/2026" (US), "03.03.2026" (Germany).
pub fn date_numeric_in(date: NaiveDate, language: &Language) -> String {
    write(language, &date.and_time(NaiveTime::MIN), "date-numeric")
}

/// "08:05".
pub fn time_of_day(time: NaiveTime) -> String {
    time_of_day_in(time, &i18n::current())
}

/// [`time_of_day`] in `language`.
pub fn time_of_day_in(time: NaiveTime, language: &Language) -> String {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    write(language, &day.and_time(time), "time-of-day")
}

/// Unix seconds as a long date and a time of day in this computer's time
/// zone, in the language in use: "Monday 3 March 2026, 08:05" (the two
/// joined as `date-and-time` says).
pub fn local_date_time(unix_seconds: u64) -> String {
    local_date_time_in(unix_seconds, &i18n::current())
}

/// [`local_date_time`] in `language`.
pub fn local_date_time_in(unix_seconds: u64, language: &Language) -> String {
    let local = crate::time::local(unix_seconds).naive_local();
    let date = write(language, &local, "date-long");
    let time = write(language, &local, "time-of-day");
    language.tr_args("date-and-time", &[("date", date), ("time", time)])
}

fn on_weekday(day: Weekday) -> NaiveDateTime {
    // 5 January 2026 was a Monday.
    let monday = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    (monday + chrono::Days::new(u64::from(day.num_days_from_monday()))).and_time(NaiveTime::MIN)
}

/// `moment` written with the catalogue's pattern `id` in `language`.
fn write(language: &Language, moment: &NaiveDateTime, id: &str) -> String {
    // The pseudo-language's patterns are English ones (its own are
    // accented and would not be patterns), its text made pseudo after.
    let pattern = if language.is_pseudo() {
        Language::english().tr(id)
    } else {
        language.tr(id)
    };
    write_with(language, moment, &pattern)
}

/// `moment` written with `pattern`; a pattern chrono cannot read (a
/// translator's slip) gives the English pattern's result, never a panic.
fn write_with(language: &Language, moment: &NaiveDateTime, pattern: &str) -> String {
    let locale = language.chrono_locale();
    let stamp = Utc.from_utc_datetime(moment);
    let written = written(&stamp, pattern, locale).or_else(|| {
        tracing::warn!(
            "the date pattern {pattern:?} of `{language}` cannot be read; the English one is used"
        );
        written(&stamp, "%Y-%m-%d %H:%M", locale)
    });
    language.decorate(&written.unwrap_or_default())
}

fn written(stamp: &chrono::DateTime<Utc>, pattern: &str, locale: chrono::Locale) -> Option<String> {
    let items: Vec<Item<'_>> = StrftimeItems::new_with_locale(pattern, locale).collect();
    if items.iter().any(|item| matches!(item, Item::Error)) {
        return None;
    }
    let mut out = String::new();
    write!(
        out,
        "{}",
        stamp.format_localized_with_items(items.into_iter(), locale)
    )
    .ok()?;
    Some(out)
}

/// Whether chrono can read `pattern` (for the catalogues' test).
pub fn is_date_pattern(pattern: &str) -> bool {
    written(
        &Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        pattern,
        chrono::Locale::en_US,
    )
    .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(tags: &[&str]) -> Language {
        Language::negotiate(tags)
    }

    #[test]
    fn names_come_from_the_locale_data() {
        let en = Language::english();
        assert_eq!(weekday_name_in(Weekday::Mon, &en), "Monday");
        assert_eq!(weekday_name_in(Weekday::Sun, &en), "Sunday");
        assert_eq!(weekday_short_in(Weekday::Wed, &en), "Wed");
        assert_eq!(month_name_in(3, &en).as_deref(), Some("March"));
        assert_eq!(month_name_in(13, &en), None);
        assert_eq!(month_name_in(0, &en), None);
        assert_eq!(
            weekday_name(Weekday::Fri),
            "Friday",
            "English is in use in tests"
        );
        // The names come from the locale data, the order from the
        // language's catalogue.
        let day = NaiveDate::from_ymd_opt(2026, 3, 3).expect("a date");
        let spanish = Language::unshipped("es");
        assert_eq!(weekday_name_in(Weekday::Mon, &spanish), "lunes");
        assert_eq!(date_long_in(day, &spanish), "martes, 3 de marzo de 2026");
        assert_eq!(date_numeric_in(day, &spanish), "03/03/26");
        let german = Language::unshipped("de");
        assert_eq!(date_numeric_in(day, &german), "03.03.2026");
        let chinese = Language::unshipped("zh-CN");
        assert_eq!(weekday_name_in(Weekday::Tue, &chinese), "星期二");
        assert_eq!(date_numeric_in(day, &chinese), "2026年03月03日");
    }

    #[test]
    fn the_catalogue_orders_the_parts_and_the_locale_writes_the_numbers() {
        let en = Language::english();
        let day = NaiveDate::from_ymd_opt(2026, 3, 3).expect("a date");
        assert_eq!(date_long_in(day, &en), "Tuesday 3 March 2026");
        assert_eq!(date_short_in(day, &en), "Tue 3 Mar");
        assert_eq!(day_month_in(day, &en), "3 March");
        assert_eq!(date_numeric_in(day, &en), "03/03/2026", "en-US order");
        let morning = NaiveTime::from_hms_opt(8, 5, 0).expect("a time");
        assert_eq!(time_of_day_in(morning, &en), "08:05");
        // The region asked for changes the locale's own order (English
        // has one catalogue; Britain writes the day first).
        let british = language(&["en_GB.UTF-8"]);
        assert_eq!(date_numeric_in(day, &british), "03/03/26");
        assert_eq!(date_long_in(day, &british), "Tuesday 3 March 2026");
        // Any second is a date, in the pseudo-language too.
        let pseudo = Language::pseudo();
        let shown = date_long_in(day, &pseudo);
        assert_eq!(shown, "[Ţûûééšðååýý 3 Mååŕçĥ 2026]");
        let _ = local_date_time_in(u64::MAX, &en);
        let _ = local_date_time_in(0, &pseudo);
    }

    #[test]
    fn a_pattern_chrono_cannot_read_falls_back_never_panics() {
        let en = Language::english();
        let moment = NaiveDate::from_ymd_opt(2026, 3, 3)
            .expect("a date")
            .and_time(NaiveTime::MIN);
        assert_eq!(write_with(&en, &moment, "%Q %"), "2026-03-03 00:00");
        assert!(!is_date_pattern("%Q"));
        assert!(is_date_pattern("%A %-d %B"));
    }

    #[test]
    fn every_languages_date_patterns_can_be_read() {
        for language in Language::available() {
            for id in [
                "date-long",
                "date-short",
                "date-day-month",
                "date-numeric",
                "time-of-day",
            ] {
                let pattern = language.tr(id);
                if language.is_pseudo() {
                    continue;
                }
                assert!(is_date_pattern(&pattern), "{language} {id}: {pattern:?}");
            }
        }
    }
}
