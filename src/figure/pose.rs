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
//! A pose as written shows the person's *left* side nearest to the viewer
//! (`near_arm`, `near_leg`): a side-view figure faces right. The other side of
//! a sided exercise is [`Pose::mirror`], a left-right flip of the picture.

use serde::{Deserialize, Serialize};

/// Which way the figure is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum View {
    /// From the person's left side; the figure faces right.
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
}

/// A named pose of the figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pose {
    /// The id steps refer to, e.g. `"prone-press-up"`.
    pub id: String,
    #[serde(default)]
    pub view: View,
    /// Flipped left-right (the right side working). Written poses leave this
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
    /// so the near limbs are now the person's right ones. Mirroring twice
    /// gives back the pose exactly.
    pub fn mirror(&self) -> Pose {
        Pose {
            mirrored: !self.mirrored,
            ..self.clone()
        }
    }

    /// Every angle of the pose with its field name, in a fixed order.
    pub fn named_angles(&self) -> [(&'static str, f32); 17] {
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
        ]
    }

    /// Values that parse but make no sense (not finite, pelvis below the
    /// floor or absurdly high), as messages naming the pose and field. The
    /// content checker reports these; drawing never fails on them (a
    /// non-finite value is drawn as 0).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (name, value) in [("pelvis.height", self.pelvis.height), ("pelvis.x", self.pelvis.x)] {
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
