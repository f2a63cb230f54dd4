//! The app icon: the figure in the butterfly stretch on a rounded teal
//! square, drawn from the same shapes as every other figure. PNGs come from
//! [`render_icon`], the SVG source from [`icon_svg`]; `limber figures
//! --icons DIR` writes both with [`write_icons`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tiny_skia::{Color, FillRule, GradientStop, LinearGradient, Paint, SpreadMode, Transform};

use super::pose::{Pose, parse_poses};
use super::raster::{Palette, RenderError, Rgba, draw_shapes, rounded_rect};
use super::shapes::{Figure, Rect, Shade, Shape, shapes};
use super::skeleton::Point;

/// The pose on the icon (front view: knees out, soles together, hands on
/// the ankles), kept here so editing the content never changes the icon.
const ICON_POSE: &str = r#"[(
    id: "icon",
    view: Front,
    pelvis: (height: 0.6, angle: 90),
    near_arm: (shoulder: 24, elbow: -81, wrist: 34),
    far_arm: (shoulder: 24, elbow: -81, wrist: 34),
    near_leg: (hip: 112, knee: 174, ankle: 62, thigh_depth: 30, shin_depth: 17),
    far_leg: (hip: 112, knee: 174, ankle: 62, thigh_depth: 30, shin_depth: 17),
)]"#;

/// Sizes written by [`write_icons`], pixels.
pub const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

const TOP: Rgba = Rgba::new(0x3B, 0xA3, 0x8C, 0xFF);
const BOTTOM: Rgba = Rgba::new(0x1E, 0x60, 0x72, 0xFF);

/// Figure colours on the teal square; the gap takes the square's middle tone.
const ICON_PALETTE: Palette = Palette {
    background: Rgba::new(0x2B, 0x80, 0x80, 0xFF),
    mat: Rgba::new(0xFF, 0xFF, 0xFF, 0x55),
    far: Rgba::new(0xC8, 0xE8, 0xE0, 0xFF),
    mid: Rgba::new(0xD9, 0xF0, 0xEA, 0xFF),
    near: Rgba::new(0xFF, 0xFF, 0xFF, 0xFF),
    highlight: Rgba::new(0xFF, 0xB0, 0x7A, 0xC0),
    ghost: Rgba::new(0xFF, 0xFF, 0xFF, 0x40),
    arrow: Rgba::new(0xFF, 0xFF, 0xFF, 0xFF),
};

fn icon_pose() -> Result<Pose, RenderError> {
    parse_poses(ICON_POSE)
        .map_err(|error| RenderError::Encode(format!("icon pose: {error}")))?
        .into_iter()
        .next()
        .ok_or_else(|| RenderError::Encode("icon pose missing".to_string()))
}

/// The figure to draw, without its mat (the square is the ground).
fn icon_figure() -> Result<Figure, RenderError> {
    let mut figure = shapes(&icon_pose()?, None);
    figure.shapes.retain(|shape| shape.shade() != Shade::Mat);
    // At icon sizes the head must not melt into the trunk: draw it in the
    // brightest colour with a thin ring of the background round it.
    let mut with_head = Vec::with_capacity(figure.shapes.len() + 1);
    for shape in figure.shapes {
        if let Shape::Circle { center, radius, .. } = shape {
            with_head.push(Shape::Circle {
                center,
                radius: radius + super::shapes::GAP,
                shade: Shade::Gap,
            });
            with_head.push(Shape::Circle {
                center,
                radius,
                shade: Shade::Near,
            });
        } else {
            with_head.push(shape);
        }
    }
    figure.shapes = with_head;
    figure.bounds = figure
        .shapes
        .iter()
        .map(Shape::bounds)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(figure.bounds);
    Ok(figure)
}

/// Corner radius of the square as a fraction of its side.
const CORNER: f32 = 0.22;
/// Empty border around the figure as a fraction of the side.
const PADDING: f32 = 0.14;

