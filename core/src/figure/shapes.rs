//! Shapes with depth: what a canvas draws for a pose.
//!
//! Everything is in figure units (head units), **y down**, floor top at
//! `y = 0` (see [`crate::figure::skeleton`]). [`Figure::shapes`] is already in
//! drawing order (painter's algorithm): the mat, the far limbs, the torso and
//! head, the near limbs, and last the translucent highlight. The [`Shade`]
//! tag only picks the colour (see `crate::figure::raster::Palette`).

use super::anatomy::{BodySide, Contact, HandPlace, LimbSide};
use super::pose::{Pose, View};
use super::skeleton::{
    Bone, FOREARM, HEAD_RADIUS, HIP_HALF_WIDTH, Joints, Limbs, Point, UPPER_ARM, drawn_joints,
    drawn_joints_and_floor, seen_from_far_side,
};
use crate::figure::body::{BodyPart, Region};

/// Which colour a shape takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shade {
    /// Floor or mat under the figure.
    Mat,
    /// Limbs on the far side (lightest of the body colours).
    Far,
    /// Torso, neck and head.
    Mid,
    /// Limbs on the near side (darkest).
    Near,
    /// A thin band in the background colour drawn just before a near limb
    /// (a slightly fatter copy of it), so the limb stands out where it
    /// crosses the torso or the other limbs, as in a printed pictogram.
    Gap,
    /// The soft, translucent highlight on the stretched area.
    Highlight,
    /// A faint copy of the figure where a movement starts, behind it.
    Ghost,
    /// The arrow of a movement, from where it starts to where it ends.
    Arrow,
}

/// An axis-aligned rectangle, y down: `min` is the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

impl Rect {
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// The smallest rectangle holding both: use it to keep the scale steady
    /// while animating between two poses.
    /// Whether the whole box lies within `reach` of `center`.
    fn within(&self, center: Point, reach: f32) -> bool {
        [
            self.min,
            self.max,
            Point::new(self.min.x, self.max.y),
            Point::new(self.max.x, self.min.y),
        ]
        .iter()
        .all(|corner| corner.distance(center) <= reach)
    }

    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            min: Point::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: Point::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    fn around(center: Point, radius: f32) -> Rect {
        Rect {
            min: Point::new(center.x - radius, center.y - radius),
            max: Point::new(center.x + radius, center.y + radius),
        }
    }

    /// Scale and offset that fit this rectangle, centred, into a
    /// `width × height` pixel area with `margin` pixels on every side:
    /// `pixel = figure · scale + offset`.
    pub fn fit(&self, width: f32, height: f32, margin: f32) -> Fit {
        let usable_width = (width - 2.0 * margin).max(1.0);
        let usable_height = (height - 2.0 * margin).max(1.0);
        let scale =
            (usable_width / self.width().max(1e-3)).min(usable_height / self.height().max(1e-3));
        let scale = if scale.is_finite() { scale } else { 1.0 };
        Fit {
            scale,
            offset_x: (width - self.width() * scale) / 2.0 - self.min.x * scale,
            offset_y: (height - self.height() * scale) / 2.0 - self.min.y * scale,
        }
    }
}

/// `pixel = figure · scale + offset`, from [`Rect::fit`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub scale: f32,
    pub offset_x: f32,
    pub offset_y: f32,
}

impl Fit {
    pub fn apply(&self, point: Point) -> Point {
        Point::new(
            point.x * self.scale + self.offset_x,
            point.y * self.scale + self.offset_y,
        )
    }
}

/// One thing to draw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A limb or trunk segment: the line `a → b` stroked with width
    /// `2 × radius` and round caps (a stadium). `a == b` is a dot.
    Capsule {
        a: Point,
        b: Point,
        radius: f32,
        shade: Shade,
    },
    /// The head: a filled circle.
    Circle {
        center: Point,
        radius: f32,
        shade: Shade,
    },
    /// The mat: a filled rectangle with rounded corners.
    RoundedRect {
        rect: Rect,
        corner_radius: f32,
        shade: Shade,
    },
    /// A filled triangle (a nose, an arrowhead).
    Triangle { points: [Point; 3], shade: Shade },
    /// The highlight: a filled ellipse with half-axes `radius_x` (along the
    /// rotated x axis) and `radius_y`, turned by `rotation` radians
    /// (positive turns +x towards +y, i.e. clockwise on screen).
    Ellipse {
        center: Point,
        radius_x: f32,
        radius_y: f32,
        rotation: f32,
        shade: Shade,
    },
}

impl Shape {
    pub fn shade(&self) -> Shade {
        match *self {
            Shape::Capsule { shade, .. }
            | Shape::Circle { shade, .. }
            | Shape::RoundedRect { shade, .. }
            | Shape::Triangle { shade, .. }
            | Shape::Ellipse { shade, .. } => shade,
        }
    }

    /// The same shape in another colour.
    pub fn with_shade(&self, shade: Shade) -> Shape {
        let mut shape = *self;
        match &mut shape {
            Shape::Capsule { shade: s, .. }
            | Shape::Circle { shade: s, .. }
            | Shape::RoundedRect { shade: s, .. }
            | Shape::Triangle { shade: s, .. }
            | Shape::Ellipse { shade: s, .. } => *s = shade,
        }
        shape
    }

    /// A capsule from `a` to `b` (a limb's fill or its gap band).
    fn is_capsule(&self, a: Point, b: Point) -> bool {
        matches!(*self, Shape::Capsule { a: p, b: q, .. } if p.distance(a) < 1e-4 && q.distance(b) < 1e-4)
    }

    /// The area the shape covers (for an ellipse, a box around it).
    pub fn bounds(&self) -> Rect {
        match *self {
            Shape::Capsule { a, b, radius, .. } => {
                Rect::around(a, radius).union(&Rect::around(b, radius))
            }
            Shape::Circle { center, radius, .. } => Rect::around(center, radius),
            Shape::RoundedRect { rect, .. } => rect,
            Shape::Triangle {
                points: [a, b, c], ..
            } => Rect {
                min: Point::new(a.x.min(b.x).min(c.x), a.y.min(b.y).min(c.y)),
                max: Point::new(a.x.max(b.x).max(c.x), a.y.max(b.y).max(c.y)),
            },
            Shape::Ellipse {
                center,
                radius_x,
                radius_y,
                ..
            } => Rect::around(center, radius_x.max(radius_y)),
        }
    }
}

/// The shapes of one posed figure, in drawing order, and the box around them.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub shapes: Vec<Shape>,
    /// Everything drawn, mat included; scale this to the canvas with
    /// [`Rect::fit`].
    pub bounds: Rect,
}

/// Thickness of the mat below the floor line, head units.
pub const MAT_THICKNESS: f32 = 0.22;
/// How far the mat reaches beyond the figure on each side, head units.
pub const MAT_OVERHANG: f32 = 0.5;
/// Width of the background-coloured band around near limbs, head units.
pub const GAP: f32 = 0.08;

