//! Settings: sound, timings, theme, text size, and the profiles on this
//! computer (create, rename, delete with confirmation).

use iced::widget::{button, column, container, row, scrollable, slider, text, text_input, toggler};
use iced::{Alignment, Element, Length};

use crate::profile::{Settings as Values, TextSize, Theme};
use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::{choice, stepper, title_bar};
use crate::ui::widget::keys::escape_to;

#[derive(Debug, Clone)]
pub enum Message {
    Sound(bool),
    /// The volume slider moved (heard at once, saved on release).
    Volume(u8),
    VolumeReleased,
    Ticks(bool),
    GetReady(i32),
    Rest(i32),
    SetupRead(i32),
    Theme(Theme),
    TextSize(TextSize),
    NewNameChanged(String),
    CreateProfile,
    StartRename(String),
    RenameChanged(String),
    ConfirmRename,
    CancelRename,
    SwitchProfile(String),
    AskDelete(String),
    ConfirmDelete,
    CancelDelete,
    Back,
}

pub enum Action {
    None,
    /// Use these values now without saving them (a slider being dragged).
    Preview(Values),
    Save(Values),
    CreateProfile(String),
    RenameProfile(String, String),
    DeleteProfile(String),
    SwitchProfile(String),
    Back,
}

#[derive(Debug, Default)]
pub struct Settings {
    new_name: String,
    /// (profile id, name being typed)
    renaming: Option<(String, String)>,
    /// Profile id waiting for "Delete" to be confirmed.
    deleting: Option<String>,
}

use crate::profile::{
    GET_READY_SECONDS_BOUNDS as GET_READY, REST_SECONDS_BOUNDS as REST,
    SETUP_READ_SECONDS_BOUNDS as SETUP_READ,
};

fn step(value: u32, delta: i32, (min, max): (u32, u32)) -> u32 {
    (i64::from(value) + i64::from(delta)).clamp(i64::from(min), i64::from(max)) as u32
}

impl Settings {
    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let mut values = ctx.profile.settings.clone();
        match message {
            Message::Sound(on) => values.sound = on,
            Message::Volume(volume) => {
                values.volume = volume.min(100);
                return Action::Preview(values);
            }
            // The value the drag ended on, written once.
            Message::VolumeReleased => {}
            Message::Ticks(on) => values.ticks = on,
            Message::GetReady(delta) => {
                values.get_ready_seconds = step(values.get_ready_seconds, delta, GET_READY)
            }
            Message::SetupRead(delta) => {
                values.setup_read_seconds = step(values.setup_read_seconds, delta, SETUP_READ)
            }
            Message::Rest(delta) => {
                // Below the first step is "the exercise's own rest".
                values.rest_seconds = match values.rest_seconds {
                    None if delta > 0 => Some(REST.0),
                    None => None,
                    Some(0) if delta < 0 => None,
                    Some(seconds) => Some(step(seconds, delta, REST)),
                }
            }
            Message::Theme(theme) => values.theme = theme,
            Message::TextSize(size) => values.text_size = size,
            Message::NewNameChanged(name) => {
                self.new_name = name;
                return Action::None;
            }
            Message::CreateProfile => {
                let name = std::mem::take(&mut self.new_name);
                if name.trim().is_empty() {
                    return Action::None;
                }
                return Action::CreateProfile(name);
            }
            Message::StartRename(id) => {
                let name = ctx
                    .profile_choices()
                    .into_iter()
                    .find(|p| p.id == id)
                    .map(|p| p.name)
                    .unwrap_or_default();
                self.renaming = Some((id, name));
                return Action::None;
            }
            Message::RenameChanged(name) => {
                if let Some((_, typed)) = &mut self.renaming {
                    *typed = name;
                }
                return Action::None;
            }
            Message::ConfirmRename => {
                return match self.renaming.take() {
                    Some((id, name)) if !name.trim().is_empty() => Action::RenameProfile(id, name),
                    _ => Action::None,
                };
            }
            Message::CancelRename => {
                self.renaming = None;
                return Action::None;
            }
            Message::SwitchProfile(id) => return Action::SwitchProfile(id),
            Message::AskDelete(id) => {
                self.deleting = Some(id);
                return Action::None;
            }
            Message::ConfirmDelete => {
                return match self.deleting.take() {
                    Some(id) => Action::DeleteProfile(id),
                    None => Action::None,
                };
            }
            Message::CancelDelete => {
                self.deleting = None;
                return Action::None;
            }
            Message::Back => return Action::Back,
        }
        Action::Save(values)
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let values = &ctx.profile.settings;

        let header = title_bar(
            t,
            format!("Settings for {}", ctx.profile.name),
            Some(Message::Back),
        );

