//! Which reminders to show, and what the person's answer changes: the rules
//! behind the background mode, as pure functions over the plan, the saved
//! reminder state and the clock.
//!
//! - A reminder is shown at its planned time, once.
//! - Reminders missed while the computer was off are not stacked: at the
//!   next start only the latest missed one of each routine is shown, once.
//! - A routine already done that day (a session in the history, or "Done
//!   today") is not reminded; "Done today" silences the rest of the day.
//! - "Snooze" shows the same reminder again 10 minutes later, once.
//! - A routine newly planned, or planned at a new time, is reminded from
//!   its next planned time on, never for a time that passed before.
//!
//! The state is saved beside the plan (`reminders/<profile id>.ron`), so a
//! restart neither repeats a reminder nor loses a snooze.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone};
use serde::{Deserialize, Serialize};

use crate::ids::RoutineId;
use crate::profile::SessionRecord;
use crate::schedule::due::{latest_due, next_due};
use crate::schedule::plan::{Days, LocalDate, PlannedRoutine, TimeOfDay, WeeklyPlan};

/// How long "Snooze" waits.
pub const SNOOZE: TimeDelta = TimeDelta::minutes(10);

/// A reminder shown up to this long after its planned time still counts as
/// on time (the background mode wakes within seconds; a laptop resuming a
/// little late should not be told it "missed" anything).
pub const ON_TIME_GRACE: TimeDelta = TimeDelta::minutes(10);

/// "Done today" days are remembered this long (for the week's progress and
/// the run of planned days kept), so the file stays small.
pub const DONE_DAYS_KEPT: i64 = 400;

/// The reminder state of one profile, per planned routine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReminderState {
    pub routines: BTreeMap<String, RoutineReminder>,
}

/// The reminder state of one planned routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineReminder {
    /// The days and time this state was kept for. When the plan changes,
    /// reminding starts afresh from the new plan's next time.
    pub days: Days,
    pub at: TimeOfDay,
    /// The latest planned time dealt with (shown, or passed over because it
    /// was done or superseded), in Unix seconds.
    pub handled_through: i64,
    /// When a snoozed reminder comes back, in Unix seconds.
    #[serde(default)]
    pub snoozed_until: Option<i64>,
    /// Local dates the person answered "Done today", oldest first.
    #[serde(default)]
    pub done_days: Vec<LocalDate>,
}

impl RoutineReminder {
    fn fresh(entry: &PlannedRoutine, now: i64) -> RoutineReminder {
        RoutineReminder {
            days: entry.days,
            at: entry.at,
            handled_through: now,
            snoozed_until: None,
            done_days: Vec::new(),
        }
    }

    fn is_for(&self, entry: &PlannedRoutine) -> bool {
        self.days == entry.days && self.at == entry.at
    }
}

/// Which routines were done on which local dates: sessions in the history
/// plus days marked "Done today". The one rule for "done", used by the
/// reminders and the progress alike.
#[derive(Debug, Clone, Default)]
pub struct DoneDays {
    done: HashSet<(RoutineId, NaiveDate)>,
}

impl DoneDays {
    /// Every recorded session counts, however it ended: the person showed
    /// up, and the plan is about coming back, not about scores. Only a
    /// session stopped before its first hold was complete does not
    /// (`SessionRecord::counts`): that was a start taken back.
    pub fn new<Tz: TimeZone>(
        sessions: &[SessionRecord],
        state: &ReminderState,
        zone: &Tz,
    ) -> DoneDays {
        let mut done = HashSet::new();
        for session in sessions.iter().filter(|s| s.counts()) {
            let Ok(seconds) = i64::try_from(session.started_at) else {
                continue;
            };
            if let Some(started) = zone.timestamp_opt(seconds, 0).earliest() {
                done.insert((session.routine_id.clone(), started.date_naive()));
            }
        }
        for (routine, reminder) in &state.routines {
            for day in &reminder.done_days {
                done.insert((routine.clone().into(), day.0));
            }
        }
        DoneDays { done }
    }

    pub fn contains(&self, routine: &str, date: NaiveDate) -> bool {
        // Allocation-free lookup would need a borrowed key type; the set is
        // small and this runs a few times a day.
        self.done.contains(&(routine.to_owned().into(), date))
    }

