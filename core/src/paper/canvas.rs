//! A page as a list of things to draw, in points (1/72 inch), y down from
//! the top-left corner. Layout builds these without any PDF type, so tests
//! can check where everything went (inside the margins, nothing on top of
//! anything else); [`super::pdf`] turns them into a PDF.

use std::sync::Arc;

use super::font::FontSet;
use crate::figure::RasterImage;

/// A colour on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A point on the page, points, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pt {
    pub x: f32,
    pub y: f32,
}

impl Pt {
    pub const fn new(x: f32, y: f32) -> Pt {
        Pt { x, y }
    }
}

/// An axis-aligned box, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Area {
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// Whether the two boxes share more than a hair of area.
    pub fn overlaps(&self, other: &Area) -> bool {
        const HAIR: f32 = 0.01;
        self.x + HAIR < other.right()
            && other.x + HAIR < self.right()
            && self.y + HAIR < other.bottom()
            && other.y + HAIR < self.bottom()
    }

    /// Whether `other` lies inside this box (with `slack` points to spare).
    pub fn contains(&self, other: &Area, slack: f32) -> bool {
        other.x >= self.x - slack
            && other.y >= self.y - slack
            && other.right() <= self.right() + slack
            && other.bottom() <= self.bottom() + slack
    }

    fn around(points: impl Iterator<Item = Pt>) -> Option<Area> {
        let mut bounds: Option<(f32, f32, f32, f32)> = None;
        for p in points {
            bounds = Some(match bounds {
                None => (p.x, p.y, p.x, p.y),
                Some((x0, y0, x1, y1)) => (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y)),
            });
        }
        bounds.map(|(x0, y0, x1, y1)| Area::new(x0, y0, x1 - x0, y1 - y0))
    }

    fn grow(&self, by: f32) -> Area {
        Area::new(
            self.x - by,
            self.y - by,
            self.width + 2.0 * by,
            self.height + 2.0 * by,
        )
    }
}

/// One segment of a path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    MoveTo(Pt),
    LineTo(Pt),
    CubicTo(Pt, Pt, Pt),
    Close,
}

/// A vector outline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outline {
    pub segments: Vec<Segment>,
}

impl Outline {
    pub fn line(a: Pt, b: Pt) -> Outline {
        Outline {
            segments: vec![Segment::MoveTo(a), Segment::LineTo(b)],
        }
    }

    pub fn polyline(points: &[Pt]) -> Outline {
        let mut segments = Vec::with_capacity(points.len());
        for (index, &p) in points.iter().enumerate() {
            segments.push(if index == 0 {
                Segment::MoveTo(p)
            } else {
                Segment::LineTo(p)
            });
        }
        Outline { segments }
    }

    /// A rectangle with rounded corners (radius clamped to fit).
    pub fn rounded_rect(area: Area, radius: f32) -> Outline {
        let (x0, y0, x1, y1) = (area.x, area.y, area.right(), area.bottom());
        let r = radius.min(area.width / 2.0).min(area.height / 2.0).max(0.0);
        // Control-point distance for a quarter circle drawn as a cubic.
        let k = r * 0.552_284_8;
        let p = Pt::new;
        Outline {
            segments: vec![
                Segment::MoveTo(p(x0 + r, y0)),
                Segment::LineTo(p(x1 - r, y0)),
                Segment::CubicTo(p(x1 - r + k, y0), p(x1, y0 + r - k), p(x1, y0 + r)),
                Segment::LineTo(p(x1, y1 - r)),
                Segment::CubicTo(p(x1, y1 - r + k), p(x1 - r + k, y1), p(x1 - r, y1)),
                Segment::LineTo(p(x0 + r, y1)),
                Segment::CubicTo(p(x0 + r - k, y1), p(x0, y1 - r + k), p(x0, y1 - r)),
                Segment::LineTo(p(x0, y0 + r)),
                Segment::CubicTo(p(x0, y0 + r - k), p(x0 + r - k, y0), p(x0 + r, y0)),
                Segment::Close,
            ],
        }
    }

    pub fn circle(center: Pt, radius: f32) -> Outline {
        Outline::rounded_rect(
            Area::new(
                center.x - radius,
                center.y - radius,
                2.0 * radius,
                2.0 * radius,
            ),
            radius,
        )
    }

    fn points(&self) -> impl Iterator<Item = Pt> + '_ {
        self.segments.iter().flat_map(|segment| match *segment {
            Segment::MoveTo(p) | Segment::LineTo(p) => vec![p],
            Segment::CubicTo(a, b, c) => vec![a, b, c],
            Segment::Close => vec![],
        })
    }

    fn translate(&mut self, dx: f32, dy: f32) {
        let move_point = |p: &mut Pt| {
            p.x += dx;
            p.y += dy;
        };
        for segment in &mut self.segments {
            match segment {
                Segment::MoveTo(p) | Segment::LineTo(p) => move_point(p),
                Segment::CubicTo(a, b, c) => {
                    move_point(a);
                    move_point(b);
                    move_point(c);
                }
                Segment::Close => {}
            }
        }
    }
}

/// How a stroke ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cap {
    Butt,
    Round,
}

/// One line of text, measured when it was laid out (so finding where it
/// is never shapes it again).
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Left end of the baseline.
    pub origin: Pt,
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
    pub text: String,
    /// Its width, points.
    pub width: f32,
    /// Height above and depth below the baseline, points.
    pub ascent: f32,
    pub descent: f32,
}

