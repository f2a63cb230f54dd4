//! A profile's weekly plan and reminder state on disk: their formats, and
//! the store's methods that read and change them, with the same machinery
//! and lock as the profile's own files (`storage::Versioned`, atomic
//! writes, kept aside when unreadable, lock and merge):
//!
//! ```text
//! <data dir>/
//!   plans/<id>.ron      (version: 1, routines: [(routine: "lower-back", days: [Mon, Tue, Wed, Thu, Fri], at: "08:00")])
//!   reminders/<id>.ron  (version: 1, routines: {"lower-back": (days: […], at: "08:00", handled_through: 1715580000, snoozed_until: None, done_days: ["2024-05-13"])})
//! ```
//!
//! A profile with no plan file has an empty plan: that is the migration
//! from the files written before plans existed. The reminder state is a
//! separate file because the background mode writes it several times a
//! day while the plan changes only when the person changes it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::profile::storage::{Decoded, Versioned, encode_pretty};
use crate::profile::store::{PLANS_FOLDER as PLANS, REMINDERS_FOLDER as REMINDERS};
use crate::profile::{FileKind, FolderStamp, Store, StoreError};
use crate::schedule::plan::{PlannedRoutine, WeeklyPlan};
use crate::schedule::reminder::{ReminderState, RoutineReminder};

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|error| error.to_string())
}

fn unsupported_old<T>(version: u32) -> Result<T, String> {
    Err(crate::t!("file-version-unknown", version = version))
}

#[derive(Serialize)]
pub(crate) struct PlanFileV1Ref<'a> {
    version: u32,
    routines: &'a [PlannedRoutine],
}

#[derive(Deserialize)]
struct PlanFileV1 {
    #[allow(dead_code)] // Read by the probe; kept so the shape is complete.
    version: u32,
    #[serde(default)]
    routines: Vec<PlannedRoutine>,
}

impl Versioned for WeeklyPlan {
    const CURRENT: u32 = 1;
    const MAX_BYTES: u64 = 256 * 1024;
    fn encode(&self) -> Result<String, String> {
        encode_pretty(&PlanFileV1Ref {
            version: Self::CURRENT,
            routines: &self.routines,
        })
    }
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String> {
        match version {
            1 => parse::<PlanFileV1>(text).map(|v1| {
                Decoded::whole(WeeklyPlan {
                    routines: v1.routines,
                })
            }),
            other => unsupported_old(other),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct ReminderFileV1Ref<'a> {
    version: u32,
    routines: &'a BTreeMap<String, RoutineReminder>,
}

#[derive(Deserialize)]
struct ReminderFileV1 {
    #[allow(dead_code)] // Read by the probe; kept so the shape is complete.
    version: u32,
    #[serde(default)]
    routines: BTreeMap<String, RoutineReminder>,
}

impl Versioned for ReminderState {
    const CURRENT: u32 = 1;
    /// Done-today dates are kept for 400 days per routine.
    const MAX_BYTES: u64 = 1024 * 1024;
    fn encode(&self) -> Result<String, String> {
        encode_pretty(&ReminderFileV1Ref {
            version: Self::CURRENT,
            routines: &self.routines,
        })
    }
    fn migrate(version: u32, text: &str) -> Result<Decoded<Self>, String> {
        match version {
            1 => parse::<ReminderFileV1>(text).map(|v1| {
                Decoded::whole(ReminderState {
                    routines: v1.routines,
                })
            }),
            other => unsupported_old(other),
        }
    }
}

/// What [`Store::schedule_stamp`] compares.
pub type ScheduleStamp = FolderStamp;

impl Store {
    /// A profile's weekly plan; empty when it has none yet (every profile
    /// written before plans existed).
    pub fn plan(&mut self, id: &str) -> Result<WeeklyPlan, StoreError> {
        let mut plan: WeeklyPlan = self.read_beside(PLANS, FileKind::Plan, id)?;
        plan.drop_duplicates();
        Ok(plan)
    }

    /// Lock and merge, as [`Store::update_profile`]: re-reads the plan of
    /// profile `id` under the lock, applies `change`, writes it atomically
    /// if it changed. Fails for a profile that does not exist (so no plan
    /// is left without its profile). Returns the plan as written.
    pub fn update_plan(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut WeeklyPlan),
    ) -> Result<WeeklyPlan, StoreError> {
        self.update_beside(PLANS, FileKind::Plan, id, |plan: &mut WeeklyPlan| {
            // A routine listed twice by hand counts once (and is written
            // once).
            plan.drop_duplicates();
            change(plan);
            plan.drop_duplicates();
            plan.clone()
        })
    }

    /// A profile's reminder state (nothing reminded yet when it has none).
    pub fn reminder_state(&mut self, id: &str) -> Result<ReminderState, StoreError> {
        self.read_beside(REMINDERS, FileKind::Reminders, id)
    }

    /// Lock and merge for the reminder state: re-reads it under the lock,
    /// applies `change` (whose result is returned), writes it atomically
    /// only if it changed.
    pub fn update_reminder_state<R>(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut ReminderState) -> R,
    ) -> Result<R, StoreError> {
        self.update_beside(REMINDERS, FileKind::Reminders, id, change)
    }

