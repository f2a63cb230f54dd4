//! The figure canvas: draws `crate::figure` shapes as a clean pictogram in
//! the theme's colours, or a user image, or a neutral placeholder.
//!
//! A figure that did not change since the last frame (same shapes, size and
//! colours) is not re-tessellated: the geometry stays in the canvas cache,
//! so a hold costs one cached draw per frame.

use std::hash::{Hash, Hasher};

use iced::mouse;
use iced::widget::canvas::{self, Canvas, Geometry, LineCap, Path, Stroke};

use super::keyed_cache::KeyedCache;
use iced::widget::{center, container, image, text};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, Vector};

use crate::content::schema::{Illustration, Region};
use crate::figure::Pose;
use crate::figure::shapes::{self, Figure, Rect, Shade, Shape};
use crate::ui::Context;
use crate::ui::images::Picture;

/// What an illustration area shows.
pub enum FigureView {
    Figure {
        figure: Figure,
        /// The box scaled to the canvas; for a movement, the union of both
        /// poses' boxes, so the figure does not zoom while it moves.
        frame: Rect,
    },
    Picture(Picture),
    Missing(String),
}

impl FigureView {
    /// A named pose of the loaded content.
    pub fn pose(ctx: &Context<'_>, id: &str, highlight: Option<Region>, mirrored: bool) -> Self {
        match ctx.library.pose(id) {
            Some(pose) => Self::of_pose(&oriented(pose, mirrored), highlight),
            None => FigureView::Missing(format!("No pose \"{id}\"")),
        }
    }

    fn of_pose(pose: &Pose, highlight: Option<Region>) -> Self {
        let figure = shapes::shapes(pose, highlight);
        let frame = figure.bounds;
        FigureView::Figure { figure, frame }
    }

    /// A step's illustration: a pose or an image file.
    pub fn illustration(
        ctx: &Context<'_>,
        illustration: Option<&Illustration>,
        highlight: Option<Region>,
        mirrored: bool,
    ) -> Self {
        match illustration {
            Some(Illustration::Pose(id)) => Self::pose(ctx, id, highlight, mirrored),
            Some(image @ Illustration::Image(path)) => {
                match ctx.images.get(ctx.library, image, mirrored) {
                    Ok(picture) => FigureView::Picture(picture),
                    Err(message) => FigureView::Missing(format!("{path}: {message}")),
                }
            }
            None => FigureView::Missing("No illustration".to_owned()),
        }
    }

    /// The figure part-way (`t` from 0 to 1) from one pose to another. Two
    /// images cannot be blended: the first shows until half-way.
    pub fn blend(
        ctx: &Context<'_>,
        from: Option<&Illustration>,
        to: Option<&Illustration>,
        t: f32,
        highlight: Option<Region>,
        mirrored: bool,
    ) -> Self {
        if let (Some(Illustration::Pose(a)), Some(Illustration::Pose(b))) = (from, to)
            && let (Some(a), Some(b)) = (ctx.library.pose(a), ctx.library.pose(b))
        {
            let (a, b) = (oriented(a, mirrored), oriented(b, mirrored));
            let frame = shapes::shapes(&a, highlight)
                .bounds
                .union(&shapes::shapes(&b, highlight).bounds);
            let figure = shapes::shapes(&crate::figure::blend(&a, &b, t), highlight);
            return FigureView::Figure { figure, frame };
        }
        let shown = if t < 0.5 { from } else { to };
        Self::illustration(ctx, shown, highlight, mirrored)
    }

    pub fn view<'a, Message: 'a>(self) -> Element<'a, Message> {
        match self {
            FigureView::Figure { figure, frame } => Canvas::new(FigureCanvas { figure, frame })
                .width(Length::Fill)
                .height(Length::Fill)
                .into(),
            FigureView::Picture(Picture::Raster(handle)) => center(
                image(handle)
                    .content_fit(iced::ContentFit::Contain)
                    .width(Length::Fill)
                    .height(Length::Fill),
            )
            .into(),
            FigureView::Missing(message) => center(
                container(text(message).size(16).center())
                    .padding(12)
                    .style(container::rounded_box),
            )
            .into(),
        }
    }
}

/// The pose for a side: as written for the left, mirrored for the right.
fn oriented(pose: &Pose, mirrored: bool) -> Pose {
    if mirrored {
        pose.mirror()
    } else {
        pose.clone()
    }
}

struct FigureCanvas {
    figure: Figure,
    frame: Rect,
}

/// Keyed by a fingerprint of the shapes, size and colours.
type FigureState = KeyedCache<u64>;

