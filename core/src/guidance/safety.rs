//! The safety text: who should ask a professional before starting, how to
//! start, when to stop, and the red flags, in two groups by urgency: get
//! emergency help now, or see a doctor soon.
//!
//! With them, the two facts that make exercise the point: moving helps
//! (rest and avoiding exercise do not), and clinicians recommend exercises
//! like these.
//!
//! Shown on each profile's first run and from Home at any time. Kept as
//! plain structured data so the GUI and the CLI show the same words, and a
//! test can check that nothing essential is ever edited away. Sentences are
//! short on purpose: people read this from a mat, a few steps away.

pub use super::emergency::EmergencyNumber;

/// One block of the safety screen: a heading and its bullet points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Short heading, shown large.
    pub heading: &'static str,
    /// Bullet points, one short sentence or two each.
    pub points: &'static [&'static str],
    /// How urgent the section is (the red flags are shown with a warning
    /// style, the emergency group most strongly).
    pub urgency: Urgency,
}

/// How soon a section asks the person to act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Advice for every session.
    Normal,
    /// A red flag that needs a doctor soon (today or in the next days).
    Soon,
    /// A red flag that needs emergency help now.
    Emergency,
}

impl Section {
    /// One of the red-flag groups.
    pub fn is_red_flag(&self) -> bool {
        self.urgency > Urgency::Normal
    }
}

/// Title of the safety screen.
pub const TITLE: &str = "Before you start";

/// Shown above the sections.
pub const INTRO: &str = "This app gives general exercise guidance. \
It is not a diagnosis, and it does not replace advice from a doctor or physiotherapist.";

/// Why these exercises at all: moving is what helps.
pub const MOVING_HELPS: &str = "Moving helps. Resting in bed and avoiding exercise, \
long the usual advice for back pain, do not help it get better; staying gently active does.";

/// Where exercises like these come from.
pub const CLINICIANS: &str = "Doctors and physiotherapists often recommend exercises like these \
for a back or hip condition, or in rehabilitation after an injury.";

/// Who should get advice before doing these exercises.
pub const ASK_FIRST: Section = Section {
    heading: "Ask a doctor or physiotherapist first if you",
    points: &[
        "Have had a recent injury to your back, hips or legs.",
        "Have had surgery in the last few months, above all on the spine or hip.",
        "Have a hip replacement, however long ago (some of these bend the hip a lot).",
        "Are pregnant, or had a baby recently.",
        "Have osteoporosis (thin or fragile bones).",
        "Have a diagnosed condition of the spine, joints or nerves.",
        "Are not sure these exercises suit you.",
    ],
    urgency: Urgency::Normal,
};

/// How to begin and build up.
pub const START_GENTLY: Section = Section {
    heading: "Start gently",
    points: &[
        "Begin at the gentlest level, with short holds.",
        "Ease into every session: the first repetitions are the gentlest.",
        "Move slowly. Never bounce or force a stretch.",
        "Breathe normally. Do not hold your breath.",
        "Build up a little at a time, over days and weeks.",
        "A mild stretch or effort is fine. Sharp pain is not.",
    ],
    urgency: Urgency::Normal,
};

/// When to stop during or after a session.
pub const STOP_OR_EASE_OFF: Section = Section {
    heading: "Stop or ease off",
    points: &[
        "Stop if your pain increases or spreads, for example down a leg.",
        "Next time, lower the intensity or leave that exercise out.",
        "Stop if you feel dizzy, faint, or new tingling or numbness.",
        "If pain stays worse the next day, keep gently active and ask for advice.",
    ],
    urgency: Urgency::Normal,
};

/// Red flags that need emergency help now, not exercise. How to get it
/// ([`EmergencyNumber::get_help`]) is said with them wherever they are
/// shown.
pub const EMERGENCY: Section = Section {
    heading: "Get emergency help now if back or hip pain comes with",
    points: &[
        "Loss of bladder or bowel control, or you cannot pass urine.",
        "Numbness in the groin, genitals or buttocks.",
        "Pain, numbness or weakness in both legs.",
        "Weakness in a leg that is getting worse.",
        "New problems with erections or with feeling during sex.",
        "Sudden severe pain, unlike any you have had before.",
        "Hip or groin pain after a fall or knock, and you cannot stand on the leg.",
        "A hot, swollen, very painful hip with a fever or feeling unwell.",
    ],
    urgency: Urgency::Emergency,
};

/// Red flags that need a doctor soon; no exercise until then.
pub const SEE_A_DOCTOR_SOON: Section = Section {
    heading: "See a doctor soon if back or hip pain comes with",
    points: &[
        "A fever, feeling generally unwell, or weight loss you cannot explain.",
        "A history of cancer.",
        "Back pain for the first time before the age of 20 or after 50.",
        "Long-term steroids, a weakened immune system, or injecting drugs.",
        "A visible change in the shape of your spine.",
        "Back pain that began after a fall or an accident.",
        "Pain that does not ease when you rest or change position.",
        "Pain that stays constant at night.",
    ],
    urgency: Urgency::Soon,
};

/// Said with the red flags wherever they are shown.
pub const RED_FLAGS_NOTE: &str = "Do not exercise until you have had medical advice.";

/// Both red-flag groups, most urgent first.
pub const RED_FLAGS: [Section; 2] = [EMERGENCY, SEE_A_DOCTOR_SOON];

/// Every section, in the order shown.
pub const SECTIONS: &[Section] = &[
    ASK_FIRST,
    START_GENTLY,
    STOP_OR_EASE_OFF,
    EMERGENCY,
    SEE_A_DOCTOR_SOON,
];

