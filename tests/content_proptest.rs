//! The loader never panics, whatever the files hold: random bytes and
//! mutated copies of the shipped RON files.

use std::fs;
use std::path::Path;

use limber_core::content::{Library, Sources};
use proptest::prelude::*;

const SHIPPED: [(&str, &str); 6] = [
    (
        "areas/lower-back.ron",
        include_str!("../content/areas/lower-back.ron"),
    ),
    (
        "exercises/knee-to-chest.ron",
        include_str!("../content/exercises/knee-to-chest.ron"),
    ),
    (
        "exercises/hamstring-stretch.ron",
        include_str!("../content/exercises/hamstring-stretch.ron"),
    ),
    (
        "exercises/partial-crunch.ron",
        include_str!("../content/exercises/partial-crunch.ron"),
    ),
    (
        "routines/full.ron",
        include_str!("../content/routines/full.ron"),
    ),
    (
        "poses/knee-to-chest.ron",
        include_str!("../content/poses/knee-to-chest.ron"),
    ),
];

/// One edit of a text; positions are fractions so they fit any length.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, text: String },
    Duplicate { at: f64, len: usize },
    Replace { from: String, to: String },
}

fn edit() -> impl Strategy<Value = Edit> {
    let fragment = prop_oneof![
        Just(String::from("(")),
        Just(String::from(")")),
        Just(String::from("\"")),
        Just(String::from(",")),
        Just(String::from(":")),
        Just(String::from("/*")),
        Just(String::from("//")),
        Just(String::from("r#\"")),
        Just(String::from("Some(")),
        Just(String::from("\u{e9}\u{1f600}")),
        "[a-z_ ]{0,8}",
        ".{0,6}",
    ];
    let word = prop_oneof![
        Just(String::from("Hold")),
        Just(String::from("Setup")),
        Just(String::from("Release")),
        Just(String::from("Move")),
        Just(String::from("15")),
        Just(String::from("30")),
        Just(String::from("\"knee-to-chest\"")),
        Just(String::from("\"lower-back\"")),
        Just(String::from("Pose")),
        Just(String::from("Image")),
        Just(String::from("areas")),
    ];
    prop_oneof![
        (0.0..1.0f64, 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        (0.0..1.0f64, fragment.clone()).prop_map(|(at, text)| Edit::Insert { at, text }),
        (0.0..1.0f64, 1usize..200).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        (word.clone(), prop_oneof![word, fragment])
            .prop_map(|(from, to)| Edit::Replace { from, to }),
    ]
}

/// The char boundary at or before a fraction of the text.
fn boundary(text: &str, at: f64) -> usize {
    let mut index = ((text.len() as f64) * at) as usize;
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn apply(text: &str, edit: &Edit) -> String {
    match edit {
        Edit::Delete { at, len } => {
            let start = boundary(text, *at);
            let end = boundary(
                text,
                ((start + len) as f64 / text.len().max(1) as f64).min(1.0),
            );
            let end = end.max(start);
            format!("{}{}", &text[..start], &text[end..])
        }
        Edit::Insert { at, text: insert } => {
            let i = boundary(text, *at);
            format!("{}{}{}", &text[..i], insert, &text[i..])
        }
        Edit::Duplicate { at, len } => {
            let start = boundary(text, *at);
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}{}", &text[..end], &text[start..])
        }
        Edit::Replace { from, to } => text.replacen(from.as_str(), to, 1),
    }
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create test folder");
    }
    fs::write(path, bytes).expect("write test file");
}

/// Loads the folder and checks what must hold for any input: every place
/// lies inside its file.
fn load_and_check_places(root: &Path, texts: &[(String, Vec<u8>)]) {
    let (_, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(root.to_path_buf()),
    });
    for problem in &problems {
        let Some(line) = problem.line else { continue };
        let Some((_, bytes)) = texts
            .iter()
            .find(|(rel, _)| problem.path.ends_with(rel.as_str()))
        else {
            continue;
        };
        let lines = String::from_utf8_lossy(bytes).split('\n').count();
        assert!(
            line >= 1 && line <= lines + 1,
            "{problem} (file has {lines} lines)"
        );
        assert!(problem.col.unwrap_or(1) >= 1, "{problem}");
    }
}

proptest! {
    // 128 cases by default (each writes a folder); PROPTEST_CASES raises it.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(128),
    ))]

    #[test]
    fn random_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        kind in prop_oneof![Just("areas"), Just("exercises"), Just("routines"), Just("poses")],
    ) {
        let dir = tempfile::tempdir().expect("tempdir");
        let rel = format!("{kind}/random.ron");
        write(dir.path(), &rel, &bytes);
        load_and_check_places(dir.path(), &[(rel, bytes)]);
    }

    #[test]
    fn mutated_shipped_files_never_panic(
        file in 0..SHIPPED.len(),
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let (rel, original) = SHIPPED[file];
        let mutated = edits.iter().fold(original.to_string(), |text, e| apply(&text, e));
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), rel, mutated.as_bytes());
        load_and_check_places(dir.path(), &[(rel.to_string(), mutated.into_bytes())]);
    }
}

#[test]
fn the_mutation_helpers_change_text() {
    // Guards the property tests against edits that silently do nothing.
    let text = "(id: \"a\", title: \"Hold\")";
    assert_ne!(apply(text, &Edit::Delete { at: 0.5, len: 3 }), text);
    assert_ne!(
        apply(
            text,
            &Edit::Insert {
                at: 0.5,
                text: "x".into()
            }
        ),
        text
    );
    assert_ne!(apply(text, &Edit::Duplicate { at: 0.0, len: 4 }), text);
    assert_ne!(
        apply(
            text,
            &Edit::Replace {
                from: "Hold".into(),
                to: "Move".into()
            }
        ),
        text
    );
}