    /// The earliest date anything was done (bounds the look back of the
    /// run of planned days kept).
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.done.iter().map(|(_, date)| *date).min()
    }
}

/// Why a reminder is shown now, for its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueKind {
    /// At its planned time.
    OnTime,
    /// Planned earlier today; the computer was off or asleep then.
    LaterToday,
    /// Planned on an earlier day (the latest one missed); shown once.
    EarlierDay,
    /// Back after "Snooze".
    Snoozed,
}

/// A reminder to show now.
#[derive(Debug, Clone, PartialEq)]
pub struct DueReminder<Tz: TimeZone> {
    pub routine: String,
    /// The planned time it is for.
    pub planned: DateTime<Tz>,
    pub kind: DueKind,
}

/// What needs showing at `now`, and the housekeeping that needs no
/// showing: routines newly planned start from now, routines already done
/// that day are passed over, stale snoozes are dropped, routines no longer
/// planned are forgotten. Returned reminders are not marked as shown:
/// call [`mark_shown`] once each is on screen (so a failed attempt is
/// tried again).
pub fn take_due<Tz: TimeZone>(
    plan: &WeeklyPlan,
    state: &mut ReminderState,
    done: &DoneDays,
    now: &DateTime<Tz>,
) -> Vec<DueReminder<Tz>> {
    state
        .routines
        .retain(|routine, _| plan.get(routine).is_some());
    let today = now.date_naive();
    let mut due = Vec::new();
    for entry in &plan.routines {
        let reminder = match state.routines.get_mut(entry.routine.as_str()) {
            Some(reminder) if reminder.is_for(entry) => reminder,
            _ => {
                let done_days = state
                    .routines
                    .remove(entry.routine.as_str())
                    .map(|old| old.done_days)
                    .unwrap_or_default();
                let mut fresh = RoutineReminder::fresh(entry, now.timestamp());
                fresh.done_days = done_days;
                state.routines.insert(entry.routine.clone().into(), fresh);
                continue;
            }
        };
        let latest = latest_due(entry, now);
        if let Some(latest) = latest.filter(|l| l.timestamp() > reminder.handled_through) {
            // A newer planned time supersedes a snooze of an older one.
            reminder.snoozed_until = None;
            let day = latest.date_naive();
            if done.contains(&entry.routine, day) {
                reminder.handled_through = latest.timestamp();
                continue;
            }
            let kind = if day != today {
                DueKind::EarlierDay
            } else if now.clone() - latest.clone() <= ON_TIME_GRACE {
                DueKind::OnTime
            } else {
                DueKind::LaterToday
            };
            due.push(DueReminder {
                routine: entry.routine.clone().into(),
                planned: latest,
                kind,
            });
        } else if let Some(until) = reminder.snoozed_until
            && until <= now.timestamp()
        {
            let zone = now.timezone();
            let Some(planned) = zone.timestamp_opt(reminder.handled_through, 0).earliest() else {
                reminder.snoozed_until = None;
                continue;
            };
            if done.contains(&entry.routine, planned.date_naive())
                || done.contains(&entry.routine, today)
            {
                reminder.snoozed_until = None;
                continue;
            }
            due.push(DueReminder {
                routine: entry.routine.clone().into(),
                planned,
                kind: DueKind::Snoozed,
            });
        }
    }
    due
}

/// Whether [`take_due`] has anything to do at `now` (show, or keep house).
/// Cheap: no history needed, so the background reads the history only
/// when this says so.
pub fn needs_attention<Tz: TimeZone>(
    plan: &WeeklyPlan,
    state: &ReminderState,
    now: &DateTime<Tz>,
) -> bool {
    let forgotten = state
        .routines
        .keys()
        .any(|routine| plan.get(routine).is_none());
    forgotten
        || plan.routines.iter().any(|entry| {
            let Some(reminder) = state
                .routines
                .get(entry.routine.as_str())
                .filter(|r| r.is_for(entry))
            else {
                return true;
            };
            let newer_due = latest_due(entry, now)
                .is_some_and(|latest| latest.timestamp() > reminder.handled_through);
            let snooze_over = reminder
                .snoozed_until
                .is_some_and(|until| until <= now.timestamp());
            newer_due || snooze_over
        })
}

