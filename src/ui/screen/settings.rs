//! Settings: sound, the spoken coach, timings, theme, text size, and the
//! profiles on this computer (create, rename, delete with confirmation).

use iced::widget::{
    button, column, container, pick_list, row, scrollable, slider, space, text, text_input, toggler,
};
use iced::{Alignment, Element, Length};

use crate::coach::phrases;
use crate::profile::{Countdown, SPEECH_RATE_BOUNDS, Settings as Values, TextSize, Theme};
use crate::speech::{self, Availability, VoiceInfo};
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
    /// The spoken coach on or off.
    Speech(bool),
    Voice(VoiceChoice),
    /// The speed slider moved (saved on release).
    SpeechRate(u32),
    SpeechRateReleased,
    /// The voice's volume slider moved (saved on release).
    SpeechVolume(u8),
    SpeechVolumeReleased,
    Countdown(Countdown),
    /// Say a sample line with the voice, speed and volume on screen.
    TryVoice,
    /// What the speaker said when asked again (while it was connecting).
    SpeechStatus(Box<speech::Status>),
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
    /// Say the sample line now, with these settings.
    TryVoice,
}

#[derive(Debug, Default)]
pub struct Settings {
    new_name: String,
    /// (profile id, name being typed)
    renaming: Option<(String, String)>,
    /// Profile id waiting for "Delete" to be confirmed.
    deleting: Option<String>,
    /// Whether the speaker has a voice, and which voices it offers.
    speech: speech::Status,
}

/// An entry of the voice list: a voice of the platform, or its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceChoice {
    /// `None`: the platform's default voice.
    pub id: Option<String>,
    name: String,
}

impl VoiceChoice {
    fn system_default() -> VoiceChoice {
        VoiceChoice {
            id: None,
            name: "System default".to_owned(),
        }
    }

    fn of(voice: &VoiceInfo) -> VoiceChoice {
        let name = if voice.language.is_empty()
            || voice
                .name
                .to_lowercase()
                .contains(&voice.language.to_lowercase())
        {
            voice.name.clone()
        } else {
            format!("{} ({})", voice.name, voice.language)
        };
        VoiceChoice {
            id: Some(voice.id.clone()),
            name,
        }
    }

    /// A saved voice this computer does not have (any more).
    fn missing(id: &str) -> VoiceChoice {
        VoiceChoice {
            id: Some(id.to_owned()),
            name: format!("{id} (not found)"),
        }
    }
}

impl std::fmt::Display for VoiceChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

use crate::profile::{
    GET_READY_SECONDS_BOUNDS as GET_READY, REST_SECONDS_BOUNDS as REST,
    SETUP_READ_SECONDS_BOUNDS as SETUP_READ,
};

fn step(value: u32, delta: i32, (min, max): (u32, u32)) -> u32 {
    (i64::from(value) + i64::from(delta)).clamp(i64::from(min), i64::from(max)) as u32
}

impl Settings {
    /// The screen, with what the speaker says of its voices.
    pub fn new(speech: speech::Status) -> Settings {
        Settings {
            speech,
            ..Settings::default()
        }
    }

    /// Whether the speaker is still connecting: the app asks it again
    /// (`Message::SpeechStatus`) until it knows.
    pub fn awaits_voice(&self) -> bool {
        self.speech.availability == Availability::Starting
    }

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
            Message::Speech(on) => values.speech = on,
            Message::Voice(choice) => values.voice = choice.id,
            Message::SpeechRate(rate) => {
                values.speech_rate = rate.clamp(SPEECH_RATE_BOUNDS.0, SPEECH_RATE_BOUNDS.1);
                return Action::Preview(values);
            }
            Message::SpeechVolume(volume) => {
                values.speech_volume = volume.min(100);
                return Action::Preview(values);
            }
            // The value the drag ended on, written once.
            Message::SpeechRateReleased | Message::SpeechVolumeReleased => {}
            Message::Countdown(countdown) => values.countdown = countdown,
            Message::TryVoice => return Action::TryVoice,
            Message::SpeechStatus(status) => {
                self.speech = *status;
                return Action::None;
            }
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

