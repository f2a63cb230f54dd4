//! Poses written by where the hands and feet go: the limb angles a pose
//! leaves out are worked out from its placements.
//!
//! A physiotherapist writes "both hands round the right shin, the left
//! foot flat" ([`HandPlace`], [`FootPlace`]) and the angles of the trunk
//! and of the limbs that matter (the right hip and knee drawn to the
//! chest); [`solve`] finds the rest:
//!
//! * an arm or leg with neither of its two main angles written is placed
//!   by two-bone inverse kinematics: the shoulder (hip) and elbow (knee)
//!   that put the wrist (ankle) on the target, bending the way the joint
//!   bends (positive elbow and knee flexion);
//! * with one of them written, the other is the one that brings the wrist
//!   or ankle nearest the target (a search over the joint's range), which
//!   is how a flat foot or a toe on the floor is placed: the knee is
//!   written, the hip follows;
//! * a hand or foot angle left out is set by the placement (a foot flat, a
//!   hand along the shin it holds).
//!
//! Solving never fails: a target out of reach leaves the limb pointing at
//! it, and [`super::check`] reports the placement as not met, with how far
//! it is. Angles that are written are never changed.
//!
//! Everything here works on the pose as written (not mirrored) in y-up
//! coordinates, the convention of [`super::pose`].

use super::anatomy::{BodySide, FootPlace, HandPlace, JointRange, LimbSide, ranges};
use super::pose::{Arm, Leg, Pose, Solved, SolvedBy, View, WrittenArm, WrittenLeg, WrittenPose};
use super::skeleton::{
    Bone, FOREARM, HEEL_BACK, HEEL_DROP, Joints, Point, SHIN, THIGH, UPPER_ARM, foreshortened,
    forward_kinematics,
};

/// The pose a written pose describes, every angle solved.
pub(crate) fn solve(written: &WrittenPose) -> Pose {
    let arm = |w: &WrittenArm| Arm {
        shoulder: w.shoulder.unwrap_or(0.0),
        elbow: w.elbow.unwrap_or(0.0),
        wrist: w.wrist.unwrap_or(0.0),
        upper_arm_depth: w.upper_arm_depth,
        forearm_depth: w.forearm_depth,
    };
    let leg = |w: &WrittenLeg| Leg {
        hip: w.hip.unwrap_or(0.0),
        knee: w.knee.unwrap_or(0.0),
        ankle: w.ankle.unwrap_or(0.0),
        thigh_depth: w.thigh_depth,
        shin_depth: w.shin_depth,
    };
    let mut pose = Pose {
        id: written.id.clone(),
        view: written.view,
        mirrored: false,
        pelvis: written.pelvis,
        raised: written.raised,
        turned: written.turned,
        spine: written.spine,
        shoulder_blades: written.shoulder_blades,
        neck: written.neck,
        head: written.head,
        near_arm: arm(&written.near_arm),
        far_arm: arm(&written.far_arm),
        near_leg: leg(&written.near_leg),
        far_leg: leg(&written.far_leg),
        contacts: written.contacts.clone(),
        hands: written.hands,
        left_hand: written.left_hand,
        right_hand: written.right_hand,
        feet: written.feet,
        left_foot: written.left_foot,
        right_foot: written.right_foot,
        solved: Vec::new(),
    };
    let mut solved = Vec::new();
    // A foot against the other thigh needs that leg placed first.
    let mut legs = [LimbSide::Near, LimbSide::Far];
    legs.sort_by_key(|&limb| {
        matches!(
            pose.foot(limb.body_side(pose.view)),
            Some((FootPlace::AgainstThigh(_), _))
        )
    });
    for limb in legs {
        let written_leg = match limb {
            LimbSide::Near => written.near_leg,
            LimbSide::Far => written.far_leg,
        };
        solve_leg(&mut pose, limb, &written_leg, &mut solved);
    }
    // Hands go on the legs, so the arms come last.
    for limb in [LimbSide::Near, LimbSide::Far] {
        let written_arm = match limb {
            LimbSide::Near => written.near_arm,
            LimbSide::Far => written.far_arm,
        };
        solve_arm(&mut pose, limb, &written_arm, &mut solved);
    }
    pose.mirrored = written.mirrored;
    pose.solved = solved;
    pose
}

