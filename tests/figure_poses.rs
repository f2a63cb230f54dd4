//! The shipped poses: every id the architecture promises exists, parses and
//! draws; blending and mirroring behave on real poses.

use std::collections::BTreeMap;
use std::path::Path;

use limber_core::content::schema::{Exercise, Illustration, Region};
use limber_core::content::{Library, Severity, Sources};
use limber_core::figure::check::elbow_flexion;
use limber_core::figure::{
    BodySide, LimbSide, Palette, Point, Pose, Shade, Shape, blend, blend_findings,
    forward_kinematics, parse_poses, pose_findings, render_all, render_png, shapes,
};

fn shipped_poses() -> BTreeMap<String, Pose> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/poses");
    let mut poses = BTreeMap::new();
    let entries = std::fs::read_dir(&folder).expect("content/poses exists");
    for entry in entries {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable pose file");
        let parsed = parse_poses(&text).unwrap_or_else(|e| panic!("{}:{e}", path.display()));
        for pose in parsed {
            assert!(
                pose.problems().is_empty(),
                "{}: {:?}",
                path.display(),
                pose.problems()
            );
            let id = pose.id.clone();
            assert!(
                poses.insert(id.clone(), pose).is_none(),
                "duplicate pose id {id}"
            );
        }
    }
    poses
}

fn shipped_exercises() -> Vec<Exercise> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/exercises");
    let mut exercises = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("content/exercises exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let text = std::fs::read_to_string(&path).expect("readable exercise");
            exercises.push(
                ron::Options::default()
                    .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                    .from_str::<Exercise>(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            );
        }
    }
    assert!(exercises.len() >= 5, "{} exercises", exercises.len());
    exercises
}

/// The ids listed in docs/architecture.md, section "Shipped pose ids".
fn documented_ids() -> Vec<String> {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
            .expect("architecture doc");
    let section = doc
        .split("## Shipped pose ids")
        .nth(1)
        .expect("section present");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_string)
        .collect()
}

