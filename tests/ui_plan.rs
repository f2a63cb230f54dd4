//! The weekly plan in the app: a plan made on the Plan screen with the mouse and
//! the keyboard, its week on Home after a restart (with the fake clock's
//! fixed wall clock: Monday 2 March 2026, 09:00 UTC), a reminder missed
//! while the app was closed shown once, "Done today", the planned days on
//! History, the calendar file saved from the app and read back by an
//! independent parser, and how reminders run, with stand-ins that change
//! nothing on this machine.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::ui::dialog::ChosenPath;
use limber::ui::platform::Platform;
use limber::ui::screen::plan::Message as P;
use limber::ui::{App, Message, Options, Screen};
use limber_core::content::Library;
use limber_core::profile::{SessionRecord, Store};
use limber_core::schedule::service::FakeReminders;
use limber_core::schedule::{DayStatus, PlannedRoutine, WeeklyPlan, words};
use limber_core::testing::{FAKE_UNIX_START, FakeClock, RecordingPlayer};

const HOUR: u64 = 60 * 60;
const DAY: u64 = 24 * HOUR;

/// Every test here calls this first, before it starts a thread or reads
/// a date, so all of them see the same zone: dates and "today" are UTC.
fn utc() {
    static ONCE: Once = Once::new();
    // SAFETY: every test of this binary calls this before anything else
    // (the others wait on the `Once`); nothing here reads the environment
    // from C while it is set.
    ONCE.call_once(|| unsafe { std::env::set_var("TZ", "UTC") });
}

struct Desk {
    reminders: Arc<FakeReminders>,
    dialog: Arc<ChosenPath>,
}

impl Desk {
    fn new() -> Desk {
        Desk {
            reminders: Arc::new(FakeReminders::default()),
            dialog: Arc::new(ChosenPath::default()),
        }
    }

    fn platform(&self) -> Platform {
        Platform {
            reminders: self.reminders.clone(),
            save_dialog: self.dialog.clone(),
        }
    }
}

/// The app on the data in `dir`, its clock `after` the fixed start.
fn open_at(dir: &Path, after: Duration, desk: &Desk) -> App {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    let (store, _) = Store::open(dir).expect("store opens");
    let clock = Arc::new(FakeClock::new(Instant::now()));
    clock.advance(after);
    let (mut app, boot) = App::new(Options {
        library,
        store,
        notices: Vec::new(),
        audio: Box::new(RecordingPlayer::new()),
        clock,
        routine: None,
        platform: desk.platform(),
        speaker: Box::new(limber_core::speech::SilentSpeaker::default()),
    })
    .expect("the app starts");
    common::run(&mut app, boot);
    app
}

fn first_run(dir: &Path) -> String {
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    store.current().id.clone().into()
}

fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), common::SIZE, app.view());
        if let Err(error) = ui.click(label) {
            panic!("cannot click {label:?} on {}: {error:?}", app.title());
        }
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    common::send(app, messages);
}

/// Clicks into the text field showing `value` and presses Enter there.
fn enter_in_field(app: &mut App, value: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), common::SIZE, app.view());
        ui.click(value).expect("the field is on screen");
        let _ = ui.tap_key(Key::Named(Named::Enter));
        ui.into_messages().collect()
    };
    common::send(app, messages);
}

/// Whether `label` is on screen now (laid out and visible).
fn sees(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), common::SIZE, app.view());
    ui.find(label)
        .is_ok_and(|target| target.visible_bounds().is_some())
}

fn plan_of(app: &App) -> WeeklyPlan {
    app.planned().plan().cloned().expect("the plan was read")
}

fn session(started_at: u64, routine: &str) -> SessionRecord {
    SessionRecord {
        started_at,
        routine_id: routine.into(),
        routine_title: if routine == "hips" {
            "Hips"
        } else {
            "Lower back"
        }
        .into(),
        duration_seconds: 312,
        exercises: Vec::new(),
        pain_before: None,
        pain_after: None,
        ending: None,
    }
}

