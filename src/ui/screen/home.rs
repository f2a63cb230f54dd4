//! Home: pick a body area (or the full routine), switch profile, see the
//! last session, and this week against the plan: the seven days marked,
//! "3 of 5 planned sessions", the planned days kept in a row, what is
//! planned today (with "Done today"), and a reminder missed while the
//! computer was off, once. The numbers come worked out from the app
//! (`ui::planned`); nothing is counted while drawing.

use iced::keyboard::Key;
use iced::widget::{
    button, column, container, pick_list, responsive, row, scrollable, space, text,
};
use iced::{Alignment, Element, Length, Size};

use crate::ui::planned::{Answer, PlanProgress, ReminderNotice};
use crate::ui::style;
use crate::ui::widget::day_mark::day_mark;
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use crate::ui::widget::own_layer::own_layer;
use crate::ui::{Context, ProfileChoice};
use limber_core::schedule::routine_info;
use limber_core::schedule::words::{self as plan_words, TodayState};
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    OpenRoutine(String),
    SwitchProfile(ProfileChoice),
    OpenSettings,
    OpenHistory,
    OpenSafety,
    OpenExercises,
    OpenPlan,
    /// An answer to a reminder (or "Done today") for a routine.
    Answer(String, Answer),
    /// The "Keys" sheet.
    ShowKeys,
    /// Make a routine of one's own (the routine builder).
    NewRoutine,
}

/// What the home screen asks of the app.
pub enum Action {
    OpenRoutine(String),
    SwitchProfile(String),
    OpenSettings,
    OpenHistory,
    OpenSafety,
    OpenExercises,
    OpenPlan,
    Answer(String, Answer),
    ShowKeys,
    NewRoutine,
}

