//! Player: one stage at a time, laid out to be read from the floor, and the
//! controls.
//!
//! The session engine owns all timing and the coach (`coach::Coach`) every
//! sound and spoken line: at the start and after each control the screen
//! asks the coach for its [`Orders`] (cancel what was scheduled, cut the
//! words, schedule what comes next on its instant) and hands them up in its
//! [`Action`] for the app to send to the cue player and the speaker. Ticks
//! only redraw the screen and count completed holds: a late or missing tick
//! never delays a cue or shifts a phase.
//!
//! What the screen shows, and what skip and back move by, are the coach's
//! stages (`session::stage`): a repetition of short holds is one steady
//! working state, a release and the rest after it are one where the coach
//! says them as one, a rest before the other side is a side switch.
//!
//! **Laid out by proportion** ([`Floor`]): a person lies 2–3 m from the
//! screen, so the countdown, the phase word, the side and the short
//! instruction are sized by the window's height, and the figure keeps at
//! least 30 % of the window; the text size setting scales the rest (the
//! step's longer text, the buttons), which takes what is left and scrolls
//! if it must, never the figure.
//!
//! The ticks come on a grid counted back from the current phase's end
//! ([`Frames`]), so one falls on every whole second left: the seconds shown
//! change on the second, and the phase's end is drawn when it happens.
//! Still stages are redrawn twice a second (the ring steps with them), a
//! moving figure thirty times.

use std::time::{Duration, Instant};

use iced::keyboard::{Key, key::Named};
use iced::widget::text::Wrapping;
use iced::widget::{
    button, column, container, opaque, responsive, row, scrollable, space, stack, text,
};
use iced::{Alignment, Element, Length, Size, Subscription, Theme};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::key_listener;
use crate::ui::widget::ring::{Ring, RingStyle};
use limber_core::coach::{Coach, Orders, Timeline};
use limber_core::content::Library;
use limber_core::content::schema::{Exercise, Illustration, Role, Variation};
use limber_core::prescription::{ExerciseSummary, Summary};
use limber_core::profile::Ending;
use limber_core::session::describe::{self, Board};
use limber_core::session::engine::{Event, Session, State};
use limber_core::session::phases::{Phase, Side};
use limber_core::session::stage::{Look, Stage, Stages};
use limber_core::t;

#[derive(Debug, Clone)]
pub enum Message {
    /// Time passed: redraw and count completed holds.
    Tick,
    TogglePause,
    Skip,
    Back,
    /// Esc or Stop: asks "Stop this routine?" first.
    Stop,
    /// The question answered: stop now.
    ConfirmStop,
    /// The question answered: go on.
    GoOn,
    /// "This hurts": stop now and go to the pain check-in (one press, never
    /// asked).
    Hurts,
    /// F: full screen on or off.
    ToggleFullScreen,
}

pub enum Action {
    None,
    /// Hand these to the cue player and the speaker (pause, resume, skip,
    /// back cut the words and re-plan the cues).
    Cues(Orders),
    /// The routine ended (finished or stopped): show the summary, and send
    /// the orders (a stop cancels every cue and cuts the words; a routine
    /// that ran to its end has its last cues scheduled already).
    Finished(Box<Summary>, Orders),
    /// Full screen on or off (the app owns the window).
    ToggleFullScreen,
}

/// What a routine starts with.
pub struct Start {
    pub routine_id: String,
    pub routine_title: String,
    /// Every cue of the routine, on the plan the player runs (the plan is
    /// the timeline's).
    pub timeline: Timeline,
    /// One per exercise of the plan, in plan order.
    pub exercises: Vec<ExerciseSummary>,
    /// The optional pain rating given before the start.
    pub pain_before: Option<u8>,
    /// Wall-clock time of the start, seconds since the Unix epoch.
    pub started_at: u64,
}

/// How often the screen is redrawn while a phase runs: often while the
/// figure moves (or turns, on a side switch), twice a second while only the
/// ring and the seconds change. Both divide a second, so the grid of
/// [`Frames`] has a tick on every second. Twenty a second is smooth for a
/// movement over two or three seconds; the figure repaints only when its
/// picture changes (`figure::motion`).
const MOVING_FRAMES_PER_SECOND: u32 = 20;
const STILL_FRAMES_PER_SECOND: u32 = 2;

const NANOS_PER_SECOND: u128 = 1_000_000_000;
/// The instants the running player is redrawn at: `per_second` a second,
/// counted back from the end of the current phase. Every whole second left
/// in the phase is one of them, and so is the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frames {
    /// When the current phase ends if nothing is pressed.
    pub end: Instant,
    pub per_second: u32,
}

impl Frames {
    /// The first frame at or after `now` (frames go on past the end on the
    /// same grid, until the player's next tick moves to the next phase).
    pub fn next_after(&self, now: Instant) -> Instant {
        let per_second = u128::from(self.per_second.max(1));
        // The offset of frame `k` from the end, rounded towards the end so
        // a frame is never before the instant it stands for.
        let offset = |k: u128| {
            let nanos = k * NANOS_PER_SECOND / per_second;
            Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
        };
        match self.end.checked_duration_since(now) {
            Some(left) => {
                let k = left.as_nanos() * per_second / NANOS_PER_SECOND;
                self.end.checked_sub(offset(k)).unwrap_or(now)
            }
            None => {
                let over = now.saturating_duration_since(self.end).as_nanos();
                let k = (over * per_second).div_ceil(NANOS_PER_SECOND);
                let offset = (k * NANOS_PER_SECOND).div_ceil(per_second);
                let offset = Duration::from_nanos(u64::try_from(offset).unwrap_or(u64::MAX));
                self.end.checked_add(offset).unwrap_or(now)
            }
        }
    }
}

pub use limber_core::session::describe::shown_seconds;

pub struct Player {
    routine_id: String,
    routine_title: String,
    /// Exercise ids in plan order.
    exercise_ids: Vec<String>,
    session: Session,
    coach: Coach,
    started: Instant,
    /// Wall-clock start, seconds since the Unix epoch.
    started_at: u64,
    summary: Vec<ExerciseSummary>,
    pain_before: Option<u8>,
    now: Instant,
    /// "Stop this routine?" is on screen; it holds whether the routine
    /// was paused before it asked (going on leaves it so).
    asking: Option<bool>,
}

impl Player {
    /// Starts the routine at `now`, with the orders that schedule its cues.
    pub fn new(start: Start, now: Instant) -> (Self, Orders) {
        let session = Session::new(start.timeline.plan().clone(), now);
        let mut coach = Coach::new(start.timeline);
        let orders = coach.start(&session, now);
        let player = Self {
            routine_id: start.routine_id,
            routine_title: start.routine_title,
            exercise_ids: start.exercises.iter().map(|e| e.id.to_string()).collect(),
            session,
            coach,
            started: now,
            started_at: start.started_at,
            summary: start.exercises,
            pain_before: start.pain_before,
            now,
            asking: None,
        };
        (player, orders)
    }

    /// The engine's state at `now` (what the screen shows).
    pub fn state(&self, now: Instant) -> State {
        self.session.state(now)
    }

    /// The exercises of the routine, in the order they play.
    pub fn exercise_ids(&self) -> &[String] {
        &self.exercise_ids
    }

    pub fn routine_title(&self) -> &str {
        &self.routine_title
    }

