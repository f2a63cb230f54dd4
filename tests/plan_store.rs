//! The weekly plan and reminder state in the profile store:
//! the migration from files without a plan, lock and merge between two
//! copies, unreadable and newer files, and deleting a profile.

use std::fs;
use std::path::Path;

use limber_core::profile::{FileKind, Notice, Store, StoreError};
use limber_core::schedule::{Days, PlannedRoutine, WeeklyPlan};

fn open(dir: &Path) -> Store {
    let (store, notices) = Store::open(dir).expect("open store");
    assert!(notices.is_empty(), "unexpected notices: {notices:?}");
    store
}

fn entry(routine: &str, days: Days, at: &str) -> PlannedRoutine {
    PlannedRoutine {
        routine: routine.to_owned().into(),
        days,
        at: at.parse().unwrap(),
        since: None,
    }
}

#[test]
fn a_profile_from_before_plans_has_an_empty_plan_and_reading_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // The files a Limber without plans wrote.
    fs::create_dir_all(dir.path().join("profiles")).unwrap();
    fs::create_dir_all(dir.path().join("history")).unwrap();
    fs::write(
        dir.path().join("profiles/anna.ron"),
        "(version: 1, profile: (id: \"anna\", name: \"Anna\"))",
    )
    .unwrap();
    fs::write(
        dir.path().join("profiles.ron"),
        "(version: 1, last_used: Some(\"anna\"))",
    )
    .unwrap();
    let mut store = open(dir.path());
    assert_eq!(store.current().name, "Anna");
    assert_eq!(store.plan("anna").unwrap(), WeeklyPlan::default());
    assert!(store.reminder_state("anna").unwrap().routines.is_empty());
    assert!(!dir.path().join("plans").exists());
    assert!(!dir.path().join("reminders").exists());
    // An update that changes nothing writes nothing either.
    store.update_plan("anna", |_| {}).unwrap();
    store.update_reminder_state("anna", |_| {}).unwrap();
    assert!(!dir.path().join("plans").exists());
    assert!(!dir.path().join("reminders").exists());
}

#[test]
fn two_copies_adding_different_routines_keep_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = open(dir.path());
    let mut second = open(dir.path());
    let id = first.current().id.clone();
    first
        .update_plan(&id, |plan| {
            plan.set(entry("lower-back", Days::WEEKDAYS, "08:00"))
        })
        .unwrap();
    // The second copy never read the plan; its change is applied to the file.
    let plan = second
        .update_plan(&id, |plan| plan.set(entry("hips", Days::WEEKEND, "10:00")))
        .unwrap();
    let routines: Vec<&str> = plan.routines.iter().map(|e| e.routine.as_str()).collect();
    assert_eq!(routines, vec!["lower-back", "hips"]);
    assert_eq!(open(dir.path()).plan(&id).unwrap(), plan);
    let text = fs::read_to_string(dir.path().join(format!("plans/{id}.ron"))).unwrap();
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
}