/// Records that `due` is on screen: it is not shown again.
pub fn mark_shown<Tz: TimeZone>(state: &mut ReminderState, due: &DueReminder<Tz>) {
    if let Some(reminder) = state.routines.get_mut(&due.routine) {
        reminder.handled_through = reminder.handled_through.max(due.planned.timestamp());
        reminder.snoozed_until = None;
    }
}

/// "Snooze 10 min": the reminder comes back once, [`SNOOZE`] from `now`.
pub fn snooze<Tz: TimeZone>(state: &mut ReminderState, routine: &str, now: &DateTime<Tz>) {
    if let Some(reminder) = state.routines.get_mut(routine) {
        reminder.snoozed_until = Some((now.clone() + SNOOZE).timestamp());
    }
}

/// "Done today": no more reminders of `routine` on `now`'s date, and the
/// day counts as done in the progress.
pub fn mark_done_today<Tz: TimeZone>(state: &mut ReminderState, routine: &str, now: &DateTime<Tz>) {
    let Some(reminder) = state.routines.get_mut(routine) else {
        return;
    };
    let today = now.date_naive();
    reminder.snoozed_until = None;
    if !reminder.done_days.iter().any(|day| day.0 == today) {
        reminder.done_days.push(LocalDate(today));
        reminder.done_days.sort();
    }
    let oldest_kept = today - TimeDelta::days(DONE_DAYS_KEPT);
    reminder.done_days.retain(|day| day.0 >= oldest_kept);
}

/// "Done today" for a routine of `plan`, also before any reminder of it
/// was kept (the app's Home answers for a plan the background has not seen
/// yet): its state starts as a new plan's would, then the day is marked.
/// Nothing happens for a routine not in the plan.
pub fn done_today_in_plan<Tz: TimeZone>(
    plan: &WeeklyPlan,
    state: &mut ReminderState,
    routine: &str,
    now: &DateTime<Tz>,
) {
    let Some(entry) = plan.get(routine) else {
        return;
    };
    let current = state
        .routines
        .get(routine)
        .is_some_and(|reminder| reminder.is_for(entry));
    if !current {
        let done_days = state
            .routines
            .remove(routine)
            .map(|old| old.done_days)
            .unwrap_or_default();
        let mut fresh = RoutineReminder::fresh(entry, now.timestamp());
        fresh.done_days = done_days;
        state.routines.insert(routine.to_owned(), fresh);
    }
    mark_done_today(state, routine, now);
}