    /// What the screen shows at `now` (the core's [`describe::board`]):
    /// for tests and anything else that reads the player.
    pub fn board(&self, library: &Library, now: Instant) -> Option<Board> {
        let exercises: Option<Vec<&Exercise>> = self
            .exercise_ids
            .iter()
            .map(|id| library.exercise(id))
            .collect();
        let index = self.session.state(now).phase_index?;
        describe::board(
            self.session.plan(),
            self.stages(),
            &exercises?,
            index,
            self.session.plan_position(now),
        )
    }

    /// Whether "Stop this routine?" is on screen.
    pub fn is_asking(&self) -> bool {
        self.asking.is_some()
    }

    fn stages(&self) -> &Stages {
        self.coach.timeline().stages()
    }

    /// The stage the session is in at `now`.
    pub fn stage(&self, now: Instant) -> Option<&Stage> {
        let index = self.session.state(now).phase_index?;
        self.stages().of_phase(index)
    }

    /// Whether the screen needs ticks: only while a phase is counting down.
    pub fn is_running(&self) -> bool {
        !self.session.is_paused() && !self.session.is_finished() && !self.session.is_stopped()
    }

    /// When to redraw: `None` while paused, stopped or done (no ticks at
    /// all), else the frames of the current phase.
    pub fn frames(&self) -> Option<Frames> {
        if !self.is_running() {
            return None;
        }
        let end = self.session.next_deadline()?;
        let state = self.session.state(self.now);
        let per_second = match state.phase {
            Phase::Move | Phase::Release => MOVING_FRAMES_PER_SECOND,
            _ => STILL_FRAMES_PER_SECOND,
        };
        Some(Frames { end, per_second })
    }

    /// Ticks on the [`Frames`] of the current phase. The subscription is
    /// keyed by them, so it lives for a whole phase and is replaced when a
    /// phase starts, a pause ends or a control moves the session.
    pub fn subscription(&self) -> Subscription<Message> {
        let Some(frames) = self.frames() else {
            return Subscription::none();
        };
        Subscription::run_with(frames, |frames| {
            let frames = *frames;
            let first = frames.next_after(Instant::now());
            iced::futures::stream::unfold(first, move |at| async move {
                tokio::time::sleep_until(at.into()).await;
                // The frame after this one, or after now if the app fell
                // behind: a busy moment skips frames rather than sending
                // a burst of them.
                let after = (at + Duration::from_nanos(1)).max(Instant::now());
                Some((Message::Tick, frames.next_after(after)))
            })
        })
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        // Bring the session up to now first, so a hold that ended just
        // before a press still counts as done, and a routine that ended is
        // not stopped or skipped again (its last cues are on their way).
        if self.collect(now) {
            return self.finished(now, Orders::default());
        }
        // While the question is up, only its answers (and "This hurts")
        // do anything.
        let message = match (self.asking.is_some(), message) {
            (true, Message::TogglePause | Message::Stop) => Message::GoOn,
            (true, Message::Skip | Message::Back) => return Action::None,
            (false, Message::ConfirmStop | Message::GoOn) => return Action::None,
            (_, message) => message,
        };
        // The phase before the control, for the coach's side words.
        let from = self.session.state(now).phase_index;
        let orders = match message {
            Message::Tick => None,
            Message::ToggleFullScreen => return Action::ToggleFullScreen,
            Message::TogglePause => {
                self.session.toggle_pause(now);
                Some(if self.session.is_paused() {
                    self.coach.pause(now)
                } else {
                    self.coach.resume(&self.session, now)
                })
            }
            Message::Skip => {
                let target = from.map(|index| self.stages().skip_target(index));
                if let Some(target) = target {
                    self.session.skip_to(now, target);
                }
                Some(self.coach.jump(&self.session, now, from))
            }
            Message::Back => {
                let position = self.session.plan_position(now);
                let target = from.and_then(|index| {
                    let stage = self.stages().of_phase(index)?;
                    let into = position.saturating_sub(stage.start);
                    Some(self.stages().back_target(index, into))
                });
                if let Some(target) = target {
                    self.session.back_to(now, target);
                }
                Some(self.coach.jump(&self.session, now, from))
            }
            Message::Stop => {
                // Ask first; the routine waits (and the coach is quiet)
                // meanwhile.
                let was_paused = self.session.is_paused();
                self.asking = Some(was_paused);
                if was_paused {
                    None
                } else {
                    self.session.pause(now);
                    Some(self.coach.stop())
                }
            }
            Message::GoOn => {
                let was_paused = self.asking.take().unwrap_or(true);
                if was_paused {
                    None
                } else {
                    self.session.resume(now);
                    Some(self.coach.resume(&self.session, now))
                }
            }
            Message::ConfirmStop | Message::Hurts => {
                self.asking = None;
                let exercise_id = self.current_exercise_id(now);
                self.session.stop(now);
                let ending = if matches!(message, Message::Hurts) {
                    Ending::StoppedForPain { exercise_id }
                } else {
                    Ending::Stopped { exercise_id }
                };
                let orders = self.coach.stop();
                return Action::Finished(Box::new(self.summary(now, ending)), orders);
            }
        };
        // A skip of the last phase ends the routine.
        if self.collect(now) {
            return self.finished(now, orders.unwrap_or_default());
        }
        match orders {
            Some(orders) => Action::Cues(orders),
            None => Action::None,
        }
    }

    fn finished(&self, now: Instant, orders: Orders) -> Action {
        Action::Finished(Box::new(self.summary(now, Ending::Finished)), orders)
    }

    /// The exercise the session is in at `now` (the last one once done).
    /// During the breather before an exercise it is the one just done: a
    /// stop or "This hurts" there is about that one, not the next.
    fn current_exercise_id(&self, now: Instant) -> String {
        let state = self.session.state(now);
        let index = match (state.phase, state.phase_index) {
            (Phase::UpNext, Some(phase)) => phase
                .checked_sub(1)
                .and_then(|before| self.session.plan().phase(before))
                .map_or(state.exercise_index, |before| before.exercise_index),
            _ => state.exercise_index,
        };
        self.exercise_ids.get(index).cloned().unwrap_or_default()
    }

    /// Takes the events due by `now`: counts completed holds; returns
    /// whether the routine finished.
    fn collect(&mut self, now: Instant) -> bool {
        let mut finished = false;
        for event in self.session.poll(now) {
            match event {
                Event::HoldCompleted {
                    exercise_index,
                    side,
                    ..
                } => {
                    if let Some(summary) = self.summary.get_mut(exercise_index) {
                        summary.hold_completed(side);
                    }
                }
                Event::RoutineFinished { .. } => finished = true,
                _ => {}
            }
        }
        finished
    }

    fn summary(&self, now: Instant, ending: Ending) -> Summary {
        Summary {
            routine_id: self.routine_id.clone().into(),
            routine_title: self.routine_title.clone(),
            started_at: self.started_at,
            duration: now.saturating_duration_since(self.started),
            ending,
            pain_before: self.pain_before,
            exercises: self.summary.clone(),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let shared = *ctx;
        let asking = self.asking.is_some();
        let content = responsive(move |size| self.floor(&shared, size));
        key_listener(content, move |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            match key.as_ref() {
                Key::Named(Named::Space) => Some(Message::TogglePause),
                Key::Named(Named::ArrowRight) => Some(Message::Skip),
                Key::Named(Named::ArrowLeft) => Some(Message::Back),
                Key::Named(Named::Escape) => Some(Message::Stop),
                Key::Named(Named::Enter) if asking => Some(Message::ConfirmStop),
                Key::Character(c) if c.eq_ignore_ascii_case("h") => Some(Message::Hurts),
                Key::Character(c) if c.eq_ignore_ascii_case("f") => Some(Message::ToggleFullScreen),
                _ => None,
            }
        })
        .into()
    }

