//! Poses: the joint angles of the figure, as written in `content/poses/*.ron`.
//!
//! # Angle convention
//!
//! All angles are in degrees. Only the pelvis has an *absolute* angle (its
//! direction in the picture); every other angle is *relative* to its parent
//! segment and measured the way a physiotherapist would: 0 is the neutral
//! standing position of that joint and positive is the usual movement
//! ("flexion"). Relative angles make poses short to write (a straight leg is
//! `knee: 0` whatever the body does) and make blending natural (a bending
//! knee stays a bending knee half-way).
//!
//! * `pelvis.angle`: the direction of the trunk axis (from the hip joints
//!   towards the waist) in the picture, counter-clockwise from "pointing
//!   right", y up. `90` is upright (standing, sitting), `0` is lying with the
//!   head to the right (face down when the figure faces right), `180` is
//!   lying with the head to the left (on the back when the figure faces
//!   right).
//! * `spine.lower`, `spine.upper`, `neck`, `head`: positive bends forward
//!   (flexion, chin towards chest), negative bends backward (extension).
//! * `shoulder`: 0 is the arm hanging along the trunk, positive raises it
//!   forward (90 points it straight ahead, 180 overhead).
//! * `elbow`, `wrist`: 0 is straight, positive bends (forearm towards the
//!   front of the upper arm).
//! * `hip`: 0 is the thigh in line with the trunk, positive brings the knee
//!   forward/up (90 is sitting), negative takes it back.
//! * `knee`: 0 is straight, positive bends (heel towards the buttock).
//! * `ankle`: 0 is the foot at a right angle to the shin, positive points the
//!   toes (plantar flexion), negative pulls them up.
//!
//! In the *front* view ([`View::Front`]) the figure faces the viewer and the
//! same fields are angles in the picture plane: for limbs positive moves the
//! limb *outwards*, away from the midline (abduction: a hip of 90 puts the
//! thigh out to the side, a knee of 120 brings the shin back in); for the
//! spine, neck and head positive leans towards the near (left) side, which
//! is on the viewer's right.
//!
//! # Sides
//!
//! A side-view figure faces right (standing or sitting), lies on its back
//! with the head to the left, or lies face down with the head to the right.
//! Seen that way, the person's *right* side is nearest to the viewer, so
//! `near_arm` and `near_leg` are the right arm and leg: a pose as written
//! shows the right side working. The left side of a sided exercise is
//! [`Pose::mirror`], a left-right flip of the picture, whose near limbs are
//! the person's left ones.
//!
//! In the front view the near limbs are the person's *left* ones (on the
//! viewer's right), but a sided pose is still written for the right side
//! working: the far limbs, or a negative lean of the spine, neck or head.

use serde::{Deserialize, Serialize};

use super::anatomy::{BodySide, Contact, FootPlace, HandPlace, LimbSide};
use super::check::number;

/// Which way the figure is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum View {
    /// From the person's right side; the figure faces right.
    #[default]
    Side,
    /// From the front; the person's left side is on the viewer's right.
    Front,
}

/// Where the pelvis (the hip joints) is and which way the trunk points.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pelvis {
    /// Height of the hip joints above the floor, in head units (see
    /// `crate::figure::skeleton` for the proportions). About 0.5 lying
    /// down, 0.6 sitting, 3.95 standing.
    pub height: f32,
    /// Absolute direction of the trunk axis, degrees (see the module docs).
    pub angle: f32,
    /// Horizontal position of the hip joints, head units; rarely needed
    /// (the picture is re-centred on the figure's bounds anyway).
    #[serde(default)]
    pub x: f32,
}

/// The two spine segments, relative angles in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spine {
    /// Lower spine (pelvis to waist) relative to the pelvis.
    pub lower: f32,
    /// Upper spine (waist to the base of the neck) relative to the lower spine.
    pub upper: f32,
}

impl Spine {
    fn is_straight(&self) -> bool {
        self.lower == 0.0 && self.upper == 0.0
    }
}

/// One arm, relative angles in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arm {
    pub shoulder: f32,
    pub elbow: f32,
    #[serde(default)]
    pub wrist: f32,
    /// How far the upper arm turns out of the picture, degrees, as for a
    /// leg's `thigh_depth`: an elbow out to the side seen from the side.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub upper_arm_depth: f32,
    /// The same for the forearm.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub forearm_depth: f32,
}

