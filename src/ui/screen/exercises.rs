//! Browse every exercise on its own: all its step cards, cautions and
//! variations, with no timer.

use iced::keyboard::{Key, key::Named};
use iced::widget::{column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::{choice, title_bar};
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use limber_core::content::Library;
use limber_core::content::schema::{Exercise, Role, Sides};
use limber_core::t;

/// Size of each step's figure, before the text-size scale: about half the
/// detail column on a laptop screen.
const STEP_FIGURE: (f32, f32) = (440.0, 300.0);
/// Variations are extras: a smaller figure.
const VARIATION_FIGURE: (f32, f32) = (280.0, 190.0);

#[derive(Debug, Clone)]
pub enum Message {
    Select(String),
    /// The exercise before (-1) or after (+1) the one shown.
    Step(i32),
    Back,
}

/// The Exercises screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("↑ ↓", "exercises-key-step"),
    shortcut("Esc", "keys-back"),
];

pub enum Action {
    None,
    Back,
}

#[derive(Debug, Default)]
pub struct Exercises {
    selected: Option<String>,
}

impl Exercises {
    pub fn update(&mut self, message: Message, library: &Library) -> Action {
        match message {
            Message::Select(id) => {
                self.selected = Some(id);
                Action::None
            }
            Message::Step(delta) => {
                let exercises = library.exercises();
                let at = self
                    .selected
                    .as_deref()
                    .and_then(|id| exercises.iter().position(|e| e.id == id))
                    .unwrap_or(0);
                let next = if delta < 0 {
                    at.saturating_sub(1)
                } else {
                    (at + 1).min(exercises.len().saturating_sub(1))
                };
                self.selected = exercises.get(next).map(|e| e.id.to_string());
                Action::None
            }
            Message::Back => Action::Back,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let exercises = ctx.library.exercises();
        let selected = self
            .selected
            .as_deref()
            .and_then(|id| ctx.library.exercise(id))
            .or_else(|| exercises.first());

        let mut menu = column![].spacing(8).width(Length::Fixed(300.0 * t.scale()));
        for exercise in exercises {
            let is_selected = selected.is_some_and(|s| s.id == exercise.id);
            menu = menu.push(
                choice(
                    t,
                    exercise.title.as_str(),
                    is_selected,
                    Message::Select(exercise.id.clone().into()),
                )
                .width(Length::Fill),
            );
        }

        let header = title_bar(t, t!("screen-exercises"), Some(Message::Back));

        let detail: Element<'a, Message> = match selected {
            Some(exercise) => detail(ctx, exercise),
            None => text(t!("exercises-none")).size(t.heading()).into(),
        };

        let content = column![
            header,
            row![
                menu,
                scrollable(detail).width(Length::Fill).height(Length::Fill)
            ]
            .spacing(24)
        ]
        .spacing(20)
        .padding(32);

        key_listener(content, |key, _| match key.as_ref() {
            Key::Named(Named::Escape) => Some(Message::Back),
            Key::Named(Named::ArrowUp) => Some(Message::Step(-1)),
            Key::Named(Named::ArrowDown) => Some(Message::Step(1)),
            _ => None,
        })
        .into()
    }
}

