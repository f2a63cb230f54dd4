//! The session: a [`Plan`] run against a monotonic clock.
//!
//! Timing model. Everything is computed from instants, never from counting
//! ticks:
//!
//! * *active time* at `now` is `now - start - (time spent paused)`;
//! * the *plan position* is where in the plan (an offset from the plan's
//!   start) the session is: `position = base_position + (active - base_active)`.
//!   Skip and back only move `base_position` (and remember the active time
//!   at which they did), pauses only stop active time from growing.
//!
//! So a hold that starts at position 0 and lasts 30 s ends at the instant
//! `start + 30 s + pauses`, to the nanosecond, whether the caller polls at
//! 60 Hz, once a second or once at the very end, and a whole routine ends at
//! `start + plan.total() + pauses` with no drift.
//!
//! Events. [`Session::poll`] returns, in order, every event that became due
//! up to `now`; each carries the instant it was due (`at`), which for a
//! natural phase end is the exact boundary instant, not the poll instant.
//! Controls (`pause`, `resume`, `skip`, `back`, `stop`) first bring the
//! session up to `now` (so a hold that ended before a late skip still
//! completes) and queue the events they cause for the next `poll`.
//!
//! Control rules:
//!
//! * `skip` ends the current phase now and starts the next one. A skipped
//!   hold does **not** emit [`Event::HoldCompleted`] (the shell chimes on it,
//!   and the hold was not done). Leaving an exercise by skipping still emits
//!   [`Event::ExerciseFinished`] (the exercise is behind the person), and
//!   skipping the last phase emits [`Event::RoutineFinished`].
//! * `back` restarts the current phase; pressed within the first
//!   [`BACK_TO_PREVIOUS_WITHIN`] (2 s of active time) of a phase it goes to
//!   the start of the previous phase instead (like a music player's
//!   previous button: a second press goes further back). In the very first
//!   phase it always restarts. Either way the phase entered gets a fresh
//!   [`Event::PhaseStarted`]. Going back over an exercise boundary emits
//!   nothing else; the exercise is finished again when it is left again.
//! * Pausing stops the clock of the plan; skip and back work while paused
//!   and the session stays paused.
//! * `stop` ends the session: pending events are dropped and no event is
//!   ever returned again; `state` stays frozen at the stop instant.
//! * After [`Event::RoutineFinished`] every control does nothing.

use std::time::{Duration, Instant};

use super::phases::{Phase, Plan, PlannedPhase, Side};

/// Within this much of a phase's start, `back` goes to the previous phase.
pub const BACK_TO_PREVIOUS_WITHIN: Duration = Duration::from_secs(2);

/// What the player shows at an instant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct State {
    pub phase: Phase,
    pub exercise_index: usize,
    pub exercise_count: usize,
    /// Index into the current exercise's `steps`: the card to show (see
    /// `PlannedPhase::step_index`; read it with `steps.get`).
    pub step_index: usize,
    /// 1-based repetition, per side for a sided exercise.
    pub rep: u32,
    pub reps: u32,
    pub side: Option<Side>,
    /// Time left in the current phase (zero when done).
    pub remaining: Duration,
    /// How much of the current phase is over, 0.0 ..= 1.0 (1.0 when done).
    pub fraction_done: f32,
    pub paused: bool,
    pub stopped: bool,
    /// Index of the current phase in `Plan::phases` (`None` when done).
    pub phase_index: Option<usize>,
}

/// Something that happened, in the order it happened. `at` is the instant it
/// was due: the exact phase boundary for a phase that ran out, the control's
/// `now` for a skip or back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    PhaseStarted {
        phase: Phase,
        /// Index into `Plan::phases`.
        phase_index: usize,
        exercise_index: usize,
        step_index: usize,
        rep: u32,
        reps: u32,
        side: Option<Side>,
        duration: Duration,
        at: Instant,
    },
    /// A hold ran its full time (never emitted for a skipped hold).
    HoldCompleted {
        phase_index: usize,
        exercise_index: usize,
        rep: u32,
        side: Option<Side>,
        at: Instant,
    },
    /// The next phase works the other side; emitted just before its
    /// `PhaseStarted`.
    SideSwitched {
        exercise_index: usize,
        side: Side,
        at: Instant,
    },
    /// The last phase of an exercise is over (ran out or skipped).
    ExerciseFinished { exercise_index: usize, at: Instant },
    /// The last phase of the routine is over. Emitted exactly once, unless
    /// the session was stopped before.
    RoutineFinished { at: Instant },
}