        let label = |s: &'a str| {
            text(s)
                .size(t.control())
                // Labels take what the controls leave, wrapping at large sizes.
                .width(Length::Fill)
        };

        let sound = section(
            t,
            "Sound",
            column![
                row![
                    label("Sounds"),
                    toggler(values.sound)
                        .size(28)
                        .label(if values.sound { "On" } else { "Off" })
                        .text_size(t.body())
                        .on_toggle(Message::Sound)
                ]
                .align_y(Alignment::Center),
                row![
                    label("Volume"),
                    slider(0..=100u8, values.volume, Message::Volume)
                        .on_release(Message::VolumeReleased)
                        .width(Length::Fixed(220.0)),
                    text(format!("{} %", values.volume)).size(t.body()),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
                row![
                    label("Ticks in the last 3 s"),
                    toggler(values.ticks)
                        .size(28)
                        .label(if values.ticks { "On" } else { "Off" })
                        .text_size(t.body())
                        .on_toggle(Message::Ticks)
                ]
                .align_y(Alignment::Center),
            ]
            .spacing(14),
        );

        let rest = match values.rest_seconds {
            None => "Exercise's own".to_owned(),
            Some(s) => format!("{s} s"),
        };
        let timings = section(
            t,
            "Timings",
            column![
                row![
                    label("Get ready"),
                    stepper(
                        t,
                        None,
                        format!("{} s", values.get_ready_seconds),
                        70.0,
                        Message::GetReady(-1),
                        Message::GetReady(1)
                    )
                ]
                .align_y(Alignment::Center),
                row![
                    label("Rest between repetitions"),
                    stepper(t, None, rest, 160.0, Message::Rest(-5), Message::Rest(5))
                ]
                .align_y(Alignment::Center),
                row![
                    label("Read time for setup cards"),
                    stepper(
                        t,
                        None,
                        format!("{} s", values.setup_read_seconds),
                        70.0,
                        Message::SetupRead(-2),
                        Message::SetupRead(2)
                    )
                ]
                .align_y(Alignment::Center),
            ]
            .spacing(14),
        );

        let mut themes = row![label("Theme")].spacing(8).align_y(Alignment::Center);
        for theme in Theme::ALL {
            themes = themes.push(choice(
                t,
                theme.label(),
                values.theme == theme,
                Message::Theme(theme),
            ));
        }
        let mut sizes = row![label("Text size")]
            .spacing(8)
            .align_y(Alignment::Center);
        for size in TextSize::ALL {
            sizes = sizes.push(choice(
                t,
                size.label(),
                values.text_size == size,
                Message::TextSize(size),
            ));
        }
        let appearance = section(t, "Appearance", column![themes, sizes].spacing(14));

        let profiles = section(t, "Profiles", self.profiles(ctx));

        let content = column![
            header,
            // Two columns: everything, the profiles included, on one screen.
            scrollable(
                row![
                    column![sound, timings]
                        .spacing(20)
                        .width(Length::FillPortion(1)),
                    column![appearance, profiles]
                        .spacing(20)
                        .width(Length::FillPortion(1)),
                ]
                .spacing(20)
                .padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                })
            )
            .height(Length::Fill)
        ]
        .spacing(20)
        .padding(32);

        escape_to(content, Message::Back)
    }

    fn profiles<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let mut list = column![].spacing(10);
        let choices = ctx.profile_choices();
        let only_one = choices.len() <= 1;
        for profile in choices {
            let current = profile.id == ctx.profile.id;
            let line: Element<'a, Message> = match (&self.renaming, &self.deleting) {
                (Some((id, typed)), _) if *id == profile.id => row![
                    text_input("Name", typed)
                        .size(t.body())
                        .padding(8)
                        .width(Length::Fixed(240.0))
                        .on_input(Message::RenameChanged)
                        .on_submit(Message::ConfirmRename),
                    button(text("Save").size(t.body())).on_press(Message::ConfirmRename),
                    button(text("Cancel").size(t.body()))
                        .style(button::secondary)
                        .on_press(Message::CancelRename),
                ]
                .spacing(10)
                .align_y(Alignment::Center)
                .into(),
                (_, Some(id)) if *id == profile.id => container(
                    column![
                        text(format!(
                            "Delete {} and all of their history? This cannot be undone.",
                            profile.name
                        ))
                        .size(t.body()),
                        row![
                            button(text("Delete").size(t.body()))
                                .style(button::danger)
                                .on_press(Message::ConfirmDelete),
                            button(text("Keep").size(t.body()))
                                .style(button::secondary)
                                .on_press(Message::CancelDelete),
                        ]
                        .spacing(10)
                    ]
                    .spacing(8),
                )
                .padding(10)
                .style(style::caution)
                .into(),
                _ => {
                    let mut line = row![
                        text(if current {
                            format!("{}  (in use)", profile.name)
                        } else {
                            profile.name.clone()
                        })
                        .size(t.control())
                        .width(Length::Fixed(220.0 * t.scale())),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center);
                    if !current {
                        line = line.push(
                            button(text("Use").size(t.body()))
                                .on_press(Message::SwitchProfile(profile.id.clone())),
                        );
                    }
                    line = line.push(
                        button(text("Rename").size(t.body()))
                            .style(button::secondary)
                            .on_press(Message::StartRename(profile.id.clone())),
                    );
                    if !only_one {
                        line = line.push(
                            button(text("Delete…").size(t.body()))
                                .style(button::secondary)
                                .on_press(Message::AskDelete(profile.id.clone())),
                        );
                    }
                    line.into()
                }
            };
            list = list.push(line);
        }
        list = list.push(
            row![
                text_input("New profile name", &self.new_name)
                    .size(t.body())
                    .padding(8)
                    .width(Length::Fixed(240.0))
                    .on_input(Message::NewNameChanged)
                    .on_submit(Message::CreateProfile),
                button(text("Add profile").size(t.body())).on_press(Message::CreateProfile),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
        list.into()
    }
}

fn section<'a>(
    t: style::Type,
    title: &'a str,
    body: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(column![text(title).size(t.heading()), body.into()].spacing(14))
        .padding(20)
        .width(Length::Fill)
        .style(style::card)
        .into()
}

/// The Settings screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[crate::ui::widget::keys::Shortcut] =
    &[crate::ui::widget::keys::shortcut("Esc", "Back")];