#[test]
fn a_plan_made_on_the_plan_screen_shows_its_week_after_a_restart() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    let id = first_run(dir.path());
    let desk = Desk::new();

    // Monday 09:00, nothing planned: Home invites, quietly.
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    assert!(sees(&app, &words::plan_invitation()));
    assert!(sees(&app, &words::make_a_plan()));
    click(&mut app, "Plan");
    assert_eq!(app.title(), "Limber — Plan");
    // Reminders are not running here: the subtitle does not promise them.
    assert!(sees(&app, &words::plan_intro(Some(false))));

    // With the mouse: Lower back (Mon–Fri at 08:00), ten hours later.
    click(&mut app, "+ Lower back");
    let entry = plan_of(&app).get("lower-back").cloned().expect("planned");
    assert_eq!(entry.days, "mon-fri".parse().unwrap());
    // 08:00 had passed on Monday at 09:00: it counts from Tuesday.
    assert_eq!(entry.since, Some("2026-03-03".parse().unwrap()));
    for _ in 0..10 {
        click(&mut app, "+");
    }
    let entry = plan_of(&app).get("lower-back").cloned().expect("planned");
    assert_eq!(entry.at.to_string(), "18:00");
    // Moved before its first day came: now it counts from today.
    assert_eq!(entry.since, Some("2026-03-02".parse().unwrap()));

    // With the keyboard: a time that does not read, then one that does.
    common::send(
        &mut app,
        vec![Message::Plan(P::TimeTyped(
            "lower-back".into(),
            "7:30pm".into(),
        ))],
    );
    enter_in_field(&mut app, "7:30pm");
    assert!(sees(
        &app,
        "Write the time like 08:00 or 18:30, then press Enter."
    ));
    assert_eq!(plan_of(&app).routines[0].at.to_string(), "18:00");
    common::send(
        &mut app,
        vec![Message::Plan(P::TimeTyped(
            "lower-back".into(),
            "18:30".into(),
        ))],
    );
    enter_in_field(&mut app, "18:30");
    assert_eq!(plan_of(&app).routines[0].at.to_string(), "18:30");
    // Not on Fridays.
    click(&mut app, "Fri");
    assert_eq!(plan_of(&app).routines[0].days, "mon-thu".parse().unwrap());
    common::key(&mut app, Key::Named(Named::Escape));
    assert!(matches!(app.screen(), Screen::Home(_)));
    assert!(sees(&app, "Today: Lower back at 18:30 (about 5 minutes)"));
    drop(app);

    // On disk, through the store, as `limber plan` and `limber remind`
    // read it; the reminder state already follows the plan.
    let (mut store, _) = Store::open(dir.path()).expect("store reopens");
    let plan = store.plan(&id).expect("plan reads");
    assert_eq!(
        plan.routines,
        vec![PlannedRoutine {
            routine: "lower-back".into(),
            days: "mon-thu".parse().unwrap(),
            at: "18:30".parse().unwrap(),
            since: Some("2026-03-02".parse().unwrap()),
        }]
    );
    let state = store.reminder_state(&id).expect("reminder state reads");
    let kept = &state.routines["lower-back"];
    assert_eq!(kept.at.to_string(), "18:30");
    assert_eq!(kept.handled_through, FAKE_UNIX_START as i64);

    // Done on Monday and Wednesday evening; Tuesday went by.
    for started in [
        FAKE_UNIX_START + 9 * HOUR + 40 * 60,
        FAKE_UNIX_START + 2 * DAY + 9 * HOUR + 40 * 60,
    ] {
        store
            .append_history(session(started, "lower-back"))
            .expect("append");
    }
    drop(store);

    // Thursday 19:00: today's 18:30 passed while the app was closed.
    let thursday = Duration::from_secs(3 * DAY + 10 * HOUR);
    let mut app = open_at(dir.path(), thursday, &desk);
    assert!(sees(&app, "Time for Lower back — about 5 minutes"));
    assert!(sees(
        &app,
        "It was planned for 18:30; any time today is fine."
    ));
    assert!(sees(&app, "This week: 2 of 4 planned sessions"));
    assert!(sees(
        &app,
        "1 planned day kept · Missed days are fine — start gently again."
    ));
    let week: Vec<DayStatus> = app
        .planned()
        .progress()
        .expect("worked out")
        .week
        .days
        .iter()
        .map(|day| day.status)
        .collect();
    use DayStatus::*;
    assert_eq!(week, vec![Kept, Missed, Kept, ToCome, Free, Free, Free]);

    click(&mut app, "Done today");
    assert!(!sees(&app, "Time for Lower back — about 5 minutes"));
    assert!(sees(&app, "This week: 3 of 4 planned sessions"));
    assert!(sees(
        &app,
        "2 planned days kept in a row · Missed days are fine — start gently again."
    ));
    drop(app);

    // Five minutes later: the reminder is not shown again, the day stays
    // done, and History marks the planned days.
    let later = thursday + Duration::from_secs(5 * 60);
    let mut app = open_at(dir.path(), later, &desk);
    assert!(!sees(&app, "Time for Lower back — about 5 minutes"));
    assert!(sees(&app, "This week: 3 of 4 planned sessions"));
    click(&mut app, "History");
    let Screen::History(history) = app.screen() else {
        panic!("not on History: {}", app.title());
    };
    let weeks = history.planned_days();
    assert_eq!(weeks.len(), 8);
    let this_week: Vec<DayStatus> = weeks[7].days.iter().map(|day| day.status).collect();
    assert_eq!(this_week, vec![Kept, Missed, Kept, Kept, Free, Free, Free]);
    assert!(weeks[..7].iter().all(|week| week.planned == 0));
    assert!(sees(&app, "Planned days"));
    assert!(sees(&app, "3 of 4"));
}

