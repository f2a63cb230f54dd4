//! `limber print` and `limber report` as a person runs them, checked with
//! poppler's own tools: `pdftotext` reads back what a viewer shows,
//! `pdffonts` says whether the font travels inside the file. Both come with
//! poppler-utils (`scripts/setup.sh` installs it).

use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::cli::ok;

/// `limber ARGS`: with a British locale, so the paper size does not depend
/// on the machine running the tests.
fn limber(args: &[&str], data_dir: &Path) -> Output {
    common::cli::limber_with(args, data_dir, &[("LC_ALL", "en_GB.UTF-8")])
}

/// A poppler tool's output; the tests need poppler-utils (setup.sh).
fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!("{tool} is needed for this test (poppler-utils; run scripts/setup.sh): {error}")
        });
    assert!(
        output.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The PDF's text with every run of white space (line ends included) made
/// one space, so a phrase wrapped over two lines is still found.
fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &[pdf.to_str().expect("utf-8"), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pages_of(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[pdf.to_str().expect("utf-8")]);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// Every font listed is embedded (the `emb` column says yes) and there is
/// at least one.
fn assert_fonts_embedded(pdf: &Path) {
    let fonts = poppler("pdffonts", &[pdf.to_str().expect("utf-8")]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts at all:\n{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type (1-2 words), encoding, emb, sub, uni, object, id
        let emb = columns[columns.len() - 5];
        assert_eq!(emb, "yes", "font not embedded: {row}");
        assert!(row.contains("FiraSans"), "{row}");
    }
}

/// A data folder with Anna and 30 made-up sessions.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = limber_core::profile::Store::open(dir.path()).expect("store");
    store.switch_to_name("Anna", true).expect("Anna");
    let (library, _) = limber_core::content::Library::shipped();
    let end = limber_core::time::unix_now().saturating_sub(3 * 60 * 60);
    let added = limber_core::paper::fixture::fill_profile(&mut store, &library, 30, 17, end)
        .expect("the made-up sessions are saved");
    assert_eq!(added, 30);
    dir
}

fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%-d %B %Y")
        .to_string()
}

#[test]
fn the_routine_sheet_has_the_title_date_doses_and_an_embedded_font() {
    let data = fixture();
    let pdf = data.path().join("sheet.pdf");
    let said = ok(&limber(
        &[
            "--profile",
            "Anna",
            "print",
            "lower-back",
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    assert!(said.contains("1 page, A4"), "{said}");
    assert_eq!(pages_of(&pdf), 1);
    assert_fonts_embedded(&pdf);
    let text = text_of(&pdf);
    for expected in [
        "Lower back",
        "Home exercises for Anna",
        today().as_str(),
        "Press-up on forearms",
        // The fixture ends with Anna's own 25 s hold at Standard.
        "Hold 25 s × 4",
        "Standard level, own values",
        "Hold 23 s × 3 each leg",
        "Hold 2 s × 11",
        "Left leg",
        "Right leg",
        "Keep your hips and pelvis down on the floor.",
        "Start gently",
        "Get emergency help now",
        "Loss of bladder or bowel control",
        "See a doctor soon",
        "Do not exercise until you have had medical advice.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // --intensity prints that level's doses instead of the profile's.
    let gentle = data.path().join("gentle.pdf");
    ok(&limber(
        &[
            "print",
            "lower-back",
            "--intensity",
            "gentle",
            "--paper",
            "letter",
            "--out",
            gentle.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    let text = text_of(&gentle);
    assert!(text.contains("Hold 15 s × 3"), "{text}");
    assert!(text.contains("Hold 15 s × 2 each leg"), "{text}");
    // Letter is 612 × 792 points.
    let info = poppler("pdfinfo", &[gentle.to_str().expect("utf-8")]);
    assert!(info.contains("612 x 792"), "{info}");
}

#[test]
fn the_full_routine_runs_onto_a_second_page() {
    let data = fixture();
    let pdf = data.path().join("full.pdf");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "print",
            "full",
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    assert_eq!(pages_of(&pdf), 2);
    let text = text_of(&pdf);
    assert!(
        text.contains("Page 1 of 2") && text.contains("Page 2 of 2"),
        "{text}"
    );
    assert!(text.contains("Seated hamstring stretch"), "{text}");
}

#[test]
fn the_visit_report_has_the_period_the_sessions_and_the_changes() {
    let data = fixture();
    let pdf = data.path().join("visit.pdf");
    let said = ok(&limber(
        &[
            "--profile",
            "Anna",
            "report",
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    assert!(said.contains("30 sessions in this period"), "{said}");
    assert_fonts_embedded(&pdf);
    let text = text_of(&pdf);
    let today = chrono::Local::now().date_naive();
    let from = today - chrono::Duration::days(55);
    for expected in [
        "Visit report".to_string(),
        format!(
            "{} to {}",
            from.format("%-d %B %Y"),
            today.format("%-d %B %Y")
        ),
        "30 sessions in this period".to_string(),
        "Sessions per week".to_string(),
        "Pain before and after".to_string(),
        "Stepped up".to_string(),
        "Stepped down".to_string(),
        "Standard, 25 s × 4".to_string(),
        // Adherence against the fixture's weekly plan.
        "planned sessions done".to_string(),
        "Planned: Lower back, Mon, Wed, Fri at 08:00, since".to_string(),
        // The session stopped because it hurt, and the other stops.
        "Stopped because it hurt: 1 session".to_string(),
        "Lower back: stopped because it hurt in Knee to chest".to_string(),
        "stopped in".to_string(),
        // Left and right where they differ.
        "Knee to chest: left 2 of 3, right 1 of 3.".to_string(),
        "Left and right differ: left".to_string(),
        // Honest about the sessions saved before those were kept.
        "Not recorded for 4 sessions saved before Limber kept how a session ended.".to_string(),
        "All sessions".to_string(),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn the_report_as_csv_and_for_a_thin_period() {
    let data = fixture();
    // CSV on stdout: a header and one row per exercise of each session.
    let csv = ok(&limber(
        &["--profile", "Anna", "report", "--csv"],
        data.path(),
    ));
    let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert!(
        rows[0].starts_with("started_utc,local_date,iso_week,"),
        "{csv}"
    );
    assert!(rows.len() > 60, "{} rows", rows.len());
    assert!(
        rows[0].ends_with(",dose_change,ended,holds_left,holds_right"),
        "{csv}"
    );
    assert!(rows.iter().any(|r| r.contains(",step up,")), "{csv}");
    // The session stopped because it hurt, with each side's holds.
    assert!(
        rows.iter()
            .any(|r| r.contains(",yes,knee-to-chest,Knee to chest,yes,")
                && r.ends_with(",no,,stopped for pain in Knee to chest,2,1")),
        "{csv}"
    );
    // --out with .csv chooses CSV too.
    let file = data.path().join("visit.csv");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "report",
            "--out",
            file.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    assert_eq!(std::fs::read_to_string(&file).expect("written"), csv);

    // A period with (almost) nothing in it says so.
    let today = chrono::Local::now().date_naive();
    let from = (today - chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let pdf = data.path().join("thin.pdf");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "report",
            "--from",
            &from,
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        data.path(),
    ));
    let text = text_of(&pdf);
    assert!(
        text.contains("1 session in this period")
            || text.contains("2 sessions in this period")
            || text.contains("No sessions in this period"),
        "{text}"
    );
    assert!(
        text.contains("before this period are not included"),
        "{text}"
    );

    // Bad dates and unknown profiles are refused with a clear message.
    let output = limber(
        &[
            "report",
            "--from",
            "2025-06-10",
            "--to",
            "2025-06-01",
            "--csv",
        ],
        data.path(),
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is after --to"));
    let output = limber(&["--profile", "Nobody", "report", "--csv"], data.path());
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no profile named \"Nobody\""));
}
