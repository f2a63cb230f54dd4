//! No sentence for people is left as a literal in the code: every word
//! Limber shows, says, prints or writes on paper comes from the
//! catalogues (`core/locales/`). A literal that
//! reads as words (two words, or a capitalised one) fails the test with
//! its file and line, unless the line is one people never read (a log, a
//! panic, an assertion, an attribute other than an error's message) or
//! says why it stays English with an
//! `// untranslated: <why>` comment (a command to type, the CSV's fixed
//! values).
//!
//! Every `.rs` file under `core/src` and `src` is read, so a new file is
//! checked from its first line; the screens (`src/ui`) have their own scan
//! (`tests/ui_words.rs` of the app), test modules and test support are
//! left out, and [`EXEMPT`] names the few files that hold no words for
//! people, each with why.

use std::path::Path;

/// The folders scanned, relative to the workspace's root: every `.rs`
/// file under them is checked, so a new file is checked from its first
/// line. The screens (`src/ui`) have their own scan.
const SCANNED: &[&str] = &["core/src", "src"];

/// Folders not read.
const NOT_SCANNED: &[&str] = &[
    // The screens: `tests/ui_words.rs` renders them in the pseudo-language.
    "src/ui",
    // Test support (`cfg(any(test, feature = "testing"))`): fakes and
    // stress loops for the tests, never in front of a person.
    "core/src/testing",
];

/// Files that hold no words for people, each with why.
const EXEMPT: &[&str] = &[
    // Test support like core/src/testing: the sample history the paper
    // tests lay out (`cfg(any(test, feature = "testing"))`).
    "core/src/paper/fixture.rs",
    // The app icon: SVG markup and the icon's pose in RON, drawn, never read.
    "core/src/figure/icon.rs",
    // `--help` and the man page's text, which stay English (issue 28); the
    // command line's other output is written in src/cli/*.
    "src/cli/args.rs",
    // The rehearsal's two progress lines: `cargo run --example rehearse`,
    // a developer's measuring command (scripts/measure_cues.sh), not
    // something the app or `limber` shows.
    "core/src/coach/rehearsal.rs",
];

/// Calls whose literals people never read. A literal inside one of them,
/// even on a later line of the call, is not checked.
const NOT_FOR_PEOPLE: &[&str] = &[
    "tracing::",
    ".expect(",
    "unreachable!(",
    "panic!(",
    "assert!(",
    "assert_eq!(",
    "assert_ne!(",
    "debug_assert",
    "todo!(",
    // The action keys of `io-failed` ("moving into place").
    "::io(",
    "io_error(",
    "map_err(io(",
    // Logs: the catalogue's own (a message a language lacks) and the
    // reminder service's, said once.
    "log_once(",
    "warn_once(",
    // A value's Debug output.
    "debug_struct(",
    ".field(",
];

/// Marks a line whose words stay English on purpose.
const UNTRANSLATED: &str = "// untranslated:";

/// A literal still open at the end of a line: its text so far, and
/// whether the line it began on is exempt.
type Open = Option<(String, bool)>;

/// The string literals of `line` (plain `"…"`, escapes skipped), each with
/// whether it is exempt (`skip`, or begun on an exempt line), and the
/// literal the line ends inside, if any.
fn literals(line: &str, skip: bool, mut open: Open) -> (Vec<(String, bool)>, Open) {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if let Some((literal, _)) = open.as_mut() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    if let Some((literal, exempt)) = open.take() {
                        found.push((literal, exempt || skip));
                    }
                }
                _ => literal.push(c),
            }
        } else if c == '"' && previous != '\'' {
            open = Some((String::new(), skip));
        } else if c == '/' && chars.peek() == Some(&'/') {
            // A comment after the code.
            break;
        }
        previous = c;
    }
    if let Some((literal, _)) = open.as_mut() {
        literal.push(' ');
    }
    (found, open)
}

