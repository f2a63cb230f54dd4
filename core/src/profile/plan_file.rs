//! The on-disk formats of a profile's weekly plan and reminder state
//! (issue 14), read and written with the same machinery as the other files
//! (`storage::Versioned`, atomic writes, kept aside when unreadable):
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
use std::fs;
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::profile::storage::{Decoded, Versioned, encode_pretty};
use crate::schedule::plan::{PlannedRoutine, WeeklyPlan};
use crate::schedule::reminder::{ReminderState, RoutineReminder};

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|error| error.to_string())
}

fn unsupported_old<T>(version: u32) -> Result<T, String> {
    Err(format!(
        "format version {version} is not one Limber ever wrote"
    ))
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

/// What the files behind the plans looked like: names, sizes,
/// modification times (and inodes) of the files in `profiles/`, `plans/`
/// and `reminders/`. The background mode compares stamps (a few `stat`s) and
/// re-reads only when they differ.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScheduleStamp {
    files: Vec<(String, u64, Option<SystemTime>, u64)>,
}

/// The inode on Unix: every atomic write is a new file, so this changes even
/// where modification times are coarse.
#[cfg(unix)]
fn file_identity(metadata: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(metadata)
}

#[cfg(not(unix))]
fn file_identity(_metadata: &fs::Metadata) -> u64 {
    0
}

impl ScheduleStamp {
    pub(crate) fn of(folders: &[&Path]) -> ScheduleStamp {
        let mut files = Vec::new();
        for folder in folders {
            let Ok(entries) = fs::read_dir(folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(metadata) = entry.metadata() else {
                    continue;
                };
                files.push((
                    format!(
                        "{}/{}",
                        folder.display(),
                        entry.file_name().to_string_lossy()
                    ),
                    metadata.len(),
                    metadata.modified().ok(),
                    file_identity(&metadata),
                ));
            }
        }
        files.sort();
        ScheduleStamp { files }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::storage::{Loaded, load, save};
    use crate::schedule::plan::Days;

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