impl TextLine {
    /// `text` measured in `fonts`.
    pub fn new(
        fonts: &FontSet,
        origin: Pt,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    ) -> TextLine {
        let metrics = fonts.metrics();
        TextLine {
            origin,
            size,
            bold,
            color,
            width: fonts.width(&text, size, bold),
            ascent: metrics.ascent * size,
            descent: metrics.descent * size,
            text,
        }
    }
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextLine),
    Fill {
        outline: Outline,
        color: Rgb,
        /// 0 (invisible) to 1 (opaque).
        opacity: f32,
    },
    Stroke {
        outline: Outline,
        color: Rgb,
        width: f32,
        cap: Cap,
        /// Dash and gap lengths, for a dashed line.
        dash: Option<(f32, f32)>,
    },
    /// A soft-edged ellipse (the figure's highlight): `color` at `opacity`
    /// in the middle, fading to nothing at the edge.
    Glow {
        center: Pt,
        radius_x: f32,
        radius_y: f32,
        /// Radians, positive turns +x towards +y (clockwise on the page).
        rotation: f32,
        color: Rgb,
        opacity: f32,
    },
    /// A picture scaled into `area` (the caller keeps the aspect ratio).
    Image {
        area: Area,
        image: Arc<RasterImage>,
    },
}

impl Item {
    /// The box the item covers on the page.
    pub fn bounds(&self) -> Area {
        match self {
            Item::Text(line) => Area::new(
                line.origin.x,
                line.origin.y - line.ascent,
                line.width,
                line.ascent + line.descent,
            ),
            Item::Fill { outline, .. } => {
                Area::around(outline.points()).unwrap_or(Area::new(0.0, 0.0, 0.0, 0.0))
            }
            Item::Stroke { outline, width, .. } => Area::around(outline.points())
                .unwrap_or(Area::new(0.0, 0.0, 0.0, 0.0))
                .grow(width / 2.0),
            Item::Glow {
                center,
                radius_x,
                radius_y,
                ..
            } => {
                let r = radius_x.max(*radius_y);
                Area::new(center.x - r, center.y - r, 2.0 * r, 2.0 * r)
            }
            Item::Image { area, .. } => *area,
        }
    }

    pub fn translate(&mut self, dx: f32, dy: f32) {
        match self {
            Item::Text(line) => {
                line.origin.x += dx;
                line.origin.y += dy;
            }
            Item::Fill { outline, .. } | Item::Stroke { outline, .. } => outline.translate(dx, dy),
            Item::Glow { center, .. } => {
                center.x += dx;
                center.y += dy;
            }
            Item::Image { area, .. } => {
                area.x += dx;
                area.y += dy;
            }
        }
    }
}

/// The paper sizes Limber prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The paper's name in the language in use ("A4", "Letter").
    pub fn label(self) -> String {
        crate::t!(
            "paper-size-name",
            paper = match self {
                Paper::A4 => "a4",
                Paper::Letter => "letter",
            }
        )
    }
}

/// One page's drawing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

/// A whole document, ready for [`super::pdf::render`].
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub paper: Paper,
    /// The PDF's title (shown in a viewer's title bar).
    pub title: String,
    pub pages: Vec<Page>,
    /// The fonts its text was measured in, and is drawn in.
    pub fonts: FontSet,
}

impl Document {
    /// The scripts of its text no font here can draw (drawn as boxes):
    /// what to tell the person, one line per script.
    pub fn missing_scripts(&self) -> Vec<String> {
        self.fonts
            .missing_scripts(
                self.pages
                    .iter()
                    .flat_map(|page| &page.items)
                    .filter_map(|item| match item {
                        Item::Text(line) => Some(line.text.as_str()),
                        _ => None,
                    }),
            )
    }

    /// All the text of the document, page by page and line by line, in
    /// drawing order (what a test can search).
    pub fn text(&self) -> String {
        let mut text = String::new();
        for page in &self.pages {
            for item in &page.items {
                if let Item::Text(line) = item {
                    text.push_str(&line.text);
                    text.push('\n');
                }
            }
            text.push('\u{c}');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_overlap_and_contain() {
        let a = Area::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Area::new(5.0, 5.0, 10.0, 10.0)));
        assert!(!a.overlaps(&Area::new(10.0, 0.0, 10.0, 10.0)), "touching");
        assert!(a.contains(&Area::new(1.0, 1.0, 8.0, 8.0), 0.0));
        assert!(!a.contains(&Area::new(1.0, 1.0, 10.0, 8.0), 0.0));
    }

    #[test]
    fn items_know_their_bounds_and_move() {
        let mut stroke = Item::Stroke {
            outline: Outline::line(Pt::new(0.0, 0.0), Pt::new(10.0, 0.0)),
            color: Rgb(0, 0, 0),
            width: 2.0,
            cap: Cap::Round,
            dash: None,
        };
        assert_eq!(stroke.bounds(), Area::new(-1.0, -1.0, 12.0, 2.0));
        stroke.translate(5.0, 5.0);
        assert_eq!(stroke.bounds(), Area::new(4.0, 4.0, 12.0, 2.0));
        let text = Item::Text(TextLine::new(
            &crate::paper::font::tests::fonts(),
            Pt::new(10.0, 20.0),
            10.0,
            false,
            Rgb(0, 0, 0),
            "Hold".into(),
        ));
        let bounds = text.bounds();
        assert!(bounds.y < 20.0 && bounds.bottom() > 20.0 && bounds.width > 10.0);
    }
}
