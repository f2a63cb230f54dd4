//! "Print sheet" and "Visit report" as a person uses them: the buttons are
//! clicked in the headless app, the save dialog answers with a path (no
//! window needed), the task the click returned runs to the end, and the
//! file it wrote is read back with poppler's `pdftotext` (poppler-utils;
//! `scripts/setup.sh` installs it). Also: where an imported routine and its
//! exercises came from, on the Routine screen and in the exercise browser.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use common::{SIZE, open_app_on, send, shipped_app_saving};
use iced_test::Simulator;
use limber::ui::dialog::{ChosenPath, FileKind};
use limber::ui::paper::{PanelMessage, ReportChoice, Span};
use limber::ui::screen::{history, home, routine};
use limber::ui::{App, Message, Screen};
use limber_core::content::Library;
use limber_core::paper::ReportFormat;
use limber_core::paper::{Period, format_date, local_time};
use limber_core::profile::Store;
use limber_core::testing::FAKE_UNIX_START;
use limber_core::time::Clock;

/// The fake clock's date where the tests run.
fn today() -> chrono::NaiveDate {
    local_time(FAKE_UNIX_START).date()
}

/// "5 January 2026 to 2 March 2026" for the `weeks` up to today.
fn period_words(weeks: u32) -> String {
    let period = Period::weeks_to(weeks, today());
    format!("{} to {}", format_date(period.from), format_date(period.to))
}

fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
        if let Err(error) = ui.click(label) {
            panic!("cannot click {label:?} on {}: {error:?}", app.title());
        }
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    send(app, messages);
}

/// Renders the screen to `target/screenshots/paper-<name>-tiny-skia.png`
/// for people to look at (not compared: `ui_snapshots` does that).
fn render(app: &App, name: &str) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&folder).expect("screenshot folder");
    let path = folder.join(format!("paper-{name}.png"));
    let _ = std::fs::remove_file(folder.join(format!("paper-{name}-tiny-skia.png")));
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    let snapshot = ui
        .snapshot(&limber::ui::style::theme(false))
        .expect("snapshot");
    assert!(snapshot.matches_image(&path).expect("write png"));
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

/// The text of a PDF, white space made single spaces.
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args([pdf.to_str().expect("utf-8"), "-"])
        .output()
        .expect("pdftotext is needed (poppler-utils; run scripts/setup.sh)");
    assert!(output.status.success(), "pdftotext failed on {pdf:?}");
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The app on the Routine screen of `lower-back`, saving wherever `dialog`
/// says.
fn on_routine(data: &Path, dialog: &ChosenPath) -> App {
    let (mut app, _, _) = shipped_app_saving(data, Some("lower-back"), dialog);
    click(&mut app, "I have read this");
    assert!(
        matches!(app.screen(), Screen::Routine(_)),
        "{}",
        app.title()
    );
    app
}

#[test]
fn print_sheet_saves_the_routine_with_the_profiles_doses() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("my sheet.pdf");
    let dialog = ChosenPath::new(Some(pdf.clone()));
    let mut app = on_routine(data.path(), &dialog);

    // The button's message becomes the action that asks for the sheet.
    let mut screen = routine::Routine::new("lower-back".into());
    let (library, _) = Library::shipped();
    let profile = app.profile().clone();
    let ctx_action = {
        let images = Default::default();
        let ctx = limber::ui::Context {
            library: &library,
            profile: &profile,
            profiles: &[],
            history: &[],
            images: &images,
            typography: limber::ui::style::Type::new(1.0),
            now: FAKE_UNIX_START,
            planned: None,
        };
        screen.update(routine::Message::PrintSheet, &ctx)
    };
    assert!(matches!(ctx_action, routine::Action::PrintSheet(id) if id == "lower-back"));

    // Standard level for knee to chest, so the sheet shows the profile's
    // dose and not the default one.
    send(
        &mut app,
        vec![Message::Routine(routine::Message::SetIntensity(
            "knee-to-chest".into(),
            limber_core::session::dose::Intensity::Standard,
        ))],
    );
    click(&mut app, "Print sheet");

    let asked = dialog.asked();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].file_name, "lower-back-sheet.pdf");
    assert_eq!(asked[0].kind, FileKind::Pdf);
    let notice = app.notices().last().cloned().unwrap_or_default();
    assert!(
        notice.starts_with(&format!(
            "Saved the sheet for Lower back to {} (1 page, ",
            pdf.display()
        )),
        "{notice}"
    );
    let bytes = std::fs::read(&pdf).expect("the sheet is written");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    for expected in [
        "Lower back",
        &format!("Home exercises for {}", app.profile().name),
        // The fake clock's date.
        &format_date(today()),
        "Press-up on forearms",
        "Hold 23 s × 3 each leg",
        "Get emergency help now",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    // Still on the Routine screen, free to print again.
    assert!(matches!(app.screen(), Screen::Routine(_)));
    click(&mut app, "Print sheet");
    assert_eq!(dialog.asked().len(), 2);
}

