//! Every sentence the plan, the reminders and the progress say, in one
//! place. Calm and without guilt: a missed day is a fact, never a failure.
//! The words are the language's `plan.ftl`, in the language in use.

use std::time::Duration;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::schedule::plan::{Day, Days, PlannedRoutine, TimeOfDay};
use crate::schedule::progress::{DayStatus, WeekProgress};
use crate::schedule::reminder::DueKind;
use crate::t;
use crate::words as dates;

/// Said wherever a missed day shows.
pub fn missed_days_are_fine() -> String {
    t!("plan-missed-days-are-fine")
}

/// The notification's buttons.
pub fn action_start() -> String {
    t!("reminder-action-start")
}
pub fn action_snooze() -> String {
    t!("reminder-action-snooze")
}
pub fn action_done_today() -> String {
    t!("reminder-action-done-today")
}

/// The minutes `about` and the calendar promise: 0 under a minute, else
/// rounded to the nearest minute.
fn about_minutes(length: Duration) -> u64 {
    let seconds = length.as_secs();
    if seconds < 60 { 0 } else { (seconds + 30) / 60 }
}

/// "about 5 minutes", "about 1 minute", "under a minute": a reminder
/// promises little and keeps it.
pub fn about(length: Duration) -> String {
    t!("plan-about", minutes = about_minutes(length))
}

/// The notification title: "Time for Lower back — about 5 minutes" (no
/// length when the routine's content is missing).
pub fn reminder_title(routine_title: &str, length: Option<Duration>) -> String {
    match length {
        Some(length) => t!(
            "reminder-title",
            routine = routine_title,
            about = about(length)
        ),
        None => t!("reminder-title-no-length", routine = routine_title),
    }
}

/// The notification body: when it was planned, and for a day that went by,
/// the gentle line.
pub fn reminder_body(kind: DueKind, planned: NaiveDateTime) -> String {
    let time = dates::time_of_day(planned.time());
    match kind {
        DueKind::OnTime => t!("reminder-body-on-time", time = time),
        DueKind::Snoozed => t!("reminder-body-snoozed", time = time),
        DueKind::LaterToday => t!("reminder-body-later-today", time = time),
        DueKind::EarlierDay => t!(
            "reminder-body-earlier-day",
            day = dates::weekday_name(planned.weekday()),
            time = time
        ),
    }
}

/// "every day", "weekdays", "weekends", "Mon–Thu", "Mon, Wed, Fri",
/// "no days".
pub fn days_text(days: Days) -> String {
    if days == Days::EVERY_DAY {
        return t!("plan-days-every-day");
    }
    if days.is_empty() {
        return t!("plan-days-none");
    }
    let list: Vec<Day> = days.iter().collect();
    let consecutive = list
        .windows(2)
        .all(|pair| pair[1] as u8 == pair[0] as u8 + 1);
    if list.len() >= 3 && consecutive {
        return t!(
            "plan-days-range",
            first = list[0].short_name(),
            last = list[list.len() - 1].short_name()
        );
    }
    list.iter()
        .map(|day| day.short_name())
        .collect::<Vec<_>>()
        .join(&t!("plan-days-separator"))
}

/// "Lower back, Mon–Fri at 08:00".
pub fn plan_line(entry: &PlannedRoutine, routine_title: &str) -> String {
    t!(
        "plan-line",
        routine = routine_title,
        days = days_text(entry.days),
        time = time_text(entry.at)
    )
}

/// The week in one phrase, to follow "This week:": "3 of 5 planned
/// sessions", "nothing planned".
pub fn week_summary(week: &WeekProgress) -> String {
    t!(
        "plan-week-summary",
        done = week.done,
        planned = week.planned
    )
}

/// "5 planned days kept in a row"; nothing for a run of 0 (a zero is not
/// news worth showing).
pub fn run_text(run: u32) -> Option<String> {
    (run > 0).then(|| t!("plan-run", run = run))
}

/// A word for each day status, for the terminal and screen readers.
pub fn day_status_word(status: DayStatus) -> String {
    let status = match status {
        DayStatus::Free => "free",
        DayStatus::Kept => "done",
        DayStatus::Partly => "partly",
        DayStatus::Missed => "missed",
        DayStatus::ToCome => "to-come",
    };
    t!("plan-day-status", status = status)
}

/// The line under the week's progress: the gentle sentence when a planned
/// day this week went by, else nothing.
pub fn week_encouragement(week: &WeekProgress) -> Option<String> {
    (week.missed > 0).then(missed_days_are_fine)
}

/// The exported calendar's name: "Limber plan — Me".
pub fn calendar_name(profile_name: &str) -> String {
    t!("calendar-name", profile = profile_name)
}