/// Every shipped pose held to anatomy: nothing below the floor, every
/// declared contact on it, every hand and foot where the pose puts it,
/// every joint in its range.
#[test]
fn every_shipped_pose_is_anatomically_sound() {
    let mut problems = Vec::new();
    for pose in shipped_poses().values() {
        for finding in pose_findings(pose) {
            problems.push(format!("{} ({})", finding.message, finding.field));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Every movement a Move or Release step of a shipped exercise plays (and
/// each variation's), sampled on the way: no frame through the floor, no
/// joint out of range.
#[test]
fn every_shipped_movement_stays_above_the_floor() {
    let poses = shipped_poses();
    let mut checked = 0;
    let mut problems = Vec::new();
    // Read as written, not through the library (which leaves out an
    // exercise whose poses fail their own check).
    for exercise in shipped_exercises() {
        let variations = std::iter::once(None).chain(exercise.variations.iter().map(Some));
        for variation in variations {
            for movement in exercise.movements(variation) {
                let (Illustration::Pose(from), Illustration::Pose(to)) =
                    (&movement.from, &movement.to)
                else {
                    continue;
                };
                checked += 1;
                for (t, finding) in blend_findings(&poses[from], &poses[to]) {
                    problems.push(format!(
                        "{} step {} ({:?}) {from} → {to} at {:.0} %: {}",
                        exercise.id,
                        movement.step + 1,
                        movement.role,
                        t * 100.0,
                        finding.message
                    ));
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} movements found");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_documented_pose_is_shipped() {
    let poses = shipped_poses();
    let ids = documented_ids();
    assert!(ids.len() >= 13, "found only {ids:?} in the doc");
    for id in &ids {
        assert!(
            poses.contains_key(id),
            "pose `{id}` is documented but not shipped"
        );
    }
}

fn near(a: Point, b: Point) -> bool {
    a.distance(b) < 1e-4
}

#[test]
fn blend_ends_are_the_poses_and_the_middle_is_between() {
    let poses = shipped_poses();
    // Every movement an exercise plays.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for exercise in shipped_exercises() {
        let variations = std::iter::once(None).chain(exercise.variations.iter().map(Some));
        for variation in variations {
            for movement in exercise.movements(variation) {
                if let (Illustration::Pose(from), Illustration::Pose(to)) =
                    (movement.from, movement.to)
                    && !pairs.contains(&(from.clone(), to.clone()))
                {
                    pairs.push((from, to));
                }
            }
        }
    }
    assert!(pairs.len() >= 10, "{pairs:?}");
    for (from, to) in &pairs {
        let (a, b) = (&poses[from], &poses[to]);
        assert_eq!(&blend(a, b, 0.0), a);
        assert_eq!(&blend(a, b, 1.0), b);
        // Just short of the ends the figure is almost there (no jump).
        let (ja, jb) = (forward_kinematics(a), forward_kinematics(b));
        let almost_b = forward_kinematics(&blend(a, b, 0.999));
        for (p, q) in almost_b.points().iter().zip(jb.points()) {
            assert!(p.distance(q) < 0.05, "{from}→{to}: {p:?} vs {q:?}");
        }
        let half = forward_kinematics(&blend(a, b, 0.5));
        let mut moved = 0;
        for ((p, q), m) in ja.points().iter().zip(jb.points()).zip(half.points()) {
            // In between: within the box of the two ends, give or take the
            // bulge of a turning limb (and a hundredth of the figure's
            // height for a point that hardly moves, the shoulder over a
            // planted elbow while the spine bends under it), and never past
            // either end.
            let slack = 0.35 * p.distance(q) + 0.02;
            assert!(
                m.x >= p.x.min(q.x) - slack && m.x <= p.x.max(q.x) + slack,
                "{from}→{to}: x {m:?} not between {p:?} and {q:?}"
            );
            assert!(
                m.y >= p.y.min(q.y) - slack && m.y <= p.y.max(q.y) + slack,
                "{from}→{to}: y {m:?} not between {p:?} and {q:?}"
            );
            if p.distance(q) > 0.1 {
                assert!(
                    m.distance(*p) > 0.05 && m.distance(q) > 0.05,
                    "{from}→{to}: {m:?} stuck at an end"
                );
                moved += 1;
            }
        }
        assert!(moved > 0, "{from}→{to}: nothing moves");
        assert!(near(half.pelvis, ja.pelvis.lerp(jb.pelvis, 0.5)));
    }
}

#[test]
fn shapes_come_in_depth_order() {
    let poses = shipped_poses();
    let rank = |shade: Shade| match shade {
        Shade::Mat => 0,
        Shade::Far => 1,
        Shade::Mid => 2,
        Shade::Near => 3,
        Shade::Highlight => 4,
        Shade::Gap => unreachable!("gaps are checked on their own"),
        Shade::Ghost | Shade::Arrow => unreachable!("a still pose has no movement"),
    };
    for pose in poses.values() {
        let figure = shapes(pose, Some(Region::LowerBack));
        let shades: Vec<Shade> = figure.shapes.iter().map(Shape::shade).collect();
        assert_eq!(shades.first(), Some(&Shade::Mat), "{}", pose.id);
        // The highlight comes last, or, where the hands rest on the body
        // (on the chest, on a leg), under the arms in front: after it come
        // only those arms (a gap and a fill per bone; from the front both).
        let hands_on_body = [BodySide::Left, BodySide::Right].into_iter().any(|side| {
            pose.hand(side).is_some_and(|(place, _)| {
                place.leg().is_some() || place == limber_core::figure::HandPlace::OnChest
            })
        });
        let highlight = shades
            .iter()
            .rposition(|s| *s == Shade::Highlight)
            .unwrap_or_else(|| panic!("{}: no highlight", pose.id));
        let after = &shades[highlight + 1..];
        let arms = if pose.view == limber_core::figure::View::Side {
            1
        } else {
            2
        };
        let expected = if hands_on_body { arms * 6 } else { 0 };
        assert!(
            after.len() == expected
                && after
                    .iter()
                    .all(|s| matches!(s, Shade::Gap | Shade::Mid | Shade::Near)),
            "{}: after the highlight {after:?}",
            pose.id
        );
        let shades: Vec<Shade> = shades[..=highlight]
            .iter()
            .chain(after)
            .copied()
            .filter(|s| *s != Shade::Highlight)
            .chain(std::iter::once(Shade::Highlight))
            .collect();
        if pose.view == limber_core::figure::View::Side {
            // A gap is the outline of what is drawn right after it (a limb
            // or the trunk set off from what lies behind), so it has no
            // depth of its own: the fills come in depth order, and every
            // run of gaps is followed by a fill.
            // An arm that holds a leg is drawn last in the trunk's shade
            // (so it does not knot into the dark leg it holds): it ranks
            // with the near limbs.
            let holds_leg = [BodySide::Left, BodySide::Right].into_iter().any(|side| {
                pose.hand(side)
                    .is_some_and(|(place, _)| place.leg().is_some())
            });
            // A back leg lying long on the mat (the other leg up) is drawn
            // first in the trunk's shade: it ranks with the far limbs.
            let mut seen_near = false;
            let mut seen_far = false;
            let ranks: Vec<u8> = shades
                .iter()
                .filter(|s| **s != Shade::Gap)
                .map(|s| {
                    seen_near |= *s == Shade::Near;
                    seen_far |= *s == Shade::Far;
                    if holds_leg && seen_near && *s == Shade::Mid {
                        3
                    } else if !seen_far && *s == Shade::Mid {
                        1
                    } else {
                        rank(*s)
                    }
                })
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[0] <= w[1]),
                "{}: {shades:?}",
                pose.id
            );
            for (i, pair) in shades.windows(2).enumerate() {
                if pair[0] == Shade::Gap && pair[1] != Shade::Gap {
                    assert!(
                        matches!(pair[1], Shade::Far | Shade::Mid | Shade::Near),
                        "{}: the gap before shape {} outlines nothing: {shades:?}",
                        pose.id,
                        i + 1
                    );
                }
            }
        }
        for shape in &figure.shapes {
            let b = shape.bounds();
            assert!(b.min.x >= figure.bounds.min.x - 1e-4 && b.max.x <= figure.bounds.max.x + 1e-4);
            assert!(b.min.y >= figure.bounds.min.y - 1e-4 && b.max.y <= figure.bounds.max.y + 1e-4);
        }
        // Lying and sitting figures rest on the mat: nothing sinks far
        // below the floor (y down, floor at 0; seen from above, the
        // floor's near edge, the mat's lower edge less its thickness).
        let floor = figure.shapes[0].bounds().max.y - limber_core::figure::shapes::MAT_THICKNESS;
        let lowest = figure.shapes[1..]
            .iter()
            .filter(|s| !matches!(s.shade(), Shade::Highlight | Shade::Gap))
            .map(|s| s.bounds().max.y)
            .fold(f32::MIN, f32::max);
        assert!(
            lowest < floor + 0.15,
            "{}: body reaches {lowest} below the floor",
            pose.id
        );
    }
}

#[test]
fn every_pose_renders_in_both_themes_and_mirrored() {
    let poses = shipped_poses();
    for pose in poses.values() {
        for (palette, pose) in [
            (Palette::LIGHT, pose.clone()),
            (Palette::DARK, pose.mirror()),
        ] {
            let png = render_png(&pose, Some(Region::Hips), 160, 120, &palette).expect("renders");
            let image = image::load_from_memory(&png).expect("valid PNG").to_rgba8();
            assert_eq!(image.dimensions(), (160, 120));
            let near = palette.near;
            let near_pixels = image
                .pixels()
                .filter(|p| p.0 == [near.r, near.g, near.b, near.a])
                .count();
            assert!(
                near_pixels > 100,
                "{}: only {near_pixels} near-limb pixels",
                pose.id
            );
        }
    }
}

#[test]
fn render_refuses_absurd_sizes() {
    let poses = shipped_poses();
    let pose = &poses["standing"];
    assert!(render_png(pose, None, 0, 100, &Palette::LIGHT).is_err());
    let error = render_png(pose, None, 100_000, 100, &Palette::LIGHT).expect_err("too wide");
    assert!(error.to_string().contains("100000"), "{error}");
}

#[test]
fn render_all_writes_one_png_per_pose() {
    let poses: Vec<Pose> = shipped_poses().into_values().collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let written = render_all(&poses, dir.path()).expect("renders");
    assert_eq!(written.len(), poses.len());
    for pose in &poses {
        let path = dir.path().join(format!("{}.png", pose.id));
        let bytes = std::fs::read(&path).expect("file written");
        assert!(
            image::load_from_memory(&bytes).is_ok(),
            "{}",
            path.display()
        );
    }
    let mut bad = poses[0].clone();
    bad.id = "../escape".to_string();
    assert!(render_all(&[bad], dir.path()).is_err());
}

/// `limber check` on a folder of three wrong poses: each problem with the
/// place of the field at fault, and the check fails.
#[test]
fn check_places_each_wrong_pose_at_its_field() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wrong-poses");
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&dir), &mut out).expect("checks");
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(!outcome.is_ok(), "{text}");
    assert_eq!(outcome.errors, 3, "{text}");
    // Faults, not errors: the poses still load and draw.
    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(dir.clone()),
    });
    assert!(
        problems.iter().all(|p| p.severity == Severity::Fault),
        "{problems:?}"
    );
    for id in [
        "forearm-through-floor",
        "hands-not-on-knee",
        "knee-bent-too-far",
    ] {
        assert!(library.pose(id).is_some(), "{id} not loaded");
    }
    let file = dir.join("poses/wrong.ron").display().to_string();
    for (place, words) in [
        // `near_arm:` of the first pose.
        (
            "13:9",
            "the right forearm is 0.12 head units below the floor",
        ),
        // `hands:` of the second.
        ("24:9", "hands: OnKnee(Right) is not met"),
        // `knee:` inside `near_leg` of the third.
        ("38:30", "the right knee (near_leg.knee) is bent 170°"),
    ] {
        assert!(
            text.lines()
                .any(|line| line.starts_with(&format!("{file}:{place}: ")) && line.contains(words)),
            "no `{place}: {words}` in\n{text}"
        );
    }
}

