//! Papers for the physiotherapist: the routine sheet (`limber print`) and
//! the visit report (`limber report`, PDF or CSV).
//!
//! Layout is pure: [`routine_sheet`] and [`visit_report`] build a
//! [`Document`] (pages of text lines, vector paths and pictures, in points)
//! that tests can inspect without any PDF; [`render`] turns it into PDF
//! bytes with krilla, the one place that knows the PDF crate. Nothing here
//! touches the file system but [`write_file`] and [`save`], which the CLI
//! and the app (in a `Task`, after its save dialog) share: [`save_sheet`],
//! [`visit_report_of`] (the profile's history and weekly plan, in this
//! computer's time zone) and [`save_report`] (PDF or CSV).

pub mod canvas;
pub mod figure;
#[cfg(any(test, feature = "testing"))]
pub mod fixture;
pub mod font;
pub mod layout;
pub mod locale;
pub mod pdf;
pub mod report;
pub mod save;
pub mod sheet;
pub mod style;

mod report_layout;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use canvas::{Document, Paper};
pub use font::{FontError, FontSet};
pub use locale::{default_paper, paper_for_locale};
pub use report::{
    AdherenceInput, Period, PlanAdherence, PlannedSessions, ReportRequest, SessionEnd,
    SessionFacts, SideOutcome, SideResults, VisitReport, build_report, local_time,
    write_report_csv,
};
pub use report_layout::visit_report;
pub use save::{
    ReportFormat, ReportInput, Saved, save_report, save_sheet, visit_report_of, write_paper,
    writes_to_stdout,
};
pub use sheet::{Doses, SheetRequest, routine_sheet};

use canvas::{Item, Page, Pt, TextLine};
use layout::Style;
use style::{FOOTER, MARGIN};

/// Why a paper could not be written to `path`, in words.
fn write_failed(path: &std::path::Path, error: &std::io::Error) -> String {
    crate::t!(
        "paper-write-failed",
        path = path.display().to_string(),
        error = error.to_string()
    )
}

#[derive(Debug, thiserror::Error)]
pub enum PaperError {
    #[error("{}", crate::t!("paper-pdf-failed", reason = .0.as_str()))]
    Pdf(String),
    #[error("{}", write_failed(path, source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Renders a laid-out document to PDF bytes.
pub fn render(document: &Document) -> Result<Vec<u8>, PaperError> {
    pdf::render(document)
}

/// The routine sheet as PDF bytes.
pub fn print_routine(request: &SheetRequest<'_>) -> Result<Vec<u8>, PaperError> {
    render(&routine_sheet(request))
}

/// The visit report as PDF bytes.
pub fn report_pdf(
    report: &VisitReport<'_>,
    paper: Paper,
    fonts: &FontSet,
) -> Result<Vec<u8>, PaperError> {
    render(&visit_report(report, paper, fonts))
}

/// The visit report as CSV bytes (RFC 4180, one row per exercise of each
/// session).
pub fn report_csv(report: &VisitReport<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_report_csv(report, &mut out);
    out
}

/// Writes `bytes` to `path` so that a crash never leaves half a file: a
/// hidden temp file in the same folder, synced, then renamed over `path`.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), PaperError> {
    let error = |source| PaperError::Write {
        path: path.to_path_buf(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "limber".to_string());
    let temp = folder.join(format!(".{name}.limber-tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(error)
}

/// A date as people read it on paper, in the language in use: `2 June
/// 2025`.
pub fn format_date(date: NaiveDate) -> String {
    crate::words::day_month_year(date)
}

/// The most characters of a title or a name from a file that go on paper
/// (a longer one is cut with "…"): content is held to
/// [`crate::limits::MAX_TITLE_CHARS`], but a history keeps the
/// titles of its day, and a heading is never a page of text.
pub const MAX_TITLE_CHARS_ON_PAPER: usize = 200;

/// Puts the footer line on every page: `left` at the left margin (cut to
/// the room the page number leaves) and "Page i of n" at the right.
pub(crate) fn page_footers(pages: &mut [Page], paper: Paper, fonts: &FontSet, left: &str) {
    let (width, height) = paper.size();
    let count = pages.len();
    // The descenders stay inside the bottom margin.
    let baseline = height - MARGIN - fonts.metrics().descent * FOOTER.size;
    // The widest page number there will be, so the left part is cut once.
    let widest = fonts.width(
        &crate::t!("paper-page", page = count, pages = count),
        FOOTER.size,
        FOOTER.bold,
    );
    let left = layout::ellipsize(fonts, left, FOOTER, width - 2.0 * MARGIN - widest - 12.0);
    for (index, page) in pages.iter_mut().enumerate() {
        let right = crate::t!("paper-page", page = index + 1, pages = count);
        let right_width = fonts.width(&right, FOOTER.size, FOOTER.bold);
        page.items
            .push(text_line(fonts, Pt::new(MARGIN, baseline), FOOTER, &left));
        page.items.push(text_line(
            fonts,
            Pt::new(width - MARGIN - right_width, baseline),
            FOOTER,
            &right,
        ));
    }
}

fn text_line(fonts: &FontSet, origin: Pt, style: Style, text: &str) -> Item {
    Item::Text(TextLine::new(
        fonts,
        origin,
        style.size,
        style.bold,
        style.color,
        text.to_string(),
    ))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use canvas::Area;

    /// On every page: nothing outside the margins, no line of text on top
    /// of another.
    pub(crate) fn assert_tidy(document: &Document) {
        let (width, height) = document.paper.size();
        let page_area = Area::new(MARGIN, MARGIN, width - 2.0 * MARGIN, height - 2.0 * MARGIN);
        for (number, page) in document.pages.iter().enumerate() {
            for item in &page.items {
                assert!(
                    page_area.contains(&item.bounds(), 0.5),
                    "page {}: {item:?} outside the margins",
                    number + 1
                );
            }
            let texts: Vec<(Area, &str)> = page
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Text(line) => Some((item.bounds(), line.text.as_str())),
                    _ => None,
                })
                .collect();
            for (i, (a, first)) in texts.iter().enumerate() {
                for (b, second) in &texts[i + 1..] {
                    assert!(
                        !a.overlaps(b),
                        "page {}: {first:?} {a:?} overlaps {second:?} {b:?}",
                        number + 1
                    );
                }
            }
        }
    }

    #[test]
    fn dates_read_the_same_everywhere() {
        let date = NaiveDate::from_ymd_opt(2025, 6, 2).expect("date");
        assert_eq!(format_date(date), "2 June 2025");
    }

    #[test]
    fn write_file_replaces_whole_files_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sheet.pdf");
        write_file(&path, b"first").expect("written");
        write_file(&path, b"second").expect("rewritten");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["sheet.pdf".to_string()], "no temp file left");
        let error = write_file(&dir.path().join("missing/sheet.pdf"), b"x").expect_err("no folder");
        assert!(error.to_string().contains("missing/sheet.pdf"), "{error}");
    }
}
