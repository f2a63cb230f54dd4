//! The figure canvas: draws `limber_core::figure` shapes as a clean pictogram in
//! the theme's colours, or a user image, or a neutral placeholder.
//!
//! A figure that did not change since the last frame (same shapes, size and
//! colours) is not re-tessellated: the geometry stays in the canvas cache,
//! so a hold costs one cached draw per frame. A moving figure is drawn at
//! the steps of [`limber_core::figure::motion`] (no joint jumps more than a few
//! pixels), so a slow movement repaints on fewer ticks than the player's
//! 30 Hz, and each repaint fills one path per colour rather than stroking
//! every limb segment: what the CPU renderer pays for.
//!
//! A movement is drawn in layers cut by where it changes: the region the
//! moving limbs sweep (worked out once per movement) is repainted at each
//! step, the rest of the picture around it is drawn once. The CPU renderer
//! repaints a changed layer over its clip bounds and fills the whole of
//! every shape (and every card behind it) that reaches into them, so the
//! player's figure draws its own card (`FigureView::view_on_card`) and a
//! step paints only the shapes that reach into the moving region.

use std::cell::Cell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use iced::mouse;
use iced::widget::canvas::{self, Canvas, Frame, Geometry, Path};

use super::keyed_cache::KeyedCache;
use super::own_layer::own_layer;
use iced::widget::{center, container, image, text};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, Vector};

use crate::ui::Context;
use crate::ui::images::{Picture, Shown};
use crate::ui::style;
use limber_core::content::schema::{Illustration, Region, Role, Routine};
use limber_core::figure::shapes::{self, Figure, Rect, Shade, Shape};
use limber_core::figure::{Motion, Pose};

/// What an illustration area shows.
pub enum FigureView {
    Figure(Scene),
    Picture(Picture),
    /// An image still being read and decoded: an empty frame for now.
    Loading,
    Missing(String),
}

/// A figure to draw: one pose (or a movement as one still picture), or a
/// movement part-way between two poses.
pub enum Scene {
    Still {
        figure: Figure,
        /// The box scaled to the canvas.
        frame: Rect,
    },
    /// Drawn at the step of the movement nearest to `t` (see
    /// [`limber_core::figure::motion`]): between steps the picture and its cache
    /// key stay the same, so a slow movement repaints less often than the
    /// player ticks.
    Moving(Box<Movement>),
    /// Several small figures side by side, all at one scale, in rows as
    /// the canvas's shape allows: a routine at a glance.
    Sequence(Vec<Figure>),
}

