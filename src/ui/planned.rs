//! The current profile's weekly plan as the app shows it (issue 14): the
//! plan and reminder state read from the store, the week's progress worked
//! out from them and the history, and a reminder missed while the computer
//! was off, shown once inside the app.
//!
//! The numbers are worked out when their inputs change (the plan read or
//! changed, the history loaded, a session finished, "Done today", a new
//! day), never while drawing. Every read and write runs on the store's
//! thread; how reminders run and the save dialog are the [`Platform`]'s,
//! in tasks.
//!
//! The rules are the schedule module's: a reminder taken here with
//! [`take_due`] and marked shown is not shown again by `limber remind`,
//! and the other way round, because both keep the same reminder state
//! through the store's lock.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use iced::Task;

use crate::profile::SessionRecord;
use crate::schedule::due::{next_in_plan, occurrence};
use crate::schedule::edit::plan_routine;
use crate::schedule::ics::{CalendarRoutine, plan_calendar};
use crate::schedule::progress::recent_weeks;
use crate::schedule::reminder::{
    DoneDays, DueReminder, done_today_in_plan, mark_shown, snooze, take_due,
};
use crate::schedule::words::{self, TodayState};
use crate::schedule::{
    Days, ReminderState, TimeOfDay, WeekProgress, WeeklyPlan, current_run, routine_info,
    week_progress,
};
use crate::ui::dialog::{FileKind, SaveRequest};
use crate::ui::platform::{Platform, off_thread};
use crate::ui::screen::{plan, routine};
use crate::ui::store::Stored;
use crate::ui::{App, Message, Reply as StoreReply, Screen};

/// Weeks of planned days on the History screen.
pub const HISTORY_WEEKS: usize = 8;

/// The plan part of the app.
#[derive(Debug)]
pub struct Planned {
    platform: Platform,
    /// The current profile's plan; `None` until read (or when it could not
    /// be read: the notice says why).
    state: Option<PlanState>,
    /// Plan writes asked for and not yet answered: the store's plan is
    /// taken only when none is left (as for the profile).
    writes_pending: usize,
    /// Reminders taken at start, shown on Home until answered.
    notices: Vec<ReminderNotice>,
    /// The profile whose missed reminders were looked at since it opened.
    checked: Option<String>,
}

/// A profile's plan and what follows from it.
#[derive(Debug, Clone)]
pub struct PlanState {
    pub profile_id: String,
    pub plan: WeeklyPlan,
    pub reminders: ReminderState,
    /// `None` while the history is loading, or with nothing planned.
    pub progress: Option<PlanProgress>,
}

/// The week against the plan, worked out once.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanProgress {
    pub today: NaiveDate,
    pub week: WeekProgress,
    /// Planned days kept in a row.
    pub run: u32,
    /// The last [`HISTORY_WEEKS`] weeks, oldest first.
    pub weeks: Vec<WeekProgress>,
    /// Today's planned routines, by time.
    pub today_slots: Vec<TodaySlot>,
    /// The first planned time after today, and what: (local date and
    /// time, routine id). Today's are in `today_slots`.
    pub next: Option<(chrono::NaiveDateTime, String)>,
}

/// One routine planned today.
#[derive(Debug, Clone, PartialEq)]
pub struct TodaySlot {
    pub routine: String,
    pub at: TimeOfDay,
    /// When it is due today, Unix seconds.
    pub due_at: i64,
    pub done: bool,
}

impl TodaySlot {
    /// Where it stands at `now` (Unix seconds).
    pub fn state(&self, now: u64) -> TodayState {
        if self.done {
            TodayState::Done
        } else if i64::try_from(now).unwrap_or(i64::MAX) >= self.due_at {
            TodayState::Due
        } else {
            TodayState::Later
        }
    }
}

/// A reminder to show inside the app: its title and sentence as the
/// notification would say them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderNotice {
    pub routine: String,
    pub title: String,
    pub body: String,
}

/// The person's answer to a reminder shown in the app (the notification's
/// buttons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Start,
    Snooze,
    DoneToday,
}

