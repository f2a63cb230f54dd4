//! Plan: which routines on which days at what time, how reminders run
//! (start at login, or now), and the plan saved to a calendar file.
//!
//! Used rarely, from the floor as often as from a chair: every control is
//! a large button (days as toggles, the time with − and + for hours and
//! minutes), and the time can be typed too. Each change is saved at once,
//! as in Settings.

use std::collections::HashMap;
use std::path::PathBuf;

use iced::widget::{button, column, container, row, scrollable, text, text_input, toggler};
use iced::{Alignment, Element, Length};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::controls::{stepper, title_bar};
use crate::ui::widget::keys::escape_to;
use limber_core::schedule::service::ReminderStatus;
use limber_core::schedule::{Day, Days, PlannedRoutine, TimeOfDay, routine_info, words};
use limber_core::t;

/// What a routine added from this screen starts with.
pub const NEW_DAYS: Days = Days::WEEKDAYS;
pub fn new_time() -> TimeOfDay {
    TimeOfDay::new(8, 0).unwrap_or_else(|| unreachable!("08:00 is a time of day"))
}

/// Minutes the minute buttons step by.
const MINUTE_STEP: i32 = 5;

#[derive(Debug, Clone)]
pub enum Message {
    /// Put a routine on the plan (Mon–Fri at 08:00, changed from there).
    Add(String),
    ToggleDay(String, Day),
    /// Hours (±1) for a routine's time, wrapping over midnight.
    Hour(String, i32),
    /// Minutes (±[`MINUTE_STEP`]), within the hour.
    Minute(String, i32),
    TimeTyped(String, String),
    TimeSubmitted(String),
    AskRemove(String),
    ConfirmRemove,
    CancelRemove,
    AtLogin(bool),
    StartNow,
    SaveCalendar,
    /// How reminders run, as asked when the screen opened.
    Status(ReminderStatus),
    /// A change of how reminders run was made (or not), and how they run
    /// now.
    Changed(Result<(), String>, ReminderStatus),
    /// The save dialog's answer (`None`: cancelled).
    CalendarPath(Option<PathBuf>),
    CalendarSaved(Result<PathBuf, String>),
    Back,
}

pub enum Action {
    None,
    Back,
    /// Plan `routine` on `days` at `at` (add it, or change it).
    Set {
        routine: String,
        days: Days,
        at: TimeOfDay,
    },
    Remove(String),
    SetAtLogin(bool),
    StartNow,
    /// Ask where to save the calendar file.
    AskCalendarPath,
    SaveCalendar(PathBuf),
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Times being typed, by routine, until they read as a time.
    typed: HashMap<String, String>,
    /// A typed time that did not read: which routine.
    bad_time: Option<String>,
    /// A routine waiting for "Take off the plan" to be confirmed.
    removing: Option<String>,
    /// How reminders run; `None` until known.
    status: Option<ReminderStatus>,
    /// A change of how reminders run is on its way.
    busy: bool,
    /// What went wrong with the last change of how reminders run.
    service_error: Option<String>,
    /// The save dialog is open.
    asking: bool,
    /// The last calendar file written, or why not.
    calendar: Option<Result<PathBuf, String>>,
    /// The save dialog came back without a file.
    not_saved: bool,
}

impl Plan {
    /// How reminders run, as shown (tests).
    pub fn status(&self) -> Option<&ReminderStatus> {
        self.status.as_ref()
    }

