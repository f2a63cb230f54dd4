//! The current profile's weekly plan as the app shows it: the
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

use chrono::{DateTime, Local, NaiveDate};
use iced::Task;
use limber_core::time::local;

use crate::ui::dialog::{FileKind, SaveRequest};
use crate::ui::platform::{Platform, off_thread};
use crate::ui::screen::plan;
use crate::ui::store::{PendingWrites, StoreHandle, Stored};
use limber_core::content::Library;
use limber_core::profile::{Profile, SessionRecord};
use limber_core::schedule::due::{next_in_plan, occurrence};
use limber_core::schedule::edit::plan_routine;
use limber_core::schedule::ics::{CalendarRoutine, plan_calendar};
use limber_core::schedule::progress::recent_weeks;
use limber_core::schedule::reminder::{
    DoneDays, DueReminder, done_today_in_plan, mark_shown, snooze, take_due,
};
use limber_core::schedule::words::{self, TodayState};
use limber_core::schedule::{
    ReminderState, TimeOfDay, WeekProgress, WeeklyPlan, current_run, routine_info, week_progress,
};
use limber_core::time::Clock;

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
    writes_pending: PendingWrites,
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
            writes_pending: PendingWrites::default(),
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
        self.writes_pending.forget();
    }
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
                .map(|(due, entry)| (due.naive_local(), entry.routine.to_string())),
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
    describe: impl Fn(&str) -> Option<limber_core::schedule::RoutineInfo>,
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

/// What the plan part reads of the app when it works: the store to run
/// its reads and writes on, the content, the profile in use and its
/// history, and the clock.
pub struct Inputs<'a> {
    pub store: &'a StoreHandle,
    pub library: &'a Library,
    pub profile: &'a Profile,
    pub history: Option<&'a Arc<Vec<SessionRecord>>>,
    pub clock: &'a dyn Clock,
    /// Nothing is written (a read-only data folder, a newer profile).
    pub read_only: bool,
}

/// The plan part's messages: the store's answers, and the Plan screen's
/// messages that its work sends back (how reminders run, the calendar file).
#[derive(Debug, Clone)]
pub enum Message {
    Stored(Arc<Reply>),
    Screen(plan::Message),
}

/// What the plan part asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Show these notices (what the store said, a failed write).
    Notices(Vec<String>),
    /// Open this routine's screen (a reminder's Start).
    OpenRoutine(String),
    /// The Plan screen was left: show Home.
    Home,
}

/// The work asked for and what the app is to do.
#[must_use]
pub struct Update {
    pub task: Task<Message>,
    pub events: Vec<Event>,
}

impl Update {
    fn task(task: Task<Message>) -> Update {
        Update {
            task,
            events: Vec::new(),
        }
    }

    fn none() -> Update {
        Update::task(Task::none())
    }

    fn event(mut self, event: Event) -> Update {
        self.events.push(event);
        self
    }
}

fn stored_message(reply: Reply) -> Message {
    Message::Stored(Arc::new(reply))
}

/// What the store said in an answer: its notices, and a failure.
fn said<T>(stored: &Stored<T>) -> Vec<String> {
    let mut notices = stored.notices.clone();
    if let Err(error) = &stored.result {
        notices.push(error.clone());
    }
    notices
}

impl Planned {
    /// Reads the current profile's plan and reminder state.
    pub fn load(&self, inputs: &Inputs<'_>) -> Task<Message> {
        let id = inputs.profile.id.clone();
        let profile_id = id.clone();
        Task::perform(
            inputs.store.run(move |store| {
                let plan = store.plan(&id)?;
                let reminders = store.reminder_state(&id)?;
                Ok((plan, reminders))
            }),
            move |stored| {
                stored_message(Reply::Read {
                    profile_id: profile_id.clone().into(),
                    stored,
                })
            },
        )
    }

    /// Another profile opens: its plan is read afresh.
    pub fn reload(&mut self, inputs: &Inputs<'_>) -> Task<Message> {
        self.forget();
        self.load(inputs)
    }