/// `mixed`, the two poses' angles blended, with every limb that both `a`
/// and `b` place alike solved again for where its hand or foot goes (see
/// [`super::blend`]); its other angles are kept as blended.
pub(crate) fn keep_placed(a: &Pose, b: &Pose, mixed: Pose) -> Pose {
    if a.view != b.view || a.mirrored != b.mirrored {
        return mixed;
    }
    let view = mixed.view;
    // A field both poses solved from placements that move alike.
    let placed = |field: &str, limb: LimbSide, arm: bool| -> bool {
        let side = limb.body_side(view);
        let alike = if arm {
            matches!((a.hand(side), b.hand(side)), (Some((p, _)), Some((q, _))) if p.moves_like(q))
        } else {
            matches!((a.foot(side), b.foot(side)), (Some((p, _)), Some((q, _))) if p.moves_like(q))
        };
        alike
            && matches!(a.solved(field), Some(SolvedBy::Placement(_)))
            && matches!(b.solved(field), Some(SolvedBy::Placement(_)))
    };
    let any = [LimbSide::Near, LimbSide::Far].iter().any(|&limb| {
        ["shoulder", "elbow", "wrist"]
            .iter()
            .any(|joint| placed(field(limb, joint), limb, true))
            || ["hip", "knee", "ankle"]
                .iter()
                .any(|joint| placed(field(limb, joint), limb, false))
    });
    if !any {
        return mixed;
    }
    let arm = |limb: LimbSide| {
        let value = mixed.arm(limb);
        let keep = |joint: &str, v: f32| (!placed(field(limb, joint), limb, true)).then_some(v);
        WrittenArm {
            shoulder: keep("shoulder", value.shoulder),
            elbow: keep("elbow", value.elbow),
            wrist: keep("wrist", value.wrist),
            upper_arm_depth: value.upper_arm_depth,
            forearm_depth: value.forearm_depth,
        }
    };
    let leg = |limb: LimbSide| {
        let value = mixed.leg(limb);
        let keep = |joint: &str, v: f32| (!placed(field(limb, joint), limb, false)).then_some(v);
        WrittenLeg {
            hip: keep("hip", value.hip),
            knee: keep("knee", value.knee),
            ankle: keep("ankle", value.ankle),
            thigh_depth: value.thigh_depth,
            shin_depth: value.shin_depth,
        }
    };
    let written = WrittenPose {
        id: mixed.id.clone(),
        view,
        mirrored: mixed.mirrored,
        pelvis: mixed.pelvis,
        raised: mixed.raised,
        turned: mixed.turned,
        spine: mixed.spine,
        shoulder_blades: mixed.shoulder_blades,
        neck: mixed.neck,
        head: mixed.head,
        near_arm: arm(LimbSide::Near),
        far_arm: arm(LimbSide::Far),
        near_leg: leg(LimbSide::Near),
        far_leg: leg(LimbSide::Far),
        contacts: mixed.contacts.clone(),
        hands: mixed.hands,
        left_hand: mixed.left_hand,
        right_hand: mixed.right_hand,
        feet: mixed.feet,
        left_foot: mixed.left_foot,
        right_foot: mixed.right_foot,
    };
    let mut moved = solve(&written);
    moved.solved = mixed.solved;
    moved
}

/// `near_arm.shoulder` and the like, for messages and for finding the
/// field in the file.
pub fn field(limb: LimbSide, joint: &str) -> &'static str {
    match (limb, joint) {
        (LimbSide::Near, "shoulder") => "near_arm.shoulder",
        (LimbSide::Near, "elbow") => "near_arm.elbow",
        (LimbSide::Near, "wrist") => "near_arm.wrist",
        (LimbSide::Near, "hip") => "near_leg.hip",
        (LimbSide::Near, "knee") => "near_leg.knee",
        (LimbSide::Near, "ankle") => "near_leg.ankle",
        (LimbSide::Far, "shoulder") => "far_arm.shoulder",
        (LimbSide::Far, "elbow") => "far_arm.elbow",
        (LimbSide::Far, "wrist") => "far_arm.wrist",
        (LimbSide::Far, "hip") => "far_leg.hip",
        (LimbSide::Far, "knee") => "far_leg.knee",
        (LimbSide::Far, "ankle") => "far_leg.ankle",
        (LimbSide::Near, _) => "near",
        (LimbSide::Far, _) => "far",
    }
}

/// y-up working point.
type Xy = (f32, f32);

fn up(point: Point) -> Xy {
    (point.x, -point.y)
}

fn dir(degrees: f32) -> Xy {
    let radians = degrees.to_radians();
    (radians.cos(), radians.sin())
}

fn add(a: Xy, b: Xy, scale: f32) -> Xy {
    (a.0 + b.0 * scale, a.1 + b.1 * scale)
}

fn angle_of(from: Xy, to: Xy) -> f32 {
    (to.1 - from.1).atan2(to.0 - from.0).to_degrees()
}

fn distance(a: Xy, b: Xy) -> f32 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// An angle in (-180, 180].
pub(crate) fn wrap(degrees: f32) -> f32 {
    let turned = degrees.rem_euclid(360.0);
    if turned > 180.0 {
        turned - 360.0
    } else {
        turned
    }
}

/// `+1` where positive angles turn counter-clockwise for this limb in the
/// picture (every side-view limb and the near front limbs), `-1` for the
/// far limbs seen from the front (see `forward_kinematics`).
fn limb_sign(view: View, limb: LimbSide) -> f32 {
    match (view, limb) {
        (View::Front, LimbSide::Far) => -1.0,
        _ => 1.0,
    }
}

/// A two-segment chain hanging from a root joint, as forward kinematics
/// builds it: the first segment at `base + sign·root`, the second turned
/// by `mid` from it (`bend` is +1 for the elbow, -1 for the knee, which
/// bends the other way).
#[derive(Debug, Clone, Copy)]
struct Chain {
    root: Xy,
    base: f32,
    sign: f32,
    bend: f32,
    first: f32,
    second: f32,
    /// The limb turns out of the picture: its joint may show bent either
    /// way in the picture (its true bend is in space), and goes to the side
    /// away from `away` (the trunk), as an elbow out to the side does.
    away: Option<Xy>,
}

