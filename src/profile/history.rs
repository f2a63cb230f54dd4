//! Session history records: what was done in each session, as stored in
//! `history/<id>.ron`. Times are Unix seconds (UTC); `words` shows them in
//! local time and `report::history` writes them out.

use serde::{Deserialize, Serialize};

use crate::profile::model::clamp_value;
use crate::profile::notice::Notice;
use crate::session::dose::Intensity;

/// Pain is rated on a 0–10 scale.
pub const PAIN_BOUNDS: (u32, u32) = (0, 10);

/// One finished (or stopped) session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// When the session started, in seconds since the Unix epoch (UTC).
    pub started_at: u64,
    pub routine_id: String,
    pub routine_title: String,
    pub duration_seconds: u32,
    #[serde(default)]
    pub exercises: Vec<ExerciseRecord>,
    /// Pain 0–10 before the session, if the person answered.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Pain 0–10 after the session, if the person answered.
    #[serde(default)]
    pub pain_after: Option<u8>,
    /// How the session ended; `None` in sessions saved before Limber kept it.
    #[serde(default)]
    pub ending: Option<Ending>,
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ending {
    /// The routine ran to its end (exercises may have been skipped).
    Finished,
    /// Stopped early, in this exercise.
    Stopped { exercise_id: String },
    /// Stopped with "This hurts", in this exercise.
    StoppedForPain { exercise_id: String },
}

/// Holds completed on each side of a sided exercise (each side plans the
/// exercise's `repetitions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideRecord {
    pub left: u32,
    pub right: u32,
}

/// What was done for one exercise of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseRecord {
    pub id: String,
    pub title: String,
    pub intensity: Intensity,
    pub hold_seconds: u32,
    pub repetitions: u32,
    /// `true` when every planned hold was done, `false` when some were
    /// skipped or the session stopped before them.
    pub completed: bool,
    /// For a sided exercise, holds completed on each side; `None` for an
    /// exercise without sides and in sessions saved before Limber kept it.
    #[serde(default)]
    pub sides: Option<SideRecord>,
    /// The variation done (its title), if one was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation: Option<String>,
}

impl SessionRecord {
    /// Brings pain ratings into 0–10, returning one notice per change.
    pub fn clamp(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        for (value, what) in [
            (&mut self.pain_before, "Pain before"),
            (&mut self.pain_after, "Pain after"),
        ] {
            if let Some(pain) = value {
                let mut wide = u32::from(*pain);
                clamp_value(&mut wide, PAIN_BOUNDS, what.to_owned(), &mut notices);
                *pain = u8::try_from(wide).unwrap_or(10);
            }
        }
        notices
    }
}

/// Seconds since the Unix epoch now; 0 if the clock is before 1970.
pub fn unix_now() -> u64 {
    crate::clock::unix_now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pain_is_clamped_to_ten() {
        let mut record = SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "lower-back".to_owned(),
            routine_title: "Lower back".to_owned(),
            duration_seconds: 605,
            exercises: Vec::new(),
            pain_before: Some(4),
            pain_after: Some(42),
            ending: None,
        };
        let notices = record.clamp();
        assert_eq!(record.pain_after, Some(10));
        assert_eq!(notices.len(), 1);
        assert_eq!(record.pain_before, Some(4));
    }
}
