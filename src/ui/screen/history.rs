//! History: pain before/after over time, sessions per week, and the list of
//! sessions, newest first.
//!
//! Years of history stay fast: the charts' numbers are worked out once when
//! the screen opens and their drawings stay in canvas caches, and the list
//! lays out only the rows in view (the rest is empty space of the right
//! height), so 100,000 sessions cost what a screenful does.

use iced::keyboard::{Key, key::Named};
use iced::widget::canvas::{Cache, Canvas};
use iced::widget::{Space, column, container, row, scrollable, space, text};
use iced::{Alignment, Element, Length};

use crate::ui::Context;
use crate::ui::paper;
use crate::ui::style;
use crate::ui::widget::chart::{PainChart, WeekChart};
use crate::ui::widget::controls::title_bar;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use crate::ui::widget::own_layer::own_layer;
use limber_core::profile::{Ending, SessionRecord};
use limber_core::progress::chart;
use limber_core::t;
use limber_core::words;

/// Sessions shown in the pain chart.
const PAIN_SESSIONS: usize = 20;
/// Weeks shown in the sessions-per-week chart.
const WEEKS: usize = 8;
/// Rows laid out beyond the visible ones, above and below, so a quick
/// scroll does not show a blank band for a frame.
const SPARE_ROWS: usize = 10;
/// The list's height before the first scroll tells the real one.
const FIRST_VIEW_HEIGHT: f32 = 900.0;

#[derive(Debug, Clone)]
pub enum Message {
    /// Scroll the list by this many rows (↑/↓) or pages (Page Up/Down).
    ScrollBy(ScrollStep),
    /// The page scrolled: how far the view's top is below the list's top
    /// (negative while the list starts lower), and the view's height.
    Scrolled {
        offset: f32,
        height: f32,
    },
    Back,
    /// The "Visit report" button and its form.
    Report(paper::PanelMessage),
}

pub enum Action {
    None,
    Back,
    /// Save a visit report as the person chose.
    VisitReport(paper::ReportChoice),
    /// Work on the screen's own widgets (scroll the list).
    Run(iced::Task<Message>),
}

/// How far a key scrolls the session list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollStep {
    /// Logical pixels (a row's height, from the view).
    Pixels(i32),
    Pages(i32),
}

/// The History screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("↑ ↓", "history-key-scroll"),
    shortcut("Page Up, Page Down", "history-key-page"),
    shortcut("V", "history-key-visit-report"),
    shortcut("Esc", "keys-back"),
];

/// The session list, scrolled from the keyboard.
const LIST: &str = "history-sessions";

pub struct History {
    /// "Visit report…" in the title row, and its form.
    report: paper::ReportPanel,
    pain: PainChart,
    weeks: WeekChart,
    /// The planned days of the last weeks, oldest first; empty
    /// with no plan.
    planned: Vec<limber_core::schedule::WeekProgress>,
    /// The lines of notes under the rows, summed, newest first:
    /// `notes_before[i]` for the rows above row `i` (so a row's place is
    /// found without walking the whole history).
    notes_before: Vec<usize>,
    /// The list's scroll offset and visible height, in logical pixels.
    offset: f32,
    height: f32,
}

impl History {
    /// The screen over `history` (oldest first), with its charts' numbers
    /// worked out once.
    pub fn new(history: &[SessionRecord], now: u64) -> Self {
        History {
            report: paper::ReportPanel::default(),
            pain: PainChart {
                points: chart::pain_points(history, PAIN_SESSIONS),
                cache: Cache::new(),
            },
            weeks: WeekChart {
                counts: chart::sessions_per_week(history, now, WEEKS),
                ends_at: now,
                cache: Cache::new(),
            },
            planned: Vec::new(),
            notes_before: notes_before(history),
            offset: 0.0,
            height: FIRST_VIEW_HEIGHT,
        }
    }

    /// With the planned days of the last weeks (worked out by the app when
    /// the plan or the history changed), shown under the charts.
    pub fn with_planned_days(mut self, weeks: Vec<limber_core::schedule::WeekProgress>) -> Self {
        self.planned = weeks;
        self
    }

    /// The planned days shown, oldest week first.
    /// The pain chart, for what it says under its time axis.
    pub fn pain_chart(&self) -> &PainChart {
        &self.pain
    }

