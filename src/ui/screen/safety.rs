//! Safety: why moving helps, who should ask a professional first, when to
//! stop, and the red flags by urgency, with how to get emergency help
//! where the person is. Shown on each profile's first run and reachable
//! from Home at any time.

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Element, Length};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::title_bar;
use crate::ui::widget::keys::key_listener;
use limber_core::guidance::safety::{self, EmergencyNumber, Urgency};

#[derive(Debug, Clone)]
pub enum Message {
    Understood,
    Back,
}

pub enum Action {
    None,
    /// Remember that this profile has read it; then open this routine (the
    /// one asked for with `--routine`) or go home.
    Understood(Option<String>),
    Back,
}

#[derive(Debug)]
pub struct Safety {
    /// First run: the person confirms before going on.
    first_run: bool,
    then_open: Option<String>,
}

impl Safety {
    pub fn first_run(then_open: Option<String>) -> Self {
        Self {
            first_run: true,
            then_open,
        }
    }

    pub fn from_home() -> Self {
        Self {
            first_run: false,
            then_open: None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Understood => Action::Understood(self.then_open.take()),
            Message::Back if self.first_run => Action::None,
            Message::Back => Action::Back,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let back = (!self.first_run).then_some(Message::Back);
        let header = title_bar(t, safety::title(), back);

        // Two columns, so the red flags are on screen without scrolling:
        // the advice for every session on the left, the red flags on the
        // right, most urgent first.
        let section_box = |section: &'static safety::Section| {
            let mut points = column![].spacing(4);
            for point in section.points() {
                points = points
                    .push(row![text("•").size(t.body()), text(point).size(t.body())].spacing(10));
            }
            // How to get help, with the group that needs it.
            if section.urgency == Urgency::Emergency {
                points = points.push(
                    text(EmergencyNumber::of_this_system().get_help())
                        .size(t.control())
                        .style(|theme: &iced::Theme| text::Style {
                            color: Some(theme.extended_palette().danger.strong.color),
                        }),
                );
            }
            let heading = match section.urgency {
                Urgency::Normal => text(section.heading()).size(t.heading()),
                Urgency::Soon | Urgency::Emergency => text(limber_core::t!(
                    "safety-urgent-heading",
                    heading = section.heading()
                ))
                .size(t.heading())
                .style(|theme: &iced::Theme| text::Style {
                    color: Some(theme.extended_palette().danger.strong.color),
                }),
            };
            let styled = container(column![heading, points].spacing(8))
                .padding([12, 16])
                .width(Length::Fill);
            match section.urgency {
                Urgency::Normal => styled.style(style::card),
                Urgency::Soon => styled.style(style::caution),
                Urgency::Emergency => styled.style(style::urgent),
            }
        };
        // Why move at all, first: the point of the exercises.
        let mut everyday = column![
            container(
                text(limber_core::t!(
                    "safety-why-move",
                    moving_helps = safety::moving_helps(),
                    clinicians = safety::clinicians()
                ))
                .size(t.body())
            )
            .padding([12, 16])
            .width(Length::Fill)
            .style(style::card)
        ]
        .spacing(14)
        .width(Length::FillPortion(1));
        let mut red_flags = column![].spacing(14).width(Length::FillPortion(1));
        for section in safety::SECTIONS {
            if section.is_red_flag() {
                red_flags = red_flags.push(section_box(section));
            } else {
                everyday = everyday.push(section_box(section));
            }
        }
        red_flags = red_flags.push(text(safety::red_flags_note()).size(t.control()));
        let columns = row![everyday, red_flags].spacing(18);
        let sections = column![text(safety::intro()).size(t.body()), columns]
            .spacing(14)
            .padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            });

        let mut content = column![header, scrollable(sections).height(Length::Fill)]
            .spacing(20)
            .padding(32);
        if self.first_run {
            content = content.push(row![
                space::horizontal(),
                button(text(limber_core::t!("safety-understood")).size(t.heading()))
                    .padding([12, 32])
                    .style(style::primary)
                    .on_press(Message::Understood)
            ]);
        }

        let first_run = self.first_run;
        key_listener(content, move |key, _| match key {
            Key::Named(Named::Escape) if !first_run => Some(Message::Back),
            Key::Named(Named::Enter) if first_run => Some(Message::Understood),
            _ => None,
        })
        .into()
    }
}
