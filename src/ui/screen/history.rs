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
use limber_core::profile::SessionRecord;
use limber_core::progress::chart;
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
    /// The list scrolled: its offset from the top and its visible height.
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
    shortcut("↑ ↓", "Scroll the sessions"),
    shortcut("Page Up, Page Down", "Scroll a page"),
    shortcut("V", "Visit report (then Enter saves, Esc closes the form)"),
    shortcut("Esc", "Back"),
];

/// The session list, scrolled from the keyboard.
const LIST: &str = "history-sessions";

pub struct History {
    /// "Visit report…" in the title row, and its form.
    report: paper::ReportPanel,
    pain: PainChart,
    weeks: WeekChart,
    /// The planned days of the last weeks, oldest first (issue 14); empty
    /// with no plan.
    planned: Vec<limber_core::schedule::WeekProgress>,
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
                cache: Cache::new(),
            },
            planned: Vec::new(),
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
        let records = ctx.history;

        let header = title_bar(
            t,
            format!("History of {}", ctx.profile.name),
            Some(Message::Back),
        );

        if records.is_empty() {
            return keys(
                column![
                    header,
                    text("No sessions yet. Finished and stopped sessions appear here.")
                        .size(t.heading())
                ]
                .spacing(24)
                .padding(32),
                t,
                self.report.is_open(),
            );
        }

        // Larger text takes room from the charts (their own labels stay
        // small), so the list of sessions keeps some in a small window.
        let chart_height = (200.0 / t.scale()).max(120.0);
        let pain = Canvas::new(&self.pain)
            .width(Length::Fill)
            .height(Length::Fixed(chart_height));
        let weeks = Canvas::new(&self.weeks)
            .width(Length::Fill)
            .height(Length::Fixed(chart_height));

        let legend = row![
            text("● after")
                .size(t.small())
                .style(|theme: &iced::Theme| text::Style {
                    color: Some(theme.extended_palette().primary.base.color)
                }),
            text("● before")
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
                        text("Pain (0–10)").size(t.heading()),
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
            container(column![text("Sessions per week").size(t.heading()), weeks].spacing(8))
                .padding(16)
                .width(Length::FillPortion(2))
                .style(style::card),
        ]
        .spacing(20);

        let count = words::count(records.len(), "session", "sessions");
        // The title row with "Visit report…", and its form when open.
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
        let mut content = column![header, charts].spacing(18).padding(32);
        if !self.planned.is_empty() {
            content = content.push(planned_days(ctx, &self.planned));
        }
        let content = content
            .push(text(format!("Sessions ({count}, newest first)")).size(t.heading()))
            .push(self.list(ctx, records));

        keys(content, t, self.report.is_open())
    }

    /// The sessions, newest first, with only the rows in view laid out.
    fn list<'a>(&self, ctx: &Context<'a>, records: &'a [SessionRecord]) -> Element<'a, Message> {
        let t = ctx.typography;
        let row_height = row_height(t);
        let total = records.len();
        let first = ((self.offset / row_height) as usize)
            .saturating_sub(SPARE_ROWS)
            .min(total);
        let shown =
            ((self.height / row_height).ceil() as usize + 2 * SPARE_ROWS).min(total - first);
        let mut list = column![Space::new().height(Length::Fixed(first as f32 * row_height))]
            .width(Length::Fill);
        // Newest first: the history is oldest first.
        for record in records.iter().rev().skip(first).take(shown) {
            list = list.push(
                container(session_row(ctx, record))
                    .height(Length::Fixed(row_height))
                    .align_y(Alignment::Center),
            );
        }
        let below = total - first - shown;
        list = list.push(Space::new().height(Length::Fixed(below as f32 * row_height)));
        scrollable(list)
            .id(LIST)
            .width(Length::Fill)
            .height(Length::Fill)
            .on_scroll(|viewport| Message::Scrolled {
                offset: viewport.absolute_offset().y,
                height: viewport.bounds().height,
            })
            .into()
    }
}

/// The height of one row of the session list.
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

/// The planned days (issue 14): the last weeks side by side, each its
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
                    text(week.monday().format("%-d %b").to_string())
                        .size(t.small())
                        .style(muted),
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
                text("Planned days").size(t.heading()),
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

/// Space between two rows of the list.
const ROW_SPACING: f32 = 6.0;

fn session_row<'a>(ctx: &Context<'a>, record: &SessionRecord) -> Element<'a, Message> {
    let t = ctx.typography;
    let done = record.exercises.iter().filter(|e| e.completed).count();
    let pain = match (record.pain_before, record.pain_after) {
        (Some(b), Some(a)) => format!("pain {b} → {a}"),
        (Some(b), None) => format!("pain before {b}"),
        (None, Some(a)) => format!("pain after {a}"),
        (None, None) => String::new(),
    };
    // "Gentle", or "Gentle/Standard" when the levels changed along the
    // routine.
    let mut levels: Vec<&str> = record
        .exercises
        .iter()
        .map(|e| e.intensity.label())
        .collect();
    levels.dedup();
    let mut notes = vec![pain];
    let ended = limber_core::export::history::ending_text(record);
    if ended.starts_with("stopped") {
        notes.push(ended);
    }
    // Left and right only where they differ.
    for exercise in &record.exercises {
        if let Some(sides) = exercise.sides
            && sides.left != sides.right
        {
            notes.push(format!(
                "{}: left {}, right {}",
                exercise.title, sides.left, sides.right
            ));
        }
    }
    notes.retain(|note| !note.is_empty());
    row![
        text(words::local_time(record.started_at))
            .size(t.body())
            .width(Length::Fixed(200.0 * t.scale())),
        text(record.routine_title.clone())
            .size(t.body())
            .width(Length::Fixed(150.0 * t.scale())),
        text(words::clock(std::time::Duration::from_secs(u64::from(
            record.duration_seconds
        ))))
        .size(t.body())
        .width(Length::Fixed(70.0 * t.scale())),
        text(format!("{done}/{} done", record.exercises.len()))
            .size(t.body())
            .width(Length::Fixed(110.0 * t.scale())),
        text(levels.join("/"))
            .size(t.body())
            .width(Length::Fixed(160.0 * t.scale())),
        text(notes.join(" · ")).size(t.body()),
    ]
    .spacing(12)
    .into()
}

/// Scroll messages that go from the top of a list of `count` sessions to
/// its end and back in `steps` even jumps each way (for the history
/// benchmark).
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