#[test]
fn a_missed_reminder_is_answered_from_home_with_start_or_snooze() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    let id = first_run(dir.path());
    let desk = Desk::new();
    // Planned on Monday at 09:00 for 18:00 every day; nothing else.
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    click(&mut app, "Make a plan");
    click(&mut app, "+ Hips");
    for _ in 0..10 {
        click(&mut app, "+");
    }
    for day in ["Sat", "Sun"] {
        click(&mut app, day);
    }
    assert_eq!(plan_of(&app).routines[0].days, "daily".parse().unwrap());
    drop(app);

    // Back on Wednesday at 08:00: Monday's and Tuesday's 18:00 went by;
    // one reminder, for the latest, worded for a day gone by.
    let wednesday = Duration::from_secs(2 * DAY - HOUR);
    let mut app = open_at(dir.path(), wednesday, &desk);
    let notices = app.planned().notices().to_vec();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].title, "Time for Hips — about 3 minutes");
    assert_eq!(
        notices[0].body,
        "It was planned for Tuesday, 18:00. Missed days are fine — start gently again."
    );
    click(&mut app, "Snooze 10 min");
    assert!(app.planned().notices().is_empty());
    let (mut store, _) = Store::open(dir.path()).expect("store");
    let snoozed = store.reminder_state(&id).expect("state").routines["hips"].snoozed_until;
    assert_eq!(
        snoozed,
        Some((FAKE_UNIX_START + 2 * DAY - HOUR + 10 * 60) as i64)
    );
    drop(store);
    drop(app);

    // Twenty minutes later the snooze has ended: shown again, once, and
    // Start opens the routine.
    let mut app = open_at(dir.path(), wednesday + Duration::from_secs(20 * 60), &desk);
    assert_eq!(app.planned().notices().len(), 1);
    assert!(sees(&app, "Snoozed from 18:00. Ready when you are."));
    click(&mut app, "Start");
    assert_eq!(app.title(), "Limber — Hips");
    let app = open_at(dir.path(), wednesday + Duration::from_secs(21 * 60), &desk);
    assert!(app.planned().notices().is_empty(), "shown once");
}

#[test]
fn the_calendar_file_saved_from_the_plan_screen_is_read_by_another_parser() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    let id = first_run(dir.path());
    let (mut store, _) = Store::open(dir.path()).expect("store");
    store
        .update_plan(&id, |plan| {
            plan.set(PlannedRoutine {
                routine: "lower-back".into(),
                days: "mon,wed,fri".parse().unwrap(),
                at: "08:00".parse().unwrap(),
                since: None,
            })
        })
        .expect("plan");
    drop(store);
    let desk = Desk::new();
    let path = dir.path().join("my calendar.ics");
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    click(&mut app, "Plan");

    // Cancelled: nothing written, and the screen says how else to get it.
    click(&mut app, &words::save_to_calendar());
    assert_eq!(desk.dialog.asked().len(), 1);
    assert_eq!(desk.dialog.asked()[0].file_name, "limber-plan-me.ics");
    assert!(!path.exists());
    assert!(sees(&app, &words::calendar_not_saved()));
    desk.dialog.set_answer(Some(path.clone()));
    click(&mut app, &words::save_to_calendar());
    let text = std::fs::read_to_string(&path).expect("the calendar file was written");
    assert!(sees(&app, &words::calendar_saved(&path)));
    assert!(!sees(&app, &words::calendar_not_saved()));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");

    // Python's icalendar (Debian's python3-icalendar, set up by
    // scripts/setup.sh), not the crate that wrote it.
    let read = python_icalendar(&path);
    assert_eq!(
        read,
        "VCALENDAR 2.0 -//Limber//Limber plan//EN\n\
         VEVENT lower-back.me.plan@limber | Lower back — Limber | 2026-03-02T08:00:00 | \
         {'FREQ': ['WEEKLY'], 'BYDAY': ['MO', 'WE', 'FR']} | 0:05:00\n\
         VALARM DISPLAY 0:00:00 Time for Lower back — about 5 minutes\n",
        "{text}"
    );
}

