//! The shipped content: everything loads without a problem and says what
//! the article says (doses, cautions at the right steps, pose ids).

use limber::cli::check::check;
use limber_core::content::Library;
use limber_core::content::schema::{Exercise, Illustration, Range, Region, Role, Sides};

fn shipped() -> Library {
    let (library, problems) = Library::shipped();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "shipped content has problems:\n{}",
        listed.join("\n")
    );
    library
}

fn exercise<'a>(library: &'a Library, id: &str) -> &'a Exercise {
    library
        .exercise(id)
        .unwrap_or_else(|| panic!("shipped exercise `{id}` is missing"))
}

#[test]
fn the_shipped_library_loads_without_problems() {
    let library = shipped();
    assert_eq!(library.areas().len(), 2);
    assert_eq!(library.exercises().len(), 5);
    assert_eq!(library.routines().len(), 3);
    let area_ids: Vec<&str> = library.areas().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(area_ids, ["lower-back", "hips"]);
    let routine_ids: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(routine_ids, ["lower-back", "hips", "full"]);
    assert_eq!(library.full_routine().map(|r| r.id.as_str()), Some("full"));
    assert_eq!(
        library.routine_for_area("hips").map(|r| r.id.as_str()),
        Some("hips")
    );
    // Every pose the architecture lists is shipped.
    for pose in [
        "prone-on-forearms",
        "prone-press-up",
        "supine-knees-bent",
        "knee-to-chest",
        "knee-to-chest-leg-flat",
        "crunch-start",
        "crunch-up",
        "butterfly-sit",
        "butterfly-press",
        "long-sit",
        "hamstring-bent-knee",
        "hamstring-lean",
        "standing",
    ] {
        assert!(library.pose(pose).is_some(), "pose `{pose}` is not shipped");
    }
}

#[test]
fn the_content_folder_on_disk_checks_clean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut out = Vec::new();
    let outcome = check(Some(&dir), &mut out).expect("writing to a Vec");
    let text = String::from_utf8_lossy(&out);
    assert!(outcome.is_ok(), "{text}");
    assert_eq!(outcome.errors + outcome.warnings, 0, "{text}");
    assert_eq!(
        (outcome.areas, outcome.exercises, outcome.routines),
        (2, 5, 3)
    );
    assert!(text.trim_end().ends_with("0 problems"), "{text}");
}

#[test]
fn doses_match_the_article() {
    let library = shipped();
    // (id, hold seconds, repetitions, sides); "repeat N times more" is N + 1.
    let table = [
        ("prone-press-up", (15, 30), (3, 5), Sides::None),
        ("knee-to-chest", (15, 30), (2, 4), Sides::Alternate),
        ("partial-crunch", (1, 2), (9, 13), Sides::None),
        ("butterfly-stretch", (5, 10), (4, 6), Sides::None),
        ("hamstring-stretch", (15, 30), (2, 3), Sides::Alternate),
    ];
    for (id, (hold_low, hold_high), (reps_low, reps_high), sides) in table {
        let exercise = exercise(&library, id);
        assert_eq!(
            exercise.dose.hold_seconds,
            Range(hold_low, hold_high),
            "{id} hold"
        );
        assert_eq!(
            exercise.dose.repetitions,
            Range(reps_low, reps_high),
            "{id} reps"
        );
        assert_eq!(exercise.sides, sides, "{id} sides");
    }
    let crunch = &exercise(&library, "partial-crunch").dose;
    assert!(crunch.move_seconds <= 3 && crunch.release_seconds <= 3 && crunch.rest_seconds <= 3);
}

