//! A made-up but believable history, for trying the visit report and for
//! its tests (`limber __fixture-history` writes one into a profile).
//!
//! About eight weeks of sessions ending at a given time: mostly the lower
//! back routine, some hips and full routines; doses that step up over the
//! weeks, one step down after a painful session and one exact hold time;
//! pain easing with day-to-day noise, a few sessions without a rating, a
//! few exercises skipped, two sessions stopped early and one stopped
//! because it hurt (on the right side of knee to chest); now and then a
//! right-side hold left out. The first sessions are as an older Limber
//! saved them, without how they ended or each side's holds. The same seed
//! always gives the same history. [`fixture_plan`] is a weekly plan to go
//! with it.

use crate::content::Library;
use crate::content::schema::Sides;
use crate::dose::Intensity;
use crate::prescription;
use crate::profile::{
    Ending, ExerciseChoice, ExerciseRecord, Profile, SessionRecord, Settings, SideRecord, Store,
    StoreError,
};
use crate::schedule::PlannedRoutine;

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
/// The first sessions, saved as an older Limber did (no ending, no sides).
pub const OLD_SESSIONS: u32 = 4;
/// The exercise the painful session was stopped in.
const PAINFUL_EXERCISE: &str = "knee-to-chest";

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
    let is_old = |index: u32| index < OLD_SESSIONS.min(count / 4);
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
        let has_painful_exercise = routine
            .exercises
            .iter()
            .any(|e| e.exercise == PAINFUL_EXERCISE);
        let is_painful = !painful_seen && progress >= painful_at && has_painful_exercise;
        let mut exercises: Vec<ExerciseRecord> = prescribed
            .iter()
            .map(|p| ExerciseRecord {
                id: p.exercise.id.clone(),
                title: p.exercise.title.clone(),
                intensity: p.choice.intensity,
                hold_seconds: u32::try_from(p.dose.hold.as_secs()).unwrap_or(u32::MAX),
                repetitions: p.dose.repetitions,
                completed: true,
                sides: (p.exercise.sides != Sides::None).then_some(SideRecord {
                    left: p.dose.repetitions,
                    right: p.dose.repetitions,
                }),
                holds_done: None,
                variation: p.choice.variation.clone(),
            })
            .collect();
        let last = exercises.len().saturating_sub(1);
        let mut ending = Ending::Finished;
        let mut stopped_at = None;
        for (position, exercise) in exercises.iter_mut().enumerate() {
            let reps = exercise.repetitions;
            if stopped_at.is_some() {
                // After a stop nothing more was done.
                exercise.completed = false;
                exercise.sides = exercise.sides.map(|_| SideRecord { left: 0, right: 0 });
            } else if is_painful && exercise.id == PAINFUL_EXERCISE {
                // It hurt on the right side, the second time round.
                exercise.completed = false;
                exercise.sides = Some(SideRecord {
                    left: 2.min(reps),
                    right: 1.min(reps),
                });
                ending = Ending::StoppedForPain {
                    exercise_id: exercise.id.clone().into(),
                };
                stopped_at = Some(position);
            } else if stopped && position >= last.max(1) {
                // Stopped early: in the last exercise, one hold done.
                exercise.completed = false;
                exercise.sides = exercise.sides.map(|_| SideRecord { left: 1, right: 0 });
                ending = Ending::Stopped {
                    exercise_id: exercise.id.clone().into(),
                };
                stopped_at = Some(position);
            } else if position < last && random.chance(6) {
                // Now and then one skipped along the way.
                exercise.completed = false;
                exercise.sides = exercise.sides.map(|_| SideRecord { left: 0, right: 0 });
            } else if let Some(sides) = &mut exercise.sides
                && random.chance(15)
            {
                // The right side is the harder one: a hold left out.
                sides.right = reps.saturating_sub(1);
                exercise.completed = false;
            }
        }
        if is_old(index) {
            // Saved before Limber kept how a session ended and each side.
            for exercise in &mut exercises {
                exercise.sides = None;
            }
        }
        let mut duration = planned.as_secs() + random.below(40);
        if stopped_at.is_some() {
            duration = duration * 2 / 3;
        }
        // Pain eases from about 5 to about 3, with noise; after is usually
        // a point lower.
        let trend = 5.5 - 2.5 * progress;
        let noise = random.below(3) as f32 - 1.0;
        let before = (trend + noise).round().clamp(0.0, 10.0) as u8;
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
            ending: (!is_old(index)).then_some(ending),
            exercises,
            pain_before,
            pain_after,
        });
    }
    records
}

/// A weekly plan for [`fixture_history`] ending at `end`: lower back on
/// Monday, Wednesday and Friday mornings since the history's first day.
pub fn fixture_plan(end: u64) -> PlannedRoutine {
    let first = (end / DAY).saturating_sub(SPAN_DAYS) * DAY;
    let since = super::local_time(first).date();
    PlannedRoutine {
        routine: "lower-back".into(),
        days: crate::schedule::Days::NONE
            .with(crate::schedule::Day::Mon)
            .with(crate::schedule::Day::Wed)
            .with(crate::schedule::Day::Fri),
        at: "08:00"
            .parse()
            .unwrap_or_else(|_| unreachable!("08:00 is a time of day")),
        since: Some(crate::schedule::plan::LocalDate(since)),
    }
}

/// The choices a profile has at the end of [`fixture_history`], so the
/// routine sheet shows the doses the history ends with.
pub fn fixture_choices() -> Vec<(&'static str, ExerciseChoice)> {
    choices_at(1.0, true)
}

/// Adds `count` made-up sessions ending at `end` to the current profile's
/// history, with [`fixture_choices`] as its doses and [`fixture_plan`] as
/// its weekly plan when it has none; the number of sessions added.
pub fn fill_profile(
    store: &mut Store,
    library: &Library,
    count: u32,
    seed: u64,
    end: u64,
) -> Result<usize, StoreError> {
    let records = fixture_history(library, count, seed, end);
    for record in &records {
        store.append_history(record.clone())?;
    }
    for (id, choice) in fixture_choices() {
        store.set_choice(id, choice)?;
    }
    let id = store.current().id.clone();
    store.update_plan(&id, |plan| {
        if plan.is_empty() {
            plan.set(fixture_plan(end));
        }
    })?;
    Ok(records.len())
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
        // How sessions ended: old ones not recorded, one stopped for pain
        // in knee to chest, two stopped otherwise.
        let old = records.iter().take_while(|r| r.ending.is_none()).count();
        assert_eq!(old, OLD_SESSIONS as usize);
        assert!(
            records[..old]
                .iter()
                .flat_map(|r| &r.exercises)
                .all(|e| e.sides.is_none())
        );
        let painful: Vec<&SessionRecord> = records
            .iter()
            .filter(|r| matches!(r.ending, Some(Ending::StoppedForPain { .. })))
            .collect();
        assert_eq!(painful.len(), 1);
        assert_eq!(painful[0].pain_after, Some(6));
        let knee = painful[0]
            .exercises
            .iter()
            .find(|e| e.id == PAINFUL_EXERCISE)
            .expect("knee to chest");
        assert_eq!(knee.sides, Some(SideRecord { left: 2, right: 1 }));
        let stopped = records
            .iter()
            .filter(|r| matches!(r.ending, Some(Ending::Stopped { .. })))
            .count();
        assert_eq!(stopped, 2);
        let uneven = records
            .iter()
            .flat_map(|r| &r.exercises)
            .filter(|e| e.sides.is_some_and(|s| s.left != s.right))
            .count();
        assert!(uneven >= 3, "{uneven}");
    }
}
