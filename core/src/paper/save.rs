//! Making a paper and writing it to a file, the one way `limber print`,
//! `limber report` and the app's "Print sheet" and "Visit report" buttons
//! all do it. Blocking (layout, PDF, disk): the app runs these off its
//! event loop, in a `Task`.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::report::{PlanAdherence, PlannedSessions, ReportRequest, VisitReport, local_time};
use super::{Paper, PaperError, SheetRequest, build_report, report_csv, routine_sheet};
use crate::content::Library;
use crate::profile::SessionRecord;
use crate::schedule::{ReminderState, WeeklyPlan};

/// What a report is saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    /// For printing and for the physiotherapist's eyes.
    #[default]
    Pdf,
    /// One row per exercise of each session, for a spreadsheet.
    Csv,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Csv => "csv",
        }
    }

    /// The format a file name asks for: `.csv` is CSV, anything else PDF.
    pub fn of_path(path: &Path) -> ReportFormat {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            ReportFormat::Csv
        } else {
            ReportFormat::Pdf
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub path: PathBuf,
    /// "Lower back", "Visit report — Anna".
    pub title: String,
    /// Pages and paper of a PDF; `None` for CSV.
    pub pages: Option<(usize, Paper)>,
    /// The report's first line ("30 sessions in this period, …"); empty
    /// for a sheet.
    pub headline: String,
    /// Scripts of its text no font on this computer has ("Arabic"): drawn
    /// as boxes, and to be said.
    pub missing_scripts: Vec<String>,
}

impl Saved {
    /// "1 page, A4".
    pub fn pages_words(&self) -> Option<String> {
        self.pages
            .map(|(pages, paper)| crate::t!("paper-pages", pages = pages, paper = paper.label()))
    }
}

/// Lays out the routine sheet, renders it and writes it to `path`.
pub fn save_sheet(request: &SheetRequest<'_>, path: &Path) -> Result<Saved, PaperError> {
    let document = routine_sheet(request);
    let bytes = super::render(&document)?;
    write_paper(path, &bytes)?;
    Ok(Saved {
        path: path.to_path_buf(),
        missing_scripts: document.missing_scripts(),
        title: document.title,
        pages: Some((document.pages.len(), request.paper)),
        headline: String::new(),
    })
}

/// Everything a visit report of one profile is made from.
pub struct ReportInput<'a> {
    pub profile_name: &'a str,
    /// The whole history, any order.
    pub sessions: &'a [SessionRecord],
    /// The profile's weekly plan (adherence is left out when it has no
    /// planned days).
    pub plan: Option<WeeklyPlan>,
    /// "Done today" marks from reminders, which keep a planned day too.
    pub reminders: &'a ReminderState,
    pub library: &'a Library,
    pub period: super::Period,
    /// The local date the report is made.
    pub generated: NaiveDate,
    /// The exercises (by id) the person left out of their routines.
    pub left_out: &'a std::collections::BTreeSet<String>,
}

/// Works the report out in this computer's time zone, with adherence to
/// the plan when one is set.
pub fn visit_report_of<'a>(input: &ReportInput<'a>) -> VisitReport<'a> {
    let adherence = input.plan.clone().and_then(|plan| {
        PlanAdherence::new(
            plan,
            input.sessions,
            input.reminders,
            &chrono::Local,
            input.library,
        )
    });
    let mut report = build_report(&ReportRequest {
        profile_name: input.profile_name,
        sessions: input.sessions,
        period: input.period,
        plan: adherence.as_ref().map(|a| a as &dyn PlannedSessions),
        library: Some(input.library),
        to_local: local_time,
        generated: input.generated,
    });
    // By title where the content has the exercise, else by id.
    report.left_out = input
        .left_out
        .iter()
        .map(|id| {
            input
                .library
                .exercise(id)
                .map_or_else(|| id.clone(), |e| e.title.clone())
        })
        .collect();
    report
}