/// Poses written the old way, every angle and no placements, still load
/// as they did.
#[test]
fn poses_written_with_angles_only_load_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/neck");
    let mut out = Vec::new();
    let outcome = limber::cli::check::check(Some(&dir), &mut out).expect("checks");
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(outcome.is_ok() && outcome.warnings == 0, "{text}");
    let poses =
        parse_poses(&std::fs::read_to_string(dir.join("poses/neck.ron")).expect("neck poses"))
            .expect("parse");
    for pose in &poses {
        assert!(pose.solved.is_empty(), "{}: {:?}", pose.id, pose.solved);
        assert!(pose_findings(pose).is_empty(), "{}", pose.id);
    }
    let bent = poses.iter().find(|p| p.id == "elbows-bent").expect("pose");
    assert_eq!((bent.near_arm.shoulder, bent.near_arm.elbow), (0.0, 90.0));
}

/// The partial crunch is a curl, not a sit-up: the pelvis and the lower
/// back stay on the floor, only the upper back curls up (the line from the
/// lower ribs to the shoulders 20–30° from the floor), and the forearms
/// lie crossed flat on the chest (the elbows by the ribs, neither down by
/// the hips nor up in the air, the hands well away from the head).
#[test]
fn the_crunch_curls_the_upper_back_off_a_flat_lower_back() {
    let poses = shipped_poses();
    let (start, up) = (&poses["crunch-start"], &poses["crunch-up"]);
    let (lying, curled) = (forward_kinematics(start), forward_kinematics(up));
    // Lying, the trunk rests on the floor at least 60 % of the way from
    // the hips to the shoulders: the curl starts at the lower ribs, above
    // the lumbar spine.
    let flat = (lying.waist.x - lying.pelvis.x).abs();
    let to_shoulders = (lying.near.shoulder.x - lying.pelvis.x).abs();
    assert!(
        flat / to_shoulders >= 0.6,
        "the lower back is {:.0} % of the trunk",
        100.0 * flat / to_shoulders
    );
    let rise = (curled.waist.y - curled.neck_base.y)
        .atan2((curled.neck_base.x - curled.waist.x).abs())
        .to_degrees();
    assert!(
        (20.0..=30.5).contains(&rise),
        "the upper back is {rise:.0}° off the floor"
    );
    for (name, pose, joints) in [("crunch-start", start, &lying), ("crunch-up", up, &curled)] {
        for (side, limbs) in [("near", joints.near), ("far", joints.far)] {
            // The upper arms lie along the ribs: the elbow by the lower
            // ribs, not down by the hips, and not standing up off the
            // chest (an elbow in the air reads as a hand on its way to
            // the head).
            let from_hips = limbs.elbow.distance(joints.pelvis);
            assert!(
                from_hips > 0.7,
                "{name}: the {side} elbow is by the hips ({from_hips:.2} from the pelvis), not by the ribs"
            );
            let off_chest = joints.waist.y - limbs.elbow.y;
            assert!(
                off_chest < 1.0,
                "{name}: the {side} elbow stands {off_chest:.2} over the waist, up off the chest"
            );
            // The hand at the shoulder, clear of the head: the fingertips
            // by the shoulders, and more than a hand's length from the
            // middle of the head (half a head unit its radius).
            let to_shoulder = limbs.fingertips.distance(joints.near.shoulder);
            assert!(
                to_shoulder < 0.9,
                "{name}: the {side} fingertips are {to_shoulder:.2} from the shoulders"
            );
            let to_head = limbs.fingertips.distance(joints.head_center);
            assert!(
                to_head > 1.05,
                "{name}: the {side} fingertips are {to_head:.2} from the middle of the head"
            );
        }
        let findings: Vec<String> = pose_findings(pose).into_iter().map(|f| f.message).collect();
        assert!(findings.is_empty(), "{findings:?}");
    }
    // Folded flat: lying, the near arm (the one in the picture) rests on
    // the chest, its elbow and hand no further from the spine's line than
    // the trunk's half-width and the arm's own (a forearm standing up from
    // the elbow reads as a fist raised to the chin).
    let drawn = limber_core::figure::skeleton::drawn_joints(start);
    let resting = limber_core::figure::Bone::UpperSpine.radius(start.view)
        + limber_core::figure::Bone::NearUpperArm.radius(start.view);
    for (joint, point) in [
        ("elbow", drawn.near.elbow),
        ("wrist", drawn.near.wrist),
        ("fingertips", drawn.near.fingertips),
    ] {
        let off = segment_distance(point, drawn.pelvis, drawn.neck_base);
        assert!(
            off <= resting,
            "crunch-start: the near {joint} is {off:.2} off the spine's line (at most {resting:.2}): up off the chest"
        );
        let along = segment_distance(point, drawn.waist, drawn.neck_base);
        assert!(
            along <= resting,
            "crunch-start: the near {joint} is {along:.2} from the chest (the ribs up to the neck)"
        );
    }
    // The check catches a sit-up: the same pose with the whole trunk
    // lifted from the hips lifts the lower back it declares on the floor.
    let mut sit_up = up.clone();
    sit_up.spine.lower = sit_up.spine.upper;
    sit_up.spine.upper = 0.0;
    let findings: Vec<String> = pose_findings(&sit_up)
        .into_iter()
        .filter(|f| f.field == "contacts")
        .map(|f| f.message)
        .collect();
    assert!(
        findings
            .iter()
            .any(|m| m.contains("the lower back should rest on the floor")),
        "{findings:?}"
    );
}

