//! Holding a pose to anatomy: what `limber check` and the pose tests ask of
//! every pose, and of every movement between two poses.
//!
//! [`pose_findings`] reports, for the figure as drawn:
//!
//! * any part below the floor by more than [`FLOOR_TOLERANCE`];
//! * a declared contact ([`Contact`]) that is not on the floor (within
//!   [`CONTACT_TOLERANCE`]);
//! * a hand or foot placement ([`HandPlace`], [`FootPlace`]) the drawn
//!   hand or foot does not meet (within [`PLACE_TOLERANCE`]);
//! * a joint outside its range (see [`super::anatomy::ranges`]);
//! * a limb left out that nothing places.
//!
//! [`blend_findings`] samples the movement from one pose to another at
//! [`BLEND_SAMPLES`] instants and reports a part going through the floor
//! or a joint leaving its range on the way, so no animation frame shows a
//! body doing what no body does.
//!
//! Everything is measured on the pose as written (the mirror image has the
//! same geometry), in head units, y down, the floor at `y = 0`.

use super::anatomy::{BodySide, Contact, FootPlace, HandPlace, JointRange, LimbSide, ranges};
use super::pose::{Pose, SolvedBy, View, blend};
use super::skeleton::{Bone, HEAD_RADIUS, Joints, Limbs, Point, forward_kinematics};
use super::solve::{field, wrap};

/// A number as `limber check` writes it (`1.5`, `800`), with the
/// language's decimal mark.
pub(crate) fn number(value: f32) -> String {
    decimal(value.to_string())
}

/// A length in head units or an angle with two decimals (`0.12`), with
/// the language's decimal mark.
fn units(value: f32) -> String {
    decimal(format!("{value:.2}"))
}

/// `text`, a number Rust wrote, with the language's decimal mark.
fn decimal(text: String) -> String {
    text.replace('.', &crate::t!("figure-decimal-mark"))
}

/// How far a part may sink below the floor line, head units (about 2 cm
/// on an adult): soft tissue gives a little, and the figure's round limbs
/// are not a body's flat ones.
pub const FLOOR_TOLERANCE: f32 = 0.1;
/// How far above the floor a part declared to rest on it may be, head
/// units.
pub const CONTACT_TOLERANCE: f32 = 0.12;
/// How far a hand or foot may be from where the pose places it, surface
/// to surface, head units (about 3.5 cm).
pub const PLACE_TOLERANCE: f32 = 0.15;
/// Instants sampled along a movement, not counting its two ends.
pub const BLEND_SAMPLES: u32 = 23;
/// How far an elbow may be ahead of or behind its shoulder and still be
/// "under" it, head units (about 7 cm).
pub const UNDER_TOLERANCE: f32 = 0.3;

/// One thing wrong with a pose, and the field of the pose it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The field to point at, as written in a pose file: `near_arm`,
    /// `near_leg.knee`, `contacts`, `hands`, `pelvis`.
    pub field: &'static str,
    pub message: String,
}

/// A piece of a drawn segment, for the floor and for touching: the
/// capsule round `a → b` with `radius`.
#[derive(Debug, Clone, Copy)]
struct Piece {
    a: Point,
    b: Point,
    radius: f32,
}

impl Piece {
    fn of(ends: (Point, Point), radius: f32) -> Piece {
        Piece {
            a: ends.0,
            b: ends.1,
            radius,
        }
    }

    fn dot(center: Point, radius: f32) -> Piece {
        Piece {
            a: center,
            b: center,
            radius,
        }
    }

    /// The part of the piece from `t0` to `t1` along it.
    fn part(self, t0: f32, t1: f32) -> Piece {
        Piece {
            a: self.a.lerp(self.b, t0),
            b: self.a.lerp(self.b, t1),
            radius: self.radius,
        }
    }

    /// How far its lowest point is below the floor (negative: above it).
    fn depth(self) -> f32 {
        self.a.y.max(self.b.y) + self.radius
    }

    /// Surface-to-surface distance to another piece (negative: they
    /// overlap in the picture).
    fn gap(self, other: Piece) -> f32 {
        segment_distance(self.a, self.b, other.a, other.b) - self.radius - other.radius
    }
}

fn point_segment(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx * dx + dy * dy;
    if length < 1e-12 {
        return p.distance(a);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / length).clamp(0.0, 1.0);
    p.distance(Point::new(a.x + t * dx, a.y + t * dy))
}

fn cross(o: Point, a: Point, b: Point) -> f32 {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

fn segment_distance(a: Point, b: Point, c: Point, d: Point) -> f32 {
    let crosses = cross(a, b, c) * cross(a, b, d) < 0.0 && cross(c, d, a) * cross(c, d, b) < 0.0;
    if crosses {
        return 0.0;
    }
    point_segment(a, c, d)
        .min(point_segment(b, c, d))
        .min(point_segment(c, a, b))
        .min(point_segment(d, a, b))
}

/// "right-forearm", the key of a limb's part of a pose as written (see
/// [`part_words`]).
fn limb_words(view: View, limb: LimbSide, part: &str) -> String {
    format!("{}-{part}", limb.body_side(view).word())
}

/// "the right forearm": a part of the figure by its key ("right-forearm",
/// "pelvis"), as the subject of a finding.
fn part_words(key: &str) -> String {
    crate::t!("figure-part", part = key)
}

/// `side` as the catalogue's selectors take it: "left" or "right".
fn side_key(side: BodySide) -> &'static str {
    side.word()
}

