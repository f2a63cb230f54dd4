//! How reminders run, as the app's Plan screen sees and changes it: "start
//! at login" on or off, whether a `limber remind` runs now for this data
//! folder, and starting one.
//!
//! Behind a trait so screen tests change nothing on the machine: the app
//! gets its `platform::reminders::SystemReminders`, tests a
//! [`FakeReminders`]. Every
//! call may touch the disk or start a process: the app makes them in
//! tasks, never inside `update`.

use std::sync::Mutex;

/// How reminders run now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderStatus {
    /// "Start at login" is on; `Err` says why it cannot be known.
    pub at_login: Result<bool, String>,
    /// A `limber remind` runs for this data folder now.
    pub running: Result<bool, String>,
}

pub trait ReminderService: Send + Sync {
    fn status(&self) -> ReminderStatus;
    /// Turns "start at login" on or off; returns where, in words.
    fn set_at_login(&self, on: bool) -> Result<String, String>;
    /// Starts `limber remind` for this data folder, apart from the app (it
    /// keeps running when the window closes). Starting it while one runs
    /// is harmless: the second steps aside.
    fn start_now(&self) -> Result<(), String>;
}

/// A stand-in for tests: remembers "start at login" and whether it was
/// started, and can be told to fail.
#[derive(Debug, Default)]
pub struct FakeReminders {
    state: Mutex<FakeState>,
}

#[derive(Debug, Default, Clone)]
struct FakeState {
    at_login: bool,
    running: bool,
    starts: usize,
    failure: Option<String>,
}

impl FakeReminders {
    fn with<R>(&self, f: impl FnOnce(&mut FakeState) -> R) -> R {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut state)
    }

    /// How many times `start_now` was asked.
    pub fn starts(&self) -> usize {
        self.with(|state| state.starts)
    }

    pub fn at_login(&self) -> bool {
        self.with(|state| state.at_login)
    }

    /// As if a `limber remind` started or ended outside the app.
    pub fn set_running(&self, running: bool) {
        self.with(|state| state.running = running);
    }

    /// Every change fails with `message` (or works again with `None`).
    pub fn fail_with(&self, message: Option<&str>) {
        self.with(|state| state.failure = message.map(str::to_owned));
    }
}

impl ReminderService for FakeReminders {
    fn status(&self) -> ReminderStatus {
        self.with(|state| ReminderStatus {
            at_login: Ok(state.at_login),
            running: Ok(state.running),
        })
    }

    fn set_at_login(&self, on: bool) -> Result<String, String> {
        self.with(|state| {
            if let Some(failure) = &state.failure {
                return Err(failure.clone());
            }
            state.at_login = on;
            Ok("the test's login items".to_owned()) // untranslated: a test double
        })
    }

    fn start_now(&self) -> Result<(), String> {
        self.with(|state| {
            if let Some(failure) = &state.failure {
                return Err(failure.clone());
            }
            state.starts += 1;
            state.running = true;
            Ok(())
        })
    }
}
