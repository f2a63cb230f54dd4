//! When a planned routine is due: the instants of "Mon–Fri at 08:00" in a
//! time zone, with the zone's daylight-saving rules.
//!
//! Generic over chrono's `TimeZone`: the app passes `chrono::Local` (the
//! computer's zone), tests pass fixed offsets and real zones.
//!
//! Wall times that do not exist or exist twice follow RFC 5545 §3.3.5, so
//! the desktop reminder and the exported calendar agree:
//! - a time in the spring-forward gap (02:30 on the night clocks jump from
//!   02:00 to 03:00) is read with the offset before the jump, i.e. it falls
//!   the same distance after the jump (03:30);
//! - a time in the autumn overlap (01:30 happens twice) is the first one.

use chrono::{DateTime, Datelike, NaiveDate, Offset, TimeDelta, TimeZone};

use crate::schedule::plan::{PlannedRoutine, TimeOfDay, WeeklyPlan};

/// The instant `at` happens on local `date` in `zone` (see the module docs
/// for gaps and overlaps).
pub fn occurrence<Tz: TimeZone>(zone: &Tz, date: NaiveDate, at: TimeOfDay) -> DateTime<Tz> {
    let wall = date.and_time(at.to_naive());
    match zone.from_local_datetime(&wall) {
        chrono::LocalResult::Single(instant) => instant,
        chrono::LocalResult::Ambiguous(first, _second) => first,
        chrono::LocalResult::None => {
            // The offset in force a day earlier is the one before the jump
            // (zones never change twice within a day).
            let before = zone
                .offset_from_utc_datetime(&(wall - TimeDelta::days(1)))
                .fix();
            let utc = wall - TimeDelta::seconds(i64::from(before.local_minus_utc()));
            zone.from_utc_datetime(&utc)
        }
    }
}

/// How many local dates around an instant are searched. A planned day
/// comes at least once a week; the extra day on each side covers a wall
/// time moved across midnight by a gap.
const SEARCH_DAYS: i64 = 8;

/// The first time `entry` is due strictly after `after`, in `after`'s
/// zone; `None` when it has no days.
pub fn next_due<Tz: TimeZone>(
    entry: &PlannedRoutine,
    after: &DateTime<Tz>,
) -> Option<DateTime<Tz>> {
    if entry.days.is_empty() {
        return None;
    }
    let zone = after.timezone();
    let today = after.date_naive();
    (-1..=SEARCH_DAYS)
        .filter_map(|offset| today.checked_add_signed(TimeDelta::days(offset)))
        .filter(|date| entry.days.contains_weekday(date.weekday()))
        .map(|date| occurrence(&zone, date, entry.at))
        .find(|instant| instant > after)
}

/// The last time `entry` was due at or before `now`; `None` when it has no
/// days.
pub fn latest_due<Tz: TimeZone>(
    entry: &PlannedRoutine,
    now: &DateTime<Tz>,
) -> Option<DateTime<Tz>> {
    if entry.days.is_empty() {
        return None;
    }
    let zone = now.timezone();
    let today = now.date_naive();
    (-SEARCH_DAYS..=1)
        .rev()
        .filter_map(|offset| today.checked_add_signed(TimeDelta::days(offset)))
        .filter(|date| entry.days.contains_weekday(date.weekday()))
        .map(|date| occurrence(&zone, date, entry.at))
        .find(|instant| instant <= now)
}

