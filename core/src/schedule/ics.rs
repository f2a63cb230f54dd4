//! `limber plan --ics`: the plan as an iCalendar file (RFC 5545) for
//! people who live in their calendar.
//!
//! One recurring event per planned routine (`RRULE:FREQ=WEEKLY;BYDAY=…`)
//! with a display alarm at its start. Writing (escaping, line folding,
//! CRLF) is the `icalendar` crate's.
//!
//! Times are *floating* local times (`DTSTART:20240513T080000`, no `Z`, no
//! `TZID`): RFC 5545 §3.3.5's form for "08:00 wherever the person is",
//! which is exactly what the plan means and what the desktop reminders do
//! (they follow the computer's zone, `chrono::Local`). A `TZID` would need
//! a `VTIMEZONE` with the zone's rules written out, a second copy of the
//! time-zone database that goes stale, and the IANA name of the local zone,
//! which the system does not reliably give; after travel it would also
//! ring at home's 08:00, unlike the reminders.
//!
//! Each event's `UID` is `<routine>.<profile id>.plan@limber`, stable for
//! a profile and routine, so importing again after changing the plan
//! updates the events instead of adding copies.

use std::time::Duration;

use chrono::{DateTime, Datelike, TimeDelta, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Trigger};

use crate::content::Library;
use crate::profile::Profile;
use crate::schedule::plan::{PlannedRoutine, WeeklyPlan};
use crate::schedule::words;

/// What the calendar says about a planned routine.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarRoutine {
    pub title: String,
    /// The planned length for this profile; `None` when the routine is not
    /// in the loaded content.
    pub length: Option<Duration>,
}

impl CalendarRoutine {
    /// A planned routine as `profile` does it in `library`, or by its id
    /// alone when it is not loaded (a routine deleted since).
    pub fn of(library: &Library, profile: &Profile, routine: &str) -> CalendarRoutine {
        match crate::schedule::routine_info(library, profile, routine) {
            Some(info) => CalendarRoutine {
                title: info.title,
                length: Some(info.length),
            },
            None => CalendarRoutine {
                title: routine.to_owned(),
                length: None,
            },
        }
    }
}

/// Events last this long when the routine's length is not known.
const UNKNOWN_LENGTH: Duration = Duration::from_secs(10 * 60);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IcsError {
    #[error("{}", crate::t!("calendar-nothing-planned", profile = profile.as_str()))]
    NothingPlanned { profile: String },
}

/// The stable UID of a planned routine's event.
pub fn event_uid(profile_id: &str, routine: &str) -> String {
    calendar_text(&format!("{routine}.{profile_id}.plan@limber"))
}

/// The most characters of one text value written into the calendar: a
/// title longer than this is cut (with "…"), so a hostile title cannot
/// make the file huge or its line folding slow.
pub const MAX_TEXT_CHARS: usize = 500;

/// A text value for the calendar: control characters removed (line breaks
/// become spaces; a CR or LF would otherwise start a property of its own,
/// `SUMMARY:pwned`), at most [`MAX_TEXT_CHARS`]. RFC 5545's escaping of
/// backslash, semicolon, comma and line break is then the `icalendar`
/// crate's.
pub fn calendar_text(text: &str) -> String {
    let clean = crate::terminal::without_controls(text);
    match clean.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => format!("{}…", &clean[..cut]),
        None => clean.into_owned(),
    }
}

/// The iCalendar text (CRLF line ends) for `plan`. `now` gives `DTSTAMP`
/// and the first date of each event (today or the next planned day).
pub fn plan_calendar<Tz: TimeZone>(
    profile_id: &str,
    profile_name: &str,
    plan: &WeeklyPlan,
    describe: impl Fn(&str) -> CalendarRoutine,
    now: &DateTime<Tz>,
) -> Result<String, IcsError> {
    let planned: Vec<&PlannedRoutine> = plan
        .routines
        .iter()
        .filter(|entry| !entry.days.is_empty())
        .collect();
    if planned.is_empty() {
        return Err(IcsError::NothingPlanned {
            profile: profile_name.to_owned(),
        });
    }
    // `Calendar::new()` would add its own PRODID; start empty.
    let mut calendar = Calendar::empty();
    calendar
        // untranslated: the iCalendar file's fixed field
        .append_property(Property::new("PRODID", "-//Limber//Limber plan//EN"))
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(&calendar_text(&words::calendar_name(profile_name)));
    let stamp = now.with_timezone(&Utc);
    for entry in planned {
        let routine = describe(&entry.routine);
        calendar.push(event(profile_id, entry, &routine, now, stamp));
    }
    Ok(folded(&without_alarm_ids(&calendar.to_string(), stamp)))
}

