//! The drawn human figure: poses as data, forward kinematics, blending,
//! mirroring, shapes with depth for a canvas, and PNG rendering.
//!
//! No GUI types here: the UI maps [`shapes::Shape`] to its own paths.

pub mod pose;

pub use pose::{Arm, Leg, Pelvis, Pose, Spine, View, parse_poses};