/// The field blamed for where a limb is: its placement when the pose let
/// the solver place it, else the limb as written.
fn limb_field(pose: &Pose, limb: LimbSide, arm: bool) -> &'static str {
    let (root, mid) = if arm {
        ("shoulder", "elbow")
    } else {
        ("hip", "knee")
    };
    for joint in [root, mid] {
        if let Some(SolvedBy::Placement(from)) = pose.solved(field(limb, joint)) {
            return from;
        }
    }
    match (limb, arm) {
        (LimbSide::Near, true) => "near_arm",
        (LimbSide::Far, true) => "far_arm",
        (LimbSide::Near, false) => "near_leg",
        (LimbSide::Far, false) => "far_leg",
    }
}

/// Every drawn part that can touch the floor, with its name and field.
fn drawn_parts(pose: &Pose, joints: &Joints) -> Vec<(String, &'static str, Piece)> {
    let view = pose.view;
    let mut parts = vec![
        (
            "pelvis".to_owned(),
            "pelvis",
            Piece::of(joints.ends(Bone::LowerSpine), Bone::LowerSpine.radius(view)),
        ),
        (
            "upper-back".to_owned(),
            "spine",
            Piece::of(joints.ends(Bone::UpperSpine), Bone::UpperSpine.radius(view)),
        ),
        (
            "neck".to_owned(),
            "neck",
            Piece::of(joints.ends(Bone::Neck), Bone::Neck.radius(view)),
        ),
        (
            "head".to_owned(),
            "neck",
            Piece::dot(joints.head_center, HEAD_RADIUS),
        ),
    ];
    for limb in [LimbSide::Near, LimbSide::Far] {
        let (arm, leg) = match limb {
            LimbSide::Near => (
                [Bone::NearUpperArm, Bone::NearForearm, Bone::NearHand],
                [Bone::NearThigh, Bone::NearShin, Bone::NearFoot],
            ),
            LimbSide::Far => (
                [Bone::FarUpperArm, Bone::FarForearm, Bone::FarHand],
                [Bone::FarThigh, Bone::FarShin, Bone::FarFoot],
            ),
        };
        for (bones, names, is_arm) in [
            (arm, ["upper-arm", "forearm", "hand"], true),
            (leg, ["thigh", "shin", "foot"], false),
        ] {
            for (bone, name) in bones.into_iter().zip(names) {
                parts.push((
                    limb_words(view, limb, name),
                    limb_field(pose, limb, is_arm),
                    Piece::of(joints.drawn_ends(bone), bone.radius(view)),
                ));
            }
        }
    }
    parts
}

/// "the right forearm is 0.12 head units below the floor", for the part
/// with key `part`.
fn below_floor(part: &str, depth: f32) -> String {
    crate::t!(
        "figure-below-floor",
        part = part_words(part),
        depth = units(depth)
    )
}

/// Parts below the floor.
fn floor_findings(pose: &Pose, joints: &Joints, out: &mut Vec<Finding>) {
    for (name, field, piece) in drawn_parts(pose, joints) {
        let depth = piece.depth();
        if depth > FLOOR_TOLERANCE {
            out.push(Finding {
                field,
                message: below_floor(&name, depth),
            });
        }
    }
}

/// The pieces of a limb, by the person's side.
struct LimbPieces {
    forearm: Piece,
    hand: Piece,
    thigh: Piece,
    shin: Piece,
    foot: Piece,
    heel: Piece,
    toes: Piece,
    limbs: Limbs,
}

fn pieces(pose: &Pose, joints: &Joints, side: BodySide) -> LimbPieces {
    let view = pose.view;
    let limb = LimbSide::of(side, view);
    let limbs = *joints.limbs(limb);
    let bones = match limb {
        LimbSide::Near => [
            Bone::NearUpperArm,
            Bone::NearForearm,
            Bone::NearHand,
            Bone::NearThigh,
            Bone::NearShin,
            Bone::NearFoot,
        ],
        LimbSide::Far => [
            Bone::FarUpperArm,
            Bone::FarForearm,
            Bone::FarHand,
            Bone::FarThigh,
            Bone::FarShin,
            Bone::FarFoot,
        ],
    };
    let piece = |bone: Bone| Piece::of(joints.drawn_ends(bone), bone.radius(view));
    let foot_radius = bones[5].radius(view);
    LimbPieces {
        forearm: piece(bones[1]),
        hand: piece(bones[2]),
        thigh: piece(bones[3]),
        shin: piece(bones[4]),
        foot: piece(bones[5]),
        heel: Piece::dot(limbs.heel, foot_radius),
        toes: Piece::dot(limbs.toes, foot_radius),
        limbs,
    }
}

