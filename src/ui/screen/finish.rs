//! Finish: what was done, how long it took, the pain check-in and what
//! follows from it (`guidance::advice`): plain words when it hurt, the red
//! flags (with how to get emergency help) when pain rose steeply or is
//! severe or the person stopped because it hurt, and an offer to change
//! level, or to leave out the exercise that hurt, that is never applied
//! without a click. After "This hurts" this is the "This hurts" screen.

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Alignment, Element, Length, Theme};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use crate::ui::widget::pain::pain_scale;
use limber_core::guidance::advice::{self, Advice, LeaveOut, Suggestion};
use limber_core::guidance::safety::{self, EmergencyNumber};
use limber_core::prescription::{self, ExerciseSummary, Summary};
use limber_core::profile::{Ending, SessionRecord};
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    PainAfter(u8),
    ApplySuggestion,
    DeclineSuggestion,
    /// Leave the exercise that hurt out from now on.
    LeaveOut,
    Done,
}

pub enum Action {
    None,
    /// The pain rating changed: replace the saved session with `record`.
    SavePain {
        started_at: u64,
        record: Box<SessionRecord>,
    },
    /// Apply the offered change of intensity.
    Apply(Suggestion),
    /// Leave this exercise (by id) out of the profile's routines.
    LeaveOut(String),
    Done,
}

pub struct Finish {
    summary: Summary,
    /// The latest sessions of the same routine before this one, for the
    /// step-up rule.
    earlier: Vec<SessionRecord>,
    pain_after: Option<u8>,
    advice: Advice,
    /// What the person decided about the offer, shown in its place.
    outcome: Option<String>,
    /// The exercise was left out (shown in place of that offer).
    left_out: Option<String>,
}