    /// The store answered.
    pub fn stored(&mut self, reply: &Reply, inputs: &Inputs<'_>) -> Update {
        match reply {
            Reply::Read { profile_id, stored } => {
                let notices = Event::Notices(said(stored));
                if *profile_id != inputs.profile.id {
                    return Update::none().event(notices);
                }
                let Ok((plan, reminders)) = &stored.result else {
                    return Update::none().event(notices);
                };
                self.state = Some(PlanState {
                    profile_id: profile_id.clone(),
                    plan: plan.clone(),
                    reminders: reminders.clone(),
                    progress: None,
                });
                Update::task(self.inputs_changed(inputs)).event(notices)
            }
            Reply::PlanWritten { profile_id, stored } => {
                let last = self.writes_pending.answered();
                let notices = Event::Notices(said(stored));
                if *profile_id != inputs.profile.id || !last {
                    return Update::none().event(notices);
                }
                if let (Ok(plan), Some(state)) = (&stored.result, &mut self.state) {
                    state.plan = plan.clone();
                }
                // The reminder state follows the new plan now (a changed
                // routine is reminded from its next time on), not whenever
                // `limber remind` next looks: so a reminder missed while the
                // computer is off from now is shown at the next start.
                self.checked = Some(inputs.profile.id.clone().into());
                let progress = self.inputs_changed(inputs);
                Update::task(Task::batch([progress, self.check_reminders(inputs)])).event(notices)
            }
            Reply::OthersUnplanned { stored } => Update::none().event(Event::Notices(said(stored))),
            Reply::Reminders { profile_id, stored } => {
                let notices = Event::Notices(said(stored));
                if *profile_id != inputs.profile.id {
                    return Update::none().event(notices);
                }
                if let Ok((due, reminders)) = &stored.result {
                    let shown = notices_for(due, |routine| {
                        routine_info(inputs.library, inputs.profile, routine)
                    });
                    for notice in shown {
                        if !self.notices.iter().any(|n| n.routine == notice.routine) {
                            self.notices.push(notice);
                        }
                    }
                    if let Some(state) = &mut self.state {
                        state.reminders = reminders.clone();
                    }
                }
                Update::task(self.inputs_changed(inputs)).event(notices)
            }
        }
    }

    /// The plan, the reminder state or the history changed: works the
    /// progress out again, and once per profile (when both are in) looks
    /// for reminders missed while the computer was off.
    pub fn inputs_changed(&mut self, inputs: &Inputs<'_>) -> Task<Message> {
        self.recompute_progress(inputs);
        let ready =
            inputs.history.is_some() && self.plan().is_some_and(WeeklyPlan::has_planned_days);
        if !ready || self.checked.as_deref() == Some(inputs.profile.id.as_str()) {
            return Task::none();
        }
        self.checked = Some(inputs.profile.id.clone().into());
        self.check_reminders(inputs)
    }

    fn recompute_progress(&mut self, inputs: &Inputs<'_>) {
        let now = inputs.clock.unix_now();
        if let Some(state) = &mut self.state {
            state.recompute(inputs.history.map(|history| history.as_slice()), now);
        }
    }

    /// A new day since the progress was worked out (the window stayed
    /// open overnight): work it out again. Cheap when nothing changed.
    pub fn day_check(&mut self, inputs: &Inputs<'_>) {
        let today = local(inputs.clock.unix_now()).date_naive();
        let stale = self.progress().is_some_and(|p| p.today != today);
        if stale {
            self.recompute_progress(inputs);
        }
    }

