//! The pictures of the authors' guide (`content/README.md`), drawn by the
//! figure code itself so they can never disagree with it:
//! `limber figures --docs DIR` writes them.
//!
//! * `pelvis.png`: the absolute pelvis angle — standing, sitting, lying on
//!   the back, lying face down;
//! * `joint-<field>.png`: one joint at a few angles, left to right (see
//!   [`JOINTS`] for the values), the joint highlighted;
//! * `part-<name>.png`: each body part a `highlight` can name, on a
//!   standing figure seen from the side and from the front.

use std::path::{Path, PathBuf};

use tiny_skia::Pixmap;

use super::body::{BodyPart, Region};
use super::pose::{Arm, Leg, Pelvis, Pose, Spine, View};
use super::raster::{Palette, RenderError, draw_shapes};
use super::shapes::{Fit, shapes};

/// Height of every guide picture, pixels.
const HEIGHT: u32 = 260;
/// Width of each figure's cell, pixels; wider for the pelvis picture,
/// whose figures lie down.
const CELL: u32 = 220;
const WIDE_CELL: u32 = 330;

/// Standing upright, arms a little forward so they do not hide the trunk.
pub fn standing(view: View) -> Pose {
    let arm = Arm {
        shoulder: if view == View::Front { 20.0 } else { 15.0 },
        elbow: 15.0,
        wrist: 0.0,
        ..Arm::default()
    };
    let leg = Leg {
        hip: if view == View::Front { 6.0 } else { 0.0 },
        ..Leg::default()
    };
    Pose {
        id: "standing".into(),
        view,
        mirrored: false,
        pelvis: Pelvis {
            height: 3.95,
            angle: 90.0,
            x: 0.0,
        },
        spine: Spine::default(),
        neck: 0.0,
        head: 0.0,
        near_arm: arm,
        far_arm: arm,
        near_leg: leg,
        far_leg: leg,
        ..Pose::default()
    }
}

/// The four pelvis positions, left to right: standing (`angle: 90`,
/// height 3.95), sitting on the floor (`90`, height 0.6), lying on the back
/// (`180`, head to the left), lying face down (`0`, head to the right).
pub fn pelvis_examples() -> [Pose; 4] {
    let mut sitting = standing(View::Side);
    sitting.pelvis.height = 0.6;
    for leg in [&mut sitting.near_leg, &mut sitting.far_leg] {
        leg.hip = 90.0;
    }
    for arm in [&mut sitting.near_arm, &mut sitting.far_arm] {
        *arm = Arm {
            shoulder: 60.0,
            elbow: 10.0,
            wrist: 0.0,
            ..Arm::default()
        };
    }
    let mut on_back = standing(View::Side);
    on_back.pelvis = Pelvis {
        height: 0.5,
        angle: 180.0,
        x: 0.0,
    };
    let mut face_down = on_back.clone();
    face_down.pelvis.angle = 0.0;
    for pose in [&mut on_back, &mut face_down] {
        for arm in [&mut pose.near_arm, &mut pose.far_arm] {
            arm.shoulder = 10.0;
            arm.elbow = 0.0;
        }
    }
    // Face down, the feet rest on their toes.
    for leg in [&mut face_down.near_leg, &mut face_down.far_leg] {
        leg.ankle = 60.0;
    }
    [standing(View::Side), sitting, on_back, face_down]
}

/// One joint's picture: the field as written in a pose, the values drawn
/// left to right, and the part highlighted.
pub struct JointPicture {
    pub field: &'static str,
    pub values: &'static [f32],
    pub view: View,
    pub part: BodyPart,
    /// Sets the field (the near side's, for a limb) on a pose.
    set: fn(&mut Pose, f32),
}

