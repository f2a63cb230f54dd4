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
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
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

/// One arm, relative angles in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arm {
    pub shoulder: f32,
    pub elbow: f32,
    #[serde(default)]
    pub wrist: f32,
}

/// One leg, relative angles in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leg {
    pub hip: f32,
    pub knee: f32,
    #[serde(default)]
    pub ankle: f32,
    /// How far the thigh turns out of the picture plane (towards or away
    /// from the viewer), degrees; it is drawn `cos(thigh_depth)` as long.
    /// For legs that point partly at the viewer, e.g. knees out in the
    /// butterfly seen from the front.
    #[serde(default)]
    pub thigh_depth: f32,
    /// The same for the shin.
    #[serde(default)]
    pub shin_depth: f32,
}

/// A named pose of the figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pose {
    /// The id steps refer to, e.g. `"prone-press-up"`.
    pub id: String,
    #[serde(default)]
    pub view: View,
    /// Flipped left-right (the left side working). Written poses leave this
    /// out; [`Pose::mirror`] sets it.
    #[serde(default)]
    pub mirrored: bool,
    pub pelvis: Pelvis,
    #[serde(default)]
    pub spine: Spine,
    #[serde(default)]
    pub neck: f32,
    #[serde(default)]
    pub head: f32,
    pub near_arm: Arm,
    pub far_arm: Arm,
    pub near_leg: Leg,
    pub far_leg: Leg,
}

/// Parses one pose file: a RON list of poses.
///
/// The error carries the line and column; the caller adds the file name.
pub fn parse_poses(text: &str) -> Result<Vec<Pose>, ron::error::SpannedError> {
    ron::Options::default().from_str::<Vec<Pose>>(text)
}

/// Largest pelvis height accepted by [`Pose::problems`], head units: a
/// little over standing height, so a typo such as `39.5` is caught.
pub const MAX_PELVIS_HEIGHT: f32 = 6.0;

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

    /// Every angle of the pose with its field name, in a fixed order.
    pub fn named_angles(&self) -> [(&'static str, f32); 21] {
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
        ] {
            if !value.is_finite() {
                problems.push(format!("pose `{}`: {name} is not a finite number", self.id));
            }
        }
        for (name, value) in self.named_angles() {
            if !value.is_finite() {
                problems.push(format!("pose `{}`: {name} is not a finite number", self.id));
            } else if value.abs() > 720.0 {
                problems.push(format!(
                    "pose `{}`: {name} = {value} degrees is more than two full turns",
                    self.id
                ));
            }
        }
        let height = self.pelvis.height;
        if height.is_finite() && !(0.0..=MAX_PELVIS_HEIGHT).contains(&height) {
            problems.push(format!(
                "pose `{}`: pelvis.height = {height} is outside 0 ..= {MAX_PELVIS_HEIGHT} head units",
                self.id
            ));
        }
        if self.id.trim().is_empty() {
            problems.push("a pose has an empty id".to_string());
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
/// round, positions move in a straight line. The id, view and mirroring are
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
    };
    let leg = |x: &Leg, y: &Leg| Leg {
        hip: angle(x.hip, y.hip),
        knee: angle(x.knee, y.knee),
        ankle: angle(x.ankle, y.ankle),
        thigh_depth: angle(x.thigh_depth, y.thigh_depth),
        shin_depth: angle(x.shin_depth, y.shin_depth),
    };
    let nearer = if t < 0.5 { a } else { b };
    Pose {
        id: nearer.id.clone(),
        view: nearer.view,
        mirrored: nearer.mirrored,
        pelvis: Pelvis {
            height: linear(a.pelvis.height, b.pelvis.height),
            angle: angle(a.pelvis.angle, b.pelvis.angle),
            x: linear(a.pelvis.x, b.pelvis.x),
        },
        spine: Spine {
            lower: angle(a.spine.lower, b.spine.lower),
            upper: angle(a.spine.upper, b.spine.upper),
        },
        neck: angle(a.neck, b.neck),
        head: angle(a.head, b.head),
        near_arm: arm(&a.near_arm, &b.near_arm),
        far_arm: arm(&a.far_arm, &b.far_arm),
        near_leg: leg(&a.near_leg, &b.near_leg),
        far_leg: leg(&a.far_leg, &b.far_leg),
    }
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
