//! SIGKILL stress: run the save loop (`testing::save_loop`) in a child
//! process — this test binary itself, running its ignored `save_loop_child`
//! test — and kill it at random moments, 200 times. After every kill each profile file must parse
//! and hold one whole state N (never a mix, never empty), N never goes
//! backwards, nothing is kept aside as corrupt, and the next open is quiet.
//!
//! The kill moments come from a seeded generator; the seed is printed and
//! `LIMBER_STRESS_SEED=<seed>` replays a run.

#![cfg(unix)]

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use limber_core::profile::{Profile, Store};
use limber_core::testing::stress_state_number;
use serde::Deserialize;

const KILLS: u32 = 200;

/// The v1 profile file shape, read here independently of the store so a
/// broken file cannot be "repaired" before we look at it.
#[derive(Deserialize)]
struct ProfileFileV1 {
    version: u32,
    profile: Profile,
}

/// xorshift64*: enough randomness for kill timing, no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Checks the files as a crash left them; returns the state N on disk, or
/// `None` while the profile is still the fresh first-run "Me".
fn check_files(dir: &Path, round: u32) -> Option<u64> {
    let mut profile_files = Vec::new();
    for folder in [dir.to_path_buf(), dir.join("profiles"), dir.join("history")] {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                !name.contains(".corrupt-"),
                "round {round}: a file was kept aside as corrupt: {name}"
            );
            if folder.ends_with("profiles") && name.ends_with(".ron") && !name.starts_with('.') {
                profile_files.push(folder.join(name));
            }
        }
    }
    assert!(
        profile_files.len() <= 1,
        "round {round}: more than one profile: {profile_files:?}"
    );
    let path = profile_files.first()?;
    let text = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("round {round}: reading {}: {e}", path.display()));
    let file: ProfileFileV1 = ron::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "round {round}: {} does not parse: {e}\n{text}",
            path.display()
        )
    });
    assert_eq!(file.version, 1);
    if file.profile == Profile::new("me", "Me") {
        return None;
    }
    let n = stress_state_number(&file.profile).unwrap_or_else(|| {
        panic!(
            "round {round}: {} holds a mixed state:\n{text}",
            path.display()
        )
    });
    Some(n)
}

/// The environment variable that makes `save_loop_child` run.
const CHILD_DIR: &str = "LIMBER_SAVE_LOOP_DIR";

/// The child: saves until it is killed. Ignored so it runs only when the
/// parent starts it with `--ignored` and the data dir in [`CHILD_DIR`].
#[test]
#[ignore = "the SIGKILL test's child process; runs only when started by it"]
fn save_loop_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    limber_core::testing::save_loop(Path::new(&dir), None).expect("the save loop runs");
}

#[test]
fn sigkill_at_random_moments_never_breaks_or_mixes_a_profile() {
    let exe = std::env::current_exe().expect("this test binary");
    let dir = tempfile::tempdir().unwrap();
    let seed = std::env::var("LIMBER_STRESS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    println!("LIMBER_STRESS_SEED={seed}");
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut last_state: Option<u64> = None;
    let mut killed_while_running = 0u32;

    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args(["save_loop_child", "--exact", "--ignored", "--nocapture"])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the save loop");
        // Three kills in four wait until the loop has saved once (so they
        // land among saves); the rest may land anywhere, even during open.
        if !rng.next().is_multiple_of(4) {
            let stdout = child.stdout.take().unwrap();
            // The test harness speaks first ("running 1 test").
            let started = BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .any(|line| line.starts_with("save-loop started"));
            assert!(started, "round {round}: the save loop did not start");
            killed_while_running += 1;
        }
        std::thread::sleep(Duration::from_micros(rng.next() % 5_000));
        child.kill().expect("SIGKILL the save loop");
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the loop ended by itself: {status}"
        );

        let state = check_files(dir.path(), round);
        assert!(
            state >= last_state,
            "round {round}: state went back from {last_state:?} to {state:?}"
        );
        last_state = state;
    }

    let (store, notices) = Store::open(dir.path()).unwrap();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(stress_state_number(store.current()), last_state);
    // Every run that printed its start line had finished one save.
    let saves = last_state.map_or(0, |n| n + 1);
    assert!(
        saves >= u64::from(killed_while_running),
        "{saves} saves but {killed_while_running} runs reported a save"
    );
    println!(
        "{KILLS} kills ({killed_while_running} after the first save) in {:.1?}; last state {last_state:?}",
        started.elapsed()
    );
}