impl Chain {
    fn directions(&self, root: f32, mid: f32) -> (f32, f32) {
        let first = self.base + self.sign * root;
        (first, first + self.bend * self.sign * mid)
    }

    fn end(&self, root: f32, mid: f32) -> Xy {
        let (first, second) = self.directions(root, mid);
        add(
            add(self.root, dir(first), self.first),
            dir(second),
            self.second,
        )
    }

    /// The root and mid angles that put the end on `target` (or as near as
    /// the segments reach), the mid joint bent its own way (positive).
    fn reach(&self, target: Xy) -> (f32, f32) {
        let span = distance(self.root, target);
        let longest = self.first + self.second - 1e-4;
        let shortest = (self.first - self.second).abs() + 1e-4;
        let d = span.clamp(shortest, longest.max(shortest));
        let towards = if span > 1e-6 {
            angle_of(self.root, target)
        } else {
            self.base
        };
        let cos_root = ((self.first * self.first + d * d - self.second * self.second)
            / (2.0 * self.first * d))
            .clamp(-1.0, 1.0);
        let opening = cos_root.acos().to_degrees();
        let reached = add(self.root, dir(towards), d);
        let solutions = [opening, -opening].map(|turn| {
            let first = towards + turn;
            let middle = add(self.root, dir(first), self.first);
            let second = angle_of(middle, reached);
            let root = wrap(self.sign * (first - self.base));
            let mid = wrap(self.bend * self.sign * (second - first));
            (root, mid, middle)
        });
        // A joint through the floor is never the one meant.
        let above = |solution: &(f32, f32, Xy)| solution.2.1 > 0.0;
        let chosen = match self.away {
            Some(_) if above(&solutions[0]) != above(&solutions[1]) => {
                if above(&solutions[0]) {
                    solutions[0]
                } else {
                    solutions[1]
                }
            }
            Some(away) => {
                if distance(solutions[0].2, away) >= distance(solutions[1].2, away) {
                    solutions[0]
                } else {
                    solutions[1]
                }
            }
            None if solutions[0].1 >= -1e-3 => solutions[0],
            None => solutions[1],
        };
        let mid = if self.away.is_none() && chosen.1 > -1e-3 {
            chosen.1.max(0.0)
        } else {
            chosen.1
        };
        (chosen.0, mid)
    }
}

/// The value in `domain` (degrees, searched every half degree then to a
/// hundredth) where `cost` is least.
fn least(domain: (f32, f32), cost: impl Fn(f32) -> f32) -> f32 {
    let (low, high) = domain;
    let steps = (((high - low) / 0.5).ceil() as usize).max(1);
    let mut best = (low, f32::INFINITY);
    for k in 0..=steps {
        let value = low + (high - low) * k as f32 / steps as f32;
        let c = cost(value);
        if c < best.1 {
            best = (value, c);
        }
    }
    // Refine round the best sample by golden-section search.
    let (mut a, mut b) = ((best.0 - 0.5).max(low), (best.0 + 0.5).min(high));
    const GOLDEN: f32 = 0.618_034;
    for _ in 0..24 {
        let c = b - GOLDEN * (b - a);
        let d = a + GOLDEN * (b - a);
        if cost(c) < cost(d) {
            b = d;
        } else {
            a = c;
        }
    }
    let refined = (a + b) / 2.0;
    if cost(refined) <= best.1 {
        refined
    } else {
        best.0
    }
}

/// The range a solved angle is searched in: the joint's own in the side
/// view (so a placement never solves to a joint no body has when a good
/// one exists), any angle seen from the front.
fn domain(view: View, range: JointRange) -> (f32, f32) {
    match view {
        View::Side => (range.min, range.max),
        View::Front => (-180.0, 180.0),
    }
}

/// Which of the two main angles of a limb the pose wrote.
#[derive(Debug, Clone, Copy)]
struct Written {
    root: Option<f32>,
    mid: Option<f32>,
}

/// What a placement asks of a limb's end joint (wrist or ankle).
enum Target {
    /// Put it here.
    Point(Xy),
    /// Put the foot on the floor, anywhere along it: the cost of a root
    /// and mid angle is how far the foot is from resting as placed (0 when
    /// it does). The other angle must be written.
    Floor,
}

/// Solves the root and mid angles of `chain` for `target`, keeping the
/// written ones. `None` when the target cannot decide them (a height alone
/// with both angles left out).
fn solve_chain(
    chain: &Chain,
    written: Written,
    target: &Target,
    domains: ((f32, f32), (f32, f32)),
    floor_cost: &dyn Fn(f32, f32) -> f32,
) -> Option<(f32, f32)> {
    match (written.root, written.mid, target) {
        (Some(root), Some(mid), _) => Some((root, mid)),
        (None, None, Target::Point(point)) => Some(chain.reach(*point)),
        (None, None, Target::Floor) => None,
        (Some(root), None, target) => {
            let mid = least(domains.1, |mid| miss(chain, root, mid, target, floor_cost));
            Some((root, mid))
        }
        (None, Some(mid), target) => {
            let root = least(domains.0, |root| miss(chain, root, mid, target, floor_cost));
            Some((root, mid))
        }
    }
}