/// One leg, relative angles in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leg {
    pub hip: f32,
    pub knee: f32,
    #[serde(default)]
    pub ankle: f32,
    /// How far the thigh turns out of the picture, degrees: positive away
    /// from the viewer, negative towards them. It is drawn
    /// `cos(thigh_depth)` as long. For legs that point partly at or away
    /// from the viewer, e.g. knees out in the butterfly seen from the
    /// front; the sign tells the knee's true bend (see
    /// [`crate::figure::check`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub thigh_depth: f32,
    /// The same for the shin.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shin_depth: f32,
}

fn is_zero(value: &f32) -> bool {
    *value == 0.0
}

/// An arm as written: any angle may be left out when a hand placement
/// says where the hand goes (the solver fills it in).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WrittenArm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shoulder: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elbow: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrist: Option<f32>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub upper_arm_depth: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub forearm_depth: f32,
}

/// A leg as written: see [`WrittenArm`].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WrittenLeg {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hip: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knee: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ankle: Option<f32>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub thigh_depth: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shin_depth: f32,
}

/// An angle the pose left out, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solved {
    /// `near_arm.elbow`.
    pub field: &'static str,
    pub by: SolvedBy,
}

/// How a left-out angle got its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolvedBy {
    /// Worked out from this placement field (`hands`, `right_foot`).
    Placement(&'static str),
    /// This placement says where the foot or hand is but not how the limb
    /// bends to get there (a flat foot with both hip and knee left out):
    /// drawn as 0, reported by the checker.
    NeedsAngle(&'static str),
    /// Nothing says where the limb goes: drawn as 0, reported.
    Nothing,
}

/// A named pose of the figure.
///
/// Read from RON through the written form, where an arm or leg angle may
/// be left out when a hand or foot placement says where the limb goes
/// (see [`crate::figure::solve`]). Once read every angle is a number, and
/// [`Pose::solved`] says which ones were worked out. Written back (a pack
/// export) every angle is written, so the file draws the same without
/// solving.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(from = "WrittenPose", into = "WrittenPose")]
pub struct Pose {
    /// The id steps refer to, e.g. `"prone-press-up"`.
    pub id: String,
    pub view: View,
    /// Flipped left-right (the left side working). Written poses leave this
    /// out; [`Pose::mirror`] sets it.
    pub mirrored: bool,
    pub pelvis: Pelvis,
    /// Side view only: the picture seen from this many degrees above the
    /// side (0 to [`MAX_CAMERA`]), so the floor shows as a surface.
    pub raised: f32,
    /// Side view only: the picture seen from this many degrees round
    /// towards the person's front (0 to [`MAX_CAMERA`]; a three-quarter
    /// view), so a limb turned out of the picture shows (a knee dropped
    /// out to the side behind the other leg). From `180 - MAX_CAMERA` to
    /// 180 the camera has gone on round to the other side: the far limbs
    /// are the ones nearest it, drawn in front and dark (the bent leg of
    /// the seated hamstring stretch, whose sole rests on the inside of the
    /// other thigh, shows only from its own side). `raised` and `turned` only
    /// change the drawing (see [`crate::figure::skeleton::drawn_joints`]);
    /// the checks and the solver work on the pose seen from the side.
    pub turned: f32,
    pub spine: Spine,
    /// Where the shoulder blades are round the chest, -1 to 1: 1 slid
    /// fully forward (apart, pushing the floor away), -1 fully back
    /// (squeezed together), 0 at rest. Seen from the side it moves the
    /// shoulder joints towards the front or the back of the trunk.
    pub shoulder_blades: f32,
    pub neck: f32,
    pub head: f32,
    pub near_arm: Arm,
    pub far_arm: Arm,
    pub near_leg: Leg,
    pub far_leg: Leg,
    /// What rests on the floor (checked).
    pub contacts: Vec<Contact>,
    /// Where both hands go (checked; solves an arm left out).
    pub hands: Option<HandPlace>,
    pub left_hand: Option<HandPlace>,
    pub right_hand: Option<HandPlace>,
    /// Where both feet go (checked; solves a leg left out).
    pub feet: Option<FootPlace>,
    pub left_foot: Option<FootPlace>,
    pub right_foot: Option<FootPlace>,
    /// The angles the solver filled in (empty for a pose written with
    /// every angle).
    pub solved: Vec<Solved>,
}

/// A pose as written in a file: see [`Pose`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WrittenPose {
    pub id: String,
    #[serde(default)]
    pub view: View,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mirrored: bool,
    pub pelvis: Pelvis,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub raised: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub turned: f32,
    #[serde(default, skip_serializing_if = "Spine::is_straight")]
    pub spine: Spine,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shoulder_blades: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub neck: f32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub head: f32,
    #[serde(default)]
    pub near_arm: WrittenArm,
    #[serde(default)]
    pub far_arm: WrittenArm,
    #[serde(default)]
    pub near_leg: WrittenLeg,
    #[serde(default)]
    pub far_leg: WrittenLeg,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hands: Option<HandPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_hand: Option<HandPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_hand: Option<HandPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feet: Option<FootPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_foot: Option<FootPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_foot: Option<FootPlace>,
}