/// The whole text as plain text (for the terminal): a blank line before each
/// heading, points as "- " bullets, urgent headings marked "(!)", and how
/// to get emergency help (`emergency`'s number) under the emergency group.
pub fn to_plain_text(emergency: EmergencyNumber) -> String {
    let mut text = format!("{TITLE}\n\n{MOVING_HELPS} {CLINICIANS}\n\n{INTRO}\n");
    for section in SECTIONS {
        text.push('\n');
        match section.urgency {
            Urgency::Emergency => text.push_str("(!!) "),
            Urgency::Soon => text.push_str("(!) "),
            Urgency::Normal => {}
        }
        text.push_str(section.heading);
        text.push_str(":\n");
        for point in section.points {
            text.push_str("  - ");
            text.push_str(point);
            text.push('\n');
        }
        if section.urgency == Urgency::Emergency {
            text.push_str(&emergency.get_help());
            text.push('\n');
        }
    }
    text.push('\n');
    text.push_str(RED_FLAGS_NOTE);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(section: &Section, keyword: &str) -> bool {
        let keyword = keyword.to_lowercase();
        section
            .points
            .iter()
            .any(|point| point.to_lowercase().contains(&keyword))
    }

    #[test]
    fn red_flags_come_in_two_groups_by_urgency() {
        let emergency: Vec<&Section> = SECTIONS
            .iter()
            .filter(|s| s.urgency == Urgency::Emergency)
            .collect();
        let soon: Vec<&Section> = SECTIONS
            .iter()
            .filter(|s| s.urgency == Urgency::Soon)
            .collect();
        assert_eq!((emergency.len(), soon.len()), (1, 1));
        for keyword in [
            "bladder",
            "bowel",
            "pass urine",
            "groin, genitals or buttocks",
            "pain, numbness or weakness in both legs",
            "getting worse",
            "erections",
            "sudden severe pain",
            // A possible hip fracture and a possible joint infection are
            // emergencies, not a matter of days.
            "after a fall or knock, and you cannot stand",
            "hot, swollen, very painful hip with a fever",
        ] {
            assert!(mentions(emergency[0], keyword), "emergency: {keyword}");
        }
        for keyword in [
            "fever",
            "generally unwell",
            "weight loss",
            "cancer",
            "before the age of 20 or after 50",
            "steroids",
            "immune system",
            "injecting drugs",
            "shape of your spine",
            "fall or an accident",
            "does not ease when you rest or change position",
            "night",
        ] {
            assert!(mentions(soon[0], keyword), "see a doctor soon: {keyword}");
        }
        assert!(
            !mentions(soon[0], "hot, swollen") && !mentions(soon[0], "weight on the leg"),
            "the hip emergencies are not in the later group"
        );
        for group in RED_FLAGS {
            assert!(group.is_red_flag());
            assert!(
                group.heading.contains("back or hip pain"),
                "{}",
                group.heading
            );
        }
        assert!(!START_GENTLY.is_red_flag());
    }

    #[test]
    fn who_should_ask_first_is_complete() {
        for keyword in [
            "injury",
            "surgery",
            "spine or hip",
            "hip replacement, however long ago",
            "pregnant",
            "osteoporosis",
            "diagnosed",
        ] {
            assert!(
                mentions(&ASK_FIRST, keyword),
                "ask-first missing: {keyword}"
            );
        }
        assert!(SECTIONS.contains(&ASK_FIRST));
    }

    #[test]
    fn stopping_and_starting_gradually_are_covered() {
        assert!(mentions(&STOP_OR_EASE_OFF, "increases"));
        assert!(mentions(&STOP_OR_EASE_OFF, "spreads"));
        assert!(mentions(&STOP_OR_EASE_OFF, "lower the intensity"));
        assert!(mentions(&START_GENTLY, "a little at a time"));
        assert!(mentions(&START_GENTLY, "every session"), "easing in");
        assert!(mentions(&STOP_OR_EASE_OFF, "keep gently active"));
        assert!(INTRO.contains("not a diagnosis"));
        assert!(MOVING_HELPS.contains("avoiding exercise"));
        assert!(MOVING_HELPS.contains("staying gently active"));
        assert!(CLINICIANS.contains("rehabilitation"));
    }

    #[test]
    fn points_are_short_enough_to_read_from_a_distance() {
        for section in SECTIONS {
            assert!(!section.heading.is_empty());
            assert!(!section.points.is_empty(), "{}: no points", section.heading);
            for point in section.points {
                let length = point.chars().count();
                assert!(
                    (10..=80).contains(&length),
                    "{}: point of {length} chars: {point}",
                    section.heading
                );
                assert!(point.ends_with('.'), "{point}: not a full sentence");
            }
        }
    }

    #[test]
    fn plain_text_contains_every_point_once() {
        let text = to_plain_text(EmergencyNumber::for_locale("en_GB"));
        assert!(text.starts_with(TITLE));
        for section in SECTIONS {
            assert!(text.contains(section.heading));
            for point in section.points {
                assert_eq!(text.matches(point).count(), 1, "{point}");
            }
        }
        assert!(text.contains("(!!) Get emergency help now"));
        assert!(text.contains("(!) See a doctor soon"));
        let call = text.find("Call 999").expect("how to get help");
        assert!(
            text.find(EMERGENCY.heading) < Some(call)
                && Some(call) < text.find(SEE_A_DOCTOR_SOON.heading),
            "with the emergency group"
        );
        assert!(text.ends_with(&format!("{RED_FLAGS_NOTE}\n")));
    }
}