fn miss(
    chain: &Chain,
    root: f32,
    mid: f32,
    target: &Target,
    floor_cost: &dyn Fn(f32, f32) -> f32,
) -> f32 {
    match target {
        Target::Point(point) => distance(chain.end(root, mid), *point),
        Target::Floor => floor_cost(root, mid),
    }
}

/// The chain of a leg of the pose as it stands.
fn leg_chain(pose: &Pose, limb: LimbSide, joints: &Joints) -> Chain {
    let leg = pose.leg(limb);
    let turned = leg.thigh_depth != 0.0 || leg.shin_depth != 0.0;
    Chain {
        root: up(joints.limbs(limb).hip),
        base: pose.pelvis.angle + 180.0,
        sign: limb_sign(pose.view, limb),
        bend: -1.0,
        first: foreshortened(THIGH, leg.thigh_depth),
        second: foreshortened(SHIN, leg.shin_depth),
        // Facing the viewer a knee may show bent either way: out, away
        // from the body, is how it reads.
        away: (turned || pose.view == View::Front).then(|| up(joints.pelvis)),
    }
}

fn arm_chain(pose: &Pose, limb: LimbSide, joints: &Joints) -> Chain {
    let upper = pose.pelvis.angle - pose.spine.lower - pose.spine.upper;
    let arm = pose.arm(limb);
    let turned = arm.upper_arm_depth != 0.0 || arm.forearm_depth != 0.0;
    Chain {
        root: up(joints.limbs(limb).shoulder),
        base: upper + 180.0,
        sign: limb_sign(pose.view, limb),
        bend: 1.0,
        first: foreshortened(UPPER_ARM, arm.upper_arm_depth),
        second: foreshortened(FOREARM, arm.forearm_depth),
        away: (turned || pose.view == View::Front).then(|| up(joints.pelvis)),
    }
}

/// Radius of the drawn foot (heel to toes).
fn foot_radius() -> f32 {
    Bone::NearFoot.radius(View::Side)
}

/// The foot's direction (y-up degrees) for an ankle angle, and back.
fn foot_direction(shin: f32, sign: f32, ankle: f32) -> f32 {
    shin + sign * (90.0 - ankle)
}

fn ankle_for(shin: f32, sign: f32, foot: f32) -> f32 {
    90.0 - sign * wrap(foot - shin)
}

/// Heel and toes for a foot at `ankle` pointing `foot` (y-up), as
/// `forward_kinematics` draws them.
fn heel_and_toes(ankle: Xy, foot: f32, sign: f32, view: View) -> (Xy, Xy) {
    let toes = add(ankle, dir(foot), Bone::NearFoot.length(view));
    let heel = add(
        add(ankle, dir(foot - sign * 90.0), HEEL_DROP),
        dir(foot),
        -HEEL_BACK,
    );
    (heel, toes)
}

/// How far down the shin the hands reach along a leg, from the knee (0)
/// to the ankle (1).
const ALONG_LEG_FARTHEST: f32 = 0.7;

/// How far a hand on the chest (`OnChest`) turns off the chest's line,
/// degrees.
const HAND_OFF_CHEST: f32 = 30.0;

/// How far each ankle is from the middle with the soles together, head
/// units (the feet, drawn this wide, then touch).
const TOGETHER_HALF_GAP: f32 = 0.38;

/// The direction a foot points with the soles together seen from the
/// front: down, each on its own side of the middle (the outer edges on
/// the floor, the soles facing each other), so the feet meet sole to sole
/// and never cross.
fn together_foot(sign: f32) -> f32 {
    if sign > 0.0 { -130.0 } else { -50.0 }
}

/// The direction a flat foot points: heel and toes level, the toes on the
/// side the foot points to at `ankle: 0`.
fn flat_foot(shin: f32, sign: f32, view: View) -> f32 {
    let length = Bone::NearFoot.length(view) + HEEL_BACK;
    let tilt = (-sign * HEEL_DROP / length).atan().to_degrees();
    // The sole faces down only one way round for each sign.
    let _ = shin;
    if sign > 0.0 { tilt } else { tilt + 180.0 }
}