    /// The last calendar file saved, or why it was not (tests).
    pub fn calendar(&self) -> Option<&Result<PathBuf, String>> {
        self.calendar.as_ref()
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let planned = |routine: &str| -> Option<PlannedRoutine> {
            ctx.planned?.plan()?.get(routine).cloned()
        };
        let set = |entry: PlannedRoutine| Action::Set {
            routine: entry.routine.into(),
            days: entry.days,
            at: entry.at,
        };
        match message {
            Message::Add(routine) => Action::Set {
                routine,
                days: NEW_DAYS,
                at: new_time(),
            },
            Message::ToggleDay(routine, day) => match planned(&routine) {
                Some(mut entry) => {
                    entry.days = if entry.days.contains(day) {
                        entry.days.without(day)
                    } else {
                        entry.days.with(day)
                    };
                    set(entry)
                }
                None => Action::None,
            },
            Message::Hour(routine, delta) => match planned(&routine) {
                Some(mut entry) => {
                    self.typed.remove(&routine);
                    let hour = (i32::from(entry.at.hour()) + delta).rem_euclid(24);
                    entry.at = time(hour, i32::from(entry.at.minute()));
                    set(entry)
                }
                None => Action::None,
            },
            Message::Minute(routine, delta) => match planned(&routine) {
                Some(mut entry) => {
                    self.typed.remove(&routine);
                    // Onto the step first: 08:03 + 5 is 08:05, not 08:08.
                    let minute = i32::from(entry.at.minute());
                    let stepped = if delta > 0 {
                        (minute / MINUTE_STEP + 1) * MINUTE_STEP
                    } else {
                        (minute + MINUTE_STEP - 1) / MINUTE_STEP * MINUTE_STEP - MINUTE_STEP
                    };
                    entry.at = time(i32::from(entry.at.hour()), stepped.rem_euclid(60));
                    set(entry)
                }
                None => Action::None,
            },
            Message::TimeTyped(routine, typed) => {
                if self.bad_time.as_ref() == Some(&routine) {
                    self.bad_time = None;
                }
                self.typed.insert(routine, typed);
                Action::None
            }
            Message::TimeSubmitted(routine) => {
                let Some(typed) = self.typed.get(&routine) else {
                    return Action::None;
                };
                match (typed.parse::<TimeOfDay>(), planned(&routine)) {
                    (Ok(at), Some(mut entry)) => {
                        self.typed.remove(&routine);
                        self.bad_time = None;
                        entry.at = at;
                        set(entry)
                    }
                    (Err(_), Some(_)) => {
                        self.bad_time = Some(routine);
                        Action::None
                    }
                    (_, None) => Action::None,
                }
            }
            Message::AskRemove(routine) => {
                self.removing = Some(routine);
                Action::None
            }
            Message::ConfirmRemove => match self.removing.take() {
                Some(routine) => {
                    self.typed.remove(&routine);
                    Action::Remove(routine)
                }
                None => Action::None,
            },
            Message::CancelRemove => {
                self.removing = None;
                Action::None
            }
            Message::AtLogin(on) => {
                if self.busy {
                    return Action::None;
                }
                self.busy = true;
                Action::SetAtLogin(on)
            }
            Message::StartNow => {
                if self.busy {
                    return Action::None;
                }
                self.busy = true;
                Action::StartNow
            }
            Message::SaveCalendar => {
                if self.asking {
                    return Action::None;
                }
                self.asking = true;
                self.not_saved = false;
                Action::AskCalendarPath
            }
            Message::Status(status) => {
                self.status = Some(status);
                Action::None
            }
            Message::Changed(result, status) => {
                self.busy = false;
                self.service_error = result.err();
                self.status = Some(status);
                Action::None
            }
            Message::CalendarPath(path) => {
                self.asking = false;
                match path {
                    Some(path) => Action::SaveCalendar(path),
                    None => {
                        self.not_saved = true;
                        Action::None
                    }
                }
            }
            Message::CalendarSaved(result) => {
                self.calendar = Some(result);
                Action::None
            }
            Message::Back => Action::Back,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let header = title_bar(
            t,
            t!("plan-title", profile = ctx.profile.name.as_str()),
            Some(Message::Back),
        );
        let running = self
            .status
            .as_ref()
            .and_then(|status| status.running.as_ref().ok().copied());
        let intro = text(words::plan_intro(running))
            .size(t.body())
            .style(|theme| text::Style {
                color: Some(style::muted(theme)),
            });

        let plan = ctx.planned.and_then(|planned| planned.plan());
        let mut routines = column![].spacing(16);
        if plan.is_none() {
            routines = routines.push(
                container(text(t!("plan-unreadable")).size(t.body()))
                    .padding(12)
                    .width(Length::Fill)
                    .style(style::caution),
            );
        }
        if let Some(plan) = plan {
            for entry in &plan.routines {
                routines = routines.push(self.entry(ctx, entry));
            }
        }
        if plan.is_some() {
            routines = routines.push(self.add_card(ctx));
        }

        let side = column![self.reminders_card(ctx), self.calendar_card(ctx)].spacing(16);

        let content = column![
            header,
            intro,
            row![
                scrollable(routines.padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .width(Length::FillPortion(3))
                .height(Length::Fill),
                scrollable(side.padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .width(Length::FillPortion(2))
                .height(Length::Fill),
            ]
            .spacing(20)
        ]
        .spacing(16)
        .padding(32);

        escape_to(content, Message::Back)
    }

    /// One routine of the plan: its days and time, each changed at once.
    fn entry<'a>(&'a self, ctx: &Context<'a>, entry: &PlannedRoutine) -> Element<'a, Message> {
        let t = ctx.typography;
        let id = entry.routine.clone();
        let info = routine_info(ctx.library, ctx.profile, &entry.routine);
        let title = info
            .as_ref()
            .map_or(entry.routine.clone(), |info| info.title.clone().into());
        let length = match &info {
            Some(info) => words::about(info.length),
            None => t!("plan-routine-not-loaded"),
        };

        // The remove button goes under the title where a long title or
        // a long language leaves it no room beside.
        let heading = row![
            text(title.to_string()).size(t.heading()),
            text(length).size(t.body()).style(|theme| text::Style {
                color: Some(style::muted(theme)),
            }),
            button(text(t!("plan-ask-remove")).size(t.body()))
                .padding([8, 16])
                .style(style::secondary)
                .on_press(Message::AskRemove(id.clone().into())),
        ]
        .spacing(14)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);

        let days = day_chips(t, id.as_str(), &entry.days);

        let shown_time = self
            .typed
            .get(entry.routine.as_str())
            .cloned()
            .unwrap_or_else(|| entry.at.to_string());
        let typed_id = id.clone();
        // Three parts that wrap as wholes when the text is large.
        let time = row![
            row![
                text(t!("plan-at")).size(t.control()),
                text_input(&t!("plan-time-placeholder"), &shown_time)
                    .size(t.control())
                    .padding([8, 12])
                    .width(Length::Fixed(110.0 * t.scale()))
                    .on_input(move |typed| Message::TimeTyped(typed_id.clone().into(), typed))
                    .on_submit(Message::TimeSubmitted(id.clone().into())),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
            stepper(
                t,
                Some(t!("plan-hour")),
                format!("{:02}", entry.at.hour()),
                44.0,
                Message::Hour(id.clone().into(), -1),
                Message::Hour(id.clone().into(), 1),
            ),
            stepper(
                t,
                Some(t!("plan-minutes")),
                format!("{:02}", entry.at.minute()),
                44.0,
                Message::Minute(id.clone().into(), -MINUTE_STEP),
                Message::Minute(id.clone().into(), MINUTE_STEP),
            ),
        ]
        .spacing(22)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(10);

        let mut body = column![heading, days, time].spacing(14);
        if self.bad_time.as_deref() == Some(entry.routine.as_str()) {
            body = body.push(text(t!("plan-bad-time")).size(t.body()));
        }
        if entry.days.is_empty() {
            body = body.push(
                text(words::no_days())
                    .size(t.body())
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
            );
        }
        if self.removing.as_deref() == Some(entry.routine.as_str()) {
            body = body.push(
                container(
                    column![
                        text(words::remove_question(&title)).size(t.body()),
                        row![
                            button(text(t!("plan-remove")).size(t.body()))
                                .padding([8, 16])
                                .style(style::danger)
                                .on_press(Message::ConfirmRemove),
                            button(text(t!("plan-keep")).size(t.body()))
                                .padding([8, 16])
                                .style(style::secondary)
                                .on_press(Message::CancelRemove),
                        ]
                        .spacing(10)
                    ]
                    .spacing(8),
                )
                .padding(12)
                .width(Length::Fill)
                .style(style::caution),
            );
        }
        card(body)
    }

    /// The routines not on the plan yet, one button each.
    fn add_card<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let plan = ctx.planned.and_then(|planned| planned.plan());
        let mut buttons = row![].spacing(12);
        let mut any = false;
        for routine in ctx.library.routines() {
            if plan.is_some_and(|plan| plan.get(&routine.id).is_some()) {
                continue;
            }
            any = true;
            buttons = buttons.push(
                button(text(t!("plan-add", routine = routine.title.as_str())).size(t.control()))
                    .padding([12, 20])
                    .style(style::secondary)
                    .on_press(Message::Add(routine.id.clone().into())),
            );
        }
        let heading = if plan.is_some_and(|plan| !plan.is_empty()) {
            t!("plan-add-another")
        } else {
            t!("plan-add-first")
        };
        let body: Element<'a, Message> = if any {
            column![
                text(heading).size(t.heading()),
                buttons.wrap(),
                text(t!(
                    "plan-new-starts",
                    days = words::days_text(NEW_DAYS),
                    time = new_time().to_string()
                ))
                .size(t.small())
                .style(|theme| text::Style {
                    color: Some(style::muted(theme)),
                }),
            ]
            .spacing(12)
            .into()
        } else {
            text(t!("plan-all-planned")).size(t.body()).into()
        };
        card(body)
    }

    /// How reminders run: at login, now.
    fn reminders_card<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let (at_login, running) = match &self.status {
            Some(status) => (
                status.at_login.as_ref().ok().copied(),
                status.running.as_ref().ok().copied(),
            ),
            None => (None, None),
        };
        let status_line = match &self.status {
            Some(_) => words::reminders_status(at_login, running),
            None => t!("plan-reminders-looking"),
        };
        let mut login = toggler(at_login.unwrap_or(false))
            .size(28)
            .label(if at_login == Some(true) {
                t!("settings-on")
            } else {
                t!("settings-off")
            })
            .text_size(t.body());
        if self.status.is_some() && !self.busy {
            login = login.on_toggle(Message::AtLogin);
        }
        // The one thing to do here when reminders are not running.
        let mut start = button(text(words::start_reminders_now()).size(t.control()))
            .padding([12, 20])
            .style(style::secondary);
        if running == Some(false) && !self.busy {
            start = start.on_press(Message::StartNow).style(style::primary);
        }
        let mut body = column![
            text(t!("plan-reminders")).size(t.heading()),
            text(status_line).size(t.body()),
            row![
                text(words::start_at_login())
                    .size(t.control())
                    .width(Length::Fill),
                login
            ]
            .align_y(Alignment::Center),
            start,
        ]
        .spacing(14);
        let errors = self.status.iter().flat_map(|status| {
            [&status.at_login, &status.running]
                .into_iter()
                .filter_map(|result| result.as_ref().err())
        });
        for error in self.service_error.iter().chain(errors) {
            body = body.push(
                container(text(error.clone()).size(t.body()))
                    .padding(10)
                    .width(Length::Fill)
                    .style(style::caution),
            );
        }
        card(body)
    }

