//! Time, in one place: the clock the session runs on (monotonic instants for
//! timing, wall-clock seconds for "when"), and Unix seconds as a local date
//! and time. Every screen, command and paper converts through here, so a
//! clock before 1970 or far in the future gives the same sensible answer
//! everywhere and never a panic.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, TimeZone, Utc};

/// A source of monotonic instants. The app uses [`MonotonicClock`]; tests
/// use `testing::FakeClock`.
pub trait Clock {
    fn now(&self) -> Instant;

    /// Wall-clock time in seconds since the Unix epoch: when a session
    /// started, what "today" is. Separate from `now`, which is monotonic.
    fn unix_now(&self) -> u64 {
        unix_now()
    }
}

/// The real clock: `Instant::now()`, which is monotonic.
#[derive(Debug, Clone, Copy, Default)]
pub struct MonotonicClock;

impl Clock for MonotonicClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// The last second Limber shows as a date: 31 December 9999, 23:59:59 UTC.
/// A later time (a clock set wrong, a hand-edited file) is shown as this.
pub const LAST_SECOND: u64 = 253_402_300_799;

/// Seconds since the Unix epoch now; 0 if the clock is before 1970.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

/// Now, in UTC: before 1970 too, and clamped to what chrono can hold
/// (years ±262,000) beyond that. (chrono's own `Local::now()` unwraps the
/// time since 1970 and panics on a clock set before it: a flat CMOS
/// battery, a bad NTP answer.)
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

/// `unix` seconds in UTC (times after [`LAST_SECOND`] are shown as it).
pub fn utc(unix: u64) -> DateTime<Utc> {
    let seconds = i64::try_from(unix.min(LAST_SECOND)).unwrap_or(0);
    DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::UNIX_EPOCH)
}

/// `unix` seconds in `zone`. A Unix second is one instant, so there is no
/// daylight-saving gap or overlap in this direction: the zone's offset at
/// that instant applies.
pub fn local_in<Tz: TimeZone>(unix: u64, zone: &Tz) -> DateTime<Tz> {
    utc(unix).with_timezone(zone)
}

/// `unix` seconds in this computer's time zone.
pub fn local(unix: u64) -> DateTime<Local> {
    local_in(unix, &Local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_second_has_a_date() {
        assert_eq!(utc(0).to_rfc3339(), "1970-01-01T00:00:00+00:00");
        assert_eq!(utc(1_750_000_000).to_rfc3339(), "2025-06-15T15:06:40+00:00");
        assert_eq!(utc(LAST_SECOND).to_rfc3339(), "9999-12-31T23:59:59+00:00");
        // Far beyond: the last second, never a panic.
        assert_eq!(utc(u64::MAX), utc(LAST_SECOND));
        let east = chrono::FixedOffset::east_opt(14 * 3600).expect("offset");
        assert_eq!(
            local_in(u64::MAX, &east).to_rfc3339(),
            "+10000-01-01T13:59:59+14:00"
        );
        let west = chrono::FixedOffset::west_opt(12 * 3600).expect("offset");
        assert_eq!(local_in(0, &west).to_rfc3339(), "1969-12-31T12:00:00-12:00");
    }

    #[test]
    fn a_zone_with_daylight_saving_uses_the_offset_of_that_instant() {
        let zone = chrono_tz::Europe::Berlin;
        // 30 March 2025: 01:59:59 UTC+1, then the clocks jump to 03:00 UTC+2.
        assert_eq!(
            local_in(1_743_296_399, &zone)
                .format("%H:%M:%S %z")
                .to_string(),
            "01:59:59 +0100"
        );
        assert_eq!(
            local_in(1_743_296_400, &zone)
                .format("%H:%M:%S %z")
                .to_string(),
            "03:00:00 +0200"
        );
    }

    #[test]
    fn any_system_time_is_a_time() {
        use chrono::Datelike;
        use std::time::Duration;
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