/// Whichever of the pieces reaches lowest.
fn lowest<const N: usize>(pieces: [Piece; N]) -> Piece {
    pieces
        .into_iter()
        .reduce(|a, b| if b.depth() > a.depth() { b } else { a })
        .expect("at least one piece")
}

/// Pieces that must all rest on the floor for a contact.
fn contact_pieces(contact: Contact, pose: &Pose, joints: &Joints) -> Vec<Piece> {
    let view = pose.view;
    let lower = Piece::of(joints.ends(Bone::LowerSpine), Bone::LowerSpine.radius(view));
    let upper = Piece::of(joints.ends(Bone::UpperSpine), Bone::UpperSpine.radius(view));
    let limb = |side| pieces(pose, joints, side);
    match contact {
        Contact::Head => vec![Piece::dot(joints.head_center, HEAD_RADIUS)],
        Contact::Shoulders => vec![upper.part(0.6, 1.0)],
        Contact::Chest => vec![upper.part(0.3, 0.9)],
        Contact::LowerBack => vec![lower.part(0.6, 1.0)],
        Contact::Pelvis => vec![lower.part(0.0, 0.3)],
        Contact::LeftForearm | Contact::RightForearm => {
            let p = limb(contact.side().unwrap_or(BodySide::Right));
            vec![p.forearm.part(0.0, 0.15), p.forearm.part(0.85, 1.0)]
        }
        Contact::LeftHand | Contact::RightHand => {
            vec![limb(contact.side().unwrap_or(BodySide::Right)).hand]
        }
        Contact::LeftLeg | Contact::RightLeg => {
            // The leg lying along the floor: somewhere from the middle of
            // the thigh to the middle of the shin it rests on it (the
            // foot's own placement says whether the heel or the toes are
            // down too).
            let p = limb(contact.side().unwrap_or(BodySide::Right));
            vec![lowest([p.thigh.part(0.5, 1.0), p.shin.part(0.0, 0.6)])]
        }
        Contact::LeftKnee | Contact::RightKnee => {
            let p = limb(contact.side().unwrap_or(BodySide::Right));
            vec![lowest([p.thigh.part(0.9, 1.0), p.shin.part(0.0, 0.1)])]
        }
        Contact::LeftFoot | Contact::RightFoot => {
            // Seen from the side the sole: heel and toes. Seen from the
            // front a foot points at the viewer: its lowest point.
            let p = limb(contact.side().unwrap_or(BodySide::Right));
            match view {
                View::Side => vec![p.heel, p.toes],
                View::Front => vec![lowest([p.heel, p.toes])],
            }
        }
        Contact::LeftHeel | Contact::RightHeel => {
            vec![limb(contact.side().unwrap_or(BodySide::Right)).heel]
        }
        Contact::LeftToes | Contact::RightToes => {
            vec![limb(contact.side().unwrap_or(BodySide::Right)).toes]
        }
    }
}

fn contact_findings(pose: &Pose, joints: &Joints, out: &mut Vec<Finding>) {
    for &contact in &pose.contacts {
        let above = contact_pieces(contact, pose, joints)
            .into_iter()
            .map(|piece| -piece.depth())
            .fold(f32::MIN, f32::max);
        if above > CONTACT_TOLERANCE {
            out.push(Finding {
                field: "contacts",
                message: crate::t!(
                    "figure-contact-above",
                    part = part_words(&contact.part_key()),
                    key = contact.part_key(),
                    above = units(above)
                ),
            });
        }
    }
}

/// The side of `point` the trunk faces, head units (positive: in front).
fn in_front_of_trunk(pose: &Pose, joints: &Joints, point: Point) -> f32 {
    let (waist, neck) = (joints.waist, joints.neck_base);
    let length = waist.distance(neck).max(1e-6);
    // y down: the trunk's direction turned a quarter clockwise on screen
    // is its front for a right-facing figure.
    let (dx, dy) = ((neck.x - waist.x) / length, (neck.y - waist.y) / length);
    let front = Point::new(-dy, dx);
    let facing = if pose.mirrored { -1.0 } else { 1.0 };
    ((point.x - waist.x) * front.x + (point.y - waist.y) * front.y) * facing
}

fn hand_findings(pose: &Pose, joints: &Joints, out: &mut Vec<Finding>) {
    let mut found: Vec<Miss> = Vec::new();
    hand_misses(pose, joints, &mut found);
    // Both hands placed by `hands` and both missing: one problem, both
    // told.
    if let [first, second] = found.as_slice()
        && first.field == "hands"
        && second.field == "hands"
    {
        out.push(Finding {
            field: "hands",
            message: crate::t!(
                "figure-not-met-both",
                from = first.field,
                place = first.place.as_str(),
                first = first.detail.as_str(),
                second = second.detail.as_str()
            ),
        });
        return;
    }
    out.extend(found.into_iter().map(Miss::finding));
}

