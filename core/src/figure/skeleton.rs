//! The skeleton: adult proportions and forward kinematics.
//!
//! # Units and axes
//!
//! Lengths are in *head units*: 1.0 is the height of the head, and an adult
//! standing is about 7.5 head units tall. Every point this module returns is
//! in figure units with **y pointing down** (screen convention, like iced's
//! canvas and tiny-skia), the top of the floor at `y = 0` (so a point above
//! the floor has a negative y) and `x = pelvis.x` at the hip joints. Angles
//! in poses are written y-up (counter-clockwise positive, see
//! [`crate::figure::pose`]); the flip happens here.
//!
//! # Proportions (head units)
//!
//! | segment | length | | segment | length |
//! |---|---|---|---|---|
//! | lower spine (hip joints → waist) | 1.30 | | thigh | 1.85 |
//! | upper spine (waist → neck base) | 1.00 | | shin | 1.80 |
//! | neck | 0.35 | | foot (ankle → toes), side | 0.85 |
//! | head centre beyond neck top | 0.45 | | foot, front (foreshortened) | 0.35 |
//! | upper arm | 1.40 | | ankle height standing | ≈ 0.3 |
//! | forearm | 1.15 | | shoulder below neck base | 0.25 |
//! | hand | 0.60 | | half shoulder width (front) | 0.85 |
//! | head radius | 0.50 | | half hip width (front) | 0.40 |
//!
//! So standing: hip joints 3.95 above the floor, neck base 6.25, head top
//! about 7.55.
//!
//! The "waist" where the two spine segments meet is the lower end of the
//! shoulder blades (about the tenth thoracic vertebra), not the navel:
//! it is where a partial crunch starts to curl, the lumbar spine and the
//! lower ribs staying on the floor while the upper back lifts.

use super::pose::{Arm, Leg, Pose, View};

pub const LOWER_SPINE: f32 = 1.3;
pub const UPPER_SPINE: f32 = 1.0;
pub const NECK: f32 = 0.35;
/// Distance from the top of the neck to the centre of the head circle.
pub const HEAD_OFFSET: f32 = 0.45;
pub const HEAD_RADIUS: f32 = 0.5;
/// How far the shoulder joints sit below the base of the neck, along the spine.
pub const SHOULDER_DROP: f32 = 0.25;
/// How far the shoulder joints move towards the front (or the back) of the
/// trunk with the shoulder blades fully forward (or back), side view.
pub const SHOULDER_GLIDE: f32 = 0.3;
pub const SHOULDER_HALF_WIDTH: f32 = 0.85;
pub const HIP_HALF_WIDTH: f32 = 0.4;
pub const UPPER_ARM: f32 = 1.4;
pub const FOREARM: f32 = 1.15;
pub const HAND: f32 = 0.6;
pub const THIGH: f32 = 1.85;
pub const SHIN: f32 = 1.8;
pub const FOOT_SIDE: f32 = 0.85;
/// Seen from the front a foot points mostly at the viewer, so it is drawn short.
pub const FOOT_FRONT: f32 = 0.35;
/// The heel: this far below the ankle joint towards the sole, and this far
/// back from it along the foot. The foot is drawn heel to toes.
pub const HEEL_DROP: f32 = 0.14;
pub const HEEL_BACK: f32 = 0.1;
/// The nose's tip, beyond the head circle; the chin below the face.
pub const NOSE: f32 = 0.14;

/// Largest |coordinate| FK accepts from a pose (pelvis height and x); a
/// garbage value is clamped so drawing code never sees absurd numbers.
const MAX_POSITION: f32 = 100.0;

/// A point in figure units, y down (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Self {
        Point { x, y }
    }

    pub fn distance(self, other: Point) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    pub fn lerp(self, other: Point, t: f32) -> Point {
        Point::new(
            self.x + (other.x - self.x) * t,
            self.y + (other.y - self.y) * t,
        )
    }
}

/// One drawn segment of the skeleton.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bone {
    LowerSpine,
    UpperSpine,
    Neck,
    NearUpperArm,
    NearForearm,
    NearHand,
    FarUpperArm,
    FarForearm,
    FarHand,
    NearThigh,
    NearShin,
    NearFoot,
    FarThigh,
    FarShin,
    FarFoot,
}

