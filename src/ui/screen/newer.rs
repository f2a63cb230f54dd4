//! A profile saved by a newer Limber: this version shows what it can read
//! of it but never changes it. The person chooses: open it read-only, or
//! use (or make) another profile.

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::keys::key_listener;
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    OpenReadOnly,
    UseAnother,
}

pub enum Action {
    /// Go on with this profile, nothing saved; then open this routine (the
    /// one asked for with `--routine`) or go home.
    OpenReadOnly(Option<String>),
    /// Go to the profiles, to switch or make a new one.
    UseAnother,
}

#[derive(Debug)]
pub struct Newer {
    /// The format version found.
    found: u32,
    then_open: Option<String>,
}

impl Newer {
    pub fn new(found: u32, then_open: Option<String>) -> Self {
        Newer { found, then_open }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::OpenReadOnly => Action::OpenReadOnly(self.then_open.take()),
            Message::UseAnother => Action::UseAnother,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let name = &ctx.profile.name;
        let explanation = t!(
            "newer-explanation",
            profile = name.as_str(),
            format = self.found.to_string()
        );
        let content = column![
            text(t!("newer-title")).size(t.title()),
            container(text(explanation).size(t.control()))
                .padding(20)
                .width(Length::Fill)
                .style(style::caution),
            text(t!("newer-choose")).size(t.body()),
            row![
                button(text(t!("newer-open-read-only")).size(t.heading()))
                    .padding([12, 28])
                    .style(style::primary)
                    .on_press(Message::OpenReadOnly),
                button(text(t!("newer-use-another")).size(t.heading()))
                    .padding([12, 28])
                    .style(style::secondary)
                    .on_press(Message::UseAnother),
            ]
            .spacing(16),
        ]
        .spacing(24)
        .padding(32)
        .max_width(1000);
        key_listener(content, |key, _| match key {
            Key::Named(Named::Enter) => Some(Message::OpenReadOnly),
            _ => None,
        })
        .into()
    }
}
