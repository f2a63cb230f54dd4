//! `limber plan`: print the plan and this week's progress, change the plan,
//! export it as a calendar. Through the same store as the app, so a script
//! and a running window never undo each other's change.

use std::io::{self, Write};

use chrono::{DateTime, TimeZone};

use limber_core::content::Library;
use limber_core::profile::{Profile, Store, StoreError};
use limber_core::schedule::due::next_due;
use limber_core::schedule::edit::plan_routine;
use limber_core::schedule::ics::{CalendarRoutine, IcsError, plan_calendar};
use limber_core::schedule::plan::{Days, PlannedRoutine, TimeOfDay, WeeklyPlan};
use limber_core::schedule::progress::{current_run, week_progress};
use limber_core::schedule::reminder::DoneDays;
use limber_core::schedule::{routine_info, words};
use limber_core::terminal::{self, Escaping};

use limber_core::t;

use super::args::{PlanAction, Switch};
use super::env::{Env, Outcome};
use crate::platform::autostart;

/// `limber plan [add|remove] [--ics] [--autostart on|off]`.
pub fn run(
    env: &mut Env,
    action: Option<PlanAction>,
    ics_file: bool,
    at_login: Option<Switch>,
) -> Outcome {
    if let Some(switch) = at_login {
        return at_login_entry(env, switch == Switch::On);
    }
    let mut store = env.store()?;
    let library = env.take_library();
    let now = limber_core::time::local_now();
    let profile = env.profile_name().map(str::to_owned);
    let profile = profile.as_deref();
    // The calendar's lines end in CRLF (its text is escaped for it).
    let mut out = if ics_file {
        Escaping::csv(io::stdout().lock())
    } else {
        Escaping::new(io::stdout().lock())
    };
    let result = match action {
        None if ics_file => ics(&mut store, &library, profile, &now, &mut out),
        None => show(&mut store, &library, profile, &now, &mut out),
        Some(PlanAction::Add { routine, days, at }) => add(
            &mut store, &library, profile, &routine, days, at, &now, &mut out,
        ),
        Some(PlanAction::Remove { routine }) => {
            remove(&mut store, &library, profile, &routine, &mut out)
        }
    };
    // Files set aside on the way are named whether the command succeeded
    // or not (a plan too big to read leaves "nothing is planned").
    env.notices(&store.take_notices());
    result.map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    env.done()
}

