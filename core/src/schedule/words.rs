//! Every sentence the plan, the reminders and the progress say, in one
//! place. Calm and without guilt: a missed day is a fact, never a failure.

use std::time::Duration;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::schedule::plan::{Day, Days, PlannedRoutine, TimeOfDay};
use crate::schedule::progress::{DayStatus, WeekProgress};
use crate::schedule::reminder::DueKind;

/// Said wherever a missed day shows.
pub const MISSED_DAYS_ARE_FINE: &str = "Missed days are fine — start gently again.";

/// The notification's buttons.
pub const ACTION_START: &str = "Start";
pub const ACTION_SNOOZE: &str = "Snooze 10 min";
pub const ACTION_DONE_TODAY: &str = "Done today";

/// "about 5 minutes", "about 1 minute", "under a minute": a reminder
/// promises little and keeps it.
pub fn about(length: Duration) -> String {
    let seconds = length.as_secs();
    if seconds < 60 {
        return "under a minute".to_owned();
    }
    let minutes = (seconds + 30) / 60;
    if minutes == 1 {
        "about 1 minute".to_owned()
    } else {
        format!("about {minutes} minutes")
    }
}

/// The notification title: "Time for Lower back — about 5 minutes" (no
/// length when the routine's content is missing).
pub fn reminder_title(routine_title: &str, length: Option<Duration>) -> String {
    match length {
        Some(length) => format!("Time for {routine_title} — {}", about(length)),
        None => format!("Time for {routine_title}"),
    }
}

/// The notification body: when it was planned, and for a day that went by,
/// the gentle line.
pub fn reminder_body(kind: DueKind, planned: NaiveDateTime) -> String {
    let time = planned.format("%H:%M");
    match kind {
        DueKind::OnTime => format!("Planned for {time}. A few calm minutes for your body."),
        DueKind::Snoozed => format!("Snoozed from {time}. Ready when you are."),
        DueKind::LaterToday => {
            format!("It was planned for {time}; any time today is fine.")
        }
        DueKind::EarlierDay => format!(
            "It was planned for {}, {time}. {MISSED_DAYS_ARE_FINE}",
            Day::from_weekday(planned.weekday()).long_name()
        ),
    }
}

/// "every day", "weekdays", "weekends", "Mon–Thu", "Mon, Wed, Fri",
/// "no days".
pub fn days_text(days: Days) -> String {
    if days == Days::EVERY_DAY {
        return "every day".to_owned();
    }
    if days == Days::WEEKDAYS {
        return "Mon–Fri".to_owned();
    }
    if days == Days::WEEKEND {
        return "Sat, Sun".to_owned();
    }
    if days.is_empty() {
        return "no days".to_owned();
    }
    let list: Vec<Day> = days.iter().collect();
    let consecutive = list
        .windows(2)
        .all(|pair| pair[1] as u8 == pair[0] as u8 + 1);
    if list.len() >= 3 && consecutive {
        return format!(
            "{}–{}",
            list[0].short_name(),
            list[list.len() - 1].short_name()
        );
    }
    list.iter()
        .map(|day| day.short_name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Lower back, Mon–Fri at 08:00".
pub fn plan_line(entry: &PlannedRoutine, routine_title: &str) -> String {
    format!("{routine_title}, {} at {}", days_text(entry.days), entry.at)
}

/// The week in one phrase, to follow "This week:": "3 of 5 planned
/// sessions", "nothing planned".
pub fn week_summary(week: &WeekProgress) -> String {
    match week.planned {
        0 => "nothing planned".to_owned(),
        1 => format!("{} of 1 planned session", week.done),
        planned => format!("{} of {planned} planned sessions", week.done),
    }
}

/// "5 planned days kept in a row"; nothing for a run of 0 (a zero is not
/// news worth showing).
pub fn run_text(run: u32) -> Option<String> {
    match run {
        0 => None,
        1 => Some("1 planned day kept".to_owned()),
        run => Some(format!("{run} planned days kept in a row")),
    }
}

/// A word for each day status, for the terminal and screen readers.
pub fn day_status_word(status: DayStatus) -> &'static str {
    match status {
        DayStatus::Free => "free",
        DayStatus::Kept => "done",
        DayStatus::Partly => "partly done",
        DayStatus::Missed => "missed",
        DayStatus::ToCome => "to come",
    }
}

/// The line under the week's progress: the gentle sentence when a planned
/// day this week went by, else nothing.
pub fn week_encouragement(week: &WeekProgress) -> Option<&'static str> {
    (week.missed > 0).then_some(MISSED_DAYS_ARE_FINE)
}

