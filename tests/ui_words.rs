//! The window's words come from the catalogues: no sentence for people is
//! left as a literal in the screens' code, and every message id the
//! screens name (in `t!(…)` over several lines too, and the keys sheets'
//! `shortcut(keys, id)`) exists in English.
//!
//! Not scanned yet: the player (`screen/player.rs`), moved with its
//! rework; the figure and ring widgets and the style (no words of their
//! own but the figure's missing-picture note).

use std::path::{Path, PathBuf};

use limber_core::i18n::Language;

/// Files of `src/ui` whose literals are not scanned, and why.
const NOT_SCANNED: &[&str] = &[
    // Its words move to the catalogues with the player's rework.
    "screen/player.rs",
    "widget/figure.rs",
    "widget/ring.rs",
    "style.rs",
];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The screens' sources to scan, with their path under `src/ui`.
fn screen_sources() -> Vec<(String, String)> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    sources(&ui, &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let name = path
                .strip_prefix(&ui)
                .expect("under src/ui")
                .to_string_lossy()
                .replace('\\', "/");
            (!NOT_SCANNED.contains(&name.as_str()))
                .then(|| (name, std::fs::read_to_string(&path).expect("readable")))
        })
        .collect()
}

/// The code of `source` before its test module, each line with its number.
fn code_lines(source: &str) -> Vec<(usize, &str)> {
    source
        .lines()
        .enumerate()
        .take_while(|(_, line)| !line.starts_with("#[cfg(test)]"))
        .map(|(index, line)| (index + 1, line))
        .collect()
}

/// The string literals on `line` (plain `"…"`, with escapes).
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        // A char literal '"' is not the start of a string.
        if c == '"' && previous != '\'' {
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => literal.push(c),
                }
            }
            found.push(literal);
        }
        previous = c;
    }
    found
}

/// Whether a literal reads as words for people: letters with a space
/// between words, or a capitalised word ("Start", "Save routine").
/// Message ids (`home-start`), key names on their own, file extensions
/// and widget ids do not.
fn reads_as_words(literal: &str) -> bool {
    let letters = literal.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return false;
    }
    let spaced = literal
        .split_whitespace()
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2;
    let mut chars = literal.chars();
    let capitalised = matches!(
        (chars.next(), chars.next()),
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
    );
    spaced || capitalised
}

/// Lines whose literals are not for people, or not the window's to
/// translate: logs and panics, attributes, the keys printed on the keys
/// (a shortcut's first argument; `Shortcut::keys_shown` translates their
/// words), font names and environment variables.
fn exempt(line: &str) -> bool {
    let code = line.trim_start();
    code.starts_with("//")
        || code.starts_with("#[")
        || [
            "shortcut(",
            "tracing::",
            ".expect(",
            "unreachable!(",
            "panic!(",
            "Font::with_name(",
            "env::var",
            "debug_struct(",
        ]
        .iter()
        .any(|call| line.contains(call))
}

/// Literals of `source` that read as words and are not exempt.
fn words_left(name: &str, source: &str) -> Vec<String> {
    code_lines(source)
        .into_iter()
        .filter(|(_, line)| !exempt(line))
        .flat_map(|(number, line)| {
            literals(line)
                .into_iter()
                .filter(|literal| reads_as_words(literal))
                .map(move |literal| format!("src/ui/{name}:{number}: {literal:?}"))
        })
        .collect()
}

#[test]
fn no_sentence_for_people_is_left_as_a_literal_in_the_screens() {
    let files = screen_sources();
    assert!(files.len() > 25, "the sources were found: {}", files.len());
    let left: Vec<String> = files
        .iter()
        .flat_map(|(name, source)| words_left(name, source))
        .collect();
    assert!(
        left.is_empty(),
        "words for people left in the code (move them to core/locales/en/):\n{}",
        left.join("\n")
    );
}

/// The message ids named in `source`: after `t!(` (over lines too), and
/// as the second argument of `shortcut(`.
fn ids_in(source: &str) -> Vec<String> {
    let code: String = code_lines(source)
        .into_iter()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(_, line)| format!("{line}\n"))
        .collect();
    let mut found = Vec::new();
    for (call, skip) in [("t!(", 0), ("shortcut(", 1)] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(call) {
            // `t!(` in `format!(` is no call of `t!`.
            let before = rest[..at].chars().next_back();
            rest = &rest[at + call.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let after: Vec<String> = literals(&rest[..rest.len().min(400)].replace('\n', " "));
            if let Some(id) = after.get(skip) {
                found.push(id.clone());
            }
        }
    }
    found
}

#[test]
fn every_message_the_screens_name_is_in_english() {
    let english = Language::english();
    let mut named = 0;
    let mut missing = Vec::new();
    for (name, source) in screen_sources() {
        for id in ids_in(&source) {
            named += 1;
            if !english.has(&id) {
                missing.push(format!("src/ui/{name}: `{id}`"));
            }
        }
    }
    assert!(named > 300, "only {named} ids found: the scan is blind");
    assert!(
        missing.is_empty(),
        "ids with no English message (add them to core/locales/en/):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scans_see_what_they_look_for() {
    let code = r#"
fn view() {
    let a = text("Save routine");
    let b = t!(
        "home-start",
        count = 2
    );
    let c = Key::Character("v");
    tracing::warn!("a log line stays English");
    let d = format!("{} sessions in all", 2);
}
pub const SHORTCUTS: &[Shortcut] = &[shortcut("Page Up", "history-key-page")];
#[cfg(test)]
mod tests { fn t() { text("Test words"); } }
"#;
    let left = words_left("x.rs", code);
    assert_eq!(
        left,
        [
            "src/ui/x.rs:3: \"Save routine\"",
            "src/ui/x.rs:10: \"{} sessions in all\""
        ]
    );
    assert_eq!(ids_in(code), ["home-start", "history-key-page"]);
}
