//! A Gentle lower-back-like routine, built from schema values (no files),
//! resolved and described as `limber show lower-back` prints it.

use std::time::Duration;

use limber_core::content::schema::{
    Dose, Exercise, Illustration, Limb, Range, Region, Role, Routine, RoutineEntry, Sides, Step,
};
use limber_core::session::describe::describe;
use limber_core::session::dose::{ExerciseChoice, Intensity, apply_override, resolve};
use limber_core::session::phases::{Plan, Timings};
use limber_core::words::duration as format_duration;

fn exercise(id: &str, title: &str, sides: Sides, hold: (u32, u32), reps: (u32, u32)) -> Exercise {
    let step = |role: Role| Step {
        role,
        title: format!("{role:?}"),
        text: String::new(),
        caution: None,
        illustration: Illustration::Pose("standing".to_string()),
        spoken: None,
        spoken_caution: None,
        says_rest: false,
    };
    Exercise {
        id: id.to_string().into(),
        title: title.to_string(),
        areas: vec!["lower-back".to_string()],
        summary: String::new(),
        sides,
        limb: Limb::Leg,
        dose: Dose {
            hold_seconds: Range(hold.0, hold.1),
            repetitions: Range(reps.0, reps.1),
            move_seconds: 2,
            release_seconds: 2,
            rest_seconds: 5,
        },
        cautions: Vec::new(),
        tips: Vec::new(),
        highlight: Region::LowerBack,
        steps: vec![
            step(Role::Setup),
            step(Role::Move),
            step(Role::Hold),
            step(Role::Release),
        ],
        variations: Vec::new(),
        switch_sides: None,
    }
}

fn library() -> Vec<Exercise> {
    vec![
        exercise(
            "press-up",
            "Press-up on the forearms",
            Sides::None,
            (15, 30),
            (3, 5),
        ),
        exercise(
            "knee-to-chest",
            "Knee to chest",
            Sides::Alternate,
            (15, 30),
            (2, 4),
        ),
        exercise(
            "partial-crunch",
            "Partial crunch",
            Sides::None,
            (1, 2),
            (9, 13),
        ),
    ]
}

fn lower_back() -> Routine {
    Routine {
        id: "lower-back".into(),
        title: "Lower back".to_string(),
        description: String::new(),
        area: Some("lower-back".to_string()),
        exercises: ["press-up", "knee-to-chest", "partial-crunch"]
            .iter()
            .map(|id| RoutineEntry {
                exercise: id.to_string().into(),
                dose: None,
            })
            .collect(),
        made_by: None,
    }
}

fn show(intensity: Intensity) -> (String, Duration) {
    let library = library();
    let routine = lower_back();
    let exercises: Vec<_> = routine
        .exercises
        .iter()
        .map(|entry| {
            let exercise = library
                .iter()
                .find(|exercise| exercise.id == entry.exercise)
                .expect("every exercise of the routine is in the library");
            let dose = apply_override(exercise.dose, entry.dose.as_ref());
            let resolution = resolve(&dose, &ExerciseChoice::at(intensity));
            assert!(resolution.clamps.is_empty());
            (exercise, resolution.dose)
        })
        .collect();
    let timings = Timings::default();
    let mut out = Vec::new();
    assert!(describe(&routine, &exercises, &timings, &mut out).is_ok());
    let total = Plan::new(&exercises, &timings).total();
    (String::from_utf8_lossy(&out).into_owned(), total)
}

#[test]
fn gentle_lower_back_reads_fifteen_seconds_three_times_and_so_on() {
    let (text, total) = show(Intensity::Gentle);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Lower back",
            "1. Press-up on the forearms — hold 15 s × 3",
            "2. Knee to chest — hold 15 s × 2 each leg",
            "3. Partial crunch — hold 1 s × 9",
            format!("Total: {}", format_duration(total)).as_str(),
        ]
    );
    // Worked out by hand from the plan rules (read 8 s per setup card, get
    // ready 5 s, move 2, release 2, rest 5 between repetitions):
    // press-up 8 + 5 + 3 × 19 + 2 × 5 = 80; knee to chest (4 holds)
    // 8 + 5 + 4 × 19 + 3 × 5 = 104; crunch 8 + 5 + 9 × 5 + 8 × 5 = 98;
    // and a 5 s "Up next" breather before each exercise after the first.
    assert_eq!(total, Duration::from_secs(80 + 5 + 104 + 5 + 98));
    assert_eq!(format_duration(total), "4 min 52 s");
}

#[test]
fn standard_and_strong_take_the_middle_and_the_high_end() {
    let (standard, _) = show(Intensity::Standard);
    assert!(standard.contains("1. Press-up on the forearms — hold 23 s × 4"));
    assert!(standard.contains("2. Knee to chest — hold 23 s × 3 each leg"));
    assert!(standard.contains("3. Partial crunch — hold 2 s × 11"));
    let (strong, strong_total) = show(Intensity::Strong);
    assert!(strong.contains("1. Press-up on the forearms — hold 30 s × 5"));
    assert!(strong.contains("2. Knee to chest — hold 30 s × 4 each leg"));
    assert!(strong.contains("3. Partial crunch — hold 2 s × 13"));
    let (_, gentle_total) = show(Intensity::Gentle);
    assert!(strong_total > gentle_total);
}