/// Home's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("1 – 9", "home-key-open-routine"),
    shortcut("H", "screen-history"),
    shortcut("S", "screen-settings"),
    shortcut("P", "screen-plan"),
    shortcut("E", "home-browse-exercises"),
    shortcut("F", "home-key-safety"),
    shortcut("N", "home-key-new-routine"),
];

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
            Message::OpenPlan => Action::OpenPlan,
            Message::Answer(routine, answer) => Action::Answer(routine, answer),
            Message::ShowKeys => Action::ShowKeys,
            Message::NewRoutine => Action::NewRoutine,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        // The routines in tile order: key 1 opens the first.
        let mut order: Vec<String> = area_tiles(ctx)
            .map(|(_, routine)| routine.id.to_string())
            .collect();
        if let Some(full) = ctx.library.full_routine() {
            order.push(full.id.clone().into());
        }
        // Then the profile's own routines, in their row.
        order.extend(own_routines(ctx).iter().map(|r| r.id.to_string()));
        let ctx = *ctx;
        let content = responsive(move |size| Self::layout(&ctx, size));

        key_listener(content, move |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            let Key::Character(c) = key.as_ref() else {
                return None;
            };
            match c.to_ascii_lowercase().as_str() {
                "h" => Some(Message::OpenHistory),
                "s" => Some(Message::OpenSettings),
                "p" => Some(Message::OpenPlan),
                "e" => Some(Message::OpenExercises),
                "f" => Some(Message::OpenSafety),
                "n" => Some(Message::NewRoutine),
                digit => digit
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .and_then(|n| order.get(n - 1))
                    .map(|id| Message::OpenRoutine(id.clone())),
            }
        })
        .into()
    }

    /// The screen in a window of `size`: tiles that fill the window when
    /// there is room for their words, else the same in a scrolled column
    /// (a small screen, or large text).
    fn layout<'a>(ctx: &Context<'a>, size: Size) -> Element<'a, Message> {
        let t = ctx.typography;

        let profiles = ctx.profile_choices();
        let current = profiles.iter().find(|p| p.id == ctx.profile.id).cloned();
        let navigation = [
            nav_button(t!("screen-safety"), Message::OpenSafety, t.body()),
            nav_button(t!("screen-plan"), Message::OpenPlan, t.body()),
            nav_button(t!("screen-history"), Message::OpenHistory, t.body()),
            nav_button(t!("screen-settings"), Message::OpenSettings, t.body()),
            nav_button(t!("home-keys"), Message::ShowKeys, t.body()),
        ];
        let profile = row![
            text(t!("home-profile")).size(t.body()),
            // In a layer of its own where Home scrolls (see `own_layer`).
            own_layer(
                pick_list(profiles, current, Message::SwitchProfile)
                    .text_size(t.body())
                    .padding([8, 14])
            ),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let header: Element<'a, Message> = if size.width >= 1000.0 * t.scale() {
            row![
                text(t!("home-title")).size(t.title()),
                space::horizontal(),
                profile
            ]
            .extend(navigation)
            .spacing(12)
            .align_y(Alignment::Center)
            .into()
        } else {
            // Narrow: the buttons get a line of their own, wrapping.
            column![
                row![
                    text(t!("home-title")).size(t.title()),
                    space::horizontal(),
                    profile
                ]
                .spacing(12)
                .align_y(Alignment::Center),
                row(navigation).spacing(12).wrap().vertical_spacing(8),
            ]
            .spacing(12)
            .into()
        };

        let progress = ctx.planned.and_then(|planned| planned.progress());
        let notices = ctx.planned.map_or(&[][..], |planned| planned.notices());
        let has_plan = ctx
            .planned
            .and_then(|planned| planned.plan())
            .is_some_and(|plan| !plan.is_empty());
        let question = today_row(ctx, progress, notices, has_plan);
        // The profile's own routines (made with New routine), each a
        // smaller tile in a row of their own.
        let own = own_routines(ctx);
        // The week's card and the own routines take room from the tiles'
        // figures, not from their words.
        let preset: f32 = match (progress.is_some(), own.is_empty()) {
            (false, true) => 230.0,
            (true, true) => 180.0,
            (false, false) => 150.0,
            (true, false) => 95.0,
        };
        // The figure gets the window's height less what the rest of the
        // screen and the tiles' words take. Where that leaves too little
        // (a small window, large text), Home scrolls with the full figure.
        let figure_room = size.height
            - rest_of_home(t, size.width, progress.is_some(), !own.is_empty())
            - tile_words(ctx, size.width);
        let roomy = figure_room >= 60.0;
        let figure_height = if roomy {
            preset.min(figure_room * t.scale())
        } else {
            preset
        };

        let mut tiles = Vec::new();
        let mut number = 0;
        for (area, routine) in area_tiles(ctx) {
            number += 1;
            tiles.push(tile(
                ctx,
                &area.title,
                &area.description,
                FigureView::pose(ctx, &area.pose, Some(area.highlight), false),
                routine,
                number,
                figure_height,
            ));
        }
        if let Some(full) = ctx.library.full_routine() {
            number += 1;
            tiles.push(tile(
                ctx,
                &t!("home-full-routine"),
                &full.description,
                FigureView::routine(ctx, full),
                full,
                number,
                figure_height,
            ));
        }
        // As tall as the tallest one's words need, all of them: nothing
        // cut, and their titles in line.
        let tiles: Element<'a, Message> = equal_row::EqualRow::new(tiles, TILE_SPACING)
            .fill(roomy)
            .into();

        let own_row = (!own.is_empty()).then(|| {
            let mut row_of_tiles = row![].spacing(16);
            for (index, routine) in own.iter().enumerate() {
                row_of_tiles = row_of_tiles.push(own_tile(ctx, routine, number + index + 1));
            }
            // The label beside the row, not above it: the area tiles keep
            // the height for their words.
            row![
                text(t!("home-your-routines")).size(t.control()),
                scrollable(row_of_tiles.padding(iced::Padding {
                    bottom: 10.0,
                    ..iced::Padding::ZERO
                }))
                .horizontal()
                .width(Length::Fill),
            ]
            .spacing(16)
            .align_y(Alignment::Center)
        });

        let strip = match progress {
            Some(progress) => week_card(ctx, progress),
            None => last_session_strip(ctx),
        };
        // The links beside the week's card where the window is wide
        // enough, else under it.
        let side_by_side = size.width >= SIDE_BY_SIDE * t.scale();
        let bottom = bottom_row(t, strip, progress.is_some(), side_by_side);

        if roomy {
            // The tiles take the height the rest leaves (and never less
            // than their words need).
            column![header, question, tiles, own_row, bottom]
                .spacing(24)
                .padding(32)
                .into()
        } else {
            column![
                container(header).padding(iced::Padding {
                    top: 24.0,
                    right: 24.0,
                    bottom: 0.0,
                    left: 24.0,
                }),
                scrollable(
                    column![question, tiles, own_row, bottom]
                        .spacing(20)
                        .padding(iced::Padding {
                            top: 0.0,
                            right: 24.0,
                            bottom: 24.0,
                            left: 24.0,
                        })
                )
                .height(Length::Fill)
            ]
            .spacing(16)
            .into()
        }
    }
}

