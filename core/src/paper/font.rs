//! The one typeface of Limber's papers: Fira Sans Regular, the font iced
//! embeds for the app (its `fira-sans` feature), so the sheet reads like
//! the screen and no second font file ships. The core has no iced under it:
//! the app hands the bytes over once at start ([`use_typeface`]). Fira Sans is under the SIL Open
//! Font License 1.1, which allows embedding it (subset) in documents.
//!
//! Text is shaped here with rustybuzz, the shaper krilla itself uses, and the
//! PDF backend draws exactly these glyphs: a line measured for wrapping is
//! the line drawn. Headings are "bold" by stroking the outline as well as
//! filling it (the font has one weight); [`BOLD_STROKE`] says how much.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

static TYPEFACE: OnceLock<&'static [u8]> = OnceLock::new();

/// Gives the papers their typeface (an OpenType font's bytes). Called once
/// by the app before anything is laid out; a later call changes nothing.
pub fn use_typeface(bytes: &'static [u8]) {
    let _ = TYPEFACE.set(bytes);
}

/// The typeface's bytes, as given to [`use_typeface`].
pub fn font_bytes() -> &'static [u8] {
    if let Some(bytes) = TYPEFACE.get() {
        return bytes;
    }
    #[cfg(test)]
    {
        // The core's own tests have no app to give them Fira Sans: they
        // lay out with a system font (`scripts/setup.sh` installs DejaVu).
        if let Some(bytes) = test_typeface() {
            return TYPEFACE.get_or_init(|| bytes);
        }
    }
    &[]
}

#[cfg(test)]
fn test_typeface() -> Option<&'static [u8]> {
    const CANDIDATES: [&str; 2] = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ];
    CANDIDATES
        .iter()
        .find_map(|path| std::fs::read(path).ok())
        .map(|bytes| &*Box::leak(bytes.into_boxed_slice()))
}

/// Stroke width of bold text as a fraction of the font size (each side of
/// the outline grows by half of it).
pub const BOLD_STROKE: f32 = 0.035;

/// The metrics the layout needs, as fractions of the font size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Height above the baseline (positive).
    pub ascent: f32,
    /// Depth below the baseline (positive).
    pub descent: f32,
}

struct Shaper {
    face: rustybuzz::Face<'static>,
    units_per_em: f32,
    metrics: Metrics,
}

static SHAPER: LazyLock<Option<Shaper>> = LazyLock::new(|| {
    let face = rustybuzz::Face::from_slice(font_bytes(), 0)?;
    let units_per_em = face.units_per_em() as f32;
    if units_per_em <= 0.0 {
        return None;
    }
    let metrics = Metrics {
        ascent: f32::from(face.ascender()) / units_per_em,
        descent: -f32::from(face.descender()) / units_per_em,
    };
    Some(Shaper {
        face,
        units_per_em,
        metrics,
    })
});

/// One shaped glyph; advances and offsets in em (multiply by the size).
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    pub id: u32,
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the text this glyph shows (for copy and search in the PDF).
    pub text: Range<usize>,
}

/// Whether the font loaded (it is compiled in, so only a broken build fails).
pub fn available() -> bool {
    SHAPER.is_some()
}

/// Ascent and descent of the font.
pub fn metrics() -> Metrics {
    SHAPER.as_ref().map_or(
        Metrics {
            ascent: 0.935,
            descent: 0.265,
        },
        |s| s.metrics,
    )
}

/// Shapes one line of left-to-right text.
pub fn shape(text: &str) -> Vec<ShapedGlyph> {
    let Some(shaper) = SHAPER.as_ref() else {
        return Vec::new();
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let output = rustybuzz::shape(&shaper.face, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let upem = shaper.units_per_em;
    let mut glyphs = Vec::with_capacity(infos.len());
    for (index, (info, position)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster as usize;
        // A cluster ends where the next different cluster starts.
        let end = infos[index + 1..]
            .iter()
            .find(|next| next.cluster != info.cluster)
            .map_or(text.len(), |next| next.cluster as usize);
        glyphs.push(ShapedGlyph {
            id: info.glyph_id,
            x_advance: position.x_advance as f32 / upem,
            x_offset: position.x_offset as f32 / upem,
            y_offset: position.y_offset as f32 / upem,
            text: start..end.max(start),
        });
    }
    glyphs
}

/// The width of a line of text at `size` points.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let advance: f32 = shape(text).iter().map(|g| g.x_advance).sum();
    let extra = if bold && !text.is_empty() {
        BOLD_STROKE * size
    } else {
        0.0
    };
    advance * size + extra
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_loads_and_measures() {
        assert!(available());
        let m = metrics();
        assert!(m.ascent > 0.5 && m.ascent < 1.2, "{m:?}");
        assert!(m.descent > 0.1 && m.descent < 0.5, "{m:?}");
        let short = width("Hold", 10.0, false);
        let long = width("Hold the stretch", 10.0, false);
        assert!(short > 10.0 && long > 2.0 * short, "{short} {long}");
        assert!((width("Hold", 20.0, false) - 2.0 * short).abs() < 1e-3);
        assert!(width("Hold", 10.0, true) > short);
        assert_eq!(width("", 10.0, true), 0.0);
    }

    #[test]
    fn glyphs_map_back_to_their_text() {
        let text = "15 s × 3 — each leg";
        let glyphs = shape(text);
        assert!(!glyphs.is_empty());
        // Every byte of the text is covered by some glyph, in order.
        let mut covered = 0;
        for glyph in &glyphs {
            assert!(glyph.text.start <= glyph.text.end && glyph.text.end <= text.len());
            covered = covered.max(glyph.text.end);
        }
        assert_eq!(covered, text.len());
        // The multiplication sign and the dash are in the font (glyph 0 is
        // the "missing" box).
        assert!(glyphs.iter().all(|g| g.id != 0), "{glyphs:?}");
    }
}
