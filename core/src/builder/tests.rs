use std::path::Path;

use super::*;
use crate::dose::Intensity;

fn shipped() -> Library {
    let (library, problems) = Library::shipped();
    assert!(problems.is_empty(), "{problems:?}");
    library
}

fn gentle(_: &str) -> ExerciseChoice {
    ExerciseChoice::at(Intensity::Gentle)
}

fn exercise<'l>(library: &'l Library, id: &str) -> &'l Exercise {
    library.exercise(id).expect("a shipped exercise")
}

/// A draft with knee to chest, the crunch and the butterfly, added at
/// the Gentle level.
fn three(library: &Library) -> Draft {
    let mut draft = Draft {
        name: "Morning".into(),
        ..Draft::default()
    };
    for id in ["knee-to-chest", "partial-crunch", "butterfly-stretch"] {
        draft
            .add(exercise(library, id), &gentle(id))
            .expect("added");
    }
    draft
}

fn order(draft: &Draft) -> Vec<&str> {
    draft.entries.iter().map(|e| e.exercise.as_str()).collect()
}

#[test]
fn a_name_is_cleaned_then_checked() {
    let library = shipped();
    assert_eq!(clean_name("  Morning \t  stretch\n"), "Morning stretch");
    assert_eq!(
        check_name("  Morning \t  stretch\n", &library, None),
        Ok("Morning stretch".into())
    );
    assert_eq!(check_name("", &library, None), Err(NameProblem::Empty));
    assert_eq!(check_name(" \t ", &library, None), Err(NameProblem::Empty));
    assert_eq!(
        check_name("!!! ...", &library, None),
        Err(NameProblem::NoLetters)
    );
    assert_eq!(check_name("体操", &library, None), Ok("体操".into()));
    let long = "a".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(check_name(&long, &library, None), Err(NameProblem::TooLong));
    assert!(check_name(&"é".repeat(MAX_NAME_CHARS), &library, None).is_ok());
    // Another routine's title, whatever the case and spacing…
    assert_eq!(
        check_name("lower   BACK", &library, None),
        Err(NameProblem::Taken("Lower back".into()))
    );
    // …except the routine being changed.
    assert_eq!(
        check_name("Lower back", &library, Some("lower-back")),
        Ok("Lower back".into())
    );
    assert_eq!(
        NameProblem::Taken("Hips".into()).to_string(),
        "There is already a routine called \u{201c}Hips\u{201d}. Choose another name."
    );
}

