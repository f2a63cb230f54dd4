//! Anatomy as data: what a pose says about the body beyond its angles —
//! what rests on the floor, where the hands and feet go — and the joint
//! ranges every pose is held to.
//!
//! A physiotherapist reads a picture by these things before any angle: the
//! head and shoulders on the mat, both hands round the shin, the sole
//! against the other thigh. So a pose may declare them
//! ([`Pose::contacts`](super::Pose), [`HandPlace`], [`FootPlace`]); the
//! solver ([`super::solve`]) places a hand or foot whose limb angles are
//! left out, and [`super::check`] reports every declaration the drawn
//! figure does not meet, every part below the floor and every joint
//! outside the ranges below.
//!
//! Sides here are the person's own (`Left`, `Right`), as a physiotherapist
//! writes them. A pose is written for the right side working; seen from the
//! side the right limbs are the near ones, seen from the front the far ones
//! (see [`super::pose`]).

use serde::{Deserialize, Serialize};

use super::pose::View;

/// One side of the person's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BodySide {
    Left,
    Right,
}

impl BodySide {
    pub fn other(self) -> BodySide {
        match self {
            BodySide::Left => BodySide::Right,
            BodySide::Right => BodySide::Left,
        }
    }

    /// `left`, `right`.
    pub fn word(self) -> &'static str {
        match self {
            BodySide::Left => "left",
            BodySide::Right => "right",
        }
    }
}

/// Which of the figure's two drawn limbs: the one nearer the viewer or the
/// one behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimbSide {
    Near,
    Far,
}

impl LimbSide {
    /// The person's side drawn as this limb, in a pose as written (not
    /// mirrored): from the side the near limbs are the right ones, from the
    /// front the left ones.
    pub fn body_side(self, view: View) -> BodySide {
        match (view, self) {
            (View::Side, LimbSide::Near) | (View::Front, LimbSide::Far) => BodySide::Right,
            (View::Side, LimbSide::Far) | (View::Front, LimbSide::Near) => BodySide::Left,
        }
    }

    /// The drawn limb of a side of the body, in a pose as written.
    pub fn of(side: BodySide, view: View) -> LimbSide {
        if LimbSide::Near.body_side(view) == side {
            LimbSide::Near
        } else {
            LimbSide::Far
        }
    }

    /// `near`, `far`: the start of the pose's field names.
    pub fn word(self) -> &'static str {
        match self {
            LimbSide::Near => "near",
            LimbSide::Far => "far",
        }
    }
}

/// A part of the body that rests on the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Contact {
    /// The back of the head (on the back) or the forehead (face down).
    Head,
    /// The shoulder blades (on the back) or the front of the shoulders.
    Shoulders,
    /// The chest, lying face down.
    Chest,
    /// The small of the back (on the back) or the belly (face down).
    LowerBack,
    /// The pelvis: the buttocks sitting, the sacrum on the back, the front
    /// of the hips face down.
    Pelvis,
    LeftForearm,
    RightForearm,
    LeftHand,
    RightHand,
    /// The leg lying along the floor: the thigh and the knee (the foot's
    /// placement says whether the heel or the toes are down too).
    LeftLeg,
    RightLeg,
    LeftKnee,
    RightKnee,
    /// The sole: heel and toes.
    LeftFoot,
    RightFoot,
    LeftHeel,
    RightHeel,
    LeftToes,
    RightToes,
}

impl Contact {
    /// The side of a limb contact, `None` for the trunk and head.
    pub fn side(self) -> Option<BodySide> {
        use Contact::*;
        match self {
            Head | Shoulders | Chest | LowerBack | Pelvis => None,
            LeftForearm | LeftHand | LeftLeg | LeftKnee | LeftFoot | LeftHeel | LeftToes => {
                Some(BodySide::Left)
            }
            RightForearm | RightHand | RightLeg | RightKnee | RightFoot | RightHeel | RightToes => {
                Some(BodySide::Right)
            }
        }
    }

    /// The whole leg lying along the floor (`LeftLeg`, `RightLeg`).
    pub fn is_leg(self) -> bool {
        matches!(self, Contact::LeftLeg | Contact::RightLeg)
    }

    /// The part's key in the catalogue's `figure-part` ("head",
    /// "left-forearm"), which says it as a person does.
    pub fn part_key(self) -> String {
        use Contact::*;
        let part = match self {
            Head => "head",
            Shoulders => "shoulders",
            Chest => "chest",
            LowerBack => "lower-back",
            Pelvis => "pelvis",
            LeftForearm | RightForearm => "forearm",
            LeftHand | RightHand => "hand",
            LeftLeg | RightLeg => "leg",
            LeftKnee | RightKnee => "knee",
            LeftFoot | RightFoot => "foot",
            LeftHeel | RightHeel => "heel",
            LeftToes | RightToes => "toes",
        };
        match self.side() {
            Some(side) => format!("{}-{part}", side.word()),
            None => part.to_owned(),
        }
    }
}

/// Where a hand goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HandPlace {
    /// The palm on the knee of that leg.
    OnKnee(BodySide),
    /// Round the shin of that leg, just below the knee.
    OnShin(BodySide),
    /// Behind the thigh of that leg, near the knee.
    BehindThigh(BodySide),
    /// On the ankle of that leg.
    OnAnkle(BodySide),
    /// Reaching along that leg towards its foot: the hand rests on the leg
    /// between the knee and the toes.
    AlongLeg(BodySide),
    /// The arms crossed over the chest, the hand on the front of the
    /// chest near the other shoulder.
    OnChest,
    /// Flat on the floor beside the hip (arms by the sides, lying or
    /// sitting).
    BesideHip,
    /// Lying face down: the forearm flat on the floor, pointing ahead, the
    /// elbow under the shoulder.
    UnderShoulder,
    /// Lying face down: the forearm flat on the floor, pointing ahead, the
    /// elbow where the upper arm reaches the floor (ahead of the shoulder
    /// when the chest is low).
    ForearmFlat,
}