const NEAR_ARM: [Bone; 3] = [Bone::NearUpperArm, Bone::NearForearm, Bone::NearHand];
const FAR_ARM: [Bone; 3] = [Bone::FarUpperArm, Bone::FarForearm, Bone::FarHand];
const NEAR_LEG: [Bone; 3] = [Bone::NearThigh, Bone::NearShin, Bone::NearFoot];
const FAR_LEG: [Bone; 3] = [Bone::FarThigh, Bone::FarShin, Bone::FarFoot];

/// Half the thickness of a movement's arrow, head units.
pub const ARROW_RADIUS: f32 = 0.09;
/// How far the arrow keeps outside the path of the joint it follows, head
/// units: clear of the limb's own outline.
pub const ARROW_CLEARANCE: f32 = 0.85;

/// A movement as one still picture, the way a physiotherapist's sheet
/// draws it: the figure where it ends, a faint ghost of where it starts
/// behind it, and a curved arrow along the path of the part that moves
/// most (a knee drawn to the chest, the head and shoulders rising), round
/// the joint it turns about. Parts that move about as far as it get an
/// arrow too (both knees in the butterfly).
pub fn movement(from: &Pose, to: &Pose, highlight: Option<Region>) -> Figure {
    movement_at(from, to, 1.0, highlight)
}

/// The figure part-way (`t` from 0 to 1) through a movement, over the
/// ghost of where it started and under the arrow of the whole movement:
/// what the player draws while a Move or Release step plays. At `t = 1` it
/// is [`movement`].
pub fn movement_at(from: &Pose, to: &Pose, t: f32, highlight: Option<Region>) -> Figure {
    let end = shapes(&super::pose::blend(from, to, t), highlight);
    let start = shapes(from, None);
    let arms = ghost_leaves_out_arms(from, to);
    let head = ghost_leaves_out_head(from, to);
    let ghost: Vec<Shape> = start
        .shapes
        .iter()
        .filter(|shape| matches!(shape.shade(), Shade::Far | Shade::Mid | Shade::Near))
        .filter(|shape| !arms.iter().any(|&(a, b)| shape.is_capsule(a, b)))
        .filter(|shape| !head.is_some_and(|(center, reach)| shape.bounds().within(center, reach)))
        .map(|shape| shape.with_shade(Shade::Ghost))
        .collect();
    let arrows = arrows(from, to);
    // The mat first, then the ghost behind the whole figure, the arrow
    // over it.
    let mut shapes = Vec::with_capacity(end.shapes.len() + ghost.len() + arrows.len());
    let mut rest = end.shapes.into_iter();
    shapes.extend(rest.next());
    shapes.extend(ghost);
    shapes.extend(rest);
    shapes.extend(arrows);
    let bounds = shapes
        .iter()
        .map(Shape::bounds)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(end.bounds);
    // The mat reaches under the ghost too.
    if let Some(Shape::RoundedRect { rect, .. }) = shapes.first_mut() {
        rect.min.x = bounds.min.x;
        rect.max.x = bounds.max.x;
    }
    Figure { shapes, bounds }
}

/// The arm bones the ghost of a movement leaves out: when the trunk stays
/// where it is and the legs move (a knee drawn to the chest, the knees
/// lowered in the butterfly), the arms only carry the hands to where the
/// legs go, and a ghost of them lies over the ghost of the legs' start,
/// the one thing the ghost is there to show. Empty when the trunk moves.
fn ghost_leaves_out_arms(from: &Pose, to: &Pose) -> Vec<(Point, Point)> {
    let (a, b) = (drawn_joints(from), drawn_joints(to));
    let trunk_still = a.neck_base.distance(b.neck_base) < 0.3;
    let legs_move = a
        .near
        .knee
        .distance(b.near.knee)
        .max(a.far.knee.distance(b.far.knee))
        >= 0.3;
    if !(trunk_still && legs_move) {
        return Vec::new();
    }
    [NEAR_ARM, FAR_ARM]
        .into_iter()
        .flatten()
        .map(|bone| a.drawn_ends(bone))
        .collect()
}

/// The start's head the ghost of a movement leaves out (its centre and
/// how far round it its shapes reach), when the head moves less than its
/// own size: a ghost head then only peeps out beside the head as a second
/// one (a ball in front of the face as the chest rises on the forearms, a
/// pillow under the head as it curls up), and shows no place to start
/// from. The neck and the trunk of the ghost still show where they were.
fn ghost_leaves_out_head(from: &Pose, to: &Pose) -> Option<(Point, f32)> {
    let (a, b) = (drawn_joints(from), drawn_joints(to));
    (a.head_center.distance(b.head_center) < 3.0 * HEAD_RADIUS)
        .then_some((a.head_center, HEAD_RADIUS * 1.6))
}

/// How little the waist may move for a trunk movement to count as a curl
/// from the waist, head units.
const WAIST_STILL: f32 = 0.15;

/// The parts an arrow may follow, and the joint each turns about: the
/// knees about the hips, the trunk by its chest (the base of the neck)
/// about the hips. A trunk that curls from the waist (a crunch: the lower
/// back stays on the floor) is followed by a point over the front of the
/// shoulder blades, clear of the arms crossed on the chest, round the
/// waist: the arrow curls up over the upper back, where the movement is,
/// and not at the head (an arrow at the head cues leading with the neck).
fn landmarks(joints: &Joints, curl: bool) -> [(Point, Point); 3] {
    let trunk = if curl {
        (over_shoulder_blades(joints), joints.waist)
    } else {
        (joints.neck_base, joints.pelvis)
    };
    [
        (joints.near.knee, joints.near.hip),
        (joints.far.knee, joints.far.hip),
        trunk,
    ]
}

/// Where up the back, from the hips to the neck, the arrow of a trunk
/// hinging at the hips runs: by the shoulder blades, where the lean moves
/// furthest and the back is clear of the arms (lower down the arc is a
/// stub; at the neck it cues leading with the head).
const HINGE_ARROW_AT: f32 = 0.75;

/// How much of its own turn a hinge's arrow starts before the lean.
const HINGE_ARROW_LEAD: f32 = 1.8;

/// How far over the upper back's line a crunch's arrow runs, head units:
/// the chest, the arms crossed on it, and a little room.
const OVER_THE_CHEST: f32 = 1.5;

/// A point over the front of the upper back, at the lower end of the
/// shoulder blades (nearer the waist than the neck: the head, bent a
/// little forward, is over the upper end), [`OVER_THE_CHEST`] from the spine's line on the side the face
/// looks to.
fn over_shoulder_blades(joints: &Joints) -> Point {
    let (waist, neck) = (joints.waist, joints.neck_base);
    let length = waist.distance(neck).max(1e-6);
    let along = Point::new((neck.x - waist.x) / length, (neck.y - waist.y) / length);
    let mut front = Point::new(-along.y, along.x);
    let face = Point::new(
        joints.nose.x - joints.neck_top.x,
        joints.nose.y - joints.neck_top.y,
    );
    if front.x * face.x + front.y * face.y < 0.0 {
        front = Point::new(-front.x, -front.y);
    }
    let on = waist.lerp(neck, 0.4);
    Point::new(
        on.x + front.x * OVER_THE_CHEST,
        on.y + front.y * OVER_THE_CHEST,
    )
}