/// Resting between presses the forearms lie on the floor beside the head,
/// elbows bent, and the head rests; the press-up's picture says "press
/// the elbows down, the upper back rises": an arrow down onto the forearm
/// by the elbow and one up from the back, none at the head.
#[test]
fn the_press_up_rests_on_the_forearms_and_presses_the_elbows_down() {
    let poses = shipped_poses();
    let resting = &poses["prone-resting"];
    let j = forward_kinematics(resting);
    for (side, limb, limbs) in [
        ("near", LimbSide::Near, j.near),
        ("far", LimbSide::Far, j.far),
    ] {
        // Measured in space: the upper arm goes out to the side.
        let bent = elbow_flexion(resting, limb);
        assert!(
            bent > 60.0,
            "prone-resting: the {side} elbow is bent {bent:.0}°: a straight arm"
        );
        // The hand beside the head, not reaching out past it.
        let past = limbs.fingertips.x - (j.head_center.x + 0.5);
        assert!(
            past < 1.0,
            "prone-resting: the {side} hand reaches {past:.2} past the head"
        );
    }
    assert!(
        resting
            .contacts
            .contains(&limber_core::figure::Contact::Head)
    );
    // In the picture the near forearm, out to the side by the head, stays
    // below the head's middle: the face looking down is not covered.
    let drawn = limber_core::figure::skeleton::drawn_joints(resting);
    let forearm_top = [drawn.near.elbow, drawn.near.wrist, drawn.near.fingertips]
        .iter()
        .map(|p| p.y)
        .fold(f32::MAX, f32::min)
        - limber_core::figure::Bone::NearForearm.radius(resting.view);
    assert!(
        forearm_top > drawn.head_center.y,
        "prone-resting: the near forearm reaches {forearm_top:.2}, over the head's middle at {:.2}: it covers the face",
        drawn.head_center.y
    );
    assert!(
        pose_findings(resting).is_empty(),
        "{:?}",
        pose_findings(resting)
    );

    let (from, to) = (&poses["prone-on-forearms"], &poses["prone-press-up"]);
    let picture = limber_core::figure::movement(from, to, None);
    let heads = arrowheads(&picture);
    let end = forward_kinematics(to);
    // Which way an arrowhead points (y down: positive is down) and where.
    let pointing = |p: &[Point; 3]| (p[1].y - (p[0].y + p[2].y) / 2.0, p[1]);
    let down_at_elbow = heads.iter().any(|p| {
        let (down, tip) = pointing(p);
        down > 0.1 && tip.distance(end.near.elbow) < 0.8
    });
    let up_from_back = heads.iter().any(|p| {
        let (down, tip) = pointing(p);
        down < -0.1 && tip.x < end.near.shoulder.x && tip.x > end.pelvis.x
    });
    let at_head = heads.iter().any(|p| p[1].distance(end.head_center) < 1.0);
    assert!(down_at_elbow, "no arrow presses the elbow down: {heads:?}");
    assert!(up_from_back, "no arrow lifts the upper back: {heads:?}");
    assert!(!at_head, "an arrow at the head: {heads:?}");
}