const TILE_SPACING: f32 = 24.0;
/// The window width (at the normal text size) from which the links sit
/// beside the week's card.
const SIDE_BY_SIDE: f32 = 1200.0;
/// A tile's padding.
const TILE_PADDING: f32 = 20.0;
/// The spacing between a tile's figure, title, description and facts.
const TILE_GAP: f32 = 10.0;

/// The height of Home but for the tiles, in a window `width` wide: the
/// padding, the header, the question about today, the own routines and
/// the bottom row, with the spacing between them.
fn rest_of_home(t: style::Type, width: f32, week: bool, own: bool) -> f32 {
    let line = |size: f32| (size * 1.3).ceil();
    let header = line(t.title()).max(line(t.body()) + 16.0);
    // Narrow: the navigation wraps onto a line of its own.
    let header = if width >= 1000.0 * t.scale() {
        header
    } else {
        header + 12.0 + line(t.body()) + 16.0
    };
    let question = line(t.body()) * if width < 1200.0 * t.scale() { 2.0 } else { 1.0 } + 34.0;
    let own = if own { 96.0 * t.scale() + 24.0 } else { 0.0 };
    let bottom = if week { 96.0 } else { 60.0 } * t.scale()
        + if width >= SIDE_BY_SIDE * t.scale() {
            0.0
        } else {
            12.0 + 44.0 * t.scale()
        };
    2.0 * 32.0 + header + 24.0 + question + 24.0 + 24.0 + own + bottom
}

/// The height of the tallest area tile's words in a window `width` wide:
/// its title, its description (lines counted at an average letter of half
/// the text size, wider than Fira Sans's, so lines are not undercounted)
/// and "N exercises · about M min", with the tile's padding.
fn tile_words(ctx: &Context<'_>, width: f32) -> f32 {
    let t = ctx.typography;
    let count = area_tiles(ctx).count() + usize::from(ctx.library.full_routine().is_some());
    let count = count.max(1) as f32;
    let text_width =
        ((width - 2.0 * 32.0 - TILE_SPACING * (count - 1.0)) / count - 2.0 * TILE_PADDING).max(1.0);
    let letters_per_line = (text_width / (0.5 * t.body())).floor().max(1.0);
    let lines = area_tiles(ctx)
        .map(|(area, _)| area.description.as_str())
        .chain(
            ctx.library
                .full_routine()
                .map(|full| full.description.as_str()),
        )
        .map(|words| (words.chars().count() as f32 / letters_per_line).ceil())
        .fold(1.0_f32, f32::max);
    let line = |size: f32| (size * 1.3).ceil();
    2.0 * TILE_PADDING
        + 3.0 * TILE_GAP
        + line(t.heading())
        + lines * line(t.body())
        + line(t.body())
}

/// The body areas that have a routine, in tile order (keys 1, 2, … and
/// the tiles both follow it).
fn area_tiles<'a>(
    ctx: &Context<'a>,
) -> impl Iterator<
    Item = (
        &'a limber_core::content::schema::Area,
        &'a limber_core::content::schema::Routine,
    ),
> {
    let library = ctx.library;
    library
        .areas()
        .iter()
        .filter_map(move |area| Some((area, library.routine_for_area(&area.id)?)))
}

fn nav_button<'a>(label: String, message: Message, size: f32) -> Element<'a, Message> {
    button(text(label).size(size))
        .padding([8, 16])
        .style(style::secondary)
        .on_press(message)
        .into()
}