/// A hand or foot not where its placement says: the field that places
/// it, the placement as written (`OnKnee(Right)`) and what is wrong.
struct Miss {
    field: &'static str,
    place: String,
    detail: String,
}

impl Miss {
    fn finding(self) -> Finding {
        Finding {
            field: self.field,
            message: crate::t!(
                "figure-not-met",
                from = self.field,
                place = self.place,
                detail = self.detail
            ),
        }
    }
}

fn hand_misses(pose: &Pose, joints: &Joints, out: &mut Vec<Miss>) {
    for side in [BodySide::Right, BodySide::Left] {
        let Some((place, from)) = pose.hand(side) else {
            continue;
        };
        let hand = pieces(pose, joints, side);
        // Where the hand rests: the middle of the palm.
        let palm = Piece::dot(hand.hand.a.lerp(hand.hand.b, 0.5), hand.hand.radius);
        let hand_piece = hand.hand;
        let missed = |target: &str, leg: &str, by: f32| {
            crate::t!(
                "figure-hand-away",
                side = side_key(side),
                by = units(by),
                target = target,
                leg = leg
            )
        };
        let message = match place {
            HandPlace::OnKnee(leg)
            | HandPlace::OnShin(leg)
            | HandPlace::BehindThigh(leg)
            | HandPlace::OnAnkle(leg)
            | HandPlace::AlongLeg(leg) => {
                let target = pieces(pose, joints, leg);
                let (what, candidates) = match place {
                    HandPlace::OnKnee(_) => (
                        "knee",
                        vec![Piece::dot(target.limbs.knee, target.thigh.radius)],
                    ),
                    HandPlace::OnShin(_) => ("shin", vec![target.shin.part(0.05, 0.55)]),
                    HandPlace::BehindThigh(_) => ("thigh", vec![target.thigh.part(0.4, 1.0)]),
                    HandPlace::OnAnkle(_) => (
                        "ankle",
                        vec![Piece::dot(target.limbs.ankle, target.shin.radius)],
                    ),
                    _ => ("leg", vec![target.shin.part(0.1, 1.0), target.foot]),
                };
                let gap = candidates
                    .iter()
                    .map(|piece| palm.gap(*piece))
                    .fold(f32::INFINITY, f32::min);
                (gap > PLACE_TOLERANCE).then(|| missed(what, side_key(leg), gap))
            }
            HandPlace::OnChest => {
                let upper = Piece::of(
                    joints.ends(Bone::UpperSpine),
                    Bone::UpperSpine.radius(pose.view),
                )
                .part(0.3, 1.0);
                let gap = palm.gap(upper);
                let front = in_front_of_trunk(pose, joints, hand.limbs.wrist);
                if gap > PLACE_TOLERANCE {
                    Some(missed("chest", "none", gap))
                } else if pose.view == View::Side && front < 0.0 {
                    Some(crate::t!("figure-hand-behind-back", side = side_key(side)))
                } else {
                    None
                }
            }
            HandPlace::BesideHip => {
                let above = -hand_piece.depth();
                let along = (hand_piece.a.lerp(hand_piece.b, 0.5).x - joints.pelvis.x).abs();
                if above > CONTACT_TOLERANCE {
                    Some(crate::t!(
                        "figure-hand-above-floor",
                        side = side_key(side),
                        by = units(above)
                    ))
                } else if along > 1.3 {
                    Some(crate::t!(
                        "figure-hand-from-hip",
                        side = side_key(side),
                        by = units(along)
                    ))
                } else {
                    None
                }
            }
            HandPlace::ForearmFlat => {
                let above = [hand.forearm.part(0.0, 0.15), hand.forearm.part(0.85, 1.0)]
                    .map(|piece| -piece.depth())
                    .into_iter()
                    .fold(f32::MIN, f32::max);
                (above > CONTACT_TOLERANCE).then(|| {
                    crate::t!(
                        "figure-forearm-above-floor",
                        side = side_key(side),
                        by = units(above)
                    )
                })
            }
            HandPlace::UnderShoulder => {
                let limbs = hand.limbs;
                let ahead = (limbs.elbow.x - limbs.shoulder.x).abs();
                let above = [hand.forearm.part(0.0, 0.15), hand.forearm.part(0.85, 1.0)]
                    .map(|piece| -piece.depth())
                    .into_iter()
                    .fold(f32::MIN, f32::max);
                if ahead > UNDER_TOLERANCE {
                    let ahead_of = (limbs.elbow.x - limbs.shoulder.x)
                        * (joints.neck_base.x - joints.pelvis.x)
                        > 0.0;
                    Some(crate::t!(
                        "figure-elbow-off-shoulder",
                        side = side_key(side),
                        by = units(ahead),
                        where = if ahead_of { "ahead" } else { "behind" }
                    ))
                } else if above > CONTACT_TOLERANCE {
                    Some(crate::t!(
                        "figure-forearm-above-floor",
                        side = side_key(side),
                        by = units(above)
                    ))
                } else {
                    None
                }
            }
        };
        if let Some(detail) = message {
            out.push(Miss {
                field: from,
                place: format!("{place:?}"),
                detail,
            });
        }
    }
}

