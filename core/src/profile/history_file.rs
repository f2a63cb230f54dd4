//! Reading and writing `history/<id>.ron`, whatever shape it arrives in.
//!
//! This build writes version 2: one RON struct with one session per line,
//!
//! ```text
//! (version: 2, sessions: [
//! (started_at: 1700000000, routine_id: "lower-back", …),
//! ])
//! ```
//!
//! so a broken line costs that session only and a big history parses on
//! every core. A history is the one file a person cannot rebuild, so the
//! reader does not stop at that layout: a file all on one line, with
//! old-Mac CR or Windows CRLF line ends, pretty-printed by hand, or in
//! version 1's layout is read session by session, and whatever it cannot
//! read (a broken session, a file cut short, text after the end) is named
//! in [`Read::problems`]. The store keeps a copy of the file as it was
//! whenever there is a problem, before it writes the file again.
//!
//! Three readers, from fastest to most forgiving: line by line (the layout
//! this build writes), the whole file as one RON value (any layout of valid
//! RON), and item by item (the list split at its top-level commas, for a
//! file that is not valid RON as a whole). The one that reads the most
//! sessions wins.

use ron::value::RawValue;
use serde::Deserialize;

use crate::profile::history::SessionRecord;

/// The first line of a version 2 history. Version 2 is still one RON
/// struct (so an older Limber sees "a newer version" and leaves it alone).
pub(crate) const HEAD: &str = "(version: 2, sessions: ["; // untranslated: the file's format
/// Its last line.
pub(crate) const TAIL: &str = "])";

/// What was read, and what could not be.
#[derive(Debug, Default)]
pub(crate) struct Read {
    pub sessions: Vec<SessionRecord>,
    /// Each part of the file that could not be read, with its place ("line
    /// 7: …"). Empty only when the whole file was read.
    pub problems: Vec<String>,
}

impl Read {
    /// Better than `other`: more sessions read, or as many with fewer
    /// problems.
    fn beats(&self, other: &Read) -> bool {
        (self.sessions.len(), std::cmp::Reverse(self.problems.len()))
            > (
                other.sessions.len(),
                std::cmp::Reverse(other.problems.len()),
            )
    }
}

/// The history in this build's format (version 2).
pub(crate) fn encode(sessions: &[SessionRecord]) -> Result<String, String> {
    let mut text = String::with_capacity(64 + sessions.len() * 400);
    text.push_str(HEAD);
    text.push('\n');
    for session in sessions {
        text.push_str(&ron::to_string(session).map_err(|e| e.to_string())?);
        text.push_str(",\n");
    }
    text.push_str(TAIL);
    text.push('\n');
    Ok(text)
}

/// Reads only the `version` field; serde skips the rest.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// The file's version without parsing a big file twice: this build's
/// first line, else a leading `(version: N,`, else the `version` field of
/// the whole struct (a file whose version comes later, or a newer one).
pub(crate) fn probe(text: &str) -> Result<u32, String> {
    if let Some((_, first)) = lines(text).next()
        && first.len() <= 64
        && squeeze(first) == squeeze(HEAD)
    {
        return Ok(2);
    }
    if let Some(version) = leading_version(text) {
        return Ok(version);
    }
    ron::from_str::<VersionProbe>(text)
        .map(|probe| probe.version)
        .map_err(|error| error.to_string())
}

/// Reads a history of `version` (1 or 2, already probed) in any layout.
/// `Err` when not one session's place could be found: the file is not a
/// history at all (the store then keeps it aside whole).
pub(crate) fn read(version: u32, text: &str) -> Result<Read, String> {
    fn consider(read: Read, best: &mut Option<Read>) {
        if best.as_ref().is_none_or(|current| read.beats(current)) {
            *best = Some(read);
        }
    }
    let mut best: Option<Read> = None;
    if version == 2
        && let Some(read) = by_lines(text)
    {
        if read.problems.is_empty() {
            return Ok(read);
        }
        consider(read, &mut best);
    }
    let whole = by_value(text);
    let not_ron = match whole {
        Ok(read) if read.problems.is_empty() => return Ok(read),
        Ok(read) => {
            consider(read, &mut best);
            None
        }
        Err(error) => Some(error),
    };
    if let Some(error) = &not_ron
        && let Some(mut read) = by_items(text)
    {
        // The file is not valid RON: something in it was not read, even
        // when every session found was.
        if read.problems.is_empty() {
            read.problems.push(crate::t!(
                "history-file-not-whole",
                error = error.to_string()
            ));
        }
        consider(read, &mut best);
    }
    match (best, not_ron) {
        (Some(read), _) => Ok(read),
        (None, Some(error)) => Err(error),
        (None, None) => Err(crate::t!("history-file-no-list")),
    }
}

