//! The weekly plan of one profile: which routines, on which days, at what
//! local time ("Lower back, Mon–Fri, 08:00").
//!
//! This module is a leaf (no other Limber module): the profile store keeps
//! the plan in its own file (`profile/plan_file.rs`) and the rest of
//! `schedule` computes with it.

use std::fmt;
use std::str::FromStr;

use crate::ids::RoutineId;
use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// A day of the week. Weeks start on Monday (ISO 8601), as in the
/// calendar export's `WKST` default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];

    fn index(self) -> u8 {
        self as u8
    }

    pub fn weekday(self) -> Weekday {
        match self {
            Day::Mon => Weekday::Mon,
            Day::Tue => Weekday::Tue,
            Day::Wed => Weekday::Wed,
            Day::Thu => Weekday::Thu,
            Day::Fri => Weekday::Fri,
            Day::Sat => Weekday::Sat,
            Day::Sun => Weekday::Sun,
        }
    }

    pub fn from_weekday(weekday: Weekday) -> Day {
        Day::ALL[weekday.num_days_from_monday() as usize]
    }

    /// "Mon", in the language in use.
    pub fn short_name(self) -> String {
        crate::words::weekday_short_in(self.weekday(), &crate::i18n::current())
    }

    /// "Monday", in the language in use.
    pub fn long_name(self) -> String {
        crate::words::weekday_name(self.weekday())
    }

    /// The day's English name, as `--days` and the plan file read it
    /// (the command line's words stay English in every language).
    fn english_name(self) -> &'static str {
        [
            "Monday",    // untranslated: --days reads English names
            "Tuesday",   // untranslated: --days reads English names
            "Wednesday", // untranslated: --days reads English names
            "Thursday",  // untranslated: --days reads English names
            "Friday",    // untranslated: --days reads English names
            "Saturday",  // untranslated: --days reads English names
            "Sunday",    // untranslated: --days reads English names
        ][self.index() as usize]
    }

    /// The RFC 5545 `BYDAY` code: "MO".
    pub fn ical_code(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.index() as usize]
    }

    /// Reads "mon", "Monday", "tu", … (case-insensitive, a prefix of at
    /// least two letters).
    fn parse(word: &str) -> Option<Day> {
        let word = word.trim().to_lowercase();
        if word.len() < 2 {
            return None;
        }
        Day::ALL
            .into_iter()
            .find(|day| day.english_name().to_lowercase().starts_with(&word))
    }
}

/// A set of days of the week. Stored as a list (`[Mon, Wed, Fri]`), kept in
/// week order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(from = "Vec<Day>", into = "Vec<Day>")]
pub struct Days(u8);

impl Days {
    pub const NONE: Days = Days(0);
    pub const EVERY_DAY: Days = Days(0b111_1111);
    pub const WEEKDAYS: Days = Days(0b001_1111);
    pub const WEEKEND: Days = Days(0b110_0000);

    pub fn contains(self, day: Day) -> bool {
        self.0 & (1 << day.index()) != 0
    }

    pub fn contains_weekday(self, weekday: Weekday) -> bool {
        self.contains(Day::from_weekday(weekday))
    }

    pub fn with(self, day: Day) -> Days {
        Days(self.0 | (1 << day.index()))
    }

    pub fn without(self, day: Day) -> Days {
        Days(self.0 & !(1 << day.index()))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The days in week order, Monday first.
    pub fn iter(self) -> impl Iterator<Item = Day> {
        Day::ALL.into_iter().filter(move |&day| self.contains(day))
    }
}

impl From<Vec<Day>> for Days {
    fn from(days: Vec<Day>) -> Days {
        days.into_iter().fold(Days::NONE, Days::with)
    }
}

impl From<Days> for Vec<Day> {
    fn from(days: Days) -> Vec<Day> {
        days.iter().collect()
    }
}

impl FromIterator<Day> for Days {
    fn from_iter<I: IntoIterator<Item = Day>>(iter: I) -> Days {
        iter.into_iter().fold(Days::NONE, Days::with)
    }
}

/// Reads what a person types after `--days`: `mon,wed,fri`, `mon-fri`,
/// `sat-mon` (wrapping over the week end), `weekdays`, `weekends`,
/// `daily` / `every day`, or a mix such as `mon,thu-sat`.
impl FromStr for Days {
    type Err = String;

