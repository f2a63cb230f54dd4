//! The drawn human figure: poses as data, forward kinematics, blending,
//! mirroring, shapes with depth for a canvas, and PNG rendering.
//!
//! No GUI types here: the UI maps [`Shape`] to its own paths (see
//! [`shapes`] for the drawing rules).

pub mod anatomy;
pub mod body;
pub mod check;
pub mod docs;
pub mod icon;
pub mod illustration;
pub mod motion;
pub mod pose;
pub mod raster;
pub mod shapes;
pub mod skeleton;
pub mod solve;
mod svg;

pub use anatomy::{BodySide, Contact, FootPlace, HandPlace, LimbSide};
pub use body::{BodyPart, Region};
pub use check::{Finding, blend_findings, pose_findings};
pub use docs::write_docs;
pub use icon::{icon_svg, render_icon, write_icons};
pub use illustration::{IllustrationError, RasterImage, load_bytes, load_file, load_image};
pub use motion::Motion;
pub use pose::{Arm, Leg, Pelvis, Pose, Solved, SolvedBy, Spine, View, blend, parse_poses};
pub use raster::{Palette, RenderError, Rgba, render_all, render_figure_png, render_png};
pub use shapes::{Figure, Fit, Rect, Shade, Shape, movement, movement_at, shapes};
pub use skeleton::{Bone, Joints, Point, forward_kinematics};