fn arrows(from_pose: &Pose, to_pose: &Pose) -> Vec<Shape> {
    let (from, to) = (drawn_joints(from_pose), drawn_joints(to_pose));
    let curl = from.waist.distance(to.waist) < WAIST_STILL;
    let (starts, ends) = (landmarks(&from, curl), landmarks(&to, curl));
    let moves: Vec<f32> = starts
        .iter()
        .zip(ends)
        .map(|(a, b)| a.0.distance(b.0))
        .collect();
    let most = moves.iter().copied().fold(0.0, f32::max);
    if most < 0.3 {
        return Vec::new();
    }
    let press = press_arrows(from_pose, to_pose, &from, &to);
    let mut shapes = Vec::new();
    for (index, distance) in moves.into_iter().enumerate() {
        // A press draws the trunk's rise itself.
        if distance < most * 0.7 || (index == 2 && !press.is_empty()) {
            continue;
        }
        let (start, pivot) = starts[index];
        let end = ends[index].0;
        if index < 2 && to.view == View::Front {
            // Knees seen from the front (the butterfly): the hands rest on
            // them and the elbows stand out beyond; an arc round the hip
            // would run by the elbows and cue pushing them out. A straight
            // arrow beside each knee says the knee goes down.
            shapes.extend(beside_knee_arrow(start, end, &to, index == 0));
            continue;
        }
        if index == 2 && curl {
            // Over the middle of the chest (the point over the shoulder
            // blades leans towards the hips with the curl).
            let tip = Point::new(to.waist.lerp(to.neck_base, 0.25).x, end.y);
            shapes.extend(curl_arrow(tip, to.neck_base.x < to.waist.x));
            continue;
        }
        if index == 2 {
            // A trunk hinging at the hips: the arrow runs round the hips
            // behind the upper back, from where the back was to just
            // short of where it goes: not at the head (an arrow at the
            // head cues leading with it and rounding the upper back), and
            // not in front of the chest, where the arms reaching to the
            // legs would cover it. It stops the trunk's half-width short
            // of the back, so its head stands clear of the outline.
            let at = |joints: &Joints| joints.pelvis.lerp(joints.neck_base, HINGE_ARROW_AT);
            let (from_at, to_at) = (at(&from), at(&to));
            let sweep = turn(from_at, to_at, pivot);
            let radius = pivot.distance(to_at).max(1e-3);
            let clear = Bone::UpperSpine.radius(to.view) + GAP + ARROW_RADIUS;
            let short = (clear / radius).min(sweep.abs() * 0.9);
            let end = rotate_about(to_at, pivot, -sweep.signum() * short);
            // A lean of 30° or so is a short arc: it starts as far again
            // behind the start's back, long enough to see in a thumbnail.
            let back = rotate_about(from_at, pivot, -HINGE_ARROW_LEAD * sweep);
            shapes.extend(arc_arrow(back, end, pivot, 0.0));
            continue;
        }
        // A knee drawn up stops short of its end: the arrow's head over
        // the chest, where the knee goes, not over the face.
        let end = if index < 2 {
            rotate_about(end, pivot, -KNEE_ARROW_SHORT * turn(start, end, pivot))
        } else {
            end
        };
        shapes.extend(arc_arrow(start, end, pivot, ARROW_CLEARANCE));
    }
    shapes.extend(press);
    shapes
}

/// How much of its turn a knee's arrow stops short of the end.
const KNEE_ARROW_SHORT: f32 = 0.2;

/// How far below its head a crunch's arrow starts, and how far towards
/// the head, head units.
const CURL_ARROW_RISE: f32 = 1.05;
const CURL_ARROW_BACK: f32 = 0.4;
/// How much higher than the point over the chest the crunch's arrow
/// ends, head units: its start then clears the folded arms.
const CURL_ARROW_LIFT: f32 = 0.7;

/// The crunch's arrow: from over the chest a little towards the head, up
/// in a short curve to `tip`, over the chest at the end of the lift, its
/// head pointing straight up. The shoulder blades lift off the floor; an
/// arrow swinging round the waist ends pointing at the knees, which cues
/// sitting up. The arc's centre is level with the tip (so the tip's
/// tangent is upright), on the head's side, as far from the start as from
/// the tip; the start is nearer the tip across than the radius, so the
/// arc rises all the way (no dip over the arms).
fn curl_arrow(tip: Point, head_on_left: bool) -> Vec<Shape> {
    let towards_head = if head_on_left { -1.0 } else { 1.0 };
    let (across, rise) = (CURL_ARROW_BACK, CURL_ARROW_RISE);
    let radius = (across * across + rise * rise) / (2.0 * across);
    // y down: up is -y.
    let tip = Point::new(tip.x, tip.y - CURL_ARROW_LIFT);
    let start = Point::new(tip.x + towards_head * across, tip.y + rise);
    let pivot = Point::new(tip.x + towards_head * radius, tip.y);
    arc_arrow(start, tip, pivot, 0.0)
}

/// The turn from `from` to `to` round `pivot`, radians (the shorter way
/// round).
fn turn(from: Point, to: Point, pivot: Point) -> f32 {
    let angle = |p: Point| (p.y - pivot.y).atan2(p.x - pivot.x);
    let mut sweep = angle(to) - angle(from);
    if sweep > std::f32::consts::PI {
        sweep -= std::f32::consts::TAU;
    } else if sweep < -std::f32::consts::PI {
        sweep += std::f32::consts::TAU;
    }
    sweep
}

/// `point` turned `angle` radians round `pivot` (y down: positive turns
/// clockwise on screen).
fn rotate_about(point: Point, pivot: Point, angle: f32) -> Point {
    let (x, y) = (point.x - pivot.x, point.y - pivot.y);
    let (sin, cos) = angle.sin_cos();
    Point::new(pivot.x + x * cos - y * sin, pivot.y + x * sin + y * cos)
}

/// Shortest arrow drawn beside a knee, head units.
const KNEE_ARROW: f32 = 0.9;
/// How far below the knee's centre that arrow's head ends, head units.
const KNEE_ARROW_DROP: f32 = 0.35;

/// A straight arrow just outside a knee seen from the front, along the
/// way it moves, its head level with where the knee ends.
fn beside_knee_arrow(start: Point, end: Point, to: &Joints, near: bool) -> Vec<Shape> {
    let limbs = if near { to.near } else { to.far };
    let outwards = if limbs.knee.x >= to.pelvis.x {
        1.0
    } else {
        -1.0
    };
    let off = Bone::NearThigh.radius(View::Front) + GAP + 0.3;
    let length = start.distance(end).max(1e-6);
    let along = Point::new((end.x - start.x) / length, (end.y - start.y) / length);
    // Level with the lower edge of the knee: the hand and the elbow out
    // above it are not where the movement is.
    let tip = Point::new(end.x + outwards * off, end.y + KNEE_ARROW_DROP);
    let reach = length.max(KNEE_ARROW);
    let tail = Point::new(tip.x - along.x * reach, tip.y - along.y * reach);
    straight_arrow(tail, tip)
}

/// Length of the arrow that presses a forearm into the floor, head units.
const PRESS_LENGTH: f32 = 0.8;

