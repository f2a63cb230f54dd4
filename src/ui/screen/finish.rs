//! Finish: what was done, how long it took, the pain check-in and what
//! follows from it.

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, row, space, text};
use iced::{Alignment, Element, Length};

use crate::guidance::advice::{PastSession, Suggestion};
use crate::ui::Context;
use crate::ui::screen::player::Summary;
use crate::ui::style;
use crate::ui::widget::keys::key_listener;
use crate::ui::widget::pain::pain_scale;

#[derive(Debug, Clone)]
pub enum Message {
    PainAfter(u8),
    ApplySuggestion,
    DeclineSuggestion,
    Done,
}

pub enum Action {
    None,
    /// The pain rating changed: update the saved session.
    PainAfter(u8),
    /// Apply the offered change of intensity.
    Apply(Suggestion),
    Done,
}

pub struct Finish {
    pub summary: Summary,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// The change offered after the check-in, until applied or declined.
    pub suggestion: Option<Suggestion>,
    /// What the person decided, shown in place of the offer.
    pub outcome: Option<String>,
    /// Earlier sessions of the same routine, most recent first (for the
    /// step-up rule).
    pub earlier: Vec<PastSession>,
}

impl Finish {
    pub fn new(summary: Summary, pain_before: Option<u8>, earlier: Vec<PastSession>) -> Self {
        Self {
            summary,
            pain_before,
            pain_after: None,
            suggestion: None,
            outcome: None,
            earlier,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PainAfter(value) => {
                self.pain_after = Some(value);
                Action::PainAfter(value)
            }
            Message::ApplySuggestion => match self.suggestion.take() {
                Some(suggestion) => {
                    self.outcome = Some(suggestion.applied_text());
                    Action::Apply(suggestion)
                }
                None => Action::None,
            },
            Message::DeclineSuggestion => {
                if self.suggestion.take().is_some() {
                    self.outcome = Some("Your doses stay as they are.".to_owned());
                }
                Action::None
            }
            Message::Done => Action::Done,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let summary = &self.summary;
        let done = summary.exercises.iter().filter(|e| e.done()).count();
        let heading = match (summary.completed, done) {
            (true, 0) => "Routine finished — every exercise was skipped",
            (true, _) => "Well done — routine complete",
            (false, _) => "Routine stopped",
        };
        let facts = format!(
            "{} · {} of {} exercises done · {}",
            summary.routine_title,
            done,
            summary.exercises.len(),
            crate::words::clock(summary.duration)
        );

        let mut list = column![].spacing(6);
        for exercise in &summary.exercises {
            let mark = if exercise.done() { "✓" } else { "–" };
            let status = if exercise.done() {
                format!(
                    "{} s × {}{} · {}",
                    exercise.hold_seconds,
                    exercise.repetitions,
                    if exercise.sided {
                        format!(" {}", crate::words::SIDED_UNIT)
                    } else {
                        String::new()
                    },
                    exercise.intensity.label()
                )
            } else {
                format!(
                    "skipped ({} of {} holds)",
                    exercise.holds_done, exercise.holds_planned
                )
            };
            list = list.push(
                row![
                    text(mark).size(t.control()).width(Length::Fixed(30.0)),
                    text(exercise.title.clone()).size(t.control()),
                    space::horizontal(),
                    text(status).size(t.body()),
                ]
                .align_y(Alignment::Center),
            );
        }

        let mut check_in = column![
            text("How is your pain now?").size(t.heading()),
            pain_scale(self.pain_after, t, Message::PainAfter),
        ]
        .spacing(10);
        if let Some(before) = self.pain_before {
            check_in = check_in.push(
                text(format!("Before the session you said {before}."))
                    .size(t.body())
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
            );
        }
        if let Some(suggestion) = &self.suggestion {
            check_in = check_in.push(
                container(
                    column![
                        text(suggestion.offer_text()).size(t.control()),
                        row![
                            button(text(suggestion.button_text()).size(t.control()))
                                .padding([10, 20])
                                .style(button::primary)
                                .on_press(Message::ApplySuggestion),
                            button(text("Keep my doses").size(t.control()))
                                .padding([10, 20])
                                .style(button::secondary)
                                .on_press(Message::DeclineSuggestion),
                        ]
                        .spacing(12)
                    ]
                    .spacing(10),
                )
                .padding(16)
                .style(style::caution),
            );
        }
        if let Some(outcome) = &self.outcome {
            check_in = check_in.push(text(outcome.clone()).size(t.control()));
        }

        let content = column![
            text(heading).size(t.title()),
            text(facts).size(t.body()),
            container(list).padding(16).style(style::card),
            check_in,
            space::vertical(),
            row![
                space::horizontal(),
                button(text("Done").size(t.heading()))
                    .padding([12, 40])
                    .style(button::success)
                    .on_press(Message::Done)
            ]
        ]
        .spacing(18)
        .padding(32);

        key_listener(content, |key, _| match key {
            Key::Named(Named::Enter | Named::Escape) => Some(Message::Done),
            _ => None,
        })
        .into()
    }
}