fn detail<'a>(ctx: &Context<'a>, exercise: &'a Exercise) -> Element<'a, Message> {
    let t = ctx.typography;
    let dose = &exercise.dose;
    let each = limber_core::words::sided_unit(exercise.limb);
    let sides = match exercise.sides {
        Sides::None => "none",
        Sides::Alternate => "alternate",
        Sides::InTurn => "in-turn",
    };
    let facts = t!(
        "exercises-dose",
        hold_low = dose.hold_seconds.low(),
        hold_high = dose.hold_seconds.high(),
        reps_low = dose.repetitions.low(),
        reps_high = dose.repetitions.high(),
        sides = sides,
        each = each
    );
    let mut body = column![
        text(exercise.title.clone()).size(t.heading()),
        text(exercise.summary.clone()).size(t.body()),
        text(facts).size(t.body()),
    ]
    .spacing(12);
    // An exercise from a pack says whose it is.
    if let Some(origin) = ctx.library.exercise_pack(&exercise.id) {
        body = body.push(
            text(origin.describe())
                .size(t.small())
                .style(|theme| text::Style {
                    color: Some(style::muted(theme)),
                }),
        );
    }
    // The exercise's own cautions with the warning sign; its general
    // tips quieter, in a plain card.
    let cautions: Vec<&String> = exercise
        .cautions
        .iter()
        .filter(|c| !c.trim().is_empty())
        .collect();
    if !cautions.is_empty() {
        let mut lines = column![].spacing(6);
        for caution in cautions {
            lines = lines.push(
                row![
                    text("⚠").size(t.body()),
                    text(limber_core::words::for_side(caution, None).into_owned())
                        .size(t.body())
                        .width(Length::Fill)
                ]
                .spacing(10),
            );
        }
        body = body.push(
            container(lines)
                .padding([8, 14])
                .width(Length::Fill)
                .style(style::caution),
        );
    }
    let tips: Vec<&String> = exercise
        .tips
        .iter()
        .filter(|tip| !tip.trim().is_empty())
        .collect();
    if !tips.is_empty() {
        let mut lines = column![].spacing(6);
        for tip in tips {
            lines = lines.push(
                text(t!(
                    "exercises-tip",
                    tip = limber_core::words::for_side(tip, None)
                ))
                .size(t.body()),
            );
        }
        body = body.push(
            container(lines)
                .padding([8, 14])
                .width(Length::Fill)
                .style(style::card),
        );
    }

    let movements = exercise.movements(None);
    for (index, step) in exercise.steps.iter().enumerate() {
        let mut words = column![
            // Texts of a sided exercise read for the right side, the one
            // the figure shows.
            text(t!(
                "exercises-step",
                number = index + 1,
                step = limber_core::words::for_side(&step.title, None)
            ))
            .size(t.control()),
            text(limber_core::words::for_side(&step.text, None).into_owned()).size(t.body()),
        ]
        .spacing(6)
        .width(Length::Fill);
        if let Some(caution) = &step.caution {
            words = words.push(
                container(text(t!("exercises-caution", caution = caution)).size(t.body()))
                    .padding([6, 12])
                    .style(style::caution),
            );
        }
        body = body.push(
            container(
                row![
                    container(
                        // A Move step shows its movement as one picture:
                        // where it ends, a ghost of where it starts and
                        // the arrow between.
                        match movements
                            .iter()
                            .find(|m| m.step == index && m.role == Role::Move)
                        {
                            Some(movement) => FigureView::movement(
                                ctx,
                                &movement.from,
                                &movement.to,
                                Some(exercise.highlight),
                                false,
                            ),
                            None => FigureView::illustration(
                                ctx,
                                Some(&step.illustration),
                                Some(exercise.highlight),
                                false,
                            ),
                        }
                        .view()
                    )
                    // Large: authors check their poses here, and a
                    // person learns the position from it. It shares the
                    // width with the words (3 : 2), so large text in a
                    // small window still has room to wrap.
                    .width(Length::FillPortion(3))
                    .max_width(STEP_FIGURE.0)
                    .height(Length::Fixed(STEP_FIGURE.1)),
                    words.width(Length::FillPortion(2))
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
            .padding(12)
            .style(style::card),
        );
    }
    for variation in &exercise.variations {
        let mut line = row![].spacing(16).align_y(Alignment::Center);
        if let Some(illustration) = &variation.illustration {
            line = line.push(
                container(
                    FigureView::illustration(
                        ctx,
                        Some(illustration),
                        Some(exercise.highlight),
                        false,
                    )
                    .view(),
                )
                .width(Length::Fixed(VARIATION_FIGURE.0 * t.scale()))
                .height(Length::Fixed(VARIATION_FIGURE.1 * t.scale())),
            );
        }
        line = line.push(
            column![
                text(t!(
                    "exercises-variation",
                    variation = variation.title.as_str()
                ))
                .size(t.control()),
                text(limber_core::words::for_side(&variation.text, None).into_owned())
                    .size(t.body()),
            ]
            .spacing(6),
        );
        body = body.push(container(line).padding(12).style(style::card));
    }
    // Room for the scroll bar beside the cards.
    body.padding(iced::Padding {
        right: 16.0,
        ..iced::Padding::ZERO
    })
    .into()
}