/// The butterfly seen from the front: the soles together at the middle,
/// each foot on its own side (never crossed), the heels in towards the
/// groin; the hands hold the feet in the setup and rest on the knees in
/// the press; the press lowers the knees only part of the way, and the
/// movement's ghost shows where the knees started.
#[test]
fn the_butterfly_is_a_diamond_pressed_part_way() {
    let poses = shipped_poses();
    let (sit, press) = (&poses["butterfly-sit"], &poses["butterfly-press"]);
    let (a, b) = (forward_kinematics(sit), forward_kinematics(press));
    for (name, j) in [("butterfly-sit", &a), ("butterfly-press", &b)] {
        let middle = j.pelvis.x;
        // The near limbs are on the viewer's right (+x).
        for (side, limbs, outwards) in [("near", j.near, 1.0), ("far", j.far, -1.0)] {
            for (part, point) in [
                ("ankle", limbs.ankle),
                ("heel", limbs.heel),
                ("toes", limbs.toes),
            ] {
                assert!(
                    (point.x - middle) * outwards > 0.0,
                    "{name}: the {side} {part} crosses the middle: {point:?}"
                );
            }
            // Heels in: the feet within a thigh's length of the groin.
            assert!(
                limbs.ankle.distance(j.pelvis) < 1.0,
                "{name}: {side} foot far out"
            );
            let hand = if name == "butterfly-sit" {
                limbs.wrist.distance(limbs.ankle)
            } else {
                limbs.wrist.distance(limbs.knee)
            };
            assert!(
                hand < 0.75,
                "{name}: the {side} hand is {hand:.2} from its place"
            );
            assert!(
                (limbs.fingertips.x - middle) * outwards > 0.0,
                "{name}: the {side} hand crosses the middle"
            );
        }
    }
    // Knees up and out sitting; pressed a moderate way, the thighs still
    // sloping up to the knees (not drawn flat, a range few should force).
    let (up, down) = (-a.near.knee.y, -b.near.knee.y);
    assert!(up - down > 0.2, "the knees go down {:.2}", up - down);
    assert!(down > 1.0, "the pressed knee is {down:.2} above the floor");
    // The press is gentle, the shoulders relaxed: the elbows down by the
    // sides, below the shoulders, not flared up like wings.
    for limbs in [b.near, b.far] {
        let below = limbs.elbow.y - limbs.shoulder.y;
        assert!(
            below > 0.9,
            "butterfly-press: the elbow is {below:.2} below the shoulder: flared up"
        );
        let out = (limbs.elbow.x - limbs.shoulder.x).abs();
        assert!(
            out < 0.6,
            "butterfly-press: the elbow is {out:.2} out from the shoulder"
        );
    }
    // The ghost of the start shows the thighs up to the knees' start.
    let picture = limber_core::figure::movement(sit, press, None);
    let ghost_knee = picture.shapes.iter().any(|shape| {
        matches!(*shape, Shape::Capsule { b: end, shade: Shade::Ghost, .. } if end.distance(a.near.knee) < 1e-3)
    });
    assert!(ghost_knee, "no ghost of the starting thigh");
    // And nothing else of the ghost sits over the starting knee: the
    // ghost's arms (which held the feet) are left out.
    let ghost_arm = picture.shapes.iter().any(|shape| {
        matches!(*shape, Shape::Capsule { a: start, shade: Shade::Ghost, .. } if start.distance(a.near.shoulder) < 1e-3)
    });
    assert!(!ghost_arm, "the ghost's arms cover the knees' start");
}

