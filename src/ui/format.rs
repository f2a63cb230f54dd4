//! Durations as people read them.

use std::time::Duration;

/// "5 min", "1 min", "45 s": an estimate, rounded to the nearest minute
/// once it is over a minute.
pub fn minutes(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min", (seconds + 30) / 60)
    }
}

/// "4:05": an exact time taken.
pub fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_to_the_nearest_minute_past_one_minute() {
        assert_eq!(minutes(Duration::from_secs(45)), "45 s");
        assert_eq!(minutes(Duration::from_secs(89)), "1 min");
        assert_eq!(minutes(Duration::from_secs(90)), "2 min");
        assert_eq!(minutes(Duration::from_secs(312)), "5 min");
    }

    #[test]
    fn clock_pads_seconds() {
        assert_eq!(clock(Duration::from_secs(245)), "4:05");
        assert_eq!(clock(Duration::from_millis(59_999)), "0:59");
    }
}