fn tile<'a>(
    ctx: &Context<'a>,
    title: &str,
    description: &str,
    figure: FigureView,
    routine: &'a limber_core::content::schema::Routine,
    number: usize,
    figure_height: f32,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let estimate = ctx.estimate(routine);
    let count = routine.exercises.len();
    let facts = t!(
        "home-routine-facts",
        count = count,
        minutes = limber_core::words::minutes(estimate)
    );
    let body = column![
        // A fixed height, so the titles of all tiles line up.
        container(figure.view())
            .height(Length::Fixed(figure_height / t.scale()))
            .width(Length::Fill),
        row![
            text(title.to_owned()).size(t.heading()).width(Length::Fill),
            // The key that opens it (keys 1–9).
            (number <= 9).then(|| container(text(number.to_string()).size(t.body()))
                .padding([0, 8])
                .style(style::key_cap)),
        ]
        .align_y(Alignment::Center),
        text(description.to_owned()).size(t.body()),
        text(facts).size(t.body()).style(|theme| text::Style {
            color: Some(style::muted(theme))
        }),
    ]
    .spacing(TILE_GAP)
    .width(Length::Fill);
    button(body)
        .padding(TILE_PADDING)
        .width(Length::Fill)
        .style(style::tile)
        .on_press(Message::OpenRoutine(routine.id.clone().into()))
        .into()
}

/// The routines this profile made with New routine (none when Limber runs
/// without a content folder of its own).
fn own_routines<'a>(ctx: &Context<'a>) -> Vec<&'a limber_core::content::schema::Routine> {
    limber_core::builder::own_folder(ctx.library).map_or_else(Vec::new, |folder| {
        limber_core::builder::own_routines(ctx.library, &ctx.profile.id, folder)
    })
}

/// The strip (or the week's card), Browse all exercises and New routine:
/// in a row when the window is roomy (the strip takes what the buttons
/// leave; beside the week's card, which is tall anyway, they stand one
/// above the other), else under the strip, wrapping.
fn bottom_row<'a>(
    t: style::Type,
    strip: Element<'a, Message>,
    stacked: bool,
    side_by_side: bool,
) -> Element<'a, Message> {
    let link = |label: String, message: Message| {
        button(text(label).size(t.body()).center())
            .padding([8, 16])
            .style(style::secondary)
            .on_press(message)
    };
    let browse = link(t!("home-browse-exercises"), Message::OpenExercises);
    let new = link(t!("home-new-routine"), Message::NewRoutine);
    if !side_by_side {
        return column![
            strip,
            row![browse, new].spacing(12).wrap().vertical_spacing(8)
        ]
        .spacing(12)
        .into();
    }
    if stacked {
        row![
            strip,
            // One width for both, room for the longer label.
            column![
                browse.width(Length::Fixed(230.0 * t.scale())),
                new.width(Length::Fixed(230.0 * t.scale())),
            ]
            .spacing(8),
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
    } else {
        row![strip, browse, new]
            .spacing(16)
            .align_y(Alignment::Center)
            .into()
    }
}

/// A routine of the profile's own: a small figure of its first
/// exercise, its name, its key, its length. A click opens it.
fn own_tile<'a>(
    ctx: &Context<'a>,
    routine: &'a limber_core::content::schema::Routine,
    number: usize,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let first = routine
        .exercises
        .first()
        .and_then(|entry| ctx.library.exercise(&entry.exercise));
    let pose = first.and_then(|exercise| {
        exercise
            .steps
            .iter()
            .find(|s| s.role == limber_core::content::schema::Role::Hold)
            .map(|s| &s.illustration)
    });
    let figure = FigureView::illustration(ctx, pose, first.map(|e| e.highlight), false);
    let count = routine.exercises.len();
    let facts = t!(
        "home-routine-facts",
        count = count,
        minutes = limber_core::words::minutes(ctx.estimate(routine))
    );
    let body = row![
        container(figure.view())
            .width(Length::Fixed(96.0))
            .height(Length::Fixed(64.0)),
        column![
            row![
                text(routine.title.clone())
                    .size(t.control())
                    .width(Length::Fill),
                (number <= 9).then(|| container(text(number.to_string()).size(t.body()))
                    .padding([0, 8])
                    .style(style::key_cap)),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
            text(facts).size(t.small()).style(|theme| text::Style {
                color: Some(style::muted(theme))
            }),
        ]
        .spacing(4)
        .width(Length::Fill),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    button(body)
        .padding([10, 14])
        .width(Length::Fixed(330.0 * t.scale()))
        .style(style::tile)
        .on_press(Message::OpenRoutine(routine.id.clone().into()))
        .into()
}

fn last_session_strip<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let t = ctx.typography;
    let line = match ctx.last_session() {
        Some(summary) => summary,
        None => t!("home-no-sessions"),
    };
    let week = t!(
        "home-sessions-last-7-days",
        count = ctx.sessions_this_week()
    );
    container(
        row![
            text(line).size(t.body()),
            text("·").size(t.body()),
            text(week).size(t.body())
        ]
        .spacing(10)
        .wrap(),
    )
    .padding([10, 16])
    .width(Length::Fill)
    .style(style::card)
    .into()
}