fn solve_leg(pose: &mut Pose, limb: LimbSide, written: &WrittenLeg, solved: &mut Vec<Solved>) {
    let side = limb.body_side(pose.view);
    let placed = pose.foot(side);
    let missing_main = written.hip.is_none() || written.knee.is_none();
    let Some((place, from)) = placed else {
        if missing_main {
            for (joint, value) in [("hip", written.hip), ("knee", written.knee)] {
                if value.is_none() {
                    solved.push(Solved {
                        field: field(limb, joint),
                        by: SolvedBy::Nothing,
                    });
                }
            }
        }
        return;
    };
    let joints = forward_kinematics(pose);
    let chain = leg_chain(pose, limb, &joints);
    let view = pose.view;
    let sign = chain.sign;
    let floor = foot_radius();
    let written_main = Written {
        root: written.hip,
        mid: written.knee,
    };
    // A leg turned out of the picture bends in space: any angle in the
    // picture may be the right one (the checker measures the true bend).
    let domains = if chain.away.is_some() {
        ((-180.0, 180.0), (-180.0, 180.0))
    } else {
        (domain(view, ranges::HIP), domain(view, ranges::KNEE))
    };
    // The ankle angle each placement gives the foot when it is left out.
    let ankle_rule = |shin: f32, ankle: Xy, pose: &Pose| -> f32 {
        let chosen = match place {
            FootPlace::Flat => ankle_for(shin, sign, flat_foot(shin, sign, view)),
            FootPlace::Heel | FootPlace::Toes => 0.0,
            // Seen from the front, soles together: the feet rest on their
            // outer edges and point down and out.
            FootPlace::Together => ankle_for(shin, sign, together_foot(sign)),
            FootPlace::AgainstThigh(other) => {
                let other = pose_joints_leg(pose, LimbSide::of(other, view));
                let along = angle_of(other.0, other.1);
                let _ = ankle;
                ankle_for(shin, sign, along)
            }
        };
        match view {
            View::Side => chosen.clamp(ranges::ANKLE.min, ranges::ANKLE.max),
            View::Front => chosen,
        }
    };
    let ankle_of = |root: f32, mid: f32| -> (Xy, f32) {
        let (_, shin) = chain.directions(root, mid);
        (chain.end(root, mid), shin)
    };
    let written_ankle = written.ankle;
    let snapshot = pose.clone();
    // How far the foot is from resting as placed (heights of its centre
    // lines, so a point resting on the floor is at `floor`).
    let floor_cost = |root: f32, mid: f32| -> f32 {
        let (ankle, shin) = ankle_of(root, mid);
        let angle = written_ankle.unwrap_or_else(|| ankle_rule(shin, ankle, &snapshot));
        let (heel, toes) = heel_and_toes(ankle, foot_direction(shin, sign, angle), sign, view);
        match place {
            FootPlace::Flat => (heel.1 - floor).abs() + (toes.1 - floor).abs(),
            FootPlace::Toes => (toes.1 - floor).abs(),
            // Whatever of the leg's end is lowest: the heel, or the back
            // of the shin at the ankle for a straight leg lying down.
            _ => (heel.1.min(ankle.1 - Bone::NearShin.radius(view) + floor) - floor).abs(),
        }
    };
    let target = match place {
        FootPlace::Flat | FootPlace::Heel | FootPlace::Toes => Target::Floor,
        FootPlace::AgainstThigh(other) => {
            let (hip, knee) = pose_joints_leg(pose, LimbSide::of(other, view));
            // Against the upper part of the inner thigh about its middle:
            // seen from the side the thigh would hide a foot lower down
            // behind it.
            let on = add(hip, ((knee.0 - hip.0) * 0.55, (knee.1 - hip.1) * 0.55), 1.0);
            let lift = Bone::NearThigh.radius(view) + Bone::NearFoot.radius(view) * 0.8;
            Target::Point((on.0, on.1 + lift))
        }
        FootPlace::Together => {
            let lateral = match limb {
                LimbSide::Near => 1.0,
                LimbSide::Far => -1.0,
            };
            // The ankle just off the middle, as high as puts the lower of
            // heel and toes on the floor.
            let foot = together_foot(sign);
            let (heel, toes) = heel_and_toes((0.0, 0.0), foot, sign, view);
            let pelvis = up(joints.pelvis);
            Target::Point((
                pelvis.0 + lateral * TOGETHER_HALF_GAP,
                floor - heel.1.min(toes.1),
            ))
        }
    };
    let Some((hip, knee)) = solve_chain(&chain, written_main, &target, domains, &floor_cost) else {
        for (joint, value) in [("hip", written.hip), ("knee", written.knee)] {
            if value.is_none() {
                solved.push(Solved {
                    field: field(limb, joint),
                    by: SolvedBy::NeedsAngle(from),
                });
            }
        }
        return;
    };
    let (ankle_point, shin) = ankle_of(hip, knee);
    let ankle = written
        .ankle
        .unwrap_or_else(|| ankle_rule(shin, ankle_point, pose));
    let leg = pose.leg_mut(limb);
    leg.hip = hip;
    leg.knee = knee;
    leg.ankle = ankle;
    for (joint, value) in [
        ("hip", written.hip),
        ("knee", written.knee),
        ("ankle", written.ankle),
    ] {
        if value.is_none() {
            solved.push(Solved {
                field: field(limb, joint),
                by: SolvedBy::Placement(from),
            });
        }
    }
}

/// Hip and knee of a leg of the pose as it stands (y up).
fn pose_joints_leg(pose: &Pose, limb: LimbSide) -> (Xy, Xy) {
    let joints = forward_kinematics(pose);
    let limbs = joints.limbs(limb);
    (up(limbs.hip), up(limbs.knee))
}