#[test]
fn a_cancelled_dialog_writes_nothing_and_a_failed_write_says_why() {
    let data = tempfile::tempdir().expect("temp dir");
    let cancel = ChosenPath::new(None);
    let mut app = on_routine(data.path(), &cancel);
    let before = app.notices().len();
    click(&mut app, "Print sheet");
    assert_eq!(cancel.asked().len(), 1);
    assert_eq!(app.notices().len(), before, "{:?}", app.notices());
    // Not left waiting: the next press asks again.
    click(&mut app, "Print sheet");
    assert_eq!(cancel.asked().len(), 2);

    let missing = data.path().join("no such folder").join("sheet.pdf");
    cancel.set_answer(Some(missing.clone()));
    click(&mut app, "Print sheet");
    let notice = app.notices().last().cloned().unwrap_or_default();
    assert!(
        notice.starts_with("Could not save the routine sheet: could not write")
            && notice.contains("no such folder"),
        "{notice}"
    );
    assert!(!missing.exists());
}

/// A data folder whose profile has the fixture's 30 sessions (ending a
/// few hours before the fake clock's now) and its weekly plan.
fn with_history() -> (tempfile::TempDir, Vec<limber_core::profile::SessionRecord>) {
    let data = tempfile::tempdir().expect("temp dir");
    let (library, _) = Library::shipped();
    let end = FAKE_UNIX_START - 3 * 60 * 60;
    let (mut store, _) = Store::open(data.path()).expect("store");
    let records = limber_core::paper::fixture::fixture_history(&library, 30, 17, end);
    for record in &records {
        store.append_history(record.clone()).expect("appended");
    }
    let id = store.current().id.clone();
    store
        .update_plan(&id, |plan| {
            plan.set(limber_core::paper::fixture::fixture_plan(end));
        })
        .expect("plan");
    store.set_safety_seen().expect("saved");
    (data, records)
}

fn open_history(data: &Path, dialog: &ChosenPath) -> App {
    let (mut app, clock, _) = shipped_app_saving(data, None, dialog);
    assert_eq!(clock.unix_now(), FAKE_UNIX_START);
    send(&mut app, vec![Message::Home(home::Message::OpenHistory)]);
    assert!(
        matches!(app.screen(), Screen::History(_)),
        "{}",
        app.title()
    );
    app
}

