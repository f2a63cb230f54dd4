//! The visit report laid out on paper: the headline numbers (adherence to
//! the weekly plan among them), sessions per week and pain before/after as
//! vector charts, each exercise's doses over time with the steps up and
//! down and its left and right side, the sessions stopped (because it hurt
//! or otherwise) and what was not done, and the facts older sessions did
//! not record said as such.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::canvas::{Area, Cap, Document, Item, Outline, Paper, Pt, Rgb};
use super::font::FontSet;
use super::layout::{Align, Block, Flow, Span, Style, clip_chars};
use super::report::{ChangeKind, PainPoint, SessionEnd, SessionRow, VisitReport, dose_words};
use super::style::{
    ACCENT, BODY, CAUTION, FOOTER, HEADING, INK, MARGIN, MUTED, PAIN_AFTER, PAIN_BEFORE, RULE,
    SECTION, SMALL, SUBTITLE, TITLE,
};
use super::{MAX_TITLE_CHARS_ON_PAPER, format_date, page_footers};
use crate::t;
use crate::words::duration as format_duration;
use crate::words::{date_short, day_short_month, time_of_day};

/// Most dose lines (and most change lines) listed per exercise, and most
/// rows in the session table: past that the paper would run to dozens of
/// pages, and the CSV has everything.
const MAX_LISTED: usize = 40;
const MAX_TABLE_ROWS: usize = 400;
/// Most exercises given a paragraph of their own (a history can name
/// thousands); most dates named in one line; most ratings drawn one by one
/// in the pain chart (past that, each day's average is drawn).
const MAX_EXERCISES: usize = 60;
const MAX_DATES: usize = 20;
const MAX_CHART_POINTS: usize = 1_000;

/// Lays out the report.
pub fn visit_report(report: &VisitReport<'_>, paper: Paper, fonts: &FontSet) -> Document {
    let (page_width, page_height) = paper.size();
    let footer_room = FOOTER.line_height() + 8.0;
    let content = Area::new(
        MARGIN,
        MARGIN,
        page_width - 2.0 * MARGIN,
        page_height - 2.0 * MARGIN - footer_room,
    );
    let width = content.width;
    let mut flow = Flow::new(content);
    flow.place(header(fonts, report, width));
    flow.gap(10.0);
    flow.place(key_facts(fonts, report, width));

    if !report.sessions.is_empty() {
        flow.gap(16.0);
        flow.place_whole(with_title(
            fonts,
            &t!("report-section-weeks"),
            week_chart(fonts, report, width),
            width,
        ));
        flow.gap(16.0);
        flow.place_whole(with_title(
            fonts,
            &t!("report-section-pain"),
            pain_chart(fonts, report, width),
            width,
        ));
        place_section(
            fonts,
            &mut flow,
            &t!("report-section-exercises"),
            exercises(fonts, report, width),
            6.0,
            width,
        );
        place_section(
            fonts,
            &mut flow,
            &t!("report-section-stopped"),
            stopped(fonts, report, width),
            1.0,
            width,
        );
        place_section(
            fonts,
            &mut flow,
            &t!("report-section-sides"),
            sides(fonts, report, width),
            1.0,
            width,
        );
        place_section(
            fonts,
            &mut flow,
            &t!("report-section-unfinished"),
            unfinished(fonts, report, width),
            1.0,
            width,
        );
        session_table(fonts, &mut flow, report, width);
    }
    let mut pages = flow.finish();
    let left = t!(
        "report-footer",
        profile = name_on_paper(&report.profile_name),
        from = format_date(report.period.from),
        to = format_date(report.period.to)
    );
    page_footers(&mut pages, paper, fonts, &left);
    Document {
        paper,
        title: t!(
            "paper-report-title",
            profile = name_on_paper(&report.profile_name)
        ),
        pages,
        fonts: fonts.clone(),
    }
}

/// A title or a name from the history or the plan as it goes on paper
/// (cut with "…" past [`MAX_TITLE_CHARS_ON_PAPER`]).
fn name_on_paper(name: &str) -> std::borrow::Cow<'_, str> {
    clip_chars(name, MAX_TITLE_CHARS_ON_PAPER)
}

/// "3 May, 10 May and 4 more": at most [`MAX_DATES`] dates (or titles)
/// in a line.
fn dates_line<S: AsRef<str>>(dates: &[S]) -> String {
    let shown = dates.len().min(MAX_DATES);
    let line = list(&dates[..shown]);
    if dates.len() > shown {
        t!("report-list-more", list = line, more = dates.len() - shown)
    } else {
        line
    }
}

/// Items joined with the language's separator ("3 May, 10 May").
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let separator = t!("report-list-separator");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&separator)
}

/// A mean with one decimal, written with the language's decimal mark
/// ("2.5", "2,5").
fn decimal(value: f32) -> String {
    format!("{value:.1}").replace('.', &t!("report-decimal-mark"))
}

/// A bold label before its text ("Plan: "), the colon as the language
/// writes it.
fn label_text(label: &str) -> String {
    t!("report-label", label = label)
}

fn para(block: &mut Block, spans: &[Span], x: f32, y: f32, width: f32) -> f32 {
    block.paragraph(spans, x, y, width, Align::Left)
}

