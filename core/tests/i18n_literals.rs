//! No sentence for people is left as a literal in the code whose words
//! have moved to the catalogues: the core's words, safety text, coach,
//! plan and history, and the command line's human output. A literal that
//! reads as words (two words, or a capitalised one) fails the test with
//! its file and line, unless the line is one people never read (a log, a
//! panic, an assertion, an attribute) or says why it stays English with an
//! `// untranslated: <why>` comment (a command to type, the CSV's fixed
//! values).
//!
//! The screens have their own scan (`tests/ui_words.rs` of the app). Files
//! not listed in [`FINISHED`] still hold literals; the list grows as their
//! words move.

use std::path::Path;

/// The files checked, relative to the workspace's root.
const FINISHED: &[&str] = &[
    "core/src/words.rs",
    "core/src/words/dates.rs",
    "core/src/dose.rs",
    "core/src/progress/calendar.rs",
    "core/src/schedule/ics.rs",
    "core/src/schedule/file.rs",
    "core/src/content/pack.rs",
    "core/src/content/size.rs",
    "core/src/content/source.rs",
    "core/src/files.rs",
    "core/src/pack/export.rs",
    "core/src/pack/import.rs",
    "core/src/pack/mod.rs",
    "core/src/paper/mod.rs",
    "core/src/paper/sheet.rs",
    "core/src/profile/history_file.rs",
    "core/src/profile/lenient.rs",
    "core/src/profile/notice.rs",
    "core/src/guidance/advice.rs",
    "core/src/guidance/emergency.rs",
    "core/src/guidance/safety.rs",
    "core/src/builder/mod.rs",
    "core/src/coach/phrases.rs",
    "core/src/schedule/words.rs",
    "core/src/export/history.rs",
    "core/src/session/describe.rs",
    "src/cli/app.rs",
    "src/cli/check.rs",
    "src/cli/cue_sheet.rs",
    "src/cli/env.rs",
    "src/cli/figures.rs",
    "src/cli/history.rs",
    "src/cli/pack.rs",
    "src/cli/plan.rs",
    "src/cli/remind.rs",
    "src/cli/report.rs",
    "src/cli/show.rs",
    "src/platform/notifications.rs",
    "src/platform/reminders.rs",
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

/// The literals of `source` (before its test module) that read as words
/// and are not exempt, as `file:line: "literal"`.
fn words_left(name: &str, source: &str) -> Vec<String> {
    let mut left = Vec::new();
    let mut open: Open = None;
    // Inside a call people never read: the depth of brackets still open.
    let mut exempt_depth = 0;
    // The line before was an `// untranslated:` comment.
    let mut marked = false;
    for (index, line) in source.lines().enumerate() {
        if line.starts_with("#[cfg(") && line.contains("test") {
            break;
        }
        let code = line.trim_start();
        let comment_only = open.is_none() && code.starts_with("//");
        if comment_only {
            marked = code.starts_with(UNTRANSLATED);
            continue;
        }
        let attribute = open.is_none() && code.starts_with("#[");
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

#[test]
fn no_sentence_for_people_is_left_as_a_literal_in_the_finished_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut left = Vec::new();
    for name in FINISHED {
        let source = std::fs::read_to_string(root.join(name))
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        left.extend(words_left(name, &source));
    }
    assert!(
        left.is_empty(),
        "words for people left in the code (move them to core/locales/en/, \
         or say why they stay English with `{UNTRANSLATED} …`):\n{}",
        left.join("\n")
    );
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
            "x.rs:15: \"a sentence               over two lines\"",
        ]
    );
}
