//! The app's papers: "Print sheet" on the Routine screen and "Visit report"
//! on the History screen.
//!
//! A button's `Action` becomes a [`Task`]: the save dialog
//! ([`dialog`](crate::ui::dialog), so tests choose the path without a
//! window), then the layout, the PDF or CSV and the write on a thread of
//! their own, never in `update`. The answer comes back as
//! [`Message::PaperSaved`] and the app shows it in its notice banner: where
//! the file went (the Documents folder when no dialog could be shown), or
//! why it could not be written.
//!
//! [`ReportPanel`] is the History screen's small "Visit report" form: PDF or
//! CSV, and the period (the last eight weeks unless changed).

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length, Task};

use crate::ui::dialog::{FileKind, SaveDialog, SaveRequest};
use crate::ui::platform::off_thread;
use crate::ui::style;
use crate::ui::widget::controls;
use crate::ui::{Context, Message};
use limber_core::content::Library;
use limber_core::paper::{self, Doses, Period, ReportFormat, ReportInput, Saved, SheetRequest};
use limber_core::profile::{Profile, SessionRecord};
use limber_core::schedule::{ReminderState, WeeklyPlan};
use limber_core::t;

// ----------------------------------------------------------------------
// The tasks.
// ----------------------------------------------------------------------

/// One line per script a paper could not draw.
fn missing_script_notices(saved: &Saved) -> Vec<String> {
    saved
        .missing_scripts
        .iter()
        .map(|script| paper::font::missing_script_words(script))
        .collect()
}

/// How saving a paper ended, for the notice banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Cancelled,
    Written {
        notice: String,
        /// Notices from reading the plan (a file kept aside…).
        more: Vec<String>,
    },
    Failed(String),
}

impl Outcome {
    /// What the banner shows, in order.
    pub fn notices(&self) -> Vec<String> {
        match self {
            Outcome::Cancelled => Vec::new(),
            Outcome::Written { notice, more } => {
                let mut all = more.clone();
                all.push(notice.clone());
                all
            }
            Outcome::Failed(why) => vec![why.clone()],
        }
    }
}

/// What the routine sheet is made from (owned: it goes to another thread).
pub struct SheetInput {
    pub library: Library,
    pub profile: Profile,
    pub routine_id: String,
    pub today: NaiveDate,
}

/// "Print sheet": ask where, then make and write the sheet.
pub fn print_sheet(dialog: &dyn SaveDialog, input: SheetInput) -> Task<Message> {
    let request = SaveRequest {
        title: t!("papers-save-sheet-title"),
        file_name: format!("{}-sheet.pdf", file_stem(&input.routine_id)),
        kind: FileKind::Pdf,
    };
    after_choice(dialog, request, "sheet", move |path| {
        let Some(routine) = input.library.routine(&input.routine_id) else {
            return Err(t!(
                "papers-routine-gone",
                routine = input.routine_id.as_str()
            ));
        };
        let fonts = crate::paper_fonts()?;
        let saved = paper::save_sheet(
            &SheetRequest {
                library: &input.library,
                routine,
                doses: Doses::Profile(&input.profile),
                date: input.today,
                paper: paper::default_paper(),
                emergency: limber_core::guidance::emergency::EmergencyNumber::of_this_system(),
                fonts: &fonts,
            },
            &path,
        )
        .map_err(|e| e.to_string())?;
        Ok((
            t!(
                "papers-sheet-saved",
                routine =
                    paper::layout::clip_chars(&routine.title, paper::MAX_TITLE_CHARS_ON_PAPER),
                path = saved.path.display().to_string(),
                pages = saved.pages_words().unwrap_or_default()
            ),
            missing_script_notices(&saved),
        ))
    })
}

/// What the visit report is made from.
pub struct ReportJob {
    pub library: Library,
    pub profile_name: String,
    pub sessions: Arc<Vec<SessionRecord>>,
    pub choice: ReportChoice,
    pub today: NaiveDate,
    /// The exercises (by id) the profile left out of its routines.
    pub left_out: std::collections::BTreeSet<String>,
}

/// The weekly plan and reminder marks, read on the store's thread, with
/// the store's notices.
pub type Schedule = (Result<WeeklyPlan, String>, ReminderState, Vec<String>);