fn foot_findings(pose: &Pose, joints: &Joints, out: &mut Vec<Finding>) {
    for side in [BodySide::Right, BodySide::Left] {
        let Some((place, from)) = pose.foot(side) else {
            continue;
        };
        let foot = pieces(pose, joints, side);
        let above = |piece: Piece| -piece.depth();
        let message = match place {
            FootPlace::Flat => {
                let worst = above(foot.heel).max(above(foot.toes));
                (worst > CONTACT_TOLERANCE).then(|| {
                    crate::t!(
                        "figure-foot-end-above-floor",
                        side = side_key(side),
                        end = if above(foot.heel) > above(foot.toes) {
                            "heel"
                        } else {
                            "toes"
                        },
                        by = units(worst)
                    )
                })
            }
            FootPlace::Heel => {
                let end = above(foot.heel).min(above(foot.shin.part(0.9, 1.0)));
                (end > CONTACT_TOLERANCE).then(|| {
                    crate::t!(
                        "figure-heel-above-floor",
                        side = side_key(side),
                        by = units(end)
                    )
                })
            }
            FootPlace::Toes => {
                let toes = above(foot.toes);
                (toes > CONTACT_TOLERANCE).then(|| {
                    crate::t!(
                        "figure-toes-above-floor",
                        side = side_key(side),
                        by = units(toes)
                    )
                })
            }
            FootPlace::AgainstThigh(other) if other == side => {
                out.push(Finding {
                    field: from,
                    message: crate::t!(
                        "figure-foot-own-thigh",
                        from = from,
                        side = side_key(side),
                        other = side_key(side.other())
                    ),
                });
                None
            }
            FootPlace::AgainstThigh(other) => {
                let thigh = pieces(pose, joints, other).thigh.part(0.15, 0.9);
                let sole = Piece::dot(foot.foot.a.lerp(foot.foot.b, 0.5), foot.foot.radius);
                let gap = sole.gap(thigh);
                (gap > PLACE_TOLERANCE).then(|| {
                    crate::t!(
                        "figure-foot-from-thigh",
                        side = side_key(side),
                        other = side_key(other),
                        by = units(gap)
                    )
                })
            }
            FootPlace::Together => {
                let other = pieces(pose, joints, side.other()).foot;
                let gap = foot.foot.gap(other);
                (gap > PLACE_TOLERANCE).then(|| crate::t!("figure-feet-apart", by = units(gap)))
            }
        };
        if let Some(detail) = message {
            out.push(
                Miss {
                    field: from,
                    place: format!("{place:?}"),
                    detail,
                }
                .finding(),
            );
        }
    }
}

/// Both hands given twice, and limbs left out that nothing places.
fn written_findings(pose: &Pose, out: &mut Vec<Finding>) {
    if pose.hands.is_some() && (pose.left_hand.is_some() || pose.right_hand.is_some()) {
        out.push(Finding {
            field: "hands",
            message: crate::t!("figure-hands-twice"),
        });
    }
    if pose.feet.is_some() && (pose.left_foot.is_some() || pose.right_foot.is_some()) {
        out.push(Finding {
            field: "feet",
            message: crate::t!("figure-feet-twice"),
        });
    }
    if matches!(pose.feet, Some(FootPlace::AgainstThigh(_))) {
        out.push(Finding {
            field: "feet",
            message: crate::t!("figure-feet-both-thighs"),
        });
    }
    let mut reported: Vec<(LimbSide, bool)> = Vec::new();
    for solved in &pose.solved {
        let limb = if solved.field.starts_with("near") {
            LimbSide::Near
        } else {
            LimbSide::Far
        };
        let arm = solved.field.contains("_arm");
        let side = limb.body_side(pose.view).word();
        let (what, place_field) = if arm {
            ("arm", format!("{side}_hand"))
        } else {
            ("leg", format!("{side}_foot"))
        };
        let message = match solved.by {
            SolvedBy::Placement(_) => continue,
            SolvedBy::Nothing => crate::t!(
                "figure-limb-unplaced",
                field = solved.field,
                side = side,
                limb = what,
                place_field = place_field
            ),
            SolvedBy::NeedsAngle(from) => crate::t!(
                "figure-leg-bend-unknown",
                from = from,
                side = side,
                field = solved.field
            ),
        };
        if reported.contains(&(limb, arm)) {
            continue;
        }
        reported.push((limb, arm));
        let field: &'static str = match (limb, arm) {
            (LimbSide::Near, true) => "near_arm",
            (LimbSide::Far, true) => "far_arm",
            (LimbSide::Near, false) => "near_leg",
            (LimbSide::Far, false) => "far_leg",
        };
        out.push(Finding { field, message });
    }
}