impl Bone {
    pub const ALL: [Bone; 15] = [
        Bone::LowerSpine,
        Bone::UpperSpine,
        Bone::Neck,
        Bone::NearUpperArm,
        Bone::NearForearm,
        Bone::NearHand,
        Bone::FarUpperArm,
        Bone::FarForearm,
        Bone::FarHand,
        Bone::NearThigh,
        Bone::NearShin,
        Bone::NearFoot,
        Bone::FarThigh,
        Bone::FarShin,
        Bone::FarFoot,
    ];

    /// The bone's full length in head units for a view (thighs and shins are
    /// drawn shorter when a pose turns them out of the picture, see
    /// [`foreshortened`]).
    pub fn length(self, view: View) -> f32 {
        match self {
            Bone::LowerSpine => LOWER_SPINE,
            Bone::UpperSpine => UPPER_SPINE,
            Bone::Neck => NECK,
            Bone::NearUpperArm | Bone::FarUpperArm => UPPER_ARM,
            Bone::NearForearm | Bone::FarForearm => FOREARM,
            Bone::NearHand | Bone::FarHand => HAND,
            Bone::NearThigh | Bone::FarThigh => THIGH,
            Bone::NearShin | Bone::FarShin => SHIN,
            Bone::NearFoot | Bone::FarFoot => match view {
                View::Side => FOOT_SIDE,
                View::Front => FOOT_FRONT,
            },
        }
    }

    /// Half the drawn thickness in head units (the capsule radius).
    pub fn radius(self, view: View) -> f32 {
        match self {
            Bone::LowerSpine | Bone::UpperSpine => match view {
                View::Side => 0.5,
                View::Front => 0.62,
            },
            Bone::Neck => 0.22,
            Bone::NearUpperArm | Bone::FarUpperArm => 0.26,
            Bone::NearForearm | Bone::FarForearm => 0.22,
            Bone::NearHand | Bone::FarHand => 0.17,
            Bone::NearThigh | Bone::FarThigh => 0.36,
            Bone::NearShin | Bone::FarShin => 0.28,
            Bone::NearFoot | Bone::FarFoot => 0.16,
        }
    }
}

/// The joints of one side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Limbs {
    pub shoulder: Point,
    pub elbow: Point,
    pub wrist: Point,
    pub fingertips: Point,
    pub hip: Point,
    pub knee: Point,
    pub ankle: Point,
    pub toes: Point,
    /// Below and behind the ankle: the foot is drawn from here to the toes.
    pub heel: Point,
}

/// Every joint of a posed figure, y down, head units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Joints {
    pub view: View,
    /// Midpoint of the hip joints.
    pub pelvis: Point,
    pub waist: Point,
    pub neck_base: Point,
    pub neck_top: Point,
    pub head_center: Point,
    /// The face in profile (side view): the tip of the nose and the chin.
    /// Seen from the front both are the head's centre.
    pub nose: Point,
    pub chin: Point,
    pub near: Limbs,
    pub far: Limbs,
}

impl Joints {
    /// The two ends of a bone, parent end first.
    pub fn ends(&self, bone: Bone) -> (Point, Point) {
        match bone {
            Bone::LowerSpine => (self.pelvis, self.waist),
            Bone::UpperSpine => (self.waist, self.neck_base),
            Bone::Neck => (self.neck_base, self.neck_top),
            Bone::NearUpperArm => (self.near.shoulder, self.near.elbow),
            Bone::NearForearm => (self.near.elbow, self.near.wrist),
            Bone::NearHand => (self.near.wrist, self.near.fingertips),
            Bone::FarUpperArm => (self.far.shoulder, self.far.elbow),
            Bone::FarForearm => (self.far.elbow, self.far.wrist),
            Bone::FarHand => (self.far.wrist, self.far.fingertips),
            Bone::NearThigh => (self.near.hip, self.near.knee),
            Bone::NearShin => (self.near.knee, self.near.ankle),
            Bone::NearFoot => (self.near.ankle, self.near.toes),
            Bone::FarThigh => (self.far.hip, self.far.knee),
            Bone::FarShin => (self.far.knee, self.far.ankle),
            Bone::FarFoot => (self.far.ankle, self.far.toes),
        }
    }

