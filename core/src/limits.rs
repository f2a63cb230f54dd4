//! The limits Limber enforces, in one place, below everything that checks
//! or clamps against them: `limber check`, the profile, dose resolution.

/// Inclusive bounds of a number a person or a content file can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bounds {
    pub min: u32,
    pub max: u32,
}

impl Bounds {
    pub fn clamp(self, value: u32) -> u32 {
        value.clamp(self.min, self.max)
    }

    pub fn contains(self, value: u32) -> bool {
        (self.min..=self.max).contains(&value)
    }
}

/// The sane bounds of a hold, in seconds. A hold of five minutes is already
/// far beyond anything in the article; zero would be no hold at all. The one
/// rule for holds: `limber check` refuses content ranges beyond it, the
/// profile clamps exact values into it, and resolution clamps into it.
pub const HOLD_SECONDS: Bounds = Bounds { min: 1, max: 300 };

/// The sane bounds of the repetition count (per side for a sided exercise).
pub const REPETITIONS: Bounds = Bounds { min: 1, max: 50 };