/// The seated hamstring stretch's bent leg: the knee dropped out to the
/// side, the thigh low, the sole against the straight leg's inner thigh
/// (the checker holds the placement), and drawn so it shows: seen from a
/// little above and round towards the front, the bent knee is clear of
/// the straight leg in the picture, not hidden behind it.
#[test]
fn the_bent_knee_drops_out_to_the_side_and_shows() {
    let poses = shipped_poses();
    for id in ["hamstring-bent-knee", "hamstring-lean"] {
        let pose = &poses[id];
        assert!(
            pose_findings(pose).is_empty(),
            "{id}: {:?}",
            pose_findings(pose)
        );
        // Out to the side: the thigh turned well out of the side view's
        // picture, away from the viewer (the person's left).
        assert!(
            pose.far_leg.thigh_depth >= 35.0,
            "{id}: the left thigh turns out only {}°",
            pose.far_leg.thigh_depth
        );
        // Low: the knee near the mat, below the hip.
        let side = forward_kinematics(pose);
        assert!(
            side.far.knee.y > side.pelvis.y,
            "{id}: the left knee is above the hip: {:?}",
            side.far.knee
        );
        // In the picture the bent knee is clear of the straight leg.
        let drawn = limber_core::figure::skeleton::drawn_joints(pose);
        let (hip, knee) = (drawn.near.hip, drawn.near.knee);
        let (ankle, toes) = (drawn.near.ankle, drawn.near.toes);
        let from_straight_leg = [(hip, knee), (knee, ankle), (ankle, toes)]
            .into_iter()
            .map(|(a, b)| segment_distance(drawn.far.knee, a, b))
            .fold(f32::INFINITY, f32::min);
        assert!(
            from_straight_leg > 0.6,
            "{id}: the bent knee is drawn {from_straight_leg:.2} from the straight leg: hidden behind it"
        );
        // The sole rests on the inside of the straight thigh, which faces
        // the bent leg's side: the picture is drawn from there, the bent
        // leg in front (its foot drawn after the straight thigh) and
        // dark, the knee below the straight leg (towards the viewer).
        assert!(
            limber_core::figure::skeleton::seen_from_far_side(pose),
            "{id}: drawn from the straight leg's side, where the sole is hidden"
        );
        let figure = shapes(pose, None);
        let index_of = |a: Point, b: Point| {
            figure.shapes.iter().position(|shape| {
                matches!(*shape, Shape::Capsule { a: p, b: q, shade, .. }
                    if shade != Shade::Gap && p.distance(a) < 1e-4 && q.distance(b) < 1e-4)
            })
        };
        let straight_thigh = index_of(drawn.near.hip, drawn.near.knee).expect("straight thigh");
        let bent_foot = index_of(drawn.far.heel, drawn.far.toes).expect("bent foot");
        assert!(
            bent_foot > straight_thigh,
            "{id}: the bent leg's foot is drawn behind the straight thigh"
        );
        assert!(
            matches!(figure.shapes[bent_foot].shade(), Shade::Near),
            "{id}: the bent leg is not the dark one"
        );
        assert!(
            drawn.far.knee.y > drawn.near.knee.y,
            "{id}: the bent knee is drawn above the straight one: it reads raised"
        );
    }
}

fn segment_distance(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = (dx * dx + dy * dy).max(1e-9);
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / length).clamp(0.0, 1.0);
    p.distance(Point::new(a.x + dx * t, a.y + dy * t))
}

/// The points of every arrow of a movement's picture.
fn arrow_points(picture: &limber_core::figure::Figure) -> Vec<Point> {
    picture
        .shapes
        .iter()
        .flat_map(|shape| match *shape {
            Shape::Capsule {
                a,
                b,
                shade: Shade::Arrow,
                ..
            } => vec![a, b],
            Shape::Triangle {
                points,
                shade: Shade::Arrow,
            } => points.to_vec(),
            _ => Vec::new(),
        })
        .collect()
}

/// The arrowheads of a movement's picture, each as its three corners
/// (the tip in the middle).
fn arrowheads(picture: &limber_core::figure::Figure) -> Vec<[Point; 3]> {
    picture
        .shapes
        .iter()
        .filter_map(|shape| match *shape {
            Shape::Triangle {
                points,
                shade: Shade::Arrow,
            } => Some(points),
            _ => None,
        })
        .collect()
}

/// The crunch's arrow curls up over the shoulder blades, away from the
/// head (an arrow at the head cues leading with the neck), and is long
/// enough to see at thumbnail size.
#[test]
fn the_crunch_arrow_is_at_the_shoulder_blades_not_the_head() {
    let poses = shipped_poses();
    let (from, to) = (&poses["crunch-start"], &poses["crunch-up"]);
    let picture = limber_core::figure::movement(from, to, None);
    let points = arrow_points(&picture);
    assert!(!points.is_empty(), "no arrow");
    let (start, end) = (forward_kinematics(from), forward_kinematics(to));
    for head in [start.head_center, end.head_center] {
        let nearest = points
            .iter()
            .map(|p| p.distance(head))
            .fold(f32::INFINITY, f32::min);
        assert!(
            nearest > limber_core::figure::skeleton::HEAD_RADIUS + 0.25,
            "the arrow comes within {nearest:.2} of the head's centre"
        );
    }
    // Over the upper back: between the waist and the base of the neck
    // (give or take the arrowhead's half width).
    let (left, right) = (
        end.waist.x.min(end.neck_base.x) - 0.5,
        end.waist.x.max(end.neck_base.x) + 0.5,
    );
    assert!(
        points.iter().all(|p| (left..=right).contains(&p.x)),
        "the arrow leaves the upper back ({left:.2} … {right:.2}): {points:?}"
    );
    let width = points.iter().map(|p| p.x).fold(f32::MIN, f32::max)
        - points.iter().map(|p| p.x).fold(f32::MAX, f32::min);
    let height = points.iter().map(|p| p.y).fold(f32::MIN, f32::max)
        - points.iter().map(|p| p.y).fold(f32::MAX, f32::min);
    assert!(
        width.hypot(height) > 0.9,
        "the arrow is {:.2} across: too small to see",
        width.hypot(height)
    );
    // It ends pointing up, over the chest: the shoulder blades come off
    // the floor. An arrow whose head points along the body at the knees
    // cues sitting up.
    let heads = arrowheads(&picture);
    assert_eq!(heads.len(), 1, "one arrowhead");
    let [a, tip, b] = heads[0];
    let base = a.lerp(b, 0.5);
    // y down: up is -y.
    let from_up = (tip.x - base.x).atan2(base.y - tip.y).to_degrees();
    assert!(
        from_up.abs() <= 30.0,
        "the arrow's head points {from_up:.0}° from straight up"
    );
    let (chest_from, chest_to) = (
        end.waist.x.min(end.neck_base.x),
        end.waist.x.max(end.neck_base.x),
    );
    assert!(
        (chest_from..=chest_to).contains(&tip.x),
        "the arrow ends at x {:.2}, not over the chest ({chest_from:.2} … {chest_to:.2})",
        tip.x
    );
}