    /// The two ends of a bone as drawn: a foot from the heel to the toes,
    /// every other bone as [`Joints::ends`].
    pub fn drawn_ends(&self, bone: Bone) -> (Point, Point) {
        match bone {
            Bone::NearFoot => (self.near.heel, self.near.toes),
            Bone::FarFoot => (self.far.heel, self.far.toes),
            _ => self.ends(bone),
        }
    }

    /// The limbs on one side of the picture.
    pub fn limbs(&self, side: crate::figure::anatomy::LimbSide) -> &Limbs {
        match side {
            crate::figure::anatomy::LimbSide::Near => &self.near,
            crate::figure::anatomy::LimbSide::Far => &self.far,
        }
    }

    /// Every named point, for bounds and tests.
    pub fn points(&self) -> Vec<Point> {
        let mut points = vec![
            self.pelvis,
            self.waist,
            self.neck_base,
            self.neck_top,
            self.head_center,
            self.nose,
            self.chin,
        ];
        for limbs in [&self.near, &self.far] {
            points.extend([
                limbs.shoulder,
                limbs.elbow,
                limbs.wrist,
                limbs.fingertips,
                limbs.hip,
                limbs.knee,
                limbs.ankle,
                limbs.toes,
                limbs.heel,
            ]);
        }
        points
    }
}

/// A non-finite number from a pose is drawn as 0 rather than poisoning
/// every point after it.
fn finite(value: f32) -> f32 {
    if value.is_finite() { value } else { 0.0 }
}

/// A position from a pose, made finite and kept within reason.
fn position(value: f32) -> f32 {
    finite(value).clamp(-MAX_POSITION, MAX_POSITION)
}

/// The drawn length of a segment turned `depth` degrees out of the picture.
pub fn foreshortened(length: f32, depth: f32) -> f32 {
    length * finite(depth).to_radians().cos().abs()
}

/// Internal y-up point arithmetic: `from + length · direction(degrees)`.
fn step(from: (f32, f32), degrees: f32, length: f32) -> (f32, f32) {
    let radians = finite(degrees).rem_euclid(360.0).to_radians();
    (
        from.0 + length * radians.cos(),
        from.1 + length * radians.sin(),
    )
}

