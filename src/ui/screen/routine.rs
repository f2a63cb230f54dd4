//! Routine: the exercises with their doses at the chosen intensity, steppers
//! to adjust hold and repetitions, the estimated time, and Start.
//!
//! Everything here works from the keyboard too: one exercise has the
//! keyboard's attention (a thick accent border), ↑/↓ move it, and the keys
//! in [`SHORTCUTS`] change that exercise.

use std::collections::HashMap;

use iced::keyboard::{Key, key::Named};
use iced::widget::{
    Space, button, column, container, keyed_column, responsive, row, scrollable, sensor, text,
};
use iced::{Alignment, Element, Length, Size, Task};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::{self, stepper, title_bar};
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use crate::ui::widget::pain::pain_scale;
use limber_core::content::schema::{Exercise, RoutineEntry, Variation};
use limber_core::prescription::Prescribed;
use limber_core::session::dose::{self, ExerciseChoice, Intensity, ResolvedDose, apply_override};
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    SetIntensity(String, Intensity),
    /// Choose one of the exercise's variations (by title), or none.
    SetVariation(String, Option<String>),
    AdjustHold(String, i32),
    AdjustRepetitions(String, i32),
    ResetAdjustments(String),
    PainBefore(u8),
    Start,
    Back,
    /// "Print sheet": this routine on paper with the profile's doses.
    PrintSheet,
    /// Change (or delete) a routine this profile made.
    Edit,
    /// Give the keyboard's attention to the exercise before (-1) or after
    /// (+1) the current one.
    MoveFocus(i32),
    /// A key for the exercise with the keyboard's attention.
    Focused(FocusedKey),
    /// Bring an exercise this person left out back into their routines.
    BringBack(String),
    /// The list scrolled: its offset from the top and its visible height.
    Scrolled {
        offset: f32,
        height: f32,
    },
    /// A row was laid out this tall (its place in the routine, logical
    /// pixels).
    Measured(usize, f32),
}

/// What a key does to the exercise with the keyboard's attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusedKey {
    /// ← (-1) and → (+1): the intensity below or above.
    Intensity(i32),
    /// − and +.
    Hold(i32),
    /// [ and ].
    Repetitions(i32),
    /// V: the next version (variation), after the last back to the usual.
    NextVariation,
    /// R: back to the intensity's own hold and repetitions.
    Reset,
    /// B: bring the exercise back, when it is left out.
    BringBack,
}

/// The Routine screen's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("↑ ↓", "routine-key-choose"),
    shortcut("← →", "routine-key-intensity"),
    shortcut("− +", "routine-key-hold"),
    shortcut("[ ]", "routine-key-repetitions"),
    shortcut("V", "routine-key-version"),
    shortcut("R", "routine-key-reset"),
    shortcut("B", "routine-key-bring-back"),
    shortcut("0 – 9", "routine-key-pain"),
    shortcut("P", "routine-print-sheet"),
    shortcut("E", "routine-key-edit"),
    shortcut("Enter", "routine-start"),
    shortcut("Esc", "keys-back"),
];

pub enum Action {
    None,
    /// Save this exercise's choice to the profile.
    SetChoice(String, ExerciseChoice),
    /// This exercise is no longer left out.
    BringBack(String),
    /// Start the routine, with the optional pain rating given before it.
    Start {
        routine_id: String,
        pain_before: Option<u8>,
    },
    Back,
    /// Save this routine's sheet (a PDF) where the person chooses.
    PrintSheet(String),
    /// Open this routine in the routine builder.
    Edit(String),
    /// Work on the screen's own widgets (scroll the list to the exercise
    /// with the keyboard's attention).
    Run(Task<Message>),
}

/// The exercise list, scrolled from the keyboard.
const LIST: &str = "routine-exercises";

/// Space between two rows of the list.
const ROW_SPACING: f32 = 10.0;
/// Below this window height (logical pixels, at normal text; times the
/// text size's scale) the Routine screen is laid out compact: the fixed
/// parts around the list would leave it less than one card.
const COMPACT_BELOW: f32 = 500.0;
/// Rows laid out beyond the visible ones, above and below, so a quick
/// scroll does not show a blank band for a frame.
const SPARE_ROWS: usize = 2;
/// The list's height before the first scroll tells the real one.
const FIRST_VIEW_HEIGHT: f32 = 900.0;