/// A calendar event's title: "Lower back — Limber".
pub fn calendar_summary(routine_title: &str) -> String {
    t!("calendar-event-title", routine = routine_title)
}

/// A calendar event's notes: "About 5 minutes of exercises. Open Limber
/// and choose Lower back."
pub fn calendar_description(routine_title: &str, length: Option<Duration>) -> String {
    match length {
        Some(length) => t!(
            "calendar-event-notes",
            routine = routine_title,
            minutes = about_minutes(length)
        ),
        None => t!("calendar-event-notes-no-length", routine = routine_title),
    }
}

/// "Mon 13 May".
pub fn short_date(date: NaiveDate) -> String {
    dates::date_short(date)
}

/// "08:00".
pub fn time_text(at: TimeOfDay) -> String {
    dates::time_of_day(at.time())
}

// ----------------------------------------------------------------------------
// The app: Home, the Plan screen, History
// ----------------------------------------------------------------------------

/// Home with no plan: a quiet invitation.
pub fn plan_invitation() -> String {
    t!("plan-invitation")
}
pub fn make_a_plan() -> String {
    t!("plan-make-a-plan")
}

/// Where today stands for one planned routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodayState {
    /// Its time has not come yet.
    Later,
    /// Its time has passed and it is not done yet.
    Due,
    Done,
}

/// One planned routine today, on Home: "Today: Lower back at 18:00 (about
/// 5 minutes)", "Lower back was planned for 08:00 — any time today is
/// fine.", "Lower back: done today."
pub fn today_line(
    routine_title: &str,
    at: TimeOfDay,
    length: Option<Duration>,
    state: TodayState,
) -> String {
    let time = time_text(at);
    match state {
        TodayState::Later => match length {
            Some(length) => t!(
                "plan-today-later",
                routine = routine_title,
                time = time,
                about = about(length)
            ),
            None => t!(
                "plan-today-later-no-length",
                routine = routine_title,
                time = time
            ),
        },
        TodayState::Due => t!("plan-today-due", routine = routine_title, time = time),
        TodayState::Done => t!("plan-today-done", routine = routine_title),
    }
}

/// "Next: Lower back tomorrow at 08:00", "Next: Hips on Saturday at
/// 10:00", "Next: Hips on Mon 13 May at 10:00" (a week or more away).
pub fn next_line(routine_title: &str, due: NaiveDateTime, today: NaiveDate) -> String {
    let date = due.date();
    let time = dates::time_of_day(due.time());
    let days = (date - today).num_days();
    let when = match days {
        0 => "today",
        1 => "tomorrow",
        2..=6 => "weekday",
        _ => "date",
    };
    t!(
        "plan-next",
        routine = routine_title,
        when = when,
        day = dates::weekday_name(date.weekday()),
        date = short_date(date),
        time = time
    )
}

/// The Plan screen's first lines, true to how reminders run now (`None`:
/// not known yet, or not knowable): the notification with the window
/// closed is promised only while `limber remind` runs.
pub fn plan_intro(running: Option<bool>) -> String {
    t!("plan-intro", running = yes_no(running))
}

/// A fact that may not be known, as the messages select on it.
fn yes_no(known: Option<bool>) -> &'static str {
    match known {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}
/// Under a routine whose days were all turned off.
pub fn no_days() -> String {
    t!("plan-no-days")
}
/// Asked before a routine leaves the plan.
pub fn remove_question(routine_title: &str) -> String {
    t!("plan-remove-question", routine = routine_title)
}

/// How reminders run, in one or two sentences.
pub fn reminders_status(at_login: Option<bool>, running: Option<bool>) -> String {
    t!(
        "plan-reminders-status",
        running = yes_no(running),
        login = yes_no(at_login)
    )
}

pub fn start_at_login() -> String {
    t!("plan-start-at-login")
}
pub fn start_reminders_now() -> String {
    t!("plan-start-reminders-now")
}
pub fn save_to_calendar() -> String {
    t!("plan-save-to-calendar")
}
/// Beside the calendar button.
pub fn calendar_hint() -> String {
    t!("plan-calendar-hint")
}
/// The calendar button with nothing on any day.
pub fn calendar_needs_days() -> String {
    t!("plan-calendar-needs-days")
}

/// The save dialog answered without a file: cancelled, or no dialog could
/// open (a desktop with neither the XDG portal nor zenity).
pub fn calendar_not_saved() -> String {
    t!("plan-calendar-nothing-saved")
}

/// After the calendar file was written.
pub fn calendar_saved(path: &std::path::Path) -> String {
    t!("plan-calendar-saved", path = path.display().to_string())
}