/// Forward kinematics: every joint of the pose.
///
/// `sign` below is +1 for the near limbs and for every side-view limb, and
/// -1 for the far limbs in the front view, so there positive angles move
/// both sides outwards (mirror-symmetric).
pub fn forward_kinematics(pose: &Pose) -> Joints {
    let view = pose.view;
    let pelvis = (position(pose.pelvis.x), position(pose.pelvis.height));
    let trunk = finite(pose.pelvis.angle);
    // Flexion bends the trunk forward, which for a right-facing figure is
    // clockwise in y-up coordinates: subtract.
    let lower = trunk - finite(pose.spine.lower);
    let waist = step(pelvis, lower, LOWER_SPINE);
    let upper = lower - finite(pose.spine.upper);
    let neck_base = step(waist, upper, UPPER_SPINE);
    let shoulder_center = step(waist, upper, UPPER_SPINE - SHOULDER_DROP);
    // The shoulder blades slide round the chest: seen from the side the
    // shoulder joints move towards the front (the figure faces a quarter
    // turn clockwise from its upper trunk) or the back.
    let blades = finite(pose.shoulder_blades).clamp(-1.0, 1.0);
    let side_shoulder = step(shoulder_center, upper - 90.0, SHOULDER_GLIDE * blades);
    let neck = upper - finite(pose.neck);
    let neck_top = step(neck_base, neck, NECK);
    let head = neck - finite(pose.head);
    let head_center = step(neck_top, head, HEAD_OFFSET);
    // Seen from the side the face looks a quarter turn clockwise from the
    // top of the head (the figure faces right): the nose just above the
    // middle of the face, the chin at its foot.
    let (nose, chin) = match view {
        View::Side => (
            step(
                step(head_center, head - 90.0, HEAD_RADIUS + NOSE),
                head,
                -0.1,
            ),
            step(step(head_center, head - 90.0, 0.26), head, -0.34),
        ),
        View::Front => (head_center, head_center),
    };

    let foot_length = Bone::NearFoot.length(view);
    let limbs = |arm: &Arm, leg: &Leg, sign: f32, lateral: f32| -> Limbs {
        // In the front view the shoulders and hips sit either side of the
        // spine; `lateral` is +1 towards the near side (the viewer's right).
        let (shoulder, hip) = match view {
            View::Side => (side_shoulder, pelvis),
            View::Front => (
                step(shoulder_center, upper - 90.0, lateral * SHOULDER_HALF_WIDTH),
                step(pelvis, trunk - 90.0, lateral * HIP_HALF_WIDTH),
            ),
        };
        let upper_arm = upper + 180.0 + sign * finite(arm.shoulder);
        let elbow = step(
            shoulder,
            upper_arm,
            foreshortened(UPPER_ARM, arm.upper_arm_depth),
        );
        let forearm = upper_arm + sign * finite(arm.elbow);
        let wrist = step(elbow, forearm, foreshortened(FOREARM, arm.forearm_depth));
        let hand = forearm + sign * finite(arm.wrist);
        let fingertips = step(wrist, hand, HAND);
        let thigh = trunk + 180.0 + sign * finite(leg.hip);
        let knee = step(hip, thigh, foreshortened(THIGH, leg.thigh_depth));
        let shin = thigh - sign * finite(leg.knee);
        let ankle = step(knee, shin, foreshortened(SHIN, leg.shin_depth));
        let foot = shin + sign * (90.0 - finite(leg.ankle));
        let toes = step(ankle, foot, foot_length);
        // The sole is a quarter turn from the foot, on the shin's side.
        let heel = step(step(ankle, foot - sign * 90.0, HEEL_DROP), foot, -HEEL_BACK);
        Limbs {
            shoulder: screen(shoulder),
            elbow: screen(elbow),
            wrist: screen(wrist),
            fingertips: screen(fingertips),
            hip: screen(hip),
            knee: screen(knee),
            ankle: screen(ankle),
            toes: screen(toes),
            heel: screen(heel),
        }
    };
    let far_sign = match view {
        View::Side => 1.0,
        View::Front => -1.0,
    };
    let mut joints = Joints {
        view,
        pelvis: screen(pelvis),
        waist: screen(waist),
        neck_base: screen(neck_base),
        neck_top: screen(neck_top),
        head_center: screen(head_center),
        nose: screen(nose),
        chin: screen(chin),
        near: limbs(&pose.near_arm, &pose.near_leg, 1.0, 1.0),
        far: limbs(&pose.far_arm, &pose.far_leg, far_sign, -1.0),
    };
    if pose.mirrored {
        mirror_joints(&mut joints, position(pose.pelvis.x));
    }
    joints
}

/// How far the floor drawn under a raised figure reaches beyond its
/// nearest and farthest points, head units.
pub const FLOOR_MARGIN: f32 = 0.7;

/// The camera of a side view, radians: turned round towards the front
/// (past a quarter turn: from the far side), raised above the side (both
/// 0 for the plain side view and the front view).
fn camera(pose: &Pose) -> (f32, f32) {
    if pose.view != View::Side {
        return (0.0, 0.0);
    }
    let most = super::pose::MAX_CAMERA;
    let turned = finite(pose.turned);
    let turned = if turned > 90.0 {
        turned.clamp(180.0 - most, 180.0)
    } else {
        turned.clamp(0.0, most)
    };
    (
        turned.to_radians(),
        finite(pose.raised).clamp(0.0, most).to_radians(),
    )
}

/// Whether the pose is drawn from its far side (`turned` past a quarter
/// turn): the far limbs are then the ones nearest the camera, and the
/// figure faces the other way in the picture.
pub fn seen_from_far_side(pose: &Pose) -> bool {
    camera(pose).0 > std::f32::consts::FRAC_PI_2
}

