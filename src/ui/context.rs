//! What every screen's `view` and `update` may read: the content, the
//! profile and its history, the images, the text sizes and "now".

use std::sync::Arc;
use std::time::Duration;

use limber_core::content::Library;
use limber_core::content::schema::Routine;
use limber_core::dose::ResolvedDose;
use limber_core::prescription::{self, Prescribed};
use limber_core::profile::{ExerciseChoice, Profile, ProfileSummary, SessionRecord};

use super::{images, planned, style};

/// A profile in the switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice {
    pub id: String,
    pub name: String,
}

impl std::fmt::Display for ProfileChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// What every screen's `view` and `update` may read (references and
/// numbers, so a `responsive` layout can keep a copy).
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub library: &'a Library,
    pub profile: &'a Profile,
    pub profiles: &'a [ProfileSummary],
    /// The profile's sessions, oldest first (empty while loading).
    pub history: &'a [SessionRecord],
    pub images: &'a images::ImageCache,
    pub typography: style::Type,
    /// Wall-clock time now, seconds since the Unix epoch ("today").
    pub now: u64,
    /// The weekly plan and its progress (given to the screens that show
    /// it; `None` elsewhere).
    pub planned: Option<&'a planned::Planned>,
}

impl<'a> Context<'a> {
    /// Built from the app's fields one by one, so a screen can be borrowed
    /// mutably next to it.
    pub(super) fn new(
        library: &'a Library,
        profile: &'a Profile,
        profiles: &'a [ProfileSummary],
        history: Option<&'a Arc<Vec<SessionRecord>>>,
        images: &'a images::ImageCache,
        now: u64,
    ) -> Self {
        Context {
            library,
            profile,
            profiles,
            history: history.map_or(&[], |h| h.as_slice()),
            images,
            typography: style::Type::new(profile.settings.text_size.scale()),
            now,
            planned: None,
        }
    }

    pub fn choice(&self, exercise_id: &str) -> ExerciseChoice {
        self.profile.choice(exercise_id)
    }

    /// The dose this profile does for an exercise of a routine.
    pub fn resolved(&self, routine_id: &str, exercise_id: &str) -> Option<ResolvedDose> {
        let routine = self.library.routine(routine_id)?;
        self.prescribe(routine)
            .into_iter()
            .find(|p| p.exercise.id == exercise_id)
            .map(|p| p.dose)
    }

    /// The routine's exercises with this profile's doses.
    pub fn prescribe(&self, routine: &Routine) -> Vec<Prescribed<'a>> {
        prescription::prescribe(self.library, routine, self.profile)
    }

    /// The routine's planned length for this profile: the same number the
    /// player runs to.
    pub fn estimate(&self, routine: &Routine) -> Duration {
        self.planned_length(&self.prescribe(routine))
    }

    /// The planned length of exercises already prescribed.
    pub fn planned_length(&self, prescribed: &[Prescribed<'_>]) -> Duration {
        prescription::plan(prescribed, &self.profile.settings).total()
    }

    pub fn profile_choices(&self) -> Vec<ProfileChoice> {
        self.profiles
            .iter()
            .map(|p| ProfileChoice {
                id: p.id.clone().into(),
                name: p.name.clone(),
            })
            .collect()
    }

    /// "Last: Lower back, yesterday, 6 min": the latest session that
    /// counts (`SessionRecord::counts`).
    pub fn last_session(&self) -> Option<String> {
        let last = self
            .history
            .iter()
            .filter(|r| r.counts())
            .max_by_key(|r| r.started_at)?;
        let when = limber_core::progress::calendar::describe_when(last.started_at, self.now);
        Some(limber_core::t!(
            "home-last-session",
            routine = last.routine_title.as_str(),
            when = when,
            minutes =
                limber_core::words::minutes(Duration::from_secs(u64::from(last.duration_seconds)))
        ))
    }

    pub fn sessions_this_week(&self) -> usize {
        limber_core::progress::calendar::sessions_in_last_week(self.history, self.now)
    }
}
