//! The system's wall clock, whatever it says. A computer whose clock was
//! reset to 1969 (a flat CMOS battery, a bad NTP answer) or set to the
//! year 9999 must get a sensible answer, never a panic: chrono's
//! `Local::now()` unwraps the time since 1970 and panics before it.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, Utc};

/// Seconds since the Unix epoch now; 0 when the clock is before 1970
/// (history records keep unsigned times).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

/// Now, in UTC: before 1970 too, and clamped to what chrono can hold
/// (years ±262,000) beyond that.
pub fn utc_now() -> DateTime<Utc> {
    utc_at(SystemTime::now())
}

/// Now, in the computer's time zone (see [`utc_now`]).
pub fn local_now() -> DateTime<Local> {
    utc_now().with_timezone(&Local)
}

/// `time` as a chrono time, whatever it is.
pub fn utc_at(time: SystemTime) -> DateTime<Utc> {
    let (seconds, nanos) = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => (
            i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            after.subsec_nanos(),
        ),
        Err(before) => {
            let before = before.duration();
            let mut seconds = -i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            let mut nanos = before.subsec_nanos();
            if nanos > 0 {
                seconds = seconds.saturating_sub(1);
                nanos = 1_000_000_000 - nanos;
            }
            (seconds, nanos)
        }
    };
    DateTime::from_timestamp(seconds, nanos).unwrap_or(if seconds < 0 {
        DateTime::<Utc>::MIN_UTC
    } else {
        DateTime::<Utc>::MAX_UTC
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;
    use std::time::Duration;

    #[test]
    fn any_system_time_is_a_time() {
        let before_1970 =
            UNIX_EPOCH - Duration::from_secs(86_400 * 200) - Duration::from_millis(250);
        let time = utc_at(before_1970);
        assert_eq!(time.year(), 1969);
        assert_eq!(time.timestamp(), -86_400 * 200 - 1);
        let year_9999 = UNIX_EPOCH + Duration::from_secs(253_402_300_799);
        assert_eq!(utc_at(year_9999).year(), 9999);
        let far = UNIX_EPOCH + Duration::from_secs(u64::MAX / 4);
        assert_eq!(utc_at(far), DateTime::<Utc>::MAX_UTC);
        // Far before 1970 is clamped too.
        if let Some(ancient) = UNIX_EPOCH.checked_sub(Duration::from_secs(u64::MAX / 4)) {
            assert_eq!(utc_at(ancient), DateTime::<Utc>::MIN_UTC);
        }
        let _ = local_now();
    }
}