fn header(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Block {
    let mut block = Block::new(fonts);
    let y = para(
        &mut block,
        &[Span::new(t!("report-title"), TITLE)],
        0.0,
        0.0,
        width,
    );
    let y = para(
        &mut block,
        &[Span::new(
            t!(
                "report-subtitle",
                profile = name_on_paper(&report.profile_name),
                from = format_date(report.period.from),
                to = format_date(report.period.to),
                days = report.period.days(),
                made = format_date(report.generated)
            ),
            SUBTITLE,
        )],
        0.0,
        y + 1.0,
        width,
    );
    block.height = y;
    block
}

/// A section of several items: the title stays with the first item, and
/// the section may break between items, never inside one.
fn place_section(
    fonts: &FontSet,
    flow: &mut Flow,
    title: &str,
    items: Vec<Block>,
    item_gap: f32,
    width: f32,
) {
    flow.gap(16.0);
    let mut items = items.into_iter();
    let first = items.next().unwrap_or_else(|| Block::new(fonts));
    flow.place(with_title(fonts, title, first, width));
    for item in items {
        flow.gap(item_gap);
        flow.place(item);
    }
}

/// A section: its title, a hairline, then the content.
fn with_title(fonts: &FontSet, title: &str, content: Block, width: f32) -> Block {
    let mut block = Block::new(fonts);
    let y = para(&mut block, &[Span::new(title, SECTION)], 0.0, 0.0, width);
    block.push(hairline(0.0, width, y + 2.0));
    block.place(content, 0.0, y + 8.0);
    block
}

fn hairline(x0: f32, x1: f32, y: f32) -> Item {
    Item::Stroke {
        outline: Outline::line(Pt::new(x0, y), Pt::new(x1, y)),
        color: RULE,
        width: 0.6,
        cap: Cap::Butt,
        dash: None,
    }
}

fn bullet(block: &mut Block, spans: &[Span], y: f32, width: f32) -> f32 {
    para(block, &[Span::new("•", BODY)], 0.0, y, 10.0);
    para(block, spans, 12.0, y, width - 12.0) + 2.0
}

fn key_facts(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Block {
    let mut block = Block::new(fonts);
    let mut y = para(
        &mut block,
        &[Span::new(report.headline(), HEADING)],
        0.0,
        0.0,
        width,
    ) + 3.0;
    let mut notes = Vec::new();
    if report.is_thin() && !report.sessions.is_empty() {
        notes.push(t!("report-thin"));
    }
    if report.before_period > 0 {
        notes.push(t!("report-before-period", count = report.before_period));
    }
    if report.after_period > 0 {
        notes.push(t!("report-after-period", count = report.after_period));
    }
    if !notes.is_empty() {
        y = para(
            &mut block,
            &[Span::new(
                notes.join(&t!("report-sentence-gap")),
                BODY.color(MUTED),
            )],
            0.0,
            y,
            width,
        ) + 4.0;
    }
    let label = |text: String| {
        Span::new(
            format!("{}{}", label_text(&text), t!("report-label-gap")),
            BODY.bold(),
        )
    };
    // Adherence against the plan.
    let plan = match &report.plan {
        Some(plan) if plan.planned > 0 => {
            let kept = plan.kept.map_or_else(
                || t!("report-plan-done", done = plan.done, planned = plan.planned),
                |kept| {
                    t!(
                        "report-plan-kept",
                        kept = kept,
                        planned = plan.planned,
                        percent = (kept * 100 + plan.planned / 2) / plan.planned,
                    )
                },
            );
            t!(
                "report-plan",
                kept = kept,
                date = format_date(report.generated.min(report.period.to)),
                done = plan.done,
                plan = name_on_paper(&plan.description)
            )
        }
        Some(plan) => t!(
            "report-plan-none-asked",
            plan = name_on_paper(&plan.description)
        ),
        None => t!("report-no-plan"),
    };
    y = bullet(
        &mut block,
        &[label(t!("report-label-plan")), Span::new(plan, BODY)],
        y,
        width,
    );
    if !report.sessions.is_empty() {
        let total: u64 = report
            .sessions
            .iter()
            .map(|s| u64::from(s.duration_seconds))
            .sum();
        let weeks = report.period.days() as f32 / 7.0;
        let per_week = report.sessions.len() as f32 / weeks;
        let length = format_duration(std::time::Duration::from_secs((total + 30) / 60 * 60));
        // A weekly average means little over less than two weeks.
        let text = if report.period.days() >= 14 {
            t!(
                "report-time-per-week",
                length = length,
                average = decimal(per_week)
            )
        } else {
            t!("report-time", length = length)
        };
        y = bullet(
            &mut block,
            &[label(t!("report-label-time")), Span::new(text, BODY)],
            y,
            width,
        );
    }
    let pain = &report.pain;
    let rated = pain.points.len();
    let pain_text = match (pain.mean_before, pain.mean_after) {
        _ if rated == 0 => t!("report-pain-none"),
        (Some(before), Some(after)) => {
            // Both means over the same sessions, rated before and after.
            let mut text = match pain.halves_before {
                Some((first, second)) => t!(
                    "report-pain-average-halves",
                    before = decimal(before),
                    after = decimal(after),
                    paired = pain.paired,
                    first = decimal(first),
                    second = decimal(second)
                ),
                None => t!(
                    "report-pain-average",
                    before = decimal(before),
                    after = decimal(after),
                    paired = pain.paired
                ),
            };
            if pain.unrated > 0 {
                text.push_str(&t!("report-sentence-gap"));
                text.push_str(&t!("report-pain-unrated", count = pain.unrated));
            }
            text
        }
        // Ratings, but never both in one session: no average compares
        // before with after.
        _ => t!("report-pain-unpaired", count = rated),
    };
    y = bullet(
        &mut block,
        &[label(t!("report-label-pain")), Span::new(pain_text, BODY)],
        y,
        width,
    );
    if !pain.went_up.is_empty() || pain.high_after > 0 {
        let mut text = Vec::new();
        if !pain.went_up.is_empty() {
            let dates: Vec<String> = pain
                .went_up
                .iter()
                .map(|when| short_date(when.date()))
                .collect();
            text.push(t!(
                "report-pain-higher-after",
                count = pain.went_up.len(),
                dates = dates_line(&dates)
            ));
        }
        if pain.high_after > 0 {
            let alone = if text.is_empty() { "yes" } else { "no" };
            text.push(t!(
                "report-pain-high-after",
                count = pain.high_after,
                alone = alone
            ));
        }
        y = bullet(
            &mut block,
            &[
                Span::new(
                    format!("{}{}", t!("report-pain-went-up"), t!("report-label-gap")),
                    BODY.bold().color(CAUTION),
                ),
                Span::new(text.join(&t!("report-sentence-gap")), BODY.color(CAUTION)),
            ],
            y,
            width,
        );
    }
    if let Some(painful) = report
        .stopped_for_pain
        .value
        .as_ref()
        .filter(|v| !v.is_empty())
    {
        let dates: Vec<String> = painful
            .iter()
            .filter_map(|&i| report.sessions.get(i))
            .map(|s| short_date(s.when.date()))
            .collect();
        y = bullet(
            &mut block,
            &[
                Span::new(
                    format!(
                        "{}{}",
                        t!("report-stopped-hurt-label"),
                        t!("report-label-gap")
                    ),
                    BODY.bold().color(CAUTION),
                ),
                Span::new(
                    t!(
                        "report-stopped-hurt",
                        count = painful.len(),
                        dates = dates_line(&dates)
                    ),
                    BODY.color(CAUTION),
                ),
            ],
            y,
            width,
        );
    }
    if !report.left_out.is_empty() {
        y = bullet(
            &mut block,
            &[
                label(t!("report-label-left-out")),
                Span::new(
                    t!(
                        "report-left-out",
                        exercises = list(&report.left_out),
                        count = report.left_out.len()
                    ),
                    BODY,
                ),
            ],
            y,
            width,
        );
    }
    if !report.sessions.is_empty() {
        let ended = report.sessions.iter().filter(|s| s.ended_early).count();
        let not_done: usize = report.sessions.iter().map(|s| s.not_done_count()).sum();
        let text = if not_done == 0 && ended == 0 {
            t!("report-finished-all")
        } else {
            t!(
                "report-finished-some",
                sessions = ended,
                exercises = not_done
            )
        };
        y = bullet(
            &mut block,
            &[label(t!("report-label-finished")), Span::new(text, BODY)],
            y,
            width,
        );
        let changes: usize = report.exercises.iter().map(|e| e.changes.len()).sum();
        let ups = count_kind(report, ChangeKind::StepUp);
        let downs = count_kind(report, ChangeKind::StepDown);
        let text = if changes == 0 {
            t!("report-doses-same")
        } else {
            t!(
                "report-doses-changed",
                ups = ups,
                downs = downs,
                others = changes - ups - downs
            )
        };
        y = bullet(
            &mut block,
            &[label(t!("report-label-doses")), Span::new(text, BODY)],
            y,
            width,
        );
    }
    block.height = y;
    block
}

fn count_kind(report: &VisitReport<'_>, kind: ChangeKind) -> usize {
    report
        .exercises
        .iter()
        .flat_map(|e| &e.changes)
        .filter(|c| c.kind == kind)
        .count()
}

fn short_date(date: NaiveDate) -> String {
    day_short_month(date)
}

fn text_at(block: &mut Block, text: &str, style: Style, x: f32, y: f32, width: f32, align: Align) {
    block.paragraph(&[Span::new(text, style)], x, y, width, align);
}

/// A round step for the y axis: 1, 2, 5, 10, … so that about `max / step`
/// is at most five.
fn axis_step(max: u32) -> u32 {
    [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|step| max.div_ceil(*step) <= 5)
        .unwrap_or(100)
}

fn week_chart(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Block {
    const PLOT_HEIGHT: f32 = 100.0;
    const AXIS: f32 = 22.0;
    let mut block = Block::new(fonts);
    let weeks = &report.weeks;
    let top = 12.0;
    let max = weeks
        .iter()
        .map(|w| w.sessions.max(w.planned.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let step = axis_step(max);
    let scale_max = max.div_ceil(step) * step;
    let plot = Area::new(AXIS, top, width - AXIS, PLOT_HEIGHT);
    let y_of = |value: f32| plot.bottom() - value / scale_max as f32 * plot.height;
    let mut tick = 0;
    while tick <= scale_max {
        let y = y_of(tick as f32);
        block.push(hairline(plot.x, plot.right(), y));
        text_at(
            &mut block,
            &tick.to_string(),
            SMALL,
            0.0,
            y - 5.5,
            AXIS - 5.0,
            Align::Right,
        );
        tick += step;
    }
    let slot = plot.width / weeks.len().max(1) as f32;
    let bar = (slot * 0.58).min(40.0);
    // Label every week when there is room, else every second or fourth.
    let every = (1..).find(|k| slot * *k as f32 >= 34.0).unwrap_or(1);
    for (index, week) in weeks.iter().enumerate() {
        let x = plot.x + slot * index as f32 + (slot - bar) / 2.0;
        let partial = week.days_in_period < 7;
        if week.sessions > 0 {
            let y = y_of(week.sessions as f32);
            block.push(Item::Fill {
                outline: Outline::rounded_rect(Area::new(x, y, bar, plot.bottom() - y), 2.0),
                color: ACCENT,
                opacity: if partial { 0.45 } else { 1.0 },
            });
            text_at(
                &mut block,
                &week.sessions.to_string(),
                SMALL.color(INK),
                x - 6.0,
                y - 12.0,
                bar + 12.0,
                Align::Center,
            );
        }
        if let Some(planned) = week.planned
            && planned > 0
        {
            let y = y_of(planned as f32);
            block.push(Item::Stroke {
                outline: Outline::line(Pt::new(x - 3.0, y), Pt::new(x + bar + 3.0, y)),
                color: CAUTION,
                width: 1.4,
                cap: Cap::Butt,
                dash: Some((3.0, 2.0)),
            });
        }
        if index % every == 0 {
            text_at(
                &mut block,
                &short_date(week.monday),
                SMALL,
                // Centred under its bar, kept clear of the axis labels.
                (plot.x + slot * (index as f32 + 0.5) - 30.0).max(plot.x),
                plot.bottom() + 3.0,
                60.0,
                Align::Center,
            );
        }
    }
    block.push(Item::Stroke {
        outline: Outline::line(
            Pt::new(plot.x, plot.bottom()),
            Pt::new(plot.right(), plot.bottom()),
        ),
        color: MUTED,
        width: 0.8,
        cap: Cap::Butt,
        dash: None,
    });
    let mut note = t!("report-weeks-note");
    if weeks.iter().any(|w| w.days_in_period < 7) {
        note.push_str(&t!("report-sentence-gap"));
        note.push_str(&t!("report-weeks-partial"));
    }
    if weeks.iter().any(|w| w.planned.is_some_and(|p| p > 0)) {
        note.push_str(&t!("report-sentence-gap"));
        note.push_str(&t!("report-weeks-planned"));
    }
    let y = para(
        &mut block,
        &[Span::new(note, SMALL)],
        0.0,
        plot.bottom() + 16.0,
        width,
    );
    block.height = y;
    block
}

fn pain_chart(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Block {
    const PLOT_HEIGHT: f32 = 120.0;
    const AXIS: f32 = 22.0;
    let mut block = Block::new(fonts);
    let rated = report.pain.points.len();
    let daily = rated > MAX_CHART_POINTS;
    let by_day;
    let points: &[PainPoint] = if daily {
        by_day = daily_means(&report.pain.points);
        &by_day
    } else {
        &report.pain.points
    };
    if points.is_empty() {
        let y = para(
            &mut block,
            &[Span::new(t!("report-pain-chart-empty"), BODY.color(MUTED))],
            0.0,
            0.0,
            width,
        );
        block.height = y;
        return block;
    }
    // Legend on its own line above the plot.
    let legend_y = 0.0;
    let mut x = AXIS;
    for (label, color) in [
        (t!("report-legend-before"), PAIN_BEFORE),
        (t!("report-legend-after"), PAIN_AFTER),
    ] {
        block.push(Item::Fill {
            outline: Outline::circle(Pt::new(x + 3.0, legend_y + 6.0), 3.0),
            color,
            opacity: 1.0,
        });
        text_at(
            &mut block,
            &label,
            SMALL.color(INK),
            x + 9.0,
            legend_y,
            120.0,
            Align::Left,
        );
        x += 18.0 + fonts.width(&label, SMALL.size, false) + 8.0;
    }
    // Sessions (or, by day, days) stopped because it hurt.
    let painful: HashSet<chrono::NaiveDateTime> = report
        .sessions
        .iter()
        .filter(|s| s.stopped_for_pain == Some(true))
        .map(|s| if daily { noon(s.when.date()) } else { s.when })
        .collect();
    if !painful.is_empty() {
        block.push(ring(Pt::new(x + 3.0, legend_y + 6.0)));
        let label = t!("report-legend-stopped");
        text_at(
            &mut block,
            &label,
            SMALL.color(INK),
            x + 11.0,
            legend_y,
            140.0,
            Align::Left,
        );
        x += 20.0 + fonts.width(&label, SMALL.size, false) + 8.0;
    }
    text_at(
        &mut block,
        &t!("report-legend-change"),
        SMALL,
        x + 4.0,
        legend_y,
        width - x - 4.0,
        Align::Left,
    );
    let plot = Area::new(AXIS + 4.0, 22.0, width - AXIS - 8.0, PLOT_HEIGHT);
    let y_of = |pain: u8| plot.bottom() - f32::from(pain.min(10)) / 10.0 * plot.height;
    for tick in (0..=10).step_by(2) {
        let y = y_of(tick);
        block.push(hairline(plot.x, plot.right(), y));
        text_at(
            &mut block,
            &tick.to_string(),
            SMALL,
            0.0,
            y - 5.5,
            AXIS - 4.0,
            Align::Right,
        );
    }
    let days = report.period.days().max(1) as f32;
    let x_of = |date: chrono::NaiveDateTime| {
        let elapsed = (date - report.period.from.and_hms_opt(0, 0, 0).unwrap_or(date)).num_minutes()
            as f32
            / (24.0 * 60.0);
        plot.x + (elapsed / days).clamp(0.0, 1.0) * plot.width
    };
    // Mondays along the bottom (the weeks of the chart above), as many
    // as fit without crowding.
    let mondays: Vec<NaiveDate> = report.weeks.iter().map(|w| w.monday).collect();
    let week_width = plot.width * 7.0 / days;
    let every = (1..).find(|k| week_width * *k as f32 >= 44.0).unwrap_or(1);
    for monday in mondays.iter().step_by(every) {
        if !report.period.contains(*monday) {
            continue;
        }
        let x = x_of(monday.and_hms_opt(0, 0, 0).unwrap_or_default());
        text_at(
            &mut block,
            &short_date(*monday),
            SMALL,
            // Centred under its tick, kept clear of the axis labels.
            (x - 20.0).clamp(plot.x, plot.right() - 40.0),
            plot.bottom() + 3.0,
            40.0,
            Align::Center,
        );
        block.push(Item::Stroke {
            outline: Outline::line(Pt::new(x, plot.bottom()), Pt::new(x, plot.bottom() + 3.0)),
            color: MUTED,
            width: 0.6,
            cap: Cap::Butt,
            dash: None,
        });
    }
    // Within-session change first (underneath), then the two series.
    for point in points {
        if let (Some(before), Some(after)) = (point.before, point.after) {
            let x = x_of(point.when);
            block.push(Item::Stroke {
                outline: Outline::line(Pt::new(x, y_of(before)), Pt::new(x, y_of(after))),
                color: RULE,
                width: 1.6,
                cap: Cap::Round,
                dash: None,
            });
        }
    }
    for (series, color) in [(0, PAIN_BEFORE), (1, PAIN_AFTER)] {
        let values: Vec<Pt> = points
            .iter()
            .filter_map(|p| {
                let value = if series == 0 { p.before } else { p.after }?;
                Some(Pt::new(x_of(p.when), y_of(value)))
            })
            .collect();
        if values.len() > 1 {
            block.push(Item::Stroke {
                outline: Outline::polyline(&values),
                color,
                width: 1.1,
                cap: Cap::Round,
                dash: None,
            });
        }
        for point in values {
            block.push(Item::Fill {
                outline: Outline::circle(point, 2.4),
                color,
                opacity: 1.0,
            });
        }
    }
    // A ring round the last rating of each session stopped because it
    // hurt.
    for point in points.iter().filter(|p| painful.contains(&p.when)) {
        if let Some(value) = point.after.or(point.before) {
            block.push(ring(Pt::new(x_of(point.when), y_of(value))));
        }
    }
    block.push(Item::Stroke {
        outline: Outline::line(
            Pt::new(plot.x, plot.bottom()),
            Pt::new(plot.right(), plot.bottom()),
        ),
        color: MUTED,
        width: 0.8,
        cap: Cap::Butt,
        dash: None,
    });
    let mut note = t!("report-pain-chart-note");
    if daily {
        note.push_str(&t!("report-sentence-gap"));
        note.push_str(&t!("report-pain-chart-daily", rated = rated));
    }
    if report.pain.unrated > 0 {
        note.push_str(&t!("report-sentence-gap"));
        note.push_str(&t!(
            "report-pain-chart-unrated",
            count = report.pain.unrated
        ));
    }
    let y = para(
        &mut block,
        &[Span::new(note, SMALL)],
        0.0,
        plot.bottom() + 16.0,
        width,
    );
    block.height = y;
    block
}

/// A day's ratings as one point at noon: the mean before and the mean
/// after, rounded (points in time order, as the report keeps them).
fn daily_means(points: &[PainPoint]) -> Vec<PainPoint> {
    let mut days: Vec<PainPoint> = Vec::new();
    let mut sums = [(0u32, 0u32); 2];
    let mean = |(sum, count): (u32, u32)| {
        (count > 0).then(|| u8::try_from((sum + count / 2) / count).unwrap_or(10))
    };
    let flush = |days: &mut Vec<PainPoint>, date: NaiveDate, sums: &mut [(u32, u32); 2]| {
        days.push(PainPoint {
            when: noon(date),
            before: mean(sums[0]),
            after: mean(sums[1]),
        });
        *sums = [(0, 0); 2];
    };
    let mut current: Option<NaiveDate> = None;
    for point in points {
        let date = point.when.date();
        if let Some(day) = current
            && day != date
        {
            flush(&mut days, day, &mut sums);
        }
        current = Some(date);
        for (slot, value) in sums.iter_mut().zip([point.before, point.after]) {
            if let Some(value) = value {
                slot.0 += u32::from(value);
                slot.1 += 1;
            }
        }
    }
    if let Some(day) = current {
        flush(&mut days, day, &mut sums);
    }
    days
}

fn noon(date: NaiveDate) -> chrono::NaiveDateTime {
    date.and_hms_opt(12, 0, 0).unwrap_or_default()
}

/// The mark of a session stopped because it hurt.
fn ring(center: Pt) -> Item {
    Item::Stroke {
        outline: Outline::circle(center, 4.6),
        color: CAUTION,
        width: 1.2,
        cap: Cap::Butt,
        dash: None,
    }
}

fn exercises(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Vec<Block> {
    let mut blocks = Vec::new();
    for exercise in report.exercises.iter().take(MAX_EXERCISES) {
        let mut block = Block::new(fonts);
        let mut y = 0.0;
        let counts = format!(
            "  {}",
            t!(
                "report-exercise-counts",
                done = exercise.done,
                notdone = exercise.not_done
            )
        );
        y = para(
            &mut block,
            &[
                Span::new(name_on_paper(&exercise.title), BODY.bold()),
                Span::new(counts, BODY.color(MUTED)),
            ],
            0.0,
            y,
            width,
        ) + 1.0;
        for run in exercise.runs.iter().take(MAX_LISTED) {
            let when = if run.first == run.last {
                short_date(run.first)
            } else {
                t!(
                    "report-date-range",
                    from = short_date(run.first),
                    to = short_date(run.last)
                )
            };
            y = para(
                &mut block,
                &[
                    Span::new(dose_words(&run.dose, exercise.sided, exercise.limb), BODY),
                    Span::new(
                        format!(
                            "  ·  {}",
                            t!("report-run-when", when = when, sessions = run.sessions)
                        ),
                        BODY.color(MUTED),
                    ),
                ],
                12.0,
                y,
                width - 12.0,
            );
        }
        for change in exercise.changes.iter().take(MAX_LISTED) {
            let color = match change.kind {
                ChangeKind::StepDown => CAUTION,
                _ => ACCENT,
            };
            let kind = match change.kind {
                ChangeKind::StepUp => "up",
                ChangeKind::StepDown => "down",
                ChangeKind::Adjusted => "adjusted",
            };
            y = para(
                &mut block,
                &[
                    Span::new(
                        format!(
                            "{} ",
                            t!("report-change", kind = kind, date = short_date(change.date))
                        ),
                        BODY.bold().color(color),
                    ),
                    Span::new(
                        format!(
                            "{} → {}",
                            dose_words(&change.from, exercise.sided, exercise.limb),
                            dose_words(&change.to, exercise.sided, exercise.limb)
                        ),
                        BODY.color(color),
                    ),
                ],
                12.0,
                y,
                width - 12.0,
            );
        }
        if let Some(sides) = exercise.sides
            && sides.left_done != sides.right_done
        {
            y = para(
                &mut block,
                &[
                    Span::new(
                        format!(
                            "{}{}",
                            t!("report-sides-differ-label"),
                            t!("report-label-gap")
                        ),
                        BODY.bold().color(CAUTION),
                    ),
                    Span::new(
                        t!(
                            "report-sides-differ",
                            left = sides.left_done,
                            right = sides.right_done,
                            planned = sides.planned_each,
                            sessions = sides.sessions
                        ),
                        BODY.color(CAUTION),
                    ),
                ],
                12.0,
                y,
                width - 12.0,
            );
        }
        let hidden = exercise.runs.len().saturating_sub(MAX_LISTED)
            + exercise.changes.len().saturating_sub(MAX_LISTED);
        if hidden > 0 {
            y = para(
                &mut block,
                &[Span::new(
                    t!("report-more-lines", count = hidden),
                    BODY.color(MUTED),
                )],
                12.0,
                y,
                width - 12.0,
            );
        }
        block.height = y;
        blocks.push(block);
    }
    let more = report.exercises.len().saturating_sub(MAX_EXERCISES);
    if more > 0 {
        blocks.push(one_line(
            fonts,
            &[Span::new(
                t!("report-more-exercises", count = more),
                BODY.color(MUTED),
            )],
            width,
        ));
    }
    blocks
}

/// "14 May 07:42  Lower back, " — how a session starts its line.
fn session_label(row: &SessionRow) -> Span {
    Span::new(format!("{}  ", when_words(row.when)), BODY.bold())
}

/// "14 May 07:42": a session's day and time.
fn when_words(when: chrono::NaiveDateTime) -> String {
    t!(
        "report-day-and-time",
        date = short_date(when.date()),
        time = time_of_day(when.time())
    )
}

fn one_line(fonts: &FontSet, spans: &[Span], width: f32) -> Block {
    let mut block = Block::new(fonts);
    block.height = para(&mut block, spans, 0.0, 0.0, width);
    block
}

/// "Not recorded for 4 sessions saved before Limber kept …": said once,
/// never guessed.
/// `what` is `ending` (how a session ended) or `sides` (each side's
/// holds).
fn not_recorded_line(fonts: &FontSet, count: usize, what: &str, width: f32) -> Option<Block> {
    (count > 0).then(|| {
        one_line(
            fonts,
            &[Span::new(
                t!("report-not-recorded", count = count, what = what),
                BODY.color(MUTED),
            )],
            width,
        )
    })
}

fn pain_words(row: &SessionRow) -> String {
    match (row.pain_before, row.pain_after) {
        (Some(b), Some(a)) => format!(" {}", t!("report-pain-both", before = b, after = a)),
        (Some(b), None) => format!(" {}", t!("report-pain-before-only", before = b)),
        (None, Some(a)) => format!(" {}", t!("report-pain-after-only", after = a)),
        (None, None) => String::new(),
    }
}

fn stopped(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Vec<Block> {
    let mut blocks = Vec::new();
    match &report.stops.value {
        None => blocks.push(one_line(
            fonts,
            &[Span::new(t!("report-stops-not-recorded"), BODY)],
            width,
        )),
        Some(stops) if stops.is_empty() => blocks.push(one_line(
            fonts,
            &[Span::new(t!("report-stops-none"), BODY)],
            width,
        )),
        Some(stops) => {
            // The most recent ones, in order.
            let skipped = stops.len().saturating_sub(MAX_LISTED);
            blocks.extend(earlier_line(fonts, skipped, width));
            for row in stops[skipped..]
                .iter()
                .filter_map(|&i| report.sessions.get(i))
            {
                let (why, style) = match &row.end {
                    Some(SessionEnd::StoppedForPain { .. }) => ("pain", BODY.color(CAUTION)),
                    _ => ("stopped", BODY),
                };
                let at = row.end.as_ref().and_then(SessionEnd::exercise);
                blocks.push(one_line(
                    fonts,
                    &[
                        session_label(row),
                        Span::new(
                            t!(
                                "report-stop",
                                routine = name_on_paper(row.routine_title()),
                                why = why,
                                at = if at.is_some() { "yes" } else { "no" },
                                exercise = at.map(name_on_paper).unwrap_or_default(),
                                done = row.exercises_done,
                                total = row.exercises_total,
                                pain = pain_words(row)
                            ),
                            style,
                        ),
                    ],
                    width,
                ));
            }
        }
    }
    if report.stops.value.is_some() {
        blocks.extend(not_recorded_line(
            fonts,
            report.stops.not_recorded,
            "ending",
            width,
        ));
    }
    blocks
}

fn sides(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Vec<Block> {
    let mut blocks = Vec::new();
    match &report.side_notes.value {
        None => blocks.push(one_line(
            fonts,
            &[Span::new(
                if report.exercises.iter().any(|e| e.sided) {
                    t!("report-sides-not-recorded")
                } else {
                    t!("report-sides-none-sided")
                },
                BODY,
            )],
            width,
        )),
        Some(notes) if notes.is_empty() => blocks.push(one_line(
            fonts,
            &[Span::new(t!("report-sides-same"), BODY)],
            width,
        )),
        Some(notes) => {
            blocks.push(one_line(
                fonts,
                &[Span::new(
                    t!("report-sides-differed", count = notes.len()),
                    BODY.color(MUTED),
                )],
                width,
            ));
            for note in notes.iter().take(MAX_LISTED) {
                let side = |outcome: super::report::SideOutcome| {
                    t!(
                        "report-of",
                        done = outcome.holds_done,
                        planned = outcome.holds_planned
                    )
                };
                blocks.push(one_line(
                    fonts,
                    &[
                        Span::new(format!("{}  ", when_words(note.when)), BODY.bold()),
                        Span::new(
                            t!(
                                "report-sides-line",
                                exercise = name_on_paper(&note.exercise),
                                left = side(note.results.left),
                                right = side(note.results.right)
                            ),
                            BODY,
                        ),
                    ],
                    width,
                ));
            }
            if notes.len() > MAX_LISTED {
                blocks.push(one_line(
                    fonts,
                    &[Span::new(
                        t!("report-more-sessions", count = notes.len() - MAX_LISTED),
                        BODY.color(MUTED),
                    )],
                    width,
                ));
            }
        }
    }
    if report.side_notes.value.is_some() {
        blocks.extend(not_recorded_line(
            fonts,
            report.side_notes.not_recorded,
            "sides",
            width,
        ));
    }
    blocks
}

fn unfinished(fonts: &FontSet, report: &VisitReport<'_>, width: f32) -> Vec<Block> {
    let rows: Vec<_> = report
        .sessions
        .iter()
        .filter(|s| s.not_done_count() > 0)
        .collect();
    if rows.is_empty() {
        return vec![one_line(
            fonts,
            &[Span::new(t!("report-unfinished-none"), BODY)],
            width,
        )];
    }
    let skipped = rows.len().saturating_sub(MAX_LISTED);
    let earlier = earlier_line(fonts, skipped, width);
    earlier
        .into_iter()
        .chain(rows.into_iter().skip(skipped).map(|row| {
            // Some holds done (the sides say so): not finished rather than
            // not done.
            let (partly, none): (Vec<_>, Vec<_>) = row
                .exercises()
                .iter()
                .filter(|e| !e.completed)
                .partition(|e| e.sides.is_some_and(|s| s.left + s.right > 0));
            let titles = |list: &[&crate::profile::ExerciseRecord]| {
                let names: Vec<_> = list.iter().map(|e| name_on_paper(&e.title)).collect();
                dates_line(&names)
            };
            let stopped = row.end.as_ref().is_some_and(SessionEnd::is_stopped);
            let what = if none.len() == row.exercises_total {
                t!("report-nothing-done")
            } else {
                let mut parts = Vec::new();
                if !none.is_empty() {
                    parts.push(t!(
                        "report-not-done",
                        stopped = if stopped { "yes" } else { "no" },
                        exercises = titles(&none)
                    ));
                }
                if !partly.is_empty() {
                    parts.push(t!("report-not-every-hold", exercises = titles(&partly)));
                }
                parts.join(&t!("report-parts-separator"))
            };
            one_line(
                fonts,
                &[
                    session_label(row),
                    Span::new(
                        t!(
                            "report-unfinished-line",
                            routine = name_on_paper(row.routine_title()),
                            what = what
                        ),
                        BODY,
                    ),
                ],
                width,
            )
        }))
        .collect()
}

/// "The 12 earlier ones are in the CSV." before a list cut to its most
/// recent lines.
fn earlier_line(fonts: &FontSet, skipped: usize, width: f32) -> Option<Block> {
    (skipped > 0).then(|| {
        one_line(
            fonts,
            &[Span::new(
                t!("report-earlier", count = skipped),
                BODY.color(MUTED),
            )],
            width,
        )
    })
}

/// The table of every session, its header repeated on each page it runs
/// onto.
fn session_table(fonts: &FontSet, flow: &mut Flow, report: &VisitReport<'_>, width: f32) {
    let columns = [
        (t!("report-column-date"), 0.0, 104.0, Align::Left),
        (t!("report-column-routine"), 106.0, 104.0, Align::Left),
        (t!("report-column-length"), 212.0, 48.0, Align::Right),
        (t!("report-column-pain-before"), 262.0, 50.0, Align::Right),
        (t!("report-column-pain-after"), 314.0, 46.0, Align::Right),
        (
            t!("report-column-exercises-done"),
            364.0,
            64.0,
            Align::Right,
        ),
        (t!("report-column-ended"), 438.0, width - 438.0, Align::Left),
    ];
    let head = SMALL.bold().color(INK);
    let cell = SMALL.color(INK);
    let table_header = |title: Option<&str>| {
        let mut block = Block::new(fonts);
        let mut y = 0.0;
        if let Some(title) = title {
            y = para(&mut block, &[Span::new(title, SECTION)], 0.0, 0.0, width);
            block.push(hairline(0.0, width, y + 2.0));
            y += 8.0;
        }
        // A heading wraps where its words are longer than the column (a
        // wider typeface, another language): the row is as tall as the
        // tallest heading.
        let bottom = columns
            .iter()
            .map(|(name, x, w, align)| {
                block.paragraph(&[Span::new(name.as_str(), head)], *x, y, *w, *align)
            })
            .fold(y + head.line_height(), f32::max);
        y = bottom + 2.0;
        block.push(hairline(0.0, width, y - 1.0));
        block.height = y;
        block
    };
    let row_height = cell.line_height();
    let shown = report.sessions.len().min(MAX_TABLE_ROWS);
    // The most recent sessions when there are too many to list.
    let skip = report.sessions.len() - shown;
    let mut rows = report.sessions.iter().enumerate().skip(skip).peekable();
    let mut first = true;
    flow.gap(16.0);
    while rows.peek().is_some() {
        let all_sessions = t!("report-section-all-sessions");
        let mut block = table_header(first.then_some(all_sessions.as_str()));
        // At least three rows under a header, or start a new page.
        if block.height + 3.0 * row_height > flow.room() && !flow.page_is_empty() {
            flow.new_page();
        }
        let room = flow.room();
        let mut y = block.height;
        while let Some((index, row)) = rows.peek().copied() {
            if y + row_height > room {
                break;
            }
            rows.next();
            if index % 2 == 1 {
                block.push(Item::Fill {
                    outline: Outline::rounded_rect(Area::new(0.0, y, width, row_height), 0.0),
                    color: Rgb(0xF5, 0xF7, 0xF8),
                    opacity: 1.0,
                });
            }
            let pain = |p: Option<u8>| p.map_or("–".to_string(), |p| p.to_string());
            let values = [
                t!(
                    "report-day-and-time",
                    date = date_short(row.when.date()),
                    time = time_of_day(row.when.time())
                ),
                row.routine_title().to_string(),
                format_duration(std::time::Duration::from_secs(u64::from(
                    row.duration_seconds,
                ))),
                pain(row.pain_before),
                pain(row.pain_after),
                t!(
                    "report-of",
                    done = row.exercises_done,
                    planned = row.exercises_total
                ),
                match &row.end {
                    None => "–".to_string(),
                    Some(SessionEnd::Finished) => t!("report-ended", how = "finished"),
                    Some(SessionEnd::Stopped { .. }) => t!("report-ended", how = "stopped"),
                    Some(SessionEnd::StoppedForPain { .. }) => t!("report-ended", how = "pain"),
                },
            ];
            for ((_, x, w, align), value) in columns.iter().zip(values) {
                let value = super::layout::ellipsize(fonts, &value, cell, *w);
                text_at(&mut block, &value, cell, *x, y, *w, *align);
            }
            y += row_height;
        }
        block.height = y;
        flow.place(block);
        first = false;
        if rows.peek().is_some() {
            flow.new_page();
        }
    }
    if report.sessions.iter().skip(skip).any(|s| s.end.is_none()) {
        let mut note = Block::new(fonts);
        note.height = para(
            &mut note,
            &[Span::new(t!("report-ended-unknown"), SMALL)],
            0.0,
            4.0,
            width,
        );
        flow.place(note);
    }
    if skip > 0 {
        let mut note = Block::new(fonts);
        note.height = para(
            &mut note,
            &[Span::new(
                t!("report-table-cut", shown = shown, skipped = skip),
                SMALL,
            )],
            0.0,
            4.0,
            width,
        );
        flow.place(note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;
    use crate::paper::fixture::fixture_history;
    use crate::paper::report::{Period, ReportRequest, build_report};
    use crate::paper::tests::assert_tidy;
    use crate::profile::SessionRecord;

    fn utc(seconds: u64) -> chrono::NaiveDateTime {
        chrono::DateTime::from_timestamp(seconds as i64, 0)
            .expect("a time")
            .naive_utc()
    }

    const END: u64 = 1_750_000_000; // 15 June 2025, 15:06 UTC

    fn report_of<'a>(sessions: &'a [SessionRecord], library: &Library) -> VisitReport<'a> {
        let to = utc(END).date();
        build_report(&ReportRequest {
            profile_name: "Anna",
            sessions,
            period: Period::eight_weeks_to(to),
            plan: None,
            library: Some(library),
            to_local: utc,
            generated: to,
        })
    }

    #[test]
    fn thirty_sessions_lay_out_tidily_with_every_section() {
        let (library, _) = Library::shipped();
        let sessions = fixture_history(&library, 30, 17, END);
        let report = report_of(&sessions, &library);
        assert_eq!(report.sessions.len(), 30);
        for paper in [Paper::A4, Paper::Letter] {
            let document = visit_report(&report, paper, &crate::paper::font::tests::fonts());
            assert_tidy(&document);
            let text = document.text().replace('\n', " ");
            for expected in [
                "Visit report",
                "Anna",
                "30 sessions in this period",
                "Sessions per week",
                "Pain before and after",
                "Exercises and doses",
                "Stepped up",
                "Stepped down",
                "Knee to chest",
                "each leg",
                "Stopped because it hurt: 1 session",
                "Stopped sessions",
                "Lower back: stopped because it hurt in Knee to chest",
                "Not recorded for 4 sessions saved before Limber kept how a session ended.",
                "Left and right",
                "Knee to chest: left 2 of 3, right 1 of 3.",
                "Left and right differ: left",
                "Not recorded for 4 sessions saved before Limber kept each side's holds.",
                "stopped: hurt",
                "All sessions",
            ] {
                assert!(text.contains(expected), "{paper:?}: missing {expected:?}");
            }
            // The table lists every session once (its date column).
            let rows = report
                .sessions
                .iter()
                .filter(|s| text.contains(&s.when.format("%a %-d %b %H:%M").to_string()))
                .count();
            assert_eq!(rows, 30);
        }
    }

    #[test]
    fn thin_or_empty_history_says_so() {
        let (library, _) = Library::shipped();
        let sessions = fixture_history(&library, 2, 5, END);
        let document = visit_report(
            &report_of(&sessions, &library),
            Paper::A4,
            &crate::paper::font::tests::fonts(),
        );
        assert_tidy(&document);
        let text = document.text().replace('\n', " ");
        assert!(text.contains("2 sessions in this period"), "{text}");
        assert!(text.contains("too few to show a trend"), "{text}");
        let empty = visit_report(
            &report_of(&[], &library),
            Paper::A4,
            &crate::paper::font::tests::fonts(),
        );
        assert_eq!(empty.pages.len(), 1);
        let text = empty.text();
        assert!(text.contains("No sessions in this period."), "{text}");
        assert!(!text.contains("Sessions per week"), "no empty charts");
    }

    #[test]
    fn a_long_history_stays_a_readable_length() {
        let (library, _) = Library::shipped();
        let sessions = fixture_history(&library, 500, 3, END);
        let report = report_of(&sessions, &library);
        assert_eq!(report.sessions.len(), 500);
        let document = visit_report(&report, Paper::A4, &crate::paper::font::tests::fonts());
        assert_tidy(&document);
        let text = document.text().replace('\n', " ");
        assert!(
            text.contains(
                "The 400 most recent sessions are listed; 100 earlier ones are in the CSV"
            ),
            "{text}"
        );
        assert!(document.pages.len() < 20, "{} pages", document.pages.len());
    }
}