/// "Visit report": ask where, then read the plan, make the report and
/// write it. `schedule` is the store's answer (asked for before the
/// dialog opens).
pub fn visit_report(
    dialog: &dyn SaveDialog,
    job: ReportJob,
    schedule: impl Future<Output = Schedule> + Send + 'static,
) -> Task<Message> {
    let format = job.choice.format;
    let request = SaveRequest {
        title: t!("papers-save-report-title"),
        file_name: format!(
            "visit-report-{}-{}.{}",
            file_stem(&job.profile_name),
            job.today.format("%Y-%m-%d"),
            format.extension()
        ),
        kind: match format {
            ReportFormat::Pdf => FileKind::Pdf,
            ReportFormat::Csv => FileKind::Csv,
        },
    };
    let mut schedule = Some(schedule);
    let mut job = Some(job);
    dialog.choose(request.clone()).then(move |choice| {
        let (Some(schedule), Some(job)) = (schedule.take(), job.take()) else {
            return Task::none();
        };
        let Some((path, fallback)) = choice.destination(&request) else {
            return Task::done(Message::PaperSaved(Outcome::Cancelled));
        };
        Task::perform(
            async move {
                let (plan, reminders, mut more) = schedule.await;
                let outcome = off_thread(move || {
                    let plan = plan
                        .map_err(|e| more.push(t!("papers-plan-left-out", reason = e)))
                        .ok();
                    let report = paper::visit_report_of(&ReportInput {
                        profile_name: &job.profile_name,
                        sessions: &job.sessions,
                        plan,
                        reminders: &reminders,
                        library: &job.library,
                        period: job.choice.period(job.today, &job.sessions),
                        generated: job.today,
                        left_out: &job.left_out,
                    });
                    let fonts = crate::paper_fonts()?;
                    paper::save_report(&report, format, paper::default_paper(), &fonts, &path)
                        .map(|saved| {
                            more.extend(missing_script_notices(&saved));
                            (report_notice(&saved, format), more)
                        })
                        .map_err(|e| e.to_string())
                })
                .await;
                finish(outcome, "report", fallback)
            },
            Message::PaperSaved,
        )
    })
}

fn report_notice(saved: &Saved, format: ReportFormat) -> String {
    let path = saved.path.display().to_string();
    match (format, saved.pages_words()) {
        (ReportFormat::Pdf, Some(pages)) => t!(
            "papers-report-saved",
            path = path,
            pages = pages,
            headline = saved.headline.as_str()
        ),
        _ => t!(
            "papers-report-saved-csv",
            path = path,
            headline = saved.headline.as_str()
        ),
    }
}

/// Asks the dialog, then runs `work` with the chosen path on a thread of
/// its own.
fn after_choice(
    dialog: &dyn SaveDialog,
    request: SaveRequest,
    // What is saved, as `papers-not-saved` names it: `sheet` or `report`.
    what: &'static str,
    work: impl FnOnce(PathBuf) -> Result<(String, Vec<String>), String> + Send + 'static,
) -> Task<Message> {
    let mut work = Some(work);
    dialog.choose(request.clone()).then(move |choice| {
        let Some(work) = work.take() else {
            return Task::none();
        };
        let Some((path, fallback)) = choice.destination(&request) else {
            return Task::done(Message::PaperSaved(Outcome::Cancelled));
        };
        Task::perform(
            async move { finish(off_thread(move || work(path)).await, what, fallback) },
            Message::PaperSaved,
        )
    })
}

fn finish(
    result: Option<Result<(String, Vec<String>), String>>,
    what: &str,
    fallback: bool,
) -> Outcome {
    match result {
        Some(Ok((notice, more))) => Outcome::Written {
            notice: if fallback {
                t!("papers-no-dialog", notice = notice)
            } else {
                notice
            },
            more,
        },
        Some(Err(why)) => Outcome::Failed(t!("papers-not-saved", what = what, reason = why)),
        None => Outcome::Failed(t!("papers-not-saved-stopped", what = what)),
    }
}

/// A name safe in a file name: letters, digits and `-`.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "limber".to_string()
    } else {
        stem
    }
}