impl Event {
    pub fn at(&self) -> Instant {
        match *self {
            Event::PhaseStarted { at, .. }
            | Event::HoldCompleted { at, .. }
            | Event::SideSwitched { at, .. }
            | Event::ExerciseFinished { at, .. }
            | Event::RoutineFinished { at } => at,
        }
    }
}

/// A running routine.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Plan,
    start: Instant,
    /// Total length of the pauses that have ended.
    paused_total: Duration,
    /// When the pause under way began.
    paused_at: Option<Instant>,
    /// Plan position at the moment active time was `base_active`.
    base_position: Duration,
    base_active: Duration,
    /// The phase whose `PhaseStarted` was emitted last; `phases.len()` once
    /// the routine finished.
    current: usize,
    finished: bool,
    stopped_at: Option<Instant>,
    /// The latest `now` seen; an earlier `now` (a caller bug, the clock is
    /// monotonic) is read as this one so time never runs backwards.
    latest: Instant,
    pending: Vec<Event>,
}

impl Session {
    /// Starts the plan at `now`. The first `poll` returns the first
    /// `PhaseStarted` (or `RoutineFinished` at once for an empty plan).
    pub fn new(plan: Plan, now: Instant) -> Session {
        let mut session = Session {
            plan,
            start: now,
            paused_total: Duration::ZERO,
            paused_at: None,
            base_position: Duration::ZERO,
            base_active: Duration::ZERO,
            current: 0,
            finished: false,
            stopped_at: None,
            latest: now,
            pending: Vec::new(),
        };
        if session.plan.phases().is_empty() {
            session.finish(now);
        } else {
            session.enter(0, None, now);
        }
        session
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn is_stopped(&self) -> bool {
        self.stopped_at.is_some()
    }

    /// True once `RoutineFinished` has been queued (it may still be waiting
    /// for `poll`).
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Whether controls still do anything.
    fn is_live(&self) -> bool {
        !self.finished && self.stopped_at.is_none()
    }

    /// `now`, never earlier than an instant seen before, and never later
    /// than the stop.
    fn effective(&self, now: Instant) -> Instant {
        let now = now.max(self.latest);
        match self.stopped_at {
            Some(stop) => now.min(stop),
            None => now,
        }
    }

    /// Time the plan has run by `now` (pauses excluded).
    fn active(&self, now: Instant) -> Duration {
        let until = self.paused_at.unwrap_or(now);
        until
            .saturating_duration_since(self.start)
            .saturating_sub(self.paused_total)
    }

    /// Where in the plan the session is at `now`.
    fn position(&self, now: Instant) -> Duration {
        self.base_position
            .saturating_add(self.active(now).saturating_sub(self.base_active))
    }

    /// The instant at which the plan position reaches `position`, if the
    /// session is not paused in between. `None` only if it is too far away
    /// for the platform's `Instant`.
    fn instant_at(&self, position: Duration) -> Option<Instant> {
        let active_then = self
            .base_active
            .saturating_add(position.saturating_sub(self.base_position));
        self.start
            .checked_add(self.paused_total)?
            .checked_add(active_then)
    }

    /// Makes `position` the plan position at `now`.
    fn set_position(&mut self, now: Instant, position: Duration) {
        self.base_active = self.active(now);
        self.base_position = position;
    }

    fn phase(&self, index: usize) -> Option<&PlannedPhase> {
        self.plan.phase(index)
    }

    /// Queues the events of entering phase `index`, coming from phase
    /// `from` (`None` at the start).
    fn enter(&mut self, index: usize, from: Option<usize>, at: Instant) {
        let Some(&phase) = self.phase(index) else {
            return;
        };
        self.current = index;
        let previous = from.and_then(|from| self.phase(from)).copied();
        if let (Some(previous), Some(side)) = (previous, phase.side)
            && previous.exercise_index == phase.exercise_index
            && previous
                .side
                .is_some_and(|previous_side| previous_side != side)
        {
            self.pending.push(Event::SideSwitched {
                exercise_index: phase.exercise_index,
                side,
                at,
            });
        }
        self.pending.push(Event::PhaseStarted {
            phase: phase.phase,
            phase_index: index,
            exercise_index: phase.exercise_index,
            step_index: phase.step_index,
            rep: phase.rep,
            reps: phase.reps,
            side: phase.side,
            duration: phase.duration,
            at,
        });
    }

    fn finish(&mut self, at: Instant) {
        self.current = self.plan.phases().len();
        self.finished = true;
        self.pending.push(Event::RoutineFinished { at });
    }

    /// Leaves the current phase at `at` and enters the next one. `ran_out`
    /// tells a natural end from a skip.
    fn leave_current(&mut self, at: Instant, ran_out: bool) {
        let index = self.current;
        let Some(&phase) = self.phase(index) else {
            return;
        };
        if ran_out && phase.phase == Phase::Hold {
            self.pending.push(Event::HoldCompleted {
                phase_index: index,
                exercise_index: phase.exercise_index,
                rep: phase.rep,
                side: phase.side,
                at,
            });
        }
        let next = index + 1;
        let next_exercise = self.phase(next).map(|next| next.exercise_index);
        if next_exercise != Some(phase.exercise_index) {
            self.pending.push(Event::ExerciseFinished {
                exercise_index: phase.exercise_index,
                at,
            });
        }
        if next_exercise.is_some() {
            self.enter(next, Some(index), at);
        } else {
            self.finish(at);
        }
    }

    /// Queues the events of every phase end due by `now`.
    fn catch_up(&mut self, now: Instant) {
        let now = self.effective(now);
        self.latest = now;
        if !self.is_live() {
            return;
        }
        let position = self.position(now);
        while !self.finished {
            let Some(end) = self.phase(self.current).map(|phase| phase.end()) else {
                break;
            };
            if position < end {
                break;
            }
            let at = self.instant_at(end).unwrap_or(now);
            self.leave_current(at, true);
        }
    }

    /// Every event due by `now`, in order. After `stop` it is always empty.
    pub fn poll(&mut self, now: Instant) -> Vec<Event> {
        self.catch_up(now);
        if self.stopped_at.is_some() {
            self.pending.clear();
        }
        std::mem::take(&mut self.pending)
    }

    pub fn pause(&mut self, now: Instant) {
        self.catch_up(now);
        if self.is_live() && self.paused_at.is_none() {
            self.paused_at = Some(self.effective(now));
        }
    }

    pub fn resume(&mut self, now: Instant) {
        self.catch_up(now);
        let now = self.effective(now);
        if let Some(paused_at) = self.paused_at.take() {
            self.paused_total = self
                .paused_total
                .saturating_add(now.saturating_duration_since(paused_at));
        }
    }

    /// Pause if running, resume if paused (the Space key).
    pub fn toggle_pause(&mut self, now: Instant) {
        if self.is_paused() {
            self.resume(now);
        } else {
            self.pause(now);
        }
    }

    /// Ends the current phase now and starts the next one (see the module
    /// documentation for the events).
    pub fn skip(&mut self, now: Instant) {
        self.catch_up(now);
        if !self.is_live() {
            return;
        }
        let now = self.effective(now);
        self.leave_current(now, false);
        if let Some(start) = self.phase(self.current).map(|phase| phase.start) {
            self.set_position(now, start);
        }
    }

    /// Skips forward to the start of phase `index` (the plan's length ends
    /// the routine), as if skip were pressed until it is reached: the
    /// phases passed emit what a skip emits. An index at or before the
    /// current phase does nothing. The player skips by stages with it.
    pub fn skip_to(&mut self, now: Instant, index: usize) {
        self.catch_up(now);
        if !self.is_live() || index <= self.current {
            return;
        }
        let now = self.effective(now);
        while !self.finished && self.current < index {
            self.leave_current(now, false);
        }
        if let Some(start) = self.phase(self.current).map(|phase| phase.start) {
            self.set_position(now, start);
        }
    }

    /// Goes back to the start of phase `index` (the current one or one
    /// before it), which gets a fresh [`Event::PhaseStarted`]; a later
    /// index does nothing. The player goes back by stages with it.
    pub fn back_to(&mut self, now: Instant, index: usize) {
        self.catch_up(now);
        if !self.is_live() || index > self.current {
            return;
        }
        let now = self.effective(now);
        let from = self.current;
        let Some(start) = self.phase(index).map(|phase| phase.start) else {
            return;
        };
        self.set_position(now, start);
        self.enter(index, Some(from), now);
    }

    /// Restarts the current phase, or goes to the start of the previous one
    /// when pressed within [`BACK_TO_PREVIOUS_WITHIN`] of the current one's
    /// start.
    pub fn back(&mut self, now: Instant) {
        self.catch_up(now);
        if !self.is_live() {
            return;
        }
        let now = self.effective(now);
        let from = self.current;
        let Some(current_start) = self.phase(from).map(|phase| phase.start) else {
            return;
        };
        let into_phase = self.position(now).saturating_sub(current_start);
        let target = if into_phase < BACK_TO_PREVIOUS_WITHIN && from > 0 {
            from - 1
        } else {
            from
        };
        let Some(target_start) = self.phase(target).map(|phase| phase.start) else {
            return;
        };
        self.set_position(now, target_start);
        self.enter(target, Some(from), now);
    }

    /// Ends the session: no event is ever returned again.
    pub fn stop(&mut self, now: Instant) {
        self.catch_up(now);
        if self.stopped_at.is_none() {
            self.stopped_at = Some(self.effective(now));
        }
        self.pending.clear();
    }

    /// When the current phase ends if nothing is pressed, so the UI knows
    /// when to wake up. `None` while paused, after stop and once finished.
    /// If the caller has not polled since the phase ended, the instant is in
    /// the past: poll now.
    pub fn next_deadline(&self) -> Option<Instant> {
        if !self.is_live() || self.paused_at.is_some() {
            return None;
        }
        let end = self.phase(self.current)?.end();
        self.instant_at(end)
    }

    /// Where in the plan the session is at `now`: an offset from the plan's
    /// start, comparable with `PlannedPhase::start` and the cue timeline's
    /// offsets. It stands still while paused.
    pub fn plan_position(&self, now: Instant) -> Duration {
        self.position(self.effective(now))
    }

    /// The instant at which the session reaches plan position `position` if
    /// nothing is pressed in between, so cues can be scheduled ahead.
    /// `None` while paused, after stop and once finished (no instant is
    /// known then), or beyond what the platform's `Instant` can hold. A
    /// position already passed gives an instant in the past.
    pub fn instant_of(&self, position: Duration) -> Option<Instant> {
        if !self.is_live() || self.paused_at.is_some() {
            return None;
        }
        self.instant_at(position)
    }

    /// The state at `now`. A pure query: it does not emit events, and it is
    /// right even if `poll` has not been called for a while.
    pub fn state(&self, now: Instant) -> State {
        let now = self.effective(now);
        let paused = self.paused_at.is_some();
        let stopped = self.stopped_at.is_some();
        let exercise_count = self.plan.exercise_count();
        let index = if self.finished {
            None
        } else {
            self.plan.phase_index_at(self.position(now))
        };
        match index.and_then(|index| self.phase(index).map(|phase| (index, *phase))) {
            Some((index, phase)) => {
                let into = self.position(now).saturating_sub(phase.start);
                let remaining = phase.duration.saturating_sub(into);
                let fraction = if phase.duration.is_zero() {
                    1.0
                } else {
                    (into.as_secs_f64() / phase.duration.as_secs_f64()).clamp(0.0, 1.0)
                };
                State {
                    phase: phase.phase,
                    exercise_index: phase.exercise_index,
                    exercise_count,
                    step_index: phase.step_index,
                    rep: phase.rep,
                    reps: phase.reps,
                    side: phase.side,
                    remaining,
                    fraction_done: fraction as f32,
                    paused,
                    stopped,
                    phase_index: Some(index),
                }
            }
            None => {
                let last = self.plan.phases().last();
                State {
                    phase: Phase::Done,
                    exercise_index: last.map_or(0, |phase| phase.exercise_index),
                    exercise_count,
                    step_index: last.map_or(0, |phase| phase.step_index),
                    rep: last.map_or(0, |phase| phase.rep),
                    reps: last.map_or(0, |phase| phase.reps),
                    side: None,
                    remaining: Duration::ZERO,
                    fraction_done: 1.0,
                    paused,
                    stopped,
                    phase_index: None,
                }
            }
        }
    }
}