#[test]
fn visit_report_saves_the_last_eight_weeks_with_stops_sides_and_adherence() {
    let (data, _) = with_history();
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("visit");
    let dialog = ChosenPath::new(Some(pdf.clone()));
    let mut app = open_history(data.path(), &dialog);

    // The form opens from the title row with its defaults.
    assert!(!shows(&app, "Save report…"));
    click(&mut app, "Visit report…");
    assert!(shows(&app, "Save report…"));
    assert!(shows(&app, &format!("{} · 30 sessions", period_words(8))));
    render(&app, "history-form");
    click(&mut app, "Save report…");
    assert!(!shows(&app, "Save report…"), "the form closes");

    let asked = dialog.asked();
    assert_eq!(asked.len(), 1);
    assert!(
        asked[0].file_name.starts_with("visit-report-") && asked[0].file_name.ends_with(".pdf"),
        "{:?}",
        asked[0]
    );
    // The name typed without an extension gets one.
    let written = out.path().join("visit.pdf");
    let notice = app.notices().last().cloned().unwrap_or_default();
    assert!(
        notice.starts_with("Saved the visit report (")
            && notice.contains(&format!(
                ") to {}. 30 sessions in this period",
                written.display()
            )),
        "{notice}"
    );
    render(&app, "history-saved");
    let text = pdf_text(&written);
    for expected in [
        "Visit report",
        &period_words(8),
        "30 sessions in this period",
        // Adherence against the plan read from the store.
        "planned sessions done",
        "Planned: Lower back, Mon, Wed, Fri at 08:00, since",
        // Stopped because it hurt, and where.
        "Stopped because it hurt: 1 session",
        "Lower back: stopped because it hurt in Knee to chest",
        // Left and right where they differ.
        "Knee to chest: left 2 of 3, right 1 of 3.",
        // The fixture's first sessions predate endings and sides.
        "Not recorded for 4 sessions saved before Limber kept how a session ended.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[test]
fn visit_report_as_csv_over_four_weeks() {
    let (data, records) = with_history();
    let out = tempfile::tempdir().expect("temp dir");
    let csv = out.path().join("visit.csv");
    let dialog = ChosenPath::new(Some(csv.clone()));
    let mut app = open_history(data.path(), &dialog);

    // The screen turns the form's Save into the action with the choice.
    let mut screen = history::History::new(&[], FAKE_UNIX_START);
    for message in [
        PanelMessage::Open,
        PanelMessage::Format(ReportFormat::Csv),
        PanelMessage::Span(Span::Weeks(4)),
    ] {
        assert!(matches!(
            screen.update(history::Message::Report(message)),
            history::Action::None
        ));
    }
    let action = screen.update(history::Message::Report(PanelMessage::Save));
    assert!(matches!(
        action,
        history::Action::VisitReport(ReportChoice {
            format: ReportFormat::Csv,
            span: Span::Weeks(4)
        })
    ));

    click(&mut app, "Visit report…");
    click(&mut app, "CSV for a spreadsheet");
    click(&mut app, "4 weeks");
    let from = Period::weeks_to(4, today()).from;
    let in_four_weeks = records
        .iter()
        .filter(|r| local_time(r.started_at).date() >= from)
        .count();
    assert!(in_four_weeks > 3 && in_four_weeks < 30, "{in_four_weeks}");
    assert!(shows(
        &app,
        &format!("{} · {in_four_weeks} sessions", period_words(4))
    ));
    click(&mut app, "Save report…");
    assert_eq!(dialog.asked()[0].kind, FileKind::Csv);
    assert!(dialog.asked()[0].file_name.ends_with(".csv"));
    let notice = app.notices().last().cloned().unwrap_or_default();
    assert!(
        notice.starts_with(&format!(
            "Saved the visit report as CSV to {}.",
            csv.display()
        )),
        "{notice}"
    );
    let text = std::fs::read_to_string(&csv).expect("written");
    let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert!(
        rows[0].ends_with(",ended,holds_left,holds_right"),
        "{}",
        rows[0]
    );
    assert!(rows.len() > 10, "{text}");
    for row in &rows[1..] {
        let date = row.split(',').nth(1).expect("local_date");
        let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a date");
        assert!(date >= from, "four weeks only: {row}");
    }
}

#[test]
fn a_routine_from_a_pack_says_whose_it_is() {
    let data = tempfile::tempdir().expect("temp dir");
    let content = data.path().join("content");
    std::fs::create_dir_all(content.join("routines")).expect("folder");
    std::fs::create_dir_all(content.join("exercises")).expect("folder");
    std::fs::write(
        content.join("routines/sam-back.ron"),
        "(id: \"sam-back\", title: \"Sam's back routine\", description: \"From the clinic.\", \
         area: \"lower-back\", exercises: [(exercise: \"knee-to-chest\")])",
    )
    .expect("write");
    let shipped = include_str!("../content/exercises/knee-to-chest.ron");
    std::fs::write(content.join("exercises/knee-to-chest.ron"), shipped).expect("write");
    std::fs::create_dir_all(content.join(".packs")).expect("folder");
    std::fs::write(
        content.join(".packs/sam.ron"),
        "(name: \"sam-back.zip\", manifest: (author: Some(\"Sam Lee\"), version: Some(\"2\"), \
         reviewed: Some(\"2026-02-20\")), routines: [\"sam-back\"], \
         files: [\"routines/sam-back.ron\", \"exercises/knee-to-chest.ron\"], imported_at: 5)",
    )
    .expect("write");
    let (library, problems) = Library::load(&limber_core::content::Sources {
        user_dir: Some(content.clone()),
        extra_dir: None,
    });
    assert!(problems.is_empty(), "{problems:?}");
    let (store, _) = Store::open(data.path()).expect("store");
    let pdf = data.path().join("sam.pdf");
    let mut platform = limber::ui::platform::Platform::inert();
    platform.save_dialog = Arc::new(ChosenPath::new(Some(pdf.clone())));
    let (mut app, _, _) = open_app_on(library, store, Vec::new(), Some("sam-back"), platform);
    click(&mut app, "I have read this");
    let from = "From the pack \u{201c}sam-back.zip\u{201d}: by Sam Lee · version 2 · reviewed 20 February 2026";
    assert!(shows(&app, from), "the Routine screen names the pack");
    render(&app, "routine-from-pack");
    // So does its sheet.
    click(&mut app, "Print sheet");
    let text = pdf_text(&pdf);
    assert!(
        text.contains(
            "From the pack “sam-back.zip”: by Sam Lee · version 2 · reviewed 20 February 2026"
        ),
        "{text}"
    );

    send(
        &mut app,
        vec![
            Message::Routine(routine::Message::Back),
            Message::Home(home::Message::OpenExercises),
            Message::Exercises(limber::ui::screen::exercises::Message::Select(
                "knee-to-chest".into(),
            )),
        ],
    );
    assert!(shows(&app, from), "the exercise browser names the pack");
    render(&app, "exercise-from-pack");
    send(
        &mut app,
        vec![Message::Exercises(
            limber::ui::screen::exercises::Message::Select("partial-crunch".into()),
        )],
    );
    assert!(!shows(&app, from), "a shipped exercise names none");
}
