//! Finding places in RON text for problems that serde cannot place: a
//! routine naming a missing exercise, an inverted range, a step out of order.
//!
//! The text is scanned once into the tokens that matter (field names and
//! string literals), skipping comments, so a search never lands on a word in
//! a comment or inside another string. The scan also builds the indexes
//! that make each lookup cheap, so placing every problem of a file with
//! thousands of them stays near-linear: each field name and each string
//! value keeps its offsets in order (the `nth` one is an index, the first
//! after an offset a binary search), and line starts plus character counts
//! at regular checkpoints turn an offset into a line and column without
//! rescanning the text.

use std::collections::HashMap;

use super::problem::Place;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    /// An identifier followed by `:`, i.e. a struct field name.
    Field,
    /// The contents of a string literal (between the quotes, unescaped
    /// contents are not needed: ids have no escapes).
    Str,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: TokenKind,
    value: &'a str,
    /// Byte offset where the token starts (the opening quote of a string).
    offset: usize,
}

/// How often (in bytes) the character count is remembered, so a column is
/// counted over at most this many bytes.
const CHAR_CHECKPOINT_BYTES: usize = 256;

/// The field names and strings of one RON file, with their byte offsets.
pub struct Locator<'a> {
    text: &'a str,
    /// Offsets of each field name, in order.
    fields: HashMap<&'a str, Vec<usize>>,
    /// Offsets of each string value, in order.
    strings: HashMap<&'a str, Vec<usize>>,
    /// Byte offset where each line starts (the first is 0).
    line_starts: Vec<usize>,
    /// (byte offset, characters before it), every
    /// [`CHAR_CHECKPOINT_BYTES`] or so, at character boundaries.
    char_checkpoints: Vec<(usize, usize)>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut fields: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut strings: HashMap<&str, Vec<usize>> = HashMap::new();
        for token in scan(text) {
            let index = match token.kind {
                TokenKind::Field => &mut fields,
                TokenKind::Str => &mut strings,
            };
            index.entry(token.value).or_default().push(token.offset);
        }
        let mut line_starts = vec![0];
        let mut char_checkpoints = vec![(0, 0)];
        let mut next_checkpoint = CHAR_CHECKPOINT_BYTES;
        for (chars, (offset, c)) in text.char_indices().enumerate() {
            if offset >= next_checkpoint {
                char_checkpoints.push((offset, chars));
                next_checkpoint = offset + CHAR_CHECKPOINT_BYTES;
            }
            if c == '\n' {
                line_starts.push(offset + 1);
            }
        }
        Locator {
            text,
            fields,
            strings,
            line_starts,
            char_checkpoints,
        }
    }

    /// Characters in `text[..offset]` (`offset` at a char boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let at = self
            .char_checkpoints
            .partition_point(|&(byte, _)| byte <= offset)
            .saturating_sub(1);
        let (byte, chars) = self.char_checkpoints[at];
        chars + self.text[byte..offset].chars().count()
    }

    /// Line and column of a byte offset, counted like ron counts them (lines
    /// and columns from 1, columns in characters).
    pub fn place(&self, offset: usize) -> Place {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let col = 1 + self.chars_before(offset) - self.chars_before(line_start);
        Place { line, col }
    }

    /// Offset of the first `needle` anywhere in the text: for a word
    /// inside a string literal.
    pub fn text_at(&self, needle: &str) -> Option<usize> {
        self.text.find(needle)
    }

    /// Offset of the `nth` (0-based) occurrence of field `name:`.
    pub fn nth_field(&self, name: &str, nth: usize) -> Option<usize> {
        self.fields.get(name)?.get(nth).copied()
    }

    /// Offset of the first field `name:` at or after `from`.
    pub fn field_after(&self, name: &str, from: usize) -> Option<usize> {
        first_after(self.fields.get(name)?, from)
    }

    /// Offset of the first string literal equal to `value` at or after `from`.
    pub fn string_after(&self, value: &str, from: usize) -> Option<usize> {
        first_after(self.strings.get(value)?, from)
    }
}

fn first_after(offsets: &[usize], from: usize) -> Option<usize> {
    offsets
        .get(offsets.partition_point(|&offset| offset < from))
        .copied()
}

fn scan(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr(bytes, b'\n', i).unwrap_or(bytes.len());
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(bytes, i);
            }
            b'"' => {
                let end = string_end(bytes, i + 1);
                tokens.push(Token {
                    kind: TokenKind::Str,
                    value: slice(text, i + 1, end),
                    offset: i,
                });
                i = end + 1;
            }
            b'r' if is_raw_string_start(bytes, i) => {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let open = i + 1 + hashes; // the opening quote
                let end = raw_string_end(bytes, open + 1, hashes);
                tokens.push(Token {
                    kind: TokenKind::Str,
                    value: slice(text, open + 1, end),
                    offset: i,
                });
                i = (end + 1 + hashes).min(bytes.len());
            }
            b'\'' => {
                // A char literal such as 'a' or '\''; skip it so its quote is
                // not taken for a string.
                let skip = if bytes.get(i + 1) == Some(&b'\\') {
                    4
                } else {
                    3
                };
                i += skip.min(bytes.len() - i);
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if bytes.get(j) == Some(&b':') {
                    tokens.push(Token {
                        kind: TokenKind::Field,
                        value: slice(text, start, i),
                        offset: start,
                    });
                }
            }
            _ => i += 1,
        }
    }
    tokens
}

