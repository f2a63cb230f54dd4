//! Turns a [`Document`] into PDF bytes with krilla: vector paths, the text as
//! real (searchable, copyable) text in the document's fonts (the primary
//! font and any fallbacks its text needed), each embedded as a subset.

use std::collections::HashMap;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{
    Fill, FillRule, LineCap, LineJoin, RadialGradient, SpreadMethod, Stop, Stroke, StrokeDash,
};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::PaperError;
use super::canvas::{Cap, Document, Item, Outline, Rgb, Segment, TextLine};
use super::font::{self, FaceId, FontSet};

/// The document's fonts as krilla reads them, each made once.
struct Fonts<'a> {
    set: &'a FontSet,
    made: HashMap<FaceId, Option<Font>>,
}

impl Fonts<'_> {
    fn get(&mut self, id: FaceId) -> Option<Font> {
        self.made
            .entry(id)
            .or_insert_with(|| {
                let (data, index) = self.set.face_data(id)?;
                Font::new(data, index)
            })
            .clone()
    }
}

/// Renders the document. Fails only if the primary font cannot be read (a
/// broken build) or krilla refuses the document.
pub fn render(document: &Document) -> Result<Vec<u8>, PaperError> {
    let mut fonts = Fonts {
        set: &document.fonts,
        made: HashMap::new(),
    };
    if fonts.get(FaceId::PRIMARY).is_none() {
        return Err(PaperError::Pdf(crate::t!("paper-font-unreadable")));
    }
    let (width, height) = document.paper.size();
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.clone())
            // untranslated: the program's name and version
            .creator(format!("Limber {}", env!("CARGO_PKG_VERSION")))
            .language(crate::i18n::current().tag()),
    );
    for page in &document.pages {
        let settings = PageSettings::from_wh(width, height).ok_or_else(|| {
            PaperError::Pdf(crate::t!(
                "paper-bad-size",
                width = width.to_string(),
                height = height.to_string()
            ))
        })?;
        let mut pdf_page = pdf.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for item in &page.items {
            draw(&mut surface, item, &mut fonts);
        }
        surface.finish();
        pdf_page.finish();
    }
    pdf.finish()
        .map_err(|error| PaperError::Pdf(error.to_string()))
}

fn color(rgb: Rgb) -> rgb::Color {
    rgb::Color::new(rgb.0, rgb.1, rgb.2)
}

fn opacity(value: f32) -> NormalizedF32 {
    NormalizedF32::new(if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        1.0
    })
    .unwrap_or(NormalizedF32::ONE)
}

fn path(outline: &Outline) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    for segment in &outline.segments {
        match *segment {
            Segment::MoveTo(p) => builder.move_to(p.x, p.y),
            Segment::LineTo(p) => builder.line_to(p.x, p.y),
            Segment::CubicTo(a, b, c) => builder.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
            Segment::Close => builder.close(),
        }
    }
    builder.finish()
}

fn draw(surface: &mut Surface<'_>, item: &Item, fonts: &mut Fonts<'_>) {
    match item {
        Item::Text(line) => draw_text(surface, line, fonts),
        Item::Fill {
            outline,
            color: rgb,
            opacity: alpha,
        } => {
            let Some(path) = path(outline) else { return };
            surface.set_stroke(None);
            surface.set_fill(Some(Fill {
                paint: color(*rgb).into(),
                opacity: opacity(*alpha),
                rule: FillRule::NonZero,
            }));
            surface.draw_path(&path);
        }
        Item::Stroke {
            outline,
            color: rgb,
            width,
            cap,
            dash,
        } => {
            let Some(path) = path(outline) else { return };
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                paint: color(*rgb).into(),
                width: *width,
                line_cap: match cap {
                    Cap::Butt => LineCap::Butt,
                    Cap::Round => LineCap::Round,
                },
                line_join: LineJoin::Round,
                dash: dash.map(|(on, off)| StrokeDash {
                    array: vec![on, off],
                    offset: 0.0,
                }),
                ..Stroke::default()
            }));
            surface.draw_path(&path);
        }
        Item::Glow {
            center,
            radius_x,
            radius_y,
            rotation,
            color: rgb,
            opacity: alpha,
        } => {
            // A unit circle with a radial fade, stretched and turned into
            // place: the same soft ellipse the screen draws.
            let Some(circle) = path(&Outline::circle(super::canvas::Pt::new(0.0, 0.0), 1.0)) else {
                return;
            };
            let stop = |offset: f32, strength: f32| Stop {
                offset: opacity(offset),
                color: color(*rgb).into(),
                opacity: opacity(strength),
            };
            let gradient = RadialGradient {
                fx: 0.0,
                fy: 0.0,
                fr: 0.0,
                cx: 0.0,
                cy: 0.0,
                cr: 1.0,
                transform: Transform::identity(),
                spread_method: SpreadMethod::Pad,
                stops: vec![stop(0.0, *alpha), stop(0.55, *alpha), stop(1.0, 0.0)],
                anti_alias: true,
            };
            // translate · rotate · scale, y down: +x turns towards +y.
            let (sin, cos) = rotation.sin_cos();
            let (rx, ry) = (radius_x.max(0.01), radius_y.max(0.01));
            let transform =
                Transform::from_row(cos * rx, sin * rx, -sin * ry, cos * ry, center.x, center.y);
            surface.push_transform(&transform);
            surface.set_stroke(None);
            surface.set_fill(Some(Fill {
                paint: gradient.into(),
                opacity: NormalizedF32::ONE,
                rule: FillRule::NonZero,
            }));
            surface.draw_path(&circle);
            surface.pop();
        }
        Item::Image { area, image } => {
            let picture =
                krilla::image::Image::from_rgba8(image.rgba.clone(), image.width, image.height);
            let Some(size) = Size::from_wh(area.width.max(0.1), area.height.max(0.1)) else {
                return;
            };
            surface.push_transform(&Transform::from_translate(area.x, area.y));
            surface.draw_image(picture, size);
            surface.pop();
        }
    }
}

fn draw_text(surface: &mut Surface<'_>, line: &TextLine, fonts: &mut Fonts<'_>) {
    if line.text.is_empty() {
        return;
    }
    surface.set_fill(Some(Fill {
        paint: color(line.color).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
    surface.set_stroke(line.bold.then(|| Stroke {
        paint: color(line.color).into(),
        width: font::BOLD_STROKE * line.size,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }));
    // Bold text is stroked around its outline, which grows it by half the
    // stroke on the left too: start that much further right so the ink
    // starts where measured.
    let inset = if line.bold {
        font::BOLD_STROKE * line.size / 2.0
    } else {
        0.0
    };
    let mut x = line.origin.x + inset;
    for run in fonts.set.shape(&line.text).runs {
        let advance: f32 = run.glyphs.iter().map(|g| g.x_advance).sum();
        let font = fonts.get(run.face).or_else(|| fonts.get(FaceId::PRIMARY));
        let Some(font) = font else { continue };
        let glyphs: Vec<KrillaGlyph> = run
            .glyphs
            .into_iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(g.id),
                    g.x_advance,
                    g.x_offset,
                    g.y_offset,
                    0.0,
                    g.text,
                    None,
                )
            })
            .collect();
        surface.draw_glyphs(
            Point::from_xy(x, line.origin.y),
            &glyphs,
            font,
            &line.text,
            line.size,
            false,
        );
        x += advance * line.size;
    }
    surface.set_stroke(None);
}
