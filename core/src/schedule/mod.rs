//! Coming back every day (issue 14): a weekly plan per profile, reminders
//! that reach the person with the window closed, the week's progress, and
//! the plan as a calendar file.
//!
//! | part | what |
//! |---|---|
//! | [`plan`] | the model: routines, days, time of day; parsing `mon-fri`, `08:00` |
//! | [`due`] | when a planned routine is due, in any time zone, across daylight saving |
//! | [`edit`] | changing the plan: the date a routine counts from |
//! | [`reminder`] | what to show now, missed reminders once, snooze, "done today" |
//! | [`progress`] | this week against the plan, the run of planned days kept |
//! | [`words`] | every sentence, without guilt |
//! | [`ics`] | `limber plan --ics` (RFC 5545) |
//! | [`notifier`] | desktop notifications behind a trait, with a recording fake |
//! | [`background`] | `limber remind`: the windowless loop that shows reminders |
//! | [`autostart`] | "start at login" |
//! | [`command`] | `limber plan` |
//! | [`service`] | how reminders run, as the app sees and changes it (a trait, with a fake) |
//!
//! The plan and the reminder state are stored by the profile store
//! ([`crate::profile::Store::plan`], [`crate::profile::Store::update_plan`],
//! [`crate::profile::Store::reminder_state`],
//! [`crate::profile::Store::update_reminder_state`]).
//!
//! Everything but the notifier, the background loop's `run` and autostart
//! is pure and takes the time and zone as arguments (generic over chrono's
//! `TimeZone`); the app passes `chrono::Local`.

pub mod background;
pub mod due;
pub mod edit;
pub mod file;
pub mod ics;
pub mod notifier;
pub mod plan;
pub mod progress;
pub mod reminder;
pub mod service;
pub mod words;

use std::time::Duration;

use crate::content::Library;
use crate::prescription;
use crate::profile::Profile;

pub use plan::{Day, Days, PlannedRoutine, TimeOfDay, WeeklyPlan};
pub use progress::{DayProgress, DayStatus, PlannedSlot, WeekProgress, current_run, week_progress};
pub use reminder::{DoneDays, ReminderState};

/// A planned routine as the person knows it: its title, and how long it
/// takes this profile (the same length the Routine screen and the player
/// use).
#[derive(Debug, Clone, PartialEq)]
pub struct RoutineInfo {
    pub title: String,
    pub length: Duration,
}

/// The title and planned length of `routine` for `profile`; `None` when the
/// loaded content has no such routine.
pub fn routine_info(library: &Library, profile: &Profile, routine: &str) -> Option<RoutineInfo> {
    let found = library.routine(routine)?;
    let prescribed = prescription::prescribe(library, found, profile);
    Some(RoutineInfo {
        title: found.title.clone(),
        length: prescription::plan(&prescribed, &profile.settings).total(),
    })
}