/// A movement part-way between two poses.
pub struct Movement {
    from: Pose,
    to: Pose,
    /// How far along, 0 ..= 1 (eased by the player).
    t: f32,
    highlight: Option<Region>,
    /// The union of both poses' boxes, so the figure does not zoom while it
    /// moves.
    frame: Rect,
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
        FigureView::Figure(Scene::Still { figure, frame })
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
            Some(image @ Illustration::Image(path)) => match ctx.images.get(image, mirrored) {
                Shown::Ready(picture) => FigureView::Picture(picture),
                Shown::Loading => FigureView::Loading,
                Shown::Failed(message) => FigureView::Missing(format!("{path}: {message}")),
            },
            None => FigureView::Missing("No illustration".to_owned()),
        }
    }

    /// A routine at a glance: the hold position of each of its exercises
    /// (the move's, or the first pose, when it has no hold), in order.
    /// Exercises illustrated by images, or missing, are left out.
    pub fn routine(ctx: &Context<'_>, routine: &Routine) -> Self {
        let figures: Vec<Figure> = routine
            .exercises
            .iter()
            .filter_map(|entry| ctx.library.exercise(&entry.exercise))
            .filter_map(|exercise| {
                let pose_of = |role: Option<Role>| {
                    exercise
                        .steps
                        .iter()
                        .filter(|step| role.is_none_or(|role| step.role == role))
                        .find_map(|step| match &step.illustration {
                            Illustration::Pose(id) => ctx.library.pose(id),
                            Illustration::Image(_) => None,
                        })
                };
                pose_of(Some(Role::Hold))
                    .or_else(|| pose_of(Some(Role::Move)))
                    .or_else(|| pose_of(None))
            })
            .map(|pose| shapes::shapes(pose, None))
            .collect();
        if figures.is_empty() {
            return FigureView::Missing(format!("No figures for \"{}\"", routine.title));
        }
        FigureView::Figure(Scene::Sequence(figures))
    }

    /// A movement as one still picture: the pose `to` over a faint ghost of
    /// `from`, with the arrow of the movement (what a Move step card shows
    /// when it is not playing). Anything but two poses shows `to` alone.
    pub fn movement(
        ctx: &Context<'_>,
        from: &Illustration,
        to: &Illustration,
        highlight: Option<Region>,
        mirrored: bool,
    ) -> Self {
        if let (Illustration::Pose(a), Illustration::Pose(b)) = (from, to)
            && let (Some(a), Some(b)) = (ctx.library.pose(a), ctx.library.pose(b))
        {
            let figure =
                shapes::movement(&oriented(a, mirrored), &oriented(b, mirrored), highlight);
            let frame = figure.bounds;
            return FigureView::Figure(Scene::Still { figure, frame });
        }
        Self::illustration(ctx, Some(to), highlight, mirrored)
    }

    /// The figure part-way (`t` from 0 to 1) from one pose to another, over
    /// a ghost of where it started and under the movement's arrow. Two
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
            let (from, to) = (oriented(a, mirrored), oriented(b, mirrored));
            // The whole movement's box (both poses, the ghost and the
            // arrow), so the figure does not zoom while it moves.
            let frame = shapes::movement(&from, &to, highlight).bounds;
            return FigureView::Figure(Scene::Moving(Box::new(Movement {
                from,
                to,
                t,
                highlight,
                frame,
            })));
        }
        let shown = if t < 0.5 { from } else { to };
        Self::illustration(ctx, shown, highlight, mirrored)
    }

    pub fn view<'a, Message: 'a>(self) -> Element<'a, Message> {
        self.view_turned(1.0)
    }

    /// The view with the figure turned about its middle: `turn` is its
    /// width as a share of its own (1 as it is, 0 edge on, -1 mirrored), so
    /// going from -1 to 1 shows it turning round to the other side (the
    /// player's side switch). Pictures and messages do not turn.
    pub fn view_turned<'a, Message: 'a>(self, turn: f32) -> Element<'a, Message> {
        self.element(turn, None)
    }

    /// The view on a card (the player's figure): the card's surface, border
    /// and rounded corners, with the figure `inset` pixels inside them. A
    /// figure draws its card itself, in its own canvas layers: the CPU
    /// renderer fills the whole of every shape under a changed region, and
    /// a card drawn by a container under a moving figure would be filled
    /// again on every step of the movement.
    pub fn view_on_card<'a, Message: 'a>(self, inset: f32) -> Element<'a, Message> {
        self.element(1.0, Some(inset))
    }

    fn element<'a, Message: 'a>(self, turn: f32, card: Option<f32>) -> Element<'a, Message> {
        let shown: Element<'a, Message> = match self {
            // In a layer of its own: see `own_layer` (the CPU renderer's
            // repaint of the texts around a canvas).
            FigureView::Figure(scene) => {
                return own_layer(
                    Canvas::new(FigureCanvas {
                        scene,
                        turn: turn.clamp(-1.0, 1.0),
                        card: card.map(|inset| inset.max(0.0)),
                    })
                    .width(Length::Fill)
                    .height(Length::Fill),
                )
                .into();
            }
            FigureView::Picture(Picture::Raster(handle)) => center(
                image(handle)
                    .content_fit(iced::ContentFit::Contain)
                    .width(Length::Fill)
                    .height(Length::Fill),
            )
            .into(),
            FigureView::Loading => iced::widget::Space::new()
                .width(Length::Fill)
                .height(Length::Fill)
                .into(),
            FigureView::Missing(message) => center(
                container(text(message).size(16).center())
                    .padding(12)
                    .style(container::rounded_box),
            )
            .into(),
        };
        match card {
            Some(inset) => container(shown)
                .width(Length::Fill)
                .height(Length::Fill)
                .padding(inset)
                .style(style::card)
                .into(),
            None => shown,
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
    scene: Scene,
    /// See [`FigureView::view_turned`].
    turn: f32,
    /// The inset of the figure in a card the canvas draws (see
    /// [`FigureView::view_on_card`]), or no card.
    card: Option<f32>,
}

