//! Loading content folders written in a temporary directory: bad files are
//! reported with their place and skipped, the rest loads, later folders
//! override earlier ones by id.

use std::fs;
use std::path::Path;

use limber::cli::check::check;
use limber_core::content::schema::Illustration;
use limber_core::content::{ImageSource, Library, Problem, Severity, Sources};

/// One pose and one area so test folders do not depend on the shipped ones.
const POSES: &str = r#"[
    (
        id: "test-pose",
        pelvis: (height: 3.95, angle: 90.0),
        near_arm: (shoulder: 0.0, elbow: 0.0),
        far_arm: (shoulder: 0.0, elbow: 0.0),
        near_leg: (hip: 0.0, knee: 0.0),
        far_leg: (hip: 0.0, knee: 0.0),
    ),
]
"#;

const AREA: &str = r#"(
    id: "test-area",
    title: "Test area",
    description: "An area for tests.",
    highlight: Hips,
    pose: "test-pose",
)
"#;

/// A valid exercise; `{id}`, `{title}`, `{hold}` and `{image}` are filled in.
const EXERCISE: &str = r#"(
    id: "{id}",
    title: "{title}",
    areas: ["test-area"],
    summary: "A test exercise.",
    dose: (
        hold_seconds: {hold},
        repetitions: (2, 4),
        move_seconds: 3,
        release_seconds: 3,
        rest_seconds: 5,
    ),
    highlight: Hips,
    steps: [
        (role: Setup, title: "Get ready", text: "Sit down.", illustration: Pose("test-pose")),
        (role: Hold, title: "Hold it", text: "Stay there.", caution: "Gently.", illustration: {image}),
    ],
)
"#;

fn exercise(id: &str, title: &str, hold: &str, image: &str) -> String {
    EXERCISE
        .replace("{id}", id)
        .replace("{title}", title)
        .replace("{hold}", hold)
        .replace("{image}", image)
}

fn valid_exercise(id: &str, title: &str) -> String {
    exercise(id, title, "(15, 30)", r#"Pose("test-pose")"#)
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create test folder");
    }
    fs::write(path, text).expect("write test file");
}

/// A folder with the test pose and area.
fn base_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "poses/test.ron", POSES);
    write(dir.path(), "areas/test-area.ron", AREA);
    dir
}

fn load_extra(dir: &Path) -> (Library, Vec<Problem>) {
    Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(dir.to_path_buf()),
    })
}

/// Problems in files under `dir` (the shipped content is tested on its own).
fn problems_in(dir: &Path, problems: &[Problem]) -> Vec<Problem> {
    let prefix = dir.display().to_string();
    problems
        .iter()
        .filter(|p| p.path.starts_with(&prefix))
        .cloned()
        .collect()
}

fn only_problem_for(problems: &[Problem], file: &str) -> Problem {
    let found: Vec<&Problem> = problems.iter().filter(|p| p.path.ends_with(file)).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one problem for {file}, got {found:#?}"
    );
    found[0].clone()
}

