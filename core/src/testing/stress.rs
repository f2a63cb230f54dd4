//! A save loop for the SIGKILL stress test (`tests/profile_kill_stress.rs`
//! runs it in a child process and kills it): it saves
//! a profile whose every field is derived from one number N, so a reader can
//! tell whether a file holds one whole state or a mix of two.

use std::io::Write;
use std::path::Path;

use crate::dose::ExerciseChoice;
use crate::dose::Intensity;
use crate::profile::{Profile, Settings, TextSize, Theme};
use crate::profile::{Store, StoreError};

/// The profile state number `n` for the profile `id`: name "state N" and
/// every other field a function of N (all within bounds, so clamping never
/// changes it). The number of exercises varies so the file size changes too.
pub fn stress_state(id: &str, n: u64) -> Profile {
    // Each value below is `n` reduced into its field's range.
    let pick = |modulus: u64| -> u32 { u32::try_from(n % modulus).unwrap_or(0) };
    let mut profile = Profile::new(id, format!("state {n}"));
    for k in 0..=(n % 4) {
        let mixed = n.wrapping_add(k);
        let mixed_pick = |modulus: u64| -> u32 { u32::try_from(mixed % modulus).unwrap_or(0) };
        profile.exercises.insert(
            format!("exercise-{k}-{}", n % 1000),
            ExerciseChoice {
                intensity: Intensity::ALL[mixed_pick(3) as usize],
                hold_seconds: Some(1 + mixed_pick(300)),
                repetitions: (!mixed.is_multiple_of(5)).then(|| 1 + mixed_pick(50)),
                variation: None,
            },
        );
    }
    profile.settings = Settings {
        sound: n.is_multiple_of(2),
        volume: u8::try_from(n % 101).unwrap_or(0),
        ticks: n.is_multiple_of(3),
        get_ready_seconds: pick(61),
        rest_seconds: (!n.is_multiple_of(7)).then(|| pick(301)),
        setup_read_seconds: 2 + pick(119),
        theme: Theme::ALL[pick(3) as usize],
        text_size: TextSize::ALL[(n / 3 % 3) as usize],
        ..Settings::default()
    };
    profile.safety_seen = n.is_multiple_of(5);
    profile
}

/// The N of a profile written by [`stress_state`], or `None` if any field
/// does not match state N exactly (a mixed or foreign profile).
pub fn stress_state_number(profile: &Profile) -> Option<u64> {
    let n: u64 = profile.name.strip_prefix("state ")?.parse().ok()?;
    (stress_state(&profile.id, n) == *profile).then_some(n)
}

/// Saves the current profile as state N, N+1, … (continuing after the state
/// found on disk), through the normal locked, atomic update path. Runs
/// `iterations` saves, or forever with `None`. After its first save it prints
/// `save-loop started at state N` to stdout, so a test knows it is running.
/// Returns the number of saves made.
pub fn save_loop(data_dir: &Path, iterations: Option<u64>) -> Result<u64, StoreError> {
    let (mut store, _notices) = Store::open(data_dir)?;
    let id = store.current().id.clone();
    let first = stress_state_number(store.current()).map_or(0, |n| n + 1);
    let mut saves = 0u64;
    while iterations.is_none_or(|limit| saves < limit) {
        let n = first + saves;
        store.update_profile(&id, |profile| *profile = stress_state(&id, n))?;
        if saves == 0 {
            let mut stdout = std::io::stdout().lock();
            // Only a signal for the test; a closed stdout must not stop the loop.
            let _ = writeln!(stdout, "save-loop started at state {n}");
            let _ = stdout.flush();
        }
        saves += 1;
    }
    Ok(saves)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_recognisable_and_distinct() {
        for n in [0, 1, 2, 7, 35, 1234, 99_999] {
            let mut profile = stress_state("me", n);
            assert_eq!(stress_state_number(&profile), Some(n));
            assert!(profile.clamp().is_empty(), "state {n} is out of bounds");
            assert_ne!(stress_state("me", n), stress_state("me", n + 1));
        }
        // A mix of two states is detected.
        let mut mixed = stress_state("me", 10);
        mixed.settings = stress_state("me", 11).settings;
        assert_eq!(stress_state_number(&mixed), None);
        assert_eq!(stress_state_number(&Profile::new("me", "Me")), None);
    }

    #[test]
    fn save_loop_continues_from_the_state_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(save_loop(dir.path(), Some(3)).unwrap(), 3);
        assert_eq!(save_loop(dir.path(), Some(2)).unwrap(), 2);
        let (store, notices) = Store::open(dir.path()).unwrap();
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(stress_state_number(store.current()), Some(4));
    }
}