/// Every joint of the guide, in the order the README shows them.
pub const JOINTS: [JointPicture; 12] = [
    JointPicture {
        field: "spine.lower",
        values: &[-20.0, 0.0, 40.0],
        view: View::Side,
        part: BodyPart::LowerBack,
        set: |p, v| p.spine.lower = v,
    },
    JointPicture {
        field: "spine.upper",
        values: &[-20.0, 0.0, 40.0],
        view: View::Side,
        part: BodyPart::UpperBack,
        set: |p, v| p.spine.upper = v,
    },
    JointPicture {
        field: "neck",
        values: &[-40.0, 0.0, 40.0],
        view: View::Side,
        part: BodyPart::Neck,
        set: |p, v| p.neck = v,
    },
    JointPicture {
        field: "head",
        values: &[-30.0, 0.0, 30.0],
        view: View::Side,
        part: BodyPart::Neck,
        set: |p, v| p.head = v,
    },
    JointPicture {
        field: "shoulder",
        values: &[-40.0, 0.0, 90.0, 180.0],
        view: View::Side,
        part: BodyPart::Shoulders,
        set: |p, v| p.near_arm.shoulder = v,
    },
    JointPicture {
        field: "elbow",
        values: &[0.0, 45.0, 90.0, 135.0],
        view: View::Side,
        part: BodyPart::Arm,
        set: |p, v| {
            p.near_arm.shoulder = 0.0;
            p.near_arm.elbow = v;
        },
    },
    JointPicture {
        field: "wrist",
        values: &[-60.0, 0.0, 60.0],
        view: View::Side,
        part: BodyPart::Wrist,
        set: |p, v| {
            p.near_arm.shoulder = 90.0;
            p.near_arm.elbow = 0.0;
            p.near_arm.wrist = v;
        },
    },
    JointPicture {
        field: "hip",
        values: &[-20.0, 0.0, 45.0, 90.0],
        view: View::Side,
        part: BodyPart::Hips,
        set: |p, v| p.near_leg.hip = v,
    },
    JointPicture {
        field: "knee",
        values: &[0.0, 45.0, 90.0, 120.0],
        view: View::Side,
        part: BodyPart::Knee,
        set: |p, v| p.near_leg.knee = v,
    },
    JointPicture {
        field: "ankle",
        values: &[-20.0, 0.0, 40.0],
        view: View::Side,
        part: BodyPart::Ankle,
        set: |p, v| {
            p.near_leg.hip = 40.0;
            p.near_leg.knee = 40.0;
            p.near_leg.ankle = v;
        },
    },
    JointPicture {
        field: "front.hip",
        values: &[0.0, 20.0, 45.0],
        view: View::Front,
        part: BodyPart::GroinInnerThigh,
        set: |p, v| p.near_leg.hip = v,
    },
    JointPicture {
        field: "front.shoulder",
        values: &[0.0, 45.0, 90.0, 160.0],
        view: View::Front,
        part: BodyPart::Shoulders,
        set: |p, v| p.near_arm.shoulder = v,
    },
];

impl JointPicture {
    /// The standing pose with this joint at `value`.
    pub fn pose(&self, value: f32) -> Pose {
        let mut pose = standing(self.view);
        (self.set)(&mut pose, value);
        pose
    }

    /// `joint-spine-lower.png`, `joint-front-hip.png`.
    pub fn file_name(&self) -> String {
        format!("joint-{}.png", self.field.replace('.', "-"))
    }
}

/// `part-groin-inner-thigh.png`.
pub fn part_file_name(part: BodyPart) -> String {
    let mut name = String::from("part-");
    for (index, c) in part.name().chars().enumerate() {
        if c.is_ascii_uppercase() && index > 0 {
            name.push('-');
        }
        name.push(c.to_ascii_lowercase());
    }
    name.push_str(".png");
    name
}

