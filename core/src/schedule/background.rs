//! `limber remind`: runs with no window, shows each profile's reminders at
//! their planned times and carries out the person's answer.
//!
//! [`Reminders`] is the testable heart (one [`Reminders::step`] at a given
//! time, one [`Reminders::answer`]); [`run`] is the thin loop around it
//! with the real clock, the desktop notifier and the app launcher.
//!
//! The loop sleeps until the next planned time or snooze end, but never
//! longer than [`MAX_SLEEP`], then looks at the wall clock again. So a
//! changed plan (another copy of Limber, `limber plan add`) is picked up
//! within that time, and so are a computer waking from sleep (the sleep
//! timer does not count suspended time), a clock set by the network and a
//! new time zone. Looking costs a few `stat` calls: the plan files are
//! re-read only when their size or modification time changed.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, TimeZone};

use crate::content::Library;
use crate::profile::Store;
use crate::schedule::file::ScheduleStamp;
use crate::schedule::notifier::{Answer, Note, NoteKey, Notifier, NotifyError, Reply};
use crate::schedule::plan::WeeklyPlan;
use crate::schedule::reminder::{
    DoneDays, DueReminder, ReminderState, SNOOZE, mark_done_today, mark_shown, needs_attention,
    next_wake, snooze, take_due,
};
use crate::schedule::{routine_info, words};

/// The longest the loop sleeps before looking at the clock and the plan
/// files again.
pub const MAX_SLEEP: Duration = Duration::from_secs(30);

/// After a reminder could not be shown (no notification server yet, e.g.
/// right after login), it is tried again this much later.
pub const RETRY_AFTER: TimeDelta = TimeDelta::seconds(60);

/// Opens Limber on a routine (the reminder's Start).
pub trait Launcher {
    fn open_routine(&self, profile_name: &str, routine: &str) -> io::Result<()>;
}

/// Starts this Limber with the same data: `limber --data-dir DIR
/// [--content DIR] --profile NAME --routine ID`.
#[derive(Debug, Clone)]
pub struct AppLauncher {
    pub exe: PathBuf,
    pub data_dir: PathBuf,
    pub content: Option<PathBuf>,
}

impl AppLauncher {
    /// The command line it runs (shown in the log, tested).
    pub fn command_line(&self, profile_name: &str, routine: &str) -> Vec<String> {
        let mut args = vec![
            "--data-dir".to_owned(),
            self.data_dir.to_string_lossy().into_owned(),
        ];
        if let Some(content) = &self.content {
            args.push("--content".to_owned());
            args.push(content.to_string_lossy().into_owned());
        }
        args.extend([
            "--profile".to_owned(),
            profile_name.to_owned(),
            "--routine".to_owned(),
            routine.to_owned(),
        ]);
        args
    }
}

/// Windows process creation flags for a program started from the app or
/// from `limber remind`: `CREATE_NO_WINDOW` (limber.exe is a console
/// program, and a console window would open beside the app's own) and
/// `CREATE_NEW_PROCESS_GROUP` (a Ctrl+C meant for the starter does not
/// reach it).
#[cfg(windows)]
pub const DETACHED_FLAGS: u32 = 0x0800_0000 | 0x0000_0200;

impl Launcher for AppLauncher {
    fn open_routine(&self, profile_name: &str, routine: &str) -> io::Result<()> {
        let mut command = Command::new(&self.exe);
        command
            .args(self.command_line(profile_name, routine))
            .stdin(Stdio::null());
        #[cfg(windows)]
        {
            use std::os::windows::process::CommandExt;
            command.creation_flags(DETACHED_FLAGS);
        }
        let mut child = command.spawn()?;
        // Reap it when it ends, so no zombie is left while we keep running.
        std::thread::Builder::new()
            .name("limber-app".to_owned())
            .spawn(move || {
                let _ = child.wait();
            })?;
        Ok(())
    }
}

