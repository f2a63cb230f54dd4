//! The look of Limber's papers: one typeface, a few sizes and calm colours
//! that still read when printed in grey.

use super::canvas::Rgb;
use super::layout::Style;

/// Body text.
pub const INK: Rgb = Rgb(0x1F, 0x29, 0x33);
/// Secondary text: dates, captions, notes.
pub const MUTED: Rgb = Rgb(0x55, 0x62, 0x6F);
/// Titles and the dose: the app icon's deep teal.
pub const ACCENT: Rgb = Rgb(0x1E, 0x60, 0x72);
/// "Take care" notes: a dark amber that stays dark in grey.
pub const CAUTION: Rgb = Rgb(0x8A, 0x3B, 0x0C);
/// Red flags.
pub const URGENT: Rgb = Rgb(0xA3, 0x1A, 0x1A);
/// Hairlines and chart grids.
pub const RULE: Rgb = Rgb(0xCF, 0xD6, 0xDC);
/// Boxes behind the safety notes.
pub const BOX: Rgb = Rgb(0xF1, 0xF4, 0xF6);
/// The red-flag box.
pub const URGENT_BOX: Rgb = Rgb(0xFB, 0xEB, 0xE9);
/// Pain before a session (chart).
pub const PAIN_BEFORE: Rgb = Rgb(0xC2, 0x5A, 0x1E);
/// Pain after a session (chart).
pub const PAIN_AFTER: Rgb = Rgb(0x1E, 0x60, 0x72);

/// Page margin, points (14 mm: inside every printer's unprintable edge).
pub const MARGIN: f32 = 40.0;

pub const TITLE: Style = Style::new(22.0, true, ACCENT);
pub const SUBTITLE: Style = Style::new(10.5, false, MUTED);
pub const HEADING: Style = Style::new(13.5, true, INK);
pub const SECTION: Style = Style::new(12.0, true, ACCENT);
pub const DOSE: Style = Style::new(12.0, true, ACCENT);
pub const BODY: Style = Style::new(10.0, false, INK);
pub const SMALL: Style = Style::new(8.8, false, MUTED);
pub const FOOTER: Style = Style::new(8.0, false, MUTED);