    /// The sessions-per-week chart, for what it says under its bars.
    pub fn week_chart(&self) -> &WeekChart {
        &self.weeks
    }

    pub fn planned_days(&self) -> &[limber_core::schedule::WeekProgress] {
        &self.planned
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::ScrollBy(step) => {
                let by = match step {
                    ScrollStep::Pixels(pixels) => pixels as f32,
                    // Most of a page, so a line or two stays in view.
                    ScrollStep::Pages(pages) => pages as f32 * (self.height * 0.9).max(1.0),
                };
                Action::Run(iced::widget::operation::scroll_by(
                    LIST,
                    iced::widget::operation::AbsoluteOffset { x: 0.0, y: by },
                ))
            }
            Message::Scrolled { offset, height } => {
                self.offset = offset.max(0.0);
                self.height = height.max(1.0);
                Action::None
            }
            Message::Back => Action::Back,
            Message::Report(message) => match self.report.update(message) {
                Some(choice) => Action::VisitReport(choice),
                None => Action::None,
            },
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let report_open = self.report.is_open();
        let ctx = *ctx;
        keys(
            iced::widget::responsive(move |size| self.layout(&ctx, size)),
            t,
            report_open,
        )
    }

    /// The screen in a window of `size`: the title bar stays; below it the
    /// charts, the planned days and the sessions scroll as one page, so the
    /// list has the window's height to show itself in however much sits
    /// above it.
    fn layout<'a>(&'a self, ctx: &Context<'a>, size: iced::Size) -> Element<'a, Message> {
        let t = ctx.typography;
        let records = ctx.history;

        let header = title_bar(
            t,
            t!("history-title", profile = ctx.profile.name.as_str()),
            Some(Message::Back),
        );

        if records.is_empty() {
            return column![header, text(t!("history-no-sessions")).size(t.heading())]
                .spacing(24)
                .padding(32)
                .into();
        }

        let chart_height = (200.0 / t.scale()).max(120.0);
        // Each chart in a layer of its own: see `own_layer` (the CPU
        // renderer's repaint of the texts around a canvas).
        let pain = own_layer(
            Canvas::new(&self.pain)
                .width(Length::Fill)
                .height(Length::Fixed(chart_height)),
        );
        let weeks = own_layer(
            Canvas::new(&self.weeks)
                .width(Length::Fill)
                .height(Length::Fixed(chart_height)),
        );

        let legend = row![
            text(t!("history-legend-after"))
                .size(t.small())
                .style(|theme: &iced::Theme| text::Style {
                    color: Some(theme.extended_palette().primary.base.color)
                }),
            text(t!("history-legend-before"))
                .size(t.small())
                .style(|theme: &iced::Theme| text::Style {
                    color: Some(theme.extended_palette().secondary.strong.color)
                }),
        ]
        .spacing(16);

        let charts = row![
            container(
                column![
                    row![
                        text(t!("history-pain-chart")).size(t.heading()),
                        space::horizontal(),
                        legend
                    ]
                    .align_y(Alignment::Center),
                    pain
                ]
                .spacing(8)
            )
            .padding(16)
            .width(Length::FillPortion(3))
            .style(style::card),
            container(column![text(t!("history-week-chart")).size(t.heading()), weeks].spacing(8))
                .padding(16)
                .width(Length::FillPortion(2))
                .style(style::card),
        ]
        .spacing(20);

        let mut header = column![
            row![
                header,
                space::horizontal(),
                self.report.button(ctx).map(Message::Report)
            ]
            .align_y(Alignment::Center)
        ]
        .spacing(12);
        if let Some(form) = self.report.view(ctx) {
            header = header.push(form.map(Message::Report));
        }
        let mut page = column![charts].spacing(18);
        if !self.planned.is_empty() {
            page = page.push(planned_days(ctx, &self.planned));
        }
        // The list's columns, for the width there is (the page's padding
        // and its scroll bar off the window's).
        let columns = Columns::for_width(t, size.width - 2.0 * PAGE_PADDING - 20.0);
        let (list, list_height) = self.list(ctx, records, columns);
        let page = page
            .push(text(t!("history-sessions", count = records.len())).size(t.heading()))
            .push(list)
            .padding(iced::Padding {
                top: 0.0,
                right: PAGE_PADDING,
                bottom: PAGE_PADDING,
                left: PAGE_PADDING,
            });
        let page = scrollable(page)
            .id(LIST)
            .width(Length::Fill)
            .height(Length::Fill)
            // The list ends the page: its top is the page's height less
            // its own and the padding under it.
            .on_scroll(move |viewport| {
                let list_top = viewport.content_bounds().height - PAGE_PADDING - list_height;
                Message::Scrolled {
                    offset: viewport.absolute_offset().y - list_top,
                    height: viewport.bounds().height,
                }
            });

        column![
            container(header).padding(iced::Padding {
                top: PAGE_PADDING,
                right: PAGE_PADDING,
                bottom: 0.0,
                left: PAGE_PADDING,
            }),
            page
        ]
        .spacing(18)
        .into()
    }