/// A pose written back as its author wrote it: the angles the solver
/// worked out from a placement are left out again (so they are solved
/// again where the file is read, and a movement to or from the pose keeps
/// the hand or foot placed), every other angle is written.
impl From<Pose> for WrittenPose {
    fn from(pose: Pose) -> WrittenPose {
        let written = |field: &str, value: f32| {
            (!matches!(pose.solved(field), Some(SolvedBy::Placement(_)))).then_some(value)
        };
        let arm = |limb: LimbSide| {
            let value = pose.arm(limb);
            WrittenArm {
                shoulder: written(super::solve::field(limb, "shoulder"), value.shoulder),
                elbow: written(super::solve::field(limb, "elbow"), value.elbow),
                wrist: written(super::solve::field(limb, "wrist"), value.wrist),
                upper_arm_depth: value.upper_arm_depth,
                forearm_depth: value.forearm_depth,
            }
        };
        let leg = |limb: LimbSide| {
            let value = pose.leg(limb);
            WrittenLeg {
                hip: written(super::solve::field(limb, "hip"), value.hip),
                knee: written(super::solve::field(limb, "knee"), value.knee),
                ankle: written(super::solve::field(limb, "ankle"), value.ankle),
                thigh_depth: value.thigh_depth,
                shin_depth: value.shin_depth,
            }
        };
        WrittenPose {
            near_arm: arm(LimbSide::Near),
            far_arm: arm(LimbSide::Far),
            near_leg: leg(LimbSide::Near),
            far_leg: leg(LimbSide::Far),
            id: pose.id,
            view: pose.view,
            mirrored: pose.mirrored,
            pelvis: pose.pelvis,
            raised: pose.raised,
            turned: pose.turned,
            spine: pose.spine,
            shoulder_blades: pose.shoulder_blades,
            neck: pose.neck,
            head: pose.head,
            contacts: pose.contacts,
            hands: pose.hands,
            left_hand: pose.left_hand,
            right_hand: pose.right_hand,
            feet: pose.feet,
            left_foot: pose.left_foot,
            right_foot: pose.right_foot,
        }
    }
}

impl From<WrittenPose> for Pose {
    fn from(written: WrittenPose) -> Pose {
        super::solve::solve(&written)
    }
}

/// Parses one pose file: a RON list of poses, each solved (see [`Pose`]).
///
/// The error carries the line and column; the caller adds the file name.
/// `Some` may be left out of the optional fields (`hands: OnKnee(Left)`).
pub fn parse_poses(text: &str) -> Result<Vec<Pose>, ron::error::SpannedError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Vec<Pose>>(text)
}

/// Largest pelvis height accepted by [`Pose::problems`], head units: a
/// little over standing height, so a typo such as `39.5` is caught.
pub const MAX_PELVIS_HEIGHT: f32 = 6.0;

/// Most a side view may be raised or turned, degrees: beyond it the
/// figure no longer reads as seen from the side.
pub const MAX_CAMERA: f32 = 45.0;

/// Whether `turned` is a camera a side view may have: up to
/// [`MAX_CAMERA`] round from the near side, or as much from the far side
/// (`180 - MAX_CAMERA` to 180).
pub fn camera_turn_is_within_reason(turned: f32) -> bool {
    (0.0..=MAX_CAMERA).contains(&turned) || (180.0 - MAX_CAMERA..=180.0).contains(&turned)
}

impl Pose {
    /// The same pose seen from the other side: the picture flipped left-right,
    /// so the near limbs are now the person's left ones. Mirroring twice
    /// gives back the pose exactly.
    pub fn mirror(&self) -> Pose {
        Pose {
            mirrored: !self.mirrored,
            ..self.clone()
        }
    }

