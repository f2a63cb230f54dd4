//! Changing the plan: the one rule for the date a planned routine counts
//! from, shared by `limber plan add` and the Plan screen.
//!
//! A routine counts from its first planned time on: planned at 21:00 for
//! 08:00, today is not a day it could have kept (nor missed). Once that
//! first day has come, a change of days or time keeps it (the days kept so
//! far stay kept); a routine changed before its first day came counts from
//! its new first time.

use chrono::{DateTime, TimeZone};

use crate::schedule::due::next_due;
use crate::schedule::plan::{Days, LocalDate, PlannedRoutine, TimeOfDay, WeeklyPlan};

/// Adds `routine` on `days` at `at`, or changes the days and time of the
/// routine already planned; returns the entry as planned.
pub fn plan_routine<Tz: TimeZone>(
    plan: &mut WeeklyPlan,
    routine: &str,
    days: Days,
    at: TimeOfDay,
    now: &DateTime<Tz>,
) -> PlannedRoutine {
    let today = now.date_naive();
    let mut entry = PlannedRoutine {
        routine: routine.to_owned().into(),
        days,
        at,
        since: None,
    };
    let first = next_due(&entry, now).map_or(today, |due| due.date_naive());
    let kept = plan
        .get(routine)
        .and_then(|planned| planned.since)
        .filter(|since| since.0 <= today);
    entry.since = Some(kept.unwrap_or(LocalDate(first)));
    // `set` keeps an existing `since`: replace the entry so the date
    // chosen here is the one written.
    match plan.routines.iter_mut().find(|p| p.routine == routine) {
        Some(planned) => *planned = entry.clone(),
        None => plan.routines.push(entry.clone()),
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        Utc.from_utc_datetime(&wall)
    }

    fn since(plan: &WeeklyPlan) -> String {
        plan.routines[0].since.unwrap().to_string()
    }

    #[test]
    fn a_routine_counts_from_its_first_planned_time() {
        let mut plan = WeeklyPlan::default();
        // Monday 2024-05-13 at 09:00: 08:00 has passed, so Tuesday.
        let monday = at("2024-05-13 09:00");
        plan_routine(
            &mut plan,
            "lower-back",
            Days::WEEKDAYS,
            "08:00".parse().unwrap(),
            &monday,
        );
        assert_eq!(since(&plan), "2024-05-14");
        // Moved to 18:00 the same morning, before its first day: today.
        plan_routine(
            &mut plan,
            "lower-back",
            Days::WEEKDAYS,
            "18:00".parse().unwrap(),
            &at("2024-05-13 09:05"),
        );
        assert_eq!(since(&plan), "2024-05-13");
        assert_eq!(plan.routines.len(), 1);
        // Once its first day has come, changes keep the date.
        plan_routine(
            &mut plan,
            "lower-back",
            "mon,wed".parse().unwrap(),
            "07:00".parse().unwrap(),
            &at("2024-05-15 12:00"),
        );
        assert_eq!(since(&plan), "2024-05-13");
        assert_eq!(plan.routines[0].days, "mon,wed".parse().unwrap());
    }

    #[test]
    fn a_routine_with_no_days_counts_from_today() {
        let mut plan = WeeklyPlan::default();
        let entry = plan_routine(
            &mut plan,
            "hips",
            Days::NONE,
            "08:00".parse().unwrap(),
            &at("2024-05-13 09:00"),
        );
        assert_eq!(entry.since.unwrap().to_string(), "2024-05-13");
    }
}