/// `text` without format placeholders (`{}`, `{name:<10}`, `{{`).
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a literal reads as words for people: two words (a word has two
/// letters in a row), or a capitalised word ("Total"). Message ids
/// (`coach-get-ready`), selector keys (`to-come`), date patterns
/// (`%a %-d %b`) and format strings do not.
fn reads_as_words(literal: &str) -> bool {
    let text = without_placeholders(literal);
    let is_word = |token: &str| {
        let mut run = 0;
        token.chars().any(|c| {
            run = if c.is_alphabetic() { run + 1 } else { 0 };
            run >= 2
        })
    };
    let words = text
        .split_whitespace()
        .filter(|token| is_word(token))
        .count();
    let mut chars = text.trim_start().chars();
    let capitalised = matches!(
        (chars.next(), chars.next()),
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
    );
    words >= 2 || capitalised
}

/// How far `line` opens (positive) or closes round brackets, outside
/// literals.
fn bracket_depth(line: &str) -> i32 {
    let mut depth = 0;
    let mut in_literal = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_literal => {
                chars.next();
            }
            '"' => in_literal = !in_literal,
            '(' if !in_literal => depth += 1,
            ')' if !in_literal => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Whether `lines` begin with the test module: `#[cfg(test)]` (at the
/// start of a line) over `mod …`. Other items under `#[cfg(test)]` (a
/// `use`) are code like any other.
fn starts_test_module(lines: &[&str]) -> bool {
    let is_cfg_test = |line: &str| line.starts_with("#[cfg(") && line.contains("test");
    match lines {
        [first, rest @ ..] if is_cfg_test(first) => rest
            .iter()
            .find(|line| !line.trim_start().starts_with("#["))
            .is_some_and(|item| {
                let item = item.trim_start();
                ["mod ", "pub mod ", "pub(crate) mod "]
                    .iter()
                    .any(|start| item.starts_with(start))
            }),
        _ => false,
    }
}

/// The files of test modules kept apart (`#[cfg(test)] mod tests;` in
/// `dir/file.rs` is `dir/file/tests.rs`, in `dir/mod.rs` or `lib.rs`
/// `dir/tests.rs`).
fn test_module_files(name: &str, source: &str) -> Vec<String> {
    let lines: Vec<&str> = source.lines().collect();
    let folder = match name.rsplit_once('/') {
        Some((dir, "mod.rs" | "lib.rs" | "main.rs")) => dir.to_owned(),
        Some((dir, file)) => format!("{dir}/{}", file.trim_end_matches(".rs")),
        None => String::new(),
    };
    let mut found = Vec::new();
    for index in 0..lines.len() {
        if !starts_test_module(&lines[index..]) {
            continue;
        }
        let Some(item) = lines[index + 1..]
            .iter()
            .find(|line| !line.trim_start().starts_with("#["))
        else {
            continue;
        };
        let item = item
            .trim()
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub ");
        if let Some(module) = item.strip_prefix("mod ").and_then(|m| m.strip_suffix(';')) {
            found.push(format!("{folder}/{module}.rs"));
            found.push(format!("{folder}/{module}/mod.rs"));
        }
    }
    found
}

/// The literals of `source` (before its test module) that read as words
/// and are not exempt, as `file:line: "literal"`.
fn words_left(name: &str, source: &str) -> Vec<String> {
    let mut left = Vec::new();
    let mut open: Open = None;
    // Inside a call people never read: the depth of brackets still open.
    let mut exempt_depth = 0;
    // The line before was an `// untranslated:` comment.
    let mut marked = false;
    let lines: Vec<&str> = source.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if starts_test_module(&lines[index..]) {
            break;
        }
        let code = line.trim_start();
        let comment_only = open.is_none() && code.starts_with("//");
        if comment_only {
            marked = code.starts_with(UNTRANSLATED);
            continue;
        }
        // An error's message (`#[error("…")]`) is read by people; other
        // attributes are not.
        let attribute = open.is_none() && code.starts_with("#[") && !code.starts_with("#[error(");
        let exempt_call = NOT_FOR_PEOPLE.iter().any(|call| line.contains(call));
        let skip =
            attribute || exempt_call || exempt_depth > 0 || marked || line.contains(UNTRANSLATED);
        marked = false;
        if exempt_depth > 0 || exempt_call {
            exempt_depth = (exempt_depth + bracket_depth(line)).max(0);
        }
        let (found, still_open) = literals(line, skip, open.take());
        open = still_open;
        for (literal, exempt) in found {
            if !exempt && reads_as_words(&literal) {
                left.push(format!("{name}:{}: {literal:?}", index + 1));
            }
        }
    }
    left
}

/// Every `.rs` file under `folder` (relative to `root`), as paths
/// relative to `root` with `/` between parts, sorted.
fn rust_files(root: &Path, folder: &str, found: &mut Vec<String>) {
    let entries =
        std::fs::read_dir(root.join(folder)).unwrap_or_else(|error| panic!("{folder}: {error}"));
    for entry in entries {
        let entry = entry.unwrap_or_else(|error| panic!("{folder}: {error}"));
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = format!("{folder}/{name}");
        if NOT_SCANNED.contains(&path.as_str()) {
            continue;
        }
        let kind = entry
            .file_type()
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        if kind.is_dir() {
            rust_files(root, &path, found);
        } else if name.ends_with(".rs") {
            found.push(path);
        }
    }
}

/// Every file under the scanned folders.
fn scanned_files(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for folder in SCANNED {
        rust_files(root, folder, &mut found);
    }
    found.sort();
    found
}

#[test]
fn no_sentence_for_people_is_left_as_a_literal_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = scanned_files(&root);
    let sources: Vec<(String, String)> = files
        .into_iter()
        .map(|name| {
            let source = std::fs::read_to_string(root.join(&name))
                .unwrap_or_else(|error| panic!("{name}: {error}"));
            (name, source)
        })
        .collect();
    let tests: Vec<String> = sources
        .iter()
        .flat_map(|(name, source)| test_module_files(name, source))
        .collect();
    let mut left = Vec::new();
    for (name, source) in &sources {
        let listed = EXEMPT.contains(&name.as_str());
        if !listed && !tests.contains(name) {
            left.extend(words_left(name, source));
        }
    }
    assert!(
        left.is_empty(),
        "words for people left in the code (move them to core/locales/en/, \
         or say why they stay English with `{UNTRANSLATED} …`):\n{}",
        left.join("\n")
    );
}

#[test]
fn the_exempt_files_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for name in EXEMPT {
        assert!(root.join(name).is_file(), "{name} is listed but not there");
    }
}

#[test]
fn the_scan_sees_words_and_lets_the_rest_be() {
    let code = r#"
pub fn say() -> String {
    let a = t!("coach-get-ready");
    let b = format!("{at:>9}  {:<10} {}", "", x);
    let c = "Get ready.";
    tracing::warn!(
        "a log line stays English {}",
        x
    );
    let d = format!("{} sessions in all", 2);
    let e = "limber remind &"; // untranslated: a command
    let f = match x { Some(_) => "to-come", None => "%a %-d %b" };
    let g = "Total";
    #[error("cannot read the file")]
    #[serde(rename = "the field")]
    let h = "a sentence \
             over two lines";
    // "Words in a comment"
    // untranslated: a file's fixed header
    let i = "started at,\
             routine title";
}
#[cfg(test)]
mod tests { fn t() { let x = "Test words"; } }
"#;
    assert_eq!(
        words_left("x.rs", code),
        [
            "x.rs:5: \"Get ready.\"",
            "x.rs:10: \"{} sessions in all\"",
            "x.rs:13: \"Total\"",
            "x.rs:14: \"cannot read the file\"",
            "x.rs:17: \"a sentence               over two lines\"",
        ]
    );
}