/// The line above the tiles: a reminder missed while the computer was off
/// (once, with the notification's answers), else what is planned today
/// and due (with "Done today"), else the question, with what comes next
/// or, with no plan, a quiet invitation to make one.
fn today_row<'a>(
    ctx: &Context<'a>,
    progress: Option<&'a PlanProgress>,
    notices: &'a [ReminderNotice],
    has_plan: bool,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let title_of = |routine: &str| {
        ctx.library
            .routine(routine)
            .map_or(routine.to_owned(), |found| found.title.clone())
    };
    if !notices.is_empty() {
        let mut list = column![].spacing(8);
        for notice in notices {
            list = list.push(
                container(
                    row![
                        column![
                            text(notice.title.clone()).size(t.control()),
                            text(notice.body.clone()).size(t.body()),
                        ]
                        .spacing(2)
                        .width(Length::Fill),
                        answers(ctx, &notice.routine, true),
                    ]
                    .spacing(16)
                    .align_y(Alignment::Center),
                )
                .padding([10, 16])
                .style(reminder_box),
            );
        }
        return list.into();
    }
    if let Some(progress) = progress {
        let due: Vec<_> = progress
            .today_slots
            .iter()
            .filter(|slot| slot.state(ctx.now) == TodayState::Due)
            .collect();
        if let Some(slot) = due.first() {
            let length = routine_info(ctx.library, ctx.profile, &slot.routine).map(|i| i.length);
            return container(
                row![
                    text(plan_words::today_line(
                        &title_of(&slot.routine),
                        slot.at,
                        length,
                        TodayState::Due
                    ))
                    .size(t.control())
                    .width(Length::Fill),
                    answers(ctx, &slot.routine, false),
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
            .padding([8, 16])
            .style(style::card)
            .into();
        }
    }
    let question = text(t!("home-question")).size(t.heading());
    let muted = |theme: &iced::Theme| text::Style {
        color: Some(style::muted(theme)),
    };
    let aside: Element<'a, Message> = match progress {
        Some(progress) => {
            let later = progress
                .today_slots
                .iter()
                .find(|slot| slot.state(ctx.now) == TodayState::Later);
            let line = match later {
                Some(slot) => Some(plan_words::today_line(
                    &title_of(&slot.routine),
                    slot.at,
                    routine_info(ctx.library, ctx.profile, &slot.routine).map(|i| i.length),
                    TodayState::Later,
                )),
                None => progress.next.as_ref().map(|(when, routine)| {
                    plan_words::next_line(&title_of(routine), *when, progress.today)
                }),
            };
            text(line.unwrap_or_default())
                .size(t.body())
                .style(muted)
                .into()
        }
        None if !has_plan && ctx.planned.is_some_and(|p| p.state().is_some()) => row![
            text(plan_words::plan_invitation())
                .size(t.small())
                .style(muted),
            button(text(plan_words::make_a_plan()).size(t.body()))
                .padding([8, 16])
                .style(style::secondary)
                .on_press(Message::OpenPlan),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into(),
        None => space::horizontal().into(),
    };
    // The question takes what the aside leaves (and wraps), so the
    // aside's button keeps its words in a narrow window.
    row![question.width(Length::Fill), aside]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
}

/// Start, (Snooze,) Done today for a routine.
fn answers<'a>(ctx: &Context<'a>, routine: &str, snooze: bool) -> Element<'a, Message> {
    let t = ctx.typography;
    let answer = |label: String, answer: Answer, primary: bool| {
        button(text(label).size(t.body()))
            .padding([10, 18])
            .style(if primary {
                style::primary
            } else {
                style::secondary
            })
            .on_press(Message::Answer(routine.to_owned(), answer))
    };
    let mut buttons = row![answer(plan_words::action_start(), Answer::Start, true)].spacing(10);
    if snooze {
        buttons = buttons.push(answer(plan_words::action_snooze(), Answer::Snooze, false));
    }
    buttons
        .push(answer(
            plan_words::action_done_today(),
            Answer::DoneToday,
            false,
        ))
        .into()
}

