//! Settings: sound, the spoken coach, timings, theme, text size, and the
//! profiles on this computer (create, rename, delete with confirmation).

use iced::keyboard::{Key, key::Named};
use iced::widget::{
    button, column, container, pick_list, responsive, row, scrollable, slider, space, text,
    text_input, toggler,
};
use iced::{Alignment, Element, Length, Size, Task};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::{choice, stepper, title_bar};
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use crate::ui::widget::own_layer::own_layer;
use limber_core::i18n::{self, Language};
use limber_core::profile::{Countdown, SPEECH_RATE_BOUNDS, Settings as Values, TextSize, Theme};
use limber_core::speech::{self, Availability, VoiceInfo};
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    Sound(bool),
    /// The volume slider moved (heard at once, saved on release).
    Volume(u8),
    VolumeReleased,
    GetReady(i32),
    Rest(i32),
    SetupRead(i32),
    /// The player fills the screen during routines, or not.
    FullScreen(bool),
    Theme(Theme),
    TextSize(TextSize),
    /// The language of the screens and the coach (saved, used at once).
    Language(LanguageChoice),
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
    /// ↑/↓: the keyboard's focus moves to the previous or next setting.
    MoveFocus(i32),
    /// ←/→ (or −/+): the focused setting one step down or up.
    Adjust(i32),
    /// Space: the focused on/off setting flips.
    Flip,
    /// N: the cursor goes into the new profile's name.
    TypeNewName,
}

/// A setting the keyboard reaches, in the order the screen shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Theme,
    TextSize,
    Language,
    Sounds,
    Volume,
    /// How the last 3 s of a hold are counted (ticks, voice, both, off).
    Countdown,
    Speech,
    Voice,
    SpeechRate,
    SpeechVolume,
    GetReady,
    Rest,
    SetupRead,
    FullScreen,
}

/// The new profile's name field, focused by N.
const NEW_NAME: &str = "settings-new-profile-name";
/// The scrollable sections, scrolled to the focused setting.
const SECTIONS: &str = "settings-sections";

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
    /// A widget operation (scroll to the focused setting, focus a field).
    Run(Task<Message>),
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
    /// The setting the arrow keys change; none until a key is used.
    focused: Option<Field>,
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
            name: t!("settings-voice-system-default"),
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
            t!(
                "settings-voice-with-language",
                voice = voice.name.as_str(),
                language = voice.language.as_str()
            )
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
            name: t!("settings-voice-not-found", voice = id),
        }
    }
}

/// An entry of the language list: one of Limber's languages, named in
/// itself, or the system's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageChoice {
    /// The catalogue's tag (`es`, `pt-BR`); `None`: the system's language.
    pub tag: Option<String>,
    name: String,
}

impl LanguageChoice {
    /// Every choice: the system's language first, then Limber's languages
    /// in the order [`Language::available`] gives them.
    pub fn all() -> Vec<LanguageChoice> {
        let system = i18n::Choice {
            command_line: None,
            profile: None,
            system: i18n::choice().system,
        }
        .language();
        let mut choices = vec![LanguageChoice {
            tag: None,
            name: t!("settings-language-system", language = system.name()),
        }];
        choices.extend(
            Language::available()
                .into_iter()
                .map(|language| LanguageChoice {
                    tag: Some(language.tag()),
                    name: language.name(),
                }),
        );
        choices
    }

    /// The choice a profile's saved tag stands for (a tag Limber does not
    /// have, from a hand-edited file or a newer Limber, is shown as it is).
    fn of_saved(tag: Option<&str>, all: &[LanguageChoice]) -> LanguageChoice {
        all.iter()
            .find(|choice| choice.tag.as_deref() == tag)
            .cloned()
            .unwrap_or_else(|| LanguageChoice {
                tag: tag.map(str::to_owned),
                name: t!("settings-language-unknown", tag = tag.unwrap_or_default()),
            })
    }
}

impl std::fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

impl std::fmt::Display for VoiceChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