/// A trunk raised by pressing the forearms into the floor (the press-up
/// on the forearms: "press your elbows down to raise your upper back"):
/// a short arrow pointing down onto the near forearm just ahead of the
/// elbow, and one rising from the upper back, so the picture says where
/// the effort goes and what rises (the chest, not the head; the hips get
/// none: they stay down).
fn press_arrows(from_pose: &Pose, to_pose: &Pose, from: &Joints, to: &Joints) -> Vec<Shape> {
    use super::anatomy::{BodySide, HandPlace};
    let on_forearm = |pose: &Pose| {
        [BodySide::Left, BodySide::Right].into_iter().any(|side| {
            matches!(
                pose.hand(side),
                Some((HandPlace::UnderShoulder | HandPlace::ForearmFlat, _))
            )
        })
    };
    let rises = from.neck_base.y - to.neck_base.y;
    if !(on_forearm(from_pose) && on_forearm(to_pose)) || rises < 0.2 {
        return Vec::new();
    }
    let (elbow, wrist) = (to.near.elbow, to.near.wrist);
    // A third of the way along the forearm, just above it.
    let on = elbow.lerp(wrist, 0.3);
    let top = Bone::NearForearm.radius(to_pose.view) + GAP + 0.06;
    let tip = Point::new(on.x, on.y - top);
    let tail = Point::new(on.x, tip.y - PRESS_LENGTH);
    let mut shapes = straight_arrow(tail, tip);
    // Up from the upper back between the shoulder blades, clear of its
    // outline, behind the head (an arrow over the head cues lifting it).
    let back = to.waist.lerp(to.neck_base, 0.35);
    let clear = Bone::UpperSpine.radius(to_pose.view) + GAP + 0.15;
    let start = Point::new(back.x, back.y.min(to.neck_base.y) - clear);
    shapes.extend(straight_arrow(
        start,
        Point::new(start.x, start.y - PRESS_LENGTH),
    ));
    shapes
}

/// A straight arrow from `tail` to `tip`, its head at the tip.
fn straight_arrow(tail: Point, tip: Point) -> Vec<Shape> {
    let length = tail.distance(tip).max(1e-6);
    let along = Point::new((tip.x - tail.x) / length, (tip.y - tail.y) / length);
    let head = 0.42_f32.min(length * 0.6);
    let base = Point::new(tip.x - along.x * head, tip.y - along.y * head);
    let across = Point::new(-along.y, along.x);
    let half = 0.24;
    vec![
        Shape::Capsule {
            a: tail,
            b: base,
            radius: ARROW_RADIUS,
            shade: Shade::Arrow,
        },
        Shape::Triangle {
            points: [
                Point::new(base.x + across.x * half, base.y + across.y * half),
                tip,
                Point::new(base.x - across.x * half, base.y - across.y * half),
            ],
            shade: Shade::Arrow,
        },
    ]
}

/// An arrow from beside `start` to beside `end` along the arc round
/// `pivot`, `clearance` outside the path, with its head at the end.
fn arc_arrow(start: Point, end: Point, pivot: Point, clearance: f32) -> Vec<Shape> {
    let angle = |p: Point| (p.y - pivot.y).atan2(p.x - pivot.x);
    let radius = pivot.distance(start).max(pivot.distance(end)) + clearance;
    let a0 = angle(start);
    let mut sweep = angle(end) - a0;
    if sweep > std::f32::consts::PI {
        sweep -= std::f32::consts::TAU;
    } else if sweep < -std::f32::consts::PI {
        sweep += std::f32::consts::TAU;
    }
    let at = |a: f32| Point::new(pivot.x + radius * a.cos(), pivot.y + radius * a.sin());
    // The head takes the last part of the arc; keep a little of the
    // shaft even for a short movement.
    let head_length = 0.42;
    let arc_length = (radius * sweep.abs()).max(1e-3);
    let shaft_end = sweep * (1.0 - (head_length / arc_length).min(0.6));
    let pieces = ((shaft_end.abs() * radius / 0.25).ceil() as usize).clamp(1, 48);
    let mut shapes = Vec::with_capacity(pieces + 1);
    for k in 0..pieces {
        let t0 = a0 + shaft_end * k as f32 / pieces as f32;
        let t1 = a0 + shaft_end * (k + 1) as f32 / pieces as f32;
        shapes.push(Shape::Capsule {
            a: at(t0),
            b: at(t1),
            radius: ARROW_RADIUS,
            shade: Shade::Arrow,
        });
    }
    let tip = at(a0 + sweep);
    let base = at(a0 + shaft_end);
    let along = Point::new(tip.x - base.x, tip.y - base.y);
    let length = along.x.hypot(along.y).max(1e-6);
    let across = Point::new(-along.y / length, along.x / length);
    let half = 0.24;
    shapes.push(Shape::Triangle {
        points: [
            Point::new(base.x + across.x * half, base.y + across.y * half),
            tip,
            Point::new(base.x - across.x * half, base.y - across.y * half),
        ],
        shade: Shade::Arrow,
    });
    shapes
}