/// The canvas cache (keyed by a fingerprint of what is drawn) and the
/// steps of the movement last drawn.
#[derive(Default)]
struct FigureState {
    cache: KeyedCache<u64>,
    /// A movement's fingerprint (both poses and the scale) and its plan,
    /// so it is worked out once per movement, not once per tick.
    plan: Cell<Option<(u64, MovementPlan)>>,
    /// A movement's picture inside the region that moves, one per step.
    moving: KeyedCache<u64>,
    /// A movement's picture around that region (above, below, left,
    /// right of it): drawn once for the whole movement.
    around: [KeyedCache<u64>; 4],
}

/// How a movement is drawn at one canvas size.
#[derive(Clone, Copy)]
struct MovementPlan {
    /// Its steps (see [`limber_core::figure::motion`]).
    motion: Motion,
    /// The canvas pixels that change from one step to another (every
    /// limb that moves, at every step, with a margin for anti-aliasing),
    /// on whole pixels. Only this region is repainted as the figure moves:
    /// the CPU renderer repaints a changed layer over its clip bounds, and
    /// the legs that stay on the floor need no repaint.
    region: Rectangle,
}

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
        // The start of a movement: a faint trace of the figure.
        Shade::Ghost => mix(ink, paper, 0.86),
        Shade::Arrow => palette.primary.strong.color,
    }
}

fn hash_f32s(hasher: &mut DefaultHasher, values: impl IntoIterator<Item = f32>) {
    for value in values {
        value.to_bits().hash(hasher);
    }
}

fn hash_pose(hasher: &mut DefaultHasher, pose: &Pose) {
    pose.view.hash(hasher);
    pose.mirrored.hash(hasher);
    hash_f32s(
        hasher,
        [pose.pelvis.height, pose.pelvis.x, pose.shoulder_blades],
    );
    hash_f32s(hasher, pose.named_angles().map(|(_, angle)| angle));
}

/// The size and the colours a picture depends on.
fn hash_canvas(hasher: &mut DefaultHasher, frame: &Rect, size: Size, theme: &Theme) {
    hash_f32s(
        hasher,
        [
            frame.min.x,
            frame.min.y,
            frame.max.x,
            frame.max.y,
            size.width,
            size.height,
        ],
    );
    colour(theme, Shade::Near).into_rgba8().hash(hasher);
    colour(theme, Shade::Mat).into_rgba8().hash(hasher);
}

/// A fingerprint of what would be drawn, to know when the cache is stale.
fn fingerprint(figure: &Figure, frame: &Rect, size: Size, theme: &Theme) -> u64 {
    let mut hasher = DefaultHasher::new();
    for shape in &figure.shapes {
        match *shape {
            Shape::Capsule { a, b, radius, .. } => {
                hash_f32s(&mut hasher, [a.x, a.y, b.x, b.y, radius])
            }
            Shape::Circle { center, radius, .. } => {
                hash_f32s(&mut hasher, [center.x, center.y, radius])
            }
            Shape::Triangle { points, .. } => {
                hash_f32s(&mut hasher, points.iter().flat_map(|p| [p.x, p.y]))
            }
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => hash_f32s(
                &mut hasher,
                [
                    rect.min.x,
                    rect.min.y,
                    rect.max.x,
                    rect.max.y,
                    corner_radius,
                ],
            ),
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                rotation,
                ..
            } => hash_f32s(
                &mut hasher,
                [center.x, center.y, radius_x, radius_y, rotation],
            ),
        }
    }
    hash_canvas(&mut hasher, frame, size, theme);
    hasher.finish()
}

/// Margin around the figure inside the canvas, pixels.
fn margin(size: Size) -> f32 {
    (size.width.min(size.height) * 0.06).max(4.0)
}

/// Shapes that stay put for a whole movement: the mat, the ghost of the
/// start and the arrows.
fn is_fixed(shade: Shade) -> bool {
    matches!(shade, Shade::Mat | Shade::Ghost | Shade::Arrow)
}