    /// Where a hand goes, and the field that says so (`right_hand`, else
    /// `hands`).
    pub fn hand(&self, side: BodySide) -> Option<(HandPlace, &'static str)> {
        let (own, name) = match side {
            BodySide::Left => (self.left_hand, "left_hand"),
            BodySide::Right => (self.right_hand, "right_hand"),
        };
        own.map(|place| (place, name))
            .or(self.hands.map(|place| (place, "hands")))
    }

    /// Where a foot goes, and the field that says so (`left_foot`, else
    /// `feet`).
    pub fn foot(&self, side: BodySide) -> Option<(FootPlace, &'static str)> {
        let (own, name) = match side {
            BodySide::Left => (self.left_foot, "left_foot"),
            BodySide::Right => (self.right_foot, "right_foot"),
        };
        own.map(|place| (place, name))
            .or(self.feet.map(|place| (place, "feet")))
    }

    pub fn arm(&self, limb: LimbSide) -> &Arm {
        match limb {
            LimbSide::Near => &self.near_arm,
            LimbSide::Far => &self.far_arm,
        }
    }

    pub fn arm_mut(&mut self, limb: LimbSide) -> &mut Arm {
        match limb {
            LimbSide::Near => &mut self.near_arm,
            LimbSide::Far => &mut self.far_arm,
        }
    }

    pub fn leg(&self, limb: LimbSide) -> &Leg {
        match limb {
            LimbSide::Near => &self.near_leg,
            LimbSide::Far => &self.far_leg,
        }
    }

    pub fn leg_mut(&mut self, limb: LimbSide) -> &mut Leg {
        match limb {
            LimbSide::Near => &mut self.near_leg,
            LimbSide::Far => &mut self.far_leg,
        }
    }

    /// The solver's note on a field, if the pose left it out.
    pub fn solved(&self, field: &str) -> Option<SolvedBy> {
        self.solved
            .iter()
            .find(|solved| solved.field == field)
            .map(|solved| solved.by)
    }

    /// Every angle of the pose with its field name, in a fixed order.
    pub fn named_angles(&self) -> [(&'static str, f32); 25] {
        [
            ("pelvis.angle", self.pelvis.angle),
            ("spine.lower", self.spine.lower),
            ("spine.upper", self.spine.upper),
            ("neck", self.neck),
            ("head", self.head),
            ("near_arm.shoulder", self.near_arm.shoulder),
            ("near_arm.elbow", self.near_arm.elbow),
            ("near_arm.wrist", self.near_arm.wrist),
            ("far_arm.shoulder", self.far_arm.shoulder),
            ("far_arm.elbow", self.far_arm.elbow),
            ("far_arm.wrist", self.far_arm.wrist),
            ("near_leg.hip", self.near_leg.hip),
            ("near_leg.knee", self.near_leg.knee),
            ("near_leg.ankle", self.near_leg.ankle),
            ("far_leg.hip", self.far_leg.hip),
            ("far_leg.knee", self.far_leg.knee),
            ("far_leg.ankle", self.far_leg.ankle),
            ("near_leg.thigh_depth", self.near_leg.thigh_depth),
            ("near_leg.shin_depth", self.near_leg.shin_depth),
            ("far_leg.thigh_depth", self.far_leg.thigh_depth),
            ("far_leg.shin_depth", self.far_leg.shin_depth),
            ("near_arm.upper_arm_depth", self.near_arm.upper_arm_depth),
            ("near_arm.forearm_depth", self.near_arm.forearm_depth),
            ("far_arm.upper_arm_depth", self.far_arm.upper_arm_depth),
            ("far_arm.forearm_depth", self.far_arm.forearm_depth),
        ]
    }

    /// Values that parse but make no sense (not finite, pelvis below the
    /// floor or absurdly high), as messages naming the pose and field. The
    /// content checker reports these; drawing never fails on them (a
    /// non-finite value is drawn as 0).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (name, value) in [
            ("pelvis.height", self.pelvis.height),
            ("pelvis.x", self.pelvis.x),
            ("shoulder_blades", self.shoulder_blades),
            ("raised", self.raised),
            ("turned", self.turned),
        ] {
            if !value.is_finite() {
                problems.push(crate::t!(
                    "figure-pose-not-finite",
                    pose = self.id.as_str(),
                    field = name
                ));
            }
        }
        for (name, value) in self.named_angles() {
            if !value.is_finite() {
                problems.push(crate::t!(
                    "figure-pose-not-finite",
                    pose = self.id.as_str(),
                    field = name
                ));
            } else if value.abs() > 720.0 {
                problems.push(crate::t!(
                    "figure-pose-turns",
                    pose = self.id.as_str(),
                    field = name,
                    value = number(value)
                ));
            }
        }
        let height = self.pelvis.height;
        if height.is_finite() && !(0.0..=MAX_PELVIS_HEIGHT).contains(&height) {
            problems.push(crate::t!(
                "figure-pose-pelvis-height",
                pose = self.id.as_str(),
                value = number(height),
                max = number(MAX_PELVIS_HEIGHT)
            ));
        }
        let blades = self.shoulder_blades;
        if blades.is_finite() && !(-1.0..=1.0).contains(&blades) {
            problems.push(crate::t!(
                "figure-pose-shoulder-blades",
                pose = self.id.as_str(),
                value = number(blades)
            ));
        }
        if self.raised.is_finite() && !(0.0..=MAX_CAMERA).contains(&self.raised) {
            problems.push(crate::t!(
                "figure-pose-raised",
                pose = self.id.as_str(),
                value = number(self.raised),
                max = number(MAX_CAMERA)
            ));
        }
        if self.turned.is_finite() && !camera_turn_is_within_reason(self.turned) {
            problems.push(crate::t!(
                "figure-pose-turned",
                pose = self.id.as_str(),
                value = number(self.turned),
                max = number(MAX_CAMERA),
                far = number(180.0 - MAX_CAMERA)
            ));
        }
        for (name, value) in [("raised", self.raised), ("turned", self.turned)] {
            if value.is_finite() && value != 0.0 && self.view != View::Side {
                problems.push(crate::t!(
                    "figure-pose-side-view-only",
                    pose = self.id.as_str(),
                    field = name
                ));
            }
        }
        if self.id.trim().is_empty() {
            problems.push(crate::t!("figure-pose-empty-id"));
        }
        problems
    }
}

