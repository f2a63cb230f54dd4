//! An idle window wakes no thread. The thread pool of the `blocking` crate
//! runs zbus's blocking work (iced's system light/dark detection and the
//! reminders' notifications): its threads must end once idle, not wake
//! every half second for the life of the app (blocking 1.7.0 kept them;
//! vendor/blocking/PATCHED.md). Its own process, so no other test's pool
//! threads are counted.
#![cfg(target_os = "linux")]

use std::time::{Duration, Instant};

/// The names of this process's threads that belong to the pool.
fn pool_threads() -> Vec<String> {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Vec::new();
    };
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .map(|name| name.trim().to_string())
        .filter(|name| name.starts_with("blocking-"))
        .collect()
}

#[test]
fn the_blocking_pool_lets_its_threads_end_when_idle() {
    let answer = futures::executor::block_on(blocking::unblock(|| 6 * 7));
    assert_eq!(answer, 42);
    assert!(
        !pool_threads().is_empty(),
        "the work ran on a pool thread, so there is one to watch"
    );
    // The pool waits half a second for more work before a thread ends;
    // give it ten times that.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !pool_threads().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        pool_threads(),
        Vec::<String>::new(),
        "pool threads still alive 5 s after their last work: each wakes twice a second while the app is idle"
    );
}
