//! The safety text: who should ask a professional before starting, how to
//! start, when to stop, and the red flags that need a doctor now.
//!
//! Shown on each profile's first run and from Home at any time. Kept as
//! plain structured data so the GUI and the CLI show the same words, and a
//! test can check that nothing essential is ever edited away. Sentences are
//! short on purpose: people read this from a mat, a few steps away.

/// One block of the safety screen: a heading and its bullet points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Short heading, shown large.
    pub heading: &'static str,
    /// Bullet points, one short sentence or two each.
    pub points: &'static [&'static str],
    /// Needs immediate attention (shown with a warning style).
    pub urgent: bool,
}

/// Title of the safety screen.
pub const TITLE: &str = "Before you start";

/// Shown above the sections.
pub const INTRO: &str = "This app gives general exercise guidance. \
It is not a diagnosis, and it does not replace advice from a doctor or physiotherapist.";

/// Who should get advice before doing these exercises.
pub const ASK_FIRST: Section = Section {
    heading: "Ask a doctor or physiotherapist first if you",
    points: &[
        "Have had a recent injury to your back, hips or legs.",
        "Have had surgery in the last few months.",
        "Are pregnant, or had a baby recently.",
        "Have osteoporosis (thin or fragile bones).",
        "Have a diagnosed condition of the spine, joints or nerves.",
        "Are not sure these exercises suit you.",
    ],
    urgent: false,
};

/// How to begin and build up.
pub const START_GENTLY: Section = Section {
    heading: "Start gently",
    points: &[
        "Begin at the gentlest level, with short holds.",
        "Move slowly. Never bounce or force a stretch.",
        "Breathe normally. Do not hold your breath.",
        "Build up a little at a time, over days and weeks.",
        "A mild stretch or effort is fine. Sharp pain is not.",
    ],
    urgent: false,
};

/// When to stop during or after a session.
pub const STOP_OR_EASE_OFF: Section = Section {
    heading: "Stop or ease off",
    points: &[
        "Stop if your pain increases or spreads, for example down a leg.",
        "Next time, lower the intensity or leave that exercise out.",
        "Stop if you feel dizzy, faint, or new tingling or numbness.",
        "If pain stays worse the next day, rest and ask for advice.",
    ],
    urgent: false,
};

/// Symptoms that need a doctor now, not exercise.
pub const RED_FLAGS: Section = Section {
    heading: "See a doctor now if you have back pain with",
    points: &[
        "Loss of control of your bladder or bowels.",
        "Numbness around your groin, genitals or buttocks.",
        "Weakness or numbness in both legs.",
        "Pain that started after a fall or an accident.",
        "A fever, or weight loss you cannot explain.",
        "Do not exercise. Get medical help today.",
    ],
    urgent: true,
};

/// Every section, in the order shown.
pub const SECTIONS: &[Section] = &[ASK_FIRST, START_GENTLY, STOP_OR_EASE_OFF, RED_FLAGS];

/// The whole text as plain text (for the terminal): a blank line before each
/// heading, points as "- " bullets, urgent headings marked "(!)".
pub fn to_plain_text() -> String {
    let mut text = format!("{TITLE}\n\n{INTRO}\n");
    for section in SECTIONS {
        text.push('\n');
        if section.urgent {
            text.push_str("(!) ");
        }
        text.push_str(section.heading);
        text.push_str(":\n");
        for point in section.points {
            text.push_str("  - ");
            text.push_str(point);
            text.push('\n');
        }
    }
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
    fn every_red_flag_is_listed_under_the_urgent_section() {
        let urgent: Vec<&Section> = SECTIONS.iter().filter(|s| s.urgent).collect();
        assert_eq!(urgent.len(), 1, "exactly one urgent section");
        let red_flags = urgent[0];
        for keyword in [
            "bladder",
            "bowel",
            "groin",
            "buttocks",
            "both legs",
            "fall",
            "accident",
            "fever",
            "weight loss",
        ] {
            assert!(mentions(red_flags, keyword), "red flag missing: {keyword}");
        }
    }

    #[test]
    fn who_should_ask_first_is_complete() {
        for keyword in ["injury", "surgery", "pregnant", "osteoporosis", "diagnosed"] {
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
        assert!(INTRO.contains("not a diagnosis"));
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
        let text = to_plain_text();
        assert!(text.starts_with(TITLE));
        for section in SECTIONS {
            assert!(text.contains(section.heading));
            for point in section.points {
                assert_eq!(text.matches(point).count(), 1, "{point}");
            }
        }
        assert!(text.contains("(!) See a doctor now"));
    }
}