/// The knee's true bend for a leg turned out of the picture: the angle
/// between thigh and shin in space, from their directions in the picture
/// and their depths (positive away from the viewer). With no depth it is
/// the written angle, sign and all.
pub fn knee_flexion(pose: &Pose, limb: LimbSide) -> f32 {
    let leg = pose.leg(limb);
    if leg.thigh_depth == 0.0 && leg.shin_depth == 0.0 {
        return leg.knee;
    }
    let (d1, d2) = (leg.thigh_depth.to_radians(), leg.shin_depth.to_radians());
    // In the picture the shin turns `knee` from the thigh.
    let turn = leg.knee.to_radians();
    let dot = d1.cos() * d2.cos() * turn.cos() + d1.sin() * d2.sin();
    dot.clamp(-1.0, 1.0).acos().to_degrees()
}

/// How far the upper arm is raised from hanging along the trunk: the
/// written shoulder angle for an arm in the picture, else the angle in
/// space (as [`hip_elevation`] for the thigh).
pub fn shoulder_elevation(pose: &Pose, limb: LimbSide) -> f32 {
    let arm = pose.arm(limb);
    if arm.upper_arm_depth == 0.0 {
        return wrap(arm.shoulder);
    }
    let cos = arm.upper_arm_depth.to_radians().cos() * wrap(arm.shoulder).to_radians().cos();
    cos.clamp(-1.0, 1.0).acos().to_degrees()
}

/// The elbow's true bend, as [`knee_flexion`] for the knee: with the arm
/// turned out of the picture (an elbow out to the side) the angle between
/// upper arm and forearm in space, else the written angle.
pub fn elbow_flexion(pose: &Pose, limb: LimbSide) -> f32 {
    let arm = pose.arm(limb);
    if arm.upper_arm_depth == 0.0 && arm.forearm_depth == 0.0 {
        return arm.elbow;
    }
    let (d1, d2) = (
        arm.upper_arm_depth.to_radians(),
        arm.forearm_depth.to_radians(),
    );
    let turn = arm.elbow.to_radians();
    let dot = d1.cos() * d2.cos() * turn.cos() + d1.sin() * d2.sin();
    dot.clamp(-1.0, 1.0).acos().to_degrees()
}

/// How far the thigh is raised from the line of the trunk, in space: the
/// written hip angle for a thigh in the picture, else the angle between the
/// trunk's axis and the thigh turned `thigh_depth` out of the picture
/// (flexion and a spread to the side together). Seen from the front the
/// written angle is the spread alone, so it is always taken in space.
pub fn hip_elevation(pose: &Pose, limb: LimbSide) -> f32 {
    let leg = pose.leg(limb);
    if pose.view == View::Side && leg.thigh_depth == 0.0 {
        return wrap(leg.hip);
    }
    let cos = leg.thigh_depth.to_radians().cos() * wrap(leg.hip).to_radians().cos();
    cos.clamp(-1.0, 1.0).acos().to_degrees()
}

/// A finding with what tells it apart from the others of its part or
/// joint (the same through a movement) and how bad it is (degrees or
/// head units), for [`blend_findings`].
struct Ranked {
    key: String,
    size: f32,
    finding: Finding,
}

fn range_finding(
    pose: &Pose,
    field_name: &'static str,
    who: &str,
    value: f32,
    range: JointRange,
    out: &mut Vec<Ranked>,
) {
    if range.contains(value) {
        return;
    }
    let (blamed, solved, from) = match pose.solved(field_name) {
        Some(SolvedBy::Placement(from)) => (from, "yes", from),
        _ => (field_name, "no", ""),
    };
    let (how, angle) = if value > range.max {
        ("forward", format!("{value:.0}"))
    } else {
        ("back", format!("{:.0}", -value))
    };
    let message = crate::t!(
        "figure-range",
        part = part_words(who),
        field = field_name,
        solved = solved,
        from = from,
        how = how,
        angle = angle.as_str(),
        joint = range.joint,
        back = format!("{:.0}", -range.min),
        forward = format!("{:.0}", range.max)
    );
    out.push(Ranked {
        key: format!("{who} ({field_name})"),
        size: angle.parse().unwrap_or(0.0),
        finding: Finding {
            field: blamed,
            message,
        },
    });
}