    /// The whole player in a space of `size`.
    fn floor<'a>(&'a self, ctx: &Context<'a>, size: Size) -> Element<'a, Message> {
        let t = ctx.typography;
        let floor = Floor::new(size, t);
        let state = self.session.state(self.now);
        let exercises: Option<Vec<&Exercise>> = self
            .exercise_ids
            .iter()
            .map(|id| ctx.library.exercise(id))
            .collect();
        let exercise = exercises
            .as_ref()
            .and_then(|all| all.get(state.exercise_index).copied());
        let (Some(exercises), Some(exercise)) = (exercises.as_ref(), exercise) else {
            return column![
                text(t!("player-not-available")).size(t.heading()),
                button(text(t!("player-stop")).size(t.control())).on_press(Message::ConfirmStop)
            ]
            .padding(32)
            .into();
        };
        let stage = state
            .phase_index
            .and_then(|index| self.stages().of_phase(index))
            .copied();
        let board = state.phase_index.and_then(|index| {
            describe::board(
                self.session.plan(),
                self.stages(),
                exercises,
                index,
                self.session.plan_position(self.now),
            )
        });
        let face = self.face(ctx, exercise, &state, stage.as_ref(), board.as_ref());

        let middle = row![
            self.card_column(
                ctx,
                &floor,
                exercise,
                &state,
                stage.as_ref(),
                board.as_ref(),
                face
            ),
            self.timer_column(
                ctx,
                &floor,
                exercise,
                &state,
                stage.as_ref(),
                board.as_ref()
            ),
        ]
        .spacing(floor.gap)
        .height(Length::Fixed(floor.middle));

        let mut body = column![].spacing(floor.gap).padding(floor.pad);
        if floor.top_bar {
            let muted = |theme: &Theme| text::Style {
                color: Some(style::muted(theme)),
            };
            let next = board.as_ref().map(|b| b.next.clone()).unwrap_or_default();
            body = body.push(
                row![
                    text(t!(
                        "player-exercise-of",
                        number = state.exercise_index + 1,
                        count = state.exercise_count,
                        title = exercise.title.as_str()
                    ))
                    .size(t.body())
                    .wrapping(Wrapping::None)
                    .style(muted),
                    space::horizontal(),
                    text(next)
                        .size(t.body())
                        .wrapping(Wrapping::None)
                        .style(muted),
                ]
                .spacing(16)
                .height(Length::Fixed(floor.top))
                .align_y(Alignment::Center),
            );
        }
        let body = body
            .push(middle)
            .push(self.controls(ctx, &floor))
            .width(Length::Fill)
            .height(Length::Fill);

        if self.asking.is_some() {
            stack![body, self.question(ctx, &floor)].into()
        } else if self.session.is_paused() {
            stack![body, self.veil(ctx, &floor)].into()
        } else {
            body.into()
        }
    }

