//! What the Finish screen says and offers after a session.
//!
//! The article's rule is "start gradually, and if it hurts, lower the
//! intensity". The app is never silent when pain rises, and it offers a
//! change of level but never makes one by itself.
//! * Pain went up during the session, is 6 or more afterwards, or the
//!   person stopped because it hurt: plain words on what to do now (stop
//!   for today, do not push through, keep gently active rather than rest
//!   in bed, next time a lower level or without the exercise that hurt, ask
//!   a professional if it stays worse), even when every exercise is
//!   already at Gentle; at Gentle the words say to leave the exercise out
//!   and ask a physiotherapist. When pain rose by 3 or more, or is 8 or
//!   more, or the person stopped because it hurt, the red flags are shown
//!   too.
//! * In those cases, where a lower level exists: offer to step the
//!   session's exercises down one level. Never offer a step up then. The
//!   offer names the pain only once it is rated.
//! * Stopped because it hurt: also offer to leave that exercise out of
//!   this person's routines from now on (a choice they can undo on the
//!   Routine screen).
//! * Pain stayed low (3 or less, and not up) in this session and the two
//!   before it of the same routine at the same levels: offer a step up.

use crate::dose::Intensity;
use crate::prescription::Summary;
use crate::profile::{Ending, SessionRecord};

/// Pain at or above this after a session asks for a lighter dose.
pub const HIGH_PAIN: u8 = 6;
/// Pain at or below this counts as "low" for offering a step up.
pub const LOW_PAIN: u8 = 3;
/// Sessions in a row with low pain before a step up is offered.
pub const LOW_SESSIONS_FOR_STEP_UP: usize = 3;
/// Pain at or above this after a session also shows the red flags.
pub const SEVERE_PAIN: u8 = 8;
/// A rise of this much during a session also shows the red flags.
pub const STEEP_RISE: u8 = 3;

/// Everything the Finish screen says after a session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Advice {
    /// What to do now, when it hurt.
    pub care: Option<Care>,
    /// A change of level, waiting for the person's yes.
    pub suggestion: Option<Suggestion>,
    /// After "This hurts": leaving the exercise that hurt out from now on,
    /// waiting for the person's yes.
    pub leave_out: Option<LeaveOut>,
}

/// Plain words for a session that hurt. Calm, practical, never a diagnosis.
/// Held as the ids of their messages (`safety.ftl`): [`Care::heading`] and
/// [`Care::points`] read them in the language in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Care {
    pub heading_id: &'static str,
    pub point_ids: Vec<&'static str>,
    /// Show the red-flag groups (`guidance::safety::RED_FLAGS`) too.
    pub red_flags: bool,
}

impl Care {
    /// The heading in the language in use.
    pub fn heading(&self) -> String {
        crate::i18n::tr(self.heading_id)
    }

    /// The points in the language in use.
    pub fn points(&self) -> Vec<String> {
        self.point_ids
            .iter()
            .map(|id| crate::i18n::tr(id))
            .collect()
    }
}

/// The offer to leave one exercise out of this person's routines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveOut {
    pub exercise_id: String,
    pub exercise_title: String,
}

impl LeaveOut {
    /// Said with the button.
    pub fn offer_text(&self) -> String {
        crate::t!(
            "advice-leave-out-offer",
            exercise = self.exercise_title.as_str()
        )
    }

    /// Said after a step-down offer, as the other way.
    pub fn alternative_text(&self) -> String {
        crate::t!(
            "advice-leave-out-alternative",
            exercise = self.exercise_title.as_str()
        )
    }

    /// The button that takes the offer.
    pub fn button_text() -> String {
        crate::t!("advice-leave-out-button")
    }

    pub fn applied_text(&self) -> String {
        crate::t!(
            "advice-leave-out-done",
            exercise = self.exercise_title.as_str()
        )
    }
}

/// The ids of the words when pain rose, is high, or the person stopped
/// because it hurt (`safety.ftl`).
pub const CARE_HEADING: &str = "advice-care-heading";
/// Said first, whatever the level.
pub const CARE_STOP: &str = "advice-care-stop";
/// When a lower level exists for what hurt.
pub const CARE_NEXT_TIME: &str = "advice-care-next-time";
/// When what hurt is already at the gentlest level.
pub const CARE_AT_GENTLEST: &str = "advice-care-at-gentlest";
/// Moving, not bed rest.
pub const CARE_KEEP_ACTIVE: &str = "advice-care-keep-active";
pub const CARE_ASK: &str = "advice-care-ask";

