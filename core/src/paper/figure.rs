//! The drawn figure on paper: the same [`crate::figure::shapes`] the app
//! draws (same depth order, same mirroring for the left side), as vector
//! paths in a box of the page.

use std::sync::Arc;

use super::canvas::{Area, Cap, Item, Outline, Pt, Rgb};
use crate::content::schema::Region;
use crate::figure::{Figure, Palette, Pose, RasterImage, Rgba, Shade, Shape, movement, shapes};

/// The app's light palette, on the card colour the figures sit on.
pub const PALETTE: Palette = Palette::LIGHT;

/// The card colour behind figures.
pub const CARD: Rgb = Rgb(
    PALETTE.background.r,
    PALETTE.background.g,
    PALETTE.background.b,
);

fn rgb(rgba: Rgba) -> Rgb {
    Rgb(rgba.r, rgba.g, rgba.b)
}

/// The card behind a figure, in the palette's background colour (the
/// near limbs' outline gap is drawn in it too, so they must match).
pub fn card(area: Area) -> Item {
    Item::Fill {
        outline: Outline::rounded_rect(area, 6.0),
        color: CARD,
        opacity: 1.0,
    }
}

/// The pose drawn to fit `area` (with a small inner margin), highlight
/// included; `mirrored` draws the left side of a sided exercise.
pub fn pose_items(pose: &Pose, highlight: Option<Region>, mirrored: bool, area: Area) -> Vec<Item> {
    figure_items(&shapes(&oriented(pose, mirrored), highlight), area)
}

/// A movement as a physiotherapist's sheet draws it, fitted to `area`: the
/// pose `to` over a faint ghost of `from`, and the arrow between (see
/// [`crate::figure::movement`]).
pub fn movement_items(
    from: &Pose,
    to: &Pose,
    highlight: Option<Region>,
    mirrored: bool,
    area: Area,
) -> Vec<Item> {
    let figure = movement(
        &oriented(from, mirrored),
        &oriented(to, mirrored),
        highlight,
    );
    figure_items(&figure, area)
}

fn oriented(pose: &Pose, mirrored: bool) -> Pose {
    if mirrored {
        pose.mirror()
    } else {
        pose.clone()
    }
}

/// A figure's shapes as page items, scaled to fit `area`.
fn figure_items(figure: &Figure, area: Area) -> Vec<Item> {
    let margin = (area.width.min(area.height) * 0.08).max(2.0);
    let fit = figure.bounds.fit(area.width, area.height, margin);
    let at = |p: crate::figure::Point| {
        let q = fit.apply(p);
        Pt::new(area.x + q.x, area.y + q.y)
    };
    let mut items = Vec::with_capacity(figure.shapes.len());
    for shape in &figure.shapes {
        let rgba = PALETTE.color(shape.shade());
        let color = rgb(rgba);
        match *shape {
            Shape::Capsule { a, b, radius, .. } => {
                let (a, b) = (at(a), at(b));
                let width = 2.0 * radius * fit.scale;
                if (a.x - b.x).abs() < 1e-3 && (a.y - b.y).abs() < 1e-3 {
                    items.push(Item::Fill {
                        outline: Outline::circle(a, width / 2.0),
                        color,
                        opacity: 1.0,
                    });
                } else {
                    items.push(Item::Stroke {
                        outline: Outline::line(a, b),
                        color,
                        width,
                        cap: Cap::Round,
                        dash: None,
                    });
                }
            }
            Shape::Triangle { points, .. } => {
                let mut outline = Outline::polyline(&points.map(at));
                outline.segments.push(super::canvas::Segment::Close);
                items.push(Item::Fill {
                    outline,
                    color,
                    opacity: 1.0,
                });
            }
            Shape::Circle { center, radius, .. } => items.push(Item::Fill {
                outline: Outline::circle(at(center), radius * fit.scale),
                color,
                opacity: 1.0,
            }),
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => {
                let (min, max) = (at(rect.min), at(rect.max));
                items.push(Item::Fill {
                    outline: Outline::rounded_rect(
                        Area::new(min.x, min.y, max.x - min.x, max.y - min.y),
                        corner_radius * fit.scale,
                    ),
                    color,
                    opacity: 1.0,
                });
            }
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                rotation,
                shade,
            } => {
                debug_assert_eq!(shade, Shade::Highlight);
                items.push(Item::Glow {
                    center: at(center),
                    radius_x: radius_x * fit.scale,
                    radius_y: radius_y * fit.scale,
                    rotation,
                    color,
                    opacity: f32::from(rgba.a) / 255.0,
                });
            }
        }
    }
    items
}

