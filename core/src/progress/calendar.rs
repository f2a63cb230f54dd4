//! Plain-language times for the home screen and the history.
//!
//! "Today" and "yesterday" are calendar days in the person's time zone
//! (chrono with the system's zone rules): a session at 23:00 seen at 08:00
//! the next morning was yesterday. "This week" on Home is the last seven
//! days, what a person means by "how often lately".

use chrono::{Local, TimeZone};

use crate::profile::SessionRecord;

/// "today", "yesterday", "3 days ago", "2 weeks ago", in local time.
pub fn describe_when(then: u64, now: u64) -> String {
    describe_when_in(then, now, &Local)
}

/// [`describe_when`] in the time zone `zone`.
pub fn describe_when_in<Tz: TimeZone>(then: u64, now: u64, zone: &Tz) -> String {
    let date = |unix: u64| crate::time::local_in(unix, zone).date_naive();
    let days = (date(now) - date(then)).num_days().max(0);
    match days {
        0..=13 => crate::t!("history-when-days", days = days),
        _ => crate::t!("history-when-weeks", weeks = days / 7),
    }
}

/// Sessions started in the seven days up to `now`: the latest week of the
/// History screen's sessions-per-week chart.
pub fn sessions_in_last_week(records: &[SessionRecord], now: u64) -> usize {
    crate::progress::chart::sessions_per_week(records, now, 1)
        .first()
        .map_or(0, |&count| count as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(started_at: u64) -> SessionRecord {
        SessionRecord {
            started_at,
            routine_id: "lower-back".into(),
            routine_title: "Lower back".into(),
            duration_seconds: 300,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: None,
            ending: None,
        }
    }

    const DAY: u64 = 24 * 60 * 60;

    #[test]
    fn describes_days_in_words() {
        let utc = chrono::Utc;
        let now = 100 * DAY + 12 * 3600;
        assert_eq!(describe_when_in(now - 60, now, &utc), "today");
        assert_eq!(describe_when_in(now - DAY - 5, now, &utc), "yesterday");
        assert_eq!(describe_when_in(now - 3 * DAY, now, &utc), "3 days ago");
        assert_eq!(describe_when_in(now - 15 * DAY, now, &utc), "2 weeks ago");
    }

    #[test]
    fn days_are_calendar_days_in_the_local_zone() {
        // 23:00 one evening, seen at 08:00 the next morning, in UTC+2.
        let zone = chrono::FixedOffset::east_opt(2 * 3600).expect("an offset");
        let evening = zone
            .with_ymd_and_hms(2026, 11, 23, 23, 0, 0)
            .single()
            .expect("a time")
            .timestamp() as u64;
        let morning = evening + 9 * 3600;
        assert_eq!(describe_when_in(evening, morning, &zone), "yesterday");
        // In UTC those are 21:00 and 06:00 of the next day too; an hour
        // apart on one evening is still today.
        let late = evening - 2 * 3600;
        assert_eq!(describe_when_in(late, late + 3600, &zone), "today");
    }

    #[test]
    fn counts_only_the_last_seven_days() {
        let now = 100 * DAY;
        let records = [
            at(now - 60),
            at(now - 6 * DAY),
            at(now - 7 * DAY),
            at(now - 30 * DAY),
            at(now + 10),
        ];
        assert_eq!(sessions_in_last_week(&records, now), 2);
    }
}