/// The line under the Finish screen's pain scale: the rating given before
/// the session, and how the one after compares with it. Pain that went
/// down is said out loud; pain that went up is said by the offer and the
/// care words, so here it is only the rating before. `None` without a
/// rating before.
pub fn pain_comparison(before: Option<u8>, after: Option<u8>) -> Option<String> {
    let before = before?;
    Some(match after {
        Some(after) if after < before => {
            crate::t!("advice-pain-went-down", before = before, after = after)
        }
        Some(after) if after == before => crate::t!("advice-pain-same", before = before),
        _ => crate::t!("advice-pain-before", before = before),
    })
}

/// What the Finish screen says for `summary`, given the pain rating after
/// it (if any) and the sessions before it (any order; sessions of other
/// routines are ignored).
pub fn advise(summary: &Summary, pain_after: Option<u8>, earlier: &[SessionRecord]) -> Advice {
    let before = summary.pain_before;
    let stopped_in = match &summary.ending {
        Ending::StoppedForPain { exercise_id } => Some(exercise_id.as_str()),
        _ => None,
    };
    let stopped_for_pain = stopped_in.is_some();
    let hurt = stopped_for_pain || pain_is_up(before, pain_after);
    let done: Vec<Done> = summary
        .exercises
        .iter()
        .map(|e| Done {
            exercise_id: e.id.clone().into(),
            exercise_title: e.title.clone(),
            intensity: e.intensity,
        })
        .collect();
    let care = hurt.then(|| {
        // What hurt: the exercise stopped in, else the whole session.
        let hurt_at_gentlest = done
            .iter()
            .filter(|d| stopped_in.is_none_or(|id| d.exercise_id == id))
            .all(|d| d.intensity.lower().is_none());
        Care {
            heading_id: CARE_HEADING,
            point_ids: vec![
                CARE_STOP,
                if hurt_at_gentlest {
                    CARE_AT_GENTLEST
                } else {
                    CARE_NEXT_TIME
                },
                CARE_KEEP_ACTIVE,
                CARE_ASK,
            ],
            red_flags: stopped_for_pain || pain_is_severe(before, pain_after),
        }
    });
    let mut earlier: Vec<&SessionRecord> = earlier
        .iter()
        .filter(|r| r.routine_id == summary.routine_id)
        .collect();
    earlier.sort_by_key(|r| std::cmp::Reverse(r.started_at));
    let earlier: Vec<PastSession> = earlier
        .into_iter()
        .take(LOW_SESSIONS_FOR_STEP_UP)
        .map(|r| PastSession {
            pain_before: r.pain_before,
            pain_after: r.pain_after,
            levels: r
                .exercises
                .iter()
                .map(|e| (e.id.to_string(), e.intensity))
                .collect(),
        })
        .collect();
    let suggestion = if stopped_for_pain {
        // Rated and up: the offer says so; otherwise only that it hurt.
        let reason = Reason::of_pain(before, pain_after).unwrap_or(Reason::StoppedForPain);
        offer(Direction::Down, reason, &done)
    } else {
        suggest(before, pain_after, &done, &earlier)
    };
    let leave_out = stopped_in.and_then(|id| {
        done.iter().find(|d| d.exercise_id == id).map(|d| LeaveOut {
            exercise_id: d.exercise_id.clone(),
            exercise_title: d.exercise_title.clone(),
        })
    });
    Advice {
        care,
        suggestion,
        leave_out,
    }
}

/// Whether the red flags belong on the screen: pain rose steeply or is
/// severe.
pub fn pain_is_severe(before: Option<u8>, after: Option<u8>) -> bool {
    match after {
        Some(after) => {
            after >= SEVERE_PAIN || before.is_some_and(|b| after >= b.saturating_add(STEEP_RISE))
        }
        None => false,
    }
}

/// A change of intensity for some exercises, waiting for the person's yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub direction: Direction,
    /// Why it is offered, in the words of the offer.
    pub reason: Reason,
    /// (exercise id, exercise title, from, to)
    pub changes: Vec<Change>,
}

