//! A made-up but believable history, for trying the visit report and for
//! its tests (`limber __fixture-history` writes one into a profile).
//!
//! About eight weeks of sessions ending at a given time: mostly the lower
//! back routine, some hips and full routines; doses that step up over the
//! weeks, one step down after a painful session and one exact hold time;
//! pain easing with day-to-day noise, a few sessions without a rating, a
//! few exercises skipped and two sessions stopped early. The same seed
//! always gives the same history.

use crate::content::Library;
use crate::prescription;
use crate::profile::{ExerciseChoice, ExerciseRecord, Profile, SessionRecord, Settings};
use crate::session::dose::Intensity;

/// splitmix64: small, fast and good enough for made-up data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const DAY: u64 = 24 * 60 * 60;
/// The span of the history, days.
pub const SPAN_DAYS: u64 = 54;

/// The choices the profile has at `progress` (0 at the start, 1 at the
/// end) of the history.
fn choices_at(progress: f32, after_painful: bool) -> Vec<(&'static str, ExerciseChoice)> {
    let level = |at: f32| {
        if progress >= at {
            Intensity::Standard
        } else {
            Intensity::Gentle
        }
    };
    let choice = ExerciseChoice::at;
    let mut press_up = choice(level(0.3));
    if progress >= 0.72 {
        // The person set their own hold time.
        press_up.hold_seconds = Some(25);
    }
    // Knee to chest went up, came down after a painful session, went up
    // again later.
    let knee = if after_painful && progress < 0.82 {
        choice(Intensity::Gentle)
    } else {
        choice(level(0.3))
    };
    vec![
        ("prone-press-up", press_up),
        ("knee-to-chest", knee),
        ("partial-crunch", choice(level(0.55))),
        ("butterfly-stretch", choice(level(0.5))),
        ("hamstring-stretch", choice(level(0.9))),
    ]
}

/// `count` sessions over [`SPAN_DAYS`] days ending shortly before `end`
/// (Unix seconds, UTC), oldest first. Routines or exercises the library
/// lacks are left out.
pub fn fixture_history(library: &Library, count: u32, seed: u64, end: u64) -> Vec<SessionRecord> {
    let mut random = Random(seed);
    let mut records = Vec::new();
    // Whole days (UTC), the last one the day before `end`'s, so nothing
    // lands in the future.
    let start = (end / DAY).saturating_sub(SPAN_DAYS) * DAY;
    let painful_at = 0.62;
    let mut painful_seen = false;
    let stopped_early = [count / 3, (count * 4) / 5];
    for index in 0..count {
        let progress = if count > 1 {
            index as f32 / (count - 1) as f32
        } else {
            1.0
        };
        let day = (progress * (SPAN_DAYS - 1) as f32).round() as u64;
        debug_assert!(start + (day + 1) * DAY <= end / DAY * DAY);
        // Mornings mostly, some evenings.
        let minute = if random.chance(70) {
            7 * 60 + 10 + random.below(80)
        } else {
            18 * 60 + random.below(120)
        };
        let started_at = start + day * DAY + minute * 60;
        let routine_id = if index % 5 == 3 {
            "hips"
        } else if index % 9 == 6 {
            "full"
        } else {
            "lower-back"
        };
        let Some(routine) = library.routine(routine_id) else {
            continue;
        };
        let mut profile = Profile::new("fixture", "Fixture");
        for (id, choice) in choices_at(progress, painful_seen) {
            profile.exercises.insert(id.to_string(), choice);
        }
        let prescribed = prescription::prescribe(library, routine, &profile);
        let planned = prescription::plan(&prescribed, &Settings::default()).total();
        let stopped = stopped_early.contains(&index);
        let mut exercises: Vec<ExerciseRecord> = prescribed
            .iter()
            .map(|p| ExerciseRecord {
                id: p.exercise.id.clone(),
                title: p.exercise.title.clone(),
                intensity: p.choice.intensity,
                hold_seconds: u32::try_from(p.dose.hold.as_secs()).unwrap_or(u32::MAX),
                repetitions: p.dose.repetitions,
                completed: true,
                sides: (p.exercise.sides != crate::content::schema::Sides::None).then_some(
                    crate::profile::SideRecord {
                        left: p.dose.repetitions,
                        right: p.dose.repetitions,
                    },
                ),
                variation: p.choice.variation.clone(),
            })
            .collect();
        let last = exercises.len().saturating_sub(1);
        for (position, exercise) in exercises.iter_mut().enumerate() {
            // Stopped early: the last exercise not done; otherwise now and
            // then one skipped along the way.
            let skipped = position < last && random.chance(6);
            if (stopped && position >= last.max(1)) || skipped {
                exercise.completed = false;
            }
        }
        let mut duration = planned.as_secs() + random.below(40);
        if stopped {
            duration = duration * 2 / 3;
        }
        // Pain eases from about 5 to about 3, with noise; after is usually
        // a point lower.
        let trend = 5.5 - 2.5 * progress;
        let noise = random.below(3) as f32 - 1.0;
        let before = (trend + noise).round().clamp(0.0, 10.0) as u8;
        let is_painful = !painful_seen && progress >= painful_at;
        let after = if is_painful {
            painful_seen = true;
            6
        } else if random.chance(15) {
            before
        } else {
            before.saturating_sub(1 + u8::from(random.chance(30)))
        };
        let (pain_before, pain_after) = match random.below(20) {
            0 | 1 if !is_painful => (None, None),
            2 if !is_painful => (Some(before), None),
            _ => (Some(before), Some(after)),
        };
        records.push(SessionRecord {
            started_at,
            routine_id: routine.id.clone(),
            routine_title: routine.title.clone(),
            duration_seconds: u32::try_from(duration).unwrap_or(u32::MAX),
            ending: Some(if stopped {
                crate::profile::Ending::Stopped {
                    exercise_id: exercises.last().map(|e| e.id.clone()).unwrap_or_default(),
                }
            } else {
                crate::profile::Ending::Finished
            }),
            exercises,
            pain_before,
            pain_after,
        });
    }
    records
}

/// The choices a profile has at the end of [`fixture_history`], so the
/// routine sheet shows the doses the history ends with.
pub fn fixture_choices() -> Vec<(&'static str, ExerciseChoice)> {
    choices_at(1.0, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_varied_sessions_the_same_every_time() {
        let (library, _) = Library::shipped();
        let end = 1_750_000_000;
        let records = fixture_history(&library, 30, 17, end);
        assert_eq!(records.len(), 30);
        assert_eq!(records, fixture_history(&library, 30, 17, end));
        assert!(
            records
                .windows(2)
                .all(|w| w[0].started_at <= w[1].started_at)
        );
        assert!(records.iter().all(|r| r.started_at < end));
        let routines: std::collections::BTreeSet<&str> =
            records.iter().map(|r| r.routine_id.as_str()).collect();
        assert_eq!(routines.len(), 3, "{routines:?}");
        let skipped = records
            .iter()
            .flat_map(|r| &r.exercises)
            .filter(|e| !e.completed)
            .count();
        assert!(skipped >= 2, "{skipped}");
        assert!(records.iter().any(|r| r.pain_before.is_none()));
        assert!(records.iter().any(|r| r.pain_after == Some(6)));
        let intensities: std::collections::BTreeSet<String> = records
            .iter()
            .flat_map(|r| &r.exercises)
            .map(|e| e.intensity.label().to_string())
            .collect();
        assert!(intensities.len() >= 2, "{intensities:?}");
    }
}