    fn from_str(text: &str) -> Result<Days, String> {
        let mut days = Days::NONE;
        for part in text.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
            let part = part.trim();
            let lowered = part.to_lowercase();
            let named = match lowered.as_str() {
                "daily" | "every" | "everyday" | "all" => Some(Days::EVERY_DAY),
                "day" if days == Days::EVERY_DAY => Some(Days::EVERY_DAY),
                "weekdays" | "workdays" => Some(Days::WEEKDAYS),
                "weekend" | "weekends" => Some(Days::WEEKEND),
                _ => None,
            };
            if let Some(named) = named {
                days = Days(days.0 | named.0);
                continue;
            }
            let unknown = || crate::t!("plan-days-not-a-day", part = part);
            match part.split_once(['-', '–']) {
                Some((from, to)) => {
                    let from = Day::parse(from).ok_or_else(unknown)?;
                    let to = Day::parse(to).ok_or_else(unknown)?;
                    let mut index = from.index();
                    loop {
                        days = days.with(Day::ALL[index as usize]);
                        if index == to.index() {
                            break;
                        }
                        index = (index + 1) % 7;
                    }
                }
                None => days = days.with(Day::parse(part).ok_or_else(unknown)?),
            }
        }
        if days.is_empty() {
            return Err(crate::t!("plan-days-not-given"));
        }
        Ok(days)
    }
}

/// A local time of day to the minute, written `08:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// `None` unless `hour` < 24 and `minute` < 60.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }

    /// As chrono's time of day (for writing it in the language in use).
    pub fn time(self) -> chrono::NaiveTime {
        chrono::NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0)
            .unwrap_or_default()
    }

    pub fn to_naive(self) -> NaiveTime {
        NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0)
            .unwrap_or(NaiveTime::MIN)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// Reads `08:00`, `8:00`, `8.30`, `20:15`, `8` (24-hour clock).
impl FromStr for TimeOfDay {
    type Err = String;

    fn from_str(text: &str) -> Result<TimeOfDay, String> {
        let trimmed = text.trim();
        let invalid = || crate::t!("plan-time-invalid", text = trimmed);
        let (hour, minute) = match trimmed.split_once([':', '.', 'h']) {
            Some((hour, minute)) => (hour, minute),
            None => (trimmed, "00"),
        };
        let digits = |s: &str, max_len: usize| {
            (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u8>().ok())
                .flatten()
        };
        let hour = digits(hour, 2).ok_or_else(invalid)?;
        let minute = if minute.len() == 2 {
            digits(minute, 2).ok_or_else(invalid)?
        } else {
            return Err(invalid());
        };
        TimeOfDay::new(hour, minute).ok_or_else(invalid)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = String;
    fn try_from(text: String) -> Result<TimeOfDay, String> {
        text.parse()
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// A local calendar date, stored as `"2024-05-13"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocalDate(pub NaiveDate);

impl fmt::Display for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for LocalDate {
    type Err = String;
    fn from_str(text: &str) -> Result<LocalDate, String> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(LocalDate)
            .map_err(|_| crate::t!("plan-date-invalid", text = text))
    }
}

impl TryFrom<String> for LocalDate {
    type Error = String;
    fn try_from(text: String) -> Result<LocalDate, String> {
        text.parse()
    }
}

impl From<LocalDate> for String {
    fn from(date: LocalDate) -> String {
        date.to_string()
    }
}

/// One routine in the plan: on these days, at this time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedRoutine {
    /// The routine id in the content (e.g. `lower-back`).
    pub routine: RoutineId,
    /// No days means the routine stays in the plan but is never due.
    pub days: Days,
    pub at: TimeOfDay,
    /// The local date the routine was first planned: the week's progress
    /// and the run of days kept do not count days before it (a plan made
    /// on Wednesday did not miss Monday). `None` (a hand-written file):
    /// counted on every day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<LocalDate>,
}

impl PlannedRoutine {
    /// Whether the routine is planned on `date`: one of its days, and not
    /// before it was planned.
    pub fn planned_on(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        self.days.contains_weekday(date.weekday()) && self.since.is_none_or(|since| since.0 <= date)
    }
}

/// A profile's weekly plan. Each routine appears at most once (one time of
/// day per routine keeps "done today" and "3 of 5" unambiguous).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyPlan {
    pub routines: Vec<PlannedRoutine>,
}

impl WeeklyPlan {
    pub fn is_empty(&self) -> bool {
        self.routines.is_empty()
    }