/// The figure for a pose, with an optional highlighted region.
pub fn shapes(pose: &Pose, highlight: Option<Region>) -> Figure {
    let (joints, floor) = drawn_joints_and_floor(pose);
    let view = joints.view;
    let capsule = |bone: Bone, shade: Shade| {
        let (a, b) = joints.drawn_ends(bone);
        Shape::Capsule {
            a,
            b,
            radius: bone.radius(view),
            shade,
        }
    };
    // A limb chain with its gap: all the gap capsules first, then the
    // fills, so the gap never cuts across the limb's own joints.
    let chain_with_gap = |bones: [Bone; 3], shade: Shade, body: &mut Vec<Shape>| {
        for bone in bones {
            let (a, b) = joints.drawn_ends(bone);
            body.push(Shape::Capsule {
                a,
                b,
                radius: bone.radius(view) + GAP,
                shade: Shade::Gap,
            });
        }
        for bone in bones {
            body.push(capsule(bone, shade));
        }
    };
    let mut body = Vec::new();
    // The arms in front, kept apart: the highlight may go under them.
    let mut arms = Vec::new();
    match view {
        View::Side => {
            // Seen from the far side (a camera turned round past the front)
            // the far limbs are the ones nearest the camera: they are drawn
            // in front, dark, and the near ones behind, pale.
            let (back_leg, back_arm, front_leg, front_arm, front) = if seen_from_far_side(pose) {
                (NEAR_LEG, NEAR_ARM, FAR_LEG, FAR_ARM, LimbSide::Far)
            } else {
                (FAR_LEG, FAR_ARM, NEAR_LEG, NEAR_ARM, LimbSide::Near)
            };
            let back = match front {
                LimbSide::Near => LimbSide::Far,
                LimbSide::Far => LimbSide::Near,
            };
            // A back leg lying long on the mat while the front one is up
            // (bent, or drawn to the chest) is in view all along: in the
            // pale far colour it is missed, and it is what tells "the other
            // leg flat" from "the other foot flat". It takes the trunk's
            // shade. Both legs down (face down, long sitting), the back one
            // lies behind the front one and stays pale.
            let lies_long = |side: LimbSide| {
                pose.contacts
                    .iter()
                    .any(|c| c.is_leg() && c.side() == Some(side.body_side(view)))
            };
            let back_leg_shade = if lies_long(back) && !lies_long(front) {
                Shade::Mid
            } else {
                Shade::Far
            };
            // Far limbs first: the leg then the arm, so a far hand resting on
            // a far knee shows; the arm keeps a thin gap so where it crosses
            // the leg of its own colour the two stay apart. The leg has its
            // outline too: a pale limb without one reads as the ghost of a
            // movement (a far leg lying flat on the mat).
            chain_with_gap(back_leg, back_leg_shade, &mut body);
            chain_with_gap(back_arm, Shade::Far, &mut body);
            // The trunk in front of the far limbs, set off from them by a
            // gap too: where a far limb goes behind the body the eye sees
            // it pass behind, not merge into it.
            for bone in [Bone::LowerSpine, Bone::UpperSpine] {
                let (a, b) = joints.ends(bone);
                body.push(Shape::Capsule {
                    a,
                    b,
                    radius: bone.radius(view) + GAP,
                    shade: Shade::Gap,
                });
            }
            body.extend(torso(&joints, view));
            chain_with_gap(front_leg, Shade::Near, &mut body);
            // An arm that holds a leg (hands round the shin, along the
            // leg) takes the trunk's lighter shade: in the leg's own dark
            // colour the arm over it reads as one knot of limbs.
            let holds_leg = pose
                .hand(front.body_side(view))
                .is_some_and(|(place, _)| place.leg().is_some());
            let arm_shade = if holds_leg { Shade::Mid } else { Shade::Near };
            chain_with_gap(front_arm, arm_shade, &mut arms);
        }
        View::Front => {
            // Facing the viewer nothing is "far": the trunk is behind the
            // legs (sitting) and the arms are in front of both.
            if pose.contacts.contains(&Contact::Pelvis) {
                // Sitting on the floor: the seat, wider than the hips and
                // resting on the mat, shows under the legs (without it the
                // trunk ends at the thighs and seems to sit on a block).
                let seat = SEAT_RADIUS;
                let wide = HIP_HALF_WIDTH + seat;
                let x = joints.pelvis.x;
                body.push(Shape::Capsule {
                    a: Point::new(x - wide, -seat),
                    b: Point::new(x + wide, -seat),
                    radius: seat,
                    shade: Shade::Mid,
                });
            }
            body.extend(torso(&joints, view));
            chain_with_gap(FAR_LEG, Shade::Near, &mut body);
            chain_with_gap(NEAR_LEG, Shade::Near, &mut body);
            chain_with_gap(FAR_ARM, Shade::Near, &mut arms);
            chain_with_gap(NEAR_ARM, Shade::Near, &mut arms);
        }
    }
    let body_bounds = body
        .iter()
        .chain(&arms)
        .map(Shape::bounds)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(Rect::around(joints.pelvis, 1.0));
    // Seen from a little above, the floor is a band: its far edge higher,
    // its near edge lower than the line the figure rests on.
    let (near_floor, far_floor) = floor.unwrap_or((0.0, 0.0));
    let mat = Shape::RoundedRect {
        rect: Rect {
            min: Point::new(body_bounds.min.x - MAT_OVERHANG, -far_floor),
            max: Point::new(body_bounds.max.x + MAT_OVERHANG, MAT_THICKNESS - near_floor),
        },
        corner_radius: MAT_THICKNESS / 2.0,
        shade: Shade::Mat,
    };
    let mut shapes = vec![mat];
    shapes.extend(body);
    // The highlight goes under arms whose hands rest on the body (on the
    // chest, round a shin, on a knee): the stretch is felt in the part
    // under them, and an arm lying over that part hides the glow rather
    // than wearing it. Otherwise (arms free, or a highlight on the arms
    // themselves) it stays on top.
    let hands_on_body = [BodySide::Left, BodySide::Right].into_iter().any(|side| {
        pose.hand(side)
            .is_some_and(|(place, _)| place.leg().is_some() || place == HandPlace::OnChest)
    });
    let on_arms = highlight.is_some_and(|region| {
        region
            .parts()
            .any(|part| matches!(part, BodyPart::Arm | BodyPart::Wrist | BodyPart::Shoulders))
    });
    if !hands_on_body || on_arms {
        shapes.append(&mut arms);
    }
    if let Some(region) = highlight {
        // The figure faces left when mirrored or seen from its far side.
        let far_side = seen_from_far_side(pose);
        let faces_left = pose.mirrored != far_side;
        shapes.extend(highlight_shapes(&joints, region, faces_left, far_side));
    }
    shapes.extend(arms);
    let bounds = shapes
        .iter()
        .map(Shape::bounds)
        .fold(mat.bounds(), |a, b| a.union(&b));
    Figure { shapes, bounds }
}

fn torso(joints: &Joints, view: View) -> Vec<Shape> {
    let mut torso = Vec::new();
    for bone in [Bone::LowerSpine, Bone::UpperSpine, Bone::Neck] {
        let (a, b) = joints.ends(bone);
        torso.push(Shape::Capsule {
            a,
            b,
            radius: bone.radius(view),
            shade: Shade::Mid,
        });
    }
    if view == View::Front {
        // Shoulder and hip girdles so the limbs attach to the trunk.
        let shoulder_radius = Bone::NearUpperArm.radius(view) + 0.05;
        torso.push(Shape::Capsule {
            a: joints.far.shoulder,
            b: joints.near.shoulder,
            radius: shoulder_radius,
            shade: Shade::Mid,
        });
        let hip_radius = Bone::NearThigh.radius(view) + 0.05;
        torso.push(Shape::Capsule {
            a: joints.far.hip,
            b: joints.near.hip,
            radius: hip_radius,
            shade: Shade::Mid,
        });
    }
    if view == View::Front {
        // Facing the viewer the head sits on the shoulders in the same
        // colour; a thin gap keeps it a head rather than part of the trunk.
        torso.push(Shape::Circle {
            center: joints.head_center,
            radius: HEAD_RADIUS + GAP,
            shade: Shade::Gap,
        });
    }
    torso.push(Shape::Circle {
        center: joints.head_center,
        radius: HEAD_RADIUS,
        shade: Shade::Mid,
    });
    if view == View::Side {
        torso.extend(face(joints));
    }
    torso
}

/// Radius of the seat drawn under a figure sitting on the floor, seen from
/// the front, head units.
const SEAT_RADIUS: f32 = 0.34;

/// Radius of the jaw's corner, head units.
const CHIN_RADIUS: f32 = 0.16;