/// Keeps the routines it was asked to open (tests).
#[derive(Debug, Default)]
pub struct RecordingLauncher {
    opened: Mutex<Vec<(String, String)>>,
}

impl RecordingLauncher {
    pub fn opened(&self) -> Vec<(String, String)> {
        self.opened.lock().map(|o| o.clone()).unwrap_or_default()
    }
}

impl Launcher for RecordingLauncher {
    fn open_routine(&self, profile_name: &str, routine: &str) -> io::Result<()> {
        if let Ok(mut opened) = self.opened.lock() {
            opened.push((profile_name.to_owned(), routine.to_owned()));
        }
        Ok(())
    }
}

impl<L: Launcher + ?Sized> Launcher for &L {
    fn open_routine(&self, profile_name: &str, routine: &str) -> io::Result<()> {
        (**self).open_routine(profile_name, routine)
    }
}

/// One profile as the loop last read it.
#[derive(Debug, Clone)]
struct Watched {
    id: String,
    name: String,
    plan: WeeklyPlan,
    state: ReminderState,
}

/// The reminders of every profile in one data dir.
pub struct Reminders<N, L> {
    store: Store,
    notifier: N,
    launcher: L,
    load_library: Box<dyn FnMut() -> Library>,
    watched: Vec<Watched>,
    stamp: Option<ScheduleStamp>,
    /// When a failed reminder is tried again (Unix seconds).
    retry_at: Option<i64>,
    last_error: Option<String>,
}

impl<N: Notifier, L: Launcher> Reminders<N, L> {
    /// `load_library` is called for each reminder shown, so the titles and
    /// lengths follow the content as it is then.
    pub fn new(
        store: Store,
        notifier: N,
        launcher: L,
        load_library: impl FnMut() -> Library + 'static,
    ) -> Reminders<N, L> {
        Reminders {
            store,
            notifier,
            launcher,
            load_library: Box::new(load_library),
            watched: Vec::new(),
            stamp: None,
            retry_at: None,
            last_error: None,
        }
    }

    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The profiles with something planned, as "Name: Lower back Mon–Fri
    /// at 08:00; …" lines (for the log at start).
    pub fn summary(&mut self) -> Vec<String> {
        self.reload_if_changed();
        let library = (self.load_library)();
        self.watched
            .iter()
            .filter(|watched| !watched.plan.is_empty())
            .map(|watched| {
                let plans: Vec<String> = watched
                    .plan
                    .routines
                    .iter()
                    .map(|entry| {
                        let title = library
                            .routine(&entry.routine)
                            .map_or(entry.routine.as_str(), |routine| routine.title.as_str());
                        words::plan_line(entry, title)
                    })
                    .collect();
                format!("{}: {}", watched.name, plans.join("; "))
            })
            .collect()
    }

    /// Shows what is due at `now` (missed reminders once, snoozes that
    /// ended) and returns when to step next (`None`: nothing planned).
    pub fn step<Tz: TimeZone>(&mut self, now: &DateTime<Tz>) -> Option<DateTime<Tz>> {
        self.reload_if_changed();
        let mut failed = false;
        for index in 0..self.watched.len() {
            let watched = self.watched[index].clone();
            if watched.plan.is_empty() && watched.state.routines.is_empty() {
                continue;
            }
            if !needs_attention(&watched.plan, &watched.state, now) {
                continue;
            }
            if self.retry_at.is_some_and(|at| now.timestamp() < at) {
                continue;
            }
            match self.show_due(&watched, now) {
                Ok(all_shown) => failed |= !all_shown,
                Err(error) => self.warn_once(format!("reminders of {}: {error}", watched.name)),
            }
            if let Ok(state) = self.store.reminder_state(&watched.id) {
                self.watched[index].state = state;
            }
        }
        if failed {
            self.retry_at = Some((now.clone() + RETRY_AFTER).timestamp());
        } else if self.retry_at.is_some_and(|at| now.timestamp() >= at) {
            self.retry_at = None;
        }
        let retry = self
            .retry_at
            .and_then(|at| now.timezone().timestamp_opt(at, 0).earliest());
        self.watched
            .iter()
            .filter_map(|watched| next_wake(&watched.plan, &watched.state, now))
            .chain(retry)
            .min()
    }

