//! The drawn human figure: poses as data, forward kinematics, blending,
//! mirroring, shapes with depth for a canvas, and PNG rendering.
//!
//! No GUI types here: the UI maps [`Shape`] to its own paths (see
//! [`shapes`] for the drawing rules).

pub mod body;
pub mod docs;
pub mod icon;
pub mod illustration;
pub mod motion;
pub mod pose;
pub mod raster;
pub mod shapes;
pub mod skeleton;
mod svg;

pub use body::{BodyPart, Region};
pub use docs::write_docs;
pub use icon::{icon_svg, render_icon, write_icons};
pub use illustration::{IllustrationError, RasterImage, load_bytes, load_file, load_image};
pub use motion::Motion;
pub use pose::{Arm, Leg, Pelvis, Pose, Spine, View, blend, parse_poses};
pub use raster::{Palette, RenderError, Rgba, render_all, render_png};
pub use shapes::{Figure, Fit, Rect, Shade, Shape, shapes};
pub use skeleton::{Bone, Joints, Point, forward_kinematics};