/// The steps of a movement and the region of the canvas they change: the
/// figure is worked out at every step, and a shape that is not the same at
/// every step as at the start is a moving one. Should the figure's shapes
/// not line up from step to step, the whole canvas is the region.
fn plan_movement(
    from: &Pose,
    to: &Pose,
    highlight: Option<Region>,
    fit: &shapes::Fit,
    size: Size,
) -> MovementPlan {
    let motion = Motion::new(from, to, fit.scale);
    let canvas = Rectangle::with_size(size);
    let body = |t: f32| -> Vec<Shape> {
        shapes::movement_at(from, to, t, highlight)
            .shapes
            .into_iter()
            .filter(|shape| !is_fixed(shape.shade()))
            .collect()
    };
    let start = body(0.0);
    let mut moved: Option<Rect> = None;
    for step in 0..=motion.steps() {
        let (_, t) = motion.snap(step as f32 / motion.steps().max(1) as f32);
        let shapes = body(t);
        if shapes.len() != start.len() {
            return MovementPlan {
                motion,
                region: canvas,
            };
        }
        for (i, shape) in shapes.iter().enumerate() {
            if *shape != start[i] {
                // The shape where it started as well as where it is.
                let both = shape.bounds().union(&start[i].bounds());
                moved = Some(moved.map_or(both, |moved| moved.union(&both)));
            }
        }
    }
    let region = moved
        .and_then(|ink| fitted(&ink, fit, 2.0).intersection(&canvas))
        .unwrap_or(Rectangle::new(Point::ORIGIN, Size::ZERO));
    MovementPlan { motion, region }
}