/// The butterfly press's arrows are at the knees (what goes down), not
/// out by the elbows (which cues flaring them).
#[test]
fn the_butterfly_arrows_are_at_the_knees() {
    let poses = shipped_poses();
    let (from, to) = (&poses["butterfly-sit"], &poses["butterfly-press"]);
    let picture = limber_core::figure::movement(from, to, None);
    let points = arrow_points(&picture);
    let end = forward_kinematics(to);
    for limbs in [end.near, end.far] {
        let near_knee: Vec<&Point> = points
            .iter()
            .filter(|p| p.distance(limbs.knee) < 1.0)
            .collect();
        assert!(
            !near_knee.is_empty(),
            "no arrow by the knee {:?}",
            limbs.knee
        );
        let by_elbow = points
            .iter()
            .map(|p| p.distance(limbs.elbow))
            .fold(f32::INFINITY, f32::min);
        assert!(
            by_elbow > 0.6,
            "an arrow comes within {by_elbow:.2} of the elbow"
        );
    }
}

/// An arm that holds a leg (knee to chest: hands round the shin) is drawn
/// in another shade than the leg, so the two do not read as one knot.
#[test]
fn an_arm_holding_a_leg_is_not_the_legs_colour() {
    let poses = shipped_poses();
    for id in ["knee-to-chest", "knee-to-chest-leg-flat"] {
        let pose = &poses[id];
        let joints = forward_kinematics(pose);
        let figure = shapes(pose, None);
        // The one on top: the far arm has the same ends in the picture.
        let shade_of = |a: Point, b: Point| {
            figure
                .shapes
                .iter()
                .rev()
                .find_map(|shape| match *shape {
                    Shape::Capsule {
                        a: p, b: q, shade, ..
                    } if shade != Shade::Gap && p.distance(a) < 1e-4 && q.distance(b) < 1e-4 => {
                        Some(shade)
                    }
                    _ => None,
                })
                .expect("drawn")
        };
        let arm = shade_of(joints.near.elbow, joints.near.wrist);
        let leg = shade_of(joints.near.knee, joints.near.ankle);
        assert_ne!(arm, leg, "{id}: the holding arm is the leg's colour");
        // Elbows bent in the picture, not a straight bar to the shin.
        let (s, e, w) = (joints.near.shoulder, joints.near.elbow, joints.near.wrist);
        let straight = segment_distance(e, s, w);
        assert!(
            straight > 0.35,
            "{id}: the elbow is {straight:.2} off the line shoulder–hand: the arm reads straight"
        );
    }
}

/// Knee to chest, as a physiotherapist's sheet shows it: both hands on the
/// front of the shin a hand's width below the kneecap (not on the thigh,
/// not back over the kneecap), the elbows bent and out to the sides, up
/// off the floor on the head's side of the knee (not propped on the floor
/// by the hip with the forearm standing up to hook over the shin), and
/// the arrow of the Move ending over the chest, not over the face.
#[test]
fn knee_to_chest_holds_the_shin_with_the_elbows_bent_out() {
    let poses = shipped_poses();
    for id in ["knee-to-chest", "knee-to-chest-leg-flat"] {
        let pose = &poses[id];
        let joints = forward_kinematics(pose);
        let (knee, ankle) = (joints.near.knee, joints.near.ankle);
        let shin = Point::new(ankle.x - knee.x, ankle.y - knee.y);
        let along = |p: Point| {
            ((p.x - knee.x) * shin.x + (p.y - knee.y) * shin.y)
                / (shin.x * shin.x + shin.y * shin.y)
        };
        for (side, limb, limbs) in [
            ("near", LimbSide::Near, joints.near),
            ("far", LimbSide::Far, joints.far),
        ] {
            let (wrist, fingers) = (along(limbs.wrist), along(limbs.fingertips));
            assert!(
                (0.15..=0.5).contains(&wrist),
                "{id}: the {side} wrist is {wrist:.2} of the way down the shin"
            );
            assert!(
                fingers > wrist,
                "{id}: the {side} hand points back over the kneecap ({fingers:.2} < {wrist:.2})"
            );
            // y down, the floor at 0, the head to the left.
            let off_floor = -limbs.elbow.y;
            assert!(
                off_floor > 1.0,
                "{id}: the {side} elbow is {off_floor:.2} off the floor: propped on it"
            );
            assert!(
                limbs.elbow.x < knee.x,
                "{id}: the {side} elbow is past the knee, not on the chest's side of it"
            );
            let forearm = Point::new(limbs.wrist.x - limbs.elbow.x, limbs.wrist.y - limbs.elbow.y);
            let from_upright = forearm.x.abs().atan2(forearm.y.abs()).to_degrees();
            assert!(
                from_upright > 35.0,
                "{id}: the {side} forearm stands {from_upright:.0}° from upright: it hooks over the shin"
            );
            assert!(
                pose.arm(limb).upper_arm_depth.abs() >= 20.0,
                "{id}: the {side} upper arm is not out to the side"
            );
            let bent = elbow_flexion(pose, limb);
            assert!(bent > 45.0, "{id}: the {side} elbow is bent {bent:.0}°");
        }
    }
    for (from, to) in [
        ("supine-knees-bent", "knee-to-chest"),
        ("supine-one-leg-flat", "knee-to-chest-leg-flat"),
    ] {
        let picture = limber_core::figure::movement(&poses[from], &poses[to], None);
        let points = arrow_points(&picture);
        assert!(!points.is_empty(), "{to}: no arrow");
        let end = forward_kinematics(&poses[to]);
        // The head lies to the left: the arrow stops over the chest,
        // short of the shoulders (and so of the face).
        let leftmost = points.iter().map(|p| p.x).fold(f32::MAX, f32::min);
        let short_of = end.near.shoulder.x + 0.4;
        assert!(
            leftmost > short_of,
            "{to}: the arrow reaches {leftmost:.2}, over the shoulders and the face (the chest ends at {short_of:.2})"
        );
    }
}