use limber_core::profile::{
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

    /// The setting the keyboard is on, if any.
    pub fn focused(&self) -> Option<Field> {
        self.focused
    }

    /// The settings the keyboard reaches now: the spoken coach's only when
    /// there is a voice to set.
    fn fields(&self) -> Vec<Field> {
        let mut fields = vec![Field::Theme, Field::TextSize, Field::Language];
        fields.extend([Field::Sounds, Field::Volume, Field::Countdown]);
        if self.speech.availability == Availability::Ready {
            fields.extend([
                Field::Speech,
                Field::Voice,
                Field::SpeechRate,
                Field::SpeechVolume,
            ]);
        }
        fields.extend([
            Field::GetReady,
            Field::Rest,
            Field::SetupRead,
            Field::FullScreen,
        ]);
        fields
    }

    /// The message a step of `delta` on the focused setting means, as if
    /// its control had been used.
    fn adjusted(&self, field: Field, delta: i32, values: &Values) -> Option<Message> {
        // The choice `delta` places from the one at `now` in `all`, held at
        // the ends; none when nothing is chosen or there is nothing to pick.
        fn step<T>(all: &[T], now: Option<usize>, delta: i32) -> Option<&T> {
            let last = all.len().checked_sub(1)? as i64;
            let next = (now? as i64 + i64::from(delta)).clamp(0, last);
            all.get(next as usize)
        }
        fn pick<T: Copy + PartialEq>(all: &[T], now: T, delta: i32) -> Option<T> {
            step(all, all.iter().position(|item| *item == now), delta).copied()
        }
        let up = delta > 0;
        let percent = |now: u8| (i32::from(now) + delta * 10).clamp(0, 100) as u8;
        Some(match field {
            Field::Theme => Message::Theme(pick(&Theme::ALL, values.theme, delta)?),
            Field::TextSize => Message::TextSize(pick(&TextSize::ALL, values.text_size, delta)?),
            Field::Language => {
                let all = LanguageChoice::all();
                let now = all.iter().position(|choice| choice.tag == values.language);
                Message::Language(step(&all, Some(now.unwrap_or(0)), delta)?.clone())
            }
            Field::Sounds => Message::Sound(up),
            Field::Volume => Message::Volume(percent(values.volume)),
            Field::Speech => Message::Speech(up),
            Field::Voice => {
                let voices = self.voice_choices();
                let now = voices.iter().position(|choice| choice.id == values.voice);
                Message::Voice(step(&voices, Some(now.unwrap_or(0)), delta)?.clone())
            }
            Field::SpeechRate => {
                Message::SpeechRate((values.speech_rate as i64 + i64::from(delta) * 10).clamp(
                    i64::from(SPEECH_RATE_BOUNDS.0),
                    i64::from(SPEECH_RATE_BOUNDS.1),
                ) as u32)
            }
            Field::SpeechVolume => Message::SpeechVolume(percent(values.speech_volume)),
            Field::Countdown => Message::Countdown(pick(&Countdown::ALL, values.countdown, delta)?),
            // The same steps as the − and + buttons.
            Field::GetReady => Message::GetReady(delta.signum()),
            Field::Rest => Message::Rest(delta.signum() * 5),
            Field::SetupRead => Message::SetupRead(delta.signum() * 2),
            Field::FullScreen => Message::FullScreen(up),
        })
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let mut values = ctx.profile.settings.clone();
        match message {
            Message::MoveFocus(delta) => {
                let fields = self.fields();
                let next = match self
                    .focused
                    .and_then(|f| fields.iter().position(|x| *x == f))
                {
                    None if delta < 0 => fields.len() - 1,
                    None => 0,
                    Some(index) => {
                        (index as i64 + i64::from(delta)).clamp(0, fields.len() as i64 - 1) as usize
                    }
                };
                self.focused = fields.get(next).copied();
                // Theme and text size sit above the scrolled sections; the
                // left column (sound, coach) and the right (timings) both
                // start at the top, so a setting's place in its own column
                // is where to scroll.
                let column = |field: Field| match field {
                    Field::GetReady | Field::Rest | Field::SetupRead | Field::FullScreen => 0.0,
                    _ => {
                        let left: Vec<Field> = fields
                            .iter()
                            .copied()
                            .filter(|f| {
                                !matches!(
                                    f,
                                    Field::Theme
                                        | Field::TextSize
                                        | Field::Language
                                        | Field::GetReady
                                        | Field::Rest
                                        | Field::SetupRead
                                        | Field::FullScreen
                                )
                            })
                            .collect();
                        let at = left.iter().position(|f| *f == field).unwrap_or(0);
                        at as f32 / left.len().saturating_sub(1).max(1) as f32
                    }
                };
                let y = self.focused.map(column).unwrap_or(0.0);
                return Action::Run(iced::widget::operation::snap_to(
                    SECTIONS,
                    iced::widget::operation::RelativeOffset { x: 0.0, y },
                ));
            }
            Message::Adjust(delta) => {
                return match self
                    .focused
                    .and_then(|field| self.adjusted(field, delta, &values))
                {
                    // A key press is one deliberate step: saved at once,
                    // like a click (a slider's drag only previews).
                    Some(Message::Volume(volume)) => {
                        values.volume = volume;
                        Action::Save(values)
                    }
                    Some(Message::SpeechRate(rate)) => {
                        values.speech_rate = rate;
                        Action::Save(values)
                    }
                    Some(Message::SpeechVolume(volume)) => {
                        values.speech_volume = volume;
                        Action::Save(values)
                    }
                    Some(message) => self.update(message, ctx),
                    None => Action::None,
                };
            }
            Message::Flip => {
                let flipped = match self.focused {
                    Some(Field::Sounds) => Message::Sound(!values.sound),
                    // Off, or back to counting (by voice, the default).
                    Some(Field::Countdown) => Message::Countdown(match values.countdown {
                        Countdown::Off => Countdown::default(),
                        _ => Countdown::Off,
                    }),
                    Some(Field::Speech) => Message::Speech(!values.speech),
                    Some(Field::FullScreen) => Message::FullScreen(!values.full_screen),
                    _ => return Action::None,
                };
                return self.update(flipped, ctx);
            }
            Message::TypeNewName => {
                return Action::Run(iced::widget::operation::focus(NEW_NAME));
            }
            Message::Sound(on) => values.sound = on,
            Message::Volume(volume) => {
                values.volume = volume.min(100);
                return Action::Preview(values);
            }
            // The value the drag ended on, written once.
            Message::VolumeReleased => {}
            Message::FullScreen(on) => values.full_screen = on,
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
            Message::Language(choice) => values.language = choice.tag,
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
        let shared = *ctx;
        let content = responsive(move |size| self.layout(&shared, size));
        let can_try = self.speech.availability == Availability::Ready;
        key_listener(content, move |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            match key.as_ref() {
                Key::Named(Named::Escape) => Some(Message::Back),
                Key::Named(Named::ArrowUp) => Some(Message::MoveFocus(-1)),
                Key::Named(Named::ArrowDown) => Some(Message::MoveFocus(1)),
                Key::Named(Named::ArrowLeft) => Some(Message::Adjust(-1)),
                Key::Named(Named::ArrowRight) => Some(Message::Adjust(1)),
                Key::Named(Named::Space) => Some(Message::Flip),
                Key::Character(c) => match c.to_ascii_lowercase().as_str() {
                    "-" | "_" | "\u{2212}" => Some(Message::Adjust(-1)),
                    "+" | "=" => Some(Message::Adjust(1)),
                    "t" if can_try => Some(Message::TryVoice),
                    "n" => Some(Message::TypeNewName),
                    _ => None,
                },
                _ => None,
            }
        })
        .into()
    }

    /// The screen in a window of `size`: the sections in two columns when
    /// they have the room, else one under the other.
    fn layout<'a>(&'a self, ctx: &Context<'a>, size: Size) -> Element<'a, Message> {
        let t = ctx.typography;
        let values = &ctx.profile.settings;
        let two_columns = size.width >= 1100.0 * t.scale();

        let header = title_bar(
            t,
            t!("settings-title", profile = ctx.profile.name.as_str()),
            Some(Message::Back),
        );

        let label = |s: String| {
            text(s)
                .size(t.control())
                // Labels take what the controls leave, wrapping at large sizes.
                .width(Length::Fill)
        };

        let sound = section(
            t,
            t!("settings-sound"),
            column![
                self.field(
                    Field::Sounds,
                    row![
                        label(t!("settings-sounds")),
                        switch(t, values.sound, Message::Sound)
                    ]
                    .align_y(Alignment::Center)
                ),
                self.field(
                    Field::Volume,
                    percent_row(
                        t,
                        label(t!("settings-volume")),
                        values.volume,
                        Message::Volume,
                        Message::VolumeReleased
                    )
                ),
                self.field(Field::Countdown, self.countdown(ctx)),
            ]
            .spacing(6),
        );

        let spoken = section(t, t!("settings-spoken-coach"), self.spoken_coach(ctx));

        let rest = match values.rest_seconds {
            None => t!("settings-rest-exercises-own"),
            Some(s) => t!("settings-seconds", seconds = s),
        };
        let timings = section(
            t,
            t!("settings-timings"),
            column![
                self.field(
                    Field::GetReady,
                    seconds_row(
                        t,
                        label(t!("settings-get-ready")),
                        values.get_ready_seconds,
                        Message::GetReady,
                        1
                    )
                ),
                self.field(
                    Field::Rest,
                    row![
                        label(t!("settings-rest")),
                        stepper(t, None, rest, 160.0, Message::Rest(-5), Message::Rest(5))
                    ]
                    .align_y(Alignment::Center)
                ),
                self.field(
                    Field::SetupRead,
                    seconds_row(
                        t,
                        label(t!("settings-setup-read")),
                        values.setup_read_seconds,
                        Message::SetupRead,
                        2
                    )
                ),
                self.field(
                    Field::FullScreen,
                    row![
                        label(t!("settings-full-screen")),
                        switch(t, values.full_screen, Message::FullScreen)
                    ]
                    .align_y(Alignment::Center)
                ),
            ]
            .spacing(6),
        );

        // Theme and text size sit in the title row, so the text size is
        // the first thing found at any size, and the sections below fit on
        // one screen with the spoken coach's.
        let themes = choice_row(
            t,
            text(t!("settings-theme")).size(t.control()),
            &Theme::ALL,
            values.theme,
            Theme::name,
            Message::Theme,
        );
        let sizes = choice_row(
            t,
            text(t!("settings-text-size")).size(t.control()),
            &TextSize::ALL,
            values.text_size,
            TextSize::name,
            Message::TextSize,
        );
        let appearance = row![
            self.field_tight(Field::Theme, themes),
            self.field_tight(Field::TextSize, sizes),
            self.field_tight(Field::Language, self.language(ctx)),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        // Larger text, or a narrow window, needs the whole width for the
        // title.
        let header: Element<'a, Message> = if t.scale() > 1.0 || size.width < 1680.0 {
            column![header, appearance.wrap().vertical_spacing(8)]
                .spacing(16)
                .into()
        } else {
            row![header, space::horizontal(), appearance]
                .align_y(Alignment::Center)
                .into()
        };

        let profiles = section(t, t!("settings-profiles"), self.profiles(ctx));

        let content = column![
            header,
            // Two columns: everything, the profiles included, on one screen.
            scrollable(if two_columns {
                Element::from(
                    row![
                        column![sound, spoken]
                            .spacing(20)
                            .width(Length::FillPortion(1)),
                        column![timings, profiles]
                            .spacing(20)
                            .width(Length::FillPortion(1)),
                    ]
                    .spacing(20),
                )
            } else {
                column![sound, spoken, timings, profiles].spacing(20).into()
            })
            // Room for the scroll bar beside the cards.
            .spacing(14)
            .id(SECTIONS)
            .height(Length::Fill)
        ]
        .spacing(20)
        .padding(32);
        content.into()
    }

    /// The spoken coach's controls, or why there is no voice.
    fn spoken_coach<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let values = &ctx.profile.settings;
        let label = |s: String| text(s).size(t.control()).width(Length::Fill);
        match &self.speech.availability {
            Availability::Ready => {}
            Availability::Starting => {
                return text(t!("settings-voice-looking")).size(t.body()).into();
            }
            unavailable @ Availability::Unavailable(_) => {
                let notice = unavailable.notice().unwrap_or_default();
                return container(text(notice).size(t.body()))
                    .padding([10, 14])
                    .style(style::notice)
                    .into();
            }
        }

        let voices = self.voice_choices();
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
        column![
            self.field(
                Field::Speech,
                row![
                    label(t!("settings-speak-steps")),
                    switch(t, values.speech, Message::Speech),
                    button(text(t!("settings-try-voice")).size(t.body()))
                        .padding([8, 16])
                        .style(style::secondary)
                        .on_press(Message::TryVoice),
                ]
                .spacing(12)
                .align_y(Alignment::Center)
            ),
            self.field(
                Field::Voice,
                row![
                    label(t!("settings-voice")),
                    // In a layer of its own: the CPU renderer draws a
                    // pick list's label unclipped by the scroll area
                    // (see `own_layer`).
                    own_layer(
                        pick_list(voices, selected, Message::Voice)
                            .text_size(t.body())
                            .width(Length::Fixed(300.0 * t.scale()))
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center)
            ),
            self.field(
                Field::SpeechRate,
                row![
                    label(t!("settings-speed")),
                    slider(
                        SPEECH_RATE_BOUNDS.0..=SPEECH_RATE_BOUNDS.1,
                        values.speech_rate,
                        Message::SpeechRate
                    )
                    .step(10u32)
                    .on_release(Message::SpeechRateReleased)
                    .width(Length::Fixed(220.0)),
                    text(t!("settings-percent", percent = values.speech_rate)).size(t.body()),
                ]
                .spacing(12)
                .align_y(Alignment::Center)
            ),
            self.field(
                Field::SpeechVolume,
                percent_row(
                    t,
                    label(t!("settings-voice-volume")),
                    values.speech_volume,
                    Message::SpeechVolume,
                    Message::SpeechVolumeReleased
                )
            ),
        ]
        .spacing(6)
        .into()
    }

    /// The one control for the last three seconds of a hold: off, ticks,
    /// the voice or both, with a word when the choice alone would mislead
    /// (sounds off, or no voice to count).
    fn countdown<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let values = &ctx.profile.settings;
        let mut choices = row![].spacing(8);
        for countdown in Countdown::ALL {
            choices = choices.push(choice(
                t,
                countdown.choice_name(),
                countdown == values.countdown,
                Message::Countdown(countdown),
            ));
        }
        // A voice still connecting is taken as there: no word until it is
        // known not to be.
        let voice =
            values.speech && !matches!(self.speech.availability, Availability::Unavailable(_));
        let mut control = column![
            text(t!("settings-countdown")).size(t.control()),
            choices.wrap().vertical_spacing(8),
        ]
        .spacing(8);
        if let Some(note) = values.countdown.note(values.sound, voice) {
            control = control.push(text(note).size(t.small()).style(|theme| text::Style {
                color: Some(style::muted(theme)),
            }));
        }
        control.into()
    }

    /// The language row: the system's, then each of Limber's languages
    /// named in itself; a note when `--lang` decides for this run.
    fn language<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let all = LanguageChoice::all();
        let selected = LanguageChoice::of_saved(ctx.profile.settings.language.as_deref(), &all);
        let list = row![
            text(t!("settings-language")).size(t.control()),
            // In a layer of its own, as the voice list (see `own_layer`).
            own_layer(
                pick_list(all, Some(selected), Message::Language)
                    .text_size(t.body())
                    .width(Length::Shrink)
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        match i18n::choice().command_line {
            Some(_) => column![
                list,
                text(t!(
                    "settings-language-command-line",
                    language = i18n::current().name()
                ))
                .size(t.small())
                .style(|theme| text::Style {
                    color: Some(style::muted(theme)),
                })
            ]
            .spacing(4)
            .into(),
            None => list.into(),
        }
    }

    /// The voice list: the platform's default, then the language's voices.
    fn voice_choices(&self) -> Vec<VoiceChoice> {
        let mut voices = vec![VoiceChoice::system_default()];
        voices.extend(
            speech::voices_for(i18n::current().primary(), &self.speech.voices)
                .iter()
                .map(VoiceChoice::of),
        );
        voices
    }

    /// A setting's row, with the focus border when the keyboard is on it.
    fn field<'a>(
        &self,
        field: Field,
        row: impl Into<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        self.field_sized(field, row, Length::Fill)
    }

    /// [`Self::field`] as wide as its content (the title row's choices).
    fn field_tight<'a>(
        &self,
        field: Field,
        row: impl Into<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        self.field_sized(field, row, Length::Shrink)
    }

    fn field_sized<'a>(
        &self,
        field: Field,
        row: impl Into<Element<'a, Message>>,
        width: Length,
    ) -> Element<'a, Message> {
        container(row)
            .padding([4, 8])
            .width(width)
            .style(if self.focused == Some(field) {
                style::field_focused
            } else {
                style::field
            })
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
                    text_input(&t!("settings-profile-name"), typed)
                        .size(t.body())
                        .padding(8)
                        .width(Length::Fixed(240.0))
                        .on_input(Message::RenameChanged)
                        .on_submit(Message::ConfirmRename),
                    button(text(t!("settings-profile-save")).size(t.body()))
                        .on_press(Message::ConfirmRename),
                    button(text(t!("settings-profile-cancel")).size(t.body()))
                        .style(style::secondary)
                        .on_press(Message::CancelRename),
                ]
                .spacing(10)
                .align_y(Alignment::Center)
                .into(),
                (_, Some(id)) if *id == profile.id => container(
                    column![
                        text(t!(
                            "settings-profile-delete-question",
                            profile = profile.name.as_str()
                        ))
                        .size(t.body()),
                        row![
                            button(text(t!("settings-profile-delete")).size(t.body()))
                                .style(style::danger)
                                .on_press(Message::ConfirmDelete),
                            button(text(t!("settings-profile-keep")).size(t.body()))
                                .style(style::secondary)
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
                            t!("settings-profile-in-use", profile = profile.name.as_str())
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
                            button(text(t!("settings-profile-use")).size(t.body()))
                                .on_press(Message::SwitchProfile(profile.id.clone())),
                        );
                    }
                    line = line.push(
                        button(text(t!("settings-profile-rename")).size(t.body()))
                            .style(style::secondary)
                            .on_press(Message::StartRename(profile.id.clone())),
                    );
                    if !only_one {
                        line = line.push(
                            button(text(t!("settings-profile-ask-delete")).size(t.body()))
                                .style(style::secondary)
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
                text_input(&t!("settings-new-profile-name"), &self.new_name)
                    .id(NEW_NAME)
                    .size(t.body())
                    .padding(8)
                    .width(Length::Fixed(240.0))
                    .on_input(Message::NewNameChanged)
                    .on_submit(Message::CreateProfile),
                button(text(t!("settings-add-profile")).size(t.body()))
                    .on_press(Message::CreateProfile),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
        list.into()
    }
}

/// A label and one button per choice, the current one marked.
fn choice_row<'a, T: Copy + PartialEq>(
    t: style::Type,
    label: iced::widget::Text<'a>,
    all: &[T],
    current: T,
    name: fn(T) -> String,
    message: fn(T) -> Message,
) -> iced::widget::Row<'a, Message> {
    let mut line = row![label].spacing(8).align_y(Alignment::Center);
    for &item in all {
        line = line.push(choice(t, name(item), item == current, message(item)));
    }
    line
}

