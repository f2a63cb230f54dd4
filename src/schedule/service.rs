//! How reminders run, as the app's Plan screen sees and changes it: "start
//! at login" on or off ([`autostart`](crate::schedule::autostart)), whether
//! a `limber remind` runs now for this data folder, and starting one.
//!
//! Behind a trait so screen tests change nothing on the machine: the app
//! gets a [`SystemReminders`] from `main`, tests a [`FakeReminders`]. Every
//! call may touch the disk or start a process: the app makes them in
//! tasks, never inside `update`.

use std::io;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use crate::schedule::autostart::{self, AutostartCommand};
use crate::schedule::background;

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

/// The real thing: this Limber's program with the arguments that select
/// the same data (the same command "start at login" writes).
#[derive(Debug, Clone)]
pub struct SystemReminders {
    /// `limber [--data-dir DIR] [--content DIR] remind`.
    pub command: AutostartCommand,
    /// The data folder `limber remind` locks while it runs.
    pub data_dir: PathBuf,
}

impl ReminderService for SystemReminders {
    fn status(&self) -> ReminderStatus {
        ReminderStatus {
            at_login: autostart::is_enabled().map_err(|error| error.to_string()),
            running: background::is_running(&self.data_dir)
                .map_err(|error| format!("{}: {error}", self.data_dir.display())),
        }
    }

    fn set_at_login(&self, on: bool) -> Result<String, String> {
        if on {
            autostart::enable(&self.command)
        } else {
            autostart::disable()
        }
        .map_err(|error| error.to_string())
    }

    fn start_now(&self) -> Result<(), String> {
        // Already running: nothing to start (a second copy would only step
        // aside, and until it has, two would be seen running).
        if background::is_running(&self.data_dir).unwrap_or(false) {
            return Ok(());
        }
        let ended = spawn_detached(&self.command).map_err(|error| {
            format!(
                "starting {} remind: {error}",
                self.command.exe.to_string_lossy()
            )
        })?;
        // Wait until it holds its lock, so the status asked next is true;
        // a copy that ends at once (a broken data folder) is an error,
        // unless another one runs (then this one stepped aside).
        let started = Instant::now();
        while started.elapsed() < START_WAIT {
            if background::is_running(&self.data_dir).unwrap_or(false) {
                return Ok(());
            }
            if let Ok(status) = ended.try_recv() {
                if background::is_running(&self.data_dir).unwrap_or(false) {
                    return Ok(());
                }
                return Err(format!("limber remind ended at once ({status})"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }
}

/// How long "Start reminders now" waits for `limber remind` to take its
/// lock before it reports what it sees.
const START_WAIT: Duration = Duration::from_secs(3);

/// Starts `command` with no terminal and in its own process group, so
/// closing the window (or the terminal it was started from) does not end
/// it. A thread reaps it should it end while the app runs, and says how it
/// ended on the returned channel.
fn spawn_detached(command: &AutostartCommand) -> io::Result<mpsc::Receiver<String>> {
    let mut builder = Command::new(&command.exe);
    builder
        .args(&command.args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        builder.process_group(0);
    }
    #[cfg(windows)]
    {
        // limber.exe is a console program: without this Windows would open
        // a console window for the background loop, and closing it would
        // end the reminders.
        use std::os::windows::process::CommandExt;
        builder.creation_flags(crate::schedule::background::DETACHED_FLAGS);
    }
    let mut child = builder.spawn()?;
    let (ended, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("limber-remind-reaper".to_owned())
        .spawn(move || {
            let status = match child.wait() {
                Ok(status) => status.to_string(),
                Err(error) => error.to_string(),
            };
            let _ = ended.send(status);
        })?;
    Ok(receiver)
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
            Ok("the test's login items".to_owned())
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A real process started detached: `sh -c 'echo started > FILE'`.
    #[test]
    fn start_now_runs_the_command_apart_from_us() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("started");
        let service = SystemReminders {
            command: AutostartCommand {
                exe: PathBuf::from("/bin/sh"),
                args: vec![
                    "-c".to_owned(),
                    format!("echo started > '{}'", marker.display()),
                ],
            },
            data_dir: dir.path().to_path_buf(),
        };
        assert_eq!(service.status().running, Ok(false));
        // It ends at once without taking the lock: said so.
        let error = service.start_now().unwrap_err();
        assert!(
            error.starts_with("limber remind ended at once (exit status: 0"),
            "{error}"
        );
        for _ in 0..200 {
            if std::fs::read_to_string(&marker).is_ok_and(|text| text == "started\n") {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the detached command never ran");
    }

    #[test]
    fn a_program_that_is_not_there_is_a_clear_error() {
        let service = SystemReminders {
            command: AutostartCommand {
                exe: PathBuf::from("/nonexistent/limber"),
                args: vec!["remind".to_owned()],
            },
            data_dir: PathBuf::from("/nonexistent"),
        };
        let error = service.start_now().unwrap_err();
        assert!(
            error.starts_with("starting /nonexistent/limber remind: "),
            "{error}"
        );
    }
}