        let spoken = section(t, "Spoken coach", self.spoken_coach(ctx));

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

        // Theme and text size sit in the title row, so the text size is
        // the first thing found at any size, and the sections below fit on
        // one screen with the spoken coach's.
        let mut themes = row![text("Theme").size(t.control())]
            .spacing(8)
            .align_y(Alignment::Center);
        for theme in Theme::ALL {
            themes = themes.push(choice(
                t,
                theme.label(),
                values.theme == theme,
                Message::Theme(theme),
            ));
        }
        let mut sizes = row![text("Text size").size(t.control())]
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
        let appearance = row![themes, sizes].spacing(28).align_y(Alignment::Center);
        // Larger text needs the whole width for the title.
        let header: Element<'a, Message> = if t.scale() > 1.0 {
            column![header, appearance].spacing(16).into()
        } else {
            row![header, space::horizontal(), appearance]
                .align_y(Alignment::Center)
                .into()
        };

        let profiles = section(t, "Profiles", self.profiles(ctx));

        let content = column![
            header,
            // Two columns: everything, the profiles included, on one screen.
            scrollable(
                row![
                    column![sound, spoken]
                        .spacing(20)
                        .width(Length::FillPortion(1)),
                    column![timings, profiles]
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

    /// The spoken coach's controls, or why there is no voice.
    fn spoken_coach<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let values = &ctx.profile.settings;
        let label = |s: &'a str| text(s).size(t.control()).width(Length::Fill);
        match &self.speech.availability {
            Availability::Ready => {}
            Availability::Starting => {
                return text("Looking for a voice…").size(t.body()).into();
            }
            unavailable @ Availability::Unavailable(_) => {
                let notice = unavailable.notice().unwrap_or_default();
                return container(text(notice).size(t.body()))
                    .padding([10, 14])
                    .style(style::notice)
                    .into();
            }
        }

        let mut voices = vec![VoiceChoice::system_default()];
        voices.extend(
            speech::voices_for(phrases::LANGUAGE, &self.speech.voices)
                .iter()
                .map(VoiceChoice::of),
        );
        let selected = match &values.voice {
            None => Some(VoiceChoice::system_default()),
            Some(id) => Some(
                voices
                    .iter()
                    .find(|choice| choice.id.as_deref() == Some(id))
                    .cloned()
                    .unwrap_or_else(|| VoiceChoice::missing(id)),
            ),
        };
        let mut counts = row![label("Count the last 3 s")]
            .spacing(8)
            .align_y(Alignment::Center);
        for countdown in Countdown::ALL {
            counts = counts.push(choice(
                t,
                countdown.choice_label(),
                values.countdown == countdown,
                Message::Countdown(countdown),
            ));
        }
        column![
            row![
                label("Speak the steps"),
                toggler(values.speech)
                    .size(28)
                    .label(if values.speech { "On" } else { "Off" })
                    .text_size(t.body())
                    .on_toggle(Message::Speech),
                button(text("Try it").size(t.body()))
                    .padding([8, 16])
                    .on_press(Message::TryVoice),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            row![
                label("Voice"),
                pick_list(voices, selected, Message::Voice)
                    .text_size(t.body())
                    .width(Length::Fixed(300.0 * t.scale())),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            row![
                label("Speed"),
                slider(
                    SPEECH_RATE_BOUNDS.0..=SPEECH_RATE_BOUNDS.1,
                    values.speech_rate,
                    Message::SpeechRate
                )
                .step(10u32)
                .on_release(Message::SpeechRateReleased)
                .width(Length::Fixed(220.0)),
                text(format!("{} %", values.speech_rate)).size(t.body()),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            row![
                label("Voice volume"),
                slider(0..=100u8, values.speech_volume, Message::SpeechVolume)
                    .on_release(Message::SpeechVolumeReleased)
                    .width(Length::Fixed(220.0)),
                text(format!("{} %", values.speech_volume)).size(t.body()),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            counts,
        ]
        .spacing(14)
        .into()
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