/// The canvas pixels `rect` (figure units) covers once fitted by `fit`,
/// widened by `slack` pixels (anti-aliasing) and out to whole pixels.
fn fitted(rect: &Rect, fit: &shapes::Fit, slack: f32) -> Rectangle {
    let (a, b) = (fit.apply(rect.min), fit.apply(rect.max));
    let left = (a.x.min(b.x) - slack).floor();
    let top = (a.y.min(b.y) - slack).floor();
    let right = (a.x.max(b.x) + slack).ceil();
    let bottom = (a.y.max(b.y) + slack).ceil();
    Rectangle::new(Point::new(left, top), Size::new(right - left, bottom - top))
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
        let outer = bounds.size();
        // The figure's room: inside the card, when the canvas draws one.
        let inset = self.card.unwrap_or(0.0);
        let size = Size::new(
            (outer.width - 2.0 * inset).max(1.0),
            (outer.height - 2.0 * inset).max(1.0),
        );
        let card = self.card.is_some();
        // The card, then the figure in its room.
        let framed = |canvas: &mut Frame, draw: &dyn Fn(&mut Frame)| {
            if card {
                paint_card(canvas, outer, theme);
            }
            canvas.translate(Vector::new(inset, inset));
            draw(canvas);
        };
        let geometry = match &self.scene {
            Scene::Still { figure, frame } => {
                let mut hasher = DefaultHasher::new();
                fingerprint(figure, frame, size, theme).hash(&mut hasher);
                self.turn.to_bits().hash(&mut hasher);
                self.card.map(f32::to_bits).hash(&mut hasher);
                let turn = self.turn;
                state
                    .cache
                    .draw(hasher.finish(), renderer, outer, |canvas| {
                        framed(canvas, &|canvas| {
                            if turn == 1.0 {
                                paint(canvas, figure, frame, size, theme);
                                return;
                            }
                            canvas.with_save(|canvas| {
                                let middle = Vector::new(size.width / 2.0, size.height / 2.0);
                                canvas.translate(middle);
                                // Never quite edge on: a zero scale draws nothing
                                // and the turn would flicker.
                                let width = if turn.abs() < 0.02 {
                                    0.02_f32.copysign(turn)
                                } else {
                                    turn
                                };
                                canvas.scale_nonuniform(Vector::new(width, 1.0));
                                canvas.translate(Vector::new(-middle.x, -middle.y));
                                paint(canvas, figure, frame, size, theme);
                            });
                        })
                    })
            }
            Scene::Moving(movement) => {
                let Movement {
                    from,
                    to,
                    t,
                    highlight,
                    frame,
                } = movement.as_ref();
                let fit = frame.fit(size.width, size.height, margin(size));
                let mut hasher = DefaultHasher::new();
                hash_pose(&mut hasher, from);
                hash_pose(&mut hasher, to);
                highlight.hash(&mut hasher);
                hash_canvas(&mut hasher, frame, size, theme);
                self.card.map(f32::to_bits).hash(&mut hasher);
                let movement = hasher.finish();
                let plan = match state.plan.get() {
                    Some((key, plan)) if key == movement => plan,
                    _ => {
                        let plan = plan_movement(from, to, *highlight, &fit, size);
                        state.plan.set(Some((movement, plan)));
                        plan
                    }
                };
                let (step, t) = plan.motion.snap(*t);
                // The picture at a point of the movement: the mat and the
                // ghost of the start (fixed for the whole movement), the
                // figure on its way, the arrows over it.
                // Worked out only when a layer is drawn anew, not on every
                // tick that finds the caches full.
                let picture = |t: f32| {
                    let whole = shapes::movement(from, to, *highlight);
                    let body = shapes::movement_at(from, to, t, *highlight);
                    let of = |figure: &Figure, keep: fn(Shade) -> bool| {
                        figure
                            .shapes
                            .iter()
                            .filter(move |shape| keep(shape.shade()))
                            .copied()
                            .collect::<Vec<_>>()
                    };
                    let mut shapes = of(&whole, |shade| matches!(shade, Shade::Mat | Shade::Ghost));
                    shapes.extend(of(&body, |shade| !is_fixed(shade)));
                    shapes.extend(of(&whole, |shade| shade == Shade::Arrow));
                    Figure {
                        shapes,
                        bounds: whole.bounds,
                    }
                };
                let mut layers = Vec::with_capacity(5);
                // Around the region that moves: the same for every step.
                let region = plan.region;
                // The region on the canvas (the plan's is in the figure's
                // room), and the four bands around it.
                let on_canvas = Rectangle::new(
                    Point::new(region.x + inset, region.y + inset),
                    region.size(),
                );
                let canvas = Rectangle::with_size(outer);
                let (top, bottom) = (on_canvas.y, on_canvas.y + on_canvas.height);
                let (left, right) = (on_canvas.x, on_canvas.x + on_canvas.width);
                let bands = [
                    Rectangle::new(Point::ORIGIN, Size::new(outer.width, top)),
                    Rectangle::new(
                        Point::new(0.0, bottom),
                        Size::new(outer.width, outer.height - bottom),
                    ),
                    Rectangle::new(Point::new(0.0, top), Size::new(left, on_canvas.height)),
                    Rectangle::new(
                        Point::new(right, top),
                        Size::new(outer.width - right, on_canvas.height),
                    ),
                ];
                for (cache, band) in state.around.iter().zip(bands) {
                    let Some(band) = band.intersection(&canvas) else {
                        continue;
                    };
                    layers.push(cache.draw_within(movement, renderer, band, |canvas| {
                        framed(canvas, &|canvas| {
                            paint(canvas, &picture(0.0), frame, size, theme)
                        });
                    }));
                }
                let mut hasher = DefaultHasher::new();
                movement.hash(&mut hasher);
                step.hash(&mut hasher);
                layers.push(state.moving.draw_within(
                    hasher.finish(),
                    renderer,
                    on_canvas,
                    |canvas| {
                        // The card's surface under the region (which lies
                        // inside the card's border and corners), so the
                        // card itself is not filled again.
                        if card {
                            canvas.fill_rectangle(
                                on_canvas.position(),
                                on_canvas.size(),
                                style::Tokens::of(theme).surface,
                            );
                        }
                        canvas.translate(Vector::new(inset, inset));
                        // Only the shapes that reach into the region: the
                        // CPU renderer fills a shape's whole outline before
                        // clipping it, so one left out is work saved.
                        let mut picture = picture(t);
                        picture
                            .shapes
                            .retain(|shape| fitted(&shape.bounds(), &fit, 1.0).intersects(&region));
                        paint(canvas, &picture, frame, size, theme);
                    },
                ));
                return layers;
            }
            Scene::Sequence(figures) => {
                let mut hasher = DefaultHasher::new();
                for figure in figures {
                    fingerprint(figure, &figure.bounds, size, theme).hash(&mut hasher);
                }
                self.card.map(f32::to_bits).hash(&mut hasher);
                state
                    .cache
                    .draw(hasher.finish(), renderer, outer, |canvas| {
                        framed(canvas, &|canvas| {
                            for (figure, cell) in figures.iter().zip(sequence_cells(figures, size))
                            {
                                paint(canvas, figure, &cell, size, theme);
                            }
                        })
                    })
            }
        };
        vec![geometry]
    }
}