#[derive(Debug)]
pub struct Routine {
    routine_id: String,
    /// The optional check-in before starting (pressing the chosen value
    /// again clears it).
    pain_before: Option<u8>,
    /// The exercise with the keyboard's attention (its place in the
    /// routine); it follows the last one changed with the mouse too.
    focused: usize,
    /// The list's scroll offset and visible height, logical pixels: only
    /// the rows in view (and a few spare) are laid out.
    offset: f32,
    height: f32,
    /// Heights of the rows laid out so far, by place in the routine; the
    /// others are taken to be as tall as these on average.
    measured: HashMap<usize, f32>,
}

impl Routine {
    pub fn new(routine_id: String) -> Self {
        Self {
            routine_id,
            pain_before: None,
            focused: 0,
            offset: 0.0,
            height: FIRST_VIEW_HEIGHT,
            measured: HashMap::new(),
        }
    }

    /// Where each row starts and how tall it is, for `count` rows: measured
    /// ones as measured, the others at the mean of those (or the shortest a
    /// row can be, a thumbnail and its padding, before any is measured).
    fn row_spans(&self, count: usize) -> Vec<(f32, f32)> {
        let estimate = if self.measured.is_empty() {
            shortest_row()
        } else {
            self.measured.values().sum::<f32>() / self.measured.len() as f32
        };
        let mut top = 0.0;
        (0..count)
            .map(|index| {
                let height = self.measured.get(&index).copied().unwrap_or(estimate);
                let span = (top, height);
                top += height + ROW_SPACING;
                span
            })
            .collect()
    }

    /// The rows to lay out: those in view and [`SPARE_ROWS`] on each side.
    fn rows_in_view(&self, spans: &[(f32, f32)]) -> std::ops::Range<usize> {
        let (top, bottom) = (self.offset, self.offset + self.height);
        let first = spans.partition_point(|(start, height)| start + height < top);
        let end = spans.partition_point(|(start, _)| *start <= bottom);
        first.saturating_sub(SPARE_ROWS)..(end + SPARE_ROWS).min(spans.len())
    }

    /// The place in the routine of the exercise with the keyboard's
    /// attention.
    pub fn focused(&self) -> usize {
        self.focused
    }

