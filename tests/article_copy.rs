//! Limber keeps the facts of the clinic's article its exercises come from,
//! in its own words: no run of 8 or more words may be shared with the
//! article anywhere in the shipped content (`content/`, every file) or in
//! the app's own text (the string literals of `src/`).
//!
//! The article is not part of this repository. Where it sits beside it
//! (`../shared/source/article.txt`, on a developer's machine) the test
//! measures the longest shared run exactly; everywhere, it checks every
//! run of 8 words against `tests/article_runs.txt`, a list of hashes of the
//! article's 8-word runs (no text), which
//! `LIMBER_UPDATE_ARTICLE_RUNS=1 cargo test --test article_copy` rewrites
//! from the article.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The longest run of words the app may share with the article.
const MAX_SHARED_WORDS: usize = 7;
/// The run length the hash list holds.
const RUN: usize = MAX_SHARED_WORDS + 1;

/// FNV-1a, 64 bits: a stable hash of a run of words for the list.
fn hash(run: &str) -> u64 {
    run.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn runs_file() -> PathBuf {
    root().join("tests/article_runs.txt")
}

/// The hashes of the article's 8-word runs, as committed.
fn committed_runs() -> HashSet<u64> {
    std::fs::read_to_string(runs_file())
        .expect("tests/article_runs.txt")
        .lines()
        .filter_map(|line| u64::from_str_radix(line.trim(), 16).ok())
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The article's words, or `None` when the shared folder is not there (a
/// copy of the repository on its own).
fn article() -> Option<String> {
    std::fs::read_to_string(root().join("../shared/source/article.txt")).ok()
}

/// Lowercase words: letters and digits, apostrophes inside words kept
/// ("you've"), curly quotes read as straight ones.
fn words(text: &str) -> Vec<String> {
    text.replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every run of `n` words of `text`, joined by spaces.
fn runs(words: &[String], n: usize) -> HashSet<String> {
    words.windows(n).map(|w| w.join(" ")).collect()
}

/// The longest run of words `text` shares with the article, with its length.
fn longest_shared(article: &[String], text: &[String]) -> (usize, String) {
    let mut best = (0, String::new());
    // Runs of length n+1 are shared only if runs of n are: grow until none.
    for n in 1..=text.len().min(article.len()) {
        let theirs = runs(article, n);
        match text
            .windows(n)
            .map(|w| w.join(" "))
            .find(|run| theirs.contains(run))
        {
            Some(run) => best = (n, run),
            None => break,
        }
    }
    best
}

/// The string literals of a Rust file, roughly: what a person can read.
fn string_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let mut chars = source.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (Some(text), '\\') => {
                if let Some(next) = chars.next() {
                    text.push(if next == 'n' { ' ' } else { next });
                }
            }
            (Some(text), '"') => {
                literals.push(std::mem::take(text));
                current = None;
            }
            (Some(text), c) => text.push(c),
            (None, '/') if chars.peek() == Some(&'/') => {
                // A comment to the end of the line is not read by people
                // using the app (and may quote the article to explain).
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            (None, _) => {}
        }
    }
    literals
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every text of the app, with its file: content files whole (comments
/// included: they are written for physiotherapists to read), Rust files'
/// string literals.
fn app_texts() -> Vec<(PathBuf, String)> {
    let mut texts = Vec::new();
    let mut paths = Vec::new();
    files(&root().join("content"), &mut paths);
    // The app's own words: the shell's and the core's.
    files(&root().join("src"), &mut paths);
    files(&root().join("core/src"), &mut paths);
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("core/src/guidance/safety.rs"))
            && paths.iter().any(|p| p.ends_with("src/ui/screen/player.rs")),
        "the app's sources were not found under {}",
        root().display()
    );
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // pictures
        };
        if path.extension().is_some_and(|e| e == "rs") {
            texts.extend(
                string_literals(&text)
                    .into_iter()
                    .map(|t| (path.clone(), t)),
            );
        } else {
            texts.push((path, text));
        }
    }
    texts
}

/// (file, longest shared run) for every text of the app sharing more than
/// the allowed run with `article`.
fn shared_runs(article: &[String]) -> Vec<(PathBuf, usize, String)> {
    let mut found = Vec::new();
    for (path, text) in app_texts() {
        let (n, run) = longest_shared(article, &words(&text));
        if n > MAX_SHARED_WORDS {
            found.push((path, n, run));
        }
    }
    found
}

/// The check that runs everywhere: no 8-word run of the app's texts is one
/// of the article's.
#[test]
fn no_run_of_eight_words_is_the_articles() {
    let article = committed_runs();
    assert!(article.len() > 500, "the list holds the article's runs");
    let mut copied = Vec::new();
    for (path, text) in app_texts() {
        for run in words(&text).windows(RUN).map(|w| w.join(" ")) {
            if article.contains(&hash(&run)) {
                copied.push(format!("{}: \"{run}\"", path.display()));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "runs of {RUN} words that are the article's:\n{}",
        copied.join("\n")
    );
}

/// With the article beside the repository: the exact longest run, and the
/// committed list up to date.
#[test]
fn no_sentence_of_the_article_is_copied() {
    let Some(article) = article() else {
        // Never a pass that checked nothing: without the article, the
        // committed list of its runs is what can be checked.
        eprintln!("../shared/source/article.txt is not here; checking against the hash list");
        no_run_of_eight_words_is_the_articles();
        return;
    };
    let article = words(&article);
    let hashes: std::collections::BTreeSet<u64> =
        article.windows(RUN).map(|w| hash(&w.join(" "))).collect();
    if std::env::var_os("LIMBER_UPDATE_ARTICLE_RUNS").is_some() {
        let text: String = hashes.iter().map(|h| format!("{h:016x}\n")).collect();
        std::fs::write(runs_file(), text).expect("write the list");
    }
    assert_eq!(
        committed_runs(),
        hashes.into_iter().collect(),
        "tests/article_runs.txt is the article's (see the top of this file)"
    );
    assert!(article.len() > 500, "the article was read");
    let copied = shared_runs(&article);
    assert!(
        copied.is_empty(),
        "runs of more than {MAX_SHARED_WORDS} words shared with the article:\n{}",
        copied
            .iter()
            .map(|(path, n, run)| format!("{}: {n} words: \"{run}\"", path.display()))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_measure_finds_a_copied_sentence() {
    let article = words(
        "Maintain a straight line between your head and torso, and avoid pressing your chin.",
    );
    let copied = words("Tip: maintain a straight line between your head and torso always.");
    assert_eq!(
        longest_shared(&article, &copied),
        (
            9,
            "maintain a straight line between your head and torso".to_owned()
        )
    );
    let own = words("Keep your head in line with your body.");
    assert!(longest_shared(&article, &own).0 <= MAX_SHARED_WORDS);
    assert_eq!(
        string_literals("let a = \"one \\\"two\\\"\"; // \"not this\"\nlet b = \"three\";"),
        vec!["one \"two\"".to_owned(), "three".to_owned()]
    );
}