/// Space between the figures of a sequence, in figure units.
const SEQUENCE_GAP: f32 = 1.2;

/// Where each figure of a sequence goes: for each, a box in figure units
/// that, fitted to the whole canvas by [`paint`], puts it in its place. The
/// figures keep their order, left to right in rows (each row centred, as
/// tall as its tallest figure, every figure standing on the row's floor),
/// in as many rows as let them be drawn largest, all at one scale.
fn sequence_cells(figures: &[Figure], size: Size) -> Vec<Rect> {
    let count = figures.len().max(1);
    let usable = |length: f32| (length - 2.0 * margin(size)).max(1.0);
    // The rows for a count of rows, and the grid's width and height.
    let layout = |rows: usize| {
        let per_row = count.div_ceil(rows);
        let rows: Vec<&[Figure]> = figures.chunks(per_row).collect();
        let row_width = |row: &[Figure]| {
            row.iter().map(|f| f.bounds.width()).sum::<f32>()
                + SEQUENCE_GAP * (row.len().saturating_sub(1)) as f32
        };
        let row_height = |row: &[Figure]| row.iter().map(|f| f.bounds.height()).fold(0.0, f32::max);
        let width = rows.iter().map(|row| row_width(row)).fold(1.0, f32::max);
        let height = rows.iter().map(|row| row_height(row)).sum::<f32>()
            + SEQUENCE_GAP * (rows.len().saturating_sub(1)) as f32;
        (rows, width, height, row_width, row_height)
    };
    let scale = |rows: usize| {
        let (_, width, height, _, _) = layout(rows);
        (usable(size.width) / width).min(usable(size.height) / height.max(1.0))
    };
    let rows = (1..=count)
        .max_by(|&a, &b| scale(a).total_cmp(&scale(b)).then(b.cmp(&a)))
        .unwrap_or(1);
    let (rows, grid_w, grid_h, row_width, row_height) = layout(rows);
    let mut cells = Vec::with_capacity(figures.len());
    let mut top = 0.0;
    for row in rows {
        let floor = top + row_height(row);
        let mut left = (grid_w - row_width(row)) / 2.0;
        for figure in row {
            // This figure's box, moved so that the grid's corner is the
            // canvas box's: its left edge at `left`, its bottom on the
            // row's floor.
            let b = figure.bounds;
            let (offset_x, offset_y) = (left - b.min.x, floor - b.max.y);
            cells.push(Rect {
                min: limber_core::figure::Point::new(-offset_x, -offset_y),
                max: limber_core::figure::Point::new(grid_w - offset_x, grid_h - offset_y),
            });
            left += b.width() + SEQUENCE_GAP;
        }
        top = floor + SEQUENCE_GAP;
    }
    cells
}

/// The card the player's figure stands on, as `style::card` draws it: the
/// border's colour, then the surface a pixel inside it, corners rounded.
fn paint_card(canvas: &mut Frame, size: Size, theme: &Theme) {
    let tokens = style::Tokens::of(theme);
    let radius = style::radius::CARD;
    canvas.fill(
        &Path::rounded_rectangle(Point::ORIGIN, size, radius.into()),
        tokens.border,
    );
    canvas.fill(
        &Path::rounded_rectangle(
            Point::new(1.0, 1.0),
            Size::new((size.width - 2.0).max(0.0), (size.height - 2.0).max(0.0)),
            (radius - 1.0).max(0.0).into(),
        ),
        tokens.surface,
    );
}