/// Writes `report` to `path` as `format`.
pub fn save_report(
    report: &VisitReport<'_>,
    format: ReportFormat,
    paper: Paper,
    fonts: &super::FontSet,
    path: &Path,
) -> Result<Saved, PaperError> {
    let (bytes, pages, title, missing_scripts) = match format {
        ReportFormat::Csv => (
            report_csv(report),
            None,
            crate::t!("paper-report-title", profile = report.profile_name.as_str()),
            Vec::new(),
        ),
        ReportFormat::Pdf => {
            let document = super::visit_report(report, paper, fonts);
            let bytes = super::render(&document)?;
            (
                bytes,
                Some((document.pages.len(), paper)),
                document.title.clone(),
                document.missing_scripts(),
            )
        }
    };
    write_paper(path, &bytes)?;
    Ok(Saved {
        path: path.to_path_buf(),
        title,
        pages,
        headline: report.headline(),
        missing_scripts,
    })
}

/// The `--out` that means standard output.
pub const STDOUT: &str = "-";

/// Writes a paper to where `path` says, the way a person means it:
/// - `-`: standard output;
/// - a device, a named pipe or anything else that is not a regular file
///   (`/dev/null`, `/dev/stdout`, a FIFO another program reads): written
///   to as it is, never renamed over (as root, a rename over `/dev/null`
///   would replace the device node with a file);
/// - a folder: refused;
/// - a regular file, or a new name: written whole beside it and renamed
///   into place, so a crash never leaves half a PDF; through a symbolic
///   link, the file it points to is replaced and the link stays.
pub fn write_paper(path: &Path, bytes: &[u8]) -> Result<(), PaperError> {
    let failed = |source| PaperError::Write {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == STDOUT {
        let mut out = io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(failed);
    }
    match fs::metadata(path) {
        Ok(found) if found.is_dir() => Err(failed(io::Error::other(crate::t!("paper-is-folder")))),
        Ok(found) if !found.is_file() => write_in_place(path, bytes).map_err(failed),
        Ok(_) => {
            let linked = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            let target = if linked {
                fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
            } else {
                path.to_path_buf()
            };
            super::write_file(&target, bytes)
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => super::write_file(path, bytes),
        Err(error) => Err(failed(error)),
    }
}

/// Writes into an existing special file (no creating, no truncating a
/// device, no temp file beside it).
fn write_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = fs::OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

/// Whether writing to `path` writes to this program's standard output
/// (`-`, `/dev/stdout`, or the very file stdout is): then what the command
/// says about it goes to stderr, not into the paper.
pub fn writes_to_stdout(path: &Path) -> bool {
    if path.as_os_str() == STDOUT {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let stdout = io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .map(fs::File::from)
            .and_then(|file| file.metadata());
        if let (Ok(out), Ok(target)) = (stdout, fs::metadata(path)) {
            return out.dev() == target.dev() && out.ino() == target.ino();
        }
    }
    false
}

/// `path` with `extension` added when it has none (a name typed into a
/// save dialog without one).
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".");
        name.push(extension);
        PathBuf::from(name)
    }
}