    /// The left of the player: the figure (in a small window at large
    /// text, the side cue above it where it does not fit by the ring),
    /// the short instruction under it (or, in a stage's
    /// last seconds, what comes next), the cautions whole, then the step's
    /// longer text in what is left. In the breather, the exercise just done
    /// above the figure. The cautions are never cut: the figure gives way.
    #[allow(clippy::too_many_arguments)]
    fn card_column<'a>(
        &'a self,
        ctx: &Context<'a>,
        floor: &Floor,
        exercise: &Exercise,
        state: &State,
        stage: Option<&Stage>,
        board: Option<&Board>,
        face: Face,
    ) -> Element<'a, Message> {
        let t = ctx.typography;
        let look = stage.map(|s| s.look);
        let width = floor.left;
        let big_line = |words: &str| {
            lines_of(words, floor.instruction, width) * floor.instruction * LINE_HEIGHT
        };
        let mut taken = 0.0;
        let mut column = column![].spacing(floor.gap).width(Length::Fixed(width));
        if let Some(done) = &face.done {
            taken += big_line(done) + floor.gap;
            column = column.push(text(done.clone()).size(floor.instruction).style(
                |theme: &Theme| text::Style {
                    color: Some(style::success_text(theme)),
                },
            ));
        }
        // The side, large, above the figure where the ring's column has
        // no room for it (see `dial_lines`): never on the figure, which it
        // would hide, and with no arrow, which could point at the other
        // limb.
        if let Some(side) = board.and_then(|b| b.side)
            && self
                .dial_lines(floor, exercise, state, look.unwrap_or(Look::Rest), board)
                .cue
                .is_none()
        {
            let cue = describe::side_cue(side, exercise.limb);
            let size = fit(&cue, floor.phase, width - 2.0 * floor.gap);
            taken += size * LINE_HEIGHT + floor.gap;
            column = column.push(
                container(text(cue).size(size).wrapping(Wrapping::None))
                    .id(SIDE_CUE_ID)
                    .padding([0.0, floor.gap])
                    .width(Length::Fill)
                    .align_x(Alignment::Center)
                    .style(style::side_cue),
            );
        }
        let figure = container(self.figure(ctx, exercise, state, look).view_on_card(8.0))
            .id(FIGURE_ID)
            .width(Length::Fill)
            .height(Length::Fill);
        column = column.push(figure);
        // Under the figure: the instruction, or in the stage's last
        // seconds what comes next.
        let near = board.filter(|b| b.next_is_near).map(|b| b.next.clone());
        let under = near.clone().unwrap_or_else(|| face.instruction.clone());
        if !under.is_empty() {
            taken += big_line(&under) + floor.gap;
            let is_next = near.is_some();
            column = column.push(
                text(under)
                    .size(floor.instruction)
                    .width(Length::Fill)
                    .style(move |theme: &Theme| text::Style {
                        color: is_next.then(|| style::look_color(theme, Look::GetReady)),
                    }),
            );
        }
        // The cautions at the text size chosen; where that would leave the
        // figure less than its floor (the largest text in a small window),
        // a size smaller, down to the normal size: whole either way.
        let figure_room = |caution_type: style::Type| {
            floor.middle - taken - face.cautions_height(caution_type, width) - floor.gap
        };
        let mut caution_type = t;
        while caution_type.scale() > 1.0 && figure_room(caution_type) < floor.figure_floor {
            caution_type = style::Type::new((caution_type.scale() - 0.1).max(1.0));
        }
        if let Some(cautions) = face.cautions_box(caution_type) {
            taken += face.cautions_height(caution_type, width) + floor.gap;
            column = column.push(cautions);
        }
        // The longer words take what the figure leaves, and scroll; the
        // scroll bar has a lane of its own beside them.
        let room = (floor.middle - floor.figure_min - taken).max(0.0);
        let wanted = face.detail_height(t, width - SCROLLBAR_LANE);
        let detail_height = wanted.min(room);
        if detail_height >= t.body() * LINE_HEIGHT {
            column = column.push(
                scrollable(face.detail(t))
                    .direction(scrollable::Direction::Vertical(
                        scrollable::Scrollbar::new().spacing(SCROLLBAR_LANE - SCROLLBAR_WIDTH),
                    ))
                    .height(Length::Fixed(detail_height))
                    .width(Length::Fill),
            );
        }
        column.into()
    }

    /// The right of the player: the word for what to do now (up to two
    /// lines at the phase size), through a sided exercise the side
    /// ("RIGHT LEG") at the same size, the ring with the seconds, the
    /// repetition under it. The side is here, off the figure: on the
    /// drawing it hid the limb it names, and an arrow beside it pointed at
    /// the other one. In the breather, the next exercise's title and
    /// dose large instead of the repetition.
    fn timer_column<'a>(
        &'a self,
        ctx: &Context<'a>,
        floor: &Floor,
        exercise: &Exercise,
        state: &State,
        stage: Option<&Stage>,
        board: Option<&Board>,
    ) -> Element<'a, Message> {
        let _ = ctx;
        let look = stage.map_or(Look::Rest, |s| s.look);
        let position = self.session.plan_position(self.now);
        let remaining = stage.map_or(Duration::ZERO, |s| s.end_offset().saturating_sub(position));
        let seconds = board.map_or(0, |b| b.seconds);
        let style = match look {
            Look::Working => RingStyle::Repetitions {
                count: state.reps,
                done: state.rep.saturating_sub(1),
            },
            Look::GetReady => {
                let count = stage.map_or(1, |s| shown_seconds(s.length)) as u32;
                RingStyle::Seconds {
                    count,
                    left: seconds as u32,
                }
            }
            look => RingStyle::of(look),
        };
        // What is left, stepped to the frames the still ring is drawn on,
        // so its picture changes only when a frame shows something new.
        let fraction_left = match stage {
            Some(stage) if !stage.length.is_zero() => {
                let steps =
                    |d: Duration| (d.as_secs_f64() * f64::from(STILL_FRAMES_PER_SECOND)).ceil();
                (steps(remaining) / steps(stage.length).max(1.0)) as f32
            }
            _ => 0.0,
        };
        let inner = floor.column - floor.gap * 2.0;
        let colour = move |theme: &Theme| text::Style {
            color: Some(style::look_color(theme, look)),
        };
        let DialLines {
            above,
            cue,
            below,
            ring_room,
        } = self.dial_lines(floor, exercise, state, look, board);
        let ring_size = ring_room.min(inner).max(40.0);
        // Paused, the ring keeps its place but shows no number: a dimmed
        // digit beside "Paused — Space to go on" would read as part of it.
        let digits = if self.session.is_paused() {
            String::new()
        } else {
            seconds.to_string()
        };
        let digits_size = fit_digits(
            &seconds.to_string(),
            floor.digits.min(ring_size / 1.6),
            ring_size,
        );
        let ring = Ring {
            fraction_left,
            look,
            style,
        };
        let dial = stack![
            ring.view(ring_size),
            container(
                text(digits)
                    .size(digits_size)
                    .wrapping(Wrapping::None)
                    .center()
            )
            .center(Length::Fixed(ring_size)),
        ];
        let mut column = column![]
            .spacing(floor.gap / 2.0)
            .align_x(Alignment::Center)
            .width(Length::Fixed(floor.column));
        for (line, size) in above {
            column = column.push(text(line).size(size).wrapping(Wrapping::None).style(colour));
        }
        if let Some((cue, size)) = cue {
            column = column.push(
                container(text(cue).size(size).wrapping(Wrapping::None))
                    .id(SIDE_CUE_ID)
                    .padding([0.0, floor.gap])
                    .style(style::side_cue),
            );
        }
        column = column.push(dial);
        for (line, size) in below {
            column = column.push(text(line).size(size).wrapping(Wrapping::None));
        }
        container(column).center_y(Length::Fill).into()
    }

    /// The lines round the ring, largest first, and the room they leave
    /// the ring in the band. The side cue is among them where the ring
    /// keeps its digits' full size with it; else (a two-line word in a
    /// small window at large text) it is `None` and goes above the figure.
    fn dial_lines(
        &self,
        floor: &Floor,
        exercise: &Exercise,
        state: &State,
        look: Look,
        board: Option<&Board>,
    ) -> DialLines {
        let inner = floor.column - floor.gap * 2.0;
        let word = board.map(|b| b.word.clone()).unwrap_or_default();
        let mut above: Vec<(String, f32)> = Vec::new();
        let (word_lines, word_size) = lines_at(&word, floor.phase, inner);
        for line in word_lines {
            above.push((line, word_size));
        }
        let mut below: Vec<(String, f32)> = Vec::new();
        if look == Look::UpNext {
            let (title, size) = lines_at(&exercise.title, floor.phase, inner);
            for line in title {
                below.push((line, size));
            }
            if let Some(dose) = self.dose_line(exercise, state.exercise_index) {
                below.push((dose.clone(), fit(&dose, floor.instruction, inner)));
            }
        } else if let Some(rep) = board.and_then(|b| b.rep.clone()) {
            below.push((rep.clone(), fit(&rep, floor.phase, inner)));
        }
        let room_for_ring = |above: &[(String, f32)],
                             cue: Option<&(String, f32)>,
                             below: &[(String, f32)]| {
            let lines: f32 = above
                .iter()
                .chain(cue)
                .chain(below)
                .map(|(_, size)| size * LINE_HEIGHT)
                .sum();
            let gaps =
                (above.len() + usize::from(cue.is_some()) + below.len()) as f32 * floor.gap / 2.0;
            floor.middle - lines - gaps
        };
        let full_ring = floor.digits * 1.6;
        // Where a long word leaves the digits short of their size, the
        // repetition takes the instruction's size instead.
        let shrink_rep = |below: &mut Vec<(String, f32)>| {
            if look != Look::UpNext
                && let Some((rep, size)) = below.last_mut()
            {
                *size = fit(rep, floor.line, inner);
            }
        };
        let mut cue = board.and_then(|b| b.side).map(|side| {
            let cue = describe::side_cue(side, exercise.limb);
            let size = fit(&cue, floor.phase, inner - 2.0 * floor.gap);
            (cue, size)
        });
        if room_for_ring(&above, cue.as_ref(), &below) < full_ring {
            shrink_rep(&mut below);
        }
        if room_for_ring(&above, cue.as_ref(), &below) < full_ring && cue.is_some() {
            // The side goes above the figure instead: the countdown keeps
            // its size, and so may the repetition.
            cue = None;
            below.clear();
            if let Some(rep) = board.and_then(|b| b.rep.clone()) {
                below.push((rep.clone(), fit(&rep, floor.phase, inner)));
            }
            if room_for_ring(&above, None, &below) < full_ring {
                shrink_rep(&mut below);
            }
        }
        let ring_room = room_for_ring(&above, cue.as_ref(), &below);
        DialLines {
            above,
            cue,
            below,
            ring_room,
        }
    }

    /// The side a stage switches to (see `stage::side_that_comes`).
    fn side_that_comes(&self, stage: &Stage) -> Option<Side> {
        limber_core::session::stage::side_that_comes(self.session.plan(), stage)
    }

    /// "Hold 15 s × 2 each leg" for the exercise at `index`.
    fn dose_line(&self, exercise: &Exercise, index: usize) -> Option<String> {
        let summary = self.summary.get(index)?;
        Some(t!(
            "player-dose",
            seconds = summary.hold_seconds,
            reps = summary.repetitions,
            each = limber_core::words::per_side(exercise.sides, exercise.limb)
        ))
    }

    /// The veil over a paused routine: the whole window dimmed, the words
    /// at the phase word's size.
    fn veil<'a>(&'a self, ctx: &Context<'a>, floor: &Floor) -> Element<'a, Message> {
        let t = ctx.typography;
        let words = t!("player-paused");
        let space = t!("player-key-space");
        let buttons = row![
            control(
                t,
                floor,
                t!("player-go-on"),
                Some(space),
                Message::TogglePause,
                style::primary
            ),
            control(
                t,
                floor,
                t!("player-stop"),
                Some(t!("player-key-esc")),
                Message::Stop,
                style::danger
            ),
        ]
        .spacing(floor.gap * 2.0);
        let size = fit(&words, floor.phase, floor.size.width - 2.0 * floor.pad);
        overlay(
            column![text(words).size(size).wrapping(Wrapping::None), buttons,]
                .spacing(floor.gap * 3.0)
                .align_x(Alignment::Center),
        )
    }

    /// "Stop this routine?": Enter stops, Esc or Space goes on; "This
    /// hurts" is there too, one press as always.
    fn question<'a>(&'a self, ctx: &Context<'a>, floor: &Floor) -> Element<'a, Message> {
        let t = ctx.typography;
        let words = t!("player-stop-question");
        let buttons = row![
            control(
                t,
                floor,
                t!("player-stop"),
                Some(t!("player-key-enter")),
                Message::ConfirmStop,
                style::danger
            ),
            control(
                t,
                floor,
                t!("player-go-on"),
                Some(t!("player-key-space")),
                Message::GoOn,
                style::primary
            ),
            control(
                t,
                floor,
                t!("player-this-hurts"),
                Some("H".to_owned()),
                Message::Hurts,
                style::hurts
            ),
        ]
        .spacing(floor.gap * 2.0);
        let size = fit(&words, floor.phase, floor.size.width - 2.0 * floor.pad);
        overlay(
            column![
                text(words).size(size).wrapping(Wrapping::None),
                text(t!("player-stop-keys"))
                    .size(t.body())
                    .style(|theme: &Theme| text::Style {
                        color: Some(style::muted(theme)),
                    }),
                buttons,
            ]
            .spacing(floor.gap * 2.0)
            .align_x(Alignment::Center),
        )
    }

    fn controls<'a>(&'a self, ctx: &Context<'a>, floor: &Floor) -> Element<'a, Message> {
        let t = ctx.typography;
        let hints = floor.hints;
        let hint = |key: String| hints.then_some(key);
        let pause = if self.session.is_paused() {
            t!("player-resume")
        } else {
            t!("player-pause")
        };
        let mut steps = row![
            control(
                t,
                floor,
                t!("player-back"),
                hint("←".to_owned()),
                Message::Back,
                style::secondary
            ),
            control(
                t,
                floor,
                pause,
                hint(t!("player-key-space")),
                Message::TogglePause,
                style::primary
            ),
            control(
                t,
                floor,
                t!("player-skip"),
                hint("→".to_owned()),
                Message::Skip,
                style::secondary
            ),
        ]
        .spacing(floor.gap);
        if floor.full_screen_button {
            steps = steps.push(control(
                t,
                floor,
                t!("player-full-screen"),
                hint("F".to_owned()),
                Message::ToggleFullScreen,
                style::secondary,
            ));
        }
        // Stopping sits apart from the step buttons, at the right.
        let stops = row![
            control(
                t,
                floor,
                t!("player-this-hurts"),
                hint("H".to_owned()),
                Message::Hurts,
                style::hurts
            ),
            control(
                t,
                floor,
                t!("player-stop"),
                hint(t!("player-key-esc")),
                Message::Stop,
                style::danger
            ),
        ]
        .spacing(floor.gap);
        row![steps, space::horizontal(), stops]
            .spacing(floor.gap)
            .height(Length::Fixed(floor.controls))
            .align_y(Alignment::Center)
            .into()
    }
    /// The illustration for the current phase: the figure moves from where
    /// the person is (the starting position, or lying as the rest left
    /// them) into the hold during Move, and back out during Release. A
    /// chosen variation draws its own poses.
    fn figure(
        &self,
        ctx: &Context<'_>,
        exercise: &Exercise,
        state: &State,
        look: Option<Look>,
    ) -> FigureView {
        let variation = self.variation(exercise, state.exercise_index);
        let drawn = |illustration: &Illustration| match variation {
            Some(variation) => variation.illustration_for(illustration),
            None => illustration.clone(),
        };
        let pose_of = |role: Role| {
            exercise
                .steps
                .iter()
                .find(|s| s.role == role)
                .map(|s| drawn(&s.illustration))
        };
        let start = exercise
            .steps
            .iter()
            .rev()
            .find(|s| s.role == Role::Setup)
            .map(|s| drawn(&s.illustration));
        let hold = pose_of(Role::Hold).or(pose_of(Role::Move));
        let release = pose_of(Role::Release).or(start.clone());
        let current = exercise
            .steps
            .get(state.step_index)
            .map(|s| drawn(&s.illustration));
        // A move after a rest starts from the rest's position (lying flat
        // after a press-up), not from the first setup card.
        let previous = state
            .phase_index
            .and_then(|index| index.checked_sub(1))
            .and_then(|index| self.session.plan().phase(index))
            .filter(|p| p.exercise_index == state.exercise_index)
            .and_then(|p| exercise.steps.get(p.step_index))
            .map(|s| drawn(&s.illustration));
        let move_from = match state.phase {
            Phase::Move if state.rep > 1 || previous.is_some() => previous.or(start.clone()),
            _ => start.clone(),
        };
        // Poses are drawn for the right side (see `figure::pose`); the left
        // side is the mirror image. A side switch shows the starting
        // position of the side that comes (turning round to it, see
        // `card_column`).
        let switching = state
            .phase_index
            .and_then(|index| self.stages().of_phase(index))
            .and_then(|stage| self.side_that_comes(stage));
        // A set of short holds rests lying as it started.
        let resting_in_set = look == Some(Look::Working) && state.phase == Phase::Rest;
        let side = switching.or(state.side);
        let mirrored = side == Some(Side::Left);
        let highlight = Some(exercise.highlight);
        let eased = ease(state.fraction_done);
        match state.phase {
            _ if switching.is_some() => {
                FigureView::illustration(ctx, start.as_ref(), highlight, mirrored)
            }
            Phase::Move => FigureView::blend(
                ctx,
                move_from.as_ref(),
                hold.as_ref(),
                eased,
                highlight,
                mirrored,
            ),
            Phase::Release => FigureView::blend(
                ctx,
                hold.as_ref(),
                release.as_ref(),
                eased,
                highlight,
                mirrored,
            ),
            Phase::Hold => FigureView::illustration(ctx, hold.as_ref(), highlight, mirrored),
            _ if resting_in_set => {
                FigureView::illustration(ctx, release.as_ref(), highlight, mirrored)
            }
            _ => FigureView::illustration(ctx, current.as_ref(), highlight, mirrored),
        }
    }

    /// The variation chosen for the exercise at `index`, if it has it.
    fn variation<'e>(&self, exercise: &'e Exercise, index: usize) -> Option<&'e Variation> {
        let chosen = self.summary.get(index)?.variation.as_deref();
        exercise.variation(chosen)
    }

    /// How to switch sides in the exercise at `index`: the chosen
    /// variation's way, else the exercise's.
    fn switch_card<'e>(&self, exercise: &'e Exercise, index: usize) -> Option<&'e str> {
        exercise.switch_sides_for(self.variation(exercise, index))
    }

    /// What the card says in `stage`: the short instruction under the
    /// figure (none where the phase-size word already says what to do),
    /// the cautions, and the longer words.
    fn face(
        &self,
        ctx: &Context<'_>,
        exercise: &Exercise,
        state: &State,
        stage: Option<&Stage>,
        board: Option<&Board>,
    ) -> Face {
        use limber_core::words::for_side;
        let plan = self.session.plan();
        let cautions_for = |side: Option<Side>| -> Vec<String> {
            exercise
                .cautions
                .iter()
                .map(|c| for_side(c, side).into_owned())
                .filter(|c| !c.trim().is_empty())
                .collect()
        };
        let side = state.side;
        let look = stage.map(|s| s.look);
        // The side switch, and the countdown before the second side of an
        // exercise done in turn: how to switch (the word says to which).
        if let Some(to) = stage.and_then(|s| self.side_that_comes(s)) {
            let how = self
                .switch_card(exercise, state.exercise_index)
                .map(|text| for_side(text, Some(to)).into_owned())
                .unwrap_or_default();
            let instruction = match look {
                // Get ready keeps its card's title (the position to be in).
                Some(Look::GetReady) => exercise
                    .steps
                    .get(state.step_index)
                    .map(|s| for_side(&s.title, Some(to)).into_owned())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            return Face {
                instruction,
                text: how,
                cautions: cautions_for(Some(to)),
                ..Face::default()
            };
        }
        match look {
            Some(Look::UpNext) => {
                let done = state
                    .phase_index
                    .and_then(|index| index.checked_sub(1))
                    .and_then(|before| plan.phase(before))
                    .and_then(|before| self.exercise_ids.get(before.exercise_index))
                    .and_then(|id| ctx.library.exercise(id))
                    .map(|before| t!("player-done", title = before.title.as_str()));
                let step = exercise.steps.get(state.step_index);
                Face {
                    // How it starts; its title and dose are large beside.
                    instruction: step
                        .map(|step| for_side(&step.title, side).into_owned())
                        .unwrap_or_default(),
                    done,
                    text: step
                        .map(|step| for_side(&step.text, side).into_owned())
                        .unwrap_or_default(),
                    cautions: cautions_for(side),
                    ..Face::default()
                }
            }
            Some(Look::Working) => {
                let step = exercise
                    .steps
                    .iter()
                    .find(|s| s.role == Role::Move)
                    .or_else(|| exercise.steps.iter().find(|s| s.role == Role::Hold));
                // The rhythm of one repetition: "Move 2 s · Hold 1 s · …".
                let rhythm = stage.map(|stage| {
                    plan.phases()[stage.first..stage.end]
                        .iter()
                        .map(|p| {
                            let part = match p.phase {
                                Phase::Move => "move",
                                Phase::Hold => "hold",
                                Phase::Release => "relax",
                                _ => "rest",
                            };
                            t!(
                                "player-rhythm-part",
                                part = part,
                                duration = limber_core::words::duration(p.duration)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" · ")
                });
                Face {
                    text: step
                        .map(|s| for_side(&s.text, side).into_owned())
                        .unwrap_or_default(),
                    caution: step
                        .and_then(|s| s.caution.as_deref())
                        .filter(|c| !c.trim().is_empty())
                        .map(|c| for_side(c, side).into_owned()),
                    cautions: cautions_for(side),
                    note: rhythm,
                    ..Face::default()
                }
            }
            _ => {
                let Some(step) = exercise.steps.get(state.step_index) else {
                    return Face::default();
                };
                let first_card = state.phase_index.is_some_and(|index| {
                    index == 0
                        || plan.phase(index - 1).is_none_or(|p| {
                            p.exercise_index != state.exercise_index || p.phase == Phase::UpNext
                        })
                });
                let note = first_card.then(|| {
                    let mut lines: Vec<String> = Vec::new();
                    if let Some(variation) = self.variation(exercise, state.exercise_index) {
                        lines.push(t!(
                            "player-variation",
                            title = variation.title.as_str(),
                            text = for_side(&variation.text, side)
                        ));
                    }
                    lines.extend(
                        exercise
                            .tips
                            .iter()
                            .filter(|tip| !tip.trim().is_empty())
                            .map(|tip| t!("player-tip", tip = for_side(tip, side))),
                    );
                    lines.join(" ")
                });
                // A move or a release: the word is the step's title.
                let said_by_the_word = matches!(look, Some(Look::Move | Look::Relax))
                    && board.is_some_and(|b| b.word.trim() == for_side(&step.title, side).trim());
                Face {
                    instruction: if said_by_the_word {
                        String::new()
                    } else {
                        for_side(&step.title, side).into_owned()
                    },
                    text: for_side(&step.text, side).into_owned(),
                    caution: step
                        .caution
                        .as_deref()
                        .filter(|c| !c.trim().is_empty())
                        .map(|c| for_side(c, side).into_owned()),
                    cautions: cautions_for(side),
                    note: note.filter(|n| !n.is_empty()),
                    done: None,
                }
            }
        }
    }
}

/// What the card says: the short instruction under the figure (read from
/// the floor), the cautions (never cut), and the longer words (read from
/// close by).
#[derive(Debug, Default)]
struct Face {
    /// The step's title, the exercise's first card; empty where the
    /// phase-size word says it.
    instruction: String,
    /// The exercise just done ("✓  Knee to chest done"), in the breather.
    done: Option<String>,
    text: String,
    /// The step's own caution, in the warning box.
    caution: Option<String>,
    /// The exercise's own cautions, in the warning box on every card.
    cautions: Vec<String>,
    /// The chosen variation and the exercise's tips on its first card; a
    /// rhythm elsewhere.
    note: Option<String>,
}

impl Face {
    /// The warning box: the step's caution and the exercise's, whole.
    fn cautions_box<'a>(&self, t: style::Type) -> Option<Element<'a, Message>> {
        if self.caution.is_none() && self.cautions.is_empty() {
            return None;
        }
        let mut lines = column![].spacing(4);
        if let Some(caution) = &self.caution {
            lines = lines.push(
                row![
                    text("⚠").size(t.control()),
                    text(caution.clone()).size(t.control()).width(Length::Fill)
                ]
                .spacing(10),
            );
        }
        if !self.cautions.is_empty() {
            lines = lines.push(
                text(run_on_cautions(&self.cautions))
                    .size(t.body())
                    .width(Length::Fill),
            );
        }
        Some(
            container(lines)
                .padding([8, 14])
                .width(Length::Fill)
                .style(style::caution)
                .into(),
        )
    }

    /// About how tall [`Face::cautions_box`] is in `width` (rounded up).
    fn cautions_height(&self, t: style::Type, width: f32) -> f32 {
        let boxed = width - 28.0 - 4.0;
        let mut height = 16.0;
        if let Some(caution) = &self.caution {
            height += line_height(caution, t.control(), boxed - t.control() - 10.0);
        }
        if !self.cautions.is_empty() {
            height += 4.0 + line_height(&run_on_cautions(&self.cautions), t.body(), boxed);
        }
        height
    }

    /// The longer words, at the sizes the text size setting gives.
    fn detail<'a>(&self, t: style::Type) -> Element<'a, Message> {
        let mut card = column![].spacing(CARD_SPACING);
        if !self.text.is_empty() {
            card = card.push(
                text(self.text.clone())
                    .size(t.control())
                    .width(Length::Fill),
            );
        }
        if let Some(note) = &self.note {
            card = card.push(
                container(text(note.clone()).size(t.body()).width(Length::Fill))
                    .padding([6, 14])
                    .width(Length::Fill)
                    .style(style::card),
            );
        }
        card.into()
    }

    /// About how tall [`Face::detail`] is in `width` (rounded up, so it
    /// rarely needs to scroll).
    fn detail_height(&self, t: style::Type, width: f32) -> f32 {
        let mut parts: Vec<f32> = Vec::new();
        if !self.text.is_empty() {
            parts.push(line_height(&self.text, t.control(), width));
        }
        if let Some(note) = &self.note {
            parts.push(12.0 + line_height(note, t.body(), width - 28.0 - 4.0));
        }
        let gaps = CARD_SPACING * parts.len().saturating_sub(1) as f32;
        parts.iter().sum::<f32>() + gaps
    }
}

/// The lines round the player's ring (see `Player::dial_lines`).
struct DialLines {
    /// The word for what to do, one or two lines.
    above: Vec<(String, f32)>,
    /// The side cue between the word and the ring, where it fits there.
    cue: Option<(String, f32)>,
    /// The repetition, or the next exercise and its dose.
    below: Vec<(String, f32)>,
    /// The height they leave the ring.
    ring_room: f32,
}

/// The id of the figure's container, for screen tests that measure it.
pub const FIGURE_ID: &str = "player-figure";

/// The id of the side cue's container ("RIGHT LEG"), for screen tests
/// that check it keeps off the figure.
pub const SIDE_CUE_ID: &str = "player-side-cue";

/// The countdown's digits, at least this share of the player's height
/// (font size).
pub const DIGITS_SHARE: f32 = 0.31;
/// The phase word and the side.
pub const PHASE_SHARE: f32 = 0.084;
/// The current step's short instruction (never smaller than the step's
/// text at the text size chosen: see [`Floor::new`]).
pub const INSTRUCTION_SHARE: f32 = 0.054;
/// The figure's share of the player's area, where the cautions leave it.
pub const FIGURE_SHARE: f32 = 0.31;
/// The share the figure keeps at the largest text in a small window: the
/// cautions' text steps down towards the normal size to leave it (the
/// cautions stay whole; at the normal size they come first).
pub const FIGURE_FLOOR_SHARE: f32 = 0.2;

/// iced's line height, relative to the font size.
const LINE_HEIGHT: f32 = 1.3;

/// Padding inside the player's buttons, above and below the words.
const BUTTON_PAD_Y: f32 = 10.0;
const BUTTON_PAD_X: f32 = 18.0;

/// The scroll bar of the step's longer words, and the lane it has beside
/// them (so no word runs under it).
const SCROLLBAR_WIDTH: f32 = 10.0;
const SCROLLBAR_LANE: f32 = 18.0;

/// Below this height, or at a text size above normal, the top line
/// (where in the routine, what is next in small print) gives its room to
/// what is read from the floor; "Next" still shows large in a stage's
/// last seconds.
const TOP_LINE_FROM_HEIGHT: f32 = 640.0;

/// The player's sizes in a space, by proportion of its height: what a
/// person on the floor reads is sized by the window, the rest by the text
/// size setting.
#[derive(Debug, Clone, Copy)]
struct Floor {
    size: Size,
    pad: f32,
    gap: f32,
    /// The top line is shown.
    top_bar: bool,
    /// Its height.
    top: f32,
    /// The band of the figure, the card and the ring.
    middle: f32,
    /// The row of buttons.
    controls: f32,
    digits: f32,
    phase: f32,
    instruction: f32,
    /// A line read from the floor that is not the word: the instruction's
    /// share of the height.
    line: f32,
    /// The width of the ring's column.
    column: f32,
    /// The width of the card's column.
    left: f32,
    /// The figure's height at its share of the area in the card's width:
    /// the longer words take only what is over it.
    figure_min: f32,
    /// The height under which the cautions' text gives way a size (never
    /// under the normal size): [`FIGURE_FLOOR_SHARE`] of the area.
    figure_floor: f32,
    /// The buttons show their keys.
    hints: bool,
    /// The keys go under the buttons' words (there is no room beside).
    stacked_hints: bool,
    /// There is room for the full screen button.
    full_screen_button: bool,
}

impl Floor {
    fn new(size: Size, t: style::Type) -> Floor {
        let (w, h) = (size.width.max(1.0), size.height.max(1.0));
        let pad = (h * 0.02).clamp(8.0, 20.0);
        let gap = (h * 0.012).clamp(6.0, 14.0);
        let top_bar = h >= TOP_LINE_FROM_HEIGHT && t.scale() <= 1.0;
        let top = t.body() * LINE_HEIGHT;
        let phase = h * PHASE_SHARE;
        // Larger text enlarges the instruction too: never smaller than the
        // step's text under it.
        let instruction = (h * INSTRUCTION_SHARE).max(t.heading());
        let digits = h * DIGITS_SHARE;
        // The ring holds two digits with room round them (1.6 times their
        // size): its column is up to 1.75 times the digits, 42 % of the
        // width.
        let ring = (digits * 1.75).min(w * 0.42).max(40.0);
        let column = ring + 2.0 * gap;
        let left = (w - 2.0 * pad - gap - column).max(1.0);
        let figure_min = FIGURE_SHARE * w * h / left;
        let figure_floor = FIGURE_FLOOR_SHARE * w * h / left;
        // The buttons on one line: with their keys beside their words and
        // the full screen button where they fit, else the keys under the
        // words, else without.
        let labels = [
            t!("player-back"),
            t!("player-pause"),
            t!("player-skip"),
            t!("player-this-hurts"),
            t!("player-stop"),
        ];
        let keys = [
            "←".to_owned(),
            t!("player-key-space"),
            "→".to_owned(),
            "H".to_owned(),
            t!("player-key-esc"),
        ];
        let full = t!("player-full-screen");
        let chars = |s: &String| s.chars().count() as f32;
        let label_width = |l: &String| chars(l) * 0.55 * t.body();
        let key_width = |k: &String| (chars(k) + 2.0) * 0.55 * t.small();
        let button = 2.0 * BUTTON_PAD_X + gap + 8.0;
        let inline: f32 = labels
            .iter()
            .zip(&keys)
            .map(|(l, k)| label_width(l) + key_width(k) + button)
            .sum();
        let stacked: f32 = labels
            .iter()
            .zip(&keys)
            .map(|(l, k)| label_width(l).max(key_width(k)) + button)
            .sum();
        let full_inline = label_width(&full) + key_width(&"F".to_owned()) + button;
        let full_stacked = label_width(&full) + button;
        let room = w - 2.0 * pad - 40.0;
        let (hints, stacked_hints, full_screen_button) = if inline + full_inline <= room {
            (true, false, true)
        } else if inline <= room {
            (true, false, false)
        } else if stacked <= room {
            (true, true, stacked + full_stacked <= room)
        } else {
            (false, false, false)
        };
        let controls = t.body() * LINE_HEIGHT
            + 2.0 * BUTTON_PAD_Y
            + if stacked_hints {
                t.small() * LINE_HEIGHT
            } else {
                0.0
            };
        let bars = if top_bar { top + gap } else { 0.0 };
        let middle = (h - 2.0 * pad - bars - controls - gap).max(0.0);
        Floor {
            size,
            pad,
            gap,
            top_bar,
            top,
            middle,
            controls,
            digits,
            phase,
            instruction,
            line: h * INSTRUCTION_SHARE,
            column,
            left,
            figure_min,
            figure_floor,
            hints,
            stacked_hints,
            full_screen_button,
        }
    }
}

/// About how wide `words` are on one line, in ems: Fira Sans's advances
/// by kind of letter (capitals and m, w wide; i, l, t, f, r and stops
/// narrow), with 5 % to spare.
fn ems(words: &str) -> f32 {
    let width: f32 = words
        .chars()
        .map(|c| match c {
            'M' | 'W' | 'm' | 'w' => 0.82,
            c if c.is_uppercase() => 0.66,
            ' ' => 0.25,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' => 0.32,
            _ => 0.55,
        })
        .sum();
    width.max(0.5) * 1.05
}

/// The size for `words` at `size`, smaller if need be to fit `width` on
/// one line.
fn fit(words: &str, size: f32, width: f32) -> f32 {
    size.min(width / ems(words))
}

/// `words` in the lines they take at `size` in `width`: one where it fits,
/// else two, broken at the space nearest the middle; with the size they
/// all fit at (smaller only if a line still does not fit).
fn lines_at(words: &str, size: f32, width: f32) -> (Vec<String>, f32) {
    let words = words.trim();
    if fit(words, size, width) >= size {
        return (vec![words.to_owned()], size);
    }
    let middle = words.chars().count() / 2;
    let split = words
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .min_by_key(|(at, _)| words[..*at].chars().count().abs_diff(middle))
        .map(|(at, _)| at);
    match split {
        Some(at) => {
            let (first, second) = (words[..at].trim(), words[at..].trim());
            let size = fit(first, size, width).min(fit(second, size, width));
            (vec![first.to_owned(), second.to_owned()], size)
        }
        None => (vec![words.to_owned()], fit(words, size, width)),
    }
}

/// The size of the ring's digits: `size`, smaller for three digits or
/// more, so they stay inside a ring of `ring`.
fn fit_digits(digits: &str, size: f32, ring: f32) -> f32 {
    let chars = digits.chars().count().max(1) as f32;
    size.min(ring * 0.74 / (chars * 0.56))
}

/// A button of the player: its words, and its key in small print beside
/// them, or under them where the row has no room.
fn control<'a>(
    t: style::Type,
    floor: &Floor,
    label: String,
    key: Option<String>,
    message: Message,
    style: fn(&Theme, button::Status) -> button::Style,
) -> Element<'a, Message> {
    let label = text(label).size(t.body()).wrapping(Wrapping::None);
    let content: Element<'a, Message> = match key {
        Some(key) => {
            let key = text(t!("player-key", key = key))
                .size(t.small())
                .wrapping(Wrapping::None);
            if floor.stacked_hints {
                column![label, key].align_x(Alignment::Center).into()
            } else {
                row![label, key]
                    .spacing(8)
                    .align_y(Alignment::Center)
                    .into()
            }
        }
        None => label.into(),
    };
    button(content)
        .padding([BUTTON_PAD_Y, BUTTON_PAD_X])
        .style(style)
        .on_press(message)
        .into()
}