/// `text[start..end]`, or "" when the bounds are not char boundaries (which
/// only happens in malformed text; a place is still better than a panic).
fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end.min(text.len())).unwrap_or("")
}

fn memchr(bytes: &[u8], needle: u8, from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == needle)
        .map(|p| p + from)
}

/// Index of the closing quote of a string whose contents start at `from`
/// (or the end of the text if it is never closed).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    // `r"…"` or `r#"…"#`, but not the end of an identifier such as `bar"`.
    if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
        return false;
    }
    let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
    bytes.get(i + 1 + hashes) == Some(&b'"')
}

fn raw_string_end(bytes: &[u8], from: usize, hashes: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'"'
            && bytes.len() >= i + 1 + hashes
            && bytes[i + 1..i + 1 + hashes].iter().all(|&b| b == b'#')
        {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

/// RON block comments nest; returns the index just past the comment.
fn skip_block_comment(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
            depth = depth.saturating_sub(1);
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"// exercise: "commented-out"
(
    id: "knee-to-chest", /* areas: "nope" */
    areas: ["lower-back"],
    steps: [
        (role: Setup, title: "A"),
        (role: Hold, title: "B: not a field"),
    ],
)"#;

    #[test]
    fn finds_fields_and_strings_outside_comments() {
        let loc = Locator::new(TEXT);
        let areas = loc.nth_field("areas", 0).map(|o| loc.place(o));
        assert_eq!(areas, Some(Place { line: 4, col: 5 }));
        assert_eq!(loc.nth_field("exercise", 0), None);
        let lb = loc.string_after("lower-back", 0).map(|o| loc.place(o));
        assert_eq!(lb, Some(Place { line: 4, col: 13 }));
        assert_eq!(loc.string_after("nope", 0), None);
        assert_eq!(loc.string_after("commented-out", 0), None);
    }

    #[test]
    fn nth_field_counts_repeated_fields() {
        let loc = Locator::new(TEXT);
        let second_role = loc.nth_field("role", 1).map(|o| loc.place(o));
        assert_eq!(second_role, Some(Place { line: 7, col: 10 }));
        assert_eq!(loc.nth_field("role", 2), None);
        // "B: not a field" is a string, so `B` is not taken for a field.
        assert_eq!(loc.nth_field("B", 0), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let loc = Locator::new("(title: \"Übung\", id: \"x\")");
        let id = loc.nth_field("id", 0).map(|o| loc.place(o));
        assert_eq!(id, Some(Place { line: 1, col: 18 }));
    }

    /// The placement as it was first written: scan the text before the
    /// offset. The indexed one must agree with it everywhere.
    fn naive_place(text: &str, offset: usize) -> Place {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        Place { line, col }
    }

    #[test]
    fn indexed_places_match_a_plain_count_everywhere() {
        // Long lines of several-byte characters cross many checkpoints.
        let long_line = "é😀a".repeat(300);
        let text = format!("{TEXT}\n{long_line}\n\n(title: \"Übung\")\n{long_line}");
        let loc = Locator::new(&text);
        for offset in 0..=text.len() + 3 {
            assert_eq!(
                loc.place(offset),
                naive_place(&text, offset),
                "offset {offset}"
            );
        }
        let empty = Locator::new("");
        assert_eq!(empty.place(5), Place { line: 1, col: 1 });
    }

    #[test]
    fn lookups_after_an_offset_use_the_order_of_the_text() {
        let loc = Locator::new(TEXT);
        let first = loc.nth_field("role", 0).expect("first role");
        let second = loc.nth_field("role", 1).expect("second role");
        assert_eq!(loc.field_after("role", 0), Some(first));
        assert_eq!(loc.field_after("role", first), Some(first));
        assert_eq!(loc.field_after("role", first + 1), Some(second));
        assert_eq!(loc.field_after("role", second + 1), None);
        assert_eq!(loc.field_after("missing", 0), None);
        assert_eq!(loc.string_after("A", second), None);
    }

    #[test]
    fn raw_strings_and_unclosed_text_do_not_panic() {
        let loc = Locator::new("(a: r#\"x \" y\"#, b: \"open");
        assert!(loc.string_after("x \" y", 0).is_some());
        assert!(loc.nth_field("b", 0).is_some());
        let _ = Locator::new("\"\\");
        let _ = Locator::new("r#");
        let _ = Locator::new("'");
        let _ = Locator::new("/* /* */");
    }
}