    /// Carries out the person's answer to a reminder.
    pub fn answer<Tz: TimeZone>(&mut self, answer: &Answer, now: &DateTime<Tz>) {
        let NoteKey {
            profile_id,
            routine,
        } = &answer.key;
        let result = match answer.reply {
            Reply::Start => {
                let name = self
                    .watched
                    .iter()
                    .find(|watched| &watched.id == profile_id)
                    .map(|watched| watched.name.clone());
                match name {
                    Some(name) => {
                        tracing::info!("opening Limber on {routine} for {name}");
                        self.launcher
                            .open_routine(&name, routine)
                            // untranslated: logged with the reminder's answer
                            .map_err(|error| format!("opening Limber: {error}"))
                    }
                    // untranslated: logged with the reminder's answer
                    None => Err(format!("the profile \"{profile_id}\" is gone")),
                }
            }
            Reply::Snooze => {
                tracing::info!("{routine} snoozed for {} min", SNOOZE.num_minutes());
                self.store
                    .update_reminder_state(profile_id, |state| snooze(state, routine, now))
                    .map_err(|error| error.to_string())
            }
            Reply::DoneToday => {
                tracing::info!("{routine} done today: no more reminders of it today");
                self.store
                    .update_reminder_state(profile_id, |state| mark_done_today(state, routine, now))
                    .map_err(|error| error.to_string())
            }
            Reply::Dismissed => {
                tracing::info!("reminder for {routine} closed");
                Ok(())
            }
        };
        if let Err(error) = result {
            tracing::warn!("answering the reminder for {routine}: {error}");
        }
        // Our own write changed the files; re-read at the next step.
        self.stamp = None;
    }

    /// Shows the due reminders of one profile; `Ok(false)` when some could
    /// not be shown (they stay due and are tried again).
    fn show_due<Tz: TimeZone>(
        &mut self,
        watched: &Watched,
        now: &DateTime<Tz>,
    ) -> Result<bool, String> {
        let history = self
            .store
            .history(&watched.id)
            .map_err(|error| error.to_string())?;
        let zone = now.timezone();
        let due = self
            .store
            .update_reminder_state(&watched.id, |state| {
                let done = DoneDays::new(&history, state, &zone);
                take_due(&watched.plan, state, &done, now)
            })
            .map_err(|error| error.to_string())?;
        if due.is_empty() {
            return Ok(true);
        }
        let profile = self
            .store
            .profile(&watched.id)
            .map_err(|error| error.to_string())?;
        let library = (self.load_library)();
        let mut all_shown = true;
        for reminder in &due {
            let note = note_for(&watched.id, reminder, |routine| {
                routine_info(&library, &profile, routine)
            });
            match self.notifier.show(&note) {
                Ok(()) => {
                    tracing::info!("reminder shown: {} ({})", note.title, note.body);
                    self.last_error = None;
                    self.store
                        .update_reminder_state(&watched.id, |state| mark_shown(state, reminder))
                        .map_err(|error| error.to_string())?;
                }
                Err(NotifyError(message)) => {
                    all_shown = false;
                    self.warn_once(format!(
                        "{message}; trying again in {} s",
                        RETRY_AFTER.num_seconds()
                    ));
                }
            }
        }
        Ok(all_shown)
    }

    fn warn_once(&mut self, message: String) {
        if self.last_error.as_ref() != Some(&message) {
            tracing::warn!("{message}");
            self.last_error = Some(message);
        }
    }