fn range_findings(pose: &Pose, out: &mut Vec<Ranked>) {
    let view = pose.view;
    match view {
        View::Side => {
            let trunk = pose.spine.lower + pose.spine.upper;
            range_finding(pose, "spine", "trunk", trunk, ranges::TRUNK, out);
            range_finding(
                pose,
                "spine.lower",
                "lower-back",
                pose.spine.lower,
                ranges::TRUNK,
                out,
            );
            range_finding(
                pose,
                "spine.upper",
                "upper-back",
                pose.spine.upper,
                ranges::TRUNK,
                out,
            );
            range_finding(
                pose,
                "neck",
                "neck",
                pose.neck + pose.head,
                ranges::NECK,
                out,
            );
        }
        View::Front => {
            let trunk = pose.spine.lower + pose.spine.upper;
            range_finding(pose, "spine", "trunk", trunk, ranges::TRUNK_SIDEWAYS, out);
            range_finding(
                pose,
                "neck",
                "neck",
                pose.neck + pose.head,
                ranges::NECK_SIDEWAYS,
                out,
            );
        }
    }
    for limb in [LimbSide::Near, LimbSide::Far] {
        let side = limb.body_side(view).word();
        let arm = pose.arm(limb);
        let leg = pose.leg(limb);
        let who = |joint: &str| format!("{side}-{joint}");
        match view {
            View::Side => {
                range_finding(
                    pose,
                    field(limb, "shoulder"),
                    &who("shoulder"),
                    shoulder_elevation(pose, limb),
                    ranges::SHOULDER,
                    out,
                );
                range_finding(
                    pose,
                    field(limb, "elbow"),
                    &who("elbow"),
                    wrap(elbow_flexion(pose, limb)),
                    ranges::ELBOW,
                    out,
                );
                range_finding(
                    pose,
                    field(limb, "wrist"),
                    &who("wrist"),
                    wrap(arm.wrist),
                    ranges::WRIST,
                    out,
                );
                if leg.shin_depth == 0.0 {
                    range_finding(
                        pose,
                        field(limb, "ankle"),
                        &who("ankle"),
                        wrap(leg.ankle),
                        ranges::ANKLE,
                        out,
                    );
                }
            }
            View::Front => {
                range_finding(
                    pose,
                    field(limb, "shoulder"),
                    &who("shoulder"),
                    shoulder_elevation(pose, limb),
                    ranges::SHOULDER_SIDEWAYS,
                    out,
                );
                // Facing the viewer an elbow may bend either way in the
                // picture; how far is its flexion.
                range_finding(
                    pose,
                    field(limb, "elbow"),
                    &who("elbow"),
                    wrap(elbow_flexion(pose, limb)).abs(),
                    ranges::ELBOW,
                    out,
                );
            }
        }
        range_finding(
            pose,
            field(limb, "hip"),
            &who("hip"),
            hip_elevation(pose, limb),
            ranges::HIP,
            out,
        );
        let knee = knee_flexion(pose, limb);
        let knee = if leg.thigh_depth == 0.0 && leg.shin_depth == 0.0 {
            match view {
                View::Side => wrap(knee),
                View::Front => wrap(knee).abs(),
            }
        } else {
            knee
        };
        range_finding(
            pose,
            field(limb, "knee"),
            &who("knee"),
            knee,
            ranges::KNEE,
            out,
        );
    }
}

/// Everything wrong with a pose (see the module docs), in a stable order:
/// how it is written, its joints, the floor, its contacts, its hands and
/// feet.
pub fn pose_findings(pose: &Pose) -> Vec<Finding> {
    let unmirrored;
    let pose = if pose.mirrored {
        unmirrored = pose.mirror();
        &unmirrored
    } else {
        pose
    };
    let joints = forward_kinematics(pose);
    let mut out = Vec::new();
    written_findings(pose, &mut out);
    let mut ranges = Vec::new();
    range_findings(pose, &mut ranges);
    out.extend(ranges.into_iter().map(|ranked| ranked.finding));
    floor_findings(pose, &joints, &mut out);
    contact_findings(pose, &joints, &mut out);
    hand_findings(pose, &joints, &mut out);
    foot_findings(pose, &joints, &mut out);
    // Each told as a finding of this pose.
    for finding in &mut out {
        finding.message = crate::t!(
            "figure-in-pose",
            pose = pose.id.as_str(),
            finding = finding.message.as_str()
        );
    }
    out
}