/// Why a change of level is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// "This hurts", before any rating after it.
    StoppedForPain,
    /// Rated higher after than before.
    PainRose { from: u8, to: u8 },
    /// Rated [`HIGH_PAIN`] or more after (no higher than before).
    PainHigh(u8),
    /// Low pain for [`LOW_SESSIONS_FOR_STEP_UP`] sessions.
    StayedLow,
}

impl Reason {
    /// The reason a rating gives for a lighter dose, if it gives one.
    fn of_pain(before: Option<u8>, after: Option<u8>) -> Option<Reason> {
        let after = after?;
        match before {
            Some(from) if after > from => Some(Reason::PainRose { from, to: after }),
            _ if after >= HIGH_PAIN => Some(Reason::PainHigh(after)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Down,
    Up,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub exercise_id: String,
    pub exercise_title: String,
    pub from: Intensity,
    pub to: Intensity,
}

/// One earlier session of the same routine, as the advice needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastSession {
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// (exercise id, intensity used), in routine order.
    pub levels: Vec<(String, Intensity)>,
}

/// The exercise of the session just done, with its current level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub exercise_id: String,
    pub exercise_title: String,
    pub intensity: Intensity,
}

fn pain_low(before: Option<u8>, after: Option<u8>) -> bool {
    match after {
        Some(after) => after <= LOW_PAIN && before.is_none_or(|before| after <= before),
        None => false,
    }
}

/// Whether the session's pain asks for a lighter dose: rated higher after
/// than before, or [`HIGH_PAIN`] or more after.
pub fn pain_is_up(before: Option<u8>, after: Option<u8>) -> bool {
    Reason::of_pain(before, after).is_some()
}

/// The offer after a session, if any. `earlier` are the previous sessions of
/// the same routine, most recent first.
pub fn suggest(
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    done: &[Done],
    earlier: &[PastSession],
) -> Option<Suggestion> {
    if let Some(reason) = Reason::of_pain(pain_before, pain_after) {
        return offer(Direction::Down, reason, done);
    }
    if !pain_low(pain_before, pain_after) {
        return None;
    }
    let levels: Vec<(String, Intensity)> = done
        .iter()
        .map(|d| (d.exercise_id.clone(), d.intensity))
        .collect();
    let needed = LOW_SESSIONS_FOR_STEP_UP - 1;
    let steady = earlier.len() >= needed
        && earlier[..needed]
            .iter()
            .all(|s| s.levels == levels && pain_low(s.pain_before, s.pain_after));
    if !steady {
        return None;
    }
    offer(Direction::Up, Reason::StayedLow, done)
}

/// One level down (or up) for every exercise that has one; no offer when
/// none can move.
fn offer(direction: Direction, reason: Reason, done: &[Done]) -> Option<Suggestion> {
    let changes: Vec<Change> = done
        .iter()
        .filter_map(|d| {
            let to = match direction {
                Direction::Down => d.intensity.lower(),
                Direction::Up => d.intensity.higher(),
            }?;
            Some(Change {
                exercise_id: d.exercise_id.clone(),
                exercise_title: d.exercise_title.clone(),
                from: d.intensity,
                to,
            })
        })
        .collect();
    (!changes.is_empty()).then_some(Suggestion {
        direction,
        reason,
        changes,
    })
}

impl Suggestion {
    /// The question shown on the Finish screen.
    pub fn offer_text(&self) -> String {
        let names: Vec<String> = self
            .changes
            .iter()
            .map(|c| {
                crate::t!(
                    "advice-change",
                    exercise = c.exercise_title.as_str(),
                    from = c.from.name(),
                    to = c.to.name()
                )
            })
            .collect();
        let names = names.join(", ");
        let direction = match self.direction {
            Direction::Down => "down",
            Direction::Up => "up",
        };
        match self.reason {
            Reason::StoppedForPain => {
                crate::t!("advice-offer", direction = direction, exercises = names)
            }
            Reason::PainRose { from, to } => crate::t!(
                "advice-offer-pain-rose",
                direction = direction,
                exercises = names,
                from = from,
                to = to
            ),
            Reason::PainHigh(pain) => crate::t!(
                "advice-offer-pain-high",
                direction = direction,
                exercises = names,
                pain = pain
            ),
            Reason::StayedLow => crate::t!(
                "advice-offer-stayed-low",
                direction = direction,
                exercises = names,
                sessions = LOW_SESSIONS_FOR_STEP_UP
            ),
        }
    }