#[test]
fn a_bad_folder_gives_one_placed_problem_per_mistake_and_loads_the_rest() {
    let dir = base_folder();
    let root = dir.path();
    write(root, "exercises/good.ron", &valid_exercise("good", "Good"));
    // Line 3: a missing comma after the title.
    write(
        root,
        "exercises/syntax.ron",
        "(\n    id: \"syntax\",\n    title: \"No comma\"\n    areas: [],\n)\n",
    );
    // Line 3: a field the schema does not have.
    let typo =
        valid_exercise("typo", "Typo").replace("    summary:", "    sumary: \"x\",\n    summary:");
    write(root, "exercises/typo.ron", &typo);
    write(
        root,
        "exercises/inverted.ron",
        &exercise("inverted", "Inverted", "(30, 15)", r#"Pose("test-pose")"#),
    );
    write(
        root,
        "exercises/escape.ron",
        &exercise(
            "escape",
            "Escape",
            "(15, 30)",
            r#"Image("../../etc/passwd")"#,
        ),
    );
    write(
        root,
        "routines/missing.ron",
        "(\n    id: \"missing\",\n    title: \"Missing\",\n    description: \"x\",\n    exercises: [\n        (exercise: \"good\"),\n        (exercise: \"no-such-exercise\"),\n    ],\n)\n",
    );

    let (library, all) = load_extra(root);
    let problems = problems_in(root, &all);
    assert_eq!(problems.len(), 5, "{problems:#?}");
    assert!(problems.iter().all(|p| p.severity == Severity::Error));

    let syntax = only_problem_for(&problems, "syntax.ron");
    assert_eq!(syntax.line, Some(4), "{syntax}");

    let typo = only_problem_for(&problems, "typo.ron");
    assert_eq!(typo.line, Some(5), "{typo}");
    assert!(typo.message.contains("sumary"), "{typo}");

    let inverted = only_problem_for(&problems, "inverted.ron");
    assert_eq!(
        (inverted.line, inverted.col),
        (Some(7), Some(9)),
        "{inverted}"
    );
    assert!(inverted.message.contains("inverted"), "{inverted}");

    let escape = only_problem_for(&problems, "escape.ron");
    assert_eq!((escape.line, escape.col), (Some(16), Some(101)), "{escape}");
    assert!(escape.message.contains(".."), "{escape}");

    let missing = only_problem_for(&problems, "missing.ron");
    assert_eq!(
        (missing.line, missing.col),
        (Some(7), Some(20)),
        "{missing}"
    );
    assert!(missing.message.contains("no-such-exercise"), "{missing}");

    // The display form is file:line:col: message.
    let shown = missing.to_string();
    assert!(
        shown.starts_with(&format!("{}:7:20: ", missing.path)),
        "{shown}"
    );

    // What is valid still loads; the broken ones are skipped.
    assert!(library.exercise("good").is_some());
    for skipped in ["syntax", "typo", "inverted", "escape"] {
        assert!(
            library.exercise(skipped).is_none(),
            "{skipped} should be skipped"
        );
    }
    assert!(library.routine("missing").is_none());
    assert!(library.area("test-area").is_some());
    assert!(library.pose("test-pose").is_some());
}

/// A Windows editor saves with CRLF line ends: the files load the same and
/// problems are placed on the same line and column (the `\r` ends a line
/// and is never counted into the next one's column).
#[test]
fn files_saved_with_windows_line_ends_load_and_place_problems_alike() {
    let crlf = |text: &str| text.replace('\n', "\r\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "poses/test.ron", &crlf(POSES));
    write(root, "areas/test-area.ron", &crlf(AREA));
    write(
        root,
        "exercises/good.ron",
        &crlf(&valid_exercise("good", "Good")),
    );
    write(
        root,
        "exercises/syntax.ron",
        &crlf("(\n    id: \"syntax\",\n    title: \"No comma\"\n    areas: [],\n)\n"),
    );
    write(
        root,
        "exercises/inverted.ron",
        &crlf(&exercise(
            "inverted",
            "Inverted",
            "(30, 15)",
            r#"Pose("test-pose")"#,
        )),
    );
    write(
        root,
        "routines/missing.ron",
        &crlf(
            "(\n    id: \"missing\",\n    title: \"Missing\",\n    description: \"x\",\n    exercises: [\n        (exercise: \"good\"),\n        (exercise: \"no-such-exercise\"),\n    ],\n)\n",
        ),
    );

    let (library, all) = load_extra(root);
    let problems = problems_in(root, &all);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let place = |file: &str| {
        let problem = only_problem_for(&problems, file);
        (problem.line, problem.col)
    };
    assert_eq!(place("syntax.ron").0, Some(4));
    assert_eq!(place("inverted.ron"), (Some(7), Some(9)));
    assert_eq!(place("missing.ron"), (Some(7), Some(20)));
    let good = library.exercise("good").expect("loads");
    assert_eq!(good.title, "Good");
    assert!(
        good.steps.iter().all(|step| !step.text.contains('\r')),
        "{:?}",
        good.steps
    );
    assert!(library.pose("test-pose").is_some());
}

#[test]
fn later_folders_override_by_id_and_a_broken_override_falls_back() {
    let user = base_folder();
    write(
        user.path(),
        "exercises/a.ron",
        &valid_exercise("stretch", "From user"),
    );
    write(
        user.path(),
        "exercises/b.ron",
        &valid_exercise("other", "Other from user"),
    );
    let extra = tempfile::tempdir().expect("tempdir");
    write(
        extra.path(),
        "exercises/a.ron",
        &valid_exercise("stretch", "From extra"),
    );
    // A broken override (empty title) must not hide the user's version.
    write(
        extra.path(),
        "exercises/b.ron",
        &valid_exercise("other", " "),
    );

    let (library, problems) = Library::load(&Sources {
        user_dir: Some(user.path().to_path_buf()),
        extra_dir: Some(extra.path().to_path_buf()),
    });
    let title = |id: &str| library.exercise(id).map(|e| e.title.clone());
    assert_eq!(title("stretch").as_deref(), Some("From extra"));
    assert_eq!(title("other").as_deref(), Some("Other from user"));
    let extra_problems = problems_in(extra.path(), &problems);
    assert_eq!(extra_problems.len(), 1, "{extra_problems:#?}");
    assert!(extra_problems[0].message.contains("title"));
    assert!(
        problems_in(user.path(), &problems).is_empty(),
        "{problems:#?}"
    );
}

#[test]
fn a_missing_user_folder_is_fine_but_a_missing_extra_folder_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let absent = dir.path().join("absent");
    let (_, problems) = Library::load(&Sources {
        user_dir: Some(absent.clone()),
        extra_dir: None,
    });
    assert!(problems_in(&absent, &problems).is_empty());
    let (_, problems) = load_extra(&absent);
    let absent_problems = problems_in(&absent, &problems);
    assert_eq!(absent_problems.len(), 1);
    assert!(absent_problems[0].is_error());
}

#[test]
fn duplicate_ids_in_one_folder_name_both_files() {
    let dir = base_folder();
    write(
        dir.path(),
        "exercises/first.ron",
        &valid_exercise("same", "First"),
    );
    write(
        dir.path(),
        "exercises/second.ron",
        &valid_exercise("same", "Second"),
    );
    let (library, problems) = load_extra(dir.path());
    let problems = problems_in(dir.path(), &problems);
    let duplicate = only_problem_for(&problems, "second.ron");
    assert!(duplicate.message.contains("first.ron"), "{duplicate}");
    assert_eq!(duplicate.line, Some(2));
    assert_eq!(
        library.exercise("same").map(|e| e.title.as_str()),
        Some("First")
    );
}

#[test]
fn step_order_ids_and_absurd_values_are_errors() {
    let dir = base_folder();
    let root = dir.path();
    let hold_first =
        valid_exercise("hold-first", "Hold first").replace("(role: Setup,", "(role: Release,");
    write(root, "exercises/order.ron", &hold_first);
    write(
        root,
        "exercises/case.ron",
        &valid_exercise("Not_Kebab", "Case"),
    );
    write(
        root,
        "exercises/long.ron",
        &exercise("long", "Long", "(15, 601)", r#"Pose("test-pose")"#),
    );
    let zero_reps = valid_exercise("zero", "Zero").replace("(2, 4)", "(0, 0)");
    write(root, "exercises/zero.ron", &zero_reps);
    let slow = valid_exercise("slow", "Slow").replace("rest_seconds: 5", "rest_seconds: 301");
    write(root, "exercises/slow.ron", &slow);
    let no_pose = valid_exercise("no-pose", "No pose").replace(
        r#"illustration: Pose("test-pose")),
        (role: Hold"#,
        r#"illustration: Pose("nowhere")),
        (role: Hold"#,
    );
    write(root, "exercises/no-pose.ron", &no_pose);

    let (library, problems) = load_extra(root);
    let problems = problems_in(root, &problems);
    let expectations = [
        ("order.ron", "Release before the Hold", 15),
        ("case.ron", "kebab-case", 2),
        ("long.ron", "601", 7),
        ("zero.ron", "empty", 8),
        ("slow.ron", "rest_seconds", 11),
        ("no-pose.ron", "nowhere", 15),
    ];
    for (file, words, line) in expectations {
        let problem = only_problem_for(&problems, file);
        assert!(problem.message.contains(words), "{problem}");
        assert_eq!(problem.line, Some(line), "{problem}");
        assert!(problem.is_error());
    }
    for id in ["hold-first", "Not_Kebab", "long", "zero", "slow", "no-pose"] {
        assert!(library.exercise(id).is_none(), "{id} should be skipped");
    }
}

#[test]
fn images_must_stay_inside_the_folder_and_exist() {
    let dir = base_folder();
    let root = dir.path();
    write(root, "images/photo.png", "not really a png, but a file");
    let cases = [
        ("inside", r#"Image("images/photo.png")"#, None),
        (
            "absolute",
            r#"Image("/etc/hostname.png")"#,
            Some("absolute"),
        ),
        ("backslash", r#"Image("images\\photo.png")"#, Some("`/`")),
        ("absent", r#"Image("images/absent.png")"#, Some("not found")),
        ("text", r#"Image("poses/test.ron")"#, Some("PNG")),
    ];
    for (id, image, _) in cases {
        write(
            root,
            &format!("exercises/{id}.ron"),
            &exercise(id, id, "(15, 30)", image),
        );
    }
    let (library, problems) = load_extra(root);
    let problems = problems_in(root, &problems);
    for (id, _, expected) in cases {
        let file = format!("{id}.ron");
        match expected {
            None => assert!(
                problems.iter().all(|p| !p.path.ends_with(&file)),
                "{problems:#?}"
            ),
            Some(words) => {
                let problem = only_problem_for(&problems, &file);
                assert!(problem.message.contains(words), "{problem}");
                assert_eq!(problem.line, Some(16), "{problem}");
            }
        }
    }
    let inside = library
        .exercise("inside")
        .expect("the valid exercise loads");
    let image = library.image(&inside.steps[1].illustration);
    let expected = std::path::absolute(root.join("images/photo.png")).expect("absolute path");
    assert_eq!(image, Some(ImageSource::Path(expected)));
    assert_eq!(library.image(&Illustration::Pose("test-pose".into())), None);
}

#[cfg(unix)]
#[test]
fn an_image_linking_outside_the_folder_is_refused() {
    let outside = tempfile::tempdir().expect("tempdir");
    write(outside.path(), "secret.png", "x");
    let dir = base_folder();
    fs::create_dir_all(dir.path().join("images")).expect("mkdir");
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        dir.path().join("images/link.png"),
    )
    .expect("symlink");
    write(
        dir.path(),
        "exercises/link.ron",
        &exercise("link", "Link", "(15, 30)", r#"Image("images/link.png")"#),
    );
    let (library, problems) = load_extra(dir.path());
    let problem = only_problem_for(&problems_in(dir.path(), &problems), "link.ron");
    assert!(problem.message.contains("outside"), "{problem}");
    assert!(library.exercise("link").is_none());
}

#[test]
fn stray_files_are_warnings_and_hidden_files_are_ignored() {
    let dir = base_folder();
    let root = dir.path();
    write(root, "stray.ron", "()");
    write(root, "exercises/notes.txt", "notes");
    write(root, "exercises/nested/deep.ron", "()");
    write(root, "exercises/.good.ron.swp", "\u{0}\u{1}");
    write(root, "README.md", "# my content");
    let (_, problems) = load_extra(root);
    let problems = problems_in(root, &problems);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
    for file in ["stray.ron", "notes.txt", "deep.ron"] {
        only_problem_for(&problems, file);
    }
}

#[test]
fn optional_fields_may_be_written_with_or_without_some() {
    let dir = base_folder();
    let with_some = valid_exercise("with-some", "With Some")
        .replace(r#"caution: "Gently.""#, r#"caution: Some("Gently.")"#);
    write(dir.path(), "exercises/with-some.ron", &with_some);
    write(
        dir.path(),
        "exercises/without.ron",
        &valid_exercise("without", "Without"),
    );
    let (library, problems) = load_extra(dir.path());
    assert!(
        problems_in(dir.path(), &problems).is_empty(),
        "{problems:#?}"
    );
    for id in ["with-some", "without"] {
        let caution = library
            .exercise(id)
            .and_then(|e| e.steps[1].caution.clone());
        assert_eq!(caution.as_deref(), Some("Gently."), "{id}");
    }
}

#[test]
fn check_prints_each_problem_and_a_summary() {
    let dir = base_folder();
    write(
        dir.path(),
        "exercises/good.ron",
        &valid_exercise("good", "Good"),
    );
    write(
        dir.path(),
        "exercises/inverted.ron",
        &exercise("inverted", "Inverted", "(30, 15)", r#"Pose("test-pose")"#),
    );
    let mut out = Vec::new();
    let outcome = check(Some(dir.path()), &mut out).expect("writing to a Vec");
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    let inverted_line = lines
        .iter()
        .find(|l| l.contains("inverted.ron"))
        .expect("the inverted range is printed");
    assert!(
        inverted_line.contains("inverted.ron:7:9: "),
        "{inverted_line}"
    );
    assert!(!outcome.is_ok());
    assert!(outcome.errors >= 1);
    let summary = lines.last().expect("a summary line");
    assert_eq!(*summary, limber::cli::check::summary(&outcome));
    // The valid exercise loaded on top of whatever shipped ones did.
    assert!(outcome.exercises >= 1, "{summary}");
    assert!(summary.contains("error"), "{summary}");
}

#[test]
fn pose_ids_follow_the_kebab_case_rule_too() {
    let dir = base_folder();
    let root = dir.path();
    write(
        root,
        "poses/mine.ron",
        r#"[
    (
        id: "Lying_Flat",
        pelvis: (height: 3.95, angle: 90.0),
        near_arm: (shoulder: 0.0, elbow: 0.0),
        far_arm: (shoulder: 0.0, elbow: 0.0),
        near_leg: (hip: 0.0, knee: 0.0),
        far_leg: (hip: 0.0, knee: 0.0),
    ),
    (
        id: "lying-flat-too",
        pelvis: (height: 3.95, angle: 90.0),
        near_arm: (shoulder: 0.0, elbow: 0.0),
        far_arm: (shoulder: 0.0, elbow: 0.0),
        near_leg: (hip: 0.0, knee: 0.0),
        far_leg: (hip: 0.0, knee: 0.0),
    ),
]
"#,
    );
    let (library, problems) = load_extra(root);
    let problems = problems_in(root, &problems);
    let problem = only_problem_for(&problems, "mine.ron");
    assert!(problem.message.contains("kebab-case"), "{problem}");
    assert_eq!(problem.line, Some(3), "{problem}");
    assert!(library.pose("Lying_Flat").is_none());
    assert!(library.pose("lying-flat-too").is_some());
}

/// `highlight` takes one body part or a list; a wrong name is placed at the
/// name and lists the valid ones; `limb` and an empty list get warnings.
#[test]
fn highlights_are_one_part_or_a_list_and_a_wrong_name_lists_the_parts() {
    use limber_core::content::schema::{BodyPart, Limb, Region};
    let dir = base_folder();
    let root = dir.path();
    let listed = valid_exercise("listed", "Listed")
        .replace("highlight: Hips,", "highlight: [Neck, Shoulders],");
    write(root, "exercises/listed.ron", &listed);
    let misspelt = valid_exercise("misspelt", "Misspelt")
        .replace("highlight: Hips,", "highlight: [Neck,\n        Sholders],");
    write(root, "exercises/misspelt.ron", &misspelt);
    let single_wrong =
        valid_exercise("single", "Single").replace("highlight: Hips,", "highlight: Nek,");
    write(root, "exercises/single.ron", &single_wrong);
    let limb_alone = valid_exercise("limb-alone", "Limb alone")
        .replace("    dose: (", "    limb: Arm,\n    dose: (")
        .replace("highlight: Hips,", "highlight: [],");
    write(root, "exercises/limb-alone.ron", &limb_alone);
    let sided = valid_exercise("sided", "Sided").replace(
        "    dose: (",
        "    sides: InTurn,\n    limb: Arm,\n    dose: (",
    );
    write(root, "exercises/sided.ron", &sided);

    let (library, problems) = load_extra(root);
    let ours = problems_in(root, &problems);

    let listed = library.exercise("listed").expect("a list loads");
    assert_eq!(
        listed.highlight,
        Region::of([BodyPart::Neck, BodyPart::Shoulders])
    );
    assert_eq!(listed.limb, Limb::Side, "the default");
    assert_eq!(library.exercise("sided").map(|e| e.limb), Some(Limb::Arm));

    let misspelt = only_problem_for(&ours, "misspelt.ron");
    assert_eq!(misspelt.severity, Severity::Error);
    assert_eq!(
        (misspelt.line, misspelt.col),
        (Some(14), Some(9)),
        "{misspelt}"
    );
    assert!(
        misspelt.message.contains("`Sholders` is not a body part"),
        "{misspelt}"
    );
    for part in BodyPart::ALL {
        assert!(misspelt.message.contains(part.name()), "{misspelt}");
    }
    let single = only_problem_for(&ours, "single.ron");
    assert_eq!((single.line, single.col), (Some(13), Some(16)), "{single}");
    assert!(library.exercise("misspelt").is_none() && library.exercise("single").is_none());

    let warnings: Vec<&Problem> = ours
        .iter()
        .filter(|p| p.path.ends_with("limb-alone.ron"))
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings.iter().all(|p| p.severity == Severity::Warning));
    assert!(
        warnings
            .iter()
            .any(|p| p.message.contains("`limb` only changes"))
    );
    assert!(warnings.iter().any(|p| p.message.contains("empty list")));
    assert!(
        library.exercise("limb-alone").is_some(),
        "warnings still load"
    );
}
