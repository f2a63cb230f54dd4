//! History: pain before/after over time, sessions per week, and the plain
//! list of sessions.

use iced::widget::canvas::{Cache, Canvas};
use iced::widget::{column, container, row, scrollable, space, text};
use iced::{Alignment, Element, Length};

use crate::progress::chart;
use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::chart::{PainChart, WeekChart};
use crate::ui::widget::controls::title_bar;
use crate::ui::widget::keys::escape_to;

/// Sessions shown in the pain chart.
const PAIN_SESSIONS: usize = 20;
/// Weeks shown in the sessions-per-week chart.
const WEEKS: usize = 8;

#[derive(Debug, Clone)]
pub enum Message {
    Back,
}

pub enum Action {
    None,
    Back,
}

#[derive(Debug, Default)]
pub struct History;

impl History {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Back => Action::Back,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let mut records = ctx.history.to_vec();
        records.sort_by_key(|r| std::cmp::Reverse(r.started_at));
        let now = ctx.now;

        let header = title_bar(
            t,
            format!("History of {}", ctx.profile.name),
            Some(Message::Back),
        );

        if records.is_empty() {
            return column![
                header,
                text("No sessions yet. Finished and stopped sessions appear here.")
                    .size(t.heading())
            ]
            .spacing(24)
            .padding(32)
            .into();
        }

        let pain = Canvas::new(PainChart {
            points: chart::pain_points(&records, PAIN_SESSIONS),
            cache: Cache::new(),
        })
        .width(Length::Fill)
        .height(Length::Fixed(220.0));
        let weeks = Canvas::new(WeekChart {
            counts: chart::sessions_per_week(&records, now, WEEKS),
            cache: Cache::new(),
        })
        .width(Length::Fill)
        .height(Length::Fixed(220.0));

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

        let mut list = column![].spacing(6).width(Length::Fill);
        for record in &records {
            let done = record.exercises.iter().filter(|e| e.completed).count();
            let pain = match (record.pain_before, record.pain_after) {
                (Some(b), Some(a)) => format!("pain {b} → {a}"),
                (Some(b), None) => format!("pain before {b}"),
                (None, Some(a)) => format!("pain after {a}"),
                (None, None) => String::new(),
            };
            // "Gentle", or "Gentle/Standard" when the levels changed along
            // the routine.
            let mut levels: Vec<&str> = record
                .exercises
                .iter()
                .map(|e| e.intensity.label())
                .collect();
            levels.dedup();
            let levels = levels.join("/");
            list = list.push(
                row![
                    text(crate::words::local_time(record.started_at))
                        .size(t.body())
                        .width(Length::Fixed(230.0 * t.scale())),
                    text(record.routine_title.clone())
                        .size(t.body())
                        .width(Length::Fixed(170.0 * t.scale())),
                    text(crate::words::clock(std::time::Duration::from_secs(
                        u64::from(record.duration_seconds)
                    )))
                    .size(t.body())
                    .width(Length::Fixed(80.0 * t.scale())),
                    text(format!("{done}/{} done", record.exercises.len()))
                        .size(t.body())
                        .width(Length::Fixed(120.0 * t.scale())),
                    text(levels)
                        .size(t.body())
                        .width(Length::Fixed(170.0 * t.scale())),
                    text(pain).size(t.body()),
                ]
                .spacing(12),
            );
        }

        let content = column![
            header,
            charts,
            text("Sessions").size(t.heading()),
            scrollable(list).width(Length::Fill).height(Length::Fill)
        ]
        .spacing(18)
        .padding(32);

        escape_to(content, Message::Back)
    }
}