    pub fn button_text(&self) -> String {
        match self.direction {
            Direction::Down => crate::t!("advice-button-down"),
            Direction::Up => crate::t!("advice-button-up"),
        }
    }

    pub fn applied_text(&self) -> String {
        match self.direction {
            Direction::Down => crate::t!("advice-done-down"),
            Direction::Up => crate::t!("advice-done-up"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn done(levels: &[(&str, Intensity)]) -> Vec<Done> {
        levels
            .iter()
            .map(|(id, intensity)| Done {
                exercise_id: (*id).to_owned(),
                exercise_title: id.to_uppercase(),
                intensity: *intensity,
            })
            .collect()
    }

    fn past(before: u8, after: u8, levels: &[(&str, Intensity)]) -> PastSession {
        PastSession {
            pain_before: Some(before),
            pain_after: Some(after),
            levels: levels
                .iter()
                .map(|(id, i)| ((*id).to_owned(), *i))
                .collect(),
        }
    }

    #[test]
    fn pain_that_went_down_is_said_and_the_rest_only_names_the_rating_before() {
        assert_eq!(
            pain_comparison(Some(3), Some(2)).as_deref(),
            Some("Your pain went down from 3 to 2. Good work.")
        );
        assert_eq!(
            pain_comparison(Some(3), Some(3)).as_deref(),
            Some("The same as before the session: 3.")
        );
        for after in [None, Some(5)] {
            assert_eq!(
                pain_comparison(Some(3), after).as_deref(),
                Some("Before the session you said 3.")
            );
        }
        assert_eq!(pain_comparison(None, Some(2)), None);
    }

    #[test]
    fn pain_up_offers_one_level_down_for_each_exercise_that_can_go_lower() {
        let session = done(&[
            ("a", Intensity::Strong),
            ("b", Intensity::Gentle),
            ("c", Intensity::Standard),
        ]);
        let offer = suggest(Some(2), Some(4), &session, &[]).expect("an offer");
        assert_eq!(offer.direction, Direction::Down);
        let moves: Vec<(&str, Intensity, Intensity)> = offer
            .changes
            .iter()
            .map(|c| (c.exercise_id.as_str(), c.from, c.to))
            .collect();
        assert_eq!(
            moves,
            vec![
                ("a", Intensity::Strong, Intensity::Standard),
                ("c", Intensity::Standard, Intensity::Gentle)
            ]
        );
    }

    #[test]
    fn high_pain_offers_down_even_when_unchanged() {
        let session = done(&[("a", Intensity::Standard)]);
        let offer = suggest(Some(7), Some(7), &session, &[]).expect("an offer");
        assert_eq!(offer.direction, Direction::Down);
        let offer = suggest(None, Some(6), &session, &[]).expect("an offer");
        assert_eq!(offer.direction, Direction::Down);
    }

    #[test]
    fn nothing_to_lower_at_gentle_means_no_offer() {
        let session = done(&[("a", Intensity::Gentle)]);
        assert_eq!(suggest(Some(1), Some(8), &session, &[]), None);
    }

    #[test]
    fn never_steps_up_when_pain_went_up_even_after_low_sessions() {
        let levels = [("a", Intensity::Standard)];
        let earlier = vec![past(1, 1, &levels), past(1, 1, &levels)];
        let offer = suggest(Some(1), Some(2), &done(&levels), &earlier).expect("an offer");
        assert_eq!(offer.direction, Direction::Down);
        // At Gentle there is nothing lower, and still no step up.
        let gentle = [("a", Intensity::Gentle)];
        let earlier = vec![past(1, 1, &gentle), past(1, 1, &gentle)];
        assert_eq!(suggest(Some(1), Some(2), &done(&gentle), &earlier), None);
    }

    #[test]
    fn three_low_sessions_at_the_same_levels_offer_a_step_up() {
        let levels = [("a", Intensity::Gentle), ("b", Intensity::Strong)];
        let earlier = vec![past(2, 1, &levels), past(3, 2, &levels)];
        let offer = suggest(Some(2), Some(2), &done(&levels), &earlier).expect("an offer");
        assert_eq!(offer.direction, Direction::Up);
        assert_eq!(offer.changes.len(), 1, "Strong cannot go higher");
        assert_eq!(offer.changes[0].to, Intensity::Standard);
    }

    #[test]
    fn low_sessions_at_other_levels_or_too_few_do_not_offer_a_step_up() {
        let levels = [("a", Intensity::Gentle)];
        let other = [("a", Intensity::Standard)];
        assert_eq!(
            suggest(Some(2), Some(2), &done(&levels), &[past(2, 2, &levels)]),
            None
        );
        assert_eq!(
            suggest(
                Some(2),
                Some(2),
                &done(&levels),
                &[past(2, 2, &other), past(2, 2, &levels)]
            ),
            None
        );
        assert_eq!(
            suggest(
                Some(2),
                Some(2),
                &done(&levels),
                &[past(2, 5, &levels), past(2, 2, &levels)]
            ),
            None
        );
    }

    #[test]
    fn no_rating_means_no_offer() {
        let levels = [("a", Intensity::Standard)];
        assert_eq!(suggest(Some(5), None, &done(&levels), &[]), None);
    }

    fn summary(levels: &[(&str, Intensity)], before: Option<u8>, ending: Ending) -> Summary {
        Summary {
            routine_id: "lower-back".into(),
            routine_title: "Lower back".to_owned(),
            started_at: 0,
            duration: std::time::Duration::from_secs(300),
            ending,
            pain_before: before,
            exercises: levels
                .iter()
                .map(|(id, intensity)| crate::prescription::ExerciseSummary {
                    id: (*id).into(),
                    title: id.to_uppercase(),
                    intensity: *intensity,
                    hold_seconds: 15,
                    repetitions: 3,
                    holds_done: 3,
                    holds_planned: 3,
                    sides: None,
                    variation: None,
                })
                .collect(),
        }
    }

    #[test]
    fn pain_rising_at_gentle_is_never_met_with_silence() {
        let gentle = [("a", Intensity::Gentle), ("b", Intensity::Gentle)];
        let advice = advise(&summary(&gentle, Some(1), Ending::Finished), Some(8), &[]);
        let care = advice.care.expect("what to do now");
        assert_eq!(care.heading_id, CARE_HEADING);
        assert_eq!(care.heading(), "Take it easy for the rest of today");
        assert!(care.red_flags, "8 or more shows the red flags");
        assert_eq!(advice.suggestion, None, "nothing is lower than Gentle");
        assert_eq!(
            care.point_ids,
            vec![CARE_STOP, CARE_AT_GENTLEST, CARE_KEEP_ACTIVE, CARE_ASK],
            "at the gentlest level: leave it out, keep active, ask"
        );
        let points = care.points();
        assert!(points[2].contains("Bed rest does not help"));
        assert!(points[1].contains("leave out any exercise that hurt"));
        assert!(points[1].contains("physiotherapist"));
        assert_eq!(advice.leave_out, None, "finished: nothing stopped in");

        let mild = advise(&summary(&gentle, Some(3), Ending::Finished), Some(4), &[]);
        let care = mild.care.expect("pain rose by one: still says what to do");
        assert!(!care.red_flags);
        let high = advise(&summary(&gentle, None, Ending::Finished), Some(6), &[]);
        assert!(high.care.is_some(), "6 or more without a rating before");
        // Above Gentle the words point to a lower level first.
        let standard = [("a", Intensity::Standard)];
        let care = advise(&summary(&standard, Some(2), Ending::Finished), Some(4), &[])
            .care
            .expect("care words");
        assert_eq!(care.point_ids[1], CARE_NEXT_TIME);
    }

    #[test]
    fn red_flags_at_a_rise_of_three_or_at_eight() {
        assert!(!pain_is_severe(Some(2), Some(4)));
        assert!(pain_is_severe(Some(2), Some(5)));
        assert!(!pain_is_severe(Some(5), Some(7)));
        assert!(pain_is_severe(None, Some(8)));
        assert!(!pain_is_severe(None, Some(7)));
        assert!(!pain_is_severe(Some(9), None));
    }

    #[test]
    fn steady_or_lower_pain_needs_no_care_words() {
        let levels = [("a", Intensity::Standard)];
        for (before, after) in [(Some(4), Some(4)), (Some(5), Some(2)), (None, Some(5))] {
            let advice = advise(&summary(&levels, before, Ending::Finished), after, &[]);
            assert_eq!(advice.care, None, "{before:?} -> {after:?}");
            assert_eq!(advice.suggestion, None, "{before:?} -> {after:?}");
        }
        let unrated = advise(&summary(&levels, Some(4), Ending::Finished), None, &[]);
        assert_eq!(unrated, Advice::default());
    }

    #[test]
    fn stopping_because_it_hurts_gives_the_care_words_and_a_step_down_at_once() {
        let levels = [("a", Intensity::Strong), ("b", Intensity::Gentle)];
        let ending = Ending::StoppedForPain {
            exercise_id: "a".to_owned(),
        };
        let advice = advise(&summary(&levels, None, ending.clone()), None, &[]);
        let care = advice.care.expect("care words at once");
        assert!(care.red_flags, "the red flags are with them");
        assert_eq!(care.point_ids[1], CARE_NEXT_TIME, "A can go lower");
        let offer = advice.suggestion.expect("a step down");
        assert_eq!(offer.direction, Direction::Down);
        assert_eq!(offer.reason, Reason::StoppedForPain);
        assert_eq!(offer.changes.len(), 1);
        assert!(
            !offer.offer_text().to_lowercase().contains("pain"),
            "nothing about a pain not rated yet: {}",
            offer.offer_text()
        );
        assert_eq!(
            advice.leave_out,
            Some(LeaveOut {
                exercise_id: "a".into(),
                exercise_title: "A".into()
            })
        );
        // Rated afterwards: the offer names the rise.
        let rated = advise(&summary(&levels, Some(3), ending), Some(8), &[]);
        assert!(rated.care.is_some_and(|care| care.red_flags));
        let offer = rated.suggestion.expect("still a step down");
        assert_eq!(offer.reason, Reason::PainRose { from: 3, to: 8 });
        assert!(
            offer
                .offer_text()
                .starts_with("Your pain went up from 3 to 8.")
        );
    }

    #[test]
    fn stopping_in_an_exercise_at_gentle_says_leave_it_out_and_ask() {
        let levels = [("a", Intensity::Strong), ("b", Intensity::Gentle)];
        let ending = Ending::StoppedForPain {
            exercise_id: "b".to_owned(),
        };
        let advice = advise(&summary(&levels, None, ending), None, &[]);
        let care = advice.care.expect("care words");
        assert_eq!(care.point_ids[1], CARE_AT_GENTLEST, "B is at Gentle");
        assert_eq!(
            advice.leave_out.map(|l| l.exercise_id).as_deref(),
            Some("b")
        );
    }

    #[test]
    fn the_offer_says_why_in_numbers_only_once_rated() {
        let levels = [("a", Intensity::Standard)];
        let text = |before, after| {
            suggest(before, after, &done(&levels), &[])
                .expect("an offer")
                .offer_text()
        };
        assert_eq!(
            text(Some(2), Some(5)),
            "Your pain went up from 2 to 5. Lower the intensity next time? A (Standard → Gentle)"
        );
        assert_eq!(
            text(None, Some(7)),
            "Your pain is 7 out of 10. Lower the intensity next time? A (Standard → Gentle)"
        );
        assert_eq!(
            text(Some(8), Some(7)),
            "Your pain is 7 out of 10. Lower the intensity next time? A (Standard → Gentle)"
        );
    }

    #[test]
    fn advise_steps_up_only_after_low_sessions_of_the_same_routine() {
        let levels = [("a", Intensity::Gentle)];
        let record = |routine: &str, started_at: u64| SessionRecord {
            started_at,
            routine_id: routine.to_owned().into(),
            routine_title: routine.to_owned(),
            duration_seconds: 300,
            exercises: vec![crate::profile::ExerciseRecord {
                id: "a".into(),
                title: "A".to_owned(),
                intensity: Intensity::Gentle,
                hold_seconds: 15,
                repetitions: 3,
                completed: true,
                sides: None,
                holds_done: None,
                variation: None,
            }],
            pain_before: Some(2),
            pain_after: Some(1),
            ending: Some(Ending::Finished),
        };
        let this = summary(&levels, Some(2), Ending::Finished);
        let two_low = [record("lower-back", 10), record("lower-back", 20)];
        let up = advise(&this, Some(1), &two_low)
            .suggestion
            .expect("step up");
        assert_eq!(up.direction, Direction::Up);
        let other_routine = [record("hips", 10), record("lower-back", 20)];
        assert_eq!(advise(&this, Some(1), &other_routine).suggestion, None);
    }
}