/// The icon as a `size × size` PNG.
pub fn render_icon(size: u32) -> Result<Vec<u8>, RenderError> {
    if size == 0 || size > super::raster::MAX_SIDE {
        return Err(RenderError::BadSize {
            width: size,
            height: size,
        });
    }
    let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or(RenderError::BadSize {
        width: size,
        height: size,
    })?;
    let side = size as f32;
    let square = Rect {
        min: Point::new(0.0, 0.0),
        max: Point::new(side, side),
    };
    if let Some(path) = rounded_rect(square, side * CORNER)
        && let Some(shader) = LinearGradient::new(
            tiny_skia::Point::from_xy(0.0, 0.0),
            tiny_skia::Point::from_xy(0.0, side),
            vec![
                GradientStop::new(0.0, Color::from_rgba8(TOP.r, TOP.g, TOP.b, TOP.a)),
                GradientStop::new(
                    1.0,
                    Color::from_rgba8(BOTTOM.r, BOTTOM.g, BOTTOM.b, BOTTOM.a),
                ),
            ],
            SpreadMode::Pad,
            Transform::identity(),
        )
    {
        let paint = Paint {
            shader,
            anti_alias: true,
            ..Paint::default()
        };
        pixmap.fill_path(
            &path,
            &paint,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    let figure = icon_figure()?;
    let fit = figure.bounds.fit(side, side, side * PADDING);
    draw_shapes(&mut pixmap, &figure.shapes, &fit, &ICON_PALETTE);
    pixmap
        .encode_png()
        .map_err(|error| RenderError::Encode(error.to_string()))
}

fn hex(rgba: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", rgba.r, rgba.g, rgba.b)
}

fn opacity(rgba: Rgba) -> String {
    format!("{:.3}", f32::from(rgba.a) / 255.0)
}

/// The icon as SVG source (512 × 512 view box), generated from the same
/// shapes as the PNGs.
pub fn icon_svg() -> Result<String, RenderError> {
    let side = 512.0;
    let figure = icon_figure()?;
    let fit = figure.bounds.fit(side, side, side * PADDING);
    let mut svg = String::new();
    // Writing into a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">"#
    );
    let _ = writeln!(svg, "  <title>Limber</title>");
    let _ = writeln!(
        svg,
        r#"  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{}"/><stop offset="1" stop-color="{}"/></linearGradient></defs>"#,
        hex(TOP),
        hex(BOTTOM)
    );
    let _ = writeln!(
        svg,
        r#"  <rect width="512" height="512" rx="{:.1}" fill="url(#bg)"/>"#,
        side * CORNER
    );
    for shape in &figure.shapes {
        let rgba = ICON_PALETTE.color(shape.shade());
        let (color, alpha) = (hex(rgba), opacity(rgba));
        match *shape {
            Shape::Capsule { a, b, radius, .. } => {
                let (a, b) = (fit.apply(a), fit.apply(b));
                let _ = writeln!(
                    svg,
                    r#"  <line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{color}" stroke-opacity="{alpha}" stroke-width="{:.1}" stroke-linecap="round"/>"#,
                    a.x,
                    a.y,
                    b.x,
                    b.y,
                    2.0 * radius * fit.scale
                );
            }
            Shape::Circle { center, radius, .. } => {
                let c = fit.apply(center);
                let _ = writeln!(
                    svg,
                    r#"  <circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="{color}" fill-opacity="{alpha}"/>"#,
                    c.x,
                    c.y,
                    radius * fit.scale
                );
            }
            Shape::Triangle { points, .. } => {
                let [a, b, c] = points.map(|p| fit.apply(p));
                let _ = writeln!(
                    svg,
                    r#"  <polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{color}" fill-opacity="{alpha}"/>"#,
                    a.x, a.y, b.x, b.y, c.x, c.y
                );
            }
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => {
                let min = fit.apply(rect.min);
                let _ = writeln!(
                    svg,
                    r#"  <rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="{color}" fill-opacity="{alpha}"/>"#,
                    min.x,
                    min.y,
                    rect.width() * fit.scale,
                    rect.height() * fit.scale,
                    corner_radius * fit.scale
                );
            }
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                rotation,
                ..
            } => {
                let c = fit.apply(center);
                let _ = writeln!(
                    svg,
                    r#"  <ellipse cx="{:.1}" cy="{:.1}" rx="{:.1}" ry="{:.1}" transform="rotate({:.1} {:.1} {:.1})" fill="{color}" fill-opacity="{alpha}"/>"#,
                    c.x,
                    c.y,
                    radius_x * fit.scale,
                    radius_y * fit.scale,
                    rotation.to_degrees(),
                    c.x,
                    c.y
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// The sizes inside the Windows icon: what Explorer, the task bar and the
/// Start menu ask for (ICO frames stop at 256).
pub const ICO_SIZES: [u32; 4] = [16, 32, 48, 256];

/// The Windows icon (`limber.ico`): the PNG icon at each of [`ICO_SIZES`],
/// stored as PNG frames (read by every Windows since Vista).
pub fn icon_ico() -> Result<Vec<u8>, RenderError> {
    use image::codecs::ico::{IcoEncoder, IcoFrame};
    let encode = |e: image::ImageError| RenderError::Encode(e.to_string());
    let pngs = ICO_SIZES
        .iter()
        .map(|&size| render_icon(size).map(|png| (size, png)))
        .collect::<Result<Vec<_>, _>>()?;
    let frames = pngs
        .iter()
        .map(|(size, png)| {
            IcoFrame::with_encoded(
                png.as_slice(),
                *size,
                *size,
                image::ExtendedColorType::Rgba8,
            )
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(encode)?;
    let mut ico = Vec::new();
    IcoEncoder::new(&mut ico)
        .encode_images(&frames)
        .map_err(encode)?;
    Ok(ico)
}

/// Writes `limber.svg`, `limber-<size>.png` for every [`ICON_SIZES`]
/// entry and `limber.ico` into `dir` (created if missing); returns the
/// files written.
pub fn write_icons(dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    let write = |path: PathBuf, bytes: &[u8]| {
        std::fs::write(&path, bytes)
            .map(|()| path.clone())
            .map_err(|source| RenderError::Write { path, source })
    };
    std::fs::create_dir_all(dir).map_err(|source| RenderError::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = vec![write(dir.join("limber.svg"), icon_svg()?.as_bytes())?];
    for size in ICON_SIZES {
        written.push(write(
            dir.join(format!("limber-{size}.png")),
            &render_icon(size)?,
        )?);
    }
    written.push(write(dir.join("limber.ico"), &icon_ico()?)?);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icon_pngs_have_the_right_size_and_transparent_corners() {
        for size in [16, 256] {
            let png = render_icon(size).expect("renders");
            let image = image::load_from_memory(&png).expect("valid PNG").to_rgba8();
            assert_eq!(image.dimensions(), (size, size));
            assert_eq!(
                image.get_pixel(0, 0).0[3],
                0,
                "rounded corner is transparent"
            );
            let centre = image.get_pixel(size / 2, size / 2).0;
            assert_eq!(centre[3], 255, "the square is opaque in the middle");
        }
        // The figure is there: plenty of white (near limbs) at 256.
        let image = image::load_from_memory(&render_icon(256).expect("renders"))
            .expect("valid PNG")
            .to_rgba8();
        let white = image
            .pixels()
            .filter(|p| p.0 == [255, 255, 255, 255])
            .count();
        assert!(white > 2000, "only {white} white pixels");
        assert!(render_icon(0).is_err());
    }

    #[test]
    fn the_windows_icon_holds_each_size_as_drawn() {
        let ico = icon_ico().expect("ico");
        let decoder =
            image::codecs::ico::IcoDecoder::new(std::io::Cursor::new(&ico)).expect("valid ICO");
        // The decoder picks the largest frame.
        let image = image::DynamicImage::from_decoder(decoder)
            .expect("decodes")
            .to_rgba8();
        let largest = image::load_from_memory(&render_icon(256).expect("renders"))
            .expect("valid PNG")
            .to_rgba8();
        assert_eq!(image, largest);
        // The directory lists every size (a 256 is written as 0).
        let count = u16::from_le_bytes([ico[4], ico[5]]) as usize;
        let widths: Vec<u32> = (0..count)
            .map(|i| match ico[6 + 16 * i] {
                0 => 256,
                w => u32::from(w),
            })
            .collect();
        assert_eq!(widths, ICO_SIZES);
    }

    #[test]
    fn svg_is_well_formed_enough() {
        let svg = icon_svg().expect("svg");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.matches("<line").count() >= 12, "limbs missing: {svg}");
        assert!(svg.contains("<circle"), "head missing");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }
}