    /// The rows in view (and a few around them) between empty space of the
    /// height of the rest; with the list's whole height.
    fn list<'a>(
        &self,
        ctx: &Context<'a>,
        records: &'a [SessionRecord],
        columns: Columns,
    ) -> (Element<'a, Message>, f32) {
        let t = ctx.typography;
        let total = records.len();
        // Counted when the screen opened; worked out again if the history
        // changed since.
        let counted;
        let notes_before = if self.notes_before.len() == total + 1 {
            &self.notes_before
        } else {
            counted = notes_before(records);
            &counted
        };
        let heights = RowHeights::new(t, columns);
        let top = |i: usize| heights.top(i, notes_before[i]);
        let list_height = top(total);
        let spare = SPARE_ROWS as f32 * heights.row;
        // The first row whose bottom is below the top of the view.
        let from = (self.offset - spare).max(0.0);
        let first = first_not(0, total, |i| top(i + 1) <= from);
        let to = self.offset.max(0.0) + self.height + spare;
        let end = first_not(first, total, |i| top(i) < to);
        let mut list = column![Space::new().height(Length::Fixed(top(first)))].width(Length::Fill);
        for (i, record) in records
            .iter()
            .rev()
            .enumerate()
            .skip(first)
            .take(end - first)
        {
            list = list.push(
                container(session_row(ctx, record, columns))
                    .height(Length::Fixed(top(i + 1) - top(i)))
                    .align_y(Alignment::Center)
                    .clip(true),
            );
        }
        list = list.push(Space::new().height(Length::Fixed(list_height - top(end))));
        (list.into(), list_height)
    }
}