/// The face in profile, so face up and face down read apart at a glance:
/// a pointed nose on the front of the head and the corner of the jaw under
/// it.
fn face(joints: &Joints) -> [Shape; 2] {
    // Face down the nose and chin rest against the floor, never through
    // it (y down: the floor is y = 0).
    let center = joints.head_center;
    let nose = Point::new(joints.nose.x, joints.nose.y.min(0.0));
    let chin = Point::new(joints.chin.x, joints.chin.y.min(-CHIN_RADIUS));
    let unit = |p: Point| {
        let length = (p.x * p.x + p.y * p.y).sqrt().max(1e-6);
        Point::new(p.x / length, p.y / length)
    };
    let front = unit(Point::new(nose.x - center.x, nose.y - center.y));
    let up = unit(Point::new(
        center.x - joints.neck_top.x,
        center.y - joints.neck_top.y,
    ));
    let on_head = |lift: f32| {
        let towards = unit(Point::new(front.x + up.x * lift, front.y + up.y * lift));
        Point::new(
            center.x + towards.x * HEAD_RADIUS * 0.97,
            center.y + towards.y * HEAD_RADIUS * 0.97,
        )
    };
    [
        Shape::Triangle {
            points: [on_head(0.55), nose, on_head(-0.35)],
            shade: Shade::Mid,
        },
        Shape::Circle {
            center: chin,
            radius: CHIN_RADIUS,
            shade: Shade::Mid,
        },
    ]
}

/// Rotation (radians, y down) of the direction `a → b`.
fn direction(a: Point, b: Point) -> f32 {
    (b.y - a.y).atan2(b.x - a.x)
}

/// Moves `point` sideways off the line `a → b` by `offset`; positive is
/// to the left of the direction of travel on screen (y down).
fn beside(point: Point, a: Point, b: Point, offset: f32) -> Point {
    let length = a.distance(b).max(1e-6);
    let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length);
    Point::new(point.x + dy * offset, point.y - dx * offset)
}

/// Ellipses over the stretched area: each part of the region in turn,
/// head to toe. In the side view the figure faces right (left when
/// mirrored), so "behind" depends on the mirroring; a limb part is drawn
/// on the near limb only (the working side of a sided exercise, and the one
/// not hidden behind the trunk), in the front view on both.
fn highlight_shapes(joints: &Joints, region: Region, mirrored: bool, far_side: bool) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for part in region.parts() {
        part_shapes(joints, part, mirrored, far_side, &mut shapes);
    }
    shapes
}

/// A soft ellipse at `center`, its long axis (`radius_x`) along `a → b`.
fn ellipse(center: Point, along: (Point, Point), radius_x: f32, radius_y: f32) -> Shape {
    Shape::Ellipse {
        center,
        radius_x,
        radius_y,
        rotation: direction(along.0, along.1),
        shade: Shade::Highlight,
    }
}

/// The limbs a limb part is drawn on (see [`highlight_shapes`]).
fn limbs_shown(joints: &Joints) -> Vec<Limbs> {
    match joints.view {
        View::Side => vec![joints.near],
        View::Front => vec![joints.near, joints.far],
    }
}

