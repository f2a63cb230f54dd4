//! The coach's own words. Everything the coach says comes from the content
//! (exercise titles, step titles and `spoken`/`text` lines, doses, sides)
//! put into these phrases, so a new exercise speaks with no extra work and
//! the wording has one owner.
//!
//! Each phrase is a sentence with its full stop; [`join`] makes one
//! utterance of several. Numbers are written as digits: every speech engine
//! reads "15 seconds" well, and the cue sheet stays easy to proofread. The
//! words come from the language's `coach.ftl`, in the language in use.

use std::time::Duration;

use crate::content::schema::Limb;
use crate::session::phases::Side;
use crate::t;
use crate::words::limb_key;

/// The language of these phrases and of the shipped content: the voices
/// the Settings screen offers first (see `speech::voices_for`).
pub const LANGUAGE: &str = "en";

/// A rough speaking speed, to plan around lines that take time to say (a
/// countdown does not start while the hold's words are still being spoken;
/// the cue sheet flags lines that may run into the next one). Speech
/// Dispatcher with espeak-ng at its normal rate says about 2.9 words a
/// second; 0.4 s a word leaves a margin for slower voices.
pub const SECONDS_PER_WORD: f64 = 0.4;

/// The same for the scripts written without spaces (Chinese, Japanese),
/// where a character is a syllable: espeak-ng's Mandarin voice at its
/// normal rate takes 0.39 s a character over a long line ("请停止并寻求建议
/// 然后慢慢放松": 14 characters, 5.4 s), a little more over short ones.
pub const SECONDS_PER_SYLLABLE: f64 = 0.45;

/// Holds at least this long are announced with their length ("Hold for 15
/// seconds."); shorter ones with "Hold." so the words fit in the hold.
pub const ANNOUNCE_HOLD_LENGTH_FROM: Duration = Duration::from_secs(5);

/// Holds at least this long also get the hold step's instruction the first
/// time (there is time to say it before the countdown).
pub const HOLD_INSTRUCTION_FROM: Duration = Duration::from_secs(10);

/// About how long `text` takes to say at a normal rate: its words, and
/// its characters of the scripts written without spaces (each a syllable;
/// split on spaces a Chinese sentence is one "word").
pub fn speaking_time(text: &str) -> Duration {
    let mut syllables = 0usize;
    let mut words = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        if is_wide(c) {
            // Full-width punctuation (，。) is a pause, not a syllable.
            syllables += usize::from(c.is_alphanumeric());
            in_word = false;
        } else if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            words += 1;
            in_word = true;
        }
    }
    Duration::from_secs_f64(
        syllables as f64 * SECONDS_PER_SYLLABLE + words as f64 * SECONDS_PER_WORD,
    )
}

/// `text` as a sentence: trimmed, with a full stop unless it already ends
/// with one (or with `!`, `?`, `…`). Empty text stays empty.
pub fn sentence(text: &str) -> String {
    let text = text.trim();
    match text.chars().last() {
        None => String::new(),
        Some(last) if ENDS.contains(&last) => text.to_owned(),
        // Chinese and Japanese end a sentence with their own full stop.
        Some(last) if is_wide(last) => format!("{text}。"),
        Some(_) => format!("{text}."),
    }
}

/// The marks that end a sentence, narrow and full-width.
const ENDS: [char; 7] = ['.', '!', '?', '…', '。', '！', '？'];

/// A character of the scripts written without spaces between words and
/// sentences (CJK ideographs, kana, full-width forms and punctuation).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// One utterance of several sentences. Empty ones are left out, and a
/// sentence equal to the one before it (say the exercise title "Knee to
/// chest" followed by its move step "Knee to chest") is said once.
pub fn join<S: AsRef<str>>(sentences: &[S]) -> String {
    let mut said: Vec<&str> = Vec::new();
    for sentence in sentences {
        let sentence = sentence.as_ref().trim();
        let repeated = said.last().is_some_and(|last| same_words(last, sentence));
        if !sentence.is_empty() && !repeated {
            said.push(sentence);
        }
    }
    // No space after a full-width full stop: Chinese runs its sentences on.
    let mut joined = String::new();
    for sentence in said {
        if joined.chars().last().is_some_and(|last| !is_wide(last)) {
            joined.push(' ');
        }
        joined.push_str(sentence);
    }
    joined
}

fn same_words(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.trim_end_matches(ENDS).to_lowercase();
    bare(a) == bare(b)
}

/// "Left leg.", "Left side." (the exercise's `limb`).
pub fn side(side: Side, limb: Limb) -> String {
    t!("coach-side", side = side.label(), limb = limb_key(limb))
}

/// "Switch to the right leg.", "Switch to the right side."
pub fn switch_to(side: Side, limb: Limb) -> String {
    t!(
        "coach-switch-to",
        side = side.label(),
        limb = limb_key(limb)
    )
}

