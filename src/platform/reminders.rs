//! Reminders for real: the `limber remind` loop with the desktop's
//! notifications, and [`SystemReminders`], the [`ReminderService`] the app's
//! Plan screen uses ("start at login", a `limber remind` started now).

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use limber_core::content::Library;
use limber_core::profile::Store;
use limber_core::schedule::background::{self, AppLauncher, MAX_SLEEP, Reminders, SingleInstance};
use limber_core::schedule::service::{ReminderService, ReminderStatus};

use crate::platform::autostart::{self, AutostartCommand};
use crate::platform::notifications::DesktopNotifier;

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
            limber_core::t!(
                "reminders-start-failed",
                program = self.command.exe.to_string_lossy(),
                error = error.to_string()
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
                let status = status.to_string();
                return Err(limber_core::t!("reminders-ended-at-once", status = status));
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
        builder.creation_flags(limber_core::schedule::background::DETACHED_FLAGS);
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

/// The background loop: until the process is ended.
pub fn run(
    data_dir: &Path,
    launcher: AppLauncher,
    load_library: impl FnMut() -> Library + 'static,
) -> Result<(), String> {
    let Some(_instance) = SingleInstance::acquire(data_dir)
        .map_err(|error| format!("{}: {error}", data_dir.display()))?
    else {
        let running = limber_core::t!(
            "cli-remind-already-running",
            folder = data_dir.display().to_string()
        );
        println!("{running}");
        return Ok(());
    };
    let (store, notices) = Store::open(data_dir).map_err(|error| error.to_string())?;
    for notice in notices {
        tracing::warn!("{notice}");
    }
    let (answers_in, answers) = mpsc::channel();
    let notifier = DesktopNotifier::new(answers_in);
    let mut reminders = Reminders::new(store, notifier, launcher, load_library);
    let plans = reminders.summary();
    if plans.is_empty() {
        tracing::info!(
            "nothing is planned yet; waiting for a plan (`limber plan add ROUTINE --days mon-fri --at 08:00`)"
        );
    }
    for line in plans {
        tracing::info!("plan of {line}");
    }
    loop {
        let now = limber_core::time::local_now();
        let next = reminders.step(&now);
        if let Some(next) = &next {
            tracing::debug!("next reminder check at {next}");
        }
        // Wake a hair after the planned second, so the step sees it due.
        let wait = next
            .and_then(|next| (next - now).to_std().ok())
            .map_or(MAX_SLEEP, |wait| {
                (wait + Duration::from_millis(50)).min(MAX_SLEEP)
            });
        match answers.recv_timeout(wait) {
            Ok(answer) => reminders.answer(&answer, &limber_core::time::local_now()),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            // The notifier holds a sender for as long as it lives.
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(limber_core::t!("reminders-notifier-stopped"));
            }
        }
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