/// A number of seconds with − and + (`step` seconds a press).
fn seconds_row<'a>(
    t: style::Type,
    label: iced::widget::Text<'a>,
    seconds: u32,
    change: fn(i32) -> Message,
    step: i32,
) -> Element<'a, Message> {
    row![
        label,
        stepper(
            t,
            None,
            t!("settings-seconds", seconds = seconds),
            70.0,
            change(-step),
            change(step)
        )
    ]
    .align_y(Alignment::Center)
    .into()
}

/// An on/off switch with its word beside it.
fn switch<'a>(t: style::Type, on: bool, message: fn(bool) -> Message) -> Element<'a, Message> {
    toggler(on)
        .size(28)
        .label(if on {
            t!("settings-on")
        } else {
            t!("settings-off")
        })
        .text_size(t.body())
        .on_toggle(message)
        .into()
}

/// A 0–100 % slider row: heard while dragged, saved on release.
fn percent_row<'a>(
    t: style::Type,
    label: iced::widget::Text<'a>,
    value: u8,
    on_change: fn(u8) -> Message,
    on_release: Message,
) -> Element<'a, Message> {
    row![
        label,
        slider(0..=100u8, value, on_change)
            .on_release(on_release)
            .width(Length::Fixed(220.0)),
        text(t!("settings-percent", percent = value)).size(t.body()),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}

fn section<'a>(
    t: style::Type,
    title: String,
    body: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(column![text(title).size(t.heading()), body.into()].spacing(14))
        .padding(20)
        .width(Length::Fill)
        .style(style::card)
        .into()
}

/// The Settings screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("↑ ↓", "settings-key-move"),
    shortcut("← →", "settings-key-change"),
    shortcut("Space", "settings-key-flip"),
    shortcut("T", "settings-key-try-voice"),
    shortcut("N", "settings-key-new-profile"),
    shortcut("Esc", "keys-back"),
];