    pub fn get(&self, routine: &str) -> Option<&PlannedRoutine> {
        self.routines.iter().find(|entry| entry.routine == routine)
    }

    /// Adds `entry`, or replaces the days and time of the routine already
    /// planned (keeping its place and the date it was first planned).
    pub fn set(&mut self, entry: PlannedRoutine) {
        match self
            .routines
            .iter_mut()
            .find(|planned| planned.routine == entry.routine)
        {
            Some(planned) => {
                let since = planned.since.or(entry.since);
                *planned = PlannedRoutine { since, ..entry };
            }
            None => self.routines.push(entry),
        }
    }

    /// Removes the routine; `false` if it was not planned.
    pub fn remove(&mut self, routine: &str) -> bool {
        let before = self.routines.len();
        self.routines.retain(|entry| entry.routine != routine);
        self.routines.len() != before
    }

    /// The routines planned on `day`, by time of day.
    pub fn on(&self, day: Day) -> Vec<&PlannedRoutine> {
        let mut entries: Vec<&PlannedRoutine> = self
            .routines
            .iter()
            .filter(|entry| entry.days.contains(day))
            .collect();
        entries.sort_by(|a, b| (a.at, &a.routine).cmp(&(b.at, &b.routine)));
        entries
    }

    /// Whether anything is planned on any day.
    pub fn has_planned_days(&self) -> bool {
        self.routines.iter().any(|entry| !entry.days.is_empty())
    }

    /// Keeps the first entry of a routine listed twice (a hand-edited file);
    /// returns whether anything was dropped.
    pub fn drop_duplicates(&mut self) -> bool {
        let mut seen = std::collections::HashSet::new();
        let before = self.routines.len();
        self.routines
            .retain(|entry| seen.insert(entry.routine.clone()));
        self.routines.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(text: &str) -> Vec<Day> {
        text.parse::<Days>().unwrap().iter().collect()
    }

    #[test]
    fn days_read_lists_ranges_and_names() {
        use Day::*;
        assert_eq!(days("mon,wed,fri"), vec![Mon, Wed, Fri]);
        assert_eq!(days("Mon-Fri"), vec![Mon, Tue, Wed, Thu, Fri]);
        assert_eq!(days("fri-mon"), vec![Mon, Fri, Sat, Sun]);
        assert_eq!(days("weekends"), vec![Sat, Sun]);
        assert_eq!(days("daily").len(), 7);
        assert_eq!(days("every day").len(), 7);
        assert_eq!(days("tuesday, th"), vec![Tue, Thu]);
        assert!("".parse::<Days>().is_err());
        assert!("funday".parse::<Days>().is_err());
        // "t" alone is Tuesday or Thursday: refused rather than guessed.
        assert!("t".parse::<Days>().is_err());
    }

    #[test]
    fn times_read_a_24_hour_clock() {
        assert_eq!(
            "08:00".parse::<TimeOfDay>(),
            Ok(TimeOfDay::new(8, 0).unwrap())
        );
        assert_eq!(
            "8:05".parse::<TimeOfDay>(),
            Ok(TimeOfDay::new(8, 5).unwrap())
        );
        assert_eq!(
            "20".parse::<TimeOfDay>(),
            Ok(TimeOfDay::new(20, 0).unwrap())
        );
        assert_eq!(TimeOfDay::new(7, 30).unwrap().to_string(), "07:30");
        for bad in [
            "24:00", "8:60", "8:5", "-1:00", "eight", "", "8:00pm", "123:00",
        ] {
            assert!(bad.parse::<TimeOfDay>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_routine_is_planned_once_and_set_replaces_it() {
        let mut plan = WeeklyPlan::default();
        let at = TimeOfDay::new(8, 0).unwrap();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: Days::WEEKDAYS,
            at,
            since: None,
        });
        plan.set(PlannedRoutine {
            routine: "hips".into(),
            days: Days::WEEKEND,
            at,
            since: None,
        });
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: Days::EVERY_DAY,
            at,
            since: None,
        });
        assert_eq!(plan.routines.len(), 2);
        assert_eq!(plan.routines[0].days, Days::EVERY_DAY);
        assert_eq!(plan.on(Day::Sat).len(), 2);
        assert_eq!(plan.on(Day::Mon).len(), 1);
        assert!(plan.remove("hips"));
        assert!(!plan.remove("hips"));
    }
}