/// The file name the save dialog proposes: "limber-plan-anna.ics".
pub fn calendar_file_name(profile_name: &str) -> String {
    let slug: String = profile_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "limber-plan.ics".to_owned()
    } else {
        format!("limber-plan-{slug}.ics")
    }
}

/// A week of the History screen's planned days: "4 of 5".
pub fn week_count(week: &WeekProgress) -> String {
    if week.planned == 0 {
        "—".to_owned()
    } else {
        t!("plan-week-count", done = week.done, planned = week.planned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_intro_promises_a_closed_window_only_while_reminders_run() {
        assert!(plan_intro(Some(true)).contains("also when its window is closed"));
        assert!(!plan_intro(Some(false)).contains("closed"));
        assert!(plan_intro(Some(false)).contains("once reminders are running"));
        // Not known: said as a condition, not as a promise.
        assert!(plan_intro(None).starts_with("Choose a routine, its days and a time. While"));
    }

    #[test]
    fn today_and_next_read_calmly() {
        let at: TimeOfDay = "08:00".parse().unwrap();
        let five = Some(Duration::from_secs(300));
        assert_eq!(
            today_line("Lower back", at, five, TodayState::Later),
            "Today: Lower back at 08:00 (about 5 minutes)"
        );
        assert_eq!(
            today_line("Lower back", at, five, TodayState::Due),
            "Lower back was planned for 08:00 — any time today is fine."
        );
        let monday = NaiveDate::from_ymd_opt(2024, 5, 13).unwrap();
        let next = |days: i64| {
            next_line(
                "Hips",
                (monday + chrono::TimeDelta::days(days))
                    .and_hms_opt(10, 0, 0)
                    .unwrap(),
                monday,
            )
        };
        assert_eq!(next(0), "Next: Hips today at 10:00");
        assert_eq!(next(1), "Next: Hips tomorrow at 10:00");
        assert_eq!(next(5), "Next: Hips on Saturday at 10:00");
        assert_eq!(next(7), "Next: Hips on Mon 20 May at 10:00");
        for state in [TodayState::Later, TodayState::Due, TodayState::Done] {
            let text = today_line("Hips", at, five, state).to_lowercase();
            for blame in ["fail", "should", "forgot", "behind", "missed"] {
                assert!(!text.contains(blame), "{text}");
            }
        }
    }

    #[test]
    fn the_calendar_file_is_named_after_the_profile() {
        assert_eq!(calendar_file_name("Me"), "limber-plan-me.ics");
        assert_eq!(calendar_file_name("Anna M."), "limber-plan-anna-m.ics");
        assert_eq!(calendar_file_name("../x"), "limber-plan-x.ics");
        assert_eq!(calendar_file_name("  "), "limber-plan.ics");
    }

    #[test]
    fn lengths_are_rounded_to_a_plain_promise() {
        assert_eq!(about(Duration::from_secs(312)), "about 5 minutes");
        assert_eq!(about(Duration::from_secs(90)), "about 2 minutes");
        assert_eq!(about(Duration::from_secs(60)), "about 1 minute");
        assert_eq!(about(Duration::from_secs(20)), "under a minute");
        assert_eq!(
            reminder_title("Lower back", Some(Duration::from_secs(312))),
            "Time for Lower back — about 5 minutes"
        );
    }

    #[test]
    fn days_read_as_people_write_them() {
        let text = |s: &str| days_text(s.parse().unwrap());
        assert_eq!(text("daily"), "every day");
        assert_eq!(text("mon-fri"), "Mon–Fri");
        assert_eq!(text("mon-thu"), "Mon–Thu");
        assert_eq!(text("mon,wed,fri"), "Mon, Wed, Fri");
        assert_eq!(text("mon,tue"), "Mon, Tue");
        assert_eq!(text("sat,sun"), "Sat, Sun");
        assert_eq!(days_text(Days::NONE), "no days");
    }

    #[test]
    fn a_day_gone_by_gets_the_gentle_line_and_no_blame() {
        let planned = NaiveDate::from_ymd_opt(2024, 5, 13)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        let body = reminder_body(DueKind::EarlierDay, planned);
        assert_eq!(
            body,
            "It was planned for Monday, 08:00. Missed days are fine — start gently again."
        );
        for kind in [
            DueKind::OnTime,
            DueKind::Snoozed,
            DueKind::LaterToday,
            DueKind::EarlierDay,
        ] {
            let text = reminder_body(kind, planned).to_lowercase();
            for blame in ["fail", "should", "forgot", "behind", "streak lost"] {
                assert!(!text.contains(blame), "{text}");
            }
        }
    }
}