    /// Takes the reminders due now (missed ones once, the latest of each
    /// routine) on the store's thread, marks them shown there, and shows
    /// them on Home.
    fn check_reminders(&mut self, inputs: &Inputs<'_>) -> Task<Message> {
        if inputs.read_only {
            return Task::none();
        }
        let (Some(state), Some(history)) = (&self.state, inputs.history.cloned()) else {
            return Task::none();
        };
        let id = state.profile_id.clone();
        let plan = state.plan.clone();
        let now = local(inputs.clock.unix_now());
        let profile_id = id.clone();
        Task::perform(
            inputs.store.run(move |store| {
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
                stored_message(Reply::Reminders {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// The answer to a reminder (a notice, or "Done today" on Home).
    pub fn answer(&mut self, routine: String, answer: Answer, inputs: &Inputs<'_>) -> Update {
        self.notices.retain(|notice| notice.routine != routine);
        let now = local(inputs.clock.unix_now());
        match answer {
            Answer::Start => {
                if inputs.library.routine(&routine).is_some() {
                    Update::none().event(Event::OpenRoutine(routine))
                } else {
                    Update::none()
                }
            }
            Answer::Snooze => Update::task(self.change_reminders(inputs, move |_, reminders| {
                snooze(reminders, &routine, &now);
            })),
            Answer::DoneToday => {
                let change = move |plan: &WeeklyPlan, reminders: &mut ReminderState| {
                    done_today_in_plan(plan, reminders, &routine, &now);
                };
                // Shown at once; the store's answer brings the state as written.
                if let Some(state) = &mut self.state {
                    change(&state.plan.clone(), &mut state.reminders);
                }
                self.recompute_progress(inputs);
                Update::task(self.change_reminders(inputs, change))
            }
        }
    }

    /// Changes the reminder state on the store's thread (lock and merge).
    fn change_reminders(
        &mut self,
        inputs: &Inputs<'_>,
        change: impl FnOnce(&WeeklyPlan, &mut ReminderState) + Send + 'static,
    ) -> Task<Message> {
        if inputs.read_only {
            return Task::none();
        }
        let Some(state) = &self.state else {
            return Task::none();
        };
        let id = state.profile_id.clone();
        let profile_id = id.clone();
        Task::perform(
            inputs.store.run(move |store| {
                let plan = store.plan(&id)?;
                let reminders = store.update_reminder_state(&id, |reminders| {
                    change(&plan, reminders);
                    reminders.clone()
                })?;
                Ok((Vec::new(), reminders))
            }),
            move |stored| {
                stored_message(Reply::Reminders {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// How reminders run now, for the Plan screen (asked when it opens).
    pub fn reminder_status(&self) -> Task<Message> {
        let service = self.platform.reminders.clone();
        Task::perform(off_thread(move || service.status()), |status| {
            status.map(|status| Message::Screen(plan::Message::Status(status)))
        })
        .and_then(Task::done)
    }

    /// Carries out what the Plan screen asked for.
    pub fn perform(&mut self, action: plan::Action, inputs: &Inputs<'_>) -> Update {
        match action {
            plan::Action::None => Update::none(),
            plan::Action::Back => {
                self.day_check(inputs);
                Update::none().event(Event::Home)
            }
            plan::Action::Set { routine, days, at } => {
                let now = local(inputs.clock.unix_now());
                Update::task(self.change_plan(inputs, move |plan| {
                    plan_routine(plan, &routine, days, at, &now);
                }))
            }
            plan::Action::Remove(routine) => Update::task(self.change_plan(inputs, move |plan| {
                plan.remove(&routine);
            })),
            plan::Action::SetAtLogin(on) => {
                let service = self.platform.reminders.clone();
                Update::task(
                    Task::perform(
                        off_thread(move || {
                            let changed = service.set_at_login(on);
                            (changed, service.status())
                        }),
                        |answer| {
                            answer.map(|(changed, status)| {
                                Message::Screen(plan::Message::Changed(changed.map(|_| ()), status))
                            })
                        },
                    )
                    .and_then(Task::done),
                )
            }
            plan::Action::StartNow => {
                let service = self.platform.reminders.clone();
                Update::task(
                    Task::perform(
                        off_thread(move || {
                            let started = service.start_now();
                            (started, service.status())
                        }),
                        |answer| {
                            answer.map(|(started, status)| {
                                Message::Screen(plan::Message::Changed(started, status))
                            })
                        },
                    )
                    .and_then(Task::done),
                )
            }
            plan::Action::AskCalendarPath => {
                let request = SaveRequest {
                    title: limber_core::t!("plan-save-calendar-title"),
                    file_name: words::calendar_file_name(&inputs.profile.name),
                    kind: FileKind::Calendar,
                };
                // No dialog on this desktop: a new file in Documents, whose
                // path the screen then shows.
                Update::task(
                    self.platform
                        .save_dialog
                        .choose(request.clone())
                        .map(move |choice| {
                            let path = choice.destination(&request).map(|(path, _)| path);
                            Message::Screen(plan::Message::CalendarPath(path))
                        }),
                )
            }
            plan::Action::SaveCalendar(path) => Update::task(self.save_calendar(path, inputs)),
        }
    }

    /// Takes a deleted routine out of every profile's plan (the routine
    /// file is the data folder's, so its tile left every profile's Home),
    /// so no reminder names a routine that is gone; kept when a routine of
    /// that id is still loaded (a shipped one the deleted file had
    /// replaced).
    pub fn unplan_gone_routine(&mut self, routine: &str, inputs: &Inputs<'_>) -> Task<Message> {
        if inputs.library.routine(routine).is_some() || inputs.read_only {
            return Task::none();
        }
        let planned_here = self
            .state
            .as_ref()
            .is_some_and(|state| state.plan.get(routine).is_some());
        let here = if planned_here {
            let routine = routine.to_owned();
            self.change_plan(inputs, move |plan| {
                plan.remove(&routine);
            })
        } else {
            Task::none()
        };
        let current = inputs.profile.id.clone();
        let routine = routine.to_owned();
        let others = Task::perform(
            inputs.store.run(move |store| {
                for profile in store.profiles() {
                    if profile.id != current {
                        store.update_plan(&profile.id, |plan| {
                            plan.remove(&routine);
                        })?;
                    }
                }
                Ok(())
            }),
            |stored| stored_message(Reply::OthersUnplanned { stored }),
        );
        Task::batch([here, others])
    }

    /// Applies `change` to the plan on screen at once and on disk through
    /// the store (lock and merge, so `limber plan add` meanwhile is kept).
    fn change_plan(
        &mut self,
        inputs: &Inputs<'_>,
        change: impl Fn(&mut WeeklyPlan) + Send + 'static,
    ) -> Task<Message> {
        let Some(state) = &mut self.state else {
            return Task::none();
        };
        change(&mut state.plan);
        let id = state.profile_id.clone();
        self.recompute_progress(inputs);
        if inputs.read_only {
            return Task::none();
        }
        self.writes_pending.begin();
        let profile_id = id.clone();
        Task::perform(
            inputs
                .store
                .run(move |store| store.update_plan(&id, |plan| change(plan))),
            move |stored| {
                stored_message(Reply::PlanWritten {
                    profile_id: profile_id.clone(),
                    stored,
                })
            },
        )
    }

    /// Writes the plan as an iCalendar file to `path` (chosen in the save
    /// dialog), off the window's thread.
    fn save_calendar(&self, path: PathBuf, inputs: &Inputs<'_>) -> Task<Message> {
        let Some(plan) = self.plan() else {
            return Task::none();
        };
        let describe = |routine: &str| CalendarRoutine::of(inputs.library, inputs.profile, routine);
        let now = local(inputs.clock.unix_now());
        let text = plan_calendar(
            &inputs.profile.id,
            &inputs.profile.name,
            plan,
            describe,
            &now,
        );
        Task::perform(
            off_thread(move || {
                let text = text.map_err(|error| error.to_string())?;
                limber_core::profile::write_atomically(&path, text.as_bytes())
                    .map(|()| path.clone())
                    .map_err(|error| format!("{}: {error}", path.display()))
            }),
            |written| {
                let written =
                    written.unwrap_or_else(|| Err(limber_core::t!("plan-calendar-not-written")));
                Message::Screen(plan::Message::CalendarSaved(written))
            },
        )
    }
}
