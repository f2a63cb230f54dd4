//! `limber plan` and `limber remind` as a person or a script uses them: the
//! real binary, its output and exit code. No D-Bus needed (nothing is due).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::cli::{stderr, stdout};

/// `limber ARGS` in UTC, with `config_dir` for the autostart entry.
fn limber(args: &[&str], data_dir: &Path, config_dir: &Path) -> Output {
    let config = config_dir.to_str().expect("a UTF-8 path");
    common::cli::limber_with(
        args,
        data_dir,
        &[("XDG_CONFIG_HOME", config), ("TZ", "UTC")],
    )
}

#[test]
fn plan_add_show_export_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    let (data, config) = (dir.path().join("data"), dir.path().join("config"));

    let added = limber(
        &[
            "plan",
            "add",
            "lower-back",
            "--days",
            "mon,wed,fri",
            "--at",
            "08:00",
        ],
        &data,
        &config,
    );
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(
        stdout(&added)
            .starts_with("Planned for Me: Lower back, Mon, Wed, Fri at 08:00 (about 5 minutes)\n"),
        "{}",
        stdout(&added)
    );

    let shown = limber(&["plan"], &data, &config);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let text = stdout(&shown);
    assert!(
        text.contains("Plan for Me:\n  Lower back, Mon, Wed, Fri at 08:00"),
        "{text}"
    );
    assert!(text.contains("This week: 0 of "), "{text}");
    assert!(text.contains("← today"), "{text}");

    let ics = limber(&["plan", "--ics"], &data, &config);
    assert!(ics.status.success(), "{}", stderr(&ics));
    let calendar = stdout(&ics);
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"), "{calendar}");
    assert!(
        calendar.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"),
        "{calendar}"
    );
    assert!(calendar.contains("\r\nBEGIN:VALARM\r\n"), "{calendar}");
    assert!(
        calendar.contains("\r\nUID:lower-back.me.plan@limber\r\n"),
        "{calendar}"
    );

    let removed = limber(&["plan", "remove", "lower-back"], &data, &config);
    assert!(removed.status.success(), "{}", stderr(&removed));
    let empty = limber(&["plan", "--ics"], &data, &config);
    assert!(!empty.status.success());
    assert!(
        stderr(&empty).contains("nothing is planned for Me yet"),
        "{}",
        stderr(&empty)
    );
}

#[test]
fn plan_errors_name_what_was_wrong_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (data, config) = (dir.path().join("data"), dir.path().join("config"));
    let unknown = limber(&["plan", "add", "neck", "--at", "08:00"], &data, &config);
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("there is no routine \"neck\"; routines: lower-back, hips, full"),
        "{}",
        stderr(&unknown)
    );
    let bad_time = limber(&["plan", "add", "hips", "--at", "7pm"], &data, &config);
    assert!(!bad_time.status.success());
    assert!(
        stderr(&bad_time).contains("\"7pm\" is not a time of day"),
        "{}",
        stderr(&bad_time)
    );
    let nobody = limber(&["plan", "--profile", "Nobody"], &data, &config);
    assert!(!nobody.status.success());
    assert!(
        stderr(&nobody).contains("no profile named \"Nobody\""),
        "{}",
        stderr(&nobody)
    );
    assert!(!data.join("plans").exists());
}

/// The XDG entry (Linux and the BSDs). On Windows and macOS the same
/// command would write the real registry Run key or LaunchAgent of the
/// person running the tests, which XDG_CONFIG_HOME does not redirect.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn autostart_writes_and_removes_the_login_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (data, config) = (dir.path().join("my data"), dir.path().join("config"));
    let on = limber(&["plan", "--autostart", "on"], &data, &config);
    assert!(on.status.success(), "{}", stderr(&on));
    let entry_path = config.join("autostart/limber-reminders.desktop");
    let entry = std::fs::read_to_string(&entry_path).unwrap();
    let exec = entry
        .lines()
        .find_map(|line| line.strip_prefix("Exec="))
        .unwrap();
    // The data folder chosen by LIMBER_DATA_DIR goes along, quoted (it has
    // a space), and the entry runs the background mode.
    assert!(
        exec.ends_with(&format!(" --data-dir \"{}\" remind", data.display())),
        "{exec}"
    );
    assert!(
        stdout(&on).contains(&entry_path.display().to_string()),
        "{}",
        stdout(&on)
    );
    let off = limber(&["plan", "--autostart", "off"], &data, &config);
    assert!(off.status.success(), "{}", stderr(&off));
    assert!(!entry_path.exists());
}