    fn reload_if_changed(&mut self) {
        let stamp = self.store.schedule_stamp();
        if self.stamp.as_ref() == Some(&stamp) {
            return;
        }
        if let Err(error) = self.store.refresh() {
            self.warn_once(format!("reading the profiles: {error}"));
            return;
        }
        for notice in self.store.take_notices() {
            tracing::warn!("{notice}");
        }
        let mut watched = Vec::new();
        for summary in self.store.profiles() {
            let plan = match self.store.plan(&summary.id) {
                Ok(plan) => plan,
                Err(error) => {
                    self.warn_once(format!("the plan of {}: {error}", summary.name));
                    continue;
                }
            };
            let state = self.store.reminder_state(&summary.id).unwrap_or_default();
            watched.push(Watched {
                id: summary.id.into(),
                name: summary.name,
                plan,
                state,
            });
        }
        for notice in self.store.take_notices() {
            tracing::warn!("{notice}");
        }
        self.watched = watched;
        // Read after our reads: a file corrupt and kept aside just now
        // changed the folder, and that is already taken into account.
        self.stamp = Some(self.store.schedule_stamp());
    }
}

/// The note for a due reminder. `info` gives the routine's title and
/// length for this profile.
pub fn note_for<Tz: TimeZone>(
    profile_id: &str,
    due: &DueReminder<Tz>,
    info: impl Fn(&str) -> Option<crate::schedule::RoutineInfo>,
) -> Note {
    let info = info(&due.routine);
    let title = info
        .as_ref()
        .map_or(due.routine.as_str(), |info| info.title.as_str());
    Note {
        key: NoteKey {
            profile_id: profile_id.to_owned(),
            routine: due.routine.clone(),
        },
        title: words::reminder_title(title, info.as_ref().map(|info| info.length)),
        body: words::reminder_body(due.kind, due.planned.naive_local()),
    }
}

/// Held while `limber remind` runs for a data dir, so a second one (at
/// login and by hand) does not show every reminder twice. The OS releases
/// it when the process ends, however it ends.
pub struct SingleInstance {
    _file: File,
}

/// How often, and how far apart, a starting `limber remind` tries the lock
/// before it steps aside: [`is_running`] holds it for an instant, which
/// must not turn a real start away.
const ACQUIRE_TRIES: u32 = 5;
const ACQUIRE_PAUSE: Duration = Duration::from_millis(40);

fn lock_path(data_dir: &Path) -> PathBuf {
    data_dir.join(".remind.lock")
}

impl SingleInstance {
    /// `Ok(None)` when another `limber remind` holds the data dir.
    pub fn acquire(data_dir: &Path) -> io::Result<Option<SingleInstance>> {
        std::fs::create_dir_all(data_dir)?;
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path(data_dir))?;
        for attempt in 1..=ACQUIRE_TRIES {
            match file.try_lock() {
                Ok(()) => return Ok(Some(SingleInstance { _file: file })),
                Err(std::fs::TryLockError::WouldBlock) if attempt < ACQUIRE_TRIES => {
                    std::thread::sleep(ACQUIRE_PAUSE);
                }
                Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
                Err(std::fs::TryLockError::Error(error)) => return Err(error),
            }
        }
        Ok(None)
    }
}

