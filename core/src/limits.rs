//! The limits Limber enforces, in one place, below everything that checks
//! or clamps against them: `limber check`, the profile, dose resolution,
//! loading content (`content::size` holds an item against the size
//! limits).

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

// How big one content item may be. Past these an item is an error
// (`limber check` says which field, and where; the app skips the item and
// shows why), so the screens, the spoken coach and the papers stay quick
// on any folder: a routine sheet or a cue sheet at every limit at once is
// made in a few seconds (`benches/papers.rs`, `scripts/measure_papers.sh`).
// The numbers are far above what a physiotherapist writes (the shipped
// exercises have 4 steps, titles of 2 to 4 words and texts of a sentence or
// two) and far below what would make a sheet of hundreds of pages.
// `content/README.md` states them; `tests/content_readme.rs` keeps the two
// equal.

/// Exercises in one routine.
pub const MAX_ROUTINE_EXERCISES: usize = 50;
/// Steps (cards) in one exercise.
pub const MAX_STEPS: usize = 20;
/// Variations of one exercise.
pub const MAX_VARIATIONS: usize = 5;
/// Cautions of one exercise (each step may have its own as well).
pub const MAX_CAUTIONS: usize = 10;
/// Characters in a title: an area's, a routine's, an exercise's, a step's
/// or a variation's.
pub const MAX_TITLE_CHARS: usize = 120;
/// Characters in a text: a description, a summary, a step's text or
/// spoken line, a caution, a variation's text.
pub const MAX_TEXT_CHARS: usize = 500;