    pub fn routine_id(&self) -> &str {
        &self.routine_id
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        // A change made with the mouse moves the keyboard's attention there.
        if let Message::SetIntensity(id, _)
        | Message::SetVariation(id, _)
        | Message::AdjustHold(id, _)
        | Message::AdjustRepetitions(id, _)
        | Message::ResetAdjustments(id) = &message
            && let Some(index) = self.exercise_ids(ctx).iter().position(|e| e == id)
        {
            self.focused = index;
        }
        match message {
            Message::MoveFocus(delta) => {
                let count = self.exercise_ids(ctx).len();
                if count == 0 {
                    return Action::None;
                }
                let last = count - 1;
                self.focused = if delta < 0 {
                    self.focused.saturating_sub(1)
                } else {
                    (self.focused + 1).min(last)
                };
                // Scroll just enough to bring the chosen card into view.
                let spans = self.row_spans(count);
                let (top, height) = spans[self.focused];
                let y = if top < self.offset || height >= self.height {
                    top
                } else if top + height > self.offset + self.height {
                    top + height - self.height
                } else {
                    return Action::None;
                };
                Action::Run(iced::widget::operation::scroll_to(
                    LIST,
                    iced::widget::operation::AbsoluteOffset { x: 0.0, y },
                ))
            }
            Message::Scrolled { offset, height } => {
                self.offset = offset.max(0.0);
                self.height = height.max(1.0);
                Action::None
            }
            Message::Measured(index, height) => {
                if height.is_finite() && height > 0.0 {
                    self.measured.insert(index, height);
                }
                Action::None
            }
            Message::Focused(key) => {
                let Some(id) = self.exercise_ids(ctx).get(self.focused).cloned() else {
                    return Action::None;
                };
                let Some(exercise) = ctx.library.exercise(&id) else {
                    return Action::None;
                };
                let message = match key {
                    FocusedKey::Intensity(delta) => {
                        let levels = Intensity::ALL;
                        let now = ctx.choice(&id).intensity;
                        let at = levels.iter().position(|l| *l == now).unwrap_or(0);
                        let next = if delta < 0 {
                            at.saturating_sub(1)
                        } else {
                            (at + 1).min(levels.len() - 1)
                        };
                        if next == at {
                            return Action::None;
                        }
                        Message::SetIntensity(id, levels[next])
                    }
                    FocusedKey::Hold(delta) => Message::AdjustHold(id, delta),
                    FocusedKey::Repetitions(delta) => Message::AdjustRepetitions(id, delta),
                    FocusedKey::Reset => Message::ResetAdjustments(id),
                    FocusedKey::BringBack => {
                        if !ctx.profile.leaves_out(&id) {
                            return Action::None;
                        }
                        Message::BringBack(id)
                    }
                    FocusedKey::NextVariation => {
                        if exercise.variations.is_empty() {
                            return Action::None;
                        }
                        let now = ctx.choice(&id).variation;
                        let at = now.as_deref().and_then(|title| {
                            exercise.variations.iter().position(|v| v.title == title)
                        });
                        let next = match at {
                            None => exercise.variations.first(),
                            Some(at) => exercise.variations.get(at + 1),
                        };
                        Message::SetVariation(id, next.map(|v| v.title.clone()))
                    }
                };
                self.update(message, ctx)
            }
            Message::Start => {
                // Nothing to play when every exercise is left out.
                let playable = ctx
                    .library
                    .routine(&self.routine_id)
                    .is_some_and(|routine| !ctx.prescribe(routine).is_empty());
                if !playable {
                    return Action::None;
                }
                Action::Start {
                    routine_id: self.routine_id.clone(),
                    pain_before: self.pain_before,
                }
            }
            Message::BringBack(id) => Action::BringBack(id),
            Message::Back => Action::Back,
            Message::PrintSheet => Action::PrintSheet(self.routine_id.clone()),
            Message::Edit => {
                if limber_core::builder::is_own(ctx.library, &ctx.profile.id, &self.routine_id) {
                    Action::Edit(self.routine_id.clone())
                } else {
                    Action::None
                }
            }
            Message::PainBefore(value) => {
                self.pain_before = if self.pain_before == Some(value) {
                    None
                } else {
                    Some(value)
                };
                Action::None
            }
            Message::SetIntensity(id, intensity) => {
                // A new level starts from that level's own numbers; the
                // variation chosen stays.
                let variation = ctx.choice(&id).variation;
                Action::SetChoice(
                    id,
                    ExerciseChoice {
                        variation,
                        ..ExerciseChoice::at(intensity)
                    },
                )
            }
            Message::SetVariation(id, variation) => {
                let mut choice = ctx.choice(&id);
                choice.variation = variation;
                Action::SetChoice(id, choice)
            }
            Message::ResetAdjustments(id) => {
                let mut choice = ctx.choice(&id);
                choice.hold_seconds = None;
                choice.repetitions = None;
                Action::SetChoice(id, choice)
            }
            Message::AdjustHold(id, delta) => {
                let Some(current) = ctx.resolved(&self.routine_id, &id) else {
                    return Action::None;
                };
                let mut choice = ctx.choice(&id);
                let seconds = current.hold.as_secs() as i64;
                // Whole steps of 5 s past 10 s: fewer presses for long holds.
                let step = if seconds > 10 || (seconds == 10 && delta > 0) {
                    5
                } else {
                    1
                };
                let seconds = seconds + i64::from(delta.signum()) * step;
                let seconds = u32::try_from(seconds.max(0)).unwrap_or(u32::MAX);
                choice.hold_seconds = Some(dose::HOLD_SECONDS.clamp(seconds));
                Action::SetChoice(id, choice)
            }
            Message::AdjustRepetitions(id, delta) => {
                let Some(current) = ctx.resolved(&self.routine_id, &id) else {
                    return Action::None;
                };
                let mut choice = ctx.choice(&id);
                let reps = i64::from(current.repetitions) + i64::from(delta);
                let reps = u32::try_from(reps.max(0)).unwrap_or(u32::MAX);
                choice.repetitions = Some(dose::REPETITIONS.clamp(reps));
                Action::SetChoice(id, choice)
            }
        }
    }