/// The first index in `from..to` where `holds` stops holding (it holds
/// for a start of the range and not after): a binary search.
fn first_not(from: usize, to: usize, holds: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (from, to);
    while low < high {
        let middle = low + (high - low) / 2;
        if holds(middle) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// The padding around the page.
const PAGE_PADDING: f32 = 32.0;

/// The lines of notes under each session's row (newest first), summed:
/// element `i` for the rows above row `i`, the last for all of them.
fn notes_before(records: &[SessionRecord]) -> Vec<usize> {
    let mut sums = Vec::with_capacity(records.len() + 1);
    let mut sum = 0;
    sums.push(0);
    for record in records.iter().rev() {
        sum += note_lines(record).len();
        sums.push(sum);
    }
    sums
}

/// What a session's row says under its first line, one line each: how it
/// was stopped, and each sided exercise done more on one side.
fn note_lines(record: &SessionRecord) -> Vec<String> {
    let mut notes = Vec::new();
    let ended = limber_core::export::history::ending_text(record);
    if matches!(
        record.ending,
        Some(Ending::Stopped { .. } | Ending::StoppedForPain { .. })
    ) {
        notes.push(ended);
    }
    for exercise in &record.exercises {
        if let Some(sides) = exercise.sides
            && sides.left != sides.right
        {
            notes.push(t!(
                "history-sides",
                exercise = exercise.title.as_str(),
                left = sides.left,
                right = sides.right
            ));
        }
    }
    notes
}

/// The list's columns: all on the row's first line where the window is
/// wide enough, else the exercises done and the intensity go on a second
/// line.
#[derive(Debug, Clone, Copy)]
struct Columns {
    scale: f32,
    wide: bool,
}

impl Columns {
    /// Widths at the normal text size: start, routine, length, done,
    /// intensity, pain.
    const WIDTHS: [f32; 6] = [200.0, 150.0, 70.0, 110.0, 160.0, 130.0];

    fn for_width(t: style::Type, width: f32) -> Columns {
        let scale = t.scale();
        let needed = Self::WIDTHS.iter().sum::<f32>() * scale
            + COLUMN_SPACING * (Self::WIDTHS.len() - 1) as f32;
        Columns {
            scale,
            wide: width >= needed,
        }
    }

    fn width(self, column: usize) -> Length {
        Length::Fixed(Self::WIDTHS[column] * self.scale)
    }

    /// Where the lines under the first start: under the routine's name,
    /// or, where the window is narrow, a little in from the start time.
    fn indent(self) -> f32 {
        if self.wide {
            Self::WIDTHS[0] * self.scale + COLUMN_SPACING
        } else {
            24.0 * self.scale
        }
    }
}

/// Heights in the list.
struct RowHeights {
    /// A row of one line.
    row: f32,
    /// Each line under it.
    line: f32,
    /// Lines every row has under the first (the narrow layout's second).
    always: f32,
}

impl RowHeights {
    fn new(t: style::Type, columns: Columns) -> RowHeights {
        let line = (t.body() * 1.35).round();
        RowHeights {
            row: row_height(t),
            line,
            always: if columns.wide { 0.0 } else { line },
        }
    }

    /// The top of row `i`, given the note lines above it.
    fn top(&self, i: usize, notes_above: usize) -> f32 {
        i as f32 * (self.row + self.always) + notes_above as f32 * self.line
    }
}

fn row_height(t: style::Type) -> f32 {
    (t.body() * 1.4 + ROW_SPACING).round()
}

/// The History screen's keys.
fn keys<'a>(
    content: impl Into<Element<'a, Message>>,
    t: style::Type,
    report_open: bool,
) -> Element<'a, Message> {
    let row = row_height(t).round() as i32;
    key_listener(content, move |key, modifiers| {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        match key.as_ref() {
            // With the report's form open, Enter saves and Esc closes it.
            Key::Named(Named::Enter) if report_open => {
                Some(Message::Report(paper::PanelMessage::Save))
            }
            Key::Named(Named::Escape) if report_open => {
                Some(Message::Report(paper::PanelMessage::Cancel))
            }
            Key::Named(Named::Escape) => Some(Message::Back),
            Key::Named(Named::ArrowUp) => Some(Message::ScrollBy(ScrollStep::Pixels(-row))),
            Key::Named(Named::ArrowDown) => Some(Message::ScrollBy(ScrollStep::Pixels(row))),
            Key::Named(Named::PageUp) => Some(Message::ScrollBy(ScrollStep::Pages(-1))),
            Key::Named(Named::PageDown) => Some(Message::ScrollBy(ScrollStep::Pages(1))),
            Key::Character(c) if c.eq_ignore_ascii_case("v") => {
                Some(Message::Report(paper::PanelMessage::Open))
            }
            _ => None,
        }
    })
    .into()
}

/// The planned days: the last weeks side by side, each its
/// seven days marked done, partly, missed or to come, with its count.
fn planned_days<'a>(
    ctx: &Context<'a>,
    weeks: &'a [limber_core::schedule::WeekProgress],
) -> Element<'a, Message> {
    use crate::ui::widget::day_mark::day_mark;
    use limber_core::schedule::{DayStatus, words as plan_words};
    let t = ctx.typography;
    let mark = (18.0 * t.scale()).round();
    let muted = |theme: &iced::Theme| text::Style {
        color: Some(style::muted(theme)),
    };
    // Weeks before anything was planned say nothing: left out.
    let shown = weeks.iter().skip_while(|week| week.planned == 0);
    let mut strip = row![].spacing(18.0 * t.scale());
    for week in shown {
        let mut days = row![].spacing(2);
        for day in &week.days {
            days = days.push(day_mark(day.status, day.date == week.today, mark));
        }
        strip = strip.push(
            column![
                row![
                    text(week_start(week.monday())).size(t.small()).style(muted),
                    space::horizontal(),
                    text(plan_words::week_count(week)).size(t.small()),
                ]
                .width(Length::Fixed(7.0 * mark + 12.0)),
                days,
            ]
            .spacing(4),
        );
    }
    let mut legend = row![].spacing(14).align_y(Alignment::Center);
    for status in [
        DayStatus::Kept,
        DayStatus::Partly,
        DayStatus::Missed,
        DayStatus::ToCome,
    ] {
        legend = legend.push(
            row![
                day_mark(status, false, mark),
                text(plan_words::day_status_word(status))
                    .size(t.small())
                    .style(muted)
            ]
            .spacing(6)
            .align_y(Alignment::Center),
        );
    }
    container(
        column![
            row![
                text(t!("history-planned-days")).size(t.heading()),
                space::horizontal(),
                legend
            ]
            .align_y(Alignment::Center),
            // As many weeks a line as fit; the rest wrap (large text).
            strip.wrap().vertical_spacing(10),
        ]
        .spacing(10),
    )
    .padding(16)
    .width(Length::Fill)
    .style(style::card)
    .into()
}