/// A layer over the whole player that takes every click, its content in
/// the middle of the veil.
fn overlay<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    opaque(container(content).center(Length::Fill).style(style::veil))
}

/// Space between the parts of a step card.
const CARD_SPACING: f32 = 10.0;

/// The exercise's own cautions in one run of text, each after the warning
/// sign.
fn run_on_cautions(cautions: &[String]) -> String {
    cautions
        .iter()
        .map(|caution| format!("⚠ {caution}"))
        .collect::<Vec<_>>()
        .join("   ")
}

/// About how many lines `text` takes at `size` in `width`: its words laid
/// out greedily (Fira Sans runs a little over half an em a character; on
/// the generous side, so the room is enough).
fn lines_of(text: &str, size: f32, width: f32) -> f32 {
    let em = 0.56 * size;
    let space = 0.3 * size;
    let width = width.max(1.0);
    let mut lines = 1.0;
    let mut used = 0.0;
    for word in text.split_whitespace() {
        let long = word.chars().count() as f32 * em;
        if used > 0.0 && used + space + long > width {
            lines += 1.0;
            used = long;
        } else if used > 0.0 {
            used += space + long;
        } else {
            used = long;
        }
        // A word longer than the line breaks inside it.
        while used > width {
            lines += 1.0;
            used -= width;
        }
    }
    lines
}

