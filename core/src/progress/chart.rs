//! The numbers behind the History charts, kept apart from drawing so they
//! can be tested without a window.

use crate::profile::SessionRecord;

const WEEK: u64 = 7 * 24 * 60 * 60;

/// One session's pain check-ins, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PainPoint {
    pub started_at: u64,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Pain before/after of the sessions that have at least one rating, oldest
/// first, the most recent `limit` of them.
pub fn pain_points(records: &[SessionRecord], limit: usize) -> Vec<PainPoint> {
    let mut points: Vec<PainPoint> = records
        .iter()
        .filter(|r| r.pain_before.is_some() || r.pain_after.is_some())
        .map(|r| PainPoint {
            started_at: r.started_at,
            before: r.pain_before.map(|p| p.min(10)),
            after: r.pain_after.map(|p| p.min(10)),
        })
        .collect();
    points.sort_by_key(|p| p.started_at);
    let skip = points.len().saturating_sub(limit);
    points.split_off(skip)
}

/// Sessions in each of the last `weeks` seven-day windows ending at `now`,
/// oldest first (the last entry is the week up to now). Only sessions that
/// count (`SessionRecord::counts`: not one stopped before its first hold).
pub fn sessions_per_week(records: &[SessionRecord], now: u64, weeks: usize) -> Vec<u32> {
    let mut counts = vec![0u32; weeks];
    for record in records.iter().filter(|r| r.counts()) {
        if record.started_at > now {
            continue;
        }
        let age = ((now - record.started_at) / WEEK) as usize;
        if age < weeks {
            counts[weeks - 1 - age] += 1;
        }
    }
    counts
}

/// Maps `value` from `domain` onto `range` linearly (a flat domain maps to
/// the middle of the range).
pub fn scale(value: f32, domain: (f32, f32), range: (f32, f32)) -> f32 {
    let span = domain.1 - domain.0;
    if span.abs() < f32::EPSILON {
        return (range.0 + range.1) / 2.0;
    }
    range.0 + (value - domain.0) / span * (range.1 - range.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(started_at: u64, before: Option<u8>, after: Option<u8>) -> SessionRecord {
        SessionRecord {
            started_at,
            routine_id: "hips".into(),
            routine_title: "Hips".into(),
            duration_seconds: 200,
            exercises: Vec::new(),
            pain_before: before,
            pain_after: after,
            ending: None,
        }
    }

    #[test]
    fn pain_points_are_sorted_limited_and_skip_unrated_sessions() {
        let records = vec![
            record(30, Some(4), Some(3)),
            record(10, Some(5), None),
            record(20, None, None),
            record(40, None, Some(12)),
        ];
        let points = pain_points(&records, 2);
        assert_eq!(
            points,
            vec![
                PainPoint {
                    started_at: 30,
                    before: Some(4),
                    after: Some(3)
                },
                PainPoint {
                    started_at: 40,
                    before: None,
                    after: Some(10)
                },
            ]
        );
        assert_eq!(pain_points(&records, 10).len(), 3);
    }

    #[test]
    fn sessions_fall_into_seven_day_windows_ending_now() {
        let now = 30 * WEEK;
        let records = vec![
            record(now, None, None),
            record(now - 1, None, None),
            record(now - WEEK, None, None),
            record(now - 3 * WEEK - 5, None, None),
            record(now - 20 * WEEK, None, None),
            record(now + 100, None, None),
        ];
        assert_eq!(sessions_per_week(&records, now, 4), vec![1, 0, 1, 2]);
        // A stop in the first seconds, no hold done, is not a session done.
        let mut taken_back = record(now - 2, None, None);
        taken_back.ending = Some(crate::profile::Ending::Stopped {
            exercise_id: "butterfly-stretch".into(),
        });
        taken_back.exercises = vec![crate::profile::ExerciseRecord {
            id: "butterfly-stretch".into(),
            title: "Butterfly stretch".into(),
            intensity: crate::dose::Intensity::Gentle,
            hold_seconds: 5,
            repetitions: 4,
            completed: false,
            sides: None,
            holds_done: Some(0),
            variation: None,
        }];
        let mut with = records.clone();
        with.push(taken_back);
        assert_eq!(sessions_per_week(&with, now, 4), vec![1, 0, 1, 2]);
    }

    #[test]
    fn scale_maps_linearly_and_survives_a_flat_domain() {
        assert_eq!(scale(5.0, (0.0, 10.0), (100.0, 0.0)), 50.0);
        assert_eq!(scale(10.0, (0.0, 10.0), (100.0, 0.0)), 0.0);
        assert_eq!(scale(3.0, (3.0, 3.0), (0.0, 8.0)), 4.0);
    }
}
