//! Shapes with depth: what a canvas draws for a pose.
//!
//! Everything is in figure units (head units), **y down**, floor top at
//! `y = 0` (see [`crate::figure::skeleton`]). [`Figure::shapes`] is already in
//! drawing order (painter's algorithm): the mat, the far limbs, the torso and
//! head, the near limbs, and last the translucent highlight. The [`Shade`]
//! tag only picks the colour (see `crate::figure::raster::Palette`).

use super::pose::{Pose, View};
use super::skeleton::{
    Bone, FOREARM, HEAD_RADIUS, Joints, Limbs, Point, UPPER_ARM, forward_kinematics,
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
            // Far limbs first: the leg then the arm, so a far hand resting on
            // a far knee shows; the arm keeps a thin gap so where it crosses
            // the leg of its own colour the two stay apart.
            for bone in FAR_LEG {
                body.push(capsule(bone, Shade::Far));
            }
            chain_with_gap(FAR_ARM, Shade::Far, &mut body);
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

/// Ellipses over the stretched area: each part of the region in turn,
/// head to toe. In the side view the figure faces right (left when
/// mirrored), so "behind" depends on the mirroring; a limb part is drawn
/// on the near limb only (the working side of a sided exercise, and the one
/// not hidden behind the trunk), in the front view on both.
fn highlight_shapes(joints: &Joints, region: Region, mirrored: bool) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for part in region.parts() {
        part_shapes(joints, part, mirrored, &mut shapes);
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

fn part_shapes(joints: &Joints, part: BodyPart, mirrored: bool, out: &mut Vec<Shape>) {
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
            // The thigh points away from the trunk; its back is to the right
            // of the direction of travel (the trunk's back turned through
            // the hip), hence the minus for the hamstring.
            let toward = if part == BodyPart::Hamstring {
                -back
            } else {
                back
            };
            let center = beside(hip.lerp(knee, 0.55), hip, knee, toward * 0.12);
            out.push(ellipse(center, (hip, knee), 1.0, 0.42));
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

    /// The shortest distance between the segments `a → b` and `c → d`
    /// (they do not cross in these tests: the ends are enough).
    fn segment_gap(a: Point, b: Point, c: Point, d: Point) -> f32 {
        let to_segment = |p: Point, a: Point, b: Point| {
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
            p.distance(Point::new(a.x + t * dx, a.y + t * dy))
        };
        to_segment(a, c, d)
            .min(to_segment(b, c, d))
            .min(to_segment(c, a, b))
            .min(to_segment(d, a, b))
    }

    #[test]
    fn knee_to_chest_shows_both_hands_holding_the_near_knee() {
        let poses =
            crate::figure::parse_poses(include_str!("../../../content/poses/knee-to-chest.ron"))
                .expect("shipped poses parse");
        let view = View::Side;
        for id in ["knee-to-chest", "knee-to-chest-leg-flat"] {
            let pose = poses.iter().find(|p| p.id == id).expect(id);
            for pose in [pose.clone(), pose.mirror()] {
                let j = forward_kinematics(&pose);
                // Both hands at the knee.
                for (side, wrist) in [("near", j.near.wrist), ("far", j.far.wrist)] {
                    let reach = wrist.distance(j.near.knee);
                    assert!(
                        reach < 0.6,
                        "{id}: the {side} wrist is {reach:.2} from the knee"
                    );
                }
                // The near arm reaches the knee in an arc over the thigh,
                // not lying along it (where the two would read as one
                // thick limb): the upper arm keeps clear of the thigh.
                let clear = segment_gap(j.near.shoulder, j.near.elbow, j.near.hip, j.near.knee)
                    - Bone::NearUpperArm.radius(view)
                    - Bone::NearThigh.radius(view);
                assert!(
                    clear > 0.05,
                    "{id}: the near upper arm touches the thigh ({clear:.2} head units apart)"
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