/// How far each limb point is from the middle of the body, away from the
/// viewer of the plain side view, head units: the far hip and shoulder
/// half the body's width, a limb's depth angles the rest.
fn limb_depths(arm: &Arm, leg: &Leg, away: f32) -> [f32; 9] {
    let depth = |length: f32, degrees: f32| length * finite(degrees).to_radians().sin();
    // The trunk is drawn as one rounded bar: the shoulders are kept
    // inside its outline rather than at their true width (at that width
    // the far one shows as a bump beside the chin).
    let shoulder = away * SHOULDER_HALF_WIDTH * 0.6;
    let elbow = shoulder + depth(UPPER_ARM, arm.upper_arm_depth);
    let wrist = elbow + depth(FOREARM, arm.forearm_depth);
    let hip = away * HIP_HALF_WIDTH;
    let knee = hip + depth(THIGH, leg.thigh_depth);
    let ankle = knee + depth(SHIN, leg.shin_depth);
    // In the order of `Limbs`' fields.
    [
        shoulder, elbow, wrist, wrist, hip, knee, ankle, ankle, ankle,
    ]
}

fn limb_points(limbs: &mut Limbs) -> [&mut Point; 9] {
    [
        &mut limbs.shoulder,
        &mut limbs.elbow,
        &mut limbs.wrist,
        &mut limbs.fingertips,
        &mut limbs.hip,
        &mut limbs.knee,
        &mut limbs.ankle,
        &mut limbs.toes,
        &mut limbs.heel,
    ]
}

/// The joints as drawn, and the nearest and farthest floor depth under
/// them (for the floor's band): for the plain side view and the front
/// view [`forward_kinematics`]; for a side view `turned` and `raised`
/// the same body seen from a camera moved round towards the front and up
/// (each point's depth out of the side view's picture comes from the
/// limb's depth angles). The checks use [`forward_kinematics`]: a turned
/// or raised picture is the same pose.
pub fn drawn_joints_and_floor(pose: &Pose) -> (Joints, Option<(f32, f32)>) {
    let (yaw, pitch) = camera(pose);
    if yaw == 0.0 && pitch == 0.0 {
        return (forward_kinematics(pose), None);
    }
    let plain = Pose {
        mirrored: false,
        ..pose.clone()
    };
    let mut joints = forward_kinematics(&plain);
    let axis = joints.pelvis.x;
    let (mut nearest, mut farthest) = (f32::MAX, f32::MIN);
    let mut place = |point: &mut Point, z: f32| {
        let x = point.x - axis;
        let across = x * yaw.cos() + z * yaw.sin();
        let away = -x * yaw.sin() + z * yaw.cos();
        nearest = nearest.min(away);
        farthest = farthest.max(away);
        point.x = axis + across;
        point.y = point.y * pitch.cos() - away * pitch.sin();
    };
    // The face keeps its profile (a nose turned with the head would
    // vanish into it): it moves with the head's centre, and from the far
    // side it looks the other way.
    let facing = if yaw.cos() < 0.0 { -1.0 } else { 1.0 };
    let (nose, chin) = (
        Point::new(
            (joints.nose.x - joints.head_center.x) * facing,
            joints.nose.y - joints.head_center.y,
        ),
        Point::new(
            (joints.chin.x - joints.head_center.x) * facing,
            joints.chin.y - joints.head_center.y,
        ),
    );
    for point in [
        &mut joints.pelvis,
        &mut joints.waist,
        &mut joints.neck_base,
        &mut joints.neck_top,
        &mut joints.head_center,
    ] {
        place(point, 0.0);
    }
    let center = joints.head_center;
    joints.nose = Point::new(center.x + nose.x, center.y + nose.y);
    joints.chin = Point::new(center.x + chin.x, center.y + chin.y);
    let near = limb_depths(&plain.near_arm, &plain.near_leg, -1.0);
    for (point, z) in limb_points(&mut joints.near).into_iter().zip(near) {
        place(point, z);
    }
    let far = limb_depths(&plain.far_arm, &plain.far_leg, 1.0);
    for (point, z) in limb_points(&mut joints.far).into_iter().zip(far) {
        place(point, z);
    }
    if pose.mirrored {
        mirror_joints(&mut joints, axis);
    }
    let floor = (
        (nearest - FLOOR_MARGIN) * pitch.sin(),
        (farthest + FLOOR_MARGIN) * pitch.sin(),
    );
    (joints, Some(floor))
}

/// The joints as drawn (see [`drawn_joints_and_floor`]).
pub fn drawn_joints(pose: &Pose) -> Joints {
    drawn_joints_and_floor(pose).0
}

/// y-up internal point to the public y-down point.
fn screen(point: (f32, f32)) -> Point {
    Point::new(point.0, -point.1)
}