impl Finish {
    /// The Finish screen for `summary`; `history` is the profile's sessions
    /// before this one.
    pub fn new(summary: Summary, history: &[SessionRecord]) -> Self {
        let mut earlier: Vec<SessionRecord> = history
            .iter()
            .filter(|r| r.routine_id == summary.routine_id)
            .cloned()
            .collect();
        earlier.sort_by_key(|r| std::cmp::Reverse(r.started_at));
        earlier.truncate(advice::LOW_SESSIONS_FOR_STEP_UP);
        let advice = advice::advise(&summary, None, &earlier);
        Self {
            summary,
            earlier,
            pain_after: None,
            advice,
            outcome: None,
            left_out: None,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    pub fn advice(&self) -> &Advice {
        &self.advice
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PainAfter(value) => {
                self.pain_after = Some(value);
                self.advice = advice::advise(&self.summary, self.pain_after, &self.earlier);
                self.outcome = None;
                // Left out already: not offered again.
                if self.left_out.is_some() {
                    self.advice.leave_out = None;
                }
                Action::SavePain {
                    started_at: self.summary.started_at,
                    record: Box::new(prescription::record(&self.summary, self.pain_after)),
                }
            }
            Message::ApplySuggestion => match self.advice.suggestion.take() {
                Some(suggestion) => {
                    self.outcome = Some(suggestion.applied_text());
                    Action::Apply(suggestion)
                }
                None => Action::None,
            },
            Message::DeclineSuggestion => {
                if self.advice.suggestion.take().is_some() {
                    self.outcome = Some(t!("finish-doses-kept"));
                }
                Action::None
            }
            Message::LeaveOut => match self.advice.leave_out.take() {
                Some(leave_out) => {
                    self.left_out = Some(leave_out.applied_text());
                    Action::LeaveOut(leave_out.exercise_id)
                }
                None => Action::None,
            },
            Message::Done => Action::Done,
        }
    }

    fn heading(&self) -> String {
        let done = self.summary.exercises.iter().filter(|e| e.done()).count();
        match (&self.summary.ending, done) {
            (Ending::StoppedForPain { .. }, _) => t!("finish-heading-stopped-for-pain"),
            (Ending::Stopped { .. }, _) => t!("finish-heading-stopped"),
            (Ending::Finished, 0) => t!("finish-heading-all-skipped"),
            (Ending::Finished, _) => t!("finish-heading-complete"),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let summary = &self.summary;
        let done = summary.exercises.iter().filter(|e| e.done()).count();
        let length = limber_core::words::clock(summary.duration);
        let facts = match summary.stopped_for_pain() {
            Some(exercise) => t!(
                "finish-facts-stopped-in",
                routine = summary.routine_title.as_str(),
                done = done,
                count = summary.exercises.len(),
                length = length,
                exercise = exercise.title.as_str()
            ),
            None => t!(
                "finish-facts",
                routine = summary.routine_title.as_str(),
                done = done,
                count = summary.exercises.len(),
                length = length
            ),
        };

        let mut list = column![].spacing(6);
        for exercise in &summary.exercises {
            let limb = ctx.library.exercise(&exercise.id).map(|e| e.limb);
            list = list.push(exercise_line(t, exercise, limb.unwrap_or_default()));
        }

        let mut check_in = column![
            text(t!("finish-pain-now")).size(t.heading()),
            pain_scale(self.pain_after, t, Message::PainAfter),
        ]
        .spacing(10);
        if let Some(line) = advice::pain_comparison(summary.pain_before, self.pain_after) {
            // Pain that went down is news worth the full colour.
            let went_down = self
                .pain_after
                .zip(summary.pain_before)
                .is_some_and(|(after, before)| after < before);
            check_in = check_in.push(text(line).size(t.body()).style(move |theme| text::Style {
                color: (!went_down).then(|| style::muted(theme)),
            }));
        }

        // The question first: it is what this screen asks, and in a small
        // window it stays in view above the list of what was done. The red
        // flags, when they are shown, come before the list: in view beside
        // what to do now.
        let mut session = column![text(facts).size(t.body()), check_in]
            .spacing(18)
            .width(Length::FillPortion(5));
        if let Some(care) = &self.advice.care
            && care.red_flags
        {
            session = session.push(red_flags_box(t, EmergencyNumber::of_this_system()));
        }
        session = session.push(container(list).padding(16).style(style::card));

        // What follows from the check-in, beside it so it is seen without
        // scrolling: what to do now, the offer, then the red flags.
        let mut advice = column![].spacing(14).width(Length::FillPortion(4));
        if let Some(care) = &self.advice.care {
            advice = advice.push(care_box(t, care));
        }
        // The offers: a step down (or up), and after "This hurts" leaving
        // the exercise out, side by side in one card when both are there.
        let leave_out = self.advice.leave_out.as_ref();
        if let Some(suggestion) = &self.advice.suggestion {
            let mut words = suggestion.offer_text();
            let mut buttons = row![
                button(text(suggestion.button_text()).size(t.control()))
                    .padding([10, 20])
                    .style(style::primary)
                    .on_press(Message::ApplySuggestion)
            ]
            .spacing(12);
            if let Some(leave_out) = leave_out {
                words = t!(
                    "finish-offer-or-leave-out",
                    offer = words,
                    alternative = leave_out.alternative_text()
                );
                buttons = buttons.push(
                    button(text(LeaveOut::button_text()).size(t.control()))
                        .padding([10, 20])
                        .style(style::secondary)
                        .on_press(Message::LeaveOut),
                );
            }
            buttons = buttons.push(
                button(text(t!("finish-keep-doses")).size(t.control()))
                    .padding([10, 20])
                    .style(style::secondary)
                    .on_press(Message::DeclineSuggestion),
            );
            advice = advice.push(
                container(
                    column![
                        text(words).size(t.body()),
                        buttons.wrap().vertical_spacing(10)
                    ]
                    .spacing(10),
                )
                .padding(16)
                .width(Length::Fill)
                .style(style::card),
            );
        } else if let Some(leave_out) = leave_out {
            advice = advice.push(leave_out_box(t, leave_out));
        }
        if let Some(outcome) = &self.outcome {
            advice = advice.push(text(outcome.clone()).size(t.control()));
        }
        if let Some(left_out) = &self.left_out {
            advice = advice.push(text(left_out.clone()).size(t.control()));
        }
        // With nothing to advise, the check-in has the whole width.
        let nothing_to_advise = self.advice.care.is_none()
            && self.advice.suggestion.is_none()
            && self.advice.leave_out.is_none()
            && self.outcome.is_none()
            && self.left_out.is_none();
        let body = if nothing_to_advise {
            row![session]
        } else {
            row![session, advice]
        };
        let body = body.spacing(24).padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        });

        // The list, the advice and the red flags scroll; Done stays on
        // screen whatever the text size and the number of exercises.
        let content = column![
            text(self.heading()).size(t.title()),
            scrollable(body).height(Length::Fill),
            row![
                space::horizontal(),
                button(text(t!("finish-done")).size(t.heading()))
                    .padding([12, 40])
                    .style(style::primary)
                    .on_press(Message::Done)
            ]
        ]
        .spacing(18)
        .padding(32);

        key_listener(content, |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            match key.as_ref() {
                Key::Named(Named::Enter | Named::Escape) => Some(Message::Done),
                Key::Character(c) => match c.to_ascii_lowercase().as_str() {
                    "a" => Some(Message::ApplySuggestion),
                    "k" => Some(Message::DeclineSuggestion),
                    "l" => Some(Message::LeaveOut),
                    digit => digit
                        .parse::<u8>()
                        .ok()
                        .filter(|d| *d <= 9)
                        .map(Message::PainAfter),
                },
                _ => None,
            }
        })
        .into()
    }
}

