//! This week against the plan ("3 of 5 planned sessions", each planned
//! day done, missed or still to come) and the run of planned days kept.
//!
//! "Done" is [`DoneDays`]: a session of that routine that local day, or
//! "Done today". Weeks run Monday to Sunday. Today's plan is applied to
//! the past from the day each routine was first planned (its `since`); a
//! change of days or time is applied back to that day too (the plan's
//! history is not kept).

use chrono::{Datelike, NaiveDate, TimeDelta};

use crate::schedule::plan::{Day, TimeOfDay, WeeklyPlan};
use crate::schedule::reminder::DoneDays;

/// One planned routine on one day of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSlot {
    pub routine: String,
    pub at: TimeOfDay,
    pub done: bool,
}

/// How a day of the week stands against the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayStatus {
    /// Nothing planned.
    Free,
    /// Everything planned that day was done.
    Kept,
    /// A past day with some of its plan done.
    Partly,
    /// A past day with none of its plan done.
    Missed,
    /// Today or later, not all done yet.
    ToCome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayProgress {
    pub date: NaiveDate,
    pub day: Day,
    /// The routines planned that day, by time.
    pub slots: Vec<PlannedSlot>,
    pub status: DayStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekProgress {
    pub today: NaiveDate,
    /// Monday to Sunday of this week.
    pub days: Vec<DayProgress>,
    /// Planned sessions this week (each routine on each of its days).
    pub planned: usize,
    /// Of those, done.
    pub done: usize,
    /// Planned sessions of past days this week that were not done.
    pub missed: usize,
}

impl WeekProgress {
    /// The week's Monday.
    pub fn monday(&self) -> NaiveDate {
        self.days.first().map_or(self.today, |day| day.date)
    }
}

/// The week (Monday to Sunday) that holds `today`.
pub fn week_progress(plan: &WeeklyPlan, done: &DoneDays, today: NaiveDate) -> WeekProgress {
    week_of(plan, done, monday_of(today), today)
}

/// The last `count` weeks up to the one that holds `today`, oldest first
/// (the History screen's planned days). Days after `today` are to come.
pub fn recent_weeks(
    plan: &WeeklyPlan,
    done: &DoneDays,
    today: NaiveDate,
    count: usize,
) -> Vec<WeekProgress> {
    let this_monday = monday_of(today);
    (0..count)
        .rev()
        .filter_map(|weeks_back| {
            let back = TimeDelta::try_weeks(i64::try_from(weeks_back).ok()?)?;
            this_monday.checked_sub_signed(back)
        })
        .map(|monday| week_of(plan, done, monday, today))
        .collect()
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - TimeDelta::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The week from `monday` to the Sunday after, judged on `today`.
fn week_of(
    plan: &WeeklyPlan,
    done: &DoneDays,
    monday: NaiveDate,
    today: NaiveDate,
) -> WeekProgress {
    let days: Vec<DayProgress> = (0..7)
        .map(|offset| {
            let date = monday + TimeDelta::days(offset);
            day_progress(plan, done, date, today)
        })
        .collect();
    let slots = || {
        days.iter()
            .flat_map(|day| day.slots.iter().map(move |s| (day, s)))
    };
    WeekProgress {
        today,
        planned: slots().count(),
        done: slots().filter(|(_, slot)| slot.done).count(),
        missed: slots()
            .filter(|(day, slot)| day.date < today && !slot.done)
            .count(),
        days,
    }
}

fn day_progress(
    plan: &WeeklyPlan,
    done: &DoneDays,
    date: NaiveDate,
    today: NaiveDate,
) -> DayProgress {
    let day = Day::from_weekday(date.weekday());
    let slots: Vec<PlannedSlot> = plan
        .on(day)
        .into_iter()
        .filter(|entry| entry.planned_on(date))
        .map(|entry| PlannedSlot {
            routine: entry.routine.clone().into(),
            at: entry.at,
            done: done.contains(&entry.routine, date),
        })
        .collect();
    let done_count = slots.iter().filter(|slot| slot.done).count();
    let status = if slots.is_empty() {
        DayStatus::Free
    } else if done_count == slots.len() {
        DayStatus::Kept
    } else if date >= today {
        DayStatus::ToCome
    } else if done_count > 0 {
        DayStatus::Partly
    } else {
        DayStatus::Missed
    };
    DayProgress {
        date,
        day,
        slots,
        status,
    }
}

/// The planned days kept in a row up to today: days with nothing planned
/// neither count nor break the run, and today counts once kept but does
/// not break it while still to come.
pub fn current_run(plan: &WeeklyPlan, done: &DoneDays, today: NaiveDate) -> u32 {
    if !plan.has_planned_days() {
        return 0;
    }
    // Before the first thing ever done, no planned day can be kept.
    let Some(earliest) = done.earliest() else {
        return 0;
    };
    let mut run = 0;
    let mut date = today;
    while date >= earliest {
        let day = day_progress(plan, done, date, today);
        match day.status {
            DayStatus::Kept => run += 1,
            DayStatus::Free | DayStatus::ToCome => {}
            DayStatus::Partly | DayStatus::Missed => break,
        }
        let Some(previous) = date.pred_opt() else {
            break;
        };
        date = previous;
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::SessionRecord;
    use crate::schedule::plan::PlannedRoutine;
    use crate::schedule::reminder::{ReminderState, mark_done_today};
    use chrono::{TimeZone, Utc};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn plan() -> WeeklyPlan {
        let mut plan = WeeklyPlan::default();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: "mon-fri".parse().unwrap(),
            at: "08:00".parse().unwrap(),
            since: None,
        });
        plan
    }

    fn sessions(routine: &str, dates: &[&str]) -> Vec<SessionRecord> {
        dates
            .iter()
            .map(|day| SessionRecord {
                started_at: date(day)
                    .and_hms_opt(9, 0, 0)
                    .unwrap()
                    .and_utc()
                    .timestamp() as u64,
                routine_id: routine.into(),
                routine_title: routine.into(),
                duration_seconds: 300,
                exercises: Vec::new(),
                pain_before: None,
                pain_after: None,
                ending: None,
            })
            .collect()
    }

    fn done(records: &[SessionRecord]) -> DoneDays {
        DoneDays::new(records, &ReminderState::default(), &Utc)
    }

    #[test]
    fn this_week_counts_planned_sessions_done_missed_and_to_come() {
        // Thursday 2024-05-16; Mon, Tue and Thu done, Wed missed, Fri to come.
        let history = sessions("lower-back", &["2024-05-13", "2024-05-14", "2024-05-16"]);
        let week = week_progress(&plan(), &done(&history), date("2024-05-16"));
        assert_eq!((week.planned, week.done, week.missed), (5, 3, 1));
        let statuses: Vec<DayStatus> = week.days.iter().map(|d| d.status).collect();
        use DayStatus::*;
        assert_eq!(statuses, vec![Kept, Kept, Missed, Kept, ToCome, Free, Free]);
        assert_eq!(week.days[0].date, date("2024-05-13"));
        assert_eq!(week.days[6].day, Day::Sun);
    }

    #[test]
    fn today_not_yet_done_is_still_to_come_and_other_routines_do_not_count() {
        let mut history = sessions("hips", &["2024-05-13"]);
        history.extend(sessions("lower-back", &["2024-05-12"]));
        let week = week_progress(&plan(), &done(&history), date("2024-05-13"));
        assert_eq!((week.planned, week.done, week.missed), (5, 0, 0));
        assert_eq!(week.days[0].status, DayStatus::ToCome);
    }

    #[test]
    fn a_day_with_two_routines_is_kept_only_when_both_are_done() {
        let mut plan = plan();
        plan.set(PlannedRoutine {
            routine: "hips".into(),
            days: "mon".parse().unwrap(),
            at: "18:00".parse().unwrap(),
            since: None,
        });
        let history = sessions("lower-back", &["2024-05-13"]);
        let week = week_progress(&plan, &done(&history), date("2024-05-14"));
        assert_eq!(week.days[0].status, DayStatus::Partly);
        assert_eq!(week.days[0].slots.len(), 2);
        assert_eq!((week.planned, week.done, week.missed), (6, 1, 1));
    }

    #[test]
    fn recent_weeks_run_oldest_first_up_to_this_week() {
        // Thursday 2024-05-16; the week before: Mon-Thu done, Fri missed.
        let history = sessions(
            "lower-back",
            &[
                "2024-05-06",
                "2024-05-07",
                "2024-05-08",
                "2024-05-09",
                "2024-05-13",
            ],
        );
        let weeks = recent_weeks(&plan(), &done(&history), date("2024-05-16"), 3);
        assert_eq!(weeks.len(), 3);
        let mondays: Vec<NaiveDate> = weeks.iter().map(WeekProgress::monday).collect();
        assert_eq!(
            mondays,
            vec![date("2024-04-29"), date("2024-05-06"), date("2024-05-13")]
        );
        assert_eq!(
            (weeks[0].planned, weeks[0].done, weeks[0].missed),
            (5, 0, 5)
        );
        assert_eq!(
            (weeks[1].planned, weeks[1].done, weeks[1].missed),
            (5, 4, 1)
        );
        assert_eq!(weeks[1].days[4].status, DayStatus::Missed);
        // This week is the same as week_progress's.
        assert_eq!(
            weeks[2],
            week_progress(&plan(), &done(&history), date("2024-05-16"))
        );
        assert_eq!(weeks[2].days[4].status, DayStatus::ToCome);
        assert!(recent_weeks(&plan(), &done(&history), date("2024-05-16"), 0).is_empty());
    }

    #[test]
    fn done_today_counts_as_done() {
        let plan = plan();
        let mut state = ReminderState::default();
        state.routines.insert(
            "lower-back".into(),
            crate::schedule::reminder::RoutineReminder {
                days: plan.routines[0].days,
                at: plan.routines[0].at,
                handled_through: 0,
                snoozed_until: None,
                done_days: Vec::new(),
            },
        );
        let monday_noon = Utc.with_ymd_and_hms(2024, 5, 13, 12, 0, 0).unwrap();
        mark_done_today(&mut state, "lower-back", &monday_noon);
        let done = DoneDays::new(&[], &state, &Utc);
        let week = week_progress(&plan, &done, date("2024-05-13"));
        assert_eq!(week.done, 1);
        assert_eq!(week.days[0].status, DayStatus::Kept);
    }

    #[test]
    fn days_before_a_routine_was_planned_are_neither_planned_nor_missed() {
        // Planned on Wednesday the 15th: Monday and Tuesday do not count.
        let mut plan = plan();
        plan.routines[0].since = Some("2024-05-15".parse().unwrap());
        let week = week_progress(&plan, &done(&[]), date("2024-05-16"));
        assert_eq!((week.planned, week.done, week.missed), (3, 0, 1));
        assert_eq!(week.days[0].status, DayStatus::Free);
        assert_eq!(week.days[2].status, DayStatus::Missed);
        // And the run does not look past it.
        let history = sessions("lower-back", &["2024-05-10", "2024-05-15", "2024-05-16"]);
        assert_eq!(current_run(&plan, &done(&history), date("2024-05-16")), 2);
    }

    #[test]
    fn the_run_skips_free_days_and_an_open_today_and_stops_at_a_missed_day() {
        // Mon 6 missed; Tue 7 – Fri 10 kept; weekend free; Mon 13 kept;
        // today Tue 14 not yet done.
        let history = sessions(
            "lower-back",
            &[
                "2024-05-07",
                "2024-05-08",
                "2024-05-09",
                "2024-05-10",
                "2024-05-13",
            ],
        );
        let done = done(&history);
        assert_eq!(current_run(&plan(), &done, date("2024-05-14")), 5);
        // Once today is done it counts.
        let mut more = history.clone();
        more.extend(sessions("lower-back", &["2024-05-14"]));
        assert_eq!(
            current_run(&plan(), &self::done(&more), date("2024-05-14")),
            6
        );
        // A missed Wednesday (the 15th) breaks it on Thursday.
        assert_eq!(
            current_run(&plan(), &self::done(&more), date("2024-05-16")),
            0
        );
        // Nothing planned or nothing ever done: no run.
        assert_eq!(
            current_run(&WeeklyPlan::default(), &done, date("2024-05-14")),
            0
        );
        assert_eq!(
            current_run(&plan(), &self::done(&[]), date("2024-05-14")),
            0
        );
    }
}
