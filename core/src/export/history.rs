//! A profile's sessions written out: as a table for people (local time,
//! `limber history`) or as CSV for a clinician's spreadsheet (UTC, which
//! does not move with daylight saving; its column says so).

use std::io::{self, Write};

use crate::profile::{Ending, SessionRecord};
use crate::words;

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
        return writeln!(out, "{}", crate::t!("history-table-no-sessions"));
    }
    let header = [
        "started",
        "routine",
        "time",
        "done",
        "pain-before",
        "pain-after",
        "ended",
    ]
    .map(|column| crate::t!("history-table-column", column = column));
    let rows: Vec<[String; 7]> = records
        .iter()
        .map(|record| {
            let done = record.exercises.iter().filter(|e| e.completed).count();
            [
                words::local_time(record.started_at),
                // From a file anyone may have edited: one line, no codes.
                crate::terminal::escape(&record.routine_title).into_owned(),
                format!(
                    "{}:{:02}",
                    record.duration_seconds / 60,
                    record.duration_seconds % 60
                ),
                crate::t!(
                    "history-exercises-done",
                    done = done,
                    exercises = record.exercises.len()
                ),
                pain_text(record.pain_before),
                pain_text(record.pain_after),
                ending_text(record),
            ]
        })
        .collect();
    // Terminal columns, not characters: a Chinese title is twice as wide.
    let mut widths = header
        .each_ref()
        .map(|title| crate::terminal::columns(title));
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(crate::terminal::columns(cell));
        }
    }
    write_table_row(&header, &widths, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for row in &rows {
        write_table_row(row, &widths, out)?;
    }
    Ok(())
}

fn write_table_row(
    cells: &[String; 7],
    widths: &[usize; 7],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut line = String::new();
    for (index, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if index > 0 {
            line.push_str("  ");
        }
        line.push_str(&crate::terminal::pad_end(cell, *width));
    }
    writeln!(out, "{}", line.trim_end())
}

fn pain_text(pain: Option<u8>) -> String {
    pain.map_or_else(|| "-".to_owned(), |p| p.to_string())
}

fn write_csv(records: &[SessionRecord], out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        // untranslated: the CSV's header (a spreadsheet's column names).
        "started_utc,routine_id,routine_title,duration_seconds,pain_before,pain_after,ended,\
         exercise_id,exercise_title,intensity,hold_seconds,repetitions,completed,\
         holds_left,holds_right\r\n"
    )?;
    for record in records {
        let session_cells = [
            words::utc_time(record.started_at),
            record.routine_id.to_string(),
            record.routine_title.clone(),
            record.duration_seconds.to_string(),
            record
                .pain_before
                .map(|p| p.to_string())
                .unwrap_or_default(),
            record.pain_after.map(|p| p.to_string()).unwrap_or_default(),
            csv_ending(record),
        ];
        if record.exercises.is_empty() {
            let empty = [""; 8].map(str::to_owned);
            write_csv_row(session_cells.iter().chain(&empty), out)?;
        }
        for exercise in &record.exercises {
            let exercise_cells = [
                exercise.id.to_string(),
                exercise.title.clone(),
                exercise.intensity.label().to_owned(),
                exercise.hold_seconds.to_string(),
                exercise.repetitions.to_string(),
                if exercise.completed { "yes" } else { "skipped" }.to_owned(),
                exercise
                    .sides
                    .map(|sides| sides.left.to_string())
                    .unwrap_or_default(),
                exercise
                    .sides
                    .map(|sides| sides.right.to_string())
                    .unwrap_or_default(),
            ];
            write_csv_row(session_cells.iter().chain(&exercise_cells), out)?;
        }
    }
    Ok(())
}

pub(crate) fn write_csv_row<'a>(
    cells: impl Iterator<Item = &'a String>,
    out: &mut dyn Write,
) -> io::Result<()> {
    // Written cell by cell: a 100,000-session export makes no row strings.
    for (index, cell) in cells.enumerate() {
        if index > 0 {
            out.write_all(b",")?;
        }
        out.write_all(csv_field(cell).as_bytes())?;
    }
    // RFC 4180 line ending, which spreadsheets expect.
    out.write_all(b"\r\n")
}

/// The title of the exercise `id` of `record`, or the id when the record
/// lacks it.
fn exercise_title(record: &SessionRecord, id: &str) -> String {
    record
        .exercises
        .iter()
        .find(|e| e.id == id)
        .map_or_else(|| id.to_owned(), |e| e.title.clone())
}

/// How a session ended, for a person, in the language in use: "finished",
/// "stopped in <exercise>", "stopped for pain in <exercise>", or "" for a
/// session saved before Limber kept it.
pub fn ending_text(record: &SessionRecord) -> String {
    match &record.ending {
        None => String::new(),
        Some(Ending::Finished) => crate::t!("history-ended-finished"),
        Some(Ending::Stopped { exercise_id }) => crate::t!(
            "history-ended-stopped",
            exercise = exercise_title(record, exercise_id)
        ),
        Some(Ending::StoppedForPain { exercise_id }) => crate::t!(
            "history-ended-stopped-for-pain",
            exercise = exercise_title(record, exercise_id)
        ),
    }
}