/// "3 Mar": the Monday a week of the planned days starts on, in the
/// language in use (its `history-week-start` pattern; English's where a
/// translation's is not a date pattern, and for the pseudo-language, whose
/// own is made pseudo).
fn week_start(monday: chrono::NaiveDate) -> String {
    let language = limber_core::i18n::current();
    let english = limber_core::i18n::Language::english().tr("history-week-start");
    let pattern = match language.tr("history-week-start") {
        own if !language.is_pseudo() && words::is_date_pattern(&own) => own,
        _ => english,
    };
    let written = monday
        .format_localized(&pattern, language.chrono_locale())
        .to_string();
    language.decorate(&written)
}

/// Space between two rows of the list.
const ROW_SPACING: f32 = 6.0;
const COLUMN_SPACING: f32 = 12.0;

fn session_row<'a>(
    ctx: &Context<'a>,
    record: &SessionRecord,
    columns: Columns,
) -> Element<'a, Message> {
    use iced::widget::text::Wrapping;
    let t = ctx.typography;
    let done = record.exercises.iter().filter(|e| e.completed).count();
    let pain = match (record.pain_before, record.pain_after) {
        (Some(b), Some(a)) => t!("history-pain-before-after", before = b, after = a),
        (Some(b), None) => t!("history-pain-before", before = b),
        (None, Some(a)) => t!("history-pain-after", after = a),
        (None, None) => String::new(),
    };
    let mut levels: Vec<String> = record
        .exercises
        .iter()
        .map(|e| e.intensity.name())
        .collect();
    levels.dedup();
    let done = t!("history-done", done = done, count = record.exercises.len());
    let levels = levels.join("/");
    // One line each: a cell too narrow is cut at its edge, never wrapped
    // into the row below.
    let cell = |words: String, column: usize| {
        text(words)
            .size(t.body())
            .wrapping(Wrapping::None)
            .width(columns.width(column))
    };
    let mut first = row![
        cell(words::local_time(record.started_at), 0),
        cell(record.routine_title.clone(), 1),
        cell(
            words::clock(std::time::Duration::from_secs(u64::from(
                record.duration_seconds
            ))),
            2
        ),
    ]
    .spacing(COLUMN_SPACING);
    let mut under = Vec::new();
    if columns.wide {
        first = first.push(cell(done, 3)).push(cell(levels, 4));
    } else {
        under.push(t!("history-done-and-levels", done = done, levels = levels));
    }
    first = first.push(text(pain).size(t.body()).wrapping(Wrapping::None));
    under.extend(note_lines(record));
    let mut lines = column![first];
    for note in under {
        lines = lines.push(
            container(
                text(note)
                    .size(t.body())
                    .wrapping(Wrapping::None)
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
            )
            .padding(iced::Padding {
                left: columns.indent(),
                ..iced::Padding::ZERO
            }),
        );
    }
    lines.into()
}

/// Scroll messages that go from the top of a list of `count` sessions to
/// its end and back in `steps` even jumps each way (for the history
/// benchmark; rows of one line, as most are).
pub fn scroll_through(count: usize, steps: usize) -> Vec<Message> {
    let row = 20.0 * 1.4 + ROW_SPACING;
    let height = 400.0;
    let end = (count as f32 * row - height).max(0.0);
    let steps = steps.max(1);
    let at = move |i: usize| end * i as f32 / steps as f32;
    (0..=steps)
        .map(at)
        .chain((0..=steps).rev().map(at))
        .map(|offset| Message::Scrolled { offset, height })
        .collect()
}
