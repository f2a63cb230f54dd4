//! How the app says times, doses and sides, in one place: the screens, the
//! command line and (later) the spoken coach all take their words from here.

use std::borrow::Cow;
use std::time::Duration;

mod dates;
pub use dates::*;

use crate::content::Side;
use crate::content::schema::{Exercise, Limb, Sides};
use crate::dose::ResolvedDose;

/// The catalogues' name for a limb, as the messages that name one select
/// on it (`$limb`: `leg`, `arm`, `side`).
pub fn limb_key(limb: Limb) -> &'static str {
    match limb {
        Limb::Leg => "leg",
        Limb::Arm => "arm",
        Limb::Side => "side",
    }
}

/// What a sided repetition count is "per": "each leg", "each arm", "each
/// side".
pub fn sided_unit(limb: Limb) -> String {
    crate::t!("each-limb", limb = limb_key(limb))
}

/// One side of a sided exercise: "left leg", "right side".
pub fn side_name(side: Side, limb: Limb) -> String {
    crate::t!("side-of-limb", side = side.label(), limb = limb_key(limb))
}

/// How a sided exercise goes round the sides, for a printed sheet: "Left
/// and right leg in turn, starting on the left."; `None` without sides.
pub fn side_order(sides: Sides, limb: Limb) -> Option<String> {
    let limb = limb_key(limb);
    match sides {
        Sides::None => None,
        Sides::Alternate => Some(crate::t!("side-order-alternate", limb = limb)),
        Sides::InTurn => Some(crate::t!("side-order-in-turn", limb = limb)),
    }
}

/// A duration as people say it: `45 s`, `5 min`, `5 min 12 s`, `1 h 2 min`.
/// Rounded to the nearest second (half up).
pub fn duration(duration: Duration) -> String {
    let mut seconds = duration.as_secs();
    if duration.subsec_nanos() >= 500_000_000 {
        seconds = seconds.saturating_add(1);
    }
    let hours = seconds / 3600;
    let minutes = seconds % 3600 / 60;
    let seconds = seconds % 60;
    let mut shape = String::new();
    if hours > 0 {
        shape.push('h');
    }
    if minutes > 0 {
        shape.push('m');
    }
    if seconds > 0 || shape.is_empty() {
        shape.push('s');
    }
    crate::t!(
        "duration",
        shape = shape,
        hours = hours,
        minutes = minutes,
        seconds = seconds
    )
}

/// "5 min", "1 min", "45 s": an estimate, rounded to the nearest minute
/// once it is over a minute.
pub fn minutes(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds < 60 {
        crate::t!("duration", shape = "s", seconds = seconds)
    } else {
        crate::t!("duration", shape = "m", minutes = (seconds + 30) / 60)
    }
}

/// "4:05": an exact time taken.
pub fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The dose of one exercise in words: `hold 15 s × 3`,
/// `hold 15 s × 2 each leg`, `hold 10 s × 3 each side`.
pub fn dose(exercise: &Exercise, dose: &ResolvedDose) -> String {
    let limb = match exercise.sides {
        Sides::None => "none",
        Sides::Alternate | Sides::InTurn => limb_key(exercise.limb),
    };
    crate::t!(
        "dose",
        hold = duration(dose.hold),
        repetitions = dose.repetitions,
        limb = limb
    )
}

/// " each leg" (or " each arm", " each side", as the exercise's `limb`
/// says) after a repetition count of a sided exercise, "" otherwise.
pub fn per_side(sides: Sides, limb: Limb) -> String {
    match sides {
        Sides::None => String::new(),
        Sides::Alternate | Sides::InTurn => format!(" {}", sided_unit(limb)),
    }
}