/// Colours of the pictogram, from the theme: near limbs darkest, far limbs
/// lightest, a soft mat and a translucent highlight.
fn colour(theme: &Theme, shade: Shade) -> Color {
    let palette = theme.extended_palette();
    let ink = palette.background.base.text;
    let paper = palette.background.base.color;
    let mix = |a: Color, b: Color, t: f32| {
        Color::from_rgb(
            a.r + (b.r - a.r) * t,
            a.g + (b.g - a.g) * t,
            a.b + (b.b - a.b) * t,
        )
    };
    match shade {
        Shade::Near => mix(ink, paper, 0.12),
        // An outline in the background colour that sets a near limb apart
        // where it crosses the body.
        Shade::Gap => palette.background.weak.color,
        Shade::Mid => mix(ink, paper, 0.28),
        Shade::Far => mix(ink, paper, 0.55),
        Shade::Mat => palette.primary.weak.color.scale_alpha(0.55),
        Shade::Highlight => palette.danger.base.color.scale_alpha(0.38),
    }
}

/// A fingerprint of what would be drawn, to know when the cache is stale.
fn fingerprint(figure: &Figure, frame: &Rect, size: Size, theme: &Theme) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut put = |v: f32| v.to_bits().hash(&mut hasher);
    for shape in &figure.shapes {
        match *shape {
            Shape::Capsule { a, b, radius, .. } => {
                [a.x, a.y, b.x, b.y, radius].into_iter().for_each(&mut put)
            }
            Shape::Circle { center, radius, .. } => {
                [center.x, center.y, radius].into_iter().for_each(&mut put)
            }
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => [
                rect.min.x,
                rect.min.y,
                rect.max.x,
                rect.max.y,
                corner_radius,
            ]
            .into_iter()
            .for_each(&mut put),
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                rotation,
                ..
            } => [center.x, center.y, radius_x, radius_y, rotation]
                .into_iter()
                .for_each(&mut put),
        }
    }
    [
        frame.min.x,
        frame.min.y,
        frame.max.x,
        frame.max.y,
        size.width,
        size.height,
    ]
    .into_iter()
    .for_each(&mut put);
    colour(theme, Shade::Near).into_rgba8().hash(&mut hasher);
    colour(theme, Shade::Mat).into_rgba8().hash(&mut hasher);
    hasher.finish()
}

impl<Message> canvas::Program<Message> for FigureCanvas {
    type State = FigureState;

    fn draw(
        &self,
        state: &FigureState,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let key = fingerprint(&self.figure, &self.frame, size, theme);
        let geometry = state.draw(key, renderer, size, |frame| {
            let margin = (size.width.min(size.height) * 0.06).max(4.0);
            let fit = self.frame.fit(size.width, size.height, margin);
            let at = |p: crate::figure::skeleton::Point| {
                let p = fit.apply(p);
                Point::new(p.x, p.y)
            };
            for shape in &self.figure.shapes {
                let color = colour(theme, shape.shade());
                match *shape {
                    Shape::Capsule { a, b, radius, .. } => {
                        let (a, b) = (at(a), at(b));
                        let width = 2.0 * radius * fit.scale;
                        if a == b {
                            frame.fill(&Path::circle(a, width / 2.0), color);
                        } else {
                            frame.stroke(
                                &Path::line(a, b),
                                Stroke::default()
                                    .with_color(color)
                                    .with_width(width)
                                    .with_line_cap(LineCap::Round),
                            );
                        }
                    }
                    Shape::Circle { center, radius, .. } => {
                        frame.fill(&Path::circle(at(center), radius * fit.scale), color);
                    }
                    Shape::RoundedRect {
                        rect,
                        corner_radius,
                        ..
                    } => {
                        let top_left = at(rect.min);
                        frame.fill(
                            &Path::rounded_rectangle(
                                top_left,
                                Size::new(rect.width() * fit.scale, rect.height() * fit.scale),
                                (corner_radius * fit.scale).into(),
                            ),
                            color,
                        );
                    }
                    Shape::Ellipse {
                        center,
                        radius_x,
                        radius_y,
                        rotation,
                        ..
                    } => {
                        let center = at(center);
                        frame.fill(
                            &Path::new(|builder| {
                                builder.ellipse(canvas::path::arc::Elliptical {
                                    center,
                                    radii: Vector::new(radius_x * fit.scale, radius_y * fit.scale),
                                    rotation: iced::Radians(rotation),
                                    start_angle: iced::Radians(0.0),
                                    end_angle: iced::Radians(std::f32::consts::TAU),
                                });
                            }),
                            color,
                        );
                    }
                }
            }
        });
        vec![geometry]
    }
}
