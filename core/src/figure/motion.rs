//! How many distinct pictures a movement needs at a given drawing scale.
//!
//! The player asks for the blended figure on every tick (30 Hz), but a slow
//! movement drawn small moves its joints less than a pixel or two between
//! ticks: drawing every one costs the CPU renderer a full repaint of the
//! figure for nothing a person on the floor can see. [`Motion`] cuts the
//! movement into steps in which no joint moves more than [`STEP_PIXELS`],
//! and [`Motion::snap`] rounds the blend fraction to the nearest step, so
//! between steps the picture (and the canvas cache's key) stays the same
//! and nothing is repainted. Fast or large movements keep one picture per
//! tick; slow or small ones get fewer.

use super::pose::{Pose, blend};
use super::skeleton::{Point, drawn_joints};

/// The most any joint may move between two pictures of a movement, logical
/// pixels: small enough to look continuous, large enough to skip the
/// sub-pixel steps of a slow movement. The player is read from 2–3 m, where
/// 5 px of a 14" laptop (about 1.2 mm) is at the edge of what an eye
/// resolves, and the figure fills a third of the window: smaller steps
/// would only repaint it more often.
pub const STEP_PIXELS: f32 = 5.0;

/// Samples taken along a movement to find its fastest joint.
const SAMPLES: u32 = 48;

/// Never more pictures than this in one movement (a 3 s movement at 30 Hz
/// has 90 ticks; more steps than ticks would change nothing).
pub const MAX_STEPS: u32 = 120;

/// A movement from one pose to another, cut into steps for a drawing scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Motion {
    steps: u32,
}

impl Motion {
    /// The steps for moving `from` → `to` drawn at `scale` pixels per head
    /// unit: enough that no joint moves more than [`STEP_PIXELS`] from one
    /// step to the next (measured at [`SAMPLES`] points along the way), at
    /// least 1 (two identical poses: the start and the end are one picture
    /// apart), at most [`MAX_STEPS`].
    pub fn new(from: &Pose, to: &Pose, scale: f32) -> Motion {
        let fastest = fastest_joint_per_unit(from, to);
        let scale = if scale.is_finite() {
            scale.max(0.0)
        } else {
            0.0
        };
        let steps = (fastest * scale / STEP_PIXELS).ceil();
        let steps = if steps.is_finite() {
            steps.clamp(1.0, MAX_STEPS as f32) as u32
        } else {
            MAX_STEPS
        };
        Motion { steps }
    }

    /// How many steps the movement is cut into.
    pub fn steps(&self) -> u32 {
        self.steps
    }

    /// The step nearest to the blend fraction `t` (0 ..= steps) and the
    /// fraction of that step, which is what to draw: exactly 0 at the start
    /// and exactly 1 at the end.
    pub fn snap(&self, t: f32) -> (u32, f32) {
        let t = if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let index = (t * self.steps as f32).round() as u32;
        let index = index.min(self.steps);
        (index, index as f32 / self.steps as f32)
    }
}

/// The largest distance any joint covers per unit of the blend fraction
/// (head units), from the biggest move between neighbouring samples.
fn fastest_joint_per_unit(from: &Pose, to: &Pose) -> f32 {
    let at = |k: u32| -> Vec<Point> {
        let t = k as f32 / SAMPLES as f32;
        drawn_joints(&blend(from, to, t)).points()
    };
    let mut previous = at(0);
    let mut fastest: f32 = 0.0;
    for k in 1..=SAMPLES {
        let current = at(k);
        for (a, b) in previous.iter().zip(&current) {
            fastest = fastest.max(a.distance(*b));
        }
        previous = current;
    }
    fastest * SAMPLES as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::parse_poses;

    fn poses() -> Vec<Pose> {
        let mut all = Vec::new();
        for text in [
            include_str!("../../../content/poses/knee-to-chest.ron"),
            include_str!("../../../content/poses/press-up.ron"),
            include_str!("../../../content/poses/crunch.ron"),
            include_str!("../../../content/poses/hamstring.ron"),
            include_str!("../../../content/poses/butterfly.ron"),
        ] {
            all.extend(parse_poses(text).expect("shipped poses parse"));
        }
        all
    }

    fn pose(id: &str) -> Pose {
        poses()
            .into_iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no pose {id}"))
    }

    /// The largest move of any joint between two neighbouring steps,
    /// pixels, measured finely (8 points inside every step).
    fn largest_step(from: &Pose, to: &Pose, motion: Motion, scale: f32) -> f32 {
        let fine = motion.steps() * 8;
        let mut largest: f32 = 0.0;
        let picture = |k: u32| {
            let (_, t) = motion.snap(k as f32 / fine as f32);
            drawn_joints(&blend(from, to, t)).points()
        };
        let mut previous = picture(0);
        for k in 1..=fine {
            let current = picture(k);
            for (a, b) in previous.iter().zip(&current) {
                largest = largest.max(a.distance(*b) * scale);
            }
            previous = current;
        }
        largest
    }

    #[test]
    fn no_joint_jumps_more_than_a_step_between_pictures() {
        for (from, to) in [
            ("supine-knees-bent", "knee-to-chest"),
            ("prone-flat", "prone-press-up"),
            ("crunch-start", "crunch-up"),
            ("hamstring-bent-knee", "hamstring-lean"),
            ("butterfly-sit", "butterfly-press"),
        ] {
            let (from, to) = (pose(from), pose(to));
            for scale in [20.0, 60.0, 110.0] {
                let motion = Motion::new(&from, &to, scale);
                let largest = largest_step(&from, &to, motion, scale);
                // The samples can miss a little of the fastest instant; a
                // movement that needs more than MAX_STEPS gets every one.
                let allowed = if motion.steps() < MAX_STEPS {
                    STEP_PIXELS * 1.1
                } else {
                    f32::INFINITY
                };
                assert!(
                    largest <= allowed,
                    "{} → {} at {scale} px/unit: {} steps, a joint jumps {largest:.2} px",
                    from.id,
                    to.id,
                    motion.steps()
                );
            }
        }
    }

    #[test]
    fn drawn_smaller_means_fewer_pictures() {
        let (from, to) = (pose("supine-knees-bent"), pose("knee-to-chest"));
        let small = Motion::new(&from, &to, 20.0).steps();
        let large = Motion::new(&from, &to, 80.0).steps();
        assert!(small < large, "{small} steps small, {large} large");
        // A tile-sized figure of knee to chest: well under one picture per
        // tick of a 3 s movement at 30 Hz.
        assert!(small < 45, "{small}");
        let still = Motion::new(&from, &from, 80.0);
        assert_eq!(still.steps(), 1, "a pose moving to itself");
    }

    #[test]
    fn snapping_keeps_the_ends_exact_and_is_steady_between_steps() {
        let motion = Motion { steps: 10 };
        assert_eq!(motion.snap(0.0), (0, 0.0));
        assert_eq!(motion.snap(1.0), (10, 1.0));
        assert_eq!(motion.snap(0.52), (5, 0.5));
        assert_eq!(motion.snap(0.48), (5, 0.5));
        assert_eq!(motion.snap(f32::NAN), (0, 0.0));
        assert_eq!(motion.snap(7.0), (10, 1.0));
        let odd = Motion::new(&pose("crunch-start"), &pose("crunch-start"), f32::NAN);
        assert_eq!(odd.steps(), 1);
    }
}
