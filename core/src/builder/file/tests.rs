use std::path::{Path, PathBuf};

use super::*;
use crate::builder::Draft;
use crate::content::{Library, Sources};
use crate::dose::{ExerciseChoice, Intensity};

fn shipped() -> Library {
    Library::shipped().0
}

/// A draft of two exercises, the first held 20 s.
fn morning(library: &Library, name: &str) -> Routine {
    let mut draft = Draft {
        name: name.into(),
        ..Draft::default()
    };
    for id in ["knee-to-chest", "partial-crunch"] {
        let exercise = library.exercise(id).expect("shipped");
        draft
            .add(exercise, &ExerciseChoice::at(Intensity::Gentle))
            .expect("added");
    }
    draft.step_hold(0, true, library);
    draft.to_routine("", "me", library)
}

fn header() -> Header {
    Header {
        maker: "Me".into(),
        date: "2 March 2026".into(),
    }
}

fn new_job(content: &Path, routine: Routine, known: &Library) -> SaveJob {
    SaveJob {
        content_dir: content.to_path_buf(),
        routine,
        target: Target::New {
            known_ids: known.routines().iter().map(|r| r.id.to_string()).collect(),
        },
        header: header(),
        replace_changed: false,
        now: 1_772_442_000,
    }
}

fn load(content: &Path) -> Library {
    let (library, problems) = Library::load(&Sources {
        user_dir: Some(content.to_path_buf()),
        extra_dir: None,
    });
    assert!(problems.is_empty(), "{problems:?}");
    library
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn the_file_reads_plainly_and_loads_over_the_shipped_content() {
    let library = shipped();
    let mut routine = morning(&library, "Morning stretch");
    routine.id = "morning-stretch".into();
    let text = routine_text(&routine, &header()).expect("text");
    assert_eq!(
        text,
        r#"// Made in Limber's routine builder by Me on 2 March 2026.
// Each dose is one value, (n, n): the hold (seconds) and the repetitions
// chosen for it, played at every intensity. Change it in the app (Edit
// on its tile on Home) or here; `limber check` checks this folder.
(
    id: "morning-stretch",
    title: "Morning stretch",
    description: "2 exercises: Knee to chest, Partial crunch.",
    made_by: "me",
    exercises: [
        (
            exercise: "knee-to-chest",
            dose: (
                hold_seconds: (20, 20),
                repetitions: (2, 2),
            ),
        ),
        (
            exercise: "partial-crunch",
            dose: (
                hold_seconds: (1, 1),
                repetitions: (9, 9),
            ),
        ),
    ],
)
"#
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let saved = save(&new_job(&content, routine.clone(), &library)).expect("saved");
    assert_eq!(saved.id, "morning-stretch");
    assert_eq!(saved.path, content.join("routines/morning-stretch.ron"));
    assert_eq!(saved.kept, None);
    let loaded = load(&content);
    assert_eq!(loaded.routine("morning-stretch"), Some(&routine));
    assert_eq!(
        loaded.routine_file("morning-stretch"),
        Some(saved.path.as_path())
    );
    // Nothing but the file (no temp file left behind).
    assert_eq!(files_in(&content.join("routines")), ["morning-stretch.ron"]);
}

#[test]
fn a_name_cannot_break_the_files_comment() {
    let library = shipped();
    let mut routine = morning(&library, "Evening");
    routine.title = "Evening\u{2028}".into();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let mut job = new_job(&content, routine, &library);
    job.header.maker = "Sam\n(id: \"x\")\r\n// \u{2028}".into();
    save(&job).expect("saved");
    let loaded = load(&content);
    assert!(loaded.routine("evening").is_some());
}

#[test]
fn a_new_routine_never_takes_a_known_id_or_an_existing_file() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    // A shipped id.
    let saved = save(&new_job(
        &content,
        morning(&library, "Lower back"),
        &library,
    ))
    .expect("saved");
    assert_eq!(saved.id, "lower-back-2");
    // A file someone wrote by hand (broken, so not loaded: not a known id).
    let by_hand = content.join("routines/morning.ron");
    fs::write(&by_hand, "(id: \"morning\", title: ").expect("write");
    let saved = save(&new_job(&content, morning(&library, "Morning"), &library)).expect("saved");
    assert_eq!(saved.id, "morning-2");
    assert_eq!(
        fs::read_to_string(&by_hand).expect("kept"),
        "(id: \"morning\", title: ",
        "never replaced"
    );
    // The shipped routine is still the shipped one.
    let (loaded, _) = Library::load(&Sources {
        user_dir: Some(content.clone()),
        extra_dir: None,
    });
    assert_eq!(loaded.routine("lower-back"), library.routine("lower-back"));
    assert_eq!(loaded.routine_file("lower-back"), None);
}

#[test]
fn writing_a_new_file_refuses_a_name_that_is_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.ron");
    write_new(&path, b"one").expect("first");
    let error = write_new(&path, b"two").expect_err("taken");
    assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&path).expect("read"), b"one");
    assert_eq!(files_in(dir.path()), ["x.ron"], "no temp file left");
}

/// A saved routine opened for editing: the job that saves `routine` over
/// it.
fn edit_job(content: &Path, path: &Path, opened: &Routine, routine: Routine) -> SaveJob {
    SaveJob {
        content_dir: content.to_path_buf(),
        routine,
        target: Target::Existing {
            path: path.to_path_buf(),
            opened: opened.clone(),
        },
        header: header(),
        replace_changed: false,
        now: 1_772_442_000,
    }
}

fn saved_routine(content: &Path, library: &Library, name: &str) -> (PathBuf, Routine) {
    let saved = save(&new_job(content, morning(library, name), library)).expect("saved");
    let loaded = load(content);
    let routine = loaded.routine(&saved.id).expect("loaded").clone();
    (saved.path, routine)
}

