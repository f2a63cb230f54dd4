//! PNG rendering of the figure with tiny-skia, for `limber figures` and the
//! app icon. The iced canvas draws the same [`Shape`]s itself; this module is
//! the reference for how they should look.

use std::path::{Path, PathBuf};

use tiny_skia::{
    BlendMode, Color, FillRule, GradientStop, LineCap, Paint, PathBuilder, Pixmap, PixmapPaint,
    RadialGradient, SpreadMode, Stroke, Transform,
};

use super::pose::Pose;
use super::shapes::{Figure, Fit, Rect, Shade, Shape, shapes};
use crate::figure::body::Region;

/// A colour as plain 8-bit RGBA (not premultiplied).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Rgba {
    pub const fn new(r: u8, g: u8, b: u8, a: u8) -> Self {
        Rgba { r, g, b, a }
    }
}

/// Colours of the figure for one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Palette {
    /// Behind everything (alpha 0 for a transparent PNG).
    pub background: Rgba,
    /// The mat / floor.
    pub mat: Rgba,
    /// Far-side limbs: least contrast with the background.
    pub far: Rgba,
    /// Torso, neck and head.
    pub mid: Rgba,
    /// Near-side limbs: most contrast with the background.
    pub near: Rgba,
    /// The highlight on the stretched area; meant to be translucent (its
    /// alpha is the strength at the centre, fading out to the edge).
    pub highlight: Rgba,
    /// The start position of a movement: its outline, and its inside
    /// faintly.
    pub ghost: Rgba,
    /// The movement's arrow.
    pub arrow: Rgba,
}

impl Palette {
    /// For a light background: near limbs darkest.
    pub const LIGHT: Palette = Palette {
        background: Rgba::new(0xF7, 0xF5, 0xF0, 0xFF),
        mat: Rgba::new(0xC9, 0xD6, 0xCF, 0xFF),
        far: Rgba::new(0x9D, 0xAA, 0xB6, 0xFF),
        mid: Rgba::new(0x5E, 0x6E, 0x7E, 0xFF),
        near: Rgba::new(0x2C, 0x38, 0x45, 0xFF),
        highlight: Rgba::new(0xFF, 0x6B, 0x3D, 0x9C),
        ghost: Rgba::new(0xA9, 0xB4, 0xBE, 0xFF),
        arrow: Rgba::new(0x1F, 0x7A, 0x8C, 0xFF),
    };

    /// For a dark background: near limbs lightest (most contrast).
    pub const DARK: Palette = Palette {
        background: Rgba::new(0x1D, 0x21, 0x26, 0xFF),
        mat: Rgba::new(0x35, 0x45, 0x40, 0xFF),
        far: Rgba::new(0x7E, 0x8A, 0x96, 0xFF),
        mid: Rgba::new(0xA4, 0xAF, 0xBA, 0xFF),
        near: Rgba::new(0xE4, 0xE9, 0xEE, 0xFF),
        highlight: Rgba::new(0xFF, 0x8A, 0x5C, 0x9C),
        ghost: Rgba::new(0x6E, 0x7A, 0x86, 0xFF),
        arrow: Rgba::new(0x5C, 0xC8, 0xD8, 0xFF),
    };

    pub fn color(&self, shade: Shade) -> Rgba {
        match shade {
            Shade::Mat => self.mat,
            Shade::Far => self.far,
            Shade::Mid => self.mid,
            Shade::Near => self.near,
            Shade::Highlight => self.highlight,
            Shade::Gap => self.background,
            Shade::Ghost => self.ghost,
            Shade::Arrow => self.arrow,
        }
    }
}

/// Largest PNG side we render, pixels.
pub const MAX_SIDE: u32 = 8192;
/// Default size of the PNGs `render_all` writes.
pub const FIGURE_WIDTH: u32 = 480;
pub const FIGURE_HEIGHT: u32 = 360;

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(
        "{}",
        crate::t!(
            "figure-render-bad-size",
            width = width.to_string(),
            height = height.to_string(),
            max = MAX_SIDE.to_string()
        )
    )]
    BadSize { width: u32, height: u32 },
    #[error("{}", crate::t!("figure-render-encode", error = .0.as_str()))]
    Encode(String),
    #[error("{}", crate::t!("figure-render-bad-id", pose = .0.as_str()))]
    BadId(String),
    #[error(
        "{}",
        crate::t!(
            "figure-render-write",
            path = path.display().to_string(),
            error = source.to_string()
        )
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn new_pixmap(width: u32, height: u32) -> Result<Pixmap, RenderError> {
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(RenderError::BadSize { width, height });
    }
    Pixmap::new(width, height).ok_or(RenderError::BadSize { width, height })
}

