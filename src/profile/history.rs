//! Session history records and `limber history` output (a table for people,
//! CSV for a clinician's spreadsheet).
//!
//! Times are stored as Unix seconds (UTC). People read them in local time
//! (the History screen, the `limber history` table); the CSV for a
//! clinician keeps UTC, which does not move with daylight saving, and its
//! column says so.

use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::profile::model::clamp_value;
use crate::profile::notice::Notice;
use crate::session::dose::Intensity;

/// Pain is rated on a 0–10 scale.
pub const PAIN_BOUNDS: (u32, u32) = (0, 10);

/// One finished (or stopped) session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// When the session started, in seconds since the Unix epoch (UTC).
    pub started_at: u64,
    pub routine_id: String,
    pub routine_title: String,
    pub duration_seconds: u32,
    #[serde(default)]
    pub exercises: Vec<ExerciseRecord>,
    /// Pain 0–10 before the session, if the person answered.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Pain 0–10 after the session, if the person answered.
    #[serde(default)]
    pub pain_after: Option<u8>,
}

/// What was done for one exercise of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseRecord {
    pub id: String,
    pub title: String,
    pub intensity: Intensity,
    pub hold_seconds: u32,
    pub repetitions: u32,
    /// `true` when done, `false` when skipped.
    pub completed: bool,
}

impl SessionRecord {
    /// Brings pain ratings into 0–10, returning one notice per change.
    pub fn clamp(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        for (value, what) in [
            (&mut self.pain_before, "Pain before"),
            (&mut self.pain_after, "Pain after"),
        ] {
            if let Some(pain) = value {
                let mut wide = u32::from(*pain);
                clamp_value(&mut wide, PAIN_BOUNDS, what.to_owned(), &mut notices);
                *pain = u8::try_from(wide).unwrap_or(10);
            }
        }
        notices
    }
}