/// A text of a sided exercise for one side: `{side}` becomes the side being
/// done ("left"), `{other}` the other one, in the language in use (its
/// `content-side` message). A translated text may ask for a grammatical
/// form after a colon, `{side:f}`, which that message selects on. Without a
/// side (a text shown once for both, as in the exercise browser), the
/// right side is meant: it is the one the poses are drawn for.
pub fn for_side(text: &str, side: Option<Side>) -> Cow<'_, str> {
    if !text.contains('{') {
        return Cow::Borrowed(text);
    }
    let side = side.unwrap_or(Side::Right);
    let other = match side {
        Side::Left => Side::Right,
        Side::Right => Side::Left,
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inside = &after[..close];
        let (name, form) = inside.split_once(':').unwrap_or((inside, ""));
        let filled = match name {
            "side" => Some(side),
            "other" => Some(other),
            _ => None,
        };
        match filled {
            Some(which) => out.push_str(&crate::t!(
                "content-side",
                side = which.label(),
                form = form
            )),
            // Not a placeholder (the checks refuse these in content): as
            // written.
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// "5 sessions", "1 session", for English words the caller gives. Words
/// that reach the person come from the catalogues instead, with a plural
/// selector (`{ $count -> [one] … *[other] … }`): this is for the callers
/// not moved yet.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` in UTC.
pub fn utc_time(unix_seconds: u64) -> String {
    crate::time::utc(unix_seconds)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` in this computer's time zone.
pub fn local_time(unix_seconds: u64) -> String {
    crate::time::local(unix_seconds)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The day of Unix seconds in this computer's time zone, short, in the
/// language in use: "25 Jan" (under a chart's time axis).
pub fn day_month(unix_seconds: u64) -> String {
    day_short_month(crate::time::local(unix_seconds).date_naive())
}

/// An instant of a routine as `m:ss.mmm` from its start (minutes grow past
/// 59): the cue sheet's and the rehearsal log's column.
pub fn offset(at: Duration) -> String {
    let millis = at.as_millis();
    let minutes = millis / 60_000;
    let seconds = millis / 1000 % 60;
    let millis = millis % 1000;
    format!("{minutes}:{seconds:02}.{millis:03}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(duration(Duration::ZERO), "0 s");
        assert_eq!(duration(Duration::from_secs(45)), "45 s");
        assert_eq!(duration(Duration::from_secs(300)), "5 min");
        assert_eq!(duration(Duration::from_secs(312)), "5 min 12 s");
        assert_eq!(duration(Duration::from_secs(3720)), "1 h 2 min");
        assert_eq!(duration(Duration::from_millis(59_500)), "1 min");
        assert_eq!(duration(Duration::from_millis(1_499)), "1 s");
    }

    #[test]
    fn minutes_round_to_the_nearest_minute_past_one_minute() {
        assert_eq!(minutes(Duration::from_secs(45)), "45 s");
        assert_eq!(minutes(Duration::from_secs(89)), "1 min");
        assert_eq!(minutes(Duration::from_secs(90)), "2 min");
        assert_eq!(minutes(Duration::from_secs(312)), "5 min");
    }

    #[test]
    fn clock_pads_seconds() {
        assert_eq!(clock(Duration::from_secs(245)), "4:05");
        assert_eq!(clock(Duration::from_millis(59_999)), "0:59");
    }

    #[test]
    fn utc_formatting_matches_known_dates() {
        assert_eq!(utc_time(0), "1970-01-01 00:00");
        assert_eq!(utc_time(1_700_000_000), "2023-11-14 22:13");
        assert_eq!(utc_time(951_782_400), "2000-02-29 00:00");
        assert_eq!(utc_time(4_107_542_400), "2100-03-01 00:00");
    }

    #[test]
    fn local_formatting_differs_from_utc_by_the_zone_offset_only() {
        use chrono::{Local, NaiveDateTime, TimeZone};
        let seconds = 1_700_000_000u64;
        let utc = NaiveDateTime::parse_from_str(&utc_time(seconds), "%Y-%m-%d %H:%M")
            .expect("a UTC date");
        let local = NaiveDateTime::parse_from_str(&local_time(seconds), "%Y-%m-%d %H:%M")
            .expect("a local date");
        let offset = Local.offset_from_utc_datetime(&utc).local_minus_utc();
        assert_eq!((local - utc).num_seconds(), i64::from(offset));
    }

    #[test]
    fn side_placeholders_read_as_the_side_being_done() {
        let text = "Stretch out your {side} leg; bend the {other} knee.";
        assert_eq!(
            for_side(text, Some(Side::Left)),
            "Stretch out your left leg; bend the right knee."
        );
        assert_eq!(
            for_side(text, Some(Side::Right)),
            "Stretch out your right leg; bend the left knee."
        );
        assert_eq!(for_side(text, None), for_side(text, Some(Side::Right)));
        assert!(matches!(for_side("No sides here.", None), Cow::Borrowed(_)));
        // A form asked for by a translation reads as the plain word in
        // English; braces that are no placeholder stay as written.
        assert_eq!(
            for_side("la pierna {side:f}, {other:m} {x} {side", Some(Side::Left)),
            "la pierna left, right {x} {side"
        );
    }

    #[test]
    fn side_words_follow_the_limb() {
        assert_eq!(per_side(Sides::None, Limb::Leg), "");
        assert_eq!(per_side(Sides::Alternate, Limb::Leg), " each leg");
        assert_eq!(per_side(Sides::InTurn, Limb::Arm), " each arm");
        assert_eq!(per_side(Sides::InTurn, Limb::default()), " each side");
        assert_eq!(side_name(Side::Right, Limb::Side), "right side");
        assert_eq!(side_name(Side::Left, Limb::Leg), "left leg");
        assert_eq!(side_order(Sides::None, Limb::Arm), None);
        assert_eq!(
            side_order(Sides::InTurn, Limb::Arm).as_deref(),
            Some("All on the left arm, then all on the right.")
        );
        assert_eq!(
            side_order(Sides::Alternate, Limb::Side).as_deref(),
            Some("Left and right side in turn, starting on the left.")
        );
    }

    #[test]
    fn counts_pluralise() {
        assert_eq!(count(1, "session", "sessions"), "1 session");
        assert_eq!(count(0, "session", "sessions"), "0 sessions");
    }
}