#[test]
fn the_name_field_keeps_at_most_the_longest_name() {
    let (kept, cut) = typed_name("Evening");
    assert_eq!((kept.as_str(), cut), ("Evening", false));
    let pasted = format!("{}\n", "x".repeat(10_000));
    let (kept, cut) = typed_name(&pasted);
    assert_eq!(kept.chars().count(), MAX_NAME_CHARS);
    assert!(cut);
    let (kept, cut) = typed_name("a\tb");
    assert_eq!((kept.as_str(), cut), ("ab", false));
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn ids_are_kebab_case_unique_and_short() {
    let none = |_: &str| false;
    assert_eq!(
        id_for("Morning stretch!", none).as_deref(),
        Some("morning-stretch")
    );
    assert_eq!(
        id_for("  -- Hips & back 2 --", none).as_deref(),
        Some("hips-back-2")
    );
    assert_eq!(id_for("Übungen", none).as_deref(), Some("bungen"));
    assert_eq!(id_for("体操", none).as_deref(), Some("my-routine"));
    assert_eq!(id_for("Con", none).as_deref(), Some("con-routine"));
    let long = id_for(&"word ".repeat(100), none).expect("an id");
    assert!(long.len() <= MAX_ID_FROM_NAME, "{long}");
    assert!(is_kebab(&long), "{long}");
    let taken = ["morning", "morning-2"];
    assert_eq!(
        id_for("Morning", |id| taken.contains(&id)).as_deref(),
        Some("morning-3")
    );
    assert_eq!(id_for("Morning", |_| true), None);
    for name in ["a", "A b", "1 2 3", "x--y", "é-é", "Lower back"] {
        let id = id_for(name, none).expect("an id");
        assert!(is_kebab(&id), "{name:?} gave {id:?}");
    }
}

#[test]
fn an_added_exercise_starts_at_the_profiles_dose_within_its_range() {
    let library = shipped();
    let knee = exercise(&library, "knee-to-chest");
    assert_eq!(
        (knee.dose.hold_seconds, knee.dose.repetitions),
        (Range(15, 30), Range(2, 4))
    );
    let mut draft = Draft::default();
    let index = draft
        .add(knee, &ExerciseChoice::at(Intensity::Standard))
        .expect("added");
    assert_eq!(index, 0);
    assert_eq!(
        (draft.entries[0].hold_seconds, draft.entries[0].repetitions),
        (23, 3)
    );
    // Exact values of the profile, outside the range, come in to it.
    let beyond = ExerciseChoice {
        hold_seconds: Some(200),
        repetitions: Some(1),
        variation: Some("Upside down".into()),
        ..ExerciseChoice::default()
    };
    let entry = Entry::new(knee, &beyond);
    assert_eq!((entry.hold_seconds, entry.repetitions), (30, 2));
    let variation = knee.variations.first().map(|v| v.title.clone());
    assert!(variation.is_some(), "knee to chest has a variation");
    // A version the exercise does not have is not kept.
    assert_eq!(entry.variation, None);
    let chosen = ExerciseChoice {
        variation: variation.clone(),
        ..ExerciseChoice::default()
    };
    assert_eq!(Entry::new(knee, &chosen).variation, variation);

    assert_eq!(draft.add(knee, &beyond), Err(AddRefused::AlreadyIn));
    assert_eq!(draft.entries.len(), 1);
    while draft.entries.len() < MAX_EXERCISES {
        draft.entries.push(Entry {
            exercise: format!("filler-{}", draft.entries.len()),
            hold_seconds: 1,
            repetitions: 1,
            variation: None,
        });
    }
    let crunch = exercise(&library, "partial-crunch");
    assert_eq!(draft.add(crunch, &beyond), Err(AddRefused::Full));
    assert_eq!(draft.entries.len(), MAX_EXERCISES);
}

#[test]
fn reordering_moves_one_place_and_stops_at_the_ends() {
    let library = shipped();
    let mut draft = three(&library);
    assert_eq!(draft.move_entry(2, true), Some(1));
    assert_eq!(
        order(&draft),
        ["knee-to-chest", "butterfly-stretch", "partial-crunch"]
    );
    assert_eq!(draft.move_entry(0, false), Some(1));
    assert_eq!(
        order(&draft),
        ["butterfly-stretch", "knee-to-chest", "partial-crunch"]
    );
    assert_eq!(draft.move_entry(0, true), None);
    assert_eq!(draft.move_entry(2, false), None);
    assert_eq!(draft.move_entry(7, true), None);
    assert_eq!(draft.move_entry(usize::MAX, false), None);
    assert_eq!(
        order(&draft),
        ["butterfly-stretch", "knee-to-chest", "partial-crunch"]
    );
    assert_eq!(
        draft.remove(1).map(|e| e.exercise),
        Some("knee-to-chest".into())
    );
    assert_eq!(draft.remove(5), None);
    assert_eq!(order(&draft), ["butterfly-stretch", "partial-crunch"]);
}

#[test]
fn holds_step_in_whole_seconds_then_fives_within_the_range() {
    let wide = Bounds { min: 1, max: 300 };
    let steps: Vec<u32> = std::iter::successors(Some(7), |&s| {
        let next = step_hold(s, true, wide);
        (next <= 25).then_some(next)
    })
    .collect();
    assert_eq!(steps, [7, 8, 9, 10, 15, 20, 25]);
    assert_eq!(step_hold(12, true, wide), 15);
    assert_eq!(step_hold(12, false, wide), 10);
    assert_eq!(step_hold(15, false, wide), 10);
    assert_eq!(step_hold(10, false, wide), 9);
    assert_eq!(step_hold(1, false, wide), 1);
    assert_eq!(step_hold(300, true, wide), 300);
    assert_eq!(step_hold(u32::MAX, true, wide), 300);
    let range = Bounds { min: 15, max: 28 };
    assert_eq!(step_hold(25, true, range), 28);
    assert_eq!(step_hold(15, false, range), 15);

    let library = shipped();
    let mut draft = three(&library);
    // Knee to chest: 15–30 s, 2–4 each leg.
    assert_eq!(draft.entries[0].hold_seconds, 15);
    assert!(!draft.step_hold(0, false, &library), "15 s is its lowest");
    assert!(draft.step_hold(0, true, &library));
    assert_eq!(draft.entries[0].hold_seconds, 20);
    for _ in 0..10 {
        draft.step_hold(0, true, &library);
    }
    assert_eq!(draft.entries[0].hold_seconds, 30);
    assert!(draft.step_repetitions(0, true, &library));
    assert!(draft.step_repetitions(0, true, &library));
    assert!(!draft.step_repetitions(0, true, &library), "4 is its most");
    assert_eq!(draft.entries[0].repetitions, 4);
    assert!(!draft.step_hold(9, true, &library), "no such row");
}

#[test]
fn versions_cycle_and_an_unknown_one_is_refused() {
    let library = shipped();
    let mut draft = three(&library);
    let knee = exercise(&library, "knee-to-chest");
    let titles: Vec<Option<String>> = knee
        .variations
        .iter()
        .map(|v| Some(v.title.clone()))
        .collect();
    assert!(!titles.is_empty());
    let mut seen = vec![draft.entries[0].variation.clone()];
    for _ in 0..titles.len() {
        assert!(draft.next_variation(0, &library));
        seen.push(draft.entries[0].variation.clone());
    }
    assert!(draft.next_variation(0, &library));
    assert_eq!(draft.entries[0].variation, None, "back to the usual one");
    assert_eq!(seen[0], None);
    assert_eq!(&seen[1..], titles.as_slice());
    assert!(!draft.set_variation(0, Some("Upside down".into()), &library));
    assert!(draft.set_variation(0, titles[0].clone(), &library));
    assert_eq!(draft.entries[0].variation, titles[0]);
    // The crunch has none.
    assert!(!draft.next_variation(1, &library));
}

#[test]
fn a_draft_says_what_stops_it_being_saved() {
    let library = shipped();
    assert_eq!(
        Draft::default().problems(&library, None),
        [
            DraftProblem::Name(NameProblem::Empty),
            DraftProblem::NoExercises
        ]
    );
    let mut draft = three(&library);
    assert!(draft.problems(&library, None).is_empty());
    draft.entries[1].exercise = "gone".into();
    assert_eq!(
        draft.problems(&library, None),
        [DraftProblem::Missing("gone".into())]
    );
    assert_eq!(
        DraftProblem::NoExercises.to_string(),
        "Add at least one exercise."
    );
}

#[test]
fn a_draft_becomes_a_routine_with_each_dose_pinned() {
    let library = shipped();
    let mut draft = three(&library);
    draft.name = "  Morning   stretch ".into();
    draft.step_hold(0, true, &library);
    let routine = draft.to_routine("morning-stretch", "me", &library);
    assert_eq!(routine.id, "morning-stretch");
    assert_eq!(routine.title, "Morning stretch");
    assert_eq!(routine.made_by.as_deref(), Some("me"));
    assert_eq!(routine.area, None);
    assert_eq!(
        routine.description,
        "3 exercises: Knee to chest, Partial crunch, Butterfly stretch."
    );
    let first = &routine.exercises[0];
    assert_eq!(first.exercise, "knee-to-chest");
    assert_eq!(
        first.dose,
        Some(DoseOverride {
            hold_seconds: Some(Range(20, 20)),
            repetitions: Some(Range(2, 2)),
        })
    );
    // Played as pinned at every level.
    for level in Intensity::ALL {
        let played =
            crate::prescription::prescribe_with(&library, &routine, |_| ExerciseChoice::at(level));
        assert_eq!(played[0].dose.hold_seconds(), 20);
        assert_eq!(played[0].dose.repetitions, 2);
    }
}

#[test]
fn a_saved_routine_opens_as_it_was_and_fits_the_ranges() {
    let library = shipped();
    let mut draft = three(&library);
    draft.step_hold(0, true, &library);
    draft.step_repetitions(1, true, &library);
    draft.move_entry(2, true);
    let routine = draft.to_routine("morning", "me", &library);
    let (opened, adjusted) = Draft::of_routine(&routine, &library, gentle);
    assert_eq!(opened, draft);
    assert!(adjusted.is_empty());

    // A hand-written file: a range, a hold beyond the exercise's range, a
    // repeated exercise and one the library does not have.
    let written: Routine = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(
            r#"(id: "mine", title: "Mine", description: "", exercises: [
                (exercise: "knee-to-chest", dose: (hold_seconds: (40, 60))),
                (exercise: "partial-crunch", dose: (repetitions: (9, 13))),
                (exercise: "knee-to-chest"),
                (exercise: "not-here", dose: (hold_seconds: (5, 5), repetitions: (2, 2))),
            ])"#,
        )
        .expect("a routine");
    let standard = |_: &str| ExerciseChoice {
        hold_seconds: Some(99),
        ..ExerciseChoice::at(Intensity::Standard)
    };
    let (opened, adjusted) = Draft::of_routine(&written, &library, standard);
    assert_eq!(
        order(&opened),
        ["knee-to-chest", "partial-crunch", "not-here"]
    );
    // The level picks from the routine's range; the profile's exact 99 s
    // is the profile's, not the routine's.
    assert_eq!(opened.entries[0].hold_seconds, 30);
    assert_eq!(opened.entries[1].repetitions, 11);
    assert_eq!(
        (
            opened.entries[2].hold_seconds,
            opened.entries[2].repetitions
        ),
        (5, 2)
    );
    assert_eq!(adjusted.len(), 1, "{adjusted:?}");
    assert_eq!(adjusted[0].exercise, "Knee to chest");
    assert_eq!(
        adjusted[0].what,
        "the hold of 50 s is now 30 s, within the 15–30 s it suggests"
    );
    assert_eq!(
        opened.problems(&library, Some("mine")),
        [DraftProblem::Missing("not-here".into())]
    );
}