/// The Finish screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("0 – 9", "finish-key-pain"),
    shortcut("A", "finish-key-accept"),
    shortcut("K", "finish-keep-doses"),
    shortcut("L", "finish-key-leave-out"),
    shortcut("Enter or Esc", "finish-key-done"),
];

fn exercise_line<'a>(
    t: style::Type,
    exercise: &ExerciseSummary,
    limb: limber_core::content::schema::Limb,
) -> Element<'a, Message> {
    let mark = if exercise.done() { "✓" } else { "–" };
    let per_side = if exercise.sided() {
        format!(" {}", limber_core::words::sided_unit(limb))
    } else {
        String::new()
    };
    let status = if exercise.done() {
        t!(
            "finish-exercise-done",
            hold = exercise.hold_seconds,
            repetitions = exercise.repetitions,
            per_side = per_side,
            intensity = exercise.intensity.name()
        )
    } else {
        t!(
            "finish-exercise-holds",
            done = exercise.holds_done,
            planned = exercise.holds_planned
        )
    };
    // Left and right are worth a word only where they differ.
    let status = match exercise.sides {
        Some(sides) if sides.left != sides.right => t!(
            "finish-exercise-sides",
            status = status,
            left = sides.left,
            right = sides.right,
            repetitions = exercise.repetitions
        ),
        _ => status,
    };
    row![
        text(mark).size(t.control()).width(Length::Fixed(30.0)),
        text(exercise.title.clone()).size(t.control()),
        space::horizontal(),
        text(status).size(t.body()),
    ]
    .align_y(Alignment::Center)
    .into()
}

/// What to do now, in plain words.
fn care_box<'a>(t: style::Type, care: &advice::Care) -> Element<'a, Message> {
    let mut points = column![text(care.heading()).size(t.heading())].spacing(6);
    for point in care.points() {
        points =
            points.push(row![text("•").size(t.body()), text(point).size(t.body())].spacing(10));
    }
    container(points)
        .padding(16)
        .width(Length::Fill)
        .style(style::caution)
        .into()
}

/// The offer to leave the exercise that hurt out from now on.
fn leave_out_box<'a>(t: style::Type, leave_out: &LeaveOut) -> Element<'a, Message> {
    container(
        column![
            text(leave_out.offer_text()).size(t.body()),
            button(text(LeaveOut::button_text()).size(t.control()))
                .padding([10, 20])
                .style(style::secondary)
                .on_press(Message::LeaveOut),
        ]
        .spacing(10),
    )
    .padding(16)
    .width(Length::Fill)
    .style(style::card)
    .into()
}

/// Both red-flag groups, most urgent first, with how to get emergency help
/// under the emergency group.
fn red_flags_box<'a>(t: style::Type, emergency: EmergencyNumber) -> Element<'a, Message> {
    let mut flags = column![].spacing(10);
    for group in safety::RED_FLAGS {
        let mut list = column![
            text(group.heading())
                .size(t.control())
                .style(|theme: &Theme| text::Style {
                    color: Some(theme.extended_palette().danger.strong.color),
                })
        ]
        .spacing(4);
        for point in group.points() {
            list =
                list.push(row![text("•").size(t.body()), text(point).size(t.body())].spacing(10));
        }
        if group.urgency == safety::Urgency::Emergency {
            list = list.push(text(emergency.get_help()).size(t.control()).style(
                |theme: &Theme| text::Style {
                    color: Some(theme.extended_palette().danger.strong.color),
                },
            ));
        }
        flags = flags.push(list);
    }
    flags = flags.push(text(safety::red_flags_note()).size(t.body()));
    container(flags)
        .padding(16)
        .width(Length::Fill)
        .style(style::urgent)
        .into()
}