/// The calendar with its long lines folded as RFC 5545 §3.1 asks: at most
/// 75 octets a line, a continuation line starting with one space, never
/// inside a character. (The crate's folding lets the last piece of a long
/// line reach 76 octets with its space.)
fn folded(text: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 24);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut room = LIMIT;
        loop {
            if rest.len() <= room {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = LIMIT - 1;
        }
    }
    out
}

fn event<Tz: TimeZone>(
    profile_id: &str,
    entry: &PlannedRoutine,
    routine: &CalendarRoutine,
    now: &DateTime<Tz>,
    stamp: DateTime<Utc>,
) -> Event {
    let today = now.date_naive();
    // The first planned day from today on, so DTSTART is an instance of the
    // rule (RFC 5545 §3.8.5.3 leaves it undefined otherwise).
    let first = (0..7)
        .map(|offset| today + TimeDelta::days(offset))
        .find(|date| entry.days.contains_weekday(date.weekday()))
        .unwrap_or(today);
    let start = first.and_time(entry.at.to_naive());
    let length = routine.length.unwrap_or(UNKNOWN_LENGTH);
    // Whole minutes, rounded as the alarm's "about 5 minutes" is, at least
    // one: calendars show minutes.
    let minutes = (length.as_secs() + 30) / 60;
    let minutes = minutes.max(1);
    let by_day: Vec<&str> = entry.days.iter().map(|day| day.ical_code()).collect();
    Event::new()
        .uid(&event_uid(profile_id, &entry.routine))
        .timestamp(stamp)
        .summary(&calendar_text(&words::calendar_summary(&routine.title)))
        .description(&calendar_text(&words::calendar_description(
            &routine.title,
            routine.length,
        )))
        .starts(start)
        .add_property("DURATION", format!("PT{minutes}M"))
        .add_property("RRULE", format!("FREQ=WEEKLY;BYDAY={}", by_day.join(",")))
        // Five minutes of exercise should not mark the person busy.
        .add_property("TRANSP", "TRANSPARENT")
        .alarm(
            Alarm::display(
                &calendar_text(&words::reminder_title(&routine.title, routine.length)),
                Trigger::after_start(TimeDelta::zero()),
            )
            // Set so the crate does not invent them (see `without_alarm_ids`).
            .uid(ALARM_MARK)
            .timestamp(stamp)
            .done(),
        )
        .done()
}

/// The `UID` given to alarms, removed again by [`without_alarm_ids`].
const ALARM_MARK: &str = "limber-alarm";