#[test]
fn own_routines_are_this_profiles_from_its_own_folder() {
    let folder = Path::new("/data/content");
    let files = [
        (
            "routines/mine.ron",
            r#"(id: "mine", title: "Mine", description: "x", made_by: "me",
                exercises: [(exercise: "knee-to-chest")])"#,
        ),
        (
            "routines/theirs.ron",
            r#"(id: "theirs", title: "Theirs", description: "x", made_by: "sam",
                exercises: [(exercise: "knee-to-chest")])"#,
        ),
        (
            "routines/by-hand.ron",
            r#"(id: "by-hand", title: "By hand", description: "x",
                exercises: [(exercise: "knee-to-chest")])"#,
        ),
    ];
    let mut texts: Vec<(String, String)> = Vec::new();
    for (path, file) in [
        ("exercises/knee-to-chest.ron", "exercises/knee-to-chest.ron"),
        ("areas/lower-back.ron", "areas/lower-back.ron"),
        ("poses/knee-to-chest.ron", "poses/knee-to-chest.ron"),
        ("poses/press-up.ron", "poses/press-up.ron"),
        ("poses/misc.ron", "poses/misc.ron"),
    ] {
        texts.push((
            path.to_owned(),
            std::fs::read_to_string(format!(
                "{}/content/{file}",
                concat!(env!("CARGO_MANIFEST_DIR"), "/..")
            ))
            .expect("shipped"),
        ));
    }
    let mut all: Vec<(&str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    all.extend(files);
    let (library, problems) = Library::load_texts(folder, &all);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    assert_eq!(library.routines().len(), 3);
    let ids = |routines: Vec<&Routine>| -> Vec<String> {
        routines.iter().map(|r| r.id.to_string()).collect()
    };
    assert_eq!(ids(own_routines(&library, "me", folder)), ["mine"]);
    assert_eq!(ids(own_routines(&library, "sam", folder)), ["theirs"]);
    assert!(own_routines(&library, "me", Path::new("/elsewhere")).is_empty());
    assert!(own_routines(&library, "nobody", folder).is_empty());
    assert_eq!(
        library.routine_file("mine"),
        Some(folder.join("routines/mine.ron").as_path())
    );
    assert_eq!(shipped().routine_file("lower-back"), None);
}