/// The lines of `text` with their 1-based numbers, whatever ends them:
/// `\n`, `\r\n`, or a lone `\r` (classic Mac OS).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = Some(text);
    let mut number = 0;
    std::iter::from_fn(move || {
        let current = rest?;
        number += 1;
        match current.find(['\n', '\r']) {
            Some(end) => {
                let skip = if current[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                let next = &current[end + skip..];
                rest = (!next.is_empty()).then_some(next);
                Some((number, &current[..end]))
            }
            None => {
                rest = None;
                Some((number, current))
            }
        }
    })
}

/// `text` without white space, to compare a line with its expected shape.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The version of a file that starts `(version: N,` (white space aside).
fn leading_version(text: &str) -> Option<u32> {
    let head: String = text
        .chars()
        .take(64)
        .filter(|c| !c.is_whitespace())
        .collect();
    let digits = head.strip_prefix("(version:")?;
    let end = digits.find(',')?;
    digits[..end].parse().ok()
}

/// The closing line of a version 2 history, however spaced. Only a short
/// line can be it, so a session's line is never copied to find out (with
/// 100,000 sessions that copy was a tenth of `limber history --csv`).
fn is_tail(line: &str) -> bool {
    line.len() <= 16 && squeeze(line) == TAIL
}

/// The layout this build writes, line by line, on every core for a big
/// file. `None` when the first line is not this build's head.
fn by_lines(text: &str) -> Option<Read> {
    let mut all = lines(text);
    let (_, first) = all.next()?;
    if first.len() > 64 || squeeze(first) != squeeze(HEAD) {
        return None;
    }
    let mut problems = Vec::new();
    let mut tail_at = None;
    let mut session_lines: Vec<(usize, &str)> = Vec::new();
    for (number, line) in all {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if tail_at.is_some() {
            problems.push(crate::t!("history-file-text-after-end", line = number));
        } else if is_tail(line) {
            tail_at = Some(number);
        } else {
            session_lines.push((number, line));
        }
    }
    let parsed = parse_lines(&session_lines);
    let mut read = Read::default();
    for result in parsed {
        match result {
            Ok(session) => read.sessions.push(session),
            Err(problem) => read.problems.push(problem),
        }
    }
    if tail_at.is_none() {
        read.problems.push(crate::t!("history-file-cut-short"));
    }
    read.problems.extend(problems);
    Some(read)
}

fn parse_lines(lines: &[(usize, &str)]) -> Vec<Result<SessionRecord, String>> {
    let parse_line = |&(number, line): &(usize, &str)| {
        let record = line.strip_suffix(',').unwrap_or(line);
        ron::from_str::<SessionRecord>(record).map_err(|error| {
            crate::t!(
                "history-file-line",
                line = number,
                problem = error.code.to_string()
            )
        })
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Below a few thousand lines a thread costs more than it saves.
    let chunk = lines.len().div_ceil(workers).max(4096);
    if lines.len() <= chunk {
        return lines.iter().map(parse_line).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = lines
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(parse_line).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .zip(lines.chunks(chunk))
            .flat_map(|(handle, part)| {
                // A panicking parser would be a bug in ron; lose the chunk's
                // sessions (named), not the app.
                handle.join().unwrap_or_else(|_| {
                    part.iter()
                        .map(|(number, _)| {
                            Err(crate::t!("history-file-line-unreadable", line = *number))
                        })
                        .collect()
                })
            })
            .collect()
    })
}

/// The history's shape with each session kept as its text. A field it
/// does not know is not a history this build can read whole.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[allow(dead_code)] // Probed already; kept so the shape is complete.
    version: u32,
    #[serde(default)]
    sessions: Vec<Box<RawValue>>,
}

/// The whole file as one RON value, in any layout (one line, CR line
/// ends, pretty-printed); each session read on its own, so one with a
/// value out of range costs that session only. `Err` when the file is
/// not valid RON.
fn by_value(text: &str) -> Result<Read, String> {
    let raw: RawFile = ron::from_str(text).map_err(|error| error.to_string())?;
    let mut read = Read::default();
    for (index, session) in raw.sessions.iter().enumerate() {
        match session.into_rust::<SessionRecord>() {
            Ok(record) => read.sessions.push(record),
            Err(error) => read.problems.push(crate::t!(
                "history-file-session",
                session = index + 1,
                problem = error.code.to_string()
            )),
        }
    }
    Ok(read)
}