fn color(rgba: Rgba) -> Color {
    Color::from_rgba8(rgba.r, rgba.g, rgba.b, rgba.a)
}

fn solid(rgba: Rgba) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(color(rgba));
    paint.anti_alias = true;
    paint
}

/// Draws shapes (figure units) into a pixmap through `fit`.
pub(crate) fn draw_shapes(pixmap: &mut Pixmap, shapes: &[Shape], fit: &Fit, palette: &Palette) {
    let mut index = 0;
    while index < shapes.len() {
        if shapes[index].shade() == Shade::Ghost {
            let end = shapes[index..]
                .iter()
                .position(|shape| shape.shade() != Shade::Ghost)
                .map_or(shapes.len(), |count| index + count);
            draw_ghost(pixmap, &shapes[index..end], fit, palette.ghost);
            index = end;
            continue;
        }
        let shape = &shapes[index];
        draw_shape(pixmap, shape, fit, palette.color(shape.shade()));
        index += 1;
    }
}

/// Width of the line round a movement's ghost, head units.
const GHOST_LINE: f32 = 0.07;
/// How strongly a ghost's inside is tinted, out of 255.
const GHOST_FILL: u8 = 0x20;

/// The ghost of a movement's start, drawn as the outline of the whole body
/// with a faint inside: a filled pale silhouette lying under a figure that
/// has moved (the head and shoulders under a crunch) reads as an object
/// (a pillow), where an outline reads as "you were here". Drawn on a layer
/// of its own, so clearing its inside leaves the mat under it alone.
fn draw_ghost(pixmap: &mut Pixmap, shapes: &[Shape], fit: &Fit, rgba: Rgba) {
    let Some(mut layer) = Pixmap::new(pixmap.width(), pixmap.height()) else {
        return;
    };
    let line = (GHOST_LINE * fit.scale).max(1.0);
    for shape in shapes {
        draw_shape_with(&mut layer, shape, fit, rgba, BlendMode::SourceOver, line);
    }
    // The inside replaces the line under it (rather than adding to it),
    // so overlapping parts show no seams.
    for shape in shapes {
        let inside = Rgba {
            a: GHOST_FILL,
            ..rgba
        };
        draw_shape_with(&mut layer, shape, fit, inside, BlendMode::Source, 0.0);
    }
    pixmap.draw_pixmap(
        0,
        0,
        layer.as_ref(),
        &PixmapPaint::default(),
        Transform::identity(),
        None,
    );
}

fn draw_shape(pixmap: &mut Pixmap, shape: &Shape, fit: &Fit, rgba: Rgba) {
    draw_shape_with(pixmap, shape, fit, rgba, BlendMode::SourceOver, 0.0);
}

/// A filled circle (a dot at the least, never nothing).
fn fill_circle(pixmap: &mut Pixmap, x: f32, y: f32, radius: f32, paint: &Paint) {
    if let Some(path) = PathBuilder::from_circle(x, y, radius.max(0.01)) {
        pixmap.fill_path(&path, paint, FillRule::Winding, Transform::identity(), None);
    }
}