/// Whether a `limber remind` runs for `data_dir` now (it holds the lock).
/// Never creates anything: no data dir or no lock file means not running.
pub fn is_running(data_dir: &Path) -> io::Result<bool> {
    let file = match OpenOptions::new().read(true).open(lock_path(data_dir)) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(error),
    };
    match file.try_lock_shared() {
        // Released when `file` is dropped, at once.
        Ok(()) => Ok(false),
        Err(std::fs::TryLockError::WouldBlock) => Ok(true),
        Err(std::fs::TryLockError::Error(error)) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::notifier::RecordingNotifier;
    use crate::schedule::plan::PlannedRoutine;
    use chrono::{NaiveDateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        Utc.from_utc_datetime(&wall)
    }

    fn library() -> Library {
        Library::shipped().0
    }

    struct Setup {
        _dir: tempfile::TempDir,
        data_dir: PathBuf,
        notifier: RecordingNotifier,
        launcher: RecordingLauncher,
    }

    fn setup(days: &str, time: &str) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data");
        let (mut store, _) = Store::open(&data_dir).unwrap();
        let id = store.current().id.clone();
        store
            .update_plan(&id, |plan| {
                plan.set(PlannedRoutine {
                    routine: "lower-back".into(),
                    days: days.parse().unwrap(),
                    at: time.parse().unwrap(),
                    since: None,
                })
            })
            .unwrap();
        Setup {
            _dir: dir,
            data_dir,
            notifier: RecordingNotifier::default(),
            launcher: RecordingLauncher::default(),
        }
    }

    fn reminders(setup: &Setup) -> Reminders<&RecordingNotifier, &RecordingLauncher> {
        let (store, _) = Store::open(&setup.data_dir).unwrap();
        Reminders::new(store, &setup.notifier, &setup.launcher, library)
    }

    #[test]
    fn the_reminder_is_shown_at_its_time_with_the_routine_and_its_length() {
        let setup = setup("daily", "08:00");
        let mut reminders = reminders(&setup);
        assert_eq!(
            reminders.step(&at("2024-05-13 07:00")),
            Some(at("2024-05-13 08:00"))
        );
        assert!(setup.notifier.shown().is_empty());
        let next = reminders.step(&at("2024-05-13 08:00"));
        assert_eq!(next, Some(at("2024-05-14 08:00")));
        let shown = setup.notifier.shown();
        assert_eq!(shown.len(), 1);
        // The shipped Lower back for a new profile takes about 5 minutes.
        assert_eq!(shown[0].title, "Time for Lower back — about 5 minutes");
        assert!(
            shown[0].body.starts_with("Planned for 08:00"),
            "{}",
            shown[0].body
        );
        assert_eq!(shown[0].key.routine, "lower-back");
        // Not again.
        reminders.step(&at("2024-05-13 08:00"));
        assert_eq!(setup.notifier.shown().len(), 1);
    }

    #[test]
    fn a_restart_neither_repeats_nor_loses_a_reminder() {
        let setup = setup("daily", "08:00");
        {
            let mut first = reminders(&setup);
            first.step(&at("2024-05-13 07:00"));
            first.step(&at("2024-05-13 08:00"));
        }
        // A new process the same morning: nothing new.
        let mut second = reminders(&setup);
        second.step(&at("2024-05-13 09:00"));
        assert_eq!(setup.notifier.shown().len(), 1);
        // Off for three days, back on Thursday: one reminder, not three.
        let mut third = reminders(&setup);
        third.step(&at("2024-05-16 10:00"));
        third.step(&at("2024-05-16 10:00"));
        let shown = setup.notifier.shown();
        assert_eq!(shown.len(), 2);
        assert!(
            shown[1].body.contains("any time today"),
            "{}",
            shown[1].body
        );
    }

    #[test]
    fn answers_snooze_mark_done_and_open_the_app() {
        let setup = setup("daily", "08:00");
        let mut reminders = reminders(&setup);
        reminders.step(&at("2024-05-13 07:00"));
        reminders.step(&at("2024-05-13 08:00"));
        let key = setup.notifier.shown()[0].key.clone();
        let answer = |reply| Answer {
            key: key.clone(),
            reply,
        };
        reminders.answer(&answer(Reply::Snooze), &at("2024-05-13 08:01"));
        // The snooze survives in the file and drives the next wake.
        assert_eq!(
            reminders.step(&at("2024-05-13 08:05")),
            Some(at("2024-05-13 08:11"))
        );
        reminders.step(&at("2024-05-13 08:11"));
        let shown = setup.notifier.shown();
        assert_eq!(shown.len(), 2);
        assert!(shown[1].body.starts_with("Snoozed from 08:00"));
        reminders.answer(&answer(Reply::Start), &at("2024-05-13 08:12"));
        assert_eq!(
            setup.launcher.opened(),
            vec![("Me".to_owned(), "lower-back".to_owned())]
        );
        reminders.answer(&answer(Reply::Snooze), &at("2024-05-13 08:13"));
        reminders.answer(&answer(Reply::DoneToday), &at("2024-05-13 08:14"));
        reminders.step(&at("2024-05-13 08:30"));
        assert_eq!(setup.notifier.shown().len(), 2);
    }

    #[test]
    fn a_session_done_before_the_time_silences_it() {
        let setup = setup("daily", "08:00");
        let mut reminders = reminders(&setup);
        reminders.step(&at("2024-05-13 06:00"));
        reminders
            .store()
            .append_history(crate::profile::SessionRecord {
                started_at: at("2024-05-13 07:00").timestamp() as u64,
                routine_id: "lower-back".into(),
                routine_title: "Lower back".into(),
                duration_seconds: 320,
                exercises: Vec::new(),
                pain_before: None,
                pain_after: None,
                ending: None,
            })
            .unwrap();
        reminders.step(&at("2024-05-13 08:00"));
        assert!(setup.notifier.shown().is_empty());
    }

    #[test]
    fn a_failed_notification_is_tried_again_not_lost() {
        let setup = setup("daily", "08:00");
        let mut reminders = reminders(&setup);
        reminders.step(&at("2024-05-13 07:00"));
        setup.notifier.fail_with(Some("no notification server"));
        let next = reminders.step(&at("2024-05-13 08:00"));
        assert_eq!(next, Some(at("2024-05-13 08:01")));
        setup.notifier.fail_with(None);
        reminders.step(&at("2024-05-13 08:00"));
        assert!(setup.notifier.shown().is_empty(), "retried too soon");
        reminders.step(&at("2024-05-13 08:01"));
        assert_eq!(setup.notifier.shown().len(), 1);
    }

    #[test]
    fn a_plan_added_while_running_is_picked_up() {
        let setup = setup("sat", "10:00");
        let mut reminders = reminders(&setup);
        // Monday: next is Saturday.
        assert_eq!(
            reminders.step(&at("2024-05-13 07:00")),
            Some(at("2024-05-18 10:00"))
        );
        // Another copy adds hips at 09:00 daily.
        let (mut other, _) = Store::open(&setup.data_dir).unwrap();
        let id = other.current().id.clone();
        other
            .update_plan(&id, |plan| {
                plan.set(PlannedRoutine {
                    routine: "hips".into(),
                    days: "daily".parse().unwrap(),
                    at: "09:00".parse().unwrap(),
                    since: None,
                })
            })
            .unwrap();
        assert_eq!(
            reminders.step(&at("2024-05-13 07:01")),
            Some(at("2024-05-13 09:00"))
        );
    }

    #[test]
    fn the_app_is_opened_with_the_same_data() {
        let launcher = AppLauncher {
            exe: PathBuf::from("/usr/bin/limber"),
            data_dir: PathBuf::from("/home/a b/Limber"),
            content: None,
        };
        assert_eq!(
            launcher.command_line("Anna", "hips"),
            vec![
                "--data-dir",
                "/home/a b/Limber",
                "--profile",
                "Anna",
                "--routine",
                "hips"
            ]
        );
    }

    #[test]
    fn a_second_background_copy_steps_aside() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_running(dir.path()).unwrap());
        let first = SingleInstance::acquire(dir.path()).unwrap();
        assert!(first.is_some());
        assert!(is_running(dir.path()).unwrap());
        assert!(SingleInstance::acquire(dir.path()).unwrap().is_none());
        drop(first);
        assert!(!is_running(dir.path()).unwrap());
        assert!(SingleInstance::acquire(dir.path()).unwrap().is_some());
    }

    #[test]
    fn asking_whether_it_runs_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no such folder");
        assert!(!is_running(&missing).unwrap());
        assert!(!missing.exists());
    }
}