#[test]
fn an_edit_rewrites_the_same_file_and_keeps_the_id() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let (path, opened) = saved_routine(&content, &library, "Morning");
    let mut changed = morning(&library, "Morning and evening");
    changed.exercises.reverse();
    let saved = save(&edit_job(&content, &path, &opened, changed.clone())).expect("saved");
    assert_eq!(saved.id, "morning", "a new name keeps the id");
    assert_eq!(saved.path, path);
    assert_eq!(saved.kept, None);
    let loaded = load(&content);
    let routine = loaded.routine("morning").expect("loaded");
    assert_eq!(routine.title, "Morning and evening");
    assert_eq!(routine.exercises[0].exercise, "partial-crunch");
    assert_eq!(files_in(&content.join("routines")), ["morning.ron"]);
    assert!(!content.join(KEPT_FOLDER).exists());
}

#[test]
fn a_file_changed_meanwhile_is_kept_unless_the_person_says_replace_it() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let (path, opened) = saved_routine(&content, &library, "Morning");
    // A comment added by hand is no change to the routine.
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, format!("// Looked at by Dr Lee.\n{text}")).expect("write");
    let mine = morning(&library, "Mine");
    save(&edit_job(&content, &path, &opened, mine.clone())).expect("saved over a comment");
    let opened = load(&content).routine("morning").cloned().expect("saved");

    // Someone changes the title in a text editor.
    let theirs = fs::read_to_string(&path)
        .expect("read")
        .replace("\"Mine\"", "\"Theirs\"");
    fs::write(&path, &theirs).expect("write");
    let error = save(&edit_job(&content, &path, &opened, mine.clone())).expect_err("changed");
    assert!(matches!(error, FileError::Changed { .. }), "{error}");
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        theirs,
        "untouched"
    );

    // The person chooses to save theirs over it: the other is kept.
    let mut job = edit_job(&content, &path, &opened, mine);
    job.replace_changed = true;
    let saved = save(&job).expect("saved");
    let kept = saved.kept.expect("the other version was kept");
    assert_eq!(kept, content.join(".kept/morning-replaced-1772442000.ron"));
    assert_eq!(fs::read_to_string(&kept).expect("kept"), theirs);
    assert_eq!(
        load(&content).routine("morning").map(|r| r.title.as_str()),
        Some("Mine")
    );

    // A file that is not a routine any more counts as changed too.
    let opened = load(&content).routine("morning").cloned().expect("saved");
    fs::write(&path, "garbage").expect("write");
    let error = save(&edit_job(&content, &path, &opened, opened.clone())).expect_err("changed");
    assert!(matches!(error, FileError::Changed { .. }), "{error}");
    assert_eq!(fs::read_to_string(&path).expect("read"), "garbage");
}

#[test]
fn a_deleted_file_is_not_written_again_unless_asked() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let (path, opened) = saved_routine(&content, &library, "Morning");
    fs::remove_file(&path).expect("removed by someone");
    let error = save(&edit_job(&content, &path, &opened, opened.clone())).expect_err("gone");
    assert!(matches!(error, FileError::Gone { .. }), "{error}");
    assert!(!path.exists());
    let mut job = edit_job(&content, &path, &opened, opened.clone());
    job.replace_changed = true;
    let saved = save(&job).expect("saved again");
    assert_eq!(saved.kept, None, "nothing to keep");
    assert!(path.exists());
}

#[test]
fn deleting_moves_the_file_aside_and_leaves_other_routines_alone() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let (path, _) = saved_routine(&content, &library, "Morning");
    let (other, _) = saved_routine(&content, &library, "Evening");
    let text = fs::read_to_string(&path).expect("read");
    // Not the routine asked for: refused.
    let error = delete(&content, &other, "morning", 7).expect_err("another routine");
    assert!(matches!(error, FileError::NotThisRoutine { .. }), "{error}");
    let kept = delete(&content, &path, "morning", 7).expect("deleted");
    assert_eq!(kept, content.join(".kept/morning-deleted-7.ron"));
    assert_eq!(fs::read_to_string(&kept).expect("kept"), text);
    assert!(!path.exists());
    // Kept copies are never loaded; the other routine still is.
    let loaded = load(&content);
    assert!(loaded.routine("morning").is_none());
    assert!(loaded.routine("evening").is_some());
    // Twice: gone.
    let error = delete(&content, &path, "morning", 8).expect_err("gone");
    assert!(matches!(error, FileError::Gone { .. }), "{error}");
    // The same name again later: the copies do not clash.
    let (path, _) = saved_routine(&content, &library, "Morning");
    assert_eq!(
        delete(&content, &path, "morning", 7).expect("deleted"),
        content.join(".kept/morning-deleted-7-2.ron")
    );
}

#[test]
fn only_files_in_the_own_routines_folder_are_changed() {
    let library = shipped();
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let (_, opened) = saved_routine(&content, &library, "Morning");
    let elsewhere = dir.path().join("elsewhere/routines/morning.ron");
    fs::create_dir_all(elsewhere.parent().expect("parent")).expect("mkdir");
    fs::write(&elsewhere, "keep me").expect("write");
    let error =
        save(&edit_job(&content, &elsewhere, &opened, opened.clone())).expect_err("not own");
    assert!(matches!(error, FileError::NotOwn { .. }), "{error}");
    let error = delete(&content, &elsewhere, "morning", 1).expect_err("not own");
    assert!(matches!(error, FileError::NotOwn { .. }), "{error}");
    let sneaky = content.join("routines/../../elsewhere/routines/morning.ron");
    assert!(delete(&content, &sneaky, "morning", 1).is_err());
    assert_eq!(fs::read_to_string(&elsewhere).expect("read"), "keep me");
}