#[test]
fn areas_routines_and_highlights_are_as_designed() {
    let library = shipped();
    let lower_back = library.area("lower-back").expect("lower-back area");
    assert_eq!(
        (lower_back.highlight, lower_back.pose.as_str()),
        (Region::LowerBack, "prone-press-up")
    );
    let hips = library.area("hips").expect("hips area");
    assert_eq!(
        (hips.highlight, hips.pose.as_str()),
        (Region::Hips, "butterfly-press")
    );

    let routine = |id: &str| -> Vec<String> {
        library
            .routine(id)
            .map(|r| r.exercises.iter().map(|e| e.exercise.to_string()).collect())
            .unwrap_or_default()
    };
    assert_eq!(
        routine("lower-back"),
        ["prone-press-up", "knee-to-chest", "partial-crunch"]
    );
    assert_eq!(routine("hips"), ["butterfly-stretch", "hamstring-stretch"]);
    assert_eq!(
        routine("full"),
        [
            "prone-press-up",
            "knee-to-chest",
            "partial-crunch",
            "butterfly-stretch",
            "hamstring-stretch"
        ]
    );
    assert_eq!(library.routine("full").and_then(|r| r.area.clone()), None);

    for (id, area, highlight) in [
        ("prone-press-up", "lower-back", Region::LowerBack),
        ("knee-to-chest", "lower-back", Region::LowerBack),
        ("partial-crunch", "lower-back", Region::Abdomen),
        ("butterfly-stretch", "hips", Region::GroinInnerThigh),
        ("hamstring-stretch", "hips", Region::Hamstring),
    ] {
        let exercise = exercise(&library, id);
        assert_eq!(exercise.areas, [area], "{id}");
        assert_eq!(exercise.highlight, highlight, "{id}");
    }
}

fn pose_of(illustration: &Illustration) -> &str {
    match illustration {
        Illustration::Pose(id) => id,
        Illustration::Image(path) => path,
    }
}

#[test]
fn steps_use_the_planned_poses_in_order() {
    let library = shipped();
    use Role::*;
    let plans: [(&str, &[(Role, &str)]); 5] = [
        (
            "prone-press-up",
            &[
                (Setup, "prone-on-forearms"),
                (Move, "prone-press-up"),
                (Hold, "prone-press-up"),
                // Back down with the forearms still on the floor: from the
                // forearms to arms by the sides no movement seen from the
                // side stays above the floor.
                (Release, "prone-resting"),
            ],
        ),
        (
            "knee-to-chest",
            &[
                (Setup, "supine-knees-bent"),
                (Move, "knee-to-chest"),
                (Hold, "knee-to-chest"),
                (Release, "supine-knees-bent"),
            ],
        ),
        (
            "partial-crunch",
            &[
                (Setup, "crunch-start"),
                (Move, "crunch-up"),
                (Hold, "crunch-up"),
                (Release, "crunch-start"),
            ],
        ),
        (
            "butterfly-stretch",
            &[
                (Setup, "butterfly-sit"),
                (Move, "butterfly-press"),
                (Hold, "butterfly-press"),
                (Release, "butterfly-sit"),
            ],
        ),
        (
            "hamstring-stretch",
            &[
                (Setup, "long-sit"),
                (Setup, "hamstring-bent-knee"),
                (Move, "hamstring-lean"),
                (Hold, "hamstring-lean"),
                (Release, "hamstring-bent-knee"),
            ],
        ),
    ];
    for (id, plan) in plans {
        let steps: Vec<(Role, &str)> = exercise(&library, id)
            .steps
            .iter()
            .map(|s| (s.role, pose_of(&s.illustration)))
            .collect();
        assert_eq!(steps, plan, "{id}");
    }
    let variation = exercise(&library, "knee-to-chest")
        .variations
        .first()
        .and_then(|v| v.illustration.as_ref())
        .map(pose_of);
    assert_eq!(variation, Some("knee-to-chest-leg-flat"));
}