    /// A cheap fingerprint of the profile, plan and reminder files (no
    /// parsing, no lock): when it is unchanged, so are the plans.
    pub fn schedule_stamp(&self) -> ScheduleStamp {
        self.stamp_of(&[PLANS, REMINDERS])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::storage::{Loaded, load, save};
    use crate::schedule::plan::Days;
    use std::fs;

    #[test]
    fn a_plan_round_trips_and_reads_as_people_would_write_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        let mut plan = WeeklyPlan::default();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: Days::WEEKDAYS,
            at: "08:00".parse().unwrap(),
            since: None,
        });
        save(&path, &plan).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("version: 1"), "{text}");
        let compact: String = text.split_whitespace().collect();
        assert!(compact.contains("days:[Mon,Tue,Wed,Thu,Fri,]"), "{text}");
        assert!(text.contains("at: \"08:00\""), "{text}");
        assert!(matches!(load::<WeeklyPlan>(&path).unwrap(), Loaded::Ok(p) if p.value == plan));
        // Written by hand.
        fs::write(
            &path,
            "(version: 1, routines: [(routine: \"hips\", days: [Sat], at: \"7:30\")])",
        )
        .unwrap();
        let Loaded::Ok(read) = load::<WeeklyPlan>(&path).unwrap() else {
            panic!("not read");
        };
        assert_eq!(read.value.routines[0].at.to_string(), "07:30");
    }

    #[test]
    fn a_bad_time_or_day_is_a_corrupt_file_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        fs::write(
            &path,
            "(version: 1, routines: [(routine: \"hips\", days: [Sat], at: \"25:00\")])",
        )
        .unwrap();
        match load::<WeeklyPlan>(&path).unwrap() {
            Loaded::Corrupt { reason } => assert!(reason.contains("25:00"), "{reason}"),
            other => panic!("{other:?}"),
        }
        fs::write(
            &path,
            "(version: 1, routines: [(routine: \"hips\", days: [Someday], at: \"08:00\")])",
        )
        .unwrap();
        assert!(matches!(
            load::<WeeklyPlan>(&path).unwrap(),
            Loaded::Corrupt { .. }
        ));
        fs::write(&path, "(version: 2, routines: [])").unwrap();
        assert!(matches!(
            load::<WeeklyPlan>(&path).unwrap(),
            Loaded::Newer { found: 2 }
        ));
    }

    #[test]
    fn reminder_state_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        let mut state = ReminderState::default();
        state.routines.insert(
            "lower-back".into(),
            RoutineReminder {
                days: Days::EVERY_DAY,
                at: "08:00".parse().unwrap(),
                handled_through: 1_715_580_000,
                snoozed_until: Some(1_715_580_600),
                done_days: vec!["2024-05-13".parse().unwrap()],
            },
        );
        save(&path, &state).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"2024-05-13\""), "{text}");
        assert!(matches!(load::<ReminderState>(&path).unwrap(), Loaded::Ok(s) if s.value == state));
    }
}