/// A file that is not valid RON as a whole (cut short, a stray character,
/// a broken session): the list after `sessions:` split at its top-level
/// commas, each item read as a session. `None` when there is no such list.
fn by_items(text: &str) -> Option<Read> {
    let start = sessions_list(text)?;
    let bytes = text.as_bytes();
    let mut read = Read::default();
    let mut depth = 0usize;
    let mut item_start = start;
    let mut closed = false;
    let mut at = start;
    let mut counter = LineCounter::default();
    let take = |from: usize, to: usize, read: &mut Read, counter: &mut LineCounter| {
        let item = text[from..to].trim();
        if item.is_empty() {
            return;
        }
        match ron::from_str::<SessionRecord>(item) {
            Ok(session) => read.sessions.push(session),
            Err(error) => {
                let first = from + (text[from..to].len() - text[from..to].trim_start().len());
                read.problems.push(format!(
                    "line {}: {}",
                    counter.line(text, first),
                    error.code
                ));
            }
        }
    };
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                at = after_string(bytes, at);
                continue;
            }
            b'r' if raw_string_start(bytes, at).is_some() => {
                at = after_raw_string(bytes, at);
                continue;
            }
            b'\'' => {
                at = after_char(bytes, at);
                continue;
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                at = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n' || b == b'\r')
                    .map_or(bytes.len(), |end| at + end);
                continue;
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = text[at + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |end| at + 2 + end + 2);
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b')' | b']' | b'}' => {
                take(item_start, at, &mut read, &mut counter);
                closed = true;
                if bytes[at] != b']' {
                    read.problems.push(crate::t!(
                        "history-file-list-end",
                        line = counter.line(text, at),
                        found = (bytes[at] as char).to_string()
                    ));
                }
                at += 1;
                break;
            }
            b',' if depth == 0 => {
                take(item_start, at, &mut read, &mut counter);
                item_start = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    if !closed {
        let before = read.problems.len();
        take(item_start, bytes.len(), &mut read, &mut counter);
        if read.problems.len() == before {
            read.problems.push(crate::t!("history-file-ends-inside"));
        }
        return Some(read);
    }
    // What may follow the list: the struct's end, another field.
    let rest = text[at..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    if rest.contains(['(', '"']) {
        read.problems.push(crate::t!(
            "history-file-text-after-list",
            line = counter.line(text, text.len() - rest.len())
        ));
    }
    Some(read)
}

/// The byte just after `sessions` `:` `[` (white space allowed between).
fn sessions_list(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find("sessions") {
        let after = from + found + "sessions".len();
        let rest = text[after..].trim_start();
        if let Some(rest) = rest.strip_prefix(':') {
            let rest = rest.trim_start();
            if let Some(rest) = rest.strip_prefix('[') {
                return Some(text.len() - rest.len());
            }
        }
        from = after;
    }
    None
}

/// 1-based line numbers of bytes asked for in increasing order, counting
/// any line end; each byte of the text is looked at once.
#[derive(Default)]
struct LineCounter {
    at: usize,
    /// Lines ended before `at`.
    ended: usize,
}

impl LineCounter {
    fn line(&mut self, text: &str, at: usize) -> usize {
        let bytes = text.as_bytes();
        let at = at.min(bytes.len());
        while self.at < at {
            match bytes[self.at] {
                b'\n' => self.ended += 1,
                b'\r' if bytes.get(self.at + 1) != Some(&b'\n') => self.ended += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.ended + 1
    }
}

/// The byte after a `"…"` string starting at `at` (escapes skipped), or
/// the end of the text when it never closes.
fn after_string(bytes: &[u8], at: usize) -> usize {
    let mut index = at + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'"' => return index + 1,
            _ => index += 1,
        }
    }
    bytes.len()
}

/// The number of `#` of a raw string `r#"…"#` starting at `at`, if one
/// starts there (and `r` is not the end of a word such as `Finished`).
fn raw_string_start(bytes: &[u8], at: usize) -> Option<usize> {
    if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
        return None;
    }
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    (bytes.get(at + 1 + hashes) == Some(&b'"')).then_some(hashes)
}

fn after_raw_string(bytes: &[u8], at: usize) -> usize {
    let hashes = raw_string_start(bytes, at).unwrap_or(0);
    let body = at + 1 + hashes + 1;
    let mut index = body;
    while index < bytes.len() {
        if bytes[index] == b'"'
            && bytes[index + 1..]
                .iter()
                .take(hashes)
                .filter(|&&b| b == b'#')
                .count()
                == hashes
        {
            return index + 1 + hashes;
        }
        index += 1;
    }
    bytes.len()
}

/// The byte after a character literal `'x'`, `'\n'`, `'\u{1F600}'`.
fn after_char(bytes: &[u8], at: usize) -> usize {
    let mut index = at + 1;
    // At most a dozen bytes: a stray apostrophe must not swallow the rest.
    let end = (at + 14).min(bytes.len());
    while index < end {
        match bytes[index] {
            b'\\' => index += 2,
            b'\'' => return index + 1,
            _ => index += 1,
        }
    }
    at + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(started_at: u64, title: &str) -> SessionRecord {
        SessionRecord {
            started_at,
            routine_id: "hips".into(),
            routine_title: title.to_owned(),
            duration_seconds: 200,
            exercises: Vec::new(),
            pain_before: Some(2),
            pain_after: None,
            ending: None,
        }
    }

    fn sessions() -> Vec<SessionRecord> {
        vec![
            session(1, "Hips, \"gentle\"\nday"),
            session(2, "r#\"(],)\"#"),
            session(3, "Finished"),
        ]
    }

    fn read_text(text: &str) -> Read {
        let version = probe(text).expect("a version");
        read(version, text).expect("readable")
    }

    #[test]
    fn every_line_end_splits_lines() {
        let found: Vec<(usize, &str)> = lines("a\nb\r\nc\rd").collect();
        assert_eq!(found, vec![(1, "a"), (2, "b"), (3, "c"), (4, "d")]);
        assert_eq!(lines("a\n").count(), 1);
        let mut counter = LineCounter::default();
        assert_eq!(counter.line("a\rb\r\nc\nd", 2), 2);
        assert_eq!(counter.line("a\rb\r\nc\nd", 8), 4);
    }

    #[test]
    fn this_builds_layout_reads_whole() {
        let text = encode(&sessions()).unwrap();
        let read = read_text(&text);
        assert_eq!(read.sessions, sessions());
        assert!(read.problems.is_empty(), "{:?}", read.problems);
    }

    #[test]
    fn one_line_and_cr_line_ends_are_read_whole() {
        let text = encode(&sessions()).unwrap();
        for shape in [
            text.replace('\n', ""),
            text.replace('\n', "\r"),
            text.replace('\n', "\r\n"),
            text.replace(",\n", ",\n\n   "),
        ] {
            let read = read_text(&shape);
            assert_eq!(read.sessions, sessions(), "{shape:?}");
            assert!(read.problems.is_empty(), "{shape:?}: {:?}", read.problems);
        }
    }

    #[test]
    fn a_file_cut_short_keeps_what_it_can_and_says_so() {
        let text = encode(&sessions()).unwrap();
        // Cut in the last session's line: two sessions and a problem.
        let cut = &text[..text.rfind("Finished").unwrap()];
        let read = read_text(cut);
        assert_eq!(read.sessions.len(), 2, "{:?}", read.problems);
        assert!(!read.problems.is_empty());
        // Cut at a line end: every session, and the missing end named.
        let cut = &text[..text.rfind(TAIL).unwrap()];
        let read = read_text(cut);
        assert_eq!(read.sessions, sessions());
        assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
        assert!(
            read.problems[0].contains("cut short"),
            "{:?}",
            read.problems
        );
        // The same on one line: read item by item.
        let one_line = text.replace('\n', "");
        let cut = &one_line[..one_line.rfind("Finished").unwrap()];
        let read = read_text(cut);
        assert_eq!(read.sessions.len(), 2, "{:?}", read.problems);
        assert!(!read.problems.is_empty());
    }

    #[test]
    fn text_after_the_end_is_a_problem() {
        let mut text = encode(&sessions()).unwrap();
        text.push_str(
            "(started_at: 9, routine_id: \"x\", routine_title: \"x\", duration_seconds: 1)\n",
        );
        let read = read_text(&text);
        assert!(!read.problems.is_empty());
        assert!(read.sessions.len() >= 3);
    }

    #[test]
    fn a_broken_session_in_one_line_costs_that_session() {
        let text = encode(&sessions()).unwrap().replace('\n', "").replacen(
            "pain_before:Some(2)",
            "pain_before:Some(256)",
            1,
        );
        let read = read_text(&text);
        assert_eq!(read.sessions.len(), 2);
        assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
    }

    #[test]
    fn not_a_history_is_an_error() {
        assert!(
            read(2, "(version: 2)").is_ok_and(|r| r.sessions.is_empty() && r.problems.is_empty())
        );
        assert!(read(2, "(version: 2, nothing: 1)").is_err());
        assert!(read(2, "hello").is_err());
    }
}