/// The step cautions of one role, lower-cased and joined.
fn cautions_at(exercise: &Exercise, role: Role) -> String {
    exercise
        .steps
        .iter()
        .filter(|s| s.role == role)
        .filter_map(|s| s.caution.as_deref())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn the_article_cautions_reach_the_right_steps() {
    let library = shipped();
    let checks: [(&str, Role, &[&str]); 9] = [
        ("prone-press-up", Role::Move, &["hips", "pelvis", "floor"]),
        ("prone-press-up", Role::Hold, &["hips", "pelvis", "floor"]),
        ("knee-to-chest", Role::Hold, &["lower back", "floor"]),
        ("partial-crunch", Role::Move, &["head", "chin", "chest"]),
        ("partial-crunch", Role::Hold, &["head", "chin", "chest"]),
        ("partial-crunch", Role::Release, &["slowly"]),
        ("butterfly-stretch", Role::Move, &["back straight"]),
        ("butterfly-stretch", Role::Hold, &["back straight"]),
        ("hamstring-stretch", Role::Hold, &["back straight"]),
    ];
    for (id, role, words) in checks {
        let cautions = cautions_at(exercise(&library, id), role);
        for word in words {
            assert!(
                cautions.contains(word),
                "{id} {role:?}: `{word}` missing from {cautions:?}"
            );
        }
    }
    // General advice: start each session gently (a tip, easing in); if it
    // hurts, lower the intensity (a caution).
    for exercise in library.exercises() {
        let tips = exercise.tips.join(" ").to_lowercase();
        assert!(
            tips.contains("start each session gently") && tips.contains("easing in"),
            "{}: {tips}",
            exercise.id
        );
        let cautions = exercise.cautions.join(" ").to_lowercase();
        assert!(
            cautions.contains("if it hurts"),
            "{}: {cautions}",
            exercise.id
        );
        assert!(
            !cautions.contains("start"),
            "{}: a general tip is not a caution: {cautions}",
            exercise.id
        );
    }
    // The cautions at the exercises that need them.
    let general = |id: &str| exercise(&library, id).cautions.join(" ").to_lowercase();
    for word in [
        "buttock or leg",
        "stop and ask",
        "stenosis",
        "spondylolisthesis",
    ] {
        assert!(general("prone-press-up").contains(word), "press-up: {word}");
    }
    assert!(general("knee-to-chest").contains("hold behind your thigh"));
    // The three that bend the hip past a right angle.
    for id in ["knee-to-chest", "butterfly-stretch", "hamstring-stretch"] {
        assert!(general(id).contains("hip replacement"), "{id}");
    }
}

/// Each exercise's key caution is said aloud once (`spoken_caution`), at
/// the step it belongs to.
#[test]
fn every_exercise_has_one_key_caution_for_the_coach() {
    let library = shipped();
    let expected: [(&str, Role, &str); 5] = [
        ("prone-press-up", Role::Move, "hips"),
        ("knee-to-chest", Role::Hold, "lower back"),
        ("partial-crunch", Role::Release, "slowly"),
        ("butterfly-stretch", Role::Move, "gently"),
        ("hamstring-stretch", Role::Move, "straight back"),
    ];
    for (id, role, word) in expected {
        let keyed: Vec<&limber_core::content::schema::Step> = exercise(&library, id)
            .steps
            .iter()
            .filter(|s| s.spoken_caution.is_some())
            .collect();
        assert_eq!(keyed.len(), 1, "{id}: one key caution");
        assert_eq!(keyed[0].role, role, "{id}");
        let caution = keyed[0].spoken_caution().unwrap_or_default().to_lowercase();
        assert!(caution.contains(word), "{id}: {caution}");
    }
}

#[test]
fn step_cards_are_short_enough_to_read_from_across_the_room() {
    let library = shipped();
    for exercise in library.exercises() {
        for step in &exercise.steps {
            let words = step.title.split_whitespace().count();
            assert!(
                (2..=4).contains(&words),
                "{}: title {:?}",
                exercise.id,
                step.title
            );
            let sentences = step.text.matches(['.', '!', '?']).count();
            assert!(
                (1..=2).contains(&sentences),
                "{}: text {:?}",
                exercise.id,
                step.text
            );
            assert!(
                step.text.chars().count() <= 110,
                "{}: text {:?}",
                exercise.id,
                step.text
            );
        }
    }
}

/// The article's how-to points, in the steps where they matter:
/// the crunch lifts only a little, breathing out; the stretches are never
/// bounced or forced.
#[test]
fn the_crunch_lifts_a_little_breathing_out_and_the_stretches_are_not_bounced() {
    let library = shipped();
    let step_words = |id: &str, role: Role| {
        exercise(&library, id)
            .steps
            .iter()
            .filter(|s| s.role == role)
            .map(|s| {
                format!(
                    "{} {} {}",
                    s.title,
                    s.text,
                    s.caution.as_deref().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let lift = step_words("partial-crunch", Role::Move);
    for words in ["a little", "breathe out", "just off the floor"] {
        assert!(
            lift.contains(words),
            "the crunch's lift: `{words}` missing from {lift:?}"
        );
    }
    for id in ["butterfly-stretch", "hamstring-stretch"] {
        let hold = step_words(id, Role::Hold);
        for words in ["do not bounce", "force"] {
            assert!(
                hold.contains(words),
                "{id}'s hold: `{words}` missing from {hold:?}"
            );
        }
    }
}
