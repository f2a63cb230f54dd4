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

/// One block of the safety screen: a heading and its bullet points, as the
/// ids of their messages in `safety.ftl` (read in the language in use with
/// [`Section::heading`] and [`Section::points`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Short heading, shown large.
    heading: &'static str,
    /// Bullet points, one short sentence or two each.
    points: &'static [&'static str],
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

    /// The heading in the language in use.
    pub fn heading(&self) -> String {
        crate::i18n::tr(self.heading)
    }

    /// The bullet points in the language in use.
    pub fn points(&self) -> Vec<String> {
        self.points.iter().map(|id| crate::i18n::tr(id)).collect()
    }

    /// The ids of the heading's and the points' messages.
    pub fn message_ids(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.heading).chain(self.points.iter().copied())
    }
}

/// Title of the safety screen.
pub fn title() -> String {
    crate::t!("safety-title")
}

/// Shown above the sections.
pub fn intro() -> String {
    crate::t!("safety-intro")
}

/// Why these exercises at all: moving is what helps.
pub fn moving_helps() -> String {
    crate::t!("safety-moving-helps")
}

/// Where exercises like these come from.
pub fn clinicians() -> String {
    crate::t!("safety-clinicians")
}

/// Who should get advice before doing these exercises.
pub const ASK_FIRST: Section = Section {
    heading: "safety-ask-first-heading",
    points: &[
        "safety-ask-first-1",
        "safety-ask-first-2",
        "safety-ask-first-3",
        "safety-ask-first-4",
        "safety-ask-first-5",
        "safety-ask-first-6",
        "safety-ask-first-7",
    ],
    urgency: Urgency::Normal,
};

/// How to begin and build up.
pub const START_GENTLY: Section = Section {
    heading: "safety-start-gently-heading",
    points: &[
        "safety-start-gently-1",
        "safety-start-gently-2",
        "safety-start-gently-3",
        "safety-start-gently-4",
        "safety-start-gently-5",
        "safety-start-gently-6",
    ],
    urgency: Urgency::Normal,
};

/// When to stop during or after a session.
pub const STOP_OR_EASE_OFF: Section = Section {
    heading: "safety-stop-heading",
    points: &[
        "safety-stop-1",
        "safety-stop-2",
        "safety-stop-3",
        "safety-stop-4",
    ],
    urgency: Urgency::Normal,
};

/// Red flags that need emergency help now, not exercise. How to get it
/// ([`EmergencyNumber::get_help`]) is said with them wherever they are
/// shown.
pub const EMERGENCY: Section = Section {
    heading: "safety-emergency-heading",
    points: &[
        "safety-emergency-1",
        "safety-emergency-2",
        "safety-emergency-3",
        "safety-emergency-4",
        "safety-emergency-5",
        "safety-emergency-6",
        "safety-emergency-7",
        "safety-emergency-8",
    ],
    urgency: Urgency::Emergency,
};

/// Red flags that need a doctor soon; no exercise until then.
pub const SEE_A_DOCTOR_SOON: Section = Section {
    heading: "safety-soon-heading",
    points: &[
        "safety-soon-1",
        "safety-soon-2",
        "safety-soon-3",
        "safety-soon-4",
        "safety-soon-5",
        "safety-soon-6",
        "safety-soon-7",
        "safety-soon-8",
    ],
    urgency: Urgency::Soon,
};

/// Said with the red flags wherever they are shown.
pub fn red_flags_note() -> String {
    crate::t!("safety-red-flags-note")
}

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
    let mut text = format!(
        "{}\n\n{} {}\n\n{}\n",
        title(),
        moving_helps(),
        clinicians(),
        intro()
    );
    for section in SECTIONS {
        text.push('\n');
        match section.urgency {
            Urgency::Emergency => text.push_str("(!!) "),
            Urgency::Soon => text.push_str("(!) "),
            Urgency::Normal => {}
        }
        text.push_str(&section.heading());
        text.push_str(":\n");
        for point in section.points() {
            text.push_str("  - ");
            text.push_str(&point);
            text.push('\n');
        }
        if section.urgency == Urgency::Emergency {
            text.push_str(&emergency.get_help());
            text.push('\n');
        }
    }
    text.push('\n');
    text.push_str(&red_flags_note());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(section: &Section, keyword: &str) -> bool {
        let keyword = keyword.to_lowercase();
        section
            .points()
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
                group.heading().contains("back or hip pain"),
                "{}",
                group.heading()
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
        assert!(intro().contains("not a diagnosis"));
        assert!(moving_helps().contains("avoiding exercise"));
        assert!(moving_helps().contains("staying gently active"));
        assert!(clinicians().contains("rehabilitation"));
    }

    #[test]
    fn points_are_short_enough_to_read_from_a_distance() {
        for section in SECTIONS {
            assert!(!section.heading().is_empty());
            assert!(
                !section.points.is_empty(),
                "{}: no points",
                section.heading()
            );
            for point in section.points() {
                let length = point.chars().count();
                assert!(
                    (10..=80).contains(&length),
                    "{}: point of {length} chars: {point}",
                    section.heading()
                );
                assert!(point.ends_with('.'), "{point}: not a full sentence");
            }
        }
    }

    #[test]
    fn plain_text_contains_every_point_once() {
        let text = to_plain_text(EmergencyNumber::for_locale("en_GB"));
        assert!(text.starts_with(&title()));
        for section in SECTIONS {
            assert!(text.contains(&section.heading()));
            for point in section.points() {
                assert_eq!(text.matches(&point).count(), 1, "{point}");
            }
        }
        assert!(text.contains("(!!) Get emergency help now"));
        assert!(text.contains("(!) See a doctor soon"));
        let call = text.find("Call 999").expect("how to get help");
        assert!(
            text.find(&EMERGENCY.heading()) < Some(call)
                && Some(call) < text.find(&SEE_A_DOCTOR_SOON.heading()),
            "with the emergency group"
        );
        assert!(text.ends_with(&format!("{}\n", red_flags_note())));
    }

    #[test]
    fn every_sentence_is_in_the_catalogue_and_none_is_its_id() {
        let english = crate::i18n::Language::english();
        let pseudo = crate::i18n::Language::pseudo();
        for section in SECTIONS {
            for id in section.message_ids() {
                assert!(english.has(id), "{id} is not in safety.ftl");
                assert!(!english.tr(id).starts_with("safety-"), "{id}");
                let long = pseudo.tr(id);
                assert!(long.starts_with('[') && long.ends_with(']'), "{long}");
            }
        }
    }
}