/// The crate writes a `DTSTAMP` and a `UID` into every component, alarms
/// too (a random UID and the current time when none is set), but RFC 5545
/// §3.6.6 allows neither in a `VALARM`. Both were set to known values, so
/// these exact lines are dropped inside alarms; they are short and never
/// folded.
fn without_alarm_ids(text: &str, stamp: DateTime<Utc>) -> String {
    let stamp_line = format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ"));
    let uid_line = format!("UID:{ALARM_MARK}");
    let mut in_alarm = false;
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive("\r\n") {
        let content = line.trim_end_matches("\r\n");
        match content {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm && (content == stamp_line || content == uid_line) => continue,
            _ => {}
        }
        kept.push_str(line);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::plan::Days;

    fn plan() -> WeeklyPlan {
        let mut plan = WeeklyPlan::default();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: "mon,wed,fri".parse().unwrap(),
            at: "08:00".parse().unwrap(),
            since: None,
        });
        plan.set(PlannedRoutine {
            routine: "hips".into(),
            days: "sat,sun".parse().unwrap(),
            at: "18:30".parse().unwrap(),
            since: None,
        });
        plan
    }

    fn describe(id: &str) -> CalendarRoutine {
        CalendarRoutine {
            title: if id == "hips" { "Hips" } else { "Lower back" }.to_owned(),
            length: Some(Duration::from_secs(312)),
        }
    }

    /// Unfolds RFC 5545 lines (CRLF followed by a space continues a line).
    fn lines(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn each_planned_routine_is_a_weekly_event_with_an_alarm() {
        // Tuesday 2024-05-14, 10:00 UTC.
        let now = Utc.with_ymd_and_hms(2024, 5, 14, 10, 0, 0).unwrap();
        let text = plan_calendar("me", "Me", &plan(), describe, &now).unwrap();
        assert!(text.ends_with("END:VCALENDAR\r\n"), "{text}");
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "bare LF in {text:?}"
        );
        let lines = lines(&text);
        let has = |wanted: &str| lines.iter().any(|line| line == wanted);
        assert!(has("BEGIN:VCALENDAR") && has("VERSION:2.0"));
        assert!(has("PRODID:-//Limber//Limber plan//EN"));
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 2);
        // Lower back: first instance Wednesday the 15th, floating 08:00.
        assert!(has("UID:lower-back.me.plan@limber"));
        assert!(has("DTSTART:20240515T080000"), "{lines:#?}");
        assert!(has("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR"));
        // 5 min 12 s: "about 5 minutes", and five minutes in the calendar.
        assert!(has("DURATION:PT5M"));
        assert!(has("DTSTAMP:20240514T100000Z"));
        assert!(has("SUMMARY:Lower back — Limber"));
        // Hips: Saturday the 18th at 18:30.
        assert!(has("DTSTART:20240518T183000"));
        assert!(has("RRULE:FREQ=WEEKLY;BYDAY=SA,SU"));
        assert!(has("ACTION:DISPLAY"));
        assert!(has("TRIGGER;RELATED=START:P0D"), "{lines:#?}");
        // Exactly one DTSTAMP and UID per event, none in the alarms.
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("DTSTAMP:")).count(),
            2
        );
        assert_eq!(lines.iter().filter(|l| l.starts_with("UID:")).count(), 2);
        assert!(has("DESCRIPTION:Time for Hips — about 5 minutes"));
        // Content lines stay within 75 octets.
        assert!(text.split("\r\n").all(|line| line.len() <= 75));
    }

    #[test]
    fn the_uid_is_stable_and_the_first_date_is_today_when_planned_today() {
        let monday = Utc.with_ymd_and_hms(2024, 5, 13, 23, 0, 0).unwrap();
        let first = plan_calendar("anna", "Anna", &plan(), describe, &monday).unwrap();
        let later = monday + TimeDelta::days(30);
        let second = plan_calendar("anna", "Anna", &plan(), describe, &later).unwrap();
        let uids = |text: &str| -> Vec<String> {
            lines(text)
                .into_iter()
                .filter(|line| line.starts_with("UID:"))
                .collect()
        };
        assert_eq!(uids(&first), uids(&second));
        assert!(lines(&first).contains(&"DTSTART:20240513T080000".to_owned()));
    }

    #[test]
    fn titles_and_names_cannot_add_lines_or_codes() {
        let now = Utc.with_ymd_and_hms(2024, 5, 14, 10, 0, 0).unwrap();
        let hostile = |_: &str| CalendarRoutine {
            title: "Hips\r\nSUMMARY:pwned\nATTACH:http://x\u{1b}]0;t\u{7}\0; a, b\\c".to_owned(),
            length: Some(Duration::from_secs(312)),
        };
        let text = plan_calendar("me", "Ann\r\nX-EVIL:1", &plan(), hostile, &now).unwrap();
        assert!(
            !text
                .replace("\r\n", "")
                .contains(['\r', '\n', '\u{1b}', '\u{7}', '\0']),
            "{text:?}"
        );
        let lines = lines(&text);
        for line in &lines {
            assert!(
                !line.starts_with("SUMMARY:pwned")
                    && !line.starts_with("ATTACH:")
                    && !line.starts_with("X-EVIL"),
                "an injected line: {line}"
            );
        }
        assert!(
            lines.iter().any(|l| l
                .starts_with("SUMMARY:Hips  SUMMARY:pwned ATTACH:http://x]0\\;t\\; a\\, b\\\\c")),
            "{lines:#?}"
        );
        let long = |_: &str| CalendarRoutine {
            title: "x".repeat(1_000_000),
            length: None,
        };
        let text = plan_calendar("me", "Me", &plan(), long, &now).unwrap();
        assert!(text.len() < 20_000, "{} bytes", text.len());
        assert!(text.split("\r\n").all(|line| line.len() <= 75), "{text}");
        let wide = |_: &str| CalendarRoutine {
            title: "老虎".repeat(200),
            length: None,
        };
        let text = plan_calendar("me", "Me", &plan(), wide, &now).unwrap();
        assert!(text.split("\r\n").all(|line| line.len() <= 75), "{text}");
        assert!(text.replace("\r\n ", "").contains(&"老虎".repeat(100)));
    }

    #[test]
    fn nothing_planned_is_an_error_not_an_empty_calendar() {
        let now = Utc.with_ymd_and_hms(2024, 5, 14, 10, 0, 0).unwrap();
        assert!(plan_calendar("me", "Me", &WeeklyPlan::default(), describe, &now).is_err());
        let mut paused = plan();
        for entry in &mut paused.routines {
            entry.days = Days::NONE;
        }
        assert!(matches!(
            plan_calendar("me", "Me", &paused, describe, &now),
            Err(IcsError::NothingPlanned { .. })
        ));
    }
}