/// The front of a limb segment pointing `degrees` (y up): the side its
/// joint bends away from, for a right-facing figure (a quarter turn
/// counter-clockwise from the direction of the bone).
fn limb_front(degrees: f32) -> Xy {
    dir(degrees + 90.0)
}

fn solve_arm(pose: &mut Pose, limb: LimbSide, written: &WrittenArm, solved: &mut Vec<Solved>) {
    let side = limb.body_side(pose.view);
    let Some((place, from)) = pose.hand(side) else {
        for (joint, value) in [("shoulder", written.shoulder), ("elbow", written.elbow)] {
            if value.is_none() {
                solved.push(Solved {
                    field: field(limb, joint),
                    by: SolvedBy::Nothing,
                });
            }
        }
        return;
    };
    let view = pose.view;
    let joints = forward_kinematics(pose);
    let chain = arm_chain(pose, limb, &joints);
    let sign = chain.sign;
    let trunk_up = pose.pelvis.angle - pose.spine.lower - pose.spine.upper;
    // The figure faces a quarter turn clockwise from its upper trunk.
    let trunk_front = dir(trunk_up - 90.0);
    let hand_radius = Bone::NearHand.radius(view);
    let leg = |side: BodySide| {
        let limbs = *joints.limbs(LimbSide::of(side, view));
        (
            up(limbs.hip),
            up(limbs.knee),
            up(limbs.ankle),
            up(limbs.toes),
        )
    };
    let shoulder = up(joints.limbs(limb).shoulder);
    let written_main = Written {
        root: written.shoulder,
        mid: written.elbow,
    };
    let domains = if chain.away.is_some() {
        ((-180.0, 180.0), (-180.0, 180.0))
    } else {
        (
            match view {
                View::Side => domain(view, ranges::SHOULDER),
                View::Front => domain(view, ranges::SHOULDER_SIDEWAYS),
            },
            domain(view, ranges::ELBOW),
        )
    };
    // Where the wrist goes, and which way the hand then points (y up).
    let (target, hand): (Target, Option<f32>) = match place {
        HandPlace::OnKnee(s) if view == View::Front => {
            // Facing the viewer the knee's front is towards them: the hand
            // rests on top of the knee, on its inner side (towards the
            // middle), where a gentle press goes.
            let (hip, knee, _, _) = leg(s);
            let outwards = (knee.0 - hip.0).signum();
            let inner = add(knee, (-outwards, 0.0), Bone::NearThigh.radius(view) * 0.15);
            let wrist = add(inner, (0.0, 1.0), Bone::NearThigh.radius(view) * 0.8);
            (Target::Point(wrist), Some(angle_of(wrist, inner)))
        }
        HandPlace::OnAnkle(s) if view == View::Front => {
            // Holding the foot from outside: the wrist on the outer side
            // of the ankle, the fingers round the foot, so the hands never
            // cross in front of the feet.
            let (hip, knee, ankle, toes) = leg(s);
            let outwards = (knee.0 - hip.0).signum();
            let wrist = add(
                add(
                    ankle,
                    (outwards, 0.0),
                    Bone::NearShin.radius(view) + hand_radius,
                ),
                (0.0, 1.0),
                hand_radius,
            );
            (Target::Point(wrist), Some(angle_of(wrist, toes)))
        }
        HandPlace::OnKnee(s) => {
            let (hip, knee, ankle, _) = leg(s);
            let thigh = angle_of(hip, knee);
            let shin = angle_of(knee, ankle);
            let out = add(limb_front(thigh), limb_front(shin), 1.0);
            let length = out.0.hypot(out.1).max(1e-3);
            let out = (out.0 / length, out.1 / length);
            let wrist = add(knee, out, Bone::NearThigh.radius(view) + hand_radius);
            (Target::Point(wrist), Some(angle_of(wrist, knee)))
        }
        HandPlace::OnShin(s) => {
            // Round the front of the shin a hand's width below the
            // kneecap: the wrist on the front of the shin, the hand lying
            // along it towards the foot (the fingers over the shin, not
            // back over the kneecap).
            let (_, knee, ankle, _) = leg(s);
            let shin = angle_of(knee, ankle);
            let on = add(knee, dir(shin), 0.28 * distance(knee, ankle));
            let wrist = add(on, limb_front(shin), Bone::NearShin.radius(view) * 0.5);
            (Target::Point(wrist), Some(shin))
        }
        HandPlace::BehindThigh(s) => {
            let (hip, knee, _, _) = leg(s);
            let thigh = angle_of(hip, knee);
            let on = add(hip, dir(thigh), 0.75 * distance(hip, knee));
            let wrist = add(
                on,
                limb_front(thigh),
                -(Bone::NearThigh.radius(view) + hand_radius * 0.6),
            );
            (Target::Point(wrist), Some(angle_of(wrist, on)))
        }
        HandPlace::OnAnkle(s) => {
            let (_, knee, ankle, _) = leg(s);
            let shin = angle_of(knee, ankle);
            let wrist = add(
                ankle,
                limb_front(shin),
                Bone::NearShin.radius(view) + hand_radius * 0.6,
            );
            (Target::Point(wrist), Some(angle_of(wrist, ankle)))
        }
        HandPlace::AlongLeg(s) => {
            let (_, knee, ankle, _) = leg(s);
            let shin = angle_of(knee, ankle);
            let reach = (chain.first + chain.second) * 0.97;
            // The farthest point of the shin's front within reach.
            let on_shin = |u: f32| {
                add(
                    add(knee, dir(shin), u * distance(knee, ankle)),
                    limb_front(shin),
                    Bone::NearShin.radius(view) + hand_radius * 0.6,
                )
            };
            // No further than the lower shin: hands past the ankle (at
            // the toes) would invite reaching further than the stretch
            // asks.
            let mut u = ALONG_LEG_FARTHEST;
            while u > 0.0 && distance(shoulder, on_shin(u)) > reach {
                u -= 0.02;
            }
            (Target::Point(on_shin(u.max(0.0))), Some(shin))
        }
        HandPlace::OnChest => {
            let waist = up(joints.waist);
            let neck = up(joints.neck_base);
            // Forearms crossed flat over the front of the chest, each
            // hand at the other shoulder: seen from the side the wrist
            // lies on the middle of the chest and the hand along it up to
            // the shoulder, well short of the chin (a hand heading for the
            // head cues pulling on the neck).
            let on = add(waist, (neck.0 - waist.0, neck.1 - waist.1), 0.45);
            let trunk_radius = Bone::UpperSpine.radius(view);
            let wrist = add(on, trunk_front, trunk_radius + hand_radius * 0.4);
            // The hand lies over the front of the other shoulder: seen
            // from the side it turns a little off the chest, the fingers
            // over the shoulder (lying along the chest it would point at
            // the chin).
            let along = angle_of(waist, neck);
            let off_chest = [along + HAND_OFF_CHEST, along - HAND_OFF_CHEST];
            let facing = |angle: f32| {
                let d = dir(angle);
                d.0 * trunk_front.0 + d.1 * trunk_front.1
            };
            let hand = if facing(off_chest[0]) >= facing(off_chest[1]) {
                off_chest[0]
            } else {
                off_chest[1]
            };
            (Target::Point(wrist), Some(hand))
        }
        HandPlace::BesideHip => {
            let pelvis = up(joints.pelvis);
            let waist = up(joints.waist);
            let towards_feet = dir(angle_of(waist, pelvis)).0;
            let x = pelvis.0 + 0.3 * towards_feet - 0.35 * trunk_front.0;
            let wrist = (x, hand_radius + 0.02);
            (Target::Point(wrist), None)
        }
        HandPlace::UnderShoulder | HandPlace::ForearmFlat => {
            // The forearm flat on the floor towards the head, the elbow as
            // near under the shoulder as the upper arm reaches: straight
            // under it when the chest is up, ahead of it as the chest comes
            // down (the elbows slide forward).
            let ahead = if up(joints.neck_base).0 >= up(joints.pelvis).0 {
                0.0
            } else {
                180.0
            };
            let elbow_height = Bone::NearUpperArm.radius(view);
            let drop = (shoulder.1 - elbow_height).max(0.0);
            let reach = chain.first;
            let upper_arm = if drop >= reach {
                270.0
            } else {
                let forward = (reach * reach - drop * drop).sqrt();
                angle_of(
                    shoulder,
                    (shoulder.0 + dir(ahead).0 * forward, elbow_height),
                )
            };
            let shoulder_angle = wrap(sign * (upper_arm - chain.base));
            let elbow_angle = wrap(sign * (ahead - upper_arm));
            let arm = pose.arm_mut(limb);
            arm.shoulder = written.shoulder.unwrap_or(shoulder_angle);
            arm.elbow = written.elbow.unwrap_or(elbow_angle);
            arm.wrist = written.wrist.unwrap_or(0.0);
            record_arm(limb, written, from, solved);
            return;
        }
    };
    let no_floor = |_: f32, _: f32| 0.0;
    let (shoulder_angle, elbow_angle) =
        solve_chain(&chain, written_main, &target, domains, &no_floor).unwrap_or((
            written.shoulder.unwrap_or(0.0),
            written.elbow.unwrap_or(0.0),
        ));
    let (_, forearm) = chain.directions(shoulder_angle, elbow_angle);
    let wrist = written.wrist.unwrap_or_else(|| {
        let hand = hand.unwrap_or_else(|| {
            // Flat on the floor, fingers the way the forearm points.
            if dir(forearm).0 >= 0.0 { 0.0 } else { 180.0 }
        });
        let bent = wrap(sign * (hand - forearm));
        match view {
            View::Side => bent.clamp(ranges::WRIST.min, ranges::WRIST.max),
            // Seen from the front the wrist bends sideways, and less.
            View::Front => bent.clamp(-30.0, 30.0),
        }
    });
    let arm = pose.arm_mut(limb);
    arm.shoulder = shoulder_angle;
    arm.elbow = elbow_angle;
    arm.wrist = wrist;
    record_arm(limb, written, from, solved);
}