/// Answers from the store's thread about the plan.
#[derive(Debug)]
pub enum Reply {
    /// A profile's plan and reminder state were read.
    Read {
        profile_id: String,
        stored: Stored<(WeeklyPlan, ReminderState)>,
    },
    /// A change of the plan was written; the plan as written.
    PlanWritten {
        profile_id: String,
        stored: Stored<WeeklyPlan>,
    },
    /// A deleted routine was taken out of the other profiles' plans.
    OthersUnplanned { stored: Stored<()> },
    /// The reminder state changed (missed reminders taken, snooze, done
    /// today); the reminders to show and the state as written.
    Reminders {
        profile_id: String,
        stored: Stored<(Vec<DueReminder<Local>>, ReminderState)>,
    },
}

impl Planned {
    pub fn new(platform: Platform) -> Planned {
        Planned {
            platform,
            state: None,
            writes_pending: 0,
            notices: Vec::new(),
            checked: None,
        }
    }

    pub fn platform(&self) -> &Platform {
        &self.platform
    }

    /// The current profile's plan, once read.
    pub fn state(&self) -> Option<&PlanState> {
        self.state.as_ref()
    }

    pub fn plan(&self) -> Option<&WeeklyPlan> {
        self.state.as_ref().map(|state| &state.plan)
    }

    pub fn progress(&self) -> Option<&PlanProgress> {
        self.state.as_ref()?.progress.as_ref()
    }

    /// Reminders taken at start and not answered yet.
    pub fn notices(&self) -> &[ReminderNotice] {
        &self.notices
    }

    /// Forgets the profile's plan (another profile opens).
    fn forget(&mut self) {
        self.state = None;
        self.notices.clear();
        self.checked = None;
        self.writes_pending = 0;
    }
}

/// The local time at `unix` seconds.
pub fn local(unix: u64) -> DateTime<Local> {
    let seconds = i64::try_from(unix).unwrap_or(i64::MAX);
    Local
        .timestamp_opt(seconds, 0)
        .earliest()
        .unwrap_or_else(crate::clock::local_now)
}