/// `far_side`: the picture is seen from the far side, so the near limbs
/// (the working side) lie behind the others.
fn part_shapes(
    joints: &Joints,
    part: BodyPart,
    mirrored: bool,
    far_side: bool,
    out: &mut Vec<Shape>,
) {
    // Looking along a bone that points from the trunk outwards, the back of
    // the body is on the left of the direction of travel for a right-facing
    // figure (y down): e.g. the trunk pointing up, the back is to the left.
    // Along a limb hanging from the trunk the left is its front.
    let back = if mirrored { -1.0 } else { 1.0 };
    let (pelvis, waist, neck_base) = (joints.pelvis, joints.waist, joints.neck_base);
    let side = joints.view == View::Side;
    let limbs = limbs_shown(joints);
    match part {
        BodyPart::Neck => {
            let (base, top) = (neck_base, joints.neck_top);
            let (along, across) = if side { (0.42, 0.36) } else { (0.4, 0.38) };
            out.push(ellipse(base.lerp(top, 0.35), (base, top), along, across));
        }
        BodyPart::Shoulders => {
            // Round the shoulder joints, reaching up towards the neck.
            for limbs in &limbs {
                let center = limbs.shoulder.lerp(neck_base, 0.25);
                out.push(ellipse(center, (waist, neck_base), 0.55, 0.5));
            }
        }
        BodyPart::UpperBack if side => {
            let center = beside(waist.lerp(neck_base, 0.55), waist, neck_base, back * 0.25);
            out.push(ellipse(center, (waist, neck_base), 0.8, 0.45));
        }
        BodyPart::UpperBack => {
            // Between the shoulder blades, on the spine.
            out.push(ellipse(
                waist.lerp(neck_base, 0.6),
                (waist, neck_base),
                0.7,
                0.6,
            ));
        }
        BodyPart::Chest if side => {
            let center = beside(waist.lerp(neck_base, 0.65), waist, neck_base, -back * 0.25);
            out.push(ellipse(center, (waist, neck_base), 0.6, 0.42));
        }
        BodyPart::Chest => {
            // Both sides of the breastbone, under the collarbones.
            let high = waist.lerp(neck_base, 0.72);
            for limbs in &limbs {
                let center = high.lerp(limbs.shoulder.lerp(neck_base, 0.3), 0.5);
                out.push(ellipse(
                    center,
                    (joints.far.shoulder, joints.near.shoulder),
                    0.45,
                    0.4,
                ));
            }
        }
        BodyPart::Arm => {
            for limbs in &limbs {
                for (a, b, length) in [
                    (limbs.shoulder, limbs.elbow, UPPER_ARM),
                    (limbs.elbow, limbs.wrist, FOREARM),
                ] {
                    out.push(ellipse(a.lerp(b, 0.5), (a, b), length / 2.0 + 0.1, 0.34));
                }
            }
        }
        BodyPart::Wrist => {
            for limbs in &limbs {
                let (wrist, fingertips) = (limbs.wrist, limbs.fingertips);
                out.push(ellipse(
                    wrist.lerp(fingertips, 0.15),
                    (wrist, fingertips),
                    0.34,
                    0.28,
                ));
            }
        }
        BodyPart::LowerBack if side => {
            let center = beside(pelvis.lerp(waist, 0.6), pelvis, waist, back * 0.15);
            out.push(ellipse(center, (pelvis, waist), 0.85, 0.55));
        }
        BodyPart::LowerBack => {
            out.push(ellipse(pelvis.lerp(waist, 0.6), (pelvis, waist), 0.8, 0.75));
        }
        BodyPart::Abdomen if side => {
            let center = beside(pelvis.lerp(waist, 0.85), pelvis, neck_base, -back * 0.3);
            out.push(ellipse(center, (pelvis, neck_base), 0.9, 0.5));
        }
        BodyPart::Abdomen => {
            out.push(ellipse(pelvis.lerp(waist, 0.9), (pelvis, waist), 0.8, 0.75));
        }
        BodyPart::Hips if side => out.push(ellipse(pelvis, (pelvis, waist), 0.8, 0.65)),
        BodyPart::Hips => {
            let (near, far) = (joints.near.hip, joints.far.hip);
            out.push(ellipse(pelvis, (far, near), 1.05, 0.6));
        }
        BodyPart::Glutes if side => {
            // Behind and a little below the hip joint.
            let low = pelvis.lerp(waist, -0.15);
            out.push(ellipse(
                beside(low, pelvis, waist, back * 0.4),
                (pelvis, waist),
                0.6,
                0.5,
            ));
        }
        BodyPart::Glutes => {
            for limbs in &limbs {
                let outer = pelvis.lerp(limbs.hip, 1.3);
                out.push(ellipse(outer, (pelvis, waist), 0.55, 0.5));
            }
        }
        BodyPart::GroinInnerThigh if side => {
            let (hip, knee) = (joints.near.hip, joints.near.knee);
            out.push(ellipse(hip.lerp(knee, 0.3), (hip, knee), 0.8, 0.4));
        }
        BodyPart::GroinInnerThigh => {
            for limbs in &limbs {
                let (hip, knee) = (limbs.hip, limbs.knee);
                out.push(ellipse(hip.lerp(knee, 0.4), (hip, knee), 0.9, 0.38));
            }
        }
        BodyPart::FrontThigh | BodyPart::Hamstring if side => {
            let (hip, knee) = (joints.near.hip, joints.near.knee);
            if far_side && part == BodyPart::Hamstring {
                // The thigh behind the other leg, seen from its far side
                // and above: the arms reaching to the shin lie along it and
                // its lower edge in the picture is under the near forearm,
                // which hid the glow (a thin strip). The mark goes on the
                // edge higher in the picture, three quarters of the way to
                // the knee, where the thigh shows between the forearms.
                let middle = hip.lerp(knee, 0.75);
                let sides = [0.22, -0.22].map(|offset| beside(middle, hip, knee, offset));
                let center = if sides[0].y <= sides[1].y {
                    sides[0]
                } else {
                    sides[1]
                };
                out.push(ellipse(center, (hip, knee), 1.0, 0.36));
            } else {
                // The thigh points away from the trunk; its back is to the
                // right of the direction of travel (the trunk's back turned
                // through the hip), hence the minus for the hamstring.
                let toward = if part == BodyPart::Hamstring {
                    -back
                } else {
                    back
                };
                let center = beside(hip.lerp(knee, 0.55), hip, knee, toward * 0.12);
                out.push(ellipse(center, (hip, knee), 1.0, 0.42));
            }
        }
        BodyPart::FrontThigh | BodyPart::Hamstring => {
            for limbs in &limbs {
                let (hip, knee) = (limbs.hip, limbs.knee);
                out.push(ellipse(hip.lerp(knee, 0.5), (hip, knee), 1.0, 0.38));
            }
        }
        BodyPart::Knee => {
            for limbs in &limbs {
                out.push(ellipse(limbs.knee, (limbs.hip, limbs.knee), 0.48, 0.44));
            }
        }
        BodyPart::Calf => {
            for limbs in &limbs {
                let (knee, ankle) = (limbs.knee, limbs.ankle);
                let middle = knee.lerp(ankle, 0.4);
                let center = if side {
                    beside(middle, knee, ankle, -back * 0.1)
                } else {
                    middle
                };
                out.push(ellipse(center, (knee, ankle), 0.85, 0.36));
            }
        }
        BodyPart::Ankle => {
            for limbs in &limbs {
                let (knee, ankle) = (limbs.knee, limbs.ankle);
                out.push(ellipse(ankle, (knee, ankle), 0.4, 0.36));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::docs::{pelvis_examples, standing};
    use crate::figure::skeleton::forward_kinematics;

    fn centers(pose: &Pose, part: BodyPart) -> Vec<Point> {
        shapes(pose, Some(part.into()))
            .shapes
            .iter()
            .filter_map(|shape| match *shape {
                Shape::Ellipse { center, .. } => Some(center),
                _ => None,
            })
            .collect()
    }

    /// How far `point` is to the back of the segment `a → b`, for a
    /// segment of the trunk (`sign` 1) or a limb pointing away from it
    /// (`sign` -1, its back is on the other hand); y down, a right-facing
    /// figure's back is to the left of the trunk's direction of travel.
    fn behind(point: Point, a: Point, b: Point, sign: f32, mirrored: bool) -> f32 {
        let length = a.distance(b).max(1e-6);
        let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length);
        let middle = a.lerp(b, 0.5);
        let along_back = (point.x - middle.x) * dy - (point.y - middle.y) * dx;
        along_back * sign * if mirrored { -1.0 } else { 1.0 }
    }

    #[test]
    fn each_part_is_drawn_on_its_own_segment_and_side() {
        let [upright, sitting, on_back, face_down] = pelvis_examples();
        for base in [upright, sitting, on_back, face_down] {
            for pose in [base.clone(), base.mirror()] {
                let j = forward_kinematics(&pose);
                let m = pose.mirrored;
                let one = |part| {
                    let found = centers(&pose, part);
                    assert_eq!(found.len(), 1, "{part} in the side view: {found:?}");
                    found[0]
                };
                let trunk = (j.waist, j.neck_base);
                assert!(behind(one(BodyPart::UpperBack), trunk.0, trunk.1, 1.0, m) > 0.1);
                assert!(behind(one(BodyPart::Chest), trunk.0, trunk.1, 1.0, m) < -0.1);
                assert!(behind(one(BodyPart::Glutes), j.pelvis, j.waist, 1.0, m) > 0.2);
                assert!(behind(one(BodyPart::LowerBack), j.pelvis, j.waist, 1.0, m) > 0.0);
                let thigh = (j.near.hip, j.near.knee);
                assert!(behind(one(BodyPart::Hamstring), thigh.0, thigh.1, -1.0, m) > 0.05);
                assert!(behind(one(BodyPart::FrontThigh), thigh.0, thigh.1, -1.0, m) < -0.05);
                let shin = (j.near.knee, j.near.ankle);
                assert!(behind(one(BodyPart::Calf), shin.0, shin.1, -1.0, m) > 0.05);
                // On the joint itself, the near one.
                assert!(one(BodyPart::Knee).distance(j.near.knee) < 1e-4);
                assert!(one(BodyPart::Ankle).distance(j.near.ankle) < 1e-4);
                assert!(one(BodyPart::Wrist).distance(j.near.wrist) < 0.2);
                assert!(one(BodyPart::Neck).distance(j.neck_base.lerp(j.neck_top, 0.5)) < 0.2);
                assert!(one(BodyPart::Shoulders).distance(j.near.shoulder) < 0.3);
                assert_eq!(
                    centers(&pose, BodyPart::Arm).len(),
                    2,
                    "upper arm and forearm"
                );
            }
        }
    }

    #[test]
    fn the_front_view_lights_both_limbs_and_the_trunk_once() {
        let pose = standing(View::Front);
        let j = forward_kinematics(&pose);
        for part in [
            BodyPart::Shoulders,
            BodyPart::Chest,
            BodyPart::Wrist,
            BodyPart::Glutes,
            BodyPart::FrontThigh,
            BodyPart::Knee,
            BodyPart::Calf,
            BodyPart::Ankle,
        ] {
            let found = centers(&pose, part);
            assert_eq!(found.len(), 2, "{part}: {found:?}");
            // One on each side of the middle.
            assert!(
                (found[0].x - j.pelvis.x) * (found[1].x - j.pelvis.x) < 0.0,
                "{part}"
            );
        }
        assert_eq!(centers(&pose, BodyPart::Arm).len(), 4);
        for part in [
            BodyPart::Neck,
            BodyPart::UpperBack,
            BodyPart::Abdomen,
            BodyPart::Hips,
        ] {
            let found = centers(&pose, part);
            assert_eq!(found.len(), 1, "{part}");
            assert!(
                (found[0].x - j.pelvis.x).abs() < 0.05,
                "{part} on the midline"
            );
        }
    }

    #[test]
    fn knee_to_chest_shows_both_hands_holding_the_near_knee() {
        let poses =
            crate::figure::parse_poses(include_str!("../../../content/poses/knee-to-chest.ron"))
                .expect("shipped poses parse");
        for id in ["knee-to-chest", "knee-to-chest-leg-flat"] {
            let pose = poses.iter().find(|p| p.id == id).expect(id);
            for pose in [pose.clone(), pose.mirror()] {
                let j = forward_kinematics(&pose);
                // Both hands just below the knee.
                for (side, wrist) in [("near", j.near.wrist), ("far", j.far.wrist)] {
                    let reach = wrist.distance(j.near.knee);
                    assert!(
                        reach < 0.8,
                        "{id}: the {side} wrist is {reach:.2} from the knee"
                    );
                }
                // The elbows bent, a little out to the sides: off the
                // mat (drawn above the shoulder), yet low beside the
                // thigh, below the knee (tests/figure_poses.rs).
                assert!(
                    j.near.elbow.y < j.near.shoulder.y - 0.3,
                    "{id}: elbow {:?}",
                    j.near.elbow
                );
                // The knee is drawn towards the chest: above the body,
                // nearer the head than the hip is.
                let towards_head = (j.near.knee.x - j.pelvis.x) * (j.head_center.x - j.pelvis.x);
                assert!(
                    towards_head > 0.0 && j.near.knee.y < -1.5,
                    "{id}: {:?}",
                    j.near.knee
                );
            }
        }
        // The other foot flat on the mat in the exercise itself.
        let pose = poses.iter().find(|p| p.id == "knee-to-chest").unwrap();
        let j = forward_kinematics(pose);
        let flat = (j.far.ankle.y - j.far.toes.y).abs();
        assert!(
            j.far.ankle.y > -0.5 && flat < 0.3,
            "far foot {:?} → {:?}",
            j.far.ankle,
            j.far.toes
        );
    }

    fn shipped(id: &str) -> Pose {
        let mut all = Vec::new();
        for text in [
            include_str!("../../../content/poses/knee-to-chest.ron"),
            include_str!("../../../content/poses/butterfly.ron"),
            include_str!("../../../content/poses/crunch.ron"),
        ] {
            all.extend(crate::figure::parse_poses(text).expect("shipped poses parse"));
        }
        all.into_iter().find(|p| p.id == id).expect(id)
    }

    #[test]
    fn a_movement_is_the_end_over_a_ghost_of_the_start_under_an_arrow() {
        let (from, to) = (shipped("supine-knees-bent"), shipped("knee-to-chest"));
        let end = shapes(&to, Some(Region::LowerBack));
        let picture = movement(&from, &to, Some(Region::LowerBack));
        let shades: Vec<Shade> = picture.shapes.iter().map(Shape::shade).collect();
        // The mat, then the whole ghost, then the end pose, then the arrow.
        assert_eq!(shades[0], Shade::Mat);
        let ghost = shades.iter().filter(|s| **s == Shade::Ghost).count();
        let first_body = shades
            .iter()
            .position(|s| *s != Shade::Mat && *s != Shade::Ghost);
        // The whole start but its arms and head (they stay where they
        // are, under the end's): the trunk, the neck and both legs.
        assert!(ghost > 6, "{shades:?}");
        assert!(
            shades[1..=ghost].iter().all(|s| *s == Shade::Ghost),
            "the ghost comes first: {shades:?}"
        );
        assert_eq!(first_body, Some(ghost + 1));
        let arrow: Vec<&Shape> = picture
            .shapes
            .iter()
            .filter(|s| s.shade() == Shade::Arrow)
            .collect();
        assert!(
            matches!(arrow.last(), Some(Shape::Triangle { .. })),
            "the arrow ends in its head"
        );
        assert!(
            picture.shapes[picture.shapes.len() - arrow.len()..]
                .iter()
                .all(|s| s.shade() == Shade::Arrow),
            "the arrow is drawn last"
        );
        // The end pose is all there, and the picture's box holds everything.
        let body = |shapes: &[Shape]| {
            shapes
                .iter()
                .filter(|s| !matches!(s.shade(), Shade::Mat | Shade::Ghost | Shade::Arrow))
                .count()
        };
        assert_eq!(body(&picture.shapes), body(&end.shapes));
        for shape in &picture.shapes[1..] {
            let b = shape.bounds();
            assert!(
                b.min.x >= picture.bounds.min.x - 1e-4 && b.max.x <= picture.bounds.max.x + 1e-4
            );
            assert!(
                b.min.y >= picture.bounds.min.y - 1e-4 && b.max.y <= picture.bounds.max.y + 1e-4
            );
        }
        // The arrow follows the knee: its head ends beside where the knee
        // ends, nearer there than where it starts.
        let Some(Shape::Triangle { points, .. }) = arrow.last() else {
            unreachable!()
        };
        let (start, end) = (
            forward_kinematics(&from).near.knee,
            forward_kinematics(&to).near.knee,
        );
        assert!(points[1].distance(end) < points[1].distance(start));
    }

    #[test]
    fn both_knees_get_an_arrow_when_both_move_and_a_still_pose_none() {
        let (sit, press) = (shipped("butterfly-sit"), shipped("butterfly-press"));
        let heads = |figure: &Figure| {
            figure
                .shapes
                .iter()
                .filter(|s| {
                    matches!(
                        s,
                        Shape::Triangle {
                            shade: Shade::Arrow,
                            ..
                        }
                    )
                })
                .count()
        };
        assert_eq!(heads(&movement(&sit, &press, None)), 2);
        assert_eq!(heads(&movement(&sit, &sit, None)), 0);
        // Part-way the moving figure keeps the ghost and the arrow.
        let (start, up) = (shipped("crunch-start"), shipped("crunch-up"));
        let half = movement_at(&start, &up, 0.5, None);
        assert_eq!(heads(&half), 1);
        assert!(half.shapes.iter().any(|s| s.shade() == Shade::Ghost));
    }

    #[test]
    fn a_list_draws_every_part_head_to_toe() {
        let pose = standing(View::Side);
        let region = Region::of([BodyPart::Calf, BodyPart::Neck]);
        let list = shapes(&pose, Some(region)).shapes;
        let neck = shapes(&pose, Some(Region::Neck)).shapes;
        let calf = shapes(&pose, Some(Region::Calf)).shapes;
        let lit = |shapes: &[Shape]| -> Vec<Shape> {
            shapes
                .iter()
                .copied()
                .filter(|s| s.shade() == Shade::Highlight)
                .collect()
        };
        assert_eq!(lit(&list), [lit(&neck), lit(&calf)].concat());
        assert!(lit(&shapes(&pose, Some(Region::EMPTY)).shapes).is_empty());
    }
}