/// Flips every joint left-right about the vertical line `x = axis`.
fn mirror_joints(joints: &mut Joints, axis: f32) {
    let flip = |point: &mut Point| point.x = 2.0 * axis - point.x;
    for point in [
        &mut joints.pelvis,
        &mut joints.waist,
        &mut joints.neck_base,
        &mut joints.neck_top,
        &mut joints.head_center,
        &mut joints.nose,
        &mut joints.chin,
    ] {
        flip(point);
    }
    for limbs in [&mut joints.near, &mut joints.far] {
        for point in [
            &mut limbs.shoulder,
            &mut limbs.elbow,
            &mut limbs.wrist,
            &mut limbs.fingertips,
            &mut limbs.hip,
            &mut limbs.knee,
            &mut limbs.ankle,
            &mut limbs.toes,
            &mut limbs.heel,
        ] {
            flip(point);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::pose::{Pelvis, Spine};
    use proptest::prelude::*;

    fn pose_from(angles: &[f32], depths: [f32; 4], view: View) -> Pose {
        let arm = |i: usize| Arm {
            shoulder: angles[i],
            elbow: angles[i + 1],
            wrist: angles[i + 2],
            ..Arm::default()
        };
        let leg = |i: usize, d: usize| Leg {
            hip: angles[i],
            knee: angles[i + 1],
            ankle: angles[i + 2],
            thigh_depth: depths[d],
            shin_depth: depths[d + 1],
        };
        Pose {
            id: "generated".to_string(),
            view,
            mirrored: false,
            pelvis: Pelvis {
                height: angles[0].abs() / 100.0,
                angle: angles[1],
                x: 0.0,
            },
            spine: Spine {
                lower: angles[2],
                upper: angles[3],
            },
            neck: angles[4],
            head: angles[5],
            near_arm: arm(6),
            far_arm: arm(9),
            near_leg: leg(12, 0),
            far_leg: leg(15, 2),
            ..Pose::default()
        }
    }

    fn expected_length(bone: Bone, pose: &Pose) -> f32 {
        match bone {
            Bone::NearThigh => foreshortened(THIGH, pose.near_leg.thigh_depth),
            Bone::NearShin => foreshortened(SHIN, pose.near_leg.shin_depth),
            Bone::FarThigh => foreshortened(THIGH, pose.far_leg.thigh_depth),
            Bone::FarShin => foreshortened(SHIN, pose.far_leg.shin_depth),
            Bone::NearUpperArm => foreshortened(UPPER_ARM, pose.near_arm.upper_arm_depth),
            Bone::NearForearm => foreshortened(FOREARM, pose.near_arm.forearm_depth),
            Bone::FarUpperArm => foreshortened(UPPER_ARM, pose.far_arm.upper_arm_depth),
            Bone::FarForearm => foreshortened(FOREARM, pose.far_arm.forearm_depth),
            _ => bone.length(pose.view),
        }
    }

    proptest! {
        #[test]
        fn forward_kinematics_keeps_bone_lengths(
            angles in proptest::collection::vec(-400.0f32..400.0, 18),
            depths in proptest::array::uniform4(-80.0f32..80.0),
            front in any::<bool>(),
            mirrored in any::<bool>(),
        ) {
            let view = if front { View::Front } else { View::Side };
            let mut pose = pose_from(&angles, depths, view);
            pose.mirrored = mirrored;
            let joints = forward_kinematics(&pose);
            for bone in Bone::ALL {
                let (a, b) = joints.ends(bone);
                let expected = expected_length(bone, &pose);
                prop_assert!(
                    (a.distance(b) - expected).abs() < 1e-3,
                    "{bone:?}: drawn {} expected {expected}", a.distance(b)
                );
            }
            let head_gap = joints.neck_top.distance(joints.head_center);
            prop_assert!((head_gap - HEAD_OFFSET).abs() < 1e-3);
        }

        #[test]
        fn mirroring_flips_every_joint_about_the_pelvis(
            angles in proptest::collection::vec(-400.0f32..400.0, 18),
        ) {
            let pose = pose_from(&angles, [0.0; 4], View::Side);
            let plain = forward_kinematics(&pose);
            let flipped = forward_kinematics(&pose.mirror());
            for (p, q) in plain.points().iter().zip(flipped.points()) {
                prop_assert!((p.x + q.x - 2.0 * plain.pelvis.x).abs() < 1e-4);
                prop_assert!((p.y - q.y).abs() < 1e-6);
            }
            prop_assert_eq!(forward_kinematics(&pose.mirror().mirror()), plain);
        }
    }

    #[test]
    fn standing_proportions_match_the_docs() {
        let mut pose = pose_from(&[0.0; 18], [0.0; 4], View::Side);
        pose.pelvis.height = 3.95;
        pose.pelvis.angle = 90.0;
        let joints = forward_kinematics(&pose);
        // y is down: the floor is 0 and the ankle 0.3 above it.
        assert!(
            (joints.near.ankle.y - -0.3).abs() < 1e-4,
            "{:?}",
            joints.near.ankle
        );
        assert!(
            (joints.neck_base.y - -6.25).abs() < 1e-4,
            "{:?}",
            joints.neck_base
        );
        let head_top = -(joints.head_center.y - HEAD_RADIUS);
        assert!((7.4..7.7).contains(&head_top), "head top at {head_top}");
        // Facing right: the straight-ahead foot points to +x.
        assert!(joints.near.toes.x > joints.near.ankle.x);
    }

    #[test]
    fn a_raised_and_turned_camera_shows_what_the_side_view_hides() {
        // Sitting, the far (left) thigh turned 60° away from the viewer:
        // straight from the side its knee is drawn over the near one's.
        let mut pose = pose_from(&[0.0; 18], [0.0; 4], View::Side);
        pose.pelvis = Pelvis {
            height: 0.6,
            angle: 90.0,
            x: 0.0,
        };
        pose.near_leg.hip = 90.0;
        pose.far_leg.hip = 90.0;
        pose.far_leg.thigh_depth = 60.0;
        // No camera: the drawing is the side view itself.
        assert_eq!(drawn_joints(&pose), forward_kinematics(&pose));
        let side = forward_kinematics(&pose);
        pose.raised = 30.0;
        pose.turned = 30.0;
        let drawn = drawn_joints(&pose);
        // Away from the viewer: drawn further round (right) and higher.
        assert!(
            drawn.far.knee.x > side.far.knee.x + 0.5,
            "{:?}",
            drawn.far.knee
        );
        assert!(
            drawn.far.knee.y < drawn.near.knee.y - 0.5,
            "{:?}",
            drawn.far.knee
        );
        // The near straight leg comes towards the viewer: drawn shorter
        // across the picture and lower.
        assert!(drawn.near.knee.x < side.near.knee.x);
        assert!(drawn.near.knee.y > side.near.knee.y);
        // Mirrored, the picture is the same one flipped.
        let flipped = drawn_joints(&pose.mirror());
        for (p, q) in drawn.points().iter().zip(flipped.points()) {
            assert!((p.x + q.x - 2.0 * drawn.pelvis.x).abs() < 1e-4);
            assert!((p.y - q.y).abs() < 1e-4);
        }
        // From the far side (round past the front): the figure faces
        // left, the far knee turned towards this camera is drawn lower
        // than the near one, and the face looks left too.
        pose.turned = 150.0;
        assert!(seen_from_far_side(&pose));
        let behind = drawn_joints(&pose);
        assert!(
            behind.near.knee.x < behind.pelvis.x,
            "{:?}",
            behind.near.knee
        );
        assert!(
            behind.far.knee.y > behind.near.knee.y,
            "{:?}",
            behind.far.knee
        );
        assert!(behind.nose.x < behind.head_center.x, "{:?}", behind.nose);
        pose.turned = 30.0;
        assert!(!seen_from_far_side(&pose));
        // The front view has no camera of its own.
        pose.view = View::Front;
        assert_eq!(drawn_joints(&pose), forward_kinematics(&pose));
    }

    #[test]
    fn non_finite_values_do_not_poison_the_figure() {
        let mut pose = pose_from(&[10.0; 18], [0.0; 4], View::Front);
        pose.pelvis.height = f32::INFINITY;
        pose.near_leg.knee = f32::NAN;
        let joints = forward_kinematics(&pose);
        assert!(
            joints
                .points()
                .iter()
                .all(|p| p.x.is_finite() && p.y.is_finite())
        );
    }
}