#[test]
fn a_second_remind_for_the_same_data_steps_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (data, config) = (dir.path().join("data"), dir.path().join("config"));
    let mut first = common::cli::command(&data)
        .arg("remind")
        .env("XDG_CONFIG_HOME", &config)
        .env("RUST_LOG", "limber=info")
        // No session bus: nothing is due, so none is needed.
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (at most 30 s) for the first to say it is waiting: it holds the
    // lock by then.
    let stderr_of_first = first.stderr.take().unwrap();
    let (lines_in, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr_of_first)
            .lines()
            .map_while(Result::ok)
        {
            if lines_in.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut started = false;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if line.contains("nothing is planned yet") => {
                started = true;
                break;
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    // The second must end by itself; if it kept running (the guard
    // broken), it is stopped after 20 s and the test fails, not hangs.
    let mut second = common::cli::command(&data)
        .arg("remind")
        .env("XDG_CONFIG_HOME", &config)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while second.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let second_ended = second.try_wait().unwrap().is_some();
    if !second_ended {
        second.kill().unwrap();
    }
    let second = second.wait_with_output().unwrap();
    let still_running = first.try_wait().unwrap().is_none();
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(started, "the first `limber remind` did not start");
    assert!(still_running, "the first `limber remind` stopped by itself");
    assert!(second_ended, "the second `limber remind` kept running");
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stdout(&second).contains("already running"),
        "{}",
        stdout(&second)
    );
}

/// The Plan screen's "Start reminders now", with the real program: a
/// `limber remind` for this data folder that runs apart from the caller,
/// seen running through its lock; asking again starts no second one.
#[cfg(target_os = "linux")]
#[test]
fn start_reminders_now_runs_limber_remind_apart_from_the_app() {
    use limber::platform::autostart::AutostartCommand;
    use limber::platform::reminders::SystemReminders;
    use limber_core::schedule::service::ReminderService;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data for reminders");
    let service = SystemReminders {
        command: AutostartCommand {
            exe: env!("CARGO_BIN_EXE_limber").into(),
            args: vec![
                "--data-dir".to_owned(),
                data.display().to_string(),
                "remind".to_owned(),
            ],
        },
        data_dir: data.clone(),
    };
    assert_eq!(service.status().running, Ok(false));
    let _cleanup = EndOnDrop(data.clone());
    service.start_now().expect("started");
    assert_eq!(service.status().running, Ok(true));
    let running = remind_processes(&data);
    assert_eq!(running.len(), 1, "{running:?}");
    // Again: no second copy is started (one started anyway would step
    // aside, see above), the first keeps running.
    service.start_now().expect("a second start is harmless");
    let deadline = Instant::now() + Duration::from_secs(10);
    while remind_processes(&data) != running && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(remind_processes(&data), running);
    // End the one this test started, by its id.
    let stopped = Command::new("kill")
        .arg(running[0].to_string())
        .status()
        .unwrap();
    assert!(stopped.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while service.status().running == Ok(true) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(service.status().running, Ok(false));
}

/// Ends the `limber remind` processes this test started for its data
/// folder, even when an assertion failed.
#[cfg(target_os = "linux")]
struct EndOnDrop(std::path::PathBuf);

#[cfg(target_os = "linux")]
impl Drop for EndOnDrop {
    fn drop(&mut self) {
        for pid in remind_processes(&self.0) {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
    }
}

/// The ids of `limber remind` processes for `data` (from /proc; a process
/// already ended but not yet reaped has no command line and is not
/// counted).
#[cfg(target_os = "linux")]
fn remind_processes(data: &Path) -> Vec<u32> {
    let wanted = data.display().to_string();
    let mut found: Vec<u32> = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|raw| {
                let args: Vec<String> = raw
                    .split(|&b| b == 0)
                    .map(|arg| String::from_utf8_lossy(arg).into_owned())
                    .collect();
                args.contains(&wanted) && args.iter().any(|arg| arg == "remind")
            })
        })
        .collect();
    found.sort_unstable();
    found
}