// ----------------------------------------------------------------------
// The History screen's "Visit report" form.
// ----------------------------------------------------------------------

/// How far back a report goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// The last so many weeks, today included.
    Weeks(u32),
    /// From the first session.
    Everything,
}

/// The last eight weeks: what a visit every couple of months looks back
/// on, and `limber report`'s default too.
impl Default for Span {
    fn default() -> Span {
        Span::Weeks(8)
    }
}

impl Span {
    pub const ALL: [Span; 5] = [
        Span::Weeks(4),
        Span::Weeks(8),
        Span::Weeks(12),
        Span::Weeks(26),
        Span::Everything,
    ];

    pub fn label(self) -> String {
        match self {
            Span::Weeks(26) => t!("papers-span-six-months"),
            Span::Weeks(weeks) => t!("papers-span-weeks", count = weeks),
            Span::Everything => t!("papers-span-everything"),
        }
    }

    /// The period ending `today`; "everything" starts at the first session
    /// (at most ten years back).
    pub fn period(self, today: NaiveDate, sessions: &[SessionRecord]) -> Period {
        match self {
            Span::Weeks(weeks) => Period::weeks_to(weeks, today),
            Span::Everything => {
                let first = sessions
                    .iter()
                    .map(|s| s.started_at)
                    .min()
                    .map_or(today, |at| paper::local_time(at).date());
                let earliest = today - chrono::Duration::days(paper::report::MAX_PERIOD_DAYS - 1);
                Period {
                    from: first.clamp(earliest, today),
                    to: today,
                }
            }
        }
    }
}

/// The report the person asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportChoice {
    pub format: ReportFormat,
    pub span: Span,
}

impl ReportChoice {
    pub fn period(&self, today: NaiveDate, sessions: &[SessionRecord]) -> Period {
        self.span.period(today, sessions)
    }
}

#[derive(Debug, Clone)]
pub enum PanelMessage {
    Open,
    Format(ReportFormat),
    Span(Span),
    Save,
    Cancel,
}

/// The form: closed until "Visit report…" is pressed.
#[derive(Debug, Default)]
pub struct ReportPanel {
    open: bool,
    choice: ReportChoice,
}

impl ReportPanel {
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// `Some` when the person pressed Save (the form closes).
    pub fn update(&mut self, message: PanelMessage) -> Option<ReportChoice> {
        match message {
            PanelMessage::Open => self.open = !self.open,
            PanelMessage::Format(format) => self.choice.format = format,
            PanelMessage::Span(span) => self.choice.span = span,
            PanelMessage::Cancel => self.open = false,
            PanelMessage::Save => {
                self.open = false;
                return Some(self.choice);
            }
        }
        None
    }

    /// The title row's button.
    pub fn button<'a>(&self, ctx: &Context<'a>) -> Element<'a, PanelMessage> {
        let t = ctx.typography;
        button(text(t!("papers-visit-report")).size(t.control()))
            .padding([10, 18])
            .style(if self.open {
                style::primary
            } else {
                style::secondary
            })
            .on_press(PanelMessage::Open)
            .into()
    }

    /// The form under the title row, when open.
    pub fn view<'a>(&self, ctx: &Context<'a>) -> Option<Element<'a, PanelMessage>> {
        if !self.open {
            return None;
        }
        let t = ctx.typography;
        let today = paper::local_time(ctx.now).date();
        let period = self.choice.period(today, ctx.history);
        let count = sessions_in(ctx.history, period);
        let mut spans = row![text(t!("papers-period")).size(t.body())]
            .spacing(8)
            .align_y(Alignment::Center);
        for span in Span::ALL {
            spans = spans.push(controls::choice(
                t,
                span.label(),
                self.choice.span == span,
                PanelMessage::Span(span),
            ));
        }
        let mut formats = row![text(t!("papers-save-as")).size(t.body())]
            .spacing(8)
            .align_y(Alignment::Center);
        for (format, label) in [
            (ReportFormat::Pdf, t!("papers-format-pdf")),
            (ReportFormat::Csv, t!("papers-format-csv")),
        ] {
            formats = formats.push(controls::choice(
                t,
                label,
                self.choice.format == format,
                PanelMessage::Format(format),
            ));
        }
        let summary = text(t!(
            "papers-period-summary",
            from = paper::format_date(period.from),
            to = paper::format_date(period.to),
            count = count
        ))
        .size(t.body())
        .style(|theme| text::Style {
            color: Some(style::muted(theme)),
        });
        let actions = row![
            button(text(t!("papers-save-report")).size(t.control()))
                .padding([10, 18])
                .style(style::primary)
                .on_press(PanelMessage::Save),
            button(text(t!("settings-profile-cancel")).size(t.control()))
                .padding([10, 18])
                .style(button::text)
                .on_press(PanelMessage::Cancel),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        Some(
            container(
                column![
                    // A long language or large text: the choices wrap, the
                    // formats under the periods, rather than squeeze.
                    row![
                        spans.wrap().vertical_spacing(8),
                        formats.wrap().vertical_spacing(8)
                    ]
                    .spacing(24)
                    .wrap()
                    .vertical_spacing(12),
                    row![summary.width(Length::Fill), actions]
                        .spacing(12)
                        .align_y(Alignment::Center),
                ]
                .spacing(12),
            )
            .padding(16)
            .style(style::card)
            .into(),
        )
    }
}