/// The calendar as Python's icalendar reads it, one line per component.
fn python_icalendar(path: &PathBuf) -> String {
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print('VCALENDAR', cal['VERSION'], cal['PRODID'])
for event in cal.walk('VEVENT'):
    rrule = {k: [str(v) for v in vs] for k, vs in event['RRULE'].items()}
    print('VEVENT', event['UID'], '|', event['SUMMARY'], '|',
          event.decoded('DTSTART').isoformat(), '|', rrule, '|',
          event.decoded('DURATION'))
    for alarm in event.walk('VALARM'):
        print('VALARM', alarm['ACTION'], alarm.decoded('TRIGGER'), alarm['DESCRIPTION'])
"#;
    // Linux: the system's Python, where python3-icalendar goes. Elsewhere
    // the one on PATH (`pip install icalendar`); Windows names it `python`.
    let python = if cfg!(target_os = "linux") {
        "/usr/bin/python3"
    } else if cfg!(windows) {
        "python"
    } else {
        "python3"
    };
    let output = std::process::Command::new(python)
        .args(["-c", script])
        // The summary has a dash: UTF-8 out, whatever the console's code page.
        .env("PYTHONIOENCODING", "utf-8")
        .arg(path)
        .output()
        .expect("python3 runs (scripts/setup.sh installs python3-icalendar)");
    assert!(
        output.status.success(),
        "python3 icalendar could not read the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Python writes "\r\n" line ends to a pipe on Windows.
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .replace("\r\n", "\n")
}

#[test]
fn how_reminders_run_is_shown_and_changed_from_the_plan_screen() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    first_run(dir.path());
    let desk = Desk::new();
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    click(&mut app, "Plan");
    assert!(sees(
        &app,
        "Reminders are not running now. They do not start by themselves when you log in."
    ));
    click(&mut app, &words::start_reminders_now());
    assert_eq!(desk.reminders.starts(), 1);
    assert!(sees(
        &app,
        "Reminders are running now. They do not start by themselves when you log in."
    ));
    // Running already: the button asks for nothing more.
    let mut ui = Simulator::with_size(Default::default(), common::SIZE, app.view());
    ui.click(words::start_reminders_now()).expect("still shown");
    assert_eq!(ui.into_messages().count(), 0);

    // Start at login: the toggle (its label is drawn, not a text to click).
    common::send(&mut app, vec![Message::Plan(P::AtLogin(true))]);
    assert!(desk.reminders.at_login());
    assert!(sees(
        &app,
        "Reminders are running now. They start by themselves when you log in."
    ));
    desk.reminders.fail_with(Some("no folder for login items"));
    common::send(&mut app, vec![Message::Plan(P::AtLogin(false))]);
    assert!(desk.reminders.at_login(), "unchanged");
    assert!(sees(&app, "no folder for login items"));
}

#[test]
fn a_routine_is_taken_off_the_plan_only_when_confirmed() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    first_run(dir.path());
    let desk = Desk::new();
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    click(&mut app, "Plan");
    click(&mut app, "+ Lower back");
    click(&mut app, "+ Hips");
    assert_eq!(plan_of(&app).routines.len(), 2);
    click(&mut app, "Take off the plan…");
    assert!(sees(
        &app,
        "Take Lower back off the plan? The sessions you did stay in your history."
    ));
    click(&mut app, "Keep it");
    assert_eq!(plan_of(&app).routines.len(), 2);
    click(&mut app, "Take off the plan…");
    click(&mut app, "Take it off");
    let left: Vec<String> = plan_of(&app)
        .routines
        .iter()
        .map(|entry| entry.routine.to_string())
        .collect();
    assert_eq!(left, vec!["hips".to_owned()]);
    // Every day off: kept in the plan, never reminded, nothing to count.
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"] {
        click(&mut app, day);
    }
    assert!(sees(&app, &words::no_days()));
    assert!(!plan_of(&app).has_planned_days());
    click(&mut app, "← Back");
    assert!(app.planned().progress().is_none());
    assert!(!sees(&app, &words::plan_invitation()), "there is a plan");
}

#[test]
fn another_profile_opens_with_its_own_plan() {
    utc();
    let dir = tempfile::tempdir().expect("temp dir");
    first_run(dir.path());
    let (mut store, _) = Store::open(dir.path()).expect("store");
    let sam = store.create("Sam").expect("create");
    store
        .update_plan(&sam.id, |plan| {
            plan.set(PlannedRoutine {
                routine: "hips".into(),
                days: "daily".parse().unwrap(),
                at: "20:00".parse().unwrap(),
                since: Some("2026-03-01".parse().unwrap()),
            })
        })
        .expect("plan");
    drop(store);
    let desk = Desk::new();
    let mut app = open_at(dir.path(), Duration::ZERO, &desk);
    assert!(plan_of(&app).is_empty());
    common::send(
        &mut app,
        vec![Message::Home(
            limber::ui::screen::home::Message::SwitchProfile(limber::ui::ProfileChoice {
                id: sam.id.clone().into(),
                name: "Sam".into(),
            }),
        )],
    );
    // Sam has not read the safety page yet.
    click(&mut app, "I have read this");
    assert_eq!(app.profile().name, "Sam");
    assert_eq!(plan_of(&app).routines[0].routine, "hips");
    assert!(sees(&app, "This week: 0 of 7 planned sessions"));
    assert!(sees(&app, "Today: Hips at 20:00 (about 3 minutes)"));
}
