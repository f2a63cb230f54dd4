//! Shapes with depth: what a canvas draws for a pose.
//!
//! Everything is in figure units (head units), **y down**, floor top at
//! `y = 0` (see [`crate::figure::skeleton`]). [`Figure::shapes`] is already in
//! drawing order (painter's algorithm): the mat, the far limbs, the torso and
//! head, the near limbs, and last the translucent highlight. The [`Shade`]
//! tag only picks the colour (see `crate::figure::raster::Palette`).

use super::pose::{Pose, View};
use super::skeleton::{Bone, HEAD_RADIUS, Joints, Point, forward_kinematics};
use crate::figure::body::Region;

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
            | Shape::Ellipse { shade, .. } => shade,
        }
    }

    /// The area the shape covers (for an ellipse, a box around it).
    pub fn bounds(&self) -> Rect {
        match *self {
            Shape::Capsule { a, b, radius, .. } => {
                Rect::around(a, radius).union(&Rect::around(b, radius))
            }
            Shape::Circle { center, radius, .. } => Rect::around(center, radius),
            Shape::RoundedRect { rect, .. } => rect,
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

/// The figure for a pose, with an optional highlighted region.
pub fn shapes(pose: &Pose, highlight: Option<Region>) -> Figure {
    let joints = forward_kinematics(pose);
    let view = joints.view;
    let capsule = |bone: Bone, shade: Shade| {
        let (a, b) = joints.ends(bone);
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
            let (a, b) = joints.ends(bone);
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
    match view {
        View::Side => {
            // Far limbs first: the arm then the leg, so a far hand resting on
            // a far knee shows.
            for bone in FAR_LEG.into_iter().chain(FAR_ARM) {
                body.push(capsule(bone, Shade::Far));
            }
            body.extend(torso(&joints, view));
            chain_with_gap(NEAR_LEG, Shade::Near, &mut body);
            chain_with_gap(NEAR_ARM, Shade::Near, &mut body);
        }
        View::Front => {
            // Facing the viewer nothing is "far": the trunk is behind the
            // legs (sitting) and the arms are in front of both.
            body.extend(torso(&joints, view));
            chain_with_gap(FAR_LEG, Shade::Near, &mut body);
            chain_with_gap(NEAR_LEG, Shade::Near, &mut body);
            chain_with_gap(FAR_ARM, Shade::Near, &mut body);
            chain_with_gap(NEAR_ARM, Shade::Near, &mut body);
        }
    }
    let body_bounds = body
        .iter()
        .map(Shape::bounds)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(Rect::around(joints.pelvis, 1.0));
    let mat = Shape::RoundedRect {
        rect: Rect {
            min: Point::new(body_bounds.min.x - MAT_OVERHANG, 0.0),
            max: Point::new(body_bounds.max.x + MAT_OVERHANG, MAT_THICKNESS),
        },
        corner_radius: MAT_THICKNESS / 2.0,
        shade: Shade::Mat,
    };
    let mut shapes = vec![mat];
    shapes.extend(body);
    if let Some(region) = highlight {
        shapes.extend(highlight_shapes(&joints, region, pose.mirrored));
    }
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
    torso
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

/// Ellipses over the stretched area. In the side view the figure faces
/// right (left when mirrored), so "behind" depends on the mirroring.
fn highlight_shapes(joints: &Joints, region: Region, mirrored: bool) -> Vec<Shape> {
    let ellipse =
        |center: Point, along: (Point, Point), radius_x: f32, radius_y: f32| Shape::Ellipse {
            center,
            radius_x,
            radius_y,
            rotation: direction(along.0, along.1),
            shade: Shade::Highlight,
        };
    // Looking along a bone that points from the trunk outwards, the back of
    // the body is on the left of the direction of travel for a right-facing
    // figure (y down): e.g. the trunk pointing up, the back is to the left.
    let back = if mirrored { -1.0 } else { 1.0 };
    let (pelvis, waist, neck_base) = (joints.pelvis, joints.waist, joints.neck_base);
    match (joints.view, region) {
        (View::Side, Region::LowerBack) => {
            let center = beside(pelvis.lerp(waist, 0.6), pelvis, waist, back * 0.15);
            vec![ellipse(center, (pelvis, waist), 0.85, 0.55)]
        }
        (View::Side, Region::Abdomen) => {
            let center = beside(pelvis.lerp(waist, 0.85), pelvis, neck_base, -back * 0.3);
            vec![ellipse(center, (pelvis, neck_base), 0.9, 0.5)]
        }
        (View::Side, Region::Hips) => vec![ellipse(pelvis, (pelvis, waist), 0.8, 0.65)],
        (View::Side, Region::GroinInnerThigh) => {
            let (hip, knee) = (joints.near.hip, joints.near.knee);
            vec![ellipse(hip.lerp(knee, 0.3), (hip, knee), 0.8, 0.4)]
        }
        (View::Side, Region::Hamstring) => {
            let (hip, knee) = (joints.near.hip, joints.near.knee);
            // The thigh points away from the trunk; its back is to the right
            // of the direction of travel (the trunk's back turned through
            // the hip), hence the minus.
            let center = beside(hip.lerp(knee, 0.55), hip, knee, -back * 0.12);
            vec![ellipse(center, (hip, knee), 1.0, 0.42)]
        }
        (View::Front, Region::LowerBack) => {
            vec![ellipse(pelvis.lerp(waist, 0.6), (pelvis, waist), 0.8, 0.75)]
        }
        (View::Front, Region::Abdomen) => {
            vec![ellipse(pelvis.lerp(waist, 0.9), (pelvis, waist), 0.8, 0.75)]
        }
        (View::Front, Region::Hips) => {
            let (near, far) = (joints.near.hip, joints.far.hip);
            vec![ellipse(pelvis, (far, near), 1.05, 0.6)]
        }
        (View::Front, Region::GroinInnerThigh) => [joints.near, joints.far]
            .iter()
            .map(|side| {
                ellipse(
                    side.hip.lerp(side.knee, 0.4),
                    (side.hip, side.knee),
                    0.9,
                    0.38,
                )
            })
            .collect(),
        (View::Front, Region::Hamstring) => [joints.near, joints.far]
            .iter()
            .map(|side| {
                ellipse(
                    side.hip.lerp(side.knee, 0.5),
                    (side.hip, side.knee),
                    1.0,
                    0.38,
                )
            })
            .collect(),
    }
}