/// Sessions of `history` (oldest first, as the app keeps it) inside
/// `period`: two binary searches, so years of history cost nothing while
/// the form is open.
fn sessions_in(history: &[SessionRecord], period: Period) -> usize {
    let date = |s: &SessionRecord| paper::local_time(s.started_at).date();
    let first = history.partition_point(|s| date(s) < period.from);
    let end = history.partition_point(|s| date(s) <= period.to);
    end.saturating_sub(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_default_report_is_a_pdf_of_the_last_eight_weeks() {
        let mut panel = ReportPanel::default();
        assert!(!panel.is_open());
        assert_eq!(panel.update(PanelMessage::Open), None);
        assert!(panel.is_open());
        let choice = panel.update(PanelMessage::Save).expect("saved");
        assert!(!panel.is_open());
        assert_eq!(choice.format, ReportFormat::Pdf);
        let today = date(2025, 6, 7);
        assert_eq!(
            choice.period(today, &[]),
            Period {
                from: date(2025, 4, 13),
                to: today
            }
        );
        panel.update(PanelMessage::Open);
        panel.update(PanelMessage::Format(ReportFormat::Csv));
        panel.update(PanelMessage::Span(Span::Weeks(4)));
        let choice = panel.update(PanelMessage::Save).expect("saved");
        assert_eq!(choice.format, ReportFormat::Csv);
        assert_eq!(choice.period(today, &[]).from, date(2025, 5, 11));
    }

    #[test]
    fn everything_starts_at_the_first_session() {
        let today = date(2025, 6, 7);
        let session = |day: NaiveDate| SessionRecord {
            started_at: day
                .and_hms_opt(12, 0, 0)
                .expect("time")
                .and_utc()
                .timestamp() as u64,
            routine_id: "hips".into(),
            routine_title: "Hips".into(),
            duration_seconds: 60,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: None,
            ending: None,
        };
        let sessions = vec![session(date(2025, 5, 20)), session(date(2024, 1, 3))];
        let period = Span::Everything.period(today, &sessions);
        assert_eq!(period.to, today);
        // Noon UTC is the same date in every zone people live in.
        assert_eq!(period.from, date(2024, 1, 3));
        assert_eq!(Span::Everything.period(today, &[]).from, today);
        // The form's count, over the history oldest first.
        let sorted: Vec<SessionRecord> = [
            date(2024, 1, 3),
            date(2025, 4, 12),
            date(2025, 4, 13),
            date(2025, 5, 20),
            date(2025, 6, 7),
            date(2025, 6, 8),
        ]
        .into_iter()
        .map(session)
        .collect();
        assert_eq!(sessions_in(&sorted, Period::eight_weeks_to(today)), 3);
        assert_eq!(
            sessions_in(&sorted, Span::Everything.period(today, &sorted)),
            5
        );
        assert_eq!(sessions_in(&[], Period::eight_weeks_to(today)), 0);
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(file_stem("Anna Lee"), "anna-lee");
        assert_eq!(file_stem("../x/é"), "x-é");
        assert_eq!(file_stem("  "), "limber");
    }
}