/// How a session ended, in the CSV's `ended` column: the same words in
/// English whatever the language (a spreadsheet's values, like its
/// header, stay fixed so a clinician's formulas keep working).
fn csv_ending(record: &SessionRecord) -> String {
    match &record.ending {
        None => String::new(),
        Some(Ending::Finished) => "finished".to_owned(),
        Some(Ending::Stopped { exercise_id }) => {
            let title = exercise_title(record, exercise_id);
            format!("stopped in {title}") // untranslated: the CSV's values
        }
        Some(Ending::StoppedForPain { exercise_id }) => {
            let title = exercise_title(record, exercise_id);
            format!("stopped for pain in {title}") // untranslated: the CSV's values
        }
    }
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180),
/// doubling inner quotes. A cell a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return — a
/// routine title from someone else's content, say) gets a leading `'` and
/// quotes, so it shows as the text it is.
pub(crate) fn csv_field(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("\"'{}\"", cell.replace('"', "\"\"")).into()
    } else if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\"")).into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dose::Intensity;
    use crate::profile::ExerciseRecord;

    fn sample() -> Vec<SessionRecord> {
        vec![SessionRecord {
            started_at: 1_700_000_000,
            routine_id: "lower-back".into(),
            routine_title: "Lower back, \"gentle\", daily".to_owned(),
            duration_seconds: 605,
            exercises: vec![
                ExerciseRecord {
                    id: "knee-to-chest".into(),
                    title: "Knee to chest".to_owned(),
                    intensity: Intensity::Standard,
                    hold_seconds: 23,
                    repetitions: 3,
                    completed: true,
                    sides: Some(crate::profile::SideRecord { left: 3, right: 2 }),
                    holds_done: None,
                    variation: None,
                },
                ExerciseRecord {
                    id: "crunch".into(),
                    title: "Partial crunch".to_owned(),
                    intensity: Intensity::Gentle,
                    hold_seconds: 1,
                    repetitions: 9,
                    completed: false,
                    sides: None,
                    holds_done: None,
                    variation: None,
                },
            ],
            pain_before: Some(4),
            pain_after: None,
            ending: Some(Ending::StoppedForPain {
                exercise_id: "crunch".to_owned(),
            }),
        }]
    }

    #[test]
    fn table_lists_each_session() {
        let mut out = Vec::new();
        write_history(&sample(), false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].starts_with("Started"));
        assert!(lines[2].contains(&words::local_time(1_700_000_000)));
        assert!(lines[2].contains("10:05"));
        assert!(lines[2].contains("1 of 2"));
        assert!(lines[2].ends_with("stopped for pain in Partial crunch"));

        let mut empty = Vec::new();
        write_history(&[], false, &mut empty).unwrap();
        assert_eq!(String::from_utf8(empty).unwrap(), "No sessions yet.\n");
    }

    #[test]
    fn table_columns_line_up_by_display_width_for_chinese_and_german_titles() {
        use unicode_width::UnicodeWidthStr;
        // A Chinese character takes two columns of a terminal: padded by
        // characters, every column after a Chinese title would start
        // early by as many columns as the title has characters.
        let titles = ["Lower back", "腰部拉伸练习", "Unterer Rücken", "Hüfte"];
        let records: Vec<SessionRecord> = titles
            .iter()
            .enumerate()
            .map(|(index, title)| {
                let mut record = sample().remove(0);
                record.routine_title = (*title).to_owned();
                record.duration_seconds = 600 + index as u32;
                record
            })
            .collect();
        let mut out = Vec::new();
        write_history(&records, false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let columns: Vec<usize> = (0..titles.len())
            .map(|index| {
                let line = lines[2 + index];
                assert!(line.contains(titles[index]), "{text}");
                let time = format!("10:{index:02}");
                let at = line.find(&time).expect("the time cell");
                line[..at].width()
            })
            .collect();
        assert!(
            columns.iter().all(|c| *c == columns[0]),
            "{columns:?}\n{text}"
        );
        // The rule under the header is as wide as the widest cell.
        let title_column = lines[1].split("  ").nth(1).expect("a rule per column");
        assert_eq!(
            title_column.len(),
            "腰部拉伸练习".width().max("Unterer Rücken".width())
        );
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
             stopped for pain in Partial crunch,knee-to-chest,Knee to chest,Standard,23,3,yes,3,2"
        );
        assert!(rows[2].ends_with("crunch,Partial crunch,Gentle,1,9,skipped,,"));
    }

    #[test]
    fn csv_cells_that_look_like_formulas_are_shown_as_text() {
        let mut records = sample();
        records[0].routine_title = "=HYPERLINK(\"http://x\",\"y\")".to_owned();
        records[0].exercises[0].title = "+1".to_owned();
        records[0].exercises[1].title = "@SUM(A1)".to_owned();
        let mut out = Vec::new();
        write_history(&records, true, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
            "{text}"
        );
        assert!(text.contains(",\"'+1\","), "{text}");
        assert!(text.contains(",\"'@SUM(A1)\","), "{text}");
        // Every cell that starts a formula is inside quotes after a `'`.
        for cell in text.split([',', '\r', '\n']) {
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "a bare formula cell: {cell}"
            );
        }
    }
}
