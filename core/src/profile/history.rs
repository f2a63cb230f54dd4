//! Session history records: what was done in each session, as stored in
//! `history/<id>.ron`. Times are Unix seconds (UTC); `words` shows them in
//! local time and `export::history` writes them out.

use serde::{Deserialize, Serialize};

use crate::dose::Intensity;
use crate::ids::{ExerciseId, RoutineId};
use crate::profile::model::clamp_value;
use crate::profile::notice::Notice;

/// Pain is rated on a 0–10 scale.
pub const PAIN_BOUNDS: (u32, u32) = (0, 10);

/// One finished (or stopped) session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// When the session started, in seconds since the Unix epoch (UTC).
    pub started_at: u64,
    pub routine_id: RoutineId,
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
    pub id: ExerciseId,
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
    /// Holds completed in all (both sides); `None` in sessions saved
    /// before Limber kept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds_done: Option<u32>,
    /// The variation done (its title), if one was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation: Option<String>,
}

impl ExerciseRecord {
    /// Whether at least one hold of this exercise was completed; `None`
    /// when an older record cannot tell (stopped part way through an
    /// exercise without sides).
    pub fn any_hold_done(&self) -> Option<bool> {
        if self.completed {
            return Some(self.repetitions > 0);
        }
        if let Some(done) = self.holds_done {
            return Some(done > 0);
        }
        match self.sides {
            Some(sides) if sides.left > 0 || sides.right > 0 => Some(true),
            Some(_) => Some(false),
            None => None,
        }
    }
}

impl SessionRecord {
    /// Whether this session counts as one done: the last session on Home,
    /// the sessions of a week, the plan's days kept. Every session does,
    /// however it ended, except one stopped before its first hold was
    /// complete (a start taken back, a stop in the first seconds): that one
    /// stays in the history as stopped, and counts for nothing. An older
    /// record that cannot tell counts.
    pub fn counts(&self) -> bool {
        let stopped = matches!(
            self.ending,
            Some(Ending::Stopped { .. } | Ending::StoppedForPain { .. })
        );
        if !stopped {
            return true;
        }
        self.exercises
            .iter()
            .any(|exercise| exercise.any_hold_done() != Some(false))
    }

    /// Brings pain ratings into 0–10, returning one notice per change.
    pub fn clamp(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        for (value, what) in [
            (&mut self.pain_before, crate::t!("profile-pain-before")),
            (&mut self.pain_after, crate::t!("profile-pain-after")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pain_is_clamped_to_ten() {
        let mut record = SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "lower-back".into(),
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

    fn exercise(
        completed: bool,
        holds_done: Option<u32>,
        sides: Option<SideRecord>,
    ) -> ExerciseRecord {
        ExerciseRecord {
            id: "press-up".into(),
            title: "Press-up".to_owned(),
            intensity: Intensity::Gentle,
            hold_seconds: 15,
            repetitions: 3,
            completed,
            sides,
            holds_done,
            variation: None,
        }
    }

    fn session(ending: Option<Ending>, exercises: Vec<ExerciseRecord>) -> SessionRecord {
        SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "lower-back".into(),
            routine_title: "Lower back".to_owned(),
            duration_seconds: 10,
            exercises,
            pain_before: None,
            pain_after: None,
            ending,
        }
    }

    #[test]
    fn a_session_stopped_before_any_hold_was_done_does_not_count() {
        let stopped = || {
            Some(Ending::Stopped {
                exercise_id: "press-up".to_owned(),
            })
        };
        let for_pain = || {
            Some(Ending::StoppedForPain {
                exercise_id: "press-up".to_owned(),
            })
        };
        let none_done = vec![
            exercise(false, Some(0), None),
            exercise(false, Some(0), None),
        ];
        assert!(!session(stopped(), none_done.clone()).counts());
        assert!(!session(for_pain(), none_done.clone()).counts());
        // Finished counts, whatever was skipped; so does an old record.
        assert!(session(Some(Ending::Finished), none_done.clone()).counts());
        assert!(session(None, none_done).counts());
        // One hold done is a session done.
        assert!(session(stopped(), vec![exercise(false, Some(1), None)]).counts());
        let one_side = SideRecord { left: 1, right: 0 };
        assert!(session(stopped(), vec![exercise(false, None, Some(one_side))]).counts());
        let no_side = SideRecord { left: 0, right: 0 };
        assert!(!session(stopped(), vec![exercise(false, None, Some(no_side))]).counts());
        // An older record that cannot tell counts, as it always did.
        assert!(session(stopped(), vec![exercise(false, None, None)]).counts());
    }
}