/// "Get ready."
pub fn get_ready() -> String {
    t!("coach-get-ready")
}

/// Said at the start of a hold: "Hold for 15 seconds." or, for a hold too
/// short to say that in, "Hold.".
pub fn hold(length: Duration) -> String {
    if length >= ANNOUNCE_HOLD_LENGTH_FROM {
        t!("coach-hold-for", length = spoken_duration(length))
    } else {
        t!("coach-hold")
    }
}

/// A countdown number: "3".
pub fn count(n: u64) -> String {
    n.to_string()
}

/// "Relax."
pub fn relax() -> String {
    t!("coach-relax")
}

/// "Rest."
pub fn rest() -> String {
    t!("coach-rest")
}

/// An exercise title as the coach's sentences take it: trimmed, without
/// the full stop (or `!`, `?`, `…`) the sentence puts after it.
fn title(exercise_title: &str) -> &str {
    exercise_title.trim().trim_end_matches(ENDS)
}

/// "Next: Partial crunch."
pub fn next(exercise_title: &str) -> String {
    t!("coach-next", exercise = title(exercise_title))
}

/// Said at an exercise's end, as the breather before the next begins:
/// "Prone press-up done."
pub fn exercise_done(exercise_title: &str) -> String {
    t!("coach-exercise-done", exercise = title(exercise_title))
}

/// "Up next: Knee to chest."
pub fn up_next(exercise_title: &str) -> String {
    t!("coach-up-next", exercise = title(exercise_title))
}

/// The word that starts a counted repetition of a set of short holds:
/// "Two.", "Three.", …, and "Last one." for the last. (The first is
/// coached in full instead.) Spelled out, as a coach says them, as far as
/// the language's `coach-rep` spells them (English: to twenty); digits
/// beyond.
pub fn rep_count(rep: u32, reps: u32) -> String {
    if rep >= reps && reps > 1 {
        return last_one();
    }
    t!("coach-rep", rep = rep)
}

/// "Last one."
pub fn last_one() -> String {
    t!("coach-last-one")
}

/// Said once in a long set, at the repetition after the first half.
pub fn halfway() -> String {
    t!("coach-halfway")
}

/// Said when the person pauses the routine.
pub fn paused() -> String {
    t!("coach-paused")
}

/// Said when a paused routine goes on.
pub fn going_on() -> String {
    t!("coach-going-on")
}

/// "Routine done: 3 exercises, 5 minutes."
pub fn routine_done(exercises: usize, length: Duration) -> String {
    t!(
        "coach-routine-done",
        exercises = exercises,
        length = spoken_minutes(length)
    )
}

/// What the Settings screen's "Try it" button says.
pub fn try_voice() -> String {
    t!("coach-try-voice")
}

/// A length as people say it: "1 second", "15 seconds", "1 minute",
/// "1 minute 30 seconds". Rounded to the nearest second.
pub fn spoken_duration(length: Duration) -> String {
    let seconds = rounded_seconds(length);
    let (minutes, seconds) = (seconds / 60, seconds % 60);
    let shape = match (minutes, seconds) {
        (0, _) => "s",
        (_, 0) => "m",
        _ => "ms",
    };
    t!(
        "coach-length",
        shape = shape,
        minutes = minutes,
        seconds = seconds
    )
}

/// A routine's length in whole minutes ("5 minutes"), or in seconds when
/// it is shorter than half a minute.
pub fn spoken_minutes(length: Duration) -> String {
    let seconds = rounded_seconds(length);
    if seconds < 30 {
        return t!("coach-length", shape = "s", seconds = seconds);
    }
    t!(
        "coach-length",
        shape = "m",
        minutes = seconds.saturating_add(30) / 60
    )
}

