//! Home: pick a body area (or the full routine), switch profile, see the
//! last session.

use iced::widget::{button, column, container, pick_list, row, space, text};
use iced::{Alignment, Element, Length};

use crate::ui::style;
use crate::ui::widget::figure::FigureView;
use crate::ui::{Context, ProfileChoice};

#[derive(Debug, Clone)]
pub enum Message {
    OpenRoutine(String),
    SwitchProfile(ProfileChoice),
    OpenSettings,
    OpenHistory,
    OpenSafety,
    OpenExercises,
}

/// What the home screen asks of the app.
pub enum Action {
    OpenRoutine(String),
    SwitchProfile(String),
    OpenSettings,
    OpenHistory,
    OpenSafety,
    OpenExercises,
}

#[derive(Debug, Default)]
pub struct Home;

impl Home {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::OpenRoutine(id) => Action::OpenRoutine(id),
            Message::SwitchProfile(choice) => Action::SwitchProfile(choice.id),
            Message::OpenSettings => Action::OpenSettings,
            Message::OpenHistory => Action::OpenHistory,
            Message::OpenSafety => Action::OpenSafety,
            Message::OpenExercises => Action::OpenExercises,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;

        let profiles = ctx.profile_choices();
        let current = profiles.iter().find(|p| p.id == ctx.profile.id).cloned();
        let header = row![
            text("Limber").size(t.title()),
            space::horizontal(),
            text("Profile").size(t.body()),
            pick_list(profiles, current, Message::SwitchProfile)
                .text_size(t.body())
                .padding([8, 14]),
            nav_button("Safety", Message::OpenSafety, t.body()),
            nav_button("History", Message::OpenHistory, t.body()),
            nav_button("Settings", Message::OpenSettings, t.body()),
        ]
        .spacing(12)
        .align_y(Alignment::Center);

        let question = text("What would you like to work on today?").size(t.heading());

        let mut tiles = row![].spacing(24).height(Length::Fill);
        for area in ctx.library.areas() {
            let Some(routine) = ctx.library.routine_for_area(&area.id) else {
                continue;
            };
            tiles = tiles.push(tile(
                ctx,
                &area.title,
                &area.description,
                FigureView::pose(ctx, &area.pose, Some(area.highlight), false),
                routine,
            ));
        }
        if let Some(full) = ctx.library.full_routine() {
            tiles = tiles.push(tile(
                ctx,
                "Full routine",
                &full.description,
                FigureView::pose(ctx, "standing", None, false),
                full,
            ));
        }

        let strip = last_session_strip(ctx);

        column![
            header,
            question,
            tiles,
            row![
                strip,
                space::horizontal(),
                button(text("Browse all exercises").size(t.body()))
                    .padding([8, 16])
                    .style(button::secondary)
                    .on_press(Message::OpenExercises)
            ]
            .align_y(Alignment::Center)
        ]
        .spacing(24)
        .padding(32)
        .into()
    }
}

fn nav_button(label: &str, message: Message, size: f32) -> Element<'_, Message> {
    button(text(label).size(size))
        .padding([8, 16])
        .style(button::secondary)
        .on_press(message)
        .into()
}

fn tile<'a>(
    ctx: &Context<'a>,
    title: &str,
    description: &str,
    figure: FigureView,
    routine: &'a crate::content::schema::Routine,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let estimate = ctx.estimate(routine);
    let count = routine.exercises.len();
    let facts = format!(
        "{count} exercise{} · about {}",
        if count == 1 { "" } else { "s" },
        crate::words::minutes(estimate)
    );
    let body = column![
        // A fixed height, so the titles of all tiles line up.
        container(figure.view())
            .height(Length::Fixed(230.0 / t.scale()))
            .width(Length::Fill),
        text(title.to_owned()).size(t.heading()),
        text(description.to_owned()).size(t.body()),
        text(facts).size(t.body()).style(|theme| text::Style {
            color: Some(style::muted(theme))
        }),
    ]
    .spacing(10)
    .width(Length::Fill);
    button(body)
        .padding(20)
        .width(Length::FillPortion(1))
        .height(Length::Fill)
        .style(style::tile)
        .on_press(Message::OpenRoutine(routine.id.clone()))
        .into()
}

fn last_session_strip<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let t = ctx.typography;
    let line = match ctx.last_session() {
        Some(summary) => summary,
        None => "No sessions yet. Start gently: pick an area above.".to_owned(),
    };
    let week = ctx.sessions_this_week();
    let week = match week {
        0 => "none in the last 7 days".to_owned(),
        1 => "1 session in the last 7 days".to_owned(),
        n => format!("{n} sessions in the last 7 days"),
    };
    container(
        row![
            text(line).size(t.body()),
            text("·").size(t.body()),
            text(week).size(t.body())
        ]
        .spacing(10),
    )
    .padding([10, 16])
    .style(style::card)
    .into()
}