    /// The screen laid out for a window of `size`. Where the window is
    /// short for the text size (`compact`), the pain question goes to the
    /// end of the scrolled list and the margins shrink, so the list keeps
    /// room for a whole exercise card; Start and its words stay in view.
    fn page<'a>(&'a self, ctx: &Context<'a>, size: Size) -> Element<'a, Message> {
        let t = ctx.typography;
        let Some(routine) = ctx.library.routine(&self.routine_id) else {
            return Space::new().into();
        };
        let compact = size.height < COMPACT_BELOW * t.scale();
        // Compact: the title bar a size down, the words under the length
        // small; what they say stays.
        let bar_type = if compact {
            style::Type::new(t.scale() * 0.7)
        } else {
            t
        };

        let mut header = column![title_bar(
            bar_type,
            routine.title.clone(),
            Some(Message::Back)
        )]
        .spacing(6);
        // A routine a physiotherapist handed over says whose it is.
        if let Some(origin) = ctx.library.routine_pack(&routine.id) {
            header =
                header.push(
                    text(origin.describe())
                        .size(t.small())
                        .style(|theme| text::Style {
                            color: Some(style::muted(theme)),
                        }),
                );
        }

        // Resolved once per frame, for the rows and the total alike.
        let prescribed = ctx.prescribe(routine);
        let by_id: HashMap<&str, &Prescribed<'_>> = prescribed
            .iter()
            .map(|p| (p.exercise.id.as_str(), p))
            .collect();
        // Only the rows in view are laid out; spaces as tall as the rest
        // keep the scroll bar true.
        let spans = self.row_spans(routine.exercises.len());
        let shown = self.rows_in_view(&spans);
        let above = spans.get(shown.start).map_or(0.0, |(top, _)| *top);
        let end = spans.last().map_or(0.0, |(top, height)| top + height);
        let below = spans
            .get(shown.end)
            .map_or(0.0, |(top, _)| end - top + ROW_SPACING);
        let rows = routine
            .exercises
            .iter()
            .enumerate()
            .skip(shown.start)
            .take(shown.len())
            .map(|(index, entry)| {
                let focused = index == self.focused;
                let row = match ctx.library.exercise(&entry.exercise) {
                    Some(exercise) if ctx.profile.leaves_out(&entry.exercise) => {
                        left_out_row(ctx, index, exercise, focused)
                    }
                    _ => exercise_row(
                        ctx,
                        index,
                        entry,
                        by_id.get(entry.exercise.as_str()).copied(),
                        focused,
                    ),
                };
                // Keyed by place, so a row keeps its measure as the list
                // scrolls; each reports its height once laid out.
                let row = sensor(row).on_resize(move |size| Message::Measured(index, size.height));
                (index, Element::from(row))
            });
        let list = column![
            Space::new().height(Length::Fixed(above)),
            keyed_column(rows).spacing(ROW_SPACING),
            Space::new().height(Length::Fixed(below)),
        ]
        .width(Length::Fill);

        let estimate = ctx.planned_length(&prescribed);
        let playable = !prescribed.is_empty();
        // A routine this profile made can be changed or deleted from here.
        let own = limber_core::builder::is_own(ctx.library, &ctx.profile.id, &routine.id);
        let footer = row![
            column![
                // The exact planned length, as `limber show` prints it.
                text(if playable {
                    t!(
                        "routine-length",
                        length = limber_core::words::duration(estimate)
                    )
                } else {
                    t!("routine-all-left-out")
                })
                .size(t.heading()),
                text(if playable {
                    t!("routine-start-gently")
                } else {
                    t!("routine-bring-one-back")
                })
                .size(if compact { t.small() } else { t.body() })
                .style(|theme| text::Style {
                    color: Some(style::muted(theme))
                }),
            ]
            .spacing(4)
            // What the buttons leave (wrapping), so they keep their words.
            .width(Length::Fill),
            own.then(|| button(text(t!("routine-edit")).size(t.control()))
                .padding([12, 24])
                .style(style::secondary)
                .on_press(Message::Edit)),
            button(text(t!("routine-print-sheet")).size(t.control()))
                .padding([12, 24])
                .style(style::secondary)
                .on_press(Message::PrintSheet),
            button(text(t!("routine-start")).size(t.heading()))
                .padding([14, 40])
                .style(style::primary)
                .on_press_maybe(playable.then_some(Message::Start)),
        ]
        .spacing(16)
        .align_y(Alignment::Center);

        // The scale goes under its question when the window is narrow or
        // the text large.
        let check_in = row![
            text(t!("routine-pain-now")).size(t.body()),
            pain_scale(self.pain_before, t, Message::PainBefore),
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);

        let (gap, padding) = if compact { (8.0, 12.0) } else { (18.0, 32.0) };
        let check_in = Element::from(check_in);
        let (list, check_in) = if compact {
            let list = column![list, check_in]
                .spacing(gap + 8.0)
                .padding(iced::Padding::ZERO.bottom(8.0));
            (Element::from(list), None)
        } else {
            (Element::from(list), Some(check_in))
        };
        let scrolled = scrollable(list)
            .id(LIST)
            .height(Length::Fill)
            .on_scroll(|viewport| Message::Scrolled {
                offset: viewport.absolute_offset().y,
                height: viewport.bounds().height,
            });
        column![header, scrolled]
            .push(check_in)
            .push(footer)
            .spacing(gap)
            .padding(iced::Padding::from([padding, 32.0]))
            .into()
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        if ctx.library.routine(&self.routine_id).is_none() {
            return column![
                text(t!(
                    "routine-not-available",
                    routine = self.routine_id.as_str()
                ))
                .size(t.heading()),
                button(text(t!("keys-back")).size(t.control()))
                    .style(style::secondary)
                    .on_press(Message::Back)
            ]
            .spacing(20)
            .padding(32)
            .into();
        }
        let shared = *ctx;
        let content = responsive(move |size| self.page(&shared, size));

        key_listener(content, |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            let focused = |key| Some(Message::Focused(key));
            match key.as_ref() {
                Key::Named(Named::Enter) => Some(Message::Start),
                Key::Named(Named::Escape) => Some(Message::Back),
                Key::Named(Named::ArrowUp) => Some(Message::MoveFocus(-1)),
                Key::Named(Named::ArrowDown) => Some(Message::MoveFocus(1)),
                Key::Named(Named::ArrowLeft) => focused(FocusedKey::Intensity(-1)),
                Key::Named(Named::ArrowRight) => focused(FocusedKey::Intensity(1)),
                Key::Character(c) => match c.to_ascii_lowercase().as_str() {
                    "-" | "_" | "\u{2212}" => focused(FocusedKey::Hold(-1)),
                    "+" | "=" => focused(FocusedKey::Hold(1)),
                    "[" => focused(FocusedKey::Repetitions(-1)),
                    "]" => focused(FocusedKey::Repetitions(1)),
                    "v" => focused(FocusedKey::NextVariation),
                    "r" => focused(FocusedKey::Reset),
                    "b" => focused(FocusedKey::BringBack),
                    "p" => Some(Message::PrintSheet),
                    "e" => Some(Message::Edit),
                    digit => digit
                        .parse::<u8>()
                        .ok()
                        .filter(|d| *d <= 9)
                        .map(Message::PainBefore),
                },
                _ => None,
            }
        })
        .into()
    }

    /// The routine's exercise ids, in order.
    fn exercise_ids(&self, ctx: &Context<'_>) -> Vec<String> {
        ctx.library
            .routine(&self.routine_id)
            .map(|routine| {
                routine
                    .exercises
                    .iter()
                    .map(|entry| entry.exercise.to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The shortest a row can be: its thumbnail and padding.
fn shortest_row() -> f32 {
    THUMBNAIL_HEIGHT + 2.0 * ROW_PADDING_Y
}

const THUMBNAIL_HEIGHT: f32 = 110.0;
const ROW_PADDING_Y: f32 = 8.0;

/// An exercise this person left out (after it hurt): its name, that it
/// is left out, and a button to bring it back.
fn left_out_row<'a>(
    ctx: &Context<'a>,
    index: usize,
    exercise: &'a Exercise,
    focused: bool,
) -> Element<'a, Message> {
    let t = ctx.typography;
    container(
        row![
            column![
                text(t!(
                    "routine-numbered-exercise",
                    number = index + 1,
                    exercise = exercise.title.as_str()
                ))
                .size(t.heading()),
                text(t!("routine-left-out"))
                    .size(t.body())
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
            ]
            .spacing(4)
            .width(Length::Fill),
            button(text(t!("routine-bring-back")).size(t.control()))
                .padding([10, 20])
                .style(style::secondary)
                .on_press(Message::BringBack(exercise.id.clone().into())),
        ]
        .spacing(18)
        .align_y(Alignment::Center),
    )
    .padding([10, 14])
    .width(Length::Fill)
    .style(if focused {
        style::card_focused
    } else {
        style::card
    })
    .into()
}

fn exercise_row<'a>(
    ctx: &Context<'a>,
    index: usize,
    entry: &'a RoutineEntry,
    prescribed: Option<&Prescribed<'a>>,
    focused: bool,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let Some(prescribed) = prescribed else {
        return text(t!(
            "routine-exercise-not-available",
            number = index + 1,
            exercise = entry.exercise.as_str()
        ))
        .size(t.body())
        .into();
    };
    let exercise = prescribed.exercise;
    let choice = &prescribed.choice;
    let dose = prescribed.dose;
    let variation = exercise.variation(choice.variation.as_deref());

    let hold_pose = exercise
        .steps
        .iter()
        .find(|s| s.role == limber_core::content::schema::Role::Hold)
        .map(|s| match variation {
            Some(variation) => variation.illustration_for(&s.illustration),
            None => s.illustration.clone(),
        });
    let thumbnail = container(
        FigureView::illustration(ctx, hold_pose.as_ref(), Some(exercise.highlight), false).view(),
    )
    .width(Length::Fixed(150.0))
    .height(Length::Fixed(THUMBNAIL_HEIGHT));

    // A routine that pins the dose (one made in the app, a pack from a
    // physiotherapist) leaves nothing for Gentle/Strong to choose: say so
    // instead of offering buttons that change nothing.
    let pinned = entry.dose.as_ref().is_some_and(|dose| {
        let one = |range: Option<limber_core::content::schema::Range>| {
            range.is_some_and(|range| range.low() == range.high())
        };
        one(dose.hold_seconds) && one(dose.repetitions)
    });
    let levels: Element<'a, Message> = if pinned {
        text(t!("routine-dose-pinned"))
            .size(t.body())
            .style(|theme| text::Style {
                color: Some(style::muted(theme)),
            })
            .into()
    } else {
        let mut levels = row![].spacing(6);
        for level in Intensity::ALL {
            let selected = choice.intensity == level;
            levels = levels.push(controls::choice(
                t,
                level.name(),
                selected,
                Message::SetIntensity(exercise.id.clone().into(), level),
            ));
        }
        levels.into()
    };

    let per_side = limber_core::words::per_side(exercise.sides, exercise.limb);
    let hold = stepper(
        t,
        Some(t!("routine-hold")),
        t!("routine-seconds", seconds = dose.hold.as_secs()),
        64.0,
        Message::AdjustHold(exercise.id.clone().into(), -1),
        Message::AdjustHold(exercise.id.clone().into(), 1),
    );
    let reps = stepper(
        t,
        Some(t!("routine-repetitions")),
        t!(
            "routine-repetitions-value",
            count = dose.repetitions,
            per_side = per_side
        ),
        150.0,
        Message::AdjustRepetitions(exercise.id.clone().into(), -1),
        Message::AdjustRepetitions(exercise.id.clone().into(), 1),
    );
    // Reset sits beside the title, where it takes no line of its own: the
    // controls (and the Version row under them) stay where they were when
    // it appears.
    let reset = choice.is_adjusted().then(|| {
        button(text(t!("routine-reset")).size(t.small()))
            .padding([0, 8])
            .style(button::text)
            .on_press(Message::ResetAdjustments(exercise.id.clone().into()))
    });
    // On a narrow window or with large text the steppers go on a second
    // line rather than off the edge.
    let controls = row![levels, hold, reps]
        .spacing(28)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);

    container(
        row![thumbnail, {
            let mut details = column![
                row![
                    text(t!(
                        "routine-numbered-exercise",
                        number = index + 1,
                        exercise = exercise.title.as_str()
                    ))
                    .size(t.heading())
                    .width(Length::Fill),
                    reset,
                ]
                .spacing(12)
                .align_y(Alignment::Center),
                text(exercise.summary.clone())
                    .size(t.small())
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme))
                    }),
                controls,
            ]
            .spacing(6);
            if !exercise.variations.is_empty() {
                details = details.push(variations(t, exercise, variation));
            }
            // Beyond what the exercise suggests: a quiet word, not a stop.
            for note in beyond_the_range(exercise, entry, &dose) {
                details = details.push(text(note).size(t.small()).style(|theme| text::Style {
                    color: Some(style::muted(theme)),
                }));
            }
            // A value outside the dose bounds was brought inside them:
            // say so rather than run something else silently.
            for clamp in &prescribed.clamps {
                details = details.push(text(clamp.to_string()).size(t.small()).style(
                    |theme: &iced::Theme| text::Style {
                        color: Some(theme.extended_palette().warning.strong.color),
                    },
                ));
            }
            details
        }]
        .spacing(18)
        .align_y(Alignment::Center),
    )
    .padding([ROW_PADDING_Y, 14.0])
    .width(Length::Fill)
    .style(if focused {
        style::card_focused
    } else {
        style::card
    })
    .into()
}

