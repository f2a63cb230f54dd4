//! Plain-language times for the home screen and the history.
//!
//! The standard library has no time zones, so "this week" is the last seven
//! days, which needs none and is what a person means by "how often lately".

use crate::profile::SessionRecord;

const DAY: u64 = 24 * 60 * 60;

/// "today", "yesterday", "3 days ago", "2 weeks ago".
pub fn describe_when(then: u64, now: u64) -> String {
    let days = now.saturating_sub(then) / DAY;
    match days {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        2..=13 => format!("{days} days ago"),
        _ => format!("{} weeks ago", days / 7),
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

    #[test]
    fn describes_days_in_words() {
        let now = 100 * DAY;
        assert_eq!(describe_when(now - 60, now), "today");
        assert_eq!(describe_when(now - DAY - 5, now), "yesterday");
        assert_eq!(describe_when(now - 3 * DAY, now), "3 days ago");
        assert_eq!(describe_when(now - 15 * DAY, now), "2 weeks ago");
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