#[test]
fn an_unreadable_plan_is_kept_aside_and_a_newer_one_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    let plans = dir.path().join("plans");
    fs::create_dir_all(&plans).unwrap();
    let path = plans.join(format!("{id}.ron"));

    fs::write(
        &path,
        "(version: 1, routines: [(routine: \"hips\", days: [Sat], at: \"26:00\")])",
    )
    .unwrap();
    assert_eq!(store.plan(&id).unwrap(), WeeklyPlan::default());
    let notices = store.take_notices();
    assert!(
        matches!(&notices[..], [Notice::FileKeptAside { kind: FileKind::Plan, reason, .. }] if reason.contains("26:00")),
        "{notices:?}"
    );
    assert!(
        notices[0].to_string().starts_with("Your plan file"),
        "{}",
        notices[0]
    );
    assert!(!path.exists());
    let kept: Vec<_> = fs::read_dir(&plans).unwrap().flatten().collect();
    assert_eq!(kept.len(), 1);
    assert!(
        fs::read_to_string(kept[0].path())
            .unwrap()
            .contains("26:00")
    );

    let newer = "(version: 9, routines: [], weeks: \"from the future\")";
    fs::write(&path, newer).unwrap();
    let error = store
        .update_plan(&id, |plan| plan.set(entry("hips", Days::WEEKEND, "10:00")))
        .unwrap_err();
    assert!(
        matches!(
            error,
            StoreError::NewerVersion {
                found: 9,
                supported: 1,
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    assert!(matches!(
        &store.take_notices()[..],
        [Notice::NewerVersion {
            kind: FileKind::Plan,
            found: 9,
            supported: 1,
            ..
        }]
    ));
    // Read-only for this store's life, even if the file goes away.
    fs::remove_file(&path).unwrap();
    assert!(store.update_plan(&id, |_| {}).is_err());
}

#[test]
fn a_plan_needs_its_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let error = store
        .update_plan("nobody", |plan| {
            plan.set(entry("hips", Days::WEEKEND, "10:00"))
        })
        .unwrap_err();
    assert!(
        matches!(error, StoreError::UnknownProfile { .. }),
        "{error}"
    );
    assert!(store.update_reminder_state("nobody", |_| ()).is_err());
    assert!(!dir.path().join("plans").exists());
}

#[test]
fn a_routine_listed_twice_by_hand_is_kept_once_on_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    fs::create_dir_all(dir.path().join("plans")).unwrap();
    fs::write(
        dir.path().join(format!("plans/{id}.ron")),
        "(version: 1, routines: [(routine: \"hips\", days: [Sat], at: \"10:00\"), (routine: \"hips\", days: [Sun], at: \"11:00\")])",
    )
    .unwrap();
    // Read: counted once, the first one.
    let read = store.plan(&id).unwrap();
    assert_eq!(read.routines.len(), 1);
    assert_eq!(read.get("hips").unwrap().at.to_string(), "10:00");
    // Any update writes it once, even one that changes nothing else.
    let path = dir.path().join(format!("plans/{id}.ron"));
    store.update_plan(&id, |_| {}).unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap().matches("hips").count(),
        1
    );
    let plan = store
        .update_plan(&id, |plan| {
            plan.set(entry("lower-back", Days::WEEKDAYS, "08:00"))
        })
        .unwrap();
    assert_eq!(plan.routines.len(), 2);
}

#[test]
fn deleting_a_profile_deletes_its_plan_and_reminder_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let kept = store.current().id.clone();
    let gone = store.create("Ben").unwrap().id;
    for id in [&kept, &gone] {
        store
            .update_plan(id, |plan| plan.set(entry("hips", Days::WEEKEND, "10:00")))
            .unwrap();
        store
            .update_reminder_state(id, |state| {
                state.routines.insert(
                    "hips".to_owned(),
                    limber_core::schedule::reminder::RoutineReminder {
                        days: Days::WEEKEND,
                        at: "10:00".parse().unwrap(),
                        handled_through: 1,
                        snoozed_until: None,
                        done_days: Vec::new(),
                    },
                );
            })
            .unwrap();
    }
    store.delete(&gone).unwrap();
    assert!(!dir.path().join(format!("plans/{gone}.ron")).exists());
    assert!(!dir.path().join(format!("reminders/{gone}.ron")).exists());
    assert!(dir.path().join(format!("plans/{kept}.ron")).exists());
    assert!(dir.path().join(format!("reminders/{kept}.ron")).exists());
    // A new profile with the same name starts with no plan.
    let again = store.create("Ben").unwrap().id;
    assert_eq!(again, gone);
    assert!(store.plan(&again).unwrap().is_empty());
}

#[test]
fn the_stamp_changes_when_a_plan_file_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.current().id.clone();
    let before = store.schedule_stamp();
    assert_eq!(store.schedule_stamp(), before);
    store
        .update_plan(&id, |plan| plan.set(entry("hips", Days::WEEKEND, "10:00")))
        .unwrap();
    let after = store.schedule_stamp();
    assert_ne!(after, before);
    // Same size, and the modification time set back to the old one (a
    // file system with coarse times): still seen, as a new file.
    let path = dir.path().join(format!("plans/{id}.ron"));
    let old_time = fs::metadata(&path).unwrap().modified().unwrap();
    store
        .update_plan(&id, |plan| plan.set(entry("hips", Days::WEEKEND, "10:30")))
        .unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old_time)
        .unwrap();
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), old_time);
    if cfg!(unix) {
        assert_ne!(store.schedule_stamp(), after);
    }
}
