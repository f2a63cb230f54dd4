//! The command line's human output in languages other than English: the
//! cue sheet's columns line up in terminal columns (a Chinese character
//! takes two), and the coach merges the same stages in every language.

use std::process::{Command, Output};

use unicode_width::UnicodeWidthStr;

/// `limber --lang LANG ARGS` on an empty data folder.
fn limber_in(language: &str, args: &[&str]) -> String {
    let data = tempfile::tempdir().expect("a data folder");
    let output: Output = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--lang")
        .arg(language)
        .args(args)
        .env("LIMBER_DATA_DIR", data.path())
        .env_remove("LIMBER_LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("limber runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// A line of the cue sheet: a stage's heading (its offset, the stage's
/// name, what it is) or one of its cues (an offset or blanks, the kind of
/// cue, what it says or sounds).
#[derive(Debug)]
enum SheetLine<'a> {
    Heading {
        text: &'a str,
        described_at: usize,
    },
    Cue {
        text: &'a str,
        kind_at: usize,
        said_at: usize,
    },
}

/// Where the next word after `from` starts (a byte offset) in `line`.
fn next_word(line: &str, from: usize) -> usize {
    from + line[from..]
        .find(|c: char| c != ' ')
        .unwrap_or(line.len() - from)
}

/// Where the word starting at `from` ends.
fn word_end(line: &str, from: usize) -> usize {
    from + line[from..].find(' ').unwrap_or(line.len() - from)
}

/// The cue sheet's headings and cues; the title, options and total lines
/// are left out. Columns are terminal columns.
fn sheet_lines(sheet: &str) -> Vec<SheetLine<'_>> {
    let is_offset = |word: &str| {
        word.contains(':')
            && word.contains('.')
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
    };
    let mut lines = Vec::new();
    for line in sheet.lines() {
        let first = next_word(line, 0);
        let first_end = word_end(line, first);
        let with_offset = is_offset(&line[first..first_end]);
        if !with_offset && first == 0 {
            continue; // title, options, total
        }
        // A heading's stage name comes two spaces after its offset; a
        // cue's kind after the blank stage column.
        if with_offset
            && line[first_end..].starts_with("  ")
            && !line[first_end + 2..].starts_with(' ')
        {
            let name_end = word_end(line, first_end + 2);
            if name_end == line.len() {
                continue; // the end: "Done" alone
            }
            let described = next_word(line, name_end);
            lines.push(SheetLine::Heading {
                text: line,
                described_at: line[..described].width(),
            });
        } else {
            let kind = if with_offset {
                next_word(line, first_end)
            } else {
                first
            };
            let said = next_word(line, word_end(line, kind));
            lines.push(SheetLine::Cue {
                text: line,
                kind_at: line[..kind].width(),
                said_at: line[..said].width(),
            });
        }
    }
    lines
}

#[test]
fn the_cue_sheet_columns_line_up_in_chinese_and_german() {
    // Chinese stage names ("准备", "换侧") are two columns a character;
    // German "Vorbereitung" is longer than the English column. (English's
    // names have spaces, "Get ready", which this reading of the sheet does
    // not take apart; tests/cli.rs checks its sheet.)
    for language in ["zh-CN", "de"] {
        let sheet = limber_in(language, &["show", "lower-back", "--timeline"]);
        let lines = sheet_lines(&sheet);
        assert!(lines.len() > 50, "{language}: {sheet}");
        let mut described = Vec::new();
        let mut kinds = Vec::new();
        let mut said = Vec::new();
        for line in &lines {
            match line {
                SheetLine::Heading { described_at, .. } => described.push(*described_at),
                SheetLine::Cue {
                    kind_at, said_at, ..
                } => {
                    kinds.push(*kind_at);
                    said.push(*said_at);
                }
            }
        }
        let column = described[0];
        for line in &lines {
            let (text, at) = match line {
                SheetLine::Heading { text, described_at } => (text, *described_at),
                SheetLine::Cue { text, kind_at, .. } => (text, *kind_at),
            };
            assert_eq!(at, column, "{language}: out of line: {text:?}\n{sheet}");
        }
        assert!(
            said.iter().all(|at| *at == said[0]),
            "{language}: the cue texts start in different columns\n{sheet}"
        );
        if language == "zh-CN" {
            assert!(sheet.contains("换侧"), "{sheet}");
        }
    }
}

#[test]
fn the_press_up_merges_relax_and_rest_alike_in_every_language() {
    // The press-up's release says "Lower and rest.": the coach says no
    // "Rest." after it and shows one stage, in any language.
    let mut counts = Vec::new();
    for language in ["en", "de", "es", "fr", "pt-BR", "zh-CN"] {
        let sheet = limber_in(language, &["show", "lower-back", "--timeline"]);
        // The press-up is the routine's first exercise: its stages run
        // to the second exercise's first heading.
        let routine = limber_in(language, &["show", "lower-back"]);
        let second_title = routine
            .lines()
            .find_map(|line| line.strip_prefix("2. "))
            .expect("a second exercise");
        let lines = sheet_lines(&sheet);
        let mut headings = 0;
        let mut cues = 0;
        for line in &lines {
            match line {
                SheetLine::Heading { text, .. } => {
                    // The title in the heading is the same as in the list
                    // up to the dose.
                    let head: String = second_title.chars().take(4).collect();
                    if text.contains(&head) {
                        break;
                    }
                    headings += 1;
                }
                SheetLine::Cue { .. } => cues += 1,
            }
        }
        counts.push((language, headings, cues));
    }
    let english = counts[0];
    assert!(english.1 > 10, "{counts:?}");
    for count in &counts {
        assert_eq!((count.1, count.2), (english.1, english.2), "{counts:?}");
    }
}