/// The seated hamstring lean is a hinge at the hips: its arrow runs round
/// the hips by the back, clear of the head (an arrow at the head cues
/// leading with it and rounding the upper back).
#[test]
fn the_hamstring_arrow_is_at_the_back_not_the_head() {
    let poses = shipped_poses();
    let (from, to) = (&poses["hamstring-bent-knee"], &poses["hamstring-lean"]);
    let picture = limber_core::figure::movement(from, to, None);
    let points = arrow_points(&picture);
    assert!(!points.is_empty(), "no arrow");
    let (start, end) = (
        limber_core::figure::skeleton::drawn_joints(from),
        limber_core::figure::skeleton::drawn_joints(to),
    );
    for head in [start.head_center, end.head_center] {
        let nearest = points
            .iter()
            .map(|p| p.distance(head))
            .fold(f32::INFINITY, f32::min);
        assert!(
            nearest > limber_core::figure::skeleton::HEAD_RADIUS + 0.25,
            "the arrow comes within {nearest:.2} of the head's centre"
        );
    }
    // Long enough to read (the review found a stub on the shoulder), and
    // clear of the arms reaching to the leg, which covered it.
    let span = points
        .iter()
        .flat_map(|a| points.iter().map(move |b| a.distance(*b)))
        .fold(0.0, f32::max);
    assert!(span > 1.3, "the arrow spans only {span:.2} head units");
    for limbs in [end.near, end.far] {
        for (a, b) in [(limbs.shoulder, limbs.elbow), (limbs.elbow, limbs.wrist)] {
            let nearest = points
                .iter()
                .map(|p| segment_distance(*p, a, b))
                .fold(f32::INFINITY, f32::min);
            assert!(
                nearest > 0.5,
                "the arrow comes within {nearest:.2} of an arm's line: covered by it"
            );
        }
    }
}

/// A movement whose head hardly moves (the press-up on the forearms, the
/// crunch) leaves the start's head out of its ghost: drawn, it only peeps
/// out beside the head as a second one (a ball in front of the face, a
/// pillow under the head).
#[test]
fn a_ghost_head_that_would_peep_out_beside_the_head_is_left_out() {
    let poses = shipped_poses();
    for (from, to) in [
        ("prone-on-forearms", "prone-press-up"),
        ("crunch-start", "crunch-up"),
    ] {
        let picture = limber_core::figure::movement(&poses[from], &poses[to], None);
        let head = limber_core::figure::skeleton::drawn_joints(&poses[from]).head_center;
        let ghost_head = picture.shapes.iter().any(|shape| {
            matches!(*shape, Shape::Circle { center, shade: Shade::Ghost, .. } if center.distance(head) < 0.05)
        });
        assert!(!ghost_head, "{from}→{to}: the ghost has its head");
    }
}

/// The share of pixels, 0 to 1, in which two 128×96 thumbnails (the size
/// of the exercise list) differ clearly (more than a fifth of the range
/// summed over red, green and blue).
fn thumbnail_difference(a: &Pose, b: &Pose) -> f32 {
    let draw = |pose: &Pose| {
        let png = render_png(pose, None, 128, 96, &Palette::LIGHT).expect("renders");
        image::load_from_memory(&png).expect("valid PNG").to_rgb8()
    };
    let (a, b) = (draw(a), draw(b));
    let differing = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| {
            p.0.iter()
                .zip(q.0)
                .map(|(x, y)| x.abs_diff(y) as u32)
                .sum::<u32>()
                > 153
        })
        .count();
    differing as f32 / (a.width() * a.height()) as f32
}

/// The long sit and the seated hamstring stretch follow each other in the
/// exercise's steps and are told apart at list size:
/// sitting tall with the hands on the mat by the hips, against the arms
/// reaching to the straight leg over the bent one. With the hands on the
/// knee in both they differed in 11.5 % of the thumbnail, a dark lump at
/// the seat.
#[test]
fn the_long_sit_and_the_hamstring_stretch_differ_at_list_size() {
    let poses = shipped_poses();
    let share = thumbnail_difference(&poses["long-sit"], &poses["hamstring-bent-knee"]);
    assert!(
        share >= 0.12,
        "long-sit and hamstring-bent-knee differ in only {:.1} % of a 128×96 thumbnail",
        100.0 * share
    );
}