fn record_arm(limb: LimbSide, written: &WrittenArm, from: &'static str, solved: &mut Vec<Solved>) {
    for (joint, value) in [
        ("shoulder", written.shoulder),
        ("elbow", written.elbow),
        ("wrist", written.wrist),
    ] {
        if value.is_none() {
            solved.push(Solved {
                field: field(limb, joint),
                by: SolvedBy::Placement(from),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::parse_poses;

    fn one(text: &str) -> Pose {
        parse_poses(text).expect("parses").remove(0)
    }

    #[test]
    fn two_bones_reach_a_point_bending_the_joint_its_own_way() {
        let arm = Chain {
            root: (0.0, 0.0),
            base: 270.0,
            sign: 1.0,
            bend: 1.0,
            first: UPPER_ARM,
            second: FOREARM,
            away: None,
        };
        for target in [(1.0, 0.5), (2.0, -0.5), (-1.0, -1.5), (0.3, 1.8)] {
            let (root, mid) = arm.reach(target);
            assert!(mid >= 0.0, "{target:?}: elbow {mid}");
            let end = arm.end(root, mid);
            assert!(distance(end, target) < 1e-3, "{target:?} reached {end:?}");
        }
        // Out of reach: the arm points at it, straight.
        let (root, mid) = arm.reach((10.0, 0.0));
        assert!(mid.abs() < 2.0, "{mid}");
        assert!(distance(arm.end(root, mid), (UPPER_ARM + FOREARM, 0.0)) < 1e-2);
        let leg = Chain { bend: -1.0, ..arm };
        let (_, knee) = leg.reach((1.0, -2.5));
        assert!(knee >= 0.0);
    }

    #[test]
    fn a_flat_foot_is_placed_by_the_written_knee() {
        let pose = one(r#"[(
                id: "p",
                pelvis: (height: 0.5, angle: 180),
                near_arm: (shoulder: 0, elbow: 0),
                far_arm: (shoulder: 0, elbow: 0),
                near_leg: (knee: 90),
                far_leg: (hip: 40, knee: 80),
                right_foot: Flat,
            )]"#);
        assert!(
            pose.near_leg.hip > 20.0 && pose.near_leg.hip < 80.0,
            "{:?}",
            pose.near_leg
        );
        assert_eq!(pose.near_leg.knee, 90.0, "a written angle is kept");
        let joints = forward_kinematics(&pose);
        let r = foot_radius();
        for point in [joints.near.heel, joints.near.toes] {
            assert!((point.y + r).abs() < 0.03, "{point:?} not on the floor");
        }
        assert_eq!(
            pose.solved,
            vec![
                Solved {
                    field: "near_leg.hip",
                    by: SolvedBy::Placement("right_foot")
                },
                Solved {
                    field: "near_leg.ankle",
                    by: SolvedBy::Placement("right_foot")
                },
            ]
        );
    }

    #[test]
    fn hands_on_a_shin_solve_both_arms() {
        let pose = one(r#"[(
                id: "p",
                pelvis: (height: 0.5, angle: 180),
                near_leg: (hip: 115, knee: 110),
                far_leg: (knee: 100),
                left_foot: Flat,
                hands: OnShin(Right),
            )]"#);
        let joints = forward_kinematics(&pose);
        for limbs in [joints.near, joints.far] {
            let on = joints.near.knee.lerp(joints.near.ankle, 0.3);
            assert!(
                limbs.wrist.distance(on) < 0.6,
                "{:?} vs {on:?}",
                limbs.wrist
            );
        }
        assert!(pose.near_arm.elbow > 0.0 && pose.far_arm.elbow > 0.0);
        assert!(pose.solved.iter().any(|s| s.field == "far_arm.shoulder"));
    }

    #[test]
    fn written_back_a_pose_leaves_the_solved_angles_out() {
        let pose = one(r#"[(
                id: "p",
                pelvis: (height: 0.5, angle: 180),
                near_leg: (hip: 115, knee: 110),
                far_leg: (knee: 100),
                left_foot: Flat,
                hands: OnShin(Right),
            )]"#);
        let text = crate::content::to_ron_text(&vec![pose.clone()]).expect("writes");
        assert!(text.contains("hands: OnShin(Right)"), "{text}");
        assert!(text.contains("knee: 100.0"), "{text}");
        assert!(
            !text.contains("shoulder"),
            "solved angles are not written: {text}"
        );
        let again = parse_poses(&text).expect("reads back").remove(0);
        assert_eq!(again, pose, "{text}");
    }

    #[test]
    fn a_limb_nothing_places_is_noted() {
        let pose = one(r#"[(
                id: "p",
                pelvis: (height: 3.95, angle: 90),
                near_leg: (hip: 0, knee: 0),
                far_leg: (hip: 0, knee: 0),
                far_arm: (shoulder: 0, elbow: 0),
            )]"#);
        assert_eq!(
            pose.solved,
            vec![
                Solved {
                    field: "near_arm.shoulder",
                    by: SolvedBy::Nothing
                },
                Solved {
                    field: "near_arm.elbow",
                    by: SolvedBy::Nothing
                },
            ]
        );
    }
}