/// What goes wrong part-way from `from` to `to` (the movement a Move or
/// Release step plays) and not already at either end (those are the poses'
/// own findings): each part through the floor or joint out of range once,
/// at the sampled instant where it is worst, with that instant (0 to 1
/// along the movement).
pub fn blend_findings(from: &Pose, to: &Pose) -> Vec<(f32, Finding)> {
    let at = |t: f32| -> Vec<(String, f32, Finding)> {
        let mut pose = blend(from, to, t);
        pose.mirrored = false;
        pose.id = String::new();
        let joints = forward_kinematics(&pose);
        let mut found = Vec::new();
        range_findings(&pose, &mut found);
        for (name, field, piece) in drawn_parts(&pose, &joints) {
            let depth = piece.depth();
            if depth > FLOOR_TOLERANCE {
                found.push(Ranked {
                    // As printed: two decimals.
                    size: format!("{depth:.2}").parse().unwrap_or(depth),
                    finding: Finding {
                        field,
                        message: below_floor(&name, depth),
                    },
                    key: name,
                });
            }
        }
        // One report per part or joint.
        found
            .into_iter()
            .map(|ranked| (ranked.key, ranked.size, ranked.finding))
            .collect()
    };
    let mut at_ends: Vec<(String, f32)> = Vec::new();
    for (key, size, _) in at(0.0).into_iter().chain(at(1.0)) {
        match at_ends.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = entry.1.max(size),
            None => at_ends.push((key, size)),
        }
    }
    let mut worst: Vec<(String, f32, f32, Finding)> = Vec::new();
    for k in 1..=BLEND_SAMPLES {
        let t = k as f32 / (BLEND_SAMPLES + 1) as f32;
        for (key, size, finding) in at(t) {
            // Worse on the way than at either end, by more than rounding.
            let at_end = at_ends
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(f32::MIN, |entry| entry.1);
            if size <= at_end + 0.05 * at_end.abs().max(1.0) {
                continue;
            }
            match worst.iter_mut().find(|(k, ..)| *k == key) {
                Some(entry) if entry.2 >= size => {}
                Some(entry) => *entry = (key, t, size, finding),
                None => worst.push((key, t, size, finding)),
            }
        }
    }
    worst
        .into_iter()
        .map(|(_, t, _, finding)| (t, finding))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::parse_poses;

    fn one(text: &str) -> Pose {
        parse_poses(text).expect("parses").remove(0)
    }

    const LYING: &str = r#"[(
        id: "lying",
        pelvis: (height: 0.5, angle: 180),
        contacts: [Head, Shoulders, Pelvis, LeftFoot, RightFoot],
        near_arm: (shoulder: -6, elbow: 0),
        far_arm: (shoulder: -6, elbow: 0),
        near_leg: (knee: 100),
        far_leg: (knee: 100),
        feet: Flat,
    )]"#;

    #[test]
    fn a_good_pose_has_no_findings() {
        let pose = one(LYING);
        assert_eq!(pose_findings(&pose), vec![]);
        assert_eq!(pose_findings(&pose.mirror()), vec![]);
    }

    #[test]
    fn a_forearm_through_the_floor_is_found_on_its_arm() {
        let pose = one(&LYING.replace(
            "near_arm: (shoulder: -6, elbow: 0)",
            "near_arm: (shoulder: -40, elbow: 10)",
        ));
        let findings = pose_findings(&pose);
        assert!(
            findings
                .iter()
                .any(|f| f.field == "near_arm" && f.message.contains("the right forearm is")),
            "{findings:?}"
        );
    }

    #[test]
    fn a_knee_past_its_range_and_a_lifted_contact_are_found() {
        let pose = one(&LYING.replace(
            "far_leg: (knee: 100),\n        feet: Flat,",
            "far_leg: (hip: 60, knee: 170),\n        right_foot: Flat,",
        ));
        let findings = pose_findings(&pose);
        assert!(
            findings
                .iter()
                .any(|f| f.field == "far_leg.knee" && f.message.contains("170°")),
            "{findings:?}"
        );
        assert!(
            findings
                .iter()
                .any(|f| f.field == "contacts" && f.message.contains("the left foot")),
            "{findings:?}"
        );
    }

    #[test]
    fn the_knee_turned_out_of_the_picture_bends_in_space() {
        let mut pose = one(LYING);
        pose.near_leg.knee = 0.0;
        pose.near_leg.thigh_depth = 45.0;
        pose.near_leg.shin_depth = -45.0;
        assert!((knee_flexion(&pose, LimbSide::Near) - 90.0).abs() < 0.01);
        pose.near_leg.shin_depth = 45.0;
        assert!(knee_flexion(&pose, LimbSide::Near).abs() < 0.1);
    }

    #[test]
    fn a_movement_through_the_floor_is_found_part_way() {
        // Lying face down: from propped on the forearms to arms by the
        // sides, blended angle by angle, the forearms sweep through the
        // floor while the chest comes down.
        let propped = one(r#"[(
            id: "propped",
            pelvis: (height: 0.5, angle: 14),
            spine: (lower: -21, upper: -8),
            near_arm: (shoulder: 90, elbow: 90),
            far_arm: (shoulder: 90, elbow: 90),
            near_leg: (hip: -7, knee: 15, ankle: 45),
            far_leg: (hip: -7, knee: 15, ankle: 45),
        )]"#);
        let flat = one(r#"[(
            id: "flat",
            pelvis: (height: 0.5, angle: 0),
            neck: -20,
            near_arm: (shoulder: -6, elbow: 0),
            far_arm: (shoulder: -6, elbow: 0),
            near_leg: (hip: 7, knee: 15, ankle: 45),
            far_leg: (hip: 7, knee: 15, ankle: 45),
        )]"#);
        let found = blend_findings(&propped, &flat);
        let forearm = found
            .iter()
            .find(|(_, f)| f.message.starts_with("the right forearm is"))
            .unwrap_or_else(|| panic!("{found:?}"));
        assert!(forearm.0 > 0.1 && forearm.0 < 0.9, "part-way: {forearm:?}");
        assert_eq!(forearm.1.field, "near_arm");
        // Lying on the back, bending an elbow up off the mat stays clear.
        let mut bent = one(LYING);
        bent.near_arm.elbow = 60.0;
        assert!(
            pose_findings(&bent).is_empty(),
            "{:?}",
            pose_findings(&bent)
        );
        assert!(blend_findings(&one(LYING), &bent).is_empty());
    }
}