/// This week against the plan: the seven days, the count, the run of
/// planned days kept, the last session.
fn week_card<'a>(ctx: &Context<'a>, progress: &'a PlanProgress) -> Element<'a, Message> {
    let t = ctx.typography;
    let mark = (30.0 * t.scale()).round();
    let mut days = row![].spacing((6.0 * t.scale()).round());
    for day in &progress.week.days {
        let today = day.date == progress.today;
        let label = text(day.day.short_name())
            .size(t.small())
            .style(move |theme: &iced::Theme| text::Style {
                color: Some(if today {
                    theme.extended_palette().primary.strong.color
                } else {
                    style::muted(theme)
                }),
            });
        days = days.push(
            column![label, day_mark(day.status, today, mark)]
                .spacing(4)
                .align_x(Alignment::Center)
                .width(Length::Fixed((mark + 14.0).max(44.0 * t.scale()))),
        );
    }
    let week = &progress.week;
    let mut second = Vec::new();
    if let Some(run) = plan_words::run_text(progress.run) {
        second.push(run);
    }
    if let Some(line) = plan_words::week_encouragement(week) {
        second.push(line.to_owned());
    }
    let last = ctx.last_session().unwrap_or_else(|| t!("home-no-sessions"));
    let muted = |theme: &iced::Theme| text::Style {
        color: Some(style::muted(theme)),
    };
    let mut summary = column![
        text(t!(
            "home-this-week",
            summary = plan_words::week_summary(week)
        ))
        .size(t.control())
    ]
    .spacing(4);
    if !second.is_empty() {
        summary = summary.push(text(second.join(" · ")).size(t.body()));
    }
    summary = summary.push(text(last).size(t.small()).style(muted));
    container(
        row![days, summary.width(Length::Fill)]
            .spacing(20)
            .align_y(Alignment::Center),
    )
    .padding([10, 18])
    .width(Length::Fill)
    .style(style::card)
    .into()
}

/// A reminder inside the app: a card edged in the accent colour, so it is
/// seen without alarming.
fn reminder_box(theme: &iced::Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        border: iced::Border {
            color: palette.primary.base.color,
            width: 2.0,
            radius: 16.0.into(),
        },
        ..style::card(theme)
    }
}

/// A row of equally wide children, each as tall as the tallest one needs
/// (or, filling, as the room there is, if that is more).
///
/// iced's row gives children that fill its height the height of its other
/// children, or of the window; tiles whose words decide their height need
/// the height of the tallest one's words, so they are laid out twice:
/// once to measure, once at that height.
mod equal_row {
    use iced::advanced::layout::{self, Layout};
    use iced::advanced::renderer;
    use iced::advanced::widget::{Operation, Tree, Widget};
    use iced::advanced::{Clipboard, Shell, overlay};
    use iced::{Element, Event, Length, Rectangle, Size, Vector, mouse};