impl PlanProgress {
    /// The week's progress for `plan` at `now` (Unix seconds), in the
    /// computer's time zone; `None` with nothing planned on any day.
    pub fn compute(
        plan: &WeeklyPlan,
        reminders: &ReminderState,
        history: &[SessionRecord],
        now: u64,
    ) -> Option<PlanProgress> {
        if !plan.has_planned_days() {
            return None;
        }
        let now = local(now);
        let today = now.date_naive();
        let done = DoneDays::new(history, reminders, &Local);
        let week = week_progress(plan, &done, today);
        let today_slots = week
            .days
            .iter()
            .find(|day| day.date == today)
            .map(|day| {
                day.slots
                    .iter()
                    .map(|slot| TodaySlot {
                        routine: slot.routine.clone(),
                        at: slot.at,
                        due_at: occurrence(&Local, today, slot.at).timestamp(),
                        done: slot.done,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Some(PlanProgress {
            today,
            run: current_run(plan, &done, today),
            weeks: recent_weeks(plan, &done, today, HISTORY_WEEKS),
            today_slots,
            next: next_in_plan(plan, &end_of_day(today))
                .map(|(due, entry)| (due.naive_local(), entry.routine.clone())),
            week,
        })
    }
}

/// The last minute of `date`, locally: what is due after it is due after
/// today.
fn end_of_day(date: NaiveDate) -> DateTime<Local> {
    let last = TimeOfDay::new(23, 59).unwrap_or_else(|| unreachable!("23:59 is a time of day"));
    occurrence(&Local, date, last)
}

impl PlanState {
    fn recompute(&mut self, history: Option<&[SessionRecord]>, now: u64) {
        self.progress = history
            .and_then(|history| PlanProgress::compute(&self.plan, &self.reminders, history, now));
    }
}

/// The notices for reminders due now, as the notification words them.
fn notices_for(
    due: &[DueReminder<Local>],
    describe: impl Fn(&str) -> Option<crate::schedule::RoutineInfo>,
) -> Vec<ReminderNotice> {
    due.iter()
        .map(|reminder| {
            let info = describe(&reminder.routine);
            let title = info
                .as_ref()
                .map_or(reminder.routine.as_str(), |info| info.title.as_str());
            ReminderNotice {
                routine: reminder.routine.clone(),
                title: words::reminder_title(title, info.as_ref().map(|info| info.length)),
                body: words::reminder_body(reminder.kind, reminder.planned.naive_local()),
            }
        })
        .collect()
}

fn schedule_reply(reply: Reply) -> Message {
    Message::Stored(Arc::new(StoreReply::Schedule(reply)))
}

impl App {
    /// The current profile's plan, its progress and reminders, as shown.
    pub fn planned(&self) -> &Planned {
        &self.planned
    }

    /// Reads the current profile's plan and reminder state.
    pub(super) fn load_plan(&self) -> Task<Message> {
        let id = self.profile.id.clone();
        let profile_id = id.clone();
        Task::perform(
            self.store.run(move |store| {
                let plan = store.plan(&id)?;
                let reminders = store.reminder_state(&id)?;
                Ok((plan, reminders))
            }),
            move |stored| {
                schedule_reply(Reply::Read {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// Another profile opens: its plan is read afresh.
    pub(super) fn reload_plan(&mut self) -> Task<Message> {
        self.planned.forget();
        self.load_plan()
    }

    pub(super) fn schedule_reply(&mut self, reply: &Reply) -> Task<Message> {
        match reply {
            Reply::Read { profile_id, stored } => {
                self.take_answer(stored);
                if *profile_id != self.profile.id {
                    return Task::none();
                }
                let Ok((plan, reminders)) = &stored.result else {
                    return Task::none();
                };
                self.planned.state = Some(PlanState {
                    profile_id: profile_id.clone(),
                    plan: plan.clone(),
                    reminders: reminders.clone(),
                    progress: None,
                });
                self.plan_inputs_changed()
            }
            Reply::PlanWritten { profile_id, stored } => {
                self.planned.writes_pending = self.planned.writes_pending.saturating_sub(1);
                self.take_answer(stored);
                if *profile_id != self.profile.id || self.planned.writes_pending > 0 {
                    return Task::none();
                }
                if let (Ok(plan), Some(state)) = (&stored.result, &mut self.planned.state) {
                    state.plan = plan.clone();
                }
                // The reminder state follows the new plan now (a changed
                // routine is reminded from its next time on), not whenever
                // `limber remind` next looks: so a reminder missed while the
                // computer is off from now is shown at the next start.
                self.planned.checked = Some(self.profile.id.clone());
                let progress = self.plan_inputs_changed();
                Task::batch([progress, self.check_reminders()])
            }
            Reply::OthersUnplanned { stored } => {
                self.take_answer(stored);
                Task::none()
            }
            Reply::Reminders { profile_id, stored } => {
                self.take_answer(stored);
                if *profile_id != self.profile.id {
                    return Task::none();
                }
                if let Ok((due, reminders)) = &stored.result {
                    let notices = notices_for(due, |routine| {
                        routine_info(&self.library, &self.profile, routine)
                    });
                    for notice in notices {
                        if !self
                            .planned
                            .notices
                            .iter()
                            .any(|n| n.routine == notice.routine)
                        {
                            self.planned.notices.push(notice);
                        }
                    }
                    if let Some(state) = &mut self.planned.state {
                        state.reminders = reminders.clone();
                    }
                }
                self.plan_inputs_changed()
            }
        }
    }

    /// The plan, the reminder state or the history changed: works the
    /// progress out again, and once per profile (when both are in) looks
    /// for reminders missed while the computer was off.
    pub(super) fn plan_inputs_changed(&mut self) -> Task<Message> {
        self.recompute_progress();
        let ready = self.history.is_some()
            && self
                .planned
                .plan()
                .is_some_and(WeeklyPlan::has_planned_days);
        if !ready || self.planned.checked.as_ref() == Some(&self.profile.id) {
            return Task::none();
        }
        self.planned.checked = Some(self.profile.id.clone());
        self.check_reminders()
    }

    fn recompute_progress(&mut self) {
        let now = self.clock.unix_now();
        if let Some(state) = &mut self.planned.state {
            state.recompute(self.history.as_deref().map(Vec::as_slice), now);
        }
    }

    /// A new day since the progress was worked out (the window stayed
    /// open overnight): work it out again. Cheap when nothing changed.
    pub(super) fn plan_day_check(&mut self) {
        let today = local(self.clock.unix_now()).date_naive();
        let stale = self.planned.progress().is_some_and(|p| p.today != today);
        if stale {
            self.recompute_progress();
        }
    }

    /// Takes the reminders due now (missed ones once, the latest of each
    /// routine) on the store's thread, marks them shown there, and shows
    /// them on Home.
    fn check_reminders(&mut self) -> Task<Message> {
        if self.read_only.is_some() {
            return Task::none();
        }
        let (Some(state), Some(history)) = (&self.planned.state, self.history.clone()) else {
            return Task::none();
        };
        let id = state.profile_id.clone();
        let plan = state.plan.clone();
        let now = local(self.clock.unix_now());
        let profile_id = id.clone();
        Task::perform(
            self.store.run(move |store| {
                store.update_reminder_state(&id, |reminders| {
                    let done = DoneDays::new(&history, reminders, &Local);
                    let due = take_due(&plan, reminders, &done, &now);
                    for reminder in &due {
                        mark_shown(reminders, reminder);
                    }
                    (due, reminders.clone())
                })
            }),
            move |stored| {
                schedule_reply(Reply::Reminders {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// The answer to a reminder (a notice, or "Done today" on Home).
    pub(super) fn answer_reminder(&mut self, routine: String, answer: Answer) -> Task<Message> {
        self.planned
            .notices
            .retain(|notice| notice.routine != routine);
        let now = local(self.clock.unix_now());
        match answer {
            Answer::Start => {
                if self.library.routine(&routine).is_some() {
                    self.screen = Screen::Routine(routine::Routine::new(routine));
                }
                Task::none()
            }
            Answer::Snooze => self.change_reminders(move |_, reminders| {
                snooze(reminders, &routine, &now);
            }),
            Answer::DoneToday => {
                let change = move |plan: &WeeklyPlan, reminders: &mut ReminderState| {
                    done_today_in_plan(plan, reminders, &routine, &now);
                };
                // Shown at once; the store's answer brings the state as written.
                if let Some(state) = &mut self.planned.state {
                    change(&state.plan.clone(), &mut state.reminders);
                }
                self.recompute_progress();
                self.change_reminders(change)
            }
        }
    }

    /// Changes the reminder state on the store's thread (lock and merge).
    fn change_reminders(
        &mut self,
        change: impl FnOnce(&WeeklyPlan, &mut ReminderState) + Send + 'static,
    ) -> Task<Message> {
        if self.read_only.is_some() {
            return Task::none();
        }
        let Some(state) = &self.planned.state else {
            return Task::none();
        };
        let id = state.profile_id.clone();
        let profile_id = id.clone();
        Task::perform(
            self.store.run(move |store| {
                let plan = store.plan(&id)?;
                let reminders = store.update_reminder_state(&id, |reminders| {
                    change(&plan, reminders);
                    reminders.clone()
                })?;
                Ok((Vec::new(), reminders))
            }),
            move |stored| {
                schedule_reply(Reply::Reminders {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// Opens the Plan screen and asks how reminders run.
    pub(super) fn open_plan(&mut self) -> Task<Message> {
        self.screen = Screen::Plan(Box::default());
        self.reminder_status()
    }

    fn reminder_status(&self) -> Task<Message> {
        let service = self.planned.platform.reminders.clone();
        Task::perform(off_thread(move || service.status()), |status| {
            status.map(|status| Message::Plan(plan::Message::Status(status)))
        })
        .and_then(Task::done)
    }

    /// A message for the Plan screen, and what it asks for.
    pub(super) fn plan_message(&mut self, message: plan::Message) -> Task<Message> {
        let action = {
            let ctx = crate::ui::Context {
                planned: Some(&self.planned),
                ..crate::ui::Context::new(
                    &self.library,
                    &self.profile,
                    &self.profiles,
                    self.history.as_ref(),
                    &self.images,
                    self.clock.unix_now(),
                )
            };
            let Screen::Plan(screen) = &mut self.screen else {
                return Task::none();
            };
            screen.update(message, &ctx)
        };
        match action {
            plan::Action::None => Task::none(),
            plan::Action::Back => {
                self.plan_day_check();
                self.screen = Screen::Home(crate::ui::screen::home::Home);
                Task::none()
            }
            plan::Action::Set { routine, days, at } => self.set_planned(routine, days, at),
            plan::Action::Remove(routine) => self.change_plan(move |plan| {
                plan.remove(&routine);
            }),
            plan::Action::SetAtLogin(on) => {
                let service = self.planned.platform.reminders.clone();
                Task::perform(
                    off_thread(move || {
                        let changed = service.set_at_login(on);
                        (changed, service.status())
                    }),
                    |answer| {
                        answer.map(|(changed, status)| {
                            Message::Plan(plan::Message::Changed(changed.map(|_| ()), status))
                        })
                    },
                )
                .and_then(Task::done)
            }
            plan::Action::StartNow => {
                let service = self.planned.platform.reminders.clone();
                Task::perform(
                    off_thread(move || {
                        let started = service.start_now();
                        (started, service.status())
                    }),
                    |answer| {
                        answer.map(|(started, status)| {
                            Message::Plan(plan::Message::Changed(started, status))
                        })
                    },
                )
                .and_then(Task::done)
            }
            plan::Action::AskCalendarPath => {
                let request = SaveRequest {
                    title: "Save the plan to a calendar file".to_owned(),
                    file_name: words::calendar_file_name(&self.profile.name),
                    kind: FileKind::Calendar,
                };
                // No dialog on this desktop: a new file in Documents, whose
                // path the screen then shows.
                self.planned
                    .platform
                    .save_dialog
                    .choose(request.clone())
                    .map(move |choice| {
                        let path = choice.destination(&request).map(|(path, _)| path);
                        Message::Plan(plan::Message::CalendarPath(path))
                    })
            }
            plan::Action::SaveCalendar(path) => self.save_calendar(path),
        }
    }

    /// Plans a routine (or changes its days and time): shown at once,
    /// written on the store's thread.
    fn set_planned(&mut self, routine: String, days: Days, at: TimeOfDay) -> Task<Message> {
        let now = local(self.clock.unix_now());
        self.change_plan(move |plan| {
            plan_routine(plan, &routine, days, at, &now);
        })
    }

    /// Takes a deleted routine out of every profile's plan (the routine
    /// file is the data folder's, so its tile left every profile's Home),
    /// so no reminder names a routine that is gone; kept when a routine of
    /// that id is still loaded (a shipped one the deleted file had
    /// replaced).
    pub(super) fn unplan_gone_routine(&mut self, routine: &str) -> Task<Message> {
        if self.library.routine(routine).is_some() || self.read_only.is_some() {
            return Task::none();
        }
        let planned_here = self
            .planned
            .state
            .as_ref()
            .is_some_and(|state| state.plan.get(routine).is_some());
        let here = if planned_here {
            let routine = routine.to_owned();
            self.change_plan(move |plan| {
                plan.remove(&routine);
            })
        } else {
            Task::none()
        };
        let current = self.profile.id.clone();
        let routine = routine.to_owned();
        let others = Task::perform(
            self.store.run(move |store| {
                for profile in store.profiles() {
                    if profile.id != current {
                        store.update_plan(&profile.id, |plan| {
                            plan.remove(&routine);
                        })?;
                    }
                }
                Ok(())
            }),
            |stored| schedule_reply(Reply::OthersUnplanned { stored }),
        );
        Task::batch([here, others])
    }

    /// Applies `change` to the plan on screen at once and on disk through
    /// the store (lock and merge, so `limber plan add` meanwhile is kept).
    fn change_plan(&mut self, change: impl Fn(&mut WeeklyPlan) + Send + 'static) -> Task<Message> {
        let Some(state) = &mut self.planned.state else {
            return Task::none();
        };
        change(&mut state.plan);
        let id = state.profile_id.clone();
        self.recompute_progress();
        if self.read_only.is_some() {
            return Task::none();
        }
        self.planned.writes_pending += 1;
        let profile_id = id.clone();
        Task::perform(
            self.store
                .run(move |store| store.update_plan(&id, |plan| change(plan))),
            move |stored| {
                schedule_reply(Reply::PlanWritten {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// Writes the plan as an iCalendar file to `path` (chosen in the save
    /// dialog), off the window's thread.
    fn save_calendar(&mut self, path: PathBuf) -> Task<Message> {
        let Some(plan) = self.planned.plan() else {
            return Task::none();
        };
        let describe = |routine: &str| match routine_info(&self.library, &self.profile, routine) {
            Some(info) => CalendarRoutine {
                title: info.title,
                length: Some(info.length),
            },
            None => CalendarRoutine {
                title: routine.to_owned(),
                length: None,
            },
        };
        let now = local(self.clock.unix_now());
        let text = plan_calendar(&self.profile.id, &self.profile.name, plan, describe, &now);
        Task::perform(
            off_thread(move || {
                let text = text.map_err(|error| error.to_string())?;
                crate::profile::write_atomically(&path, text.as_bytes())
                    .map(|()| path.clone())
                    .map_err(|error| format!("{}: {error}", path.display()))
            }),
            |written| {
                let written = written.unwrap_or_else(|| Err("the file was not written".to_owned()));
                Message::Plan(plan::Message::CalendarSaved(written))
            },
        )
    }
}