/// `limber plan --autostart on|off`: the login entry runs `limber remind`
/// with the same data folder and content as this command.
fn at_login_entry(env: &mut Env, on: bool) -> Outcome {
    if !on {
        let removed = autostart::disable().map_err(|e| e.to_string())?;
        println!("{}", t!("cli-plan-autostart-off", removed = removed));
        return env.done();
    }
    let written = autostart::enable(&super::remind::command(env)?).map_err(|e| e.to_string())?;
    println!("{}", t!("cli-plan-autostart-on", written = written));
    // `&` runs it in the background in a Unix shell; in cmd.exe it would
    // separate commands.
    let command = if cfg!(windows) {
        "start limber remind" // untranslated: a command to type
    } else {
        "limber remind &" // untranslated: a command to type
    };
    println!("{}", t!("cli-plan-remind-now", command = command));
    env.done()
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Ics(#[from] IcsError),
    #[error("{}", t!("cli-plan-unknown-routine", routine = routine.as_str(), known = known.as_str()))]
    UnknownRoutine { routine: String, known: String },
    #[error("{}", not_planned(routine, profile, planned))]
    NotPlanned {
        routine: String,
        profile: String,
        /// The routines planned, `None` when nothing is.
        planned: Option<String>,
    },
    #[error("{}", t!("cli-output-failed", error = .0.to_string()))]
    Output(#[from] io::Error),
}

fn not_planned(routine: &str, profile: &str, planned: &Option<String>) -> String {
    match planned {
        Some(planned) => t!(
            "cli-plan-not-planned",
            routine = routine,
            profile = profile,
            planned = planned.as_str()
        ),
        None => t!(
            "cli-plan-not-planned-nothing",
            routine = routine,
            profile = profile
        ),
    }
}

/// The routine's title, or its id when it is not loaded; for the
/// terminal, so control characters (a hand-edited plan file) are escaped.
fn title_of(library: &Library, routine: &str) -> String {
    let title = library
        .routine(routine)
        .map_or(routine, |found| found.title.as_str());
    limber_core::terminal::escape(title).into_owned()
}

/// A profile's name for the terminal (a name in a file may hold anything).
fn name_of(name: &str) -> std::borrow::Cow<'_, str> {
    limber_core::terminal::escape(name)
}

fn known_routines(library: &Library) -> String {
    library
        .routines()
        .iter()
        .map(|routine| routine.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `limber plan`: the plan, then this week against it.
pub fn show<Tz: TimeZone>(
    store: &mut Store,
    library: &Library,
    profile_name: Option<&str>,
    now: &DateTime<Tz>,
    out: &mut dyn Write,
) -> Result<(), PlanError> {
    let chosen = store.named_or_current(profile_name)?;
    let profile = store.profile(&chosen.id)?;
    let plan = store.plan(&chosen.id)?;
    if plan.is_empty() {
        let name = name_of(&profile.name);
        writeln!(out, "{}", t!("cli-plan-empty", profile = name.as_ref()))?;
        writeln!(out, "{}", t!("cli-plan-how-to-add"))?;
        let known = known_routines(library);
        writeln!(out, "{}", t!("cli-plan-routines", routines = known))?;
        return Ok(());
    }
    let history = store.history(&chosen.id)?;
    let state = store.reminder_state(&chosen.id)?;
    let done = DoneDays::new(&history, &state, &now.timezone());
    write_plan(out, library, &profile, &plan)?;
    writeln!(out)?;
    let today = now.date_naive();
    let week = week_progress(&plan, &done, today);
    let summary = words::week_summary(&week);
    writeln!(out, "{}", t!("cli-plan-this-week", summary = summary))?;
    // Terminal columns, not characters (a Chinese date or status word is
    // twice as wide); at least as wide as English's.
    let dates: Vec<String> = week
        .days
        .iter()
        .map(|day| words::short_date(day.date))
        .collect();
    let statuses: Vec<String> = week
        .days
        .iter()
        .map(|day| words::day_status_word(day.status))
        .collect();
    let widest = |cells: &[String], least: usize| {
        cells
            .iter()
            .map(|cell| terminal::columns(cell))
            .fold(least, usize::max)
    };
    let (date_width, status_width) = (widest(&dates, 10), widest(&statuses, 8));
    for ((day, date), status) in week.days.iter().zip(&dates).zip(&statuses) {
        let slots: Vec<String> = day
            .slots
            .iter()
            .map(|slot| {
                t!(
                    "cli-plan-slot",
                    time = words::time_text(slot.at),
                    routine = title_of(library, &slot.routine),
                    done = if slot.done { "yes" } else { "no" }
                )
            })
            .collect();
        let today_mark = if day.date == today {
            format!("  {}", t!("cli-plan-today-mark"))
        } else {
            String::new()
        };
        let line = format!(
            "  {}  {}  {}{today_mark}",
            terminal::pad_end(date, date_width),
            terminal::pad_end(status, status_width),
            slots.join(&t!("plan-days-separator"))
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    if let Some(run) = words::run_text(current_run(&plan, &done, today)) {
        writeln!(out, "{run}")?;
    }
    if let Some(line) = words::week_encouragement(&week) {
        writeln!(out, "{line}")?;
    }
    if let Some((due, entry)) = limber_core::schedule::due::next_in_plan(&plan, now) {
        let next = t!(
            "cli-plan-next",
            routine = title_of(library, &entry.routine),
            time = limber_core::words::time_of_day(due.naive_local().time()),
            date = words::short_date(due.date_naive())
        );
        writeln!(out, "{next}")?;
    }
    Ok(())
}

fn write_plan(
    out: &mut dyn Write,
    library: &Library,
    profile: &Profile,
    plan: &WeeklyPlan,
) -> io::Result<()> {
    let name = name_of(&profile.name);
    writeln!(out, "{}", t!("cli-plan-heading", profile = name.as_ref()))?;
    for entry in &plan.routines {
        let line = words::plan_line(entry, &title_of(library, &entry.routine));
        let line = match routine_info(library, profile, &entry.routine) {
            Some(info) => t!(
                "cli-plan-entry",
                entry = line,
                about = words::about(info.length)
            ),
            None => t!("cli-plan-entry-not-loaded", entry = line),
        };
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// `limber plan add ROUTINE --days … --at …`.
#[allow(clippy::too_many_arguments)] // Each is one command-line value.
pub fn add<Tz: TimeZone>(
    store: &mut Store,
    library: &Library,
    profile_name: Option<&str>,
    routine: &str,
    days: Days,
    at: TimeOfDay,
    now: &DateTime<Tz>,
    out: &mut dyn Write,
) -> Result<(), PlanError> {
    if library.routine(routine).is_none() {
        return Err(PlanError::UnknownRoutine {
            routine: routine.to_owned(),
            known: known_routines(library),
        });
    }
    let chosen = store.named_or_current(profile_name)?;
    // The date it counts from follows the one rule (schedule::edit).
    let mut entry = None;
    let plan = store.update_plan(&chosen.id, |plan| {
        entry = Some(plan_routine(plan, routine, days, at, now));
    })?;
    let entry = entry.unwrap_or(PlannedRoutine {
        routine: routine.to_owned().into(),
        days,
        at,
        since: None,
    });
    let profile = store.profile(&chosen.id)?;
    let line = words::plan_line(&entry, &title_of(library, routine));
    let line = match routine_info(library, &profile, routine) {
        Some(info) => t!(
            "cli-plan-entry",
            entry = line,
            about = words::about(info.length)
        ),
        None => line,
    };
    let name = name_of(&profile.name);
    let planned = t!("cli-plan-added", profile = name.as_ref(), entry = line);
    writeln!(out, "{planned}")?;
    if let Some(due) = next_due(&entry, now) {
        let first = t!(
            "cli-plan-first-reminder",
            date = words::short_date(due.date_naive()),
            time = limber_core::words::time_of_day(due.naive_local().time())
        );
        writeln!(out, "{first}")?;
    }
    debug_assert!(plan.get(routine).is_some());
    Ok(())
}

/// `limber plan remove ROUTINE`.
pub fn remove(
    store: &mut Store,
    library: &Library,
    profile_name: Option<&str>,
    routine: &str,
    out: &mut dyn Write,
) -> Result<(), PlanError> {
    let chosen = store.named_or_current(profile_name)?;
    let mut removed = false;
    let plan = store.update_plan(&chosen.id, |plan| removed = plan.remove(routine))?;
    if !removed {
        let planned: Vec<&str> = plan.routines.iter().map(|e| e.routine.as_str()).collect();
        return Err(PlanError::NotPlanned {
            routine: routine.to_owned(),
            profile: chosen.name,
            planned: (!planned.is_empty()).then(|| planned.join(", ")),
        });
    }
    let removed = t!(
        "cli-plan-removed",
        routine = title_of(library, routine),
        profile = name_of(&chosen.name).as_ref()
    );
    writeln!(out, "{removed}")?;
    Ok(())
}

/// `limber plan --ics`: the iCalendar text.
pub fn ics<Tz: TimeZone>(
    store: &mut Store,
    library: &Library,
    profile_name: Option<&str>,
    now: &DateTime<Tz>,
    out: &mut dyn Write,
) -> Result<(), PlanError> {
    let chosen = store.named_or_current(profile_name)?;
    let profile = store.profile(&chosen.id)?;
    let plan = store.plan(&chosen.id)?;
    let describe = |routine: &str| CalendarRoutine::of(library, &profile, routine);
    let text = plan_calendar(&profile.id, &profile.name, &plan, describe, now)?;
    out.write_all(text.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        Utc.from_utc_datetime(&wall)
    }

    fn text(run: impl FnOnce(&mut Vec<u8>) -> Result<(), PlanError>) -> String {
        let mut out = Vec::new();
        run(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn add_show_and_remove_through_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(dir.path()).unwrap();
        let library = Library::shipped().0;
        let now = at("2024-05-15 12:00"); // a Wednesday
        let empty = text(|out| show(&mut store, &library, None, &now, out));
        assert!(
            empty.starts_with("Nothing is planned for Me yet."),
            "{empty}"
        );

        // Planned on Monday morning.
        let monday = at("2024-05-13 06:00");
        let added = text(|out| {
            add(
                &mut store,
                &library,
                None,
                "lower-back",
                "mon-fri".parse().unwrap(),
                "08:00".parse().unwrap(),
                &monday,
                out,
            )
        });
        assert_eq!(
            added,
            "Planned for Me: Lower back, Mon–Fri at 08:00 (about 5 minutes)\nFirst reminder: Mon 13 May at 08:00\n"
        );
        // Monday's session done, nothing else.
        store
            .append_history(limber_core::profile::SessionRecord {
                started_at: at("2024-05-13 08:05").timestamp() as u64,
                routine_id: "lower-back".into(),
                routine_title: "Lower back".into(),
                duration_seconds: 312,
                exercises: Vec::new(),
                pain_before: None,
                pain_after: None,
                ending: None,
            })
            .unwrap();
        let shown = text(|out| show(&mut store, &library, Some("me"), &now, out));
        assert!(
            shown.contains("Plan for Me:\n  Lower back, Mon–Fri at 08:00 (about 5 minutes)\n"),
            "{shown}"
        );
        assert!(
            shown.contains("This week: 1 of 5 planned sessions\n"),
            "{shown}"
        );
        assert!(
            shown.contains("  Mon 13 May  done      08:00 Lower back ✓\n"),
            "{shown}"
        );
        assert!(
            shown.contains("  Tue 14 May  missed    08:00 Lower back\n"),
            "{shown}"
        );
        assert!(
            shown.contains("  Wed 15 May  to come   08:00 Lower back  ← today\n"),
            "{shown}"
        );
        assert!(shown.contains("  Sat 18 May  free\n"), "{shown}");
        assert!(shown.contains(&words::missed_days_are_fine()), "{shown}");
        assert!(
            shown.contains("Next: Lower back at 08:00, Thu 16 May"),
            "{shown}"
        );

        let removed = text(|out| remove(&mut store, &library, None, "lower-back", out));
        assert_eq!(removed, "Lower back is no longer in the plan of Me.\n");
        let id = store.current().id.clone();
        assert!(store.plan(&id).unwrap().is_empty());
    }

    #[test]
    fn a_routine_planned_after_its_time_counts_from_the_next_day() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(dir.path()).unwrap();
        let library = Library::shipped().0;
        let tuesday_evening = at("2024-05-14 21:00");
        let mut out = Vec::new();
        add(
            &mut store,
            &library,
            None,
            "lower-back",
            "daily".parse().unwrap(),
            "08:00".parse().unwrap(),
            &tuesday_evening,
            &mut out,
        )
        .unwrap();
        let id = store.current().id.clone();
        let since = store.plan(&id).unwrap().routines[0].since;
        assert_eq!(since, Some("2024-05-15".parse().unwrap()));
        let thursday = at("2024-05-16 12:00");
        let shown = text(|out| show(&mut store, &library, None, &thursday, out));
        // Mon, Tue free; Wed missed; Thu today; Fri–Sun to come.
        assert!(
            shown.contains("This week: 0 of 5 planned sessions\n"),
            "{shown}"
        );
        assert!(shown.contains("  Tue 14 May  free\n"), "{shown}");
        // Planning it again later keeps the first date.
        add(
            &mut store,
            &library,
            None,
            "lower-back",
            "mon-fri".parse().unwrap(),
            "07:00".parse().unwrap(),
            &thursday,
            &mut out,
        )
        .unwrap();
        assert_eq!(store.plan(&id).unwrap().routines[0].since, since);
    }

    #[test]
    fn unknown_routines_profiles_and_unplanned_removals_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(dir.path()).unwrap();
        let library = Library::shipped().0;
        let now = at("2024-05-15 12:00");
        let mut out = Vec::new();
        let error = add(
            &mut store,
            &library,
            None,
            "neck",
            Days::EVERY_DAY,
            "08:00".parse().unwrap(),
            &now,
            &mut out,
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("there is no routine \"neck\"; routines: "),
            "{error}"
        );
        let error = show(&mut store, &library, Some("Nobody"), &now, &mut out).unwrap_err();
        assert!(
            error.to_string().contains("no profile named \"Nobody\""),
            "{error}"
        );
        let error = remove(&mut store, &library, None, "hips", &mut out).unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"hips\" is not in the plan of Me; planned: nothing"
        );
        let error = ics(&mut store, &library, None, &now, &mut out).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("nothing is planned for Me yet"),
            "{error}"
        );
        // None of this created a profile or a plan file.
        assert_eq!(store.profiles().len(), 1);
        assert!(!dir.path().join("plans").exists());
    }
}
