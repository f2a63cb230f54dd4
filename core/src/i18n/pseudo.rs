//! The pseudo-language `en-XA`: English with every letter accented and
//! every vowel doubled (about 40 % longer with the brackets, as German or
//! French often are), each message in `[…]`. A screen shown in it tells
//! at a glance which text escaped the catalogues (no brackets), which is
//! cut off (a missing `]`) and where a longer language will not fit.
//!
//! Fluent calls [`transform`] on the text of each message, never on what
//! fills a placeable (`{ $name }`, a number), so names and numbers stay as
//! they are. The accented letters are all in Latin-1 and Latin
//! Extended-A, which every font Limber draws with has (Fira Sans in the
//! window and in the PDFs). fluent-pseudo, Fluent's own, leaves the vowels
//! unaccented and grows text by about 30 %: hence these few lines.

use std::borrow::Cow;

/// A letter as the pseudo-language writes it.
fn accented(c: char) -> Option<char> {
    Some(match c {
        'a' => 'å',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'w' => 'ŵ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        _ => return None,
    })
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// English text as the pseudo-language writes it (without the brackets,
/// which go round a whole message).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let shown = accented(c).unwrap_or(c);
        out.push(shown);
        if is_vowel(c) {
            out.push(shown);
        }
    }
    Cow::Owned(out)
}