/// Seconds since the Unix epoch now; 0 if the clock is before 1970.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` in UTC.
pub fn format_utc(unix_seconds: u64) -> String {
    i64::try_from(unix_seconds)
        .ok()
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .map(|time| time.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| format!("@{unix_seconds}"))
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` in this computer's time zone
/// (UTC where the zone cannot be known).
pub fn format_local(unix_seconds: u64) -> String {
    use chrono::TimeZone;
    i64::try_from(unix_seconds)
        .ok()
        .and_then(|seconds| chrono::Local.timestamp_opt(seconds, 0).single())
        .map(|time| time.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| format_utc(unix_seconds))
}

/// Writes `records` as a readable table, or as CSV (header row, one row per
/// exercise so a spreadsheet can filter by exercise; a session without
/// exercises still gets one row).
pub fn write_history(records: &[SessionRecord], csv: bool, out: &mut dyn Write) -> io::Result<()> {
    if csv {
        write_csv(records, out)
    } else {
        write_table(records, out)
    }
}

fn write_table(records: &[SessionRecord], out: &mut dyn Write) -> io::Result<()> {
    if records.is_empty() {
        return writeln!(out, "No sessions yet.");
    }
    let header = [
        "Started",
        "Routine",
        "Time",
        "Exercises done",
        "Pain before",
        "Pain after",
    ];
    let rows: Vec<[String; 6]> = records
        .iter()
        .map(|record| {
            let done = record.exercises.iter().filter(|e| e.completed).count();
            [
                format_local(record.started_at),
                record.routine_title.clone(),
                format!(
                    "{}:{:02}",
                    record.duration_seconds / 60,
                    record.duration_seconds % 60
                ),
                format!("{done} of {}", record.exercises.len()),
                pain_text(record.pain_before),
                pain_text(record.pain_after),
            ]
        })
        .collect();
    let mut widths = header.map(|title| title.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    write_table_row(&header.map(str::to_owned), &widths, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in &rows {
        write_table_row(row, &widths, out)?;
    }
    Ok(())
}

fn write_table_row(
    cells: &[String; 6],
    widths: &[usize; 6],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut line = String::new();
    for (index, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if index > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        let padding = width.saturating_sub(cell.chars().count());
        line.extend(std::iter::repeat_n(' ', padding));
    }
    writeln!(out, "{}", line.trim_end())
}

fn pain_text(pain: Option<u8>) -> String {
    pain.map_or_else(|| "-".to_owned(), |p| p.to_string())
}

fn write_csv(records: &[SessionRecord], out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        "started_utc,routine_id,routine_title,duration_seconds,pain_before,pain_after,\
         exercise_id,exercise_title,intensity,hold_seconds,repetitions,completed\r\n"
    )?;
    for record in records {
        let session_cells = [
            format_utc(record.started_at),
            record.routine_id.clone(),
            record.routine_title.clone(),
            record.duration_seconds.to_string(),
            record
                .pain_before
                .map(|p| p.to_string())
                .unwrap_or_default(),
            record.pain_after.map(|p| p.to_string()).unwrap_or_default(),
        ];
        if record.exercises.is_empty() {
            let empty = [""; 6].map(str::to_owned);
            write_csv_row(session_cells.iter().chain(&empty), out)?;
        }
        for exercise in &record.exercises {
            let exercise_cells = [
                exercise.id.clone(),
                exercise.title.clone(),
                exercise.intensity.label().to_owned(),
                exercise.hold_seconds.to_string(),
                exercise.repetitions.to_string(),
                if exercise.completed { "yes" } else { "skipped" }.to_owned(),
            ];
            write_csv_row(session_cells.iter().chain(&exercise_cells), out)?;
        }
    }
    Ok(())
}

fn write_csv_row<'a>(
    cells: impl Iterator<Item = &'a String>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let quoted: Vec<String> = cells.map(|cell| csv_field(cell)).collect();
    // RFC 4180 line ending, which spreadsheets expect.
    write!(out, "{}\r\n", quoted.join(","))
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180),
/// doubling inner quotes.
fn csv_field(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<SessionRecord> {
        vec![SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "lower-back".to_owned(),
            routine_title: "Lower back, \"gentle\", daily".to_owned(),
            duration_seconds: 605,
            exercises: vec![
                ExerciseRecord {
                    id: "knee-to-chest".to_owned(),
                    title: "Knee to chest".to_owned(),
                    intensity: Intensity::Standard,
                    hold_seconds: 23,
                    repetitions: 3,
                    completed: true,
                },
                ExerciseRecord {
                    id: "crunch".to_owned(),
                    title: "Partial crunch".to_owned(),
                    intensity: Intensity::Gentle,
                    hold_seconds: 1,
                    repetitions: 9,
                    completed: false,
                },
            ],
            pain_before: Some(4),
            pain_after: None,
        }]
    }

    #[test]
    fn utc_formatting_matches_known_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00");
        assert_eq!(format_utc(1_700_000_000), "2023-11-14 22:13");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00");
        assert_eq!(format_utc(4_107_542_400), "2100-03-01 00:00");
    }

    #[test]
    fn local_formatting_differs_from_utc_by_the_zone_offset_only() {
        use chrono::{Local, NaiveDateTime, TimeZone};
        let seconds = 1_700_000_000u64;
        let utc = NaiveDateTime::parse_from_str(&format_utc(seconds), "%Y-%m-%d %H:%M")
            .expect("a UTC date");
        let local = NaiveDateTime::parse_from_str(&format_local(seconds), "%Y-%m-%d %H:%M")
            .expect("a local date");
        let offset = Local.offset_from_utc_datetime(&utc).local_minus_utc();
        assert_eq!((local - utc).num_seconds(), i64::from(offset));
    }

    #[test]
    fn table_lists_each_session() {
        let mut out = Vec::new();
        write_history(&sample(), false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].starts_with("Started"));
        assert!(lines[2].contains(&format_local(1_700_000_000)));
        assert!(lines[2].contains("10:05"));
        assert!(lines[2].contains("1 of 2"));

        let mut empty = Vec::new();
        write_history(&[], false, &mut empty).unwrap();
        assert_eq!(String::from_utf8(empty).unwrap(), "No sessions yet.\n");
    }

    #[test]
    fn csv_has_header_one_row_per_exercise_and_quotes() {
        let mut out = Vec::new();
        write_history(&sample(), true, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 3, "{text}");
        assert!(rows[0].starts_with("started_utc,routine_id,"));
        assert_eq!(
            rows[1],
            "2023-11-14 22:13,lower-back,\"Lower back, \"\"gentle\"\", daily\",605,4,,\
             knee-to-chest,Knee to chest,Standard,23,3,yes"
        );
        assert!(rows[2].ends_with("crunch,Partial crunch,Gentle,1,9,skipped"));
    }

    #[test]
    fn pain_is_clamped_to_ten() {
        let mut record = sample().remove(0);
        record.pain_after = Some(42);
        let notices = record.clamp();
        assert_eq!(record.pain_after, Some(10));
        assert_eq!(notices.len(), 1);
        assert_eq!(record.pain_before, Some(4));
    }
}
