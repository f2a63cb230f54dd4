//! Text leaving Limber for a terminal: what `limber show`, `history`,
//! `plan` and `check` print, and the notices and errors on stderr.
//!
//! Titles, names, history records and file names come from files anyone
//! may have written. Printed raw, an ESC or OSC sequence in them would
//! drive the person's terminal (colours, the window title, worse on some
//! terminals), a CR would overwrite what was printed before it, and a
//! line break in a file name would forge a line of output. So every
//! control character (C0, DEL and C1) that reaches a terminal is shown
//! escaped, `\e`-free and visible: `\n`, `\r`, `\t`, `\0`, or `\u{1b}`.
//!
//! Two layers, both here:
//! - [`escape`] for one value inside a line (a title, a name, a path):
//!   every control character is escaped, line breaks included, so a value
//!   can never add a line;
//! - [`Escaping`], a writer around stdout or stderr that escapes every
//!   control character except the line breaks (and tabs) the program's own
//!   lines end with, for whatever a print site did not escape itself.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

/// Whether `c` must not reach a terminal as it is: C0 controls, DEL and
/// the C1 controls (U+0080–U+009F; U+009B is a one-character CSI).
pub fn is_control(c: char) -> bool {
    c.is_control()
}

fn push_escaped(c: char, out: &mut String) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\0' => out.push_str("\\0"),
        other => out.push_str(&format!("\\u{{{:x}}}", u32::from(other))),
    }
}

/// `text` with every control character escaped (`\n`, `\u{1b}`), for one
/// value inside a line of terminal output. Borrowed when there is none.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            push_escaped(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with every control character except line breaks and tabs
/// escaped: a message of several lines, each line safe.
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| is_control(c) && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            push_escaped(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A file name in a message: in double quotes, control characters
/// escaped, so where it starts and ends is plain whatever it holds.
pub fn quoted(path: &Path) -> String {
    format!("\"{}\"", escape(&path.to_string_lossy()))
}

/// `text` for one line of a window title, a calendar or a speech engine:
/// control characters removed (line breaks become spaces), nothing else
/// changed. A window title with a NUL makes the windowing library panic.
pub fn without_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if is_control(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// A writer that shows every control character it is given escaped,
/// except `\n` and `\t` (and `\r` in [`Escaping::csv`], whose rows end in
/// CRLF). Wraps stdout or stderr at the print sites of the commands.
pub struct Escaping<W: Write> {
    inner: W,
    keep_cr: bool,
    /// The first byte of a two-byte UTF-8 character cut by the end of a
    /// write: C1 controls are `C2 80`–`C2 9F`.
    pending: Option<u8>,
}

impl<W: Write> Escaping<W> {
    /// For text output: line breaks and tabs pass.
    pub fn new(inner: W) -> Self {
        Escaping {
            inner,
            keep_cr: false,
            pending: None,
        }
    }

    /// For CSV, whose rows end in CRLF (a value's own CR or LF is inside
    /// quotes, as CSV has it).
    pub fn csv(inner: W) -> Self {
        Escaping {
            inner,
            keep_cr: true,
            pending: None,
        }
    }

    fn escaped(&self, bytes: &[u8], out: &mut Vec<u8>) {
        let mut index = 0;
        while index < bytes.len() {
            let byte = bytes[index];
            match byte {
                b'\n' | b'\t' => out.push(byte),
                b'\r' if self.keep_cr => out.push(byte),
                b'\r' => out.extend_from_slice(b"\\r"),
                0 => out.extend_from_slice(b"\\0"),
                0x01..=0x1f | 0x7f => out.extend_from_slice(format!("\\u{{{byte:x}}}").as_bytes()),
                0xc2 if bytes
                    .get(index + 1)
                    .is_some_and(|b| (0x80..=0x9f).contains(b)) =>
                {
                    // U+0080–U+009F are encoded C2 80 – C2 9F.
                    let c1 = bytes[index + 1];
                    out.extend_from_slice(format!("\\u{{{c1:x}}}").as_bytes());
                    index += 1;
                }
                other => out.push(other),
            }
            index += 1;
        }
    }

    /// The writer inside (flushed).
    pub fn into_inner(mut self) -> io::Result<W> {
        self.flush()?;
        let Escaping { inner, .. } = self;
        Ok(inner)
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let mut bytes = Vec::with_capacity(buf.len() + 1);
        bytes.extend(self.pending.take());
        bytes.extend_from_slice(buf);
        if bytes.last() == Some(&0xc2) {
            self.pending = bytes.pop();
        }
        let mut out = Vec::with_capacity(bytes.len() + 16);
        self.escaped(&bytes, &mut out);
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(byte) = self.pending.take() {
            self.inner.write_all(&[byte])?;
        }
        self.inner.flush()
    }
}

/// How many columns of a terminal `text` takes: two for a Chinese or
/// Japanese character (and the other East Asian wide forms), none for a
/// combining mark. Tables are padded by this, never by characters.
pub fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` followed by spaces up to `width` terminal columns (as it is when
/// it is wider).
pub fn pad_end(text: &str, width: usize) -> String {
    let padding = width.saturating_sub(columns(text));
    let mut padded = String::with_capacity(text.len() + padding);
    padded.push_str(text);
    padded.extend(std::iter::repeat_n(' ', padding));
    padded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_show_every_control_character() {
        assert_eq!(escape("Lower back"), "Lower back");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\nb\r\tc\0\u{1b}]0;x\u{7}\u{9b}2J\u{7f}"),
            "a\\nb\\r\\tc\\0\\u{1b}]0;x\\u{7}\\u{9b}2J\\u{7f}"
        );
        assert_eq!(escape("é ü 李 \u{202e}"), "é ü 李 \u{202e}");
    }

    #[test]
    fn messages_keep_their_lines() {
        assert_eq!(escape_lines("one\n  two\u{1b}[2J"), "one\n  two\\u{1b}[2J");
        assert_eq!(quoted(Path::new("/tmp/a\nb.ron")), "\"/tmp/a\\nb.ron\"");
    }

    #[test]
    fn titles_lose_their_control_characters() {
        assert_eq!(
            without_controls("Evil\u{7}\u{1b}[31m\0red\r\nx"),
            "Evil[31mred  x"
        );
        assert!(matches!(without_controls("Hips"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_writer_escapes_what_the_print_sites_did_not() {
        let mut out = Escaping::new(Vec::new());
        write!(out, "Title\u{1b}]0;pwned\u{7}\r\nnext\tline\n").unwrap();
        // A C1 control cut between two writes.
        out.write_all(&[b'a', 0xc2]).unwrap();
        out.write_all(&[0x9b, b'b', b'\n']).unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(
            text,
            "Title\\u{1b}]0;pwned\\u{7}\\r\nnext\tline\na\\u{9b}b\n"
        );
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
        );
        let mut csv = Escaping::csv(Vec::new());
        write!(csv, "a,\"b\u{1b}\"\r\n").unwrap();
        assert_eq!(csv.into_inner().unwrap(), b"a,\"b\\u{1b}\"\r\n");
    }

    #[test]
    fn any_text_through_the_writer_has_no_control_characters_but_line_ends() {
        // Every byte value, in every split.
        let all: Vec<u8> = (0..=255u8).chain([0xc2, 0x85, 0xc2]).collect();
        for split in 0..all.len() {
            let mut out = Escaping::new(Vec::new());
            out.write_all(&all[..split]).unwrap();
            out.write_all(&all[split..]).unwrap();
            let bytes = out.into_inner().unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "split {split}: {text:?}"
            );
        }
    }
}