    /// The plan as a calendar file.
    fn calendar_card<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let has_days = ctx
            .planned
            .and_then(|planned| planned.plan())
            .is_some_and(|plan| plan.has_planned_days());
        let mut save = button(text(words::save_to_calendar()).size(t.control()))
            .padding([12, 20])
            .style(style::secondary);
        if has_days && !self.asking {
            save = save.on_press(Message::SaveCalendar);
        }
        let hint = if has_days {
            words::calendar_hint()
        } else {
            words::calendar_needs_days()
        };
        let mut body = column![
            text(t!("plan-calendar")).size(t.heading()),
            text(hint).size(t.body()),
            save
        ]
        .spacing(14);
        match &self.calendar {
            Some(Ok(path)) => body = body.push(text(words::calendar_saved(path)).size(t.body())),
            Some(Err(error)) => {
                body = body.push(
                    container(
                        text(t!("plan-calendar-not-saved", error = error.as_str())).size(t.body()),
                    )
                    .padding(10)
                    .width(Length::Fill)
                    .style(style::caution),
                )
            }
            None => {}
        }
        if self.not_saved {
            body = body.push(
                text(words::calendar_not_saved())
                    .size(t.small())
                    .style(|theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
            );
        }
        card(body)
    }
}

fn time(hour: i32, minute: i32) -> TimeOfDay {
    let hour = u8::try_from(hour.rem_euclid(24)).unwrap_or(0);
    let minute = u8::try_from(minute.rem_euclid(60)).unwrap_or(0);
    TimeOfDay::new(hour, minute).unwrap_or_else(new_time)
}