/// One shape, `grow` pixels bigger all round, painted with `blend`.
fn draw_shape_with(
    pixmap: &mut Pixmap,
    shape: &Shape,
    fit: &Fit,
    rgba: Rgba,
    blend: BlendMode,
    grow: f32,
) {
    let scale = fit.scale;
    let paint = || {
        let mut paint = solid(rgba);
        paint.blend_mode = blend;
        paint
    };
    {
        match *shape {
            Shape::Capsule { a, b, radius, .. } => {
                let (a, b) = (fit.apply(a), fit.apply(b));
                if a.distance(b) < 1e-3 {
                    fill_circle(pixmap, a.x, a.y, radius * scale + grow, &paint());
                    return;
                }
                let mut builder = PathBuilder::new();
                builder.move_to(a.x, a.y);
                builder.line_to(b.x, b.y);
                if let Some(path) = builder.finish() {
                    let stroke = Stroke {
                        width: 2.0 * (radius * scale + grow),
                        line_cap: LineCap::Round,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint(), &stroke, Transform::identity(), None);
                }
            }
            Shape::Circle { center, radius, .. } => {
                let center = fit.apply(center);
                fill_circle(pixmap, center.x, center.y, radius * scale + grow, &paint());
            }
            Shape::Triangle { points, .. } => {
                let [a, b, c] = points.map(|p| fit.apply(p));
                let mut builder = PathBuilder::new();
                builder.move_to(a.x, a.y);
                builder.line_to(b.x, b.y);
                builder.line_to(c.x, c.y);
                builder.close();
                if let Some(path) = builder.finish() {
                    pixmap.fill_path(
                        &path,
                        &paint(),
                        FillRule::Winding,
                        Transform::identity(),
                        None,
                    );
                    if grow > 0.0 {
                        let stroke = Stroke {
                            width: 2.0 * grow,
                            line_join: tiny_skia::LineJoin::Round,
                            ..Stroke::default()
                        };
                        pixmap.stroke_path(&path, &paint(), &stroke, Transform::identity(), None);
                    }
                }
            }
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => {
                let rect = Rect {
                    min: fit.apply(rect.min),
                    max: fit.apply(rect.max),
                };
                if let Some(path) = rounded_rect(rect, corner_radius * scale) {
                    pixmap.fill_path(
                        &path,
                        &solid(rgba),
                        FillRule::Winding,
                        Transform::identity(),
                        None,
                    );
                }
            }
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                rotation,
                ..
            } => {
                let center = fit.apply(center);
                // A unit circle with a radial fade, stretched and turned
                // into place: a soft-edged ellipse.
                let Some(circle) = PathBuilder::from_circle(0.0, 0.0, 1.0) else {
                    return;
                };
                let transparent = Rgba { a: 0, ..rgba };
                let Some(shader) = RadialGradient::new(
                    tiny_skia::Point::from_xy(0.0, 0.0),
                    tiny_skia::Point::from_xy(0.0, 0.0),
                    1.0,
                    vec![
                        GradientStop::new(0.0, color(rgba)),
                        GradientStop::new(0.55, color(rgba)),
                        GradientStop::new(1.0, color(transparent)),
                    ],
                    SpreadMode::Pad,
                    Transform::identity(),
                ) else {
                    return;
                };
                let paint = Paint {
                    shader,
                    anti_alias: true,
                    ..Paint::default()
                };
                let transform = Transform::from_scale(radius_x * scale, radius_y * scale)
                    .post_rotate(rotation.to_degrees())
                    .post_translate(center.x, center.y);
                pixmap.fill_path(&circle, &paint, FillRule::Winding, transform, None);
            }
        }
    }
}

/// A rounded rectangle path (pixels).
pub(crate) fn rounded_rect(rect: Rect, corner_radius: f32) -> Option<tiny_skia::Path> {
    let (x0, y0, x1, y1) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    let r = corner_radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    // Control-point distance for a quarter circle drawn as a cubic.
    let k = r * 0.552_284_8;
    let mut builder = PathBuilder::new();
    builder.move_to(x0 + r, y0);
    builder.line_to(x1 - r, y0);
    builder.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    builder.line_to(x1, y1 - r);
    builder.cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    builder.line_to(x0 + r, y1);
    builder.cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    builder.line_to(x0, y0 + r);
    builder.cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    builder.close();
    builder.finish()
}

/// Renders one pose as a PNG of `width × height` pixels, the figure scaled
/// to fit with a small margin.
pub fn render_png(
    pose: &Pose,
    highlight: Option<Region>,
    width: u32,
    height: u32,
    palette: &Palette,
) -> Result<Vec<u8>, RenderError> {
    render_figure_png(&shapes(pose, highlight), width, height, palette)
}

/// Renders any figure's shapes (a pose, a movement with its ghost and
/// arrow) as a PNG, scaled to fit with a small margin.
pub fn render_figure_png(
    figure: &Figure,
    width: u32,
    height: u32,
    palette: &Palette,
) -> Result<Vec<u8>, RenderError> {
    let mut pixmap = new_pixmap(width, height)?;
    pixmap.fill(color(palette.background));
    let margin = (width.min(height) as f32 * 0.06).max(1.0);
    let fit = figure.bounds.fit(width as f32, height as f32, margin);
    draw_shapes(&mut pixmap, &figure.shapes, &fit, palette);
    pixmap
        .encode_png()
        .map_err(|error| RenderError::Encode(error.to_string()))
}

/// A pose id as a file name: refused if it could leave the folder or hide.
pub(crate) fn file_name_for(id: &str) -> Result<String, RenderError> {
    let safe = !id.is_empty()
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if safe {
        Ok(format!("{id}.png"))
    } else {
        Err(RenderError::BadId(id.to_string()))
    }
}

/// Writes `<id>.png` for every pose into `out_dir` (created if missing),
/// light palette, no highlight; returns the files written.
pub fn render_all(poses: &[Pose], out_dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    std::fs::create_dir_all(out_dir).map_err(|source| RenderError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::with_capacity(poses.len());
    for pose in poses {
        let path = out_dir.join(file_name_for(&pose.id)?);
        let png = render_png(pose, None, FIGURE_WIDTH, FIGURE_HEIGHT, &Palette::LIGHT)?;
        std::fs::write(&path, png).map_err(|source| RenderError::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}