/// The short way round from angle `a` to angle `b`, degrees in (-180, 180].
fn shortest_turn(a: f32, b: f32) -> f32 {
    let turn = (b - a).rem_euclid(360.0);
    if turn > 180.0 { turn - 360.0 } else { turn }
}

/// The pose a fraction `t` of the way from `a` to `b`: `t = 0` gives `a`,
/// `t = 1` gives `b` (t is clamped to 0..=1). Angles turn the short way
/// round, positions move in a straight line, and a hand or foot that both
/// poses place alike (a foot flat on the floor, a forearm on it) stays
/// placed all the way: its limb is solved again at every instant. The id, view and mirroring are
/// those of whichever pose is nearer (`a` below one half); blending poses of
/// different views is allowed but snaps half-way.
pub fn blend(a: &Pose, b: &Pose, t: f32) -> Pose {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    if t == 0.0 {
        return a.clone();
    }
    if t == 1.0 {
        return b.clone();
    }
    let angle = |x: f32, y: f32| x + shortest_turn(x, y) * t;
    let linear = |x: f32, y: f32| x + (y - x) * t;
    let arm = |x: &Arm, y: &Arm| Arm {
        shoulder: angle(x.shoulder, y.shoulder),
        elbow: angle(x.elbow, y.elbow),
        wrist: angle(x.wrist, y.wrist),
        upper_arm_depth: angle(x.upper_arm_depth, y.upper_arm_depth),
        forearm_depth: angle(x.forearm_depth, y.forearm_depth),
    };
    let leg = |x: &Leg, y: &Leg| Leg {
        hip: angle(x.hip, y.hip),
        knee: angle(x.knee, y.knee),
        ankle: angle(x.ankle, y.ankle),
        thigh_depth: angle(x.thigh_depth, y.thigh_depth),
        shin_depth: angle(x.shin_depth, y.shin_depth),
    };
    let nearer = if t < 0.5 { a } else { b };
    let mixed = Pose {
        id: nearer.id.clone(),
        view: nearer.view,
        mirrored: nearer.mirrored,
        pelvis: Pelvis {
            height: linear(a.pelvis.height, b.pelvis.height),
            angle: angle(a.pelvis.angle, b.pelvis.angle),
            x: linear(a.pelvis.x, b.pelvis.x),
        },
        raised: linear(a.raised, b.raised),
        turned: linear(a.turned, b.turned),
        spine: Spine {
            lower: angle(a.spine.lower, b.spine.lower),
            upper: angle(a.spine.upper, b.spine.upper),
        },
        shoulder_blades: linear(a.shoulder_blades, b.shoulder_blades),
        neck: angle(a.neck, b.neck),
        head: angle(a.head, b.head),
        near_arm: arm(&a.near_arm, &b.near_arm),
        far_arm: arm(&a.far_arm, &b.far_arm),
        near_leg: leg(&a.near_leg, &b.near_leg),
        far_leg: leg(&a.far_leg, &b.far_leg),
        contacts: nearer.contacts.clone(),
        hands: nearer.hands,
        left_hand: nearer.left_hand,
        right_hand: nearer.right_hand,
        feet: nearer.feet,
        left_foot: nearer.left_foot,
        right_foot: nearer.right_foot,
        solved: nearer.solved.clone(),
    };
    super::solve::keep_placed(a, b, mixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
    [
      (
        id: "example",
        view: Side,
        pelvis: (height: 0.5, angle: 0),
        spine: (lower: -10, upper: -20),
        neck: -10,
        near_arm: (shoulder: 60, elbow: 90),
        far_arm: (shoulder: 60, elbow: 90),
        near_leg: (hip: 0, knee: 0, ankle: 90),
        far_leg: (hip: 0, knee: 0, ankle: 90),
      ),
    ]
    "#;

    #[test]
    fn parses_a_list_of_poses() {
        let poses = parse_poses(EXAMPLE).expect("example parses");
        assert_eq!(poses.len(), 1);
        assert_eq!(poses[0].id, "example");
        assert_eq!(poses[0].near_arm.elbow, 90.0);
        assert_eq!(poses[0].near_arm.wrist, 0.0, "wrist defaults to 0");
        assert!(!poses[0].mirrored);
        assert!(poses[0].problems().is_empty(), "{:?}", poses[0].problems());
    }

    #[test]
    fn unknown_field_is_an_error_with_a_position() {
        let text = EXAMPLE.replace("neck: -10", "nek: -10");
        let error = parse_poses(&text).expect_err("typo must be refused");
        assert!(error.to_string().contains("nek"), "{error}");
        assert!(error.span.start.line > 1, "{error:?}");
    }

    #[test]
    fn mirror_twice_is_identity() {
        let pose = parse_poses(EXAMPLE).expect("parses").remove(0);
        assert_ne!(pose.mirror(), pose);
        assert_eq!(pose.mirror().mirror(), pose);
    }

    #[test]
    fn shortest_turn_goes_the_short_way() {
        assert_eq!(shortest_turn(10.0, 30.0), 20.0);
        assert_eq!(shortest_turn(350.0, 10.0), 20.0);
        assert_eq!(shortest_turn(10.0, 350.0), -20.0);
        assert_eq!(shortest_turn(-170.0, 170.0), -20.0);
        let a = parse_poses(EXAMPLE).expect("parses").remove(0);
        let mut b = a.clone();
        b.pelvis.angle = 350.0;
        let half = blend(&a, &b, 0.5);
        assert!(
            (half.pelvis.angle - -5.0).abs() < 1e-4,
            "{}",
            half.pelvis.angle
        );
    }

    #[test]
    fn a_camera_is_for_the_side_view_and_within_reason() {
        let mut pose = parse_poses(EXAMPLE).expect("parses").remove(0);
        pose.raised = 30.0;
        pose.turned = 45.0;
        assert!(pose.problems().is_empty(), "{:?}", pose.problems());
        // From the far side, as far round.
        pose.turned = 145.0;
        assert!(pose.problems().is_empty(), "{:?}", pose.problems());
        pose.turned = 60.0;
        pose.raised = -5.0;
        let problems = pose.problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        pose.turned = 120.0;
        pose.raised = 0.0;
        assert_eq!(pose.problems().len(), 1, "{:?}", pose.problems());
        pose.turned = 0.0;
        pose.raised = 20.0;
        pose.view = View::Front;
        let problems = pose.problems();
        assert!(problems[0].contains("side view only"), "{problems:?}");
        // Written back only when set.
        let text = ron::to_string(&parse_poses(EXAMPLE).expect("parses").remove(0)).unwrap();
        assert!(
            !text.contains("raised") && !text.contains("turned"),
            "{text}"
        );
    }

    #[test]
    fn problems_names_bad_fields() {
        let mut pose = parse_poses(EXAMPLE).expect("parses").remove(0);
        pose.pelvis.height = -1.0;
        pose.near_leg.knee = f32::NAN;
        let problems = pose.problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("pelvis.height")));
        assert!(problems.iter().any(|p| p.contains("near_leg.knee")));
    }
}