fn card<'a>(body: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(body)
        .padding(20)
        .width(Length::Fill)
        .style(style::card)
        .into()
}

/// The seven day buttons of a planned routine: in one row where the
/// language's day names fit, else in two (four and three), so no name is
/// broken over lines.
fn day_chips<'a>(t: style::Type, routine: &str, on: &Days) -> Element<'a, Message> {
    let days: Vec<(Day, String, bool)> = Day::ALL
        .iter()
        .map(|day| (*day, day.short_name(), on.contains(*day)))
        .collect();
    let routine = routine.to_owned();
    let size = t.body();
    iced::widget::responsive(move |room| {
        let longest = days
            .iter()
            .map(|(_, name, _)| name.chars().count())
            .max()
            .unwrap_or(1) as f32;
        // About 0.6 em a letter, and room at each side of the name.
        let chip = longest * 0.6 * size + 16.0;
        let per_row = if 7.0 * chip + 6.0 * 8.0 <= room.width {
            7
        } else {
            4
        };
        let mut rows = column![].spacing(8);
        for chunk in days.chunks(per_row) {
            let mut line = row![].spacing(8).align_y(Alignment::Center);
            for (day, name, on) in chunk {
                line = line.push(
                    button(text(name.clone()).size(size).center())
                        .width(Length::Fill)
                        .padding([12, 0])
                        .style(if *on {
                            style::primary
                        } else {
                            style::secondary
                        })
                        .on_press(Message::ToggleDay(routine.clone(), *day)),
                );
            }
            rows = rows.push(line);
        }
        rows.into()
    })
    .height(Length::Shrink)
    .into()
}