/// "Version: [Usual] [Other leg flat]": the exercise's variations to choose
/// from, the chosen one filled.
fn variations<'a>(
    t: style::Type,
    exercise: &'a Exercise,
    chosen: Option<&Variation>,
) -> Element<'a, Message> {
    let mut line = row![text(t!("routine-version")).size(t.body())]
        .spacing(8)
        .align_y(Alignment::Center);
    line = line.push(controls::choice(
        t,
        t!("routine-version-usual"),
        chosen.is_none(),
        Message::SetVariation(exercise.id.clone().into(), None),
    ));
    for variation in &exercise.variations {
        line = line.push(controls::choice(
            t,
            variation.title.as_str(),
            chosen.is_some_and(|c| c.title == variation.title),
            Message::SetVariation(exercise.id.clone().into(), Some(variation.title.clone())),
        ));
    }
    line.into()
}

/// A hold or a repetition count set above what the exercise (or the
/// routine) suggests, in words: "Your 40 s hold is longer than the 15–30 s
/// this exercise suggests."
fn beyond_the_range(exercise: &Exercise, entry: &RoutineEntry, dose: &ResolvedDose) -> Vec<String> {
    let suggested = apply_override(exercise.dose, entry.dose.as_ref());
    let mut notes = Vec::new();
    let hold = dose.hold.as_secs();
    if hold > u64::from(suggested.hold_seconds.high()) {
        notes.push(t!(
            "routine-hold-beyond",
            hold = hold,
            low = suggested.hold_seconds.low(),
            high = suggested.hold_seconds.high()
        ));
    }
    if dose.repetitions > suggested.repetitions.high() {
        notes.push(t!(
            "routine-repetitions-beyond",
            count = dose.repetitions,
            low = suggested.repetitions.low(),
            high = suggested.repetitions.high()
        ));
    }
    notes
}