/// The exported calendar's name: "Limber plan — Me".
pub fn calendar_name(profile_name: &str) -> String {
    format!("Limber plan — {profile_name}")
}

/// A calendar event's title: "Lower back — Limber".
pub fn calendar_summary(routine_title: &str) -> String {
    format!("{routine_title} — Limber")
}

/// A calendar event's notes: "About 5 minutes of exercises. Open Limber
/// and choose Lower back."
pub fn calendar_description(routine_title: &str, length: Option<Duration>) -> String {
    let open = format!("Open Limber and choose {routine_title}.");
    match length {
        Some(length) => {
            let about = about(length);
            let mut chars = about.chars();
            let capitalised: String = chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            format!("{capitalised} of exercises. {open}")
        }
        None => open,
    }
}

/// "Mon 13 May".
pub fn short_date(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// "08:00".
pub fn time_text(at: TimeOfDay) -> String {
    at.to_string()
}

// ----------------------------------------------------------------------------
// The app: Home, the Plan screen, History
// ----------------------------------------------------------------------------

/// Home with no plan: a quiet invitation.
pub const PLAN_INVITATION: &str = "Coming back often helps.";
pub const MAKE_A_PLAN: &str = "Make a plan";

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
    match state {
        TodayState::Later => match length {
            Some(length) => format!("Today: {routine_title} at {at} ({})", about(length)),
            None => format!("Today: {routine_title} at {at}"),
        },
        TodayState::Due => {
            format!("{routine_title} was planned for {at} — any time today is fine.")
        }
        TodayState::Done => format!("{routine_title}: done today."),
    }
}

/// "Next: Lower back tomorrow at 08:00", "Next: Hips on Saturday at
/// 10:00", "Next: Hips on Mon 13 May at 10:00" (a week or more away).
pub fn next_line(routine_title: &str, due: NaiveDateTime, today: NaiveDate) -> String {
    let date = due.date();
    let time = due.format("%H:%M");
    let days = (date - today).num_days();
    let when = match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        2..=6 => format!("on {}", Day::from_weekday(date.weekday()).long_name()),
        _ => format!("on {}", short_date(date)),
    };
    format!("Next: {routine_title} {when} at {time}")
}

/// The Plan screen's first lines.
pub const PLAN_INTRO: &str = "Choose a routine, its days and a time. At that time Limber reminds you with a notification, also when its window is closed.";
/// Under a routine whose days were all turned off.
pub const NO_DAYS: &str = "No days chosen: it stays in the plan and is never reminded.";
/// Asked before a routine leaves the plan.
pub fn remove_question(routine_title: &str) -> String {
    format!("Take {routine_title} off the plan? The sessions you did stay in your history.")
}

/// How reminders run, in one or two sentences.
pub fn reminders_status(at_login: Option<bool>, running: Option<bool>) -> String {
    let now = match running {
        Some(true) => "Reminders are running now.",
        Some(false) => "Reminders are not running now.",
        None => "Limber cannot tell whether reminders are running now.",
    };
    let login = match at_login {
        Some(true) => " They start by themselves when you log in.",
        Some(false) => " They do not start by themselves when you log in.",
        None => "",
    };
    format!("{now}{login}")
}

pub const START_AT_LOGIN: &str = "Start at login";
pub const START_REMINDERS_NOW: &str = "Start reminders now";
pub const SAVE_TO_CALENDAR: &str = "Save to calendar…";
/// Beside the calendar button.
pub const CALENDAR_HINT: &str =
    "For your calendar app: a file with a weekly event for each routine, with an alarm.";
/// The calendar button with nothing on any day.
pub const CALENDAR_NEEDS_DAYS: &str =
    "Plan a routine on at least one day to save it to a calendar.";

/// The save dialog answered without a file: cancelled, or no dialog could
/// open (a desktop with neither the XDG portal nor zenity).
pub const CALENDAR_NOT_SAVED: &str = "Nothing was saved. If no dialog appeared, `limber plan --ics > limber-plan.ics` in a terminal writes the same file.";

/// After the calendar file was written.
pub fn calendar_saved(path: &std::path::Path) -> String {
    format!(
        "Saved to {}. Open it with your calendar app to add the plan there.",
        path.display()
    )
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
        format!("{} of {}", week.done, week.planned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