    pub struct EqualRow<'a, Message, Theme, Renderer> {
        children: Vec<Element<'a, Message, Theme, Renderer>>,
        spacing: f32,
        fill: bool,
    }

    impl<'a, Message, Theme, Renderer> EqualRow<'a, Message, Theme, Renderer> {
        pub fn new(children: Vec<Element<'a, Message, Theme, Renderer>>, spacing: f32) -> Self {
            EqualRow {
                children,
                spacing,
                fill: false,
            }
        }

        /// Whether the row takes the height its parent has for it, when
        /// that is more than its children need.
        pub fn fill(mut self, fill: bool) -> Self {
            self.fill = fill;
            self
        }
    }

    impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
        for EqualRow<'_, Message, Theme, Renderer>
    where
        Renderer: iced::advanced::Renderer,
    {
        fn children(&self) -> Vec<Tree> {
            self.children.iter().map(Tree::new).collect()
        }

        fn diff(&self, tree: &mut Tree) {
            tree.diff_children(&self.children);
        }

        fn size(&self) -> Size<Length> {
            Size::new(
                Length::Fill,
                if self.fill {
                    Length::Fill
                } else {
                    Length::Shrink
                },
            )
        }

        fn layout(
            &mut self,
            tree: &mut Tree,
            renderer: &Renderer,
            limits: &layout::Limits,
        ) -> layout::Node {
            let n = self.children.len();
            let width = limits.max().width;
            if n == 0 {
                return layout::Node::new(Size::new(width, 0.0));
            }
            let each = ((width - self.spacing * (n - 1) as f32) / n as f32).max(0.0);
            // As tall as their content, however tall that is.
            let measure = layout::Limits::new(Size::new(each, 0.0), Size::new(each, f32::INFINITY));
            let height = self
                .children
                .iter_mut()
                .zip(&mut tree.children)
                .map(|(child, tree)| {
                    child
                        .as_widget_mut()
                        .layout(tree, renderer, &measure)
                        .size()
                        .height
                })
                .fold(0.0, f32::max);
            let room = limits.max().height;
            let height = if self.fill && room.is_finite() {
                height.max(room)
            } else {
                height
            };
            let exact = layout::Limits::new(Size::new(each, height), Size::new(each, height));
            let nodes = self
                .children
                .iter_mut()
                .zip(&mut tree.children)
                .enumerate()
                .map(|(i, (child, tree))| {
                    child
                        .as_widget_mut()
                        .layout(tree, renderer, &exact)
                        .move_to((i as f32 * (each + self.spacing), 0.0))
                })
                .collect();
            layout::Node::with_children(Size::new(width, height), nodes)
        }

        fn operate(
            &mut self,
            tree: &mut Tree,
            layout: Layout<'_>,
            renderer: &Renderer,
            operation: &mut dyn Operation,
        ) {
            operation.container(None, layout.bounds());
            operation.traverse(&mut |operation| {
                for ((child, tree), layout) in self
                    .children
                    .iter_mut()
                    .zip(&mut tree.children)
                    .zip(layout.children())
                {
                    child
                        .as_widget_mut()
                        .operate(tree, layout, renderer, operation);
                }
            });
        }

        fn update(
            &mut self,
            tree: &mut Tree,
            event: &Event,
            layout: Layout<'_>,
            cursor: mouse::Cursor,
            renderer: &Renderer,
            clipboard: &mut dyn Clipboard,
            shell: &mut Shell<'_, Message>,
            viewport: &Rectangle,
        ) {
            for ((child, tree), layout) in self
                .children
                .iter_mut()
                .zip(&mut tree.children)
                .zip(layout.children())
            {
                child.as_widget_mut().update(
                    tree, event, layout, cursor, renderer, clipboard, shell, viewport,
                );
            }
        }

        fn mouse_interaction(
            &self,
            tree: &Tree,
            layout: Layout<'_>,
            cursor: mouse::Cursor,
            viewport: &Rectangle,
            renderer: &Renderer,
        ) -> mouse::Interaction {
            self.children
                .iter()
                .zip(&tree.children)
                .zip(layout.children())
                .map(|((child, tree), layout)| {
                    child
                        .as_widget()
                        .mouse_interaction(tree, layout, cursor, viewport, renderer)
                })
                .max()
                .unwrap_or_default()
        }

        fn draw(
            &self,
            tree: &Tree,
            renderer: &mut Renderer,
            theme: &Theme,
            style: &renderer::Style,
            layout: Layout<'_>,
            cursor: mouse::Cursor,
            viewport: &Rectangle,
        ) {
            for ((child, tree), layout) in self
                .children
                .iter()
                .zip(&tree.children)
                .zip(layout.children())
                .filter(|(_, layout)| layout.bounds().intersects(viewport))
            {
                child
                    .as_widget()
                    .draw(tree, renderer, theme, style, layout, cursor, viewport);
            }
        }

        fn overlay<'b>(
            &'b mut self,
            tree: &'b mut Tree,
            layout: Layout<'b>,
            renderer: &Renderer,
            viewport: &Rectangle,
            translation: Vector,
        ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
            overlay::from_children(
                &mut self.children,
                tree,
                layout,
                renderer,
                viewport,
                translation,
            )
        }
    }

    impl<'a, Message, Theme, Renderer> From<EqualRow<'a, Message, Theme, Renderer>>
        for Element<'a, Message, Theme, Renderer>
    where
        Message: 'a,
        Theme: 'a,
        Renderer: iced::advanced::Renderer + 'a,
    {
        fn from(row: EqualRow<'a, Message, Theme, Renderer>) -> Self {
            Element::new(row)
        }
    }
}
