//! Every message id the code asks for exists in English, the source: a
//! typo in an id would otherwise show the id itself on a screen. The check
//! reads the sources of both crates (the core and the app) for the ways
//! the code names a message: `t!("id"`, `tr("id"`, `tr_args("id"`.

use std::path::{Path, PathBuf};

use limber_core::i18n::Language;

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The message ids named in `code` as a literal right after one of the
/// calls, with the line each is on. Comment lines are skipped (a doc
/// example is checked by its own doctest).
fn ids_in(code: &str) -> Vec<(usize, String)> {
    const CALLS: [&str; 3] = ["t!(\"", "tr(\"", "tr_args(\""];
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for call in CALLS {
            let mut rest = line;
            while let Some(at) = rest.find(call) {
                // `str(` in `from_str(` is not `tr(`: the call must start a
                // name (not follow a letter, digit or underscore).
                let before = rest[..at].chars().next_back();
                rest = &rest[at + call.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    found.push((number + 1, rest[..end].to_owned()));
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_names_is_in_english() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&core.join("src"), &mut files);
    sources(&core.join("../src"), &mut files);
    assert!(files.len() > 50, "the sources were found: {}", files.len());
    let english = Language::english();
    let mut missing = Vec::new();
    let mut named = 0;
    for file in &files {
        let code = std::fs::read_to_string(file).expect("readable source");
        for (line, id) in ids_in(&code) {
            named += 1;
            if !english.has(&id) {
                missing.push(format!("{}:{line}: `{id}`", file.display()));
            }
        }
    }
    assert!(named > 0, "no message ids found: the scan is blind");
    assert!(
        missing.is_empty(),
        "message ids with no English message (add them to core/locales/en/):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_each_way_of_naming_a_message() {
    let code = r#"
        let a = t!("home-start");
        let b = limber_core::i18n::tr("home-history");
        let c = language.tr_args("player-rep-of", &[("rep", 2)]);
        let d = t!("player-rep-of", rep = 2, reps = 3);
        let e = u32::from_str("12");
        // t!("in-a-comment")
    "#;
    let ids: Vec<String> = ids_in(code).into_iter().map(|(_, id)| id).collect();
    assert_eq!(
        ids,
        [
            "home-start",
            "home-history",
            "player-rep-of",
            "player-rep-of"
        ]
    );
}