/// The next time anything in `plan` is due strictly after `after`, and
/// what.
pub fn next_in_plan<'a, Tz: TimeZone>(
    plan: &'a WeeklyPlan,
    after: &DateTime<Tz>,
) -> Option<(DateTime<Tz>, &'a PlannedRoutine)> {
    plan.routines
        .iter()
        .filter_map(|entry| next_due(entry, after).map(|due| (due, entry)))
        .min_by(|a, b| a.0.cmp(&b.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::plan::Days;
    use chrono::{FixedOffset, Utc};
    use chrono_tz::Europe::Berlin;

    fn entry(days: &str, at: &str) -> PlannedRoutine {
        PlannedRoutine {
            routine: "lower-back".into(),
            days: days.parse().unwrap(),
            at: at.parse().unwrap(),
            since: None,
        }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn at<Tz: TimeZone>(zone: &Tz, text: &str) -> DateTime<Tz> {
        let wall = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        zone.from_local_datetime(&wall).single().unwrap()
    }

    #[test]
    fn next_due_is_later_today_or_on_a_following_planned_day() {
        let plan = entry("mon-fri", "08:00");
        // 2024-05-13 is a Monday.
        let monday_early = at(&Utc, "2024-05-13 07:59");
        assert_eq!(
            next_due(&plan, &monday_early).unwrap(),
            at(&Utc, "2024-05-13 08:00")
        );
        // Exactly at the time: the next one, not this one.
        let monday_eight = at(&Utc, "2024-05-13 08:00");
        assert_eq!(
            next_due(&plan, &monday_eight).unwrap(),
            at(&Utc, "2024-05-14 08:00")
        );
        let wednesday_noon = at(&Utc, "2024-05-15 12:00");
        assert_eq!(
            next_due(&plan, &wednesday_noon).unwrap(),
            at(&Utc, "2024-05-16 08:00")
        );
    }

    #[test]
    fn next_due_skips_the_week_end() {
        let plan = entry("mon-fri", "08:00");
        let friday_evening = at(&Utc, "2024-05-17 18:00");
        assert_eq!(
            next_due(&plan, &friday_evening).unwrap(),
            at(&Utc, "2024-05-20 08:00")
        );
        // Only Sundays: from Monday it is six days away; across a year end.
        let sundays = entry("sun", "09:30");
        let monday = at(&Utc, "2024-12-30 10:00");
        assert_eq!(
            next_due(&sundays, &monday).unwrap(),
            at(&Utc, "2025-01-05 09:30")
        );
        // A plan with no days is never due.
        let paused = PlannedRoutine {
            days: Days::NONE,
            ..entry("mon", "08:00")
        };
        assert_eq!(next_due(&paused, &monday), None);
    }

    #[test]
    fn local_time_follows_the_zone_offset() {
        let plan = entry("mon", "08:00");
        // 08:00 in UTC+05:30 is 02:30 UTC; in UTC−08:00 it is 16:00 UTC.
        let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
        let california = FixedOffset::west_opt(8 * 3600).unwrap();
        let sunday_night_utc = utc("2024-05-12T23:00:00Z");
        // Already Monday 04:30 in India: 08:00 local is still ahead.
        assert_eq!(
            next_due(&plan, &sunday_night_utc.with_timezone(&india))
                .unwrap()
                .with_timezone(&Utc),
            utc("2024-05-13T02:30:00Z")
        );
        // Still Sunday 15:00 in California: Monday 08:00 local.
        assert_eq!(
            next_due(&plan, &sunday_night_utc.with_timezone(&california))
                .unwrap()
                .with_timezone(&Utc),
            utc("2024-05-13T16:00:00Z")
        );
        // Just after 08:00 India time: next Monday.
        let after = utc("2024-05-13T02:31:00Z").with_timezone(&india);
        assert_eq!(
            next_due(&plan, &after).unwrap().with_timezone(&Utc),
            utc("2024-05-20T02:30:00Z")
        );
    }

    #[test]
    fn daylight_saving_keeps_the_wall_clock_time() {
        // Berlin moves from +01:00 to +02:00 on Sunday 2024-03-31 at 02:00.
        let plan = entry("daily", "08:00");
        let saturday = at(&Berlin, "2024-03-30 09:00");
        let sunday = next_due(&plan, &saturday).unwrap();
        assert_eq!(sunday.with_timezone(&Utc), utc("2024-03-31T06:00:00Z"));
        let saturday_due = latest_due(&plan, &saturday).unwrap();
        assert_eq!(
            saturday_due.with_timezone(&Utc),
            utc("2024-03-30T07:00:00Z")
        );
        // 23 hours apart in absolute time, 08:00 on both wall clocks.
        assert_eq!(sunday - saturday_due, TimeDelta::hours(23));
        assert_eq!(sunday.format("%H:%M").to_string(), "08:00");
    }

    #[test]
    fn a_time_in_the_gap_or_the_overlap_happens_once() {
        // 02:30 does not exist in Berlin on 2024-03-31: it is 03:30 CEST.
        let gap = entry("sun", "02:30");
        let before = at(&Berlin, "2024-03-30 12:00");
        let due = next_due(&gap, &before).unwrap();
        assert_eq!(due.with_timezone(&Utc), utc("2024-03-31T01:30:00Z"));
        assert_eq!(due.format("%H:%M %:z").to_string(), "03:30 +02:00");
        // 02:30 happens twice on 2024-10-27: the first one (CEST).
        let overlap = entry("sun", "02:30");
        let before = at(&Berlin, "2024-10-26 12:00");
        let first = next_due(&overlap, &before).unwrap();
        assert_eq!(first.with_timezone(&Utc), utc("2024-10-27T00:30:00Z"));
        // And not again an hour later: the next is a week on.
        let again = next_due(&overlap, &first).unwrap();
        assert_eq!(again.with_timezone(&Utc), utc("2024-11-03T01:30:00Z"));
    }

    #[test]
    fn latest_due_looks_back_over_the_week_end() {
        let plan = entry("mon-fri", "08:00");
        let sunday = at(&Utc, "2024-05-19 20:00");
        assert_eq!(
            latest_due(&plan, &sunday).unwrap(),
            at(&Utc, "2024-05-17 08:00")
        );
        let monday_eight = at(&Utc, "2024-05-20 08:00");
        assert_eq!(latest_due(&plan, &monday_eight).unwrap(), monday_eight);
    }

    #[test]
    fn the_plan_is_due_at_its_earliest_routine() {
        let mut plan = WeeklyPlan::default();
        plan.set(entry("mon-fri", "08:00"));
        plan.set(PlannedRoutine {
            routine: "hips".into(),
            ..entry("sat,sun", "10:00")
        });
        let friday_evening = at(&Utc, "2024-05-17 18:00");
        let (due, what) = next_in_plan(&plan, &friday_evening).unwrap();
        assert_eq!(due, at(&Utc, "2024-05-18 10:00"));
        assert_eq!(what.routine, "hips");
    }
}
