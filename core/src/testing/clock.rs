//! A clock the tests set by hand.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::time::Clock;

/// A clock for tests: a base instant plus an offset that the test sets or
/// advances. Instants built from the same base differ by exactly their
/// offsets, so tests can assert nanosecond-exact timing.
#[derive(Debug)]
pub struct FakeClock {
    base: Instant,
    /// The wall-clock time at `base`, seconds since the Unix epoch.
    unix_base: u64,
    offset_nanos: AtomicU64,
}

/// The wall-clock time every [`FakeClock`] starts at: Monday 2 March 2026,
/// 09:00 UTC, so screens that show dates render the same every day.
pub const FAKE_UNIX_START: u64 = 1_772_442_000;

impl FakeClock {
    pub fn new(base: Instant) -> FakeClock {
        FakeClock {
            base,
            unix_base: FAKE_UNIX_START,
            offset_nanos: AtomicU64::new(0),
        }
    }

    pub fn base(&self) -> Instant {
        self.base
    }

    /// The instant `offset` after the base. Offsets too large for the
    /// platform's `Instant` (centuries) give the base itself.
    pub fn at(&self, offset: Duration) -> Instant {
        self.base.checked_add(offset).unwrap_or(self.base)
    }

    pub fn offset(&self) -> Duration {
        Duration::from_nanos(self.offset_nanos.load(Ordering::Relaxed))
    }

    pub fn set(&self, offset: Duration) {
        let nanos = u64::try_from(offset.as_nanos()).unwrap_or(u64::MAX);
        self.offset_nanos.store(nanos, Ordering::Relaxed);
    }

    pub fn advance(&self, by: Duration) {
        self.set(self.offset().saturating_add(by));
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.at(self.offset())
    }

    fn unix_now(&self) -> u64 {
        self.unix_base.saturating_add(self.offset().as_secs())
    }
}