fn rounded_seconds(length: Duration) -> u64 {
    let mut seconds = length.as_secs();
    if length.subsec_nanos() >= 500_000_000 {
        seconds = seconds.saturating_add(1);
    }
    seconds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_get_one_full_stop() {
        assert_eq!(sentence("Knee to chest"), "Knee to chest.");
        assert_eq!(sentence(" Relax. "), "Relax.");
        assert_eq!(sentence("Ready?"), "Ready?");
        assert_eq!(sentence("  "), "");
    }

    #[test]
    fn join_drops_empty_and_repeated_sentences() {
        assert_eq!(
            join(&["Knee to chest.", "knee to chest", "", "Get ready."]),
            "Knee to chest. Get ready."
        );
        assert_eq!(join::<&str>(&[]), "");
    }

    #[test]
    fn chinese_sentences_take_their_own_full_stop_and_no_space_between() {
        assert_eq!(sentence("单膝抱胸"), "单膝抱胸。");
        assert_eq!(sentence("保持。"), "保持。");
        assert_eq!(sentence("准备好了吗？"), "准备好了吗？");
        assert_eq!(join(&["单膝抱胸。", "准备。"]), "单膝抱胸。准备。");
        assert_eq!(join(&["Knee to chest.", "准备。"]), "Knee to chest. 准备。");
    }

    #[test]
    fn sides_use_the_side_noun() {
        assert_eq!(side(Side::Right, Limb::Leg), "Right leg.");
        assert_eq!(switch_to(Side::Left, Limb::Leg), "Switch to the left leg.");
        assert_eq!(side(Side::Left, Limb::Side), "Left side.");
        assert_eq!(
            switch_to(Side::Right, Limb::Arm),
            "Switch to the right arm."
        );
    }

    #[test]
    fn holds_and_lengths_read_as_people_say_them() {
        assert_eq!(hold(Duration::from_secs(15)), "Hold for 15 seconds.");
        assert_eq!(
            hold(Duration::from_secs(90)),
            "Hold for 1 minute 30 seconds."
        );
        assert_eq!(hold(Duration::from_secs(4)), "Hold.");
        assert_eq!(spoken_duration(Duration::from_secs(1)), "1 second");
        assert_eq!(spoken_duration(Duration::from_secs(120)), "2 minutes");
        assert_eq!(spoken_duration(Duration::from_millis(59_600)), "1 minute");
    }

    #[test]
    fn the_summary_counts_exercises_and_rounds_to_minutes() {
        assert_eq!(
            routine_done(3, Duration::from_secs(4 * 60 + 31)),
            "Routine done: 3 exercises, 5 minutes."
        );
        assert_eq!(
            routine_done(1, Duration::from_secs(89)),
            "Routine done: 1 exercise, 1 minute."
        );
        assert_eq!(
            routine_done(2, Duration::from_secs(20)),
            "Routine done: 2 exercises, 20 seconds."
        );
        assert_eq!(next("Partial crunch"), "Next: Partial crunch.");
    }

    #[test]
    fn counted_repetitions_are_words_and_the_last_is_last_one() {
        assert_eq!(rep_count(2, 9), "Two.");
        assert_eq!(rep_count(8, 9), "Eight.");
        assert_eq!(rep_count(9, 9), "Last one.");
        assert_eq!(rep_count(13, 13), "Last one.");
        assert_eq!(rep_count(20, 30), "Twenty.");
        assert_eq!(rep_count(21, 30), "21.");
        assert_eq!(exercise_done("Prone press-up"), "Prone press-up done.");
        assert_eq!(up_next(" Knee to chest "), "Up next: Knee to chest.");
    }

    #[test]
    fn speaking_time_grows_with_the_words() {
        assert_eq!(speaking_time(""), Duration::ZERO);
        assert_eq!(speaking_time("Hold."), Duration::from_secs_f64(0.4));
        assert!(speaking_time("Hold for 15 seconds.") > speaking_time("Hold."));
    }

    #[test]
    fn chinese_is_timed_by_its_characters_not_as_one_word() {
        // No spaces: split on spaces this whole line is one "word" (0.4 s)
        // while a voice takes about 4 s; each character is a syllable.
        let line = "保持15秒。腰部贴住地面。";
        let characters = 9.0; // 保持 秒 腰部贴住地面 (the digits are one word)
        assert_eq!(
            speaking_time(line),
            Duration::from_secs_f64(characters * SECONDS_PER_SYLLABLE + SECONDS_PER_WORD)
        );
        assert!(speaking_time(line) >= Duration::from_secs(4));
        // Punctuation is not said; the words of other languages keep
        // their rate.
        assert_eq!(speaking_time("换右腿。"), speaking_time("换右腿"));
        assert_eq!(
            speaking_time("Hold for 15 seconds."),
            Duration::from_secs_f64(4.0 * SECONDS_PER_WORD)
        );
        assert_eq!(
            speaking_time("Halten Sie 15 Sekunden."),
            Duration::from_secs_f64(4.0 * SECONDS_PER_WORD)
        );
    }

    #[test]
    fn every_line_reads_in_the_pseudo_language_bracketed() {
        use crate::i18n::Language;
        let pseudo = Language::pseudo();
        for id in [
            "coach-get-ready",
            "coach-hold",
            "coach-relax",
            "coach-rest",
            "coach-last-one",
            "coach-halfway",
            "coach-paused",
            "coach-going-on",
            "coach-try-voice",
        ] {
            let said = pseudo.tr(id);
            assert!(said.starts_with('[') && said.ends_with(']'), "{id}: {said}");
        }
        let said = pseudo.tr_args("coach-rep", &[("rep", 3)]);
        assert!(said.starts_with('[') && said != "[Three.]", "{said}");
    }
}