/// A picture (a physiotherapist's image step) fitted into `area`, keeping
/// its aspect ratio; mirrored for the left side like on screen.
pub fn image_item(image: &RasterImage, mirrored: bool, area: Area) -> Option<Item> {
    if image.width == 0 || image.height == 0 {
        return None;
    }
    let scale = (area.width / image.width as f32).min(area.height / image.height as f32);
    let (width, height) = (image.width as f32 * scale, image.height as f32 * scale);
    let picture = if mirrored {
        image.mirrored()
    } else {
        image.clone()
    };
    Some(Item::Image {
        area: Area::new(
            area.x + (area.width - width) / 2.0,
            area.y + (area.height - height) / 2.0,
            width,
            height,
        ),
        image: Arc::new(picture),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;

    fn pose(id: &str) -> Pose {
        let (library, _) = Library::shipped();
        library.pose(id).cloned().expect("shipped pose")
    }

    fn ink(items: &[Item]) -> Area {
        items
            .iter()
            .map(Item::bounds)
            .reduce(|a, b| {
                let x = a.x.min(b.x);
                let y = a.y.min(b.y);
                Area::new(
                    x,
                    y,
                    a.right().max(b.right()) - x,
                    a.bottom().max(b.bottom()) - y,
                )
            })
            .expect("something drawn")
    }

    #[test]
    fn the_figure_fills_its_box_and_stays_inside() {
        let area = Area::new(100.0, 200.0, 120.0, 80.0);
        let items = pose_items(&pose("knee-to-chest"), Some(Region::LowerBack), false, area);
        assert!(items.len() > 10);
        let drawn = ink(&items);
        assert!(area.contains(&drawn, 0.5), "{drawn:?} outside {area:?}");
        // Fitted: it touches the margin on at least one axis.
        assert!(drawn.width > 0.8 * area.width || drawn.height > 0.8 * area.height);
    }

    #[test]
    fn the_left_side_is_the_mirror_image() {
        let area = Area::new(0.0, 0.0, 120.0, 80.0);
        let pose = pose("knee-to-chest");
        let right = pose_items(&pose, Some(Region::LowerBack), false, area);
        let left = pose_items(&pose, Some(Region::LowerBack), true, area);
        assert_eq!(right.len(), left.len());
        // Same shapes in the same (depth) order, each flipped about the
        // middle of the box.
        for (r, l) in right.iter().zip(&left) {
            let (r, l) = (r.bounds(), l.bounds());
            assert!((l.x - (120.0 - r.right())).abs() < 0.05, "{r:?} vs {l:?}");
            assert!((l.y - r.y).abs() < 0.05 && (l.width - r.width).abs() < 0.05);
        }
        // And it is a different picture: on its back the head is on the
        // left as written, on the right mirrored.
        let head_x = |items: &[Item]| {
            items
                .iter()
                .find_map(|item| match item {
                    Item::Fill { color, .. } if *color == rgb(PALETTE.mid) => {
                        let b = item.bounds();
                        (b.width < 20.0).then_some(b.x + b.width / 2.0)
                    }
                    _ => None,
                })
                .expect("a head")
        };
        assert!(head_x(&right) < 60.0 && head_x(&left) > 60.0);
    }
}