/// About how tall `text` is at `size` in `width`.
fn line_height(text: &str, size: f32, width: f32) -> f32 {
    lines_of(text, size, width) * size * LINE_HEIGHT
}

/// Smooth start and stop for the figure's movement.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The player's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[crate::ui::widget::keys::Shortcut] = &[
    crate::ui::widget::keys::shortcut("Space", "player-key-pause"),
    crate::ui::widget::keys::shortcut("→", "player-key-skip"),
    crate::ui::widget::keys::shortcut("←", "player-key-back"),
    crate::ui::widget::keys::shortcut("H", "player-key-hurts"),
    crate::ui::widget::keys::shortcut("Esc", "player-key-stop"),
    crate::ui::widget::keys::shortcut("Enter", "player-key-stop-confirm"),
    crate::ui::widget::keys::shortcut("F or F11", "player-key-full-screen"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_fall_on_every_whole_second_before_the_end_at_thirty_a_second() {
        let end = Instant::now() + Duration::from_secs(3);
        let frames = Frames {
            end,
            per_second: 30,
        };
        let start = end - Duration::from_millis(2_990);
        let mut at = frames.next_after(start);
        let mut count = 0;
        let mut seconds = Vec::new();
        while at < end {
            let next = frames.next_after(at + Duration::from_nanos(1));
            let gap = next - at;
            assert!(
                gap >= Duration::from_nanos(33_333_333) && gap <= Duration::from_nanos(33_333_334),
                "{gap:?}"
            );
            if (end - at).subsec_nanos() == 0 {
                seconds.push((end - at).as_secs());
            }
            count += 1;
            at = next;
        }
        assert_eq!(at, end);
        assert_eq!(seconds, vec![2, 1]);
        // 2.99 s holds 89 frames before the end (the first 1/3 ms in).
        assert_eq!(count, 89);
        // After the end the grid goes on: the player moves to the next
        // phase on the first of them.
        let late = frames.next_after(end + Duration::from_millis(1));
        assert_eq!(late, end + Duration::from_nanos(33_333_334));
        assert_eq!(frames.next_after(end), end);
    }

    #[test]
    fn shown_seconds_are_whole_seconds_rounded_up() {
        assert_eq!(shown_seconds(Duration::ZERO), 0);
        assert_eq!(shown_seconds(Duration::from_nanos(1)), 1);
        assert_eq!(shown_seconds(Duration::from_secs(1)), 1);
        assert_eq!(shown_seconds(Duration::from_millis(14_999)), 15);
        assert_eq!(shown_seconds(Duration::from_nanos(2_000_000_001)), 3);
    }
}