impl HandPlace {
    /// The leg this place is on, if any.
    pub fn leg(self) -> Option<BodySide> {
        match self {
            HandPlace::OnKnee(side)
            | HandPlace::OnShin(side)
            | HandPlace::BehindThigh(side)
            | HandPlace::OnAnkle(side)
            | HandPlace::AlongLeg(side) => Some(side),
            HandPlace::OnChest
            | HandPlace::BesideHip
            | HandPlace::UnderShoulder
            | HandPlace::ForearmFlat => None,
        }
    }

    /// Placements solved the same way, so a movement between them keeps
    /// the limb placed all along (see [`crate::figure::blend`]): a forearm
    /// on the floor stays on it whether the elbow must end under the
    /// shoulder or not.
    pub fn moves_like(self, other: HandPlace) -> bool {
        use HandPlace::{ForearmFlat, UnderShoulder};
        self == other
            || matches!(
                (self, other),
                (UnderShoulder | ForearmFlat, UnderShoulder | ForearmFlat)
            )
    }
}

/// Where a foot goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FootPlace {
    /// The sole flat on the floor, heel and toes down.
    Flat,
    /// Resting on the heel, toes up (a straight leg on the floor).
    Heel,
    /// Lying face down: the toes tucked into the floor, the heel up.
    Toes,
    /// The sole against the inner thigh of that (the other) leg.
    AgainstThigh(BodySide),
    /// The soles of both feet together.
    Together,
}

impl FootPlace {
    /// As [`HandPlace::moves_like`].
    pub fn moves_like(self, other: FootPlace) -> bool {
        self == other
    }
}

/// A joint's accepted range, degrees, in the pose's own convention
/// (positive is flexion; see [`super::pose`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JointRange {
    /// The joint as a person says it: "knee".
    pub joint: &'static str,
    /// Most extension (negative) or, for a sideways lean, most to the
    /// far side.
    pub min: f32,
    /// Most flexion.
    pub max: f32,
}

impl JointRange {
    pub fn contains(&self, degrees: f32) -> bool {
        (self.min - RANGE_SLACK..=self.max + RANGE_SLACK).contains(&degrees)
    }
}

/// Rounding allowed at either end of a range, degrees: a pose tuned by eye
/// to 150.4 is not wrong.
pub const RANGE_SLACK: f32 = 0.5;

/// The ranges of the side view, where the picture is the plane the joints
/// bend in. Documented, with their sources, in `content/README.md`
/// ("Joint ranges").
pub mod ranges {
    use super::JointRange;

    pub const SHOULDER: JointRange = JointRange {
        joint: "shoulder",
        min: -60.0,
        max: 180.0,
    };
    pub const ELBOW: JointRange = JointRange {
        joint: "elbow",
        min: -10.0,
        max: 150.0,
    };
    pub const WRIST: JointRange = JointRange {
        joint: "wrist",
        min: -70.0,
        max: 80.0,
    };
    pub const HIP: JointRange = JointRange {
        joint: "hip",
        min: -20.0,
        max: 130.0,
    };
    pub const KNEE: JointRange = JointRange {
        joint: "knee",
        min: -10.0,
        max: 150.0,
    };
    pub const ANKLE: JointRange = JointRange {
        joint: "ankle",
        min: -20.0,
        max: 50.0,
    };
    /// The trunk (`spine.lower` + `spine.upper`), bending forward and back.
    pub const TRUNK: JointRange = JointRange {
        joint: "trunk",
        min: -30.0,
        max: 80.0,
    };
    /// The neck (`neck` + `head`), bending forward and back.
    pub const NECK: JointRange = JointRange {
        joint: "neck",
        min: -45.0,
        max: 45.0,
    };
    /// The front view: the trunk leaning to either side.
    pub const TRUNK_SIDEWAYS: JointRange = JointRange {
        joint: "trunk",
        min: -35.0,
        max: 35.0,
    };
    /// The front view: the neck leaning to either side.
    pub const NECK_SIDEWAYS: JointRange = JointRange {
        joint: "neck",
        min: -45.0,
        max: 45.0,
    };
    /// The front view: the arm raised out to the side (abduction) or
    /// across the body.
    pub const SHOULDER_SIDEWAYS: JointRange = JointRange {
        joint: "shoulder",
        min: -45.0,
        max: 180.0,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_near_limbs_are_the_right_ones_from_the_side_and_the_left_from_the_front() {
        assert_eq!(LimbSide::Near.body_side(View::Side), BodySide::Right);
        assert_eq!(LimbSide::Far.body_side(View::Side), BodySide::Left);
        assert_eq!(LimbSide::Near.body_side(View::Front), BodySide::Left);
        for view in [View::Side, View::Front] {
            for side in [BodySide::Left, BodySide::Right] {
                assert_eq!(LimbSide::of(side, view).body_side(view), side);
            }
        }
    }

    #[test]
    fn ranges_allow_a_little_rounding_and_no_more() {
        assert!(ranges::KNEE.contains(150.4));
        assert!(!ranges::KNEE.contains(151.0));
        assert!(ranges::KNEE.contains(-10.0));
        assert!(!ranges::KNEE.contains(-12.0));
    }
}