/// Figures side by side in equal cells at one common scale (so a figure
/// lying down is as big as one standing), as a PNG.
pub fn strip(
    figures: &[(Pose, Option<Region>)],
    cell: u32,
    palette: &Palette,
) -> Result<Vec<u8>, RenderError> {
    let count = figures.len().max(1) as u32;
    let (width, height) = (cell.saturating_mul(count), HEIGHT);
    if width == 0 || width > super::raster::MAX_SIDE {
        return Err(RenderError::BadSize { width, height });
    }
    let mut pixmap = Pixmap::new(width, height).ok_or(RenderError::BadSize { width, height })?;
    let background = palette.background;
    pixmap.fill(tiny_skia::Color::from_rgba8(
        background.r,
        background.g,
        background.b,
        background.a,
    ));
    let drawn: Vec<_> = figures
        .iter()
        .map(|(pose, highlight)| shapes(pose, *highlight))
        .collect();
    let margin = 14.0;
    let scale = drawn
        .iter()
        .map(|figure| figure.bounds.fit(cell as f32, height as f32, margin).scale)
        .fold(f32::INFINITY, f32::min);
    for (index, figure) in drawn.iter().enumerate() {
        let bounds = figure.bounds;
        let left = (index as u32 * cell) as f32;
        let fit = Fit {
            scale,
            offset_x: left + (cell as f32 - bounds.width() * scale) / 2.0 - bounds.min.x * scale,
            // Every figure stands on the same floor line.
            offset_y: height as f32 - margin - bounds.max.y * scale,
        };
        draw_shapes(&mut pixmap, &figure.shapes, &fit, palette);
    }
    pixmap
        .encode_png()
        .map_err(|error| RenderError::Encode(error.to_string()))
}

/// Every guide picture: file name and PNG bytes.
pub fn pictures() -> Result<Vec<(String, Vec<u8>)>, RenderError> {
    let palette = Palette::LIGHT;
    let mut out = Vec::new();
    let pelvis: Vec<_> = pelvis_examples()
        .into_iter()
        .map(|pose| (pose, Some(Region::Hips)))
        .collect();
    out.push((
        "pelvis.png".to_owned(),
        strip(&pelvis, WIDE_CELL, &palette)?,
    ));
    for joint in &JOINTS {
        let figures: Vec<_> = joint
            .values
            .iter()
            .map(|&value| (joint.pose(value), Some(Region::from(joint.part))))
            .collect();
        out.push((joint.file_name(), strip(&figures, CELL, &palette)?));
    }
    for &part in BodyPart::ALL {
        let figures = [View::Side, View::Front].map(|view| (standing(view), Some(part.into())));
        out.push((part_file_name(part), strip(&figures, CELL, &palette)?));
    }
    Ok(out)
}

/// Writes [`pictures`] into `out_dir` (created if missing); returns the
/// files written.
pub fn write_docs(out_dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    std::fs::create_dir_all(out_dir).map_err(|source| RenderError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for (name, png) in pictures()? {
        let path = out_dir.join(name);
        std::fs::write(&path, png).map_err(|source| RenderError::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_kebab_case() {
        assert_eq!(
            part_file_name(BodyPart::GroinInnerThigh),
            "part-groin-inner-thigh.png"
        );
        assert_eq!(part_file_name(BodyPart::Neck), "part-neck.png");
        assert_eq!(JOINTS[0].file_name(), "joint-spine-lower.png");
    }

    #[test]
    fn the_pelvis_examples_are_what_the_guide_says() {
        use crate::figure::forward_kinematics;
        let [standing, sitting, on_back, face_down] =
            pelvis_examples().map(|p| forward_kinematics(&p));
        // Upright: the head above the pelvis; lying: level with it.
        assert!(standing.head_center.y < standing.pelvis.y - 3.0);
        assert!(sitting.head_center.y < sitting.pelvis.y - 3.0);
        assert!(
            sitting.near.knee.x > sitting.pelvis.x + 1.5,
            "thighs forward"
        );
        // y is down: on the back the head is to the left, face down to the right.
        assert!(on_back.head_center.x < on_back.pelvis.x - 3.0);
        assert!(face_down.head_center.x > face_down.pelvis.x + 3.0);
        assert!((on_back.head_center.y - on_back.pelvis.y).abs() < 0.5);
        // The toes point away from the floor on the back, into it face down.
        assert!(on_back.near.toes.y < on_back.near.ankle.y);
        assert!(face_down.near.toes.y > face_down.near.ankle.y);
    }
}