/// The first of `folder/name.ext`, `folder/name-2.ext`, … that does not
/// exist yet (for saving without a dialog, so nothing is overwritten).
pub fn free_path(folder: &Path, file_name: &str) -> PathBuf {
    let path = Path::new(file_name);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "limber".to_string());
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let first = folder.join(file_name);
    if !first.exists() {
        return first;
    }
    (2..10_000)
        .map(|n| folder.join(format!("{stem}-{n}{extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dose::Intensity;
    use crate::paper::{Doses, Period};

    #[test]
    fn a_sheet_and_a_report_are_written_and_described() {
        let (library, _) = Library::shipped();
        let dir = tempfile::tempdir().expect("temp dir");
        let today = NaiveDate::from_ymd_opt(2025, 6, 7).expect("date");
        let routine = library.routine("lower-back").expect("shipped");
        let saved = save_sheet(
            &SheetRequest {
                library: &library,
                routine,
                doses: Doses::Intensity(Intensity::Gentle),
                date: today,
                paper: Paper::A4,
                fonts: &crate::paper::font::tests::fonts(),
                emergency: crate::guidance::emergency::EmergencyNumber::UNKNOWN,
            },
            &dir.path().join("sheet.pdf"),
        )
        .expect("saved");
        // "1 page, A4" with the app's typeface (tests/paper_pdf.rs).
        let words = saved.pages_words().expect("pages");
        assert!(words == "1 page, A4" || words == "2 pages, A4", "{words}");
        assert!(
            std::fs::read(&saved.path)
                .expect("written")
                .starts_with(b"%PDF-")
        );

        let sessions = crate::paper::fixture::fixture_history(&library, 12, 1, 1_749_300_000);
        let reminders = ReminderState::default();
        let left_out = std::collections::BTreeSet::new();
        let report = visit_report_of(&ReportInput {
            profile_name: "Anna",
            sessions: &sessions,
            plan: None,
            reminders: &reminders,
            library: &library,
            period: Period::eight_weeks_to(today),
            generated: today,
            left_out: &left_out,
        });
        let csv = save_report(
            &report,
            ReportFormat::Csv,
            Paper::A4,
            &crate::paper::font::tests::fonts(),
            &dir.path().join("visit.csv"),
        )
        .expect("saved");
        assert_eq!(csv.pages, None);
        assert!(csv.headline.starts_with("12 sessions in this period"));
        let text = std::fs::read_to_string(&csv.path).expect("written");
        assert!(text.starts_with("started_utc,"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_written_to_not_renamed_over() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().expect("temp dir");
        // A named pipe read by another thread gets the bytes.
        let fifo = dir.path().join("pipe.pdf");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .expect("mkfifo")
                .success()
        );
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).expect("read the pipe"))
        };
        write_paper(&fifo, b"%PDF-1.7 through a pipe").expect("written");
        assert_eq!(reader.join().expect("reader"), b"%PDF-1.7 through a pipe");
        assert!(
            fs::metadata(&fifo)
                .expect("still there")
                .file_type()
                .is_fifo()
        );
        // A device stays a device: a node like /dev/null made here (as
        // root; elsewhere the real /dev/null, which no rename can touch
        // without root).
        let null = dir.path().join("null");
        let made = std::process::Command::new("mknod")
            .arg(&null)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|status| status.success());
        let device = if made {
            null
        } else {
            PathBuf::from("/dev/null")
        };
        write_paper(&device, b"%PDF").expect("written to the device");
        assert!(
            fs::metadata(&device)
                .expect("the device")
                .file_type()
                .is_char_device(),
            "{} was replaced",
            device.display()
        );
        // A link to a regular file: the file is replaced, the link stays.
        let real = dir.path().join("real.pdf");
        fs::write(&real, b"old").expect("write");
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        write_paper(&link, b"new").expect("written");
        assert!(
            fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).expect("real"), b"new");
        // A folder is refused.
        assert!(write_paper(dir.path(), b"x").is_err());
        assert!(writes_to_stdout(Path::new("-")));
        assert!(!writes_to_stdout(&real));
    }

    #[test]
    fn file_names_get_their_extension_and_never_overwrite() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/visit"), "pdf"),
            PathBuf::from("/tmp/visit.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/visit.csv"), "pdf"),
            PathBuf::from("/tmp/visit.csv")
        );
        assert_eq!(ReportFormat::of_path(Path::new("a.CSV")), ReportFormat::Csv);
        assert_eq!(ReportFormat::of_path(Path::new("a")), ReportFormat::Pdf);
        let dir = tempfile::tempdir().expect("temp dir");
        let first = free_path(dir.path(), "sheet.pdf");
        assert_eq!(first, dir.path().join("sheet.pdf"));
        std::fs::write(&first, b"x").expect("write");
        assert_eq!(
            free_path(dir.path(), "sheet.pdf"),
            dir.path().join("sheet-2.pdf")
        );
    }
}
