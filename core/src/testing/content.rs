//! Small content for tests: an exercise with the steps asked for, a dose.

use std::time::Duration;

use crate::content::schema::{
    Dose, Exercise, Illustration, Limb, Range, Region, Role, Sides, Step,
};
use crate::dose::ResolvedDose;

/// A step of `role` titled `title`, drawn with the "standing" pose.
pub fn step(role: Role, title: &str) -> Step {
    Step {
        role,
        title: title.to_string(),
        text: format!("{title}."),
        caution: None,
        illustration: Illustration::Pose("standing".to_string()),
        spoken: None,
        spoken_caution: None,
        says_rest: false,
    }
}

/// An exercise titled `title` with one step per role (ids from the title).
pub fn exercise(title: &str, sides: Sides, roles: &[Role]) -> Exercise {
    Exercise {
        id: (title.to_lowercase().replace(' ', "-")).into(),
        title: title.to_string(),
        areas: vec!["lower-back".to_string()],
        summary: String::new(),
        sides,
        limb: Limb::Leg,
        dose: Dose {
            hold_seconds: Range(15, 30),
            repetitions: Range(3, 5),
            move_seconds: 3,
            release_seconds: 2,
            rest_seconds: 5,
        },
        cautions: Vec::new(),
        tips: Vec::new(),
        highlight: Region::LowerBack,
        steps: roles
            .iter()
            .enumerate()
            .map(|(index, role)| step(*role, &format!("step {index}")))
            .collect(),
        variations: Vec::new(),
        switch_sides: None,
    }
}

/// A dose: `hold` seconds, `reps` repetitions, 3 s to move, 2 s to
/// release, 5 s rest.
pub fn resolved(hold: u64, reps: u32) -> ResolvedDose {
    ResolvedDose {
        hold: Duration::from_secs(hold),
        repetitions: reps,
        move_: Duration::from_secs(3),
        release: Duration::from_secs(2),
        rest: Duration::from_secs(5),
    }
}