/// Draws the figure's shapes into the canvas frame, `frame` (figure units)
/// scaled to fit. Runs of limbs in one colour are filled as one path (the
/// union of their outlines): the CPU renderer then covers each pixel once
/// per colour, not once per limb segment, and builds no stroke outlines.
fn paint(canvas: &mut Frame, figure: &Figure, frame: &Rect, size: Size, theme: &Theme) {
    let fit = frame.fit(size.width, size.height, margin(size));
    let at = |p: limber_core::figure::skeleton::Point| {
        let p = fit.apply(p);
        Point::new(p.x, p.y)
    };
    let mut shapes = figure.shapes.iter().peekable();
    while let Some(shape) = shapes.next() {
        let color = colour(theme, shape.shade());
        match *shape {
            Shape::Capsule { .. } | Shape::Circle { .. } => {
                let shade = shape.shade();
                let mut run = vec![*shape];
                while let Some(next) = shapes.next_if(|next| {
                    next.shade() == shade
                        && matches!(next, Shape::Capsule { .. } | Shape::Circle { .. })
                }) {
                    run.push(*next);
                }
                let path = Path::new(|builder| {
                    for shape in &run {
                        match *shape {
                            Shape::Capsule { a, b, radius, .. } => {
                                capsule(builder, at(a), at(b), radius * fit.scale);
                            }
                            Shape::Circle { center, radius, .. } => {
                                capsule(builder, at(center), at(center), radius * fit.scale);
                            }
                            _ => {}
                        }
                    }
                });
                canvas.fill(&path, color);
            }
            Shape::Triangle { points, .. } => {
                let [a, b, c] = points.map(at);
                canvas.fill(
                    &Path::new(|builder| {
                        builder.move_to(a);
                        builder.line_to(b);
                        builder.line_to(c);
                        builder.close();
                    }),
                    color,
                );
            }
            Shape::RoundedRect {
                rect,
                corner_radius,
                ..
            } => {
                let top_left = at(rect.min);
                canvas.fill(
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
                canvas.fill(
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
}

/// Adds the outline of a stadium (the segment `a → b` widened by `radius`
/// with round ends; a circle when `a == b`) as one closed contour. Every
/// contour turns the same way, so overlapping ones fill as their union
/// under the non-zero rule.
fn capsule(builder: &mut canvas::path::Builder, a: Point, b: Point, radius: f32) {
    // Control-point distance for a quarter circle drawn as a cubic.
    const K: f32 = 0.552_284_8;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx.hypot(dy);
    // Unit vector along the segment (any direction for a dot) and its normal.
    let (ux, uy) = if length > 1e-4 {
        (dx / length, dy / length)
    } else {
        (1.0, 0.0)
    };
    let (nx, ny) = (-uy, ux);
    let r = radius.max(0.01);
    let p = |c: Point, x: f32, y: f32| Point::new(c.x + x, c.y + y);
    // Half a circle around `c` from the side `s` (±1 along the normal)
    // through the end pointing along `e` (±1 along the segment).
    let half = |builder: &mut canvas::path::Builder, c: Point, s: f32, e: f32| {
        let (sx, sy) = (nx * s * r, ny * s * r);
        let (ex, ey) = (ux * e * r, uy * e * r);
        builder.bezier_curve_to(
            p(c, sx + ex * K, sy + ey * K),
            p(c, ex + sx * K, ey + sy * K),
            p(c, ex, ey),
        );
        builder.bezier_curve_to(
            p(c, ex - sx * K, ey - sy * K),
            p(c, -sx + ex * K, -sy + ey * K),
            p(c, -sx, -sy),
        );
    };
    builder.move_to(p(a, nx * r, ny * r));
    builder.line_to(p(b, nx * r, ny * r));
    half(builder, b, 1.0, 1.0);
    builder.line_to(p(a, -nx * r, -ny * r));
    half(builder, a, -1.0, -1.0);
    builder.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::figure::parse_poses;

    fn figures(ids: &[&str]) -> Vec<Figure> {
        shipped(ids)
            .iter()
            .map(|pose| shapes::shapes(pose, None))
            .collect()
    }

    fn shipped(ids: &[&str]) -> Vec<Pose> {
        let mut poses = Vec::new();
        for text in [
            include_str!("../../../content/poses/press-up.ron"),
            include_str!("../../../content/poses/knee-to-chest.ron"),
            include_str!("../../../content/poses/crunch.ron"),
            include_str!("../../../content/poses/butterfly.ron"),
            include_str!("../../../content/poses/hamstring.ron"),
        ] {
            poses.extend(parse_poses(text).expect("shipped poses parse"));
        }
        ids.iter()
            .map(|id| poses.iter().find(|p| p.id == *id).expect(id).clone())
            .collect()
    }

    #[test]
    fn a_movement_repaints_only_the_region_that_moves() {
        let size = Size::new(858.0, 390.0);
        let area = |r: Rectangle| r.width * r.height;
        for (from, to, highlight) in [
            (
                "prone-on-forearms",
                "prone-press-up",
                Some(Region::LowerBack),
            ),
            ("supine-knees-bent", "knee-to-chest", None),
            ("crunch-start", "crunch-up", None),
        ] {
            let poses = shipped(&[from, to]);
            let (a, b) = (&poses[0], &poses[1]);
            let frame = shapes::movement(a, b, highlight).bounds;
            let fit = frame.fit(size.width, size.height, margin(size));
            let plan = plan_movement(a, b, highlight, &fit, size);
            let region = plan.region;
            // Every shape that differs from the start at some step lies
            // inside the region.
            for step in 0..=plan.motion.steps() {
                let (_, t) = plan.motion.snap(step as f32 / plan.motion.steps() as f32);
                let start = shapes::movement_at(a, b, 0.0, highlight);
                let now = shapes::movement_at(a, b, t, highlight);
                for (shape, first) in now.shapes.iter().zip(&start.shapes) {
                    if shape != first && !is_fixed(shape.shade()) {
                        let ink = shape.bounds();
                        let (min, max) = (fit.apply(ink.min), fit.apply(ink.max));
                        assert!(
                            region.contains(Point::new(min.x, min.y))
                                && region.contains(Point::new(max.x, max.y)),
                            "{from} → {to} at {t}: {shape:?} outside {region:?}"
                        );
                    }
                }
            }
            // And it is well short of the whole canvas: the limbs that stay
            // put are not repainted.
            let share = area(region) / area(Rectangle::with_size(size));
            assert!(
                share < 0.5,
                "{from} → {to}: the region is {share:.2} of the canvas"
            );
            assert_eq!(region.x.fract(), 0.0, "whole pixels");
            assert_eq!(region.height.fract(), 0.0, "whole pixels");
        }
    }

    /// Where a figure lands on the canvas, pixels.
    fn placed(figure: &Figure, cell: &Rect, size: Size) -> Rect {
        let fit = cell.fit(size.width, size.height, margin(size));
        Rect {
            min: fit.apply(figure.bounds.min),
            max: fit.apply(figure.bounds.max),
        }
    }

    #[test]
    fn a_sequence_fits_the_canvas_in_order_without_overlaps() {
        let all = figures(&[
            "prone-press-up",
            "knee-to-chest",
            "crunch-up",
            "butterfly-press",
            "hamstring-lean",
        ]);
        for size in [
            Size::new(380.0, 230.0),
            Size::new(900.0, 180.0),
            Size::new(200.0, 500.0),
        ] {
            let cells = sequence_cells(&all, size);
            assert_eq!(cells.len(), all.len());
            let boxes: Vec<Rect> = all
                .iter()
                .zip(&cells)
                .map(|(figure, cell)| placed(figure, cell, size))
                .collect();
            let scale = |b: &Rect, f: &Figure| b.width() / f.bounds.width();
            for (i, (b, figure)) in boxes.iter().zip(&all).enumerate() {
                assert!(
                    b.min.x >= -0.5
                        && b.min.y >= -0.5
                        && b.max.x <= size.width + 0.5
                        && b.max.y <= size.height + 0.5,
                    "{size:?}: figure {i} at {b:?} leaves the canvas"
                );
                // One scale for all.
                let first = scale(&boxes[0], &all[0]);
                assert!((scale(b, figure) - first).abs() < 1e-3 * first);
                for (k, other) in boxes.iter().enumerate().skip(i + 1) {
                    let apart = b.max.x <= other.min.x + 0.5
                        || other.max.x <= b.min.x + 0.5
                        || b.max.y <= other.min.y + 0.5
                        || other.max.y <= b.min.y + 0.5;
                    assert!(apart, "{size:?}: figures {i} and {k} overlap");
                    // Reading order: later figures right of or below.
                    assert!(
                        other.min.y >= b.max.y - 0.5 || other.min.x >= b.max.x - 0.5,
                        "{size:?}: figure {k} comes before {i}"
                    );
                }
            }
        }
        // A wide strip puts them in one row; a tall one stacks them.
        let row = sequence_cells(&all, Size::new(2000.0, 150.0));
        let boxes: Vec<Rect> = all
            .iter()
            .zip(&row)
            .map(|(f, c)| placed(f, c, Size::new(2000.0, 150.0)))
            .collect();
        assert!(boxes.windows(2).all(|w| w[1].min.x > w[0].max.x));
    }
}