/// When something may next need showing, strictly after `now`: the next
/// planned time or snooze end. `None` when nothing is planned.
pub fn next_wake<Tz: TimeZone>(
    plan: &WeeklyPlan,
    state: &ReminderState,
    now: &DateTime<Tz>,
) -> Option<DateTime<Tz>> {
    let zone = now.timezone();
    let planned = plan
        .routines
        .iter()
        .filter_map(|entry| next_due(entry, now));
    let snoozes = plan
        .routines
        .iter()
        .filter_map(|entry| state.routines.get(entry.routine.as_str())?.snoozed_until)
        .filter(|&until| until > now.timestamp())
        .filter_map(|until| zone.timestamp_opt(until, 0).earliest());
    planned.chain(snoozes).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, NaiveDateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        Utc.from_utc_datetime(&wall)
    }

    fn plan(days: &str, time: &str) -> WeeklyPlan {
        let mut plan = WeeklyPlan::default();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: days.parse().unwrap(),
            at: time.parse().unwrap(),
            since: None,
        });
        plan
    }

    fn session(routine: &str, when: DateTime<Utc>) -> SessionRecord {
        SessionRecord {
            started_at: u64::try_from(when.timestamp()).unwrap(),
            routine_id: routine.into(),
            routine_title: routine.into(),
            duration_seconds: 300,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: None,
            ending: None,
        }
    }

    /// Runs the background's step at `now` with the given history: takes
    /// what is due and marks it shown, as the shell does.
    fn step(
        plan: &WeeklyPlan,
        state: &mut ReminderState,
        history: &[SessionRecord],
        now: DateTime<Utc>,
    ) -> Vec<(DueKind, DateTime<Utc>)> {
        let done = DoneDays::new(history, state, &Utc);
        let due = take_due(plan, state, &done, &now);
        for reminder in &due {
            mark_shown(state, reminder);
        }
        due.into_iter().map(|d| (d.kind, d.planned)).collect()
    }

    #[test]
    fn a_new_plan_reminds_from_its_next_time_not_for_times_already_passed() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        // Planned at 09:00: today's 08:00 has passed and is not reminded.
        assert!(step(&plan, &mut state, &[], at("2024-05-13 09:00")).is_empty());
        assert_eq!(
            next_wake(&plan, &state, &at("2024-05-13 09:00")),
            Some(at("2024-05-14 08:00"))
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-14 07:59")).is_empty());
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-14 08:00")),
            vec![(DueKind::OnTime, at("2024-05-14 08:00"))]
        );
        // Shown once: the next step at the same time shows nothing.
        assert!(step(&plan, &mut state, &[], at("2024-05-14 08:00")).is_empty());
        assert!(step(&plan, &mut state, &[], at("2024-05-14 12:00")).is_empty());
    }

    #[test]
    fn reminders_missed_while_off_are_shown_once_not_stacked() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 07:00"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 08:00")).len(),
            1
        );
        // Off from Monday 09:00 to Thursday 10:00: three planned times
        // passed; one reminder, for the latest, worded as later today.
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-16 10:00")),
            vec![(DueKind::LaterToday, at("2024-05-16 08:00"))]
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-16 10:01")).is_empty());
        // Off over a planned time and back the next morning before the
        // next one: yesterday's, once, as an earlier day.
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-18 07:00")),
            vec![(DueKind::EarlierDay, at("2024-05-17 08:00"))]
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-18 07:30")).is_empty());
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-18 08:00")).len(),
            1
        );
    }

    #[test]
    fn a_few_minutes_late_is_still_on_time() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 07:00"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 08:09")),
            vec![(DueKind::OnTime, at("2024-05-13 08:00"))]
        );
    }

    #[test]
    fn snooze_brings_the_reminder_back_once_after_ten_minutes() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 07:00"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 08:00")).len(),
            1
        );
        snooze(&mut state, "lower-back", &at("2024-05-13 08:01"));
        assert_eq!(
            next_wake(&plan, &state, &at("2024-05-13 08:01")),
            Some(at("2024-05-13 08:11"))
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-13 08:10")).is_empty());
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 08:11")),
            vec![(DueKind::Snoozed, at("2024-05-13 08:00"))]
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-13 08:30")).is_empty());
        // A snooze that outlives the computer being off comes back at the
        // next start, once.
        snooze(&mut state, "lower-back", &at("2024-05-13 08:31"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 11:00")),
            vec![(DueKind::Snoozed, at("2024-05-13 08:00"))]
        );
        // A snooze superseded by the next planned time is dropped.
        snooze(&mut state, "lower-back", &at("2024-05-13 23:55"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-14 09:00")),
            vec![(DueKind::LaterToday, at("2024-05-14 08:00"))]
        );
        assert!(step(&plan, &mut state, &[], at("2024-05-14 09:30")).is_empty());
    }

    #[test]
    fn done_today_silences_the_rest_of_the_day_only() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 07:00"));
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-13 08:00")).len(),
            1
        );
        snooze(&mut state, "lower-back", &at("2024-05-13 08:01"));
        mark_done_today(&mut state, "lower-back", &at("2024-05-13 08:02"));
        assert!(step(&plan, &mut state, &[], at("2024-05-13 08:11")).is_empty());
        assert!(step(&plan, &mut state, &[], at("2024-05-13 23:59")).is_empty());
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-14 08:00")).len(),
            1
        );
        // Marked once even if answered twice.
        mark_done_today(&mut state, "lower-back", &at("2024-05-14 08:01"));
        mark_done_today(&mut state, "lower-back", &at("2024-05-14 09:00"));
        assert_eq!(state.routines["lower-back"].done_days.len(), 2);
    }

    #[test]
    fn done_today_from_the_app_works_before_any_reminder_was_kept() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        done_today_in_plan(&plan, &mut state, "lower-back", &at("2024-05-13 07:00"));
        let done = DoneDays::new(&[], &state, &Utc);
        assert!(done.contains("lower-back", at("2024-05-13 07:00").date_naive()));
        // The 08:00 reminder of that day is not shown; the next day's is.
        assert!(step(&plan, &mut state, &[], at("2024-05-13 08:00")).is_empty());
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-14 08:00")).len(),
            1
        );
        // A routine not in the plan is left alone.
        done_today_in_plan(&plan, &mut state, "hips", &at("2024-05-14 09:00"));
        assert!(!state.routines.contains_key("hips"));
    }

    #[test]
    fn a_session_of_the_routine_that_day_counts_as_done() {
        let plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 06:00"));
        // Done at 07:00, before the 08:00 reminder: no reminder.
        let early = [session("lower-back", at("2024-05-13 07:00"))];
        assert!(step(&plan, &mut state, &early, at("2024-05-13 08:00")).is_empty());
        // The day after, the reminder comes as usual.
        assert_eq!(
            step(&plan, &mut state, &early, at("2024-05-14 08:00")).len(),
            1
        );
        // Another routine's session does not count.
        let other = [session("hips", at("2024-05-15 07:00"))];
        assert_eq!(
            step(&plan, &mut state, &other, at("2024-05-15 08:00")).len(),
            1
        );
    }

    #[test]
    fn done_is_judged_by_the_local_date() {
        // 23:30 UTC on the 12th is 01:30 on the 13th at UTC+02:00.
        let zone = FixedOffset::east_opt(2 * 3600).unwrap();
        let history = [session("lower-back", at("2024-05-12 23:30"))];
        let done = DoneDays::new(&history, &ReminderState::default(), &zone);
        let thirteenth = NaiveDate::from_ymd_opt(2024, 5, 13).unwrap();
        assert!(done.contains("lower-back", thirteenth));
        assert!(!done.contains("lower-back", thirteenth.pred_opt().unwrap()));
    }

    #[test]
    fn changing_the_plan_starts_afresh_and_keeps_done_days() {
        let mut plan = plan("daily", "08:00");
        let mut state = ReminderState::default();
        step(&plan, &mut state, &[], at("2024-05-13 06:00"));
        mark_done_today(&mut state, "lower-back", &at("2024-05-13 06:30"));
        // Moved to 07:00 at 07:30: 07:00 today is not reminded after the fact.
        plan.routines[0].at = "07:00".parse().unwrap();
        assert!(step(&plan, &mut state, &[], at("2024-05-13 07:30")).is_empty());
        assert_eq!(state.routines["lower-back"].done_days.len(), 1);
        assert_eq!(
            step(&plan, &mut state, &[], at("2024-05-14 07:00")).len(),
            1
        );
        // Removed from the plan: its state goes.
        plan.remove("lower-back");
        step(&plan, &mut state, &[], at("2024-05-14 08:00"));
        assert!(state.routines.is_empty());
    }

    #[test]
    fn nothing_needs_attention_exactly_when_take_due_does_nothing() {
        let plan = plan("mon,wed", "08:00");
        let mut state = ReminderState::default();
        let start = at("2024-05-13 06:00");
        // Every 20 minutes for two weeks, snoozing every other reminder.
        for step_index in 0..(14 * 24 * 3) {
            let now = start + TimeDelta::minutes(20 * step_index);
            let before = state.clone();
            let needed = needs_attention(&plan, &state, &now);
            let shown = step(&plan, &mut state, &[], now);
            if !needed {
                assert!(shown.is_empty(), "at {now}");
                assert_eq!(state, before, "at {now}");
            }
            if !shown.is_empty() && step_index % 2 == 0 {
                snooze(&mut state, "lower-back", &now);
            }
        }
    }

    #[test]
    fn next_wake_is_the_next_planned_time_of_any_routine() {
        let mut plan = plan("mon-fri", "08:00");
        plan.set(PlannedRoutine {
            routine: "hips".into(),
            days: "sat".parse().unwrap(),
            at: "10:00".parse().unwrap(),
            since: None,
        });
        let state = ReminderState::default();
        assert_eq!(
            next_wake(&plan, &state, &at("2024-05-17 09:00")),
            Some(at("2024-05-18 10:00"))
        );
        assert_eq!(
            next_wake(&WeeklyPlan::default(), &state, &at("2024-05-17 09:00")),
            None
        );
    }
}
