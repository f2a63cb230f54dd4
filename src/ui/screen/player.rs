//! Player: one step card at a time, the ring timer, and the controls.
//!
//! The session engine owns all timing and the coach (`coach::Coach`) every
//! sound and spoken line: at the start and after each control the screen
//! asks the coach for its [`Orders`] (cancel what was scheduled, cut the
//! words, schedule what comes next on its instant) and hands them up in its
//! [`Action`] for the app to send to the cue player and the speaker. Ticks
//! only redraw the screen and count completed holds: a late or missing tick
//! never delays a cue or shifts a phase.
//!
//! The ticks come on a grid counted back from the current phase's end
//! ([`Frames`]), so one falls on every whole second left: the seconds shown
//! change on the second, and the phase's end is drawn when it happens.

use std::time::{Duration, Instant};

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, responsive, row, scrollable, space, stack, text};
use iced::{Alignment, Element, Length, Size, Subscription, Theme};

use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::key_listener;
use crate::ui::widget::ring::Ring;
use limber_core::coach::{Coach, Orders, Timeline};
use limber_core::content::schema::{Exercise, Illustration, Role, Variation};
use limber_core::prescription::{ExerciseSummary, Summary};
use limber_core::profile::Ending;
use limber_core::session::engine::{Event, Session, State};
use limber_core::session::plan::{Phase, Side};

#[derive(Debug, Clone)]
pub enum Message {
    /// Time passed: redraw and count completed holds.
    Tick,
    TogglePause,
    Skip,
    Back,
    Stop,
    /// "This hurts": stop now and go to the pain check-in.
    Hurts,
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
/// figure moves, less while only the ring and the seconds change. Both
/// divide a second, so the grid of [`Frames`] has a tick on every second.
const MOVING_FRAMES_PER_SECOND: u32 = 30;
const STILL_FRAMES_PER_SECOND: u32 = 10;

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

/// The whole seconds shown for `remaining`: 15 from 15 s down to just over
/// 14 s, then 14 exactly when 14 s are left, 0 only at the end.
pub fn shown_seconds(remaining: Duration) -> u64 {
    u64::try_from(remaining.as_nanos().div_ceil(NANOS_PER_SECOND)).unwrap_or(u64::MAX)
}

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
            exercise_ids: start.exercises.iter().map(|e| e.id.clone()).collect(),
            session,
            coach,
            started: now,
            started_at: start.started_at,
            summary: start.exercises,
            pain_before: start.pain_before,
            now,
        };
        (player, orders)
    }

    /// The engine's state at `now` (what the screen shows).
    pub fn state(&self, now: Instant) -> State {
        self.session.state(now)
    }

    pub fn routine_title(&self) -> &str {
        &self.routine_title
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
        let per_second = match self.session.state(self.now).phase {
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
        // The phase before the control, for the coach's side words.
        let from = self.session.state(now).phase_index;
        let orders = match message {
            Message::Tick => None,
            Message::TogglePause => {
                self.session.toggle_pause(now);
                Some(if self.session.is_paused() {
                    self.coach.pause(now)
                } else {
                    self.coach.resume(&self.session, now)
                })
            }
            Message::Skip => {
                self.session.skip(now);
                Some(self.coach.jump(&self.session, now, from))
            }
            Message::Back => {
                self.session.back(now);
                Some(self.coach.jump(&self.session, now, from))
            }
            Message::Stop | Message::Hurts => {
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
    fn current_exercise_id(&self, now: Instant) -> String {
        let index = self.session.state(now).exercise_index;
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
            routine_id: self.routine_id.clone(),
            routine_title: self.routine_title.clone(),
            started_at: self.started_at,
            duration: now.saturating_duration_since(self.started),
            ending,
            pain_before: self.pain_before,
            exercises: self.summary.clone(),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let state = self.session.state(self.now);
        let exercise = self
            .exercise_ids
            .get(state.exercise_index)
            .and_then(|id| ctx.library.exercise(id));
        let Some(exercise) = exercise else {
            return column![
                text("This exercise is not available.").size(t.heading()),
                button(text("Stop").size(t.control())).on_press(Message::Stop)
            ]
            .padding(32)
            .into();
        };

        // Top line: where we are in the routine.
        let progress = row![
            text(format!(
                "Exercise {} of {}",
                state.exercise_index + 1,
                state.exercise_count
            ))
            .size(t.control())
            .style(|theme| text::Style {
                color: Some(style::muted(theme))
            }),
            text(exercise.title.clone()).size(t.heading()),
            space::horizontal(),
            text(self.next_label(ctx, &state))
                .size(t.control())
                .style(|theme| text::Style {
                    color: Some(style::muted(theme))
                }),
        ]
        .spacing(16)
        .align_y(Alignment::Center);

        // The figure, the ring, the step card and the buttons share what
        // the top line leaves; how depends on the room (below).
        let shared = *ctx;
        let middle = responsive(move |size| self.middle(&shared, size));
        let content = column![progress, middle].spacing(16).padding(24);

        key_listener(content, |key, _| match key {
            Key::Named(Named::Space) => Some(Message::TogglePause),
            Key::Named(Named::ArrowRight) => Some(Message::Skip),
            Key::Named(Named::ArrowLeft) => Some(Message::Back),
            Key::Named(Named::Escape) => Some(Message::Stop),
            Key::Character(c) if c.as_str().eq_ignore_ascii_case("h") => Some(Message::Hurts),
            _ => None,
        })
        .into()
    }

    /// The illustration for the current phase: the figure moves from where
    /// the person is (the starting position, or lying as the rest left
    /// them) into the hold during Move, and back out during Release. A
    /// chosen variation draws its own poses.
    fn figure(&self, ctx: &Context<'_>, exercise: &Exercise, state: &State) -> FigureView {
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
        // side is the mirror image. A card that switches sides shows the
        // starting position of the side that comes.
        let switching = self.switching_to(exercise, state);
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
            _ => FigureView::illustration(ctx, current.as_ref(), highlight, mirrored),
        }
    }

    /// The variation chosen for the exercise at `index`, if it has it.
    fn variation<'e>(&self, exercise: &'e Exercise, index: usize) -> Option<&'e Variation> {
        let chosen = self.summary.get(index)?.variation.as_deref();
        exercise.variation(chosen)
    }

    /// The side the person is about to switch to, while a card tells them
    /// how (the exercise, or the chosen variation, says, in
    /// `switch_sides`): the rest before the other side of an alternating
    /// exercise, the countdown before the second side of one done in turn.
    fn switching_to(&self, exercise: &Exercise, state: &State) -> Option<Side> {
        self.switch_card(exercise, state.exercise_index)?;
        let index = state.phase_index?;
        let plan = self.session.plan();
        match state.phase {
            Phase::Rest => {
                let next = plan.phase(index + 1)?;
                (next.exercise_index == state.exercise_index && next.side != state.side)
                    .then_some(next.side)
                    .flatten()
            }
            Phase::GetReady => {
                let first_side = plan
                    .phases()
                    .iter()
                    .find(|p| p.exercise_index == state.exercise_index)?
                    .side;
                (state.side != first_side).then_some(state.side).flatten()
            }
            _ => None,
        }
    }

    /// How to switch sides in the exercise at `index`: the chosen
    /// variation's way, else the exercise's.
    fn switch_card<'e>(&self, exercise: &'e Exercise, index: usize) -> Option<&'e str> {
        exercise.switch_sides_for(self.variation(exercise, index))
    }

    /// What the step card says now. The exercise's own cautions are on
    /// every card; its tips and the chosen variation on its first.
    fn card(&self, exercise: &Exercise, state: &State) -> CardFace {
        let side = state.side;
        let cautions: Vec<String> = exercise
            .cautions
            .iter()
            .map(|c| limber_core::words::for_side(c, side).into_owned())
            .filter(|c| !c.trim().is_empty())
            .collect();
        if let Some(next) = self.switching_to(exercise, state) {
            let text = self
                .switch_card(exercise, state.exercise_index)
                .unwrap_or_default();
            return CardFace {
                title: format!(
                    "Switch to the {}",
                    limber_core::words::side_name(next, exercise.limb)
                ),
                text: limber_core::words::for_side(text, Some(next)).into_owned(),
                caution: None,
                cautions: exercise
                    .cautions
                    .iter()
                    .map(|c| limber_core::words::for_side(c, Some(next)).into_owned())
                    .filter(|c| !c.trim().is_empty())
                    .collect(),
                note: None,
            };
        }
        let Some(step) = exercise.steps.get(state.step_index) else {
            return CardFace::default();
        };
        let first_card = state.phase_index.is_some_and(|index| {
            index == 0
                || self
                    .session
                    .plan()
                    .phase(index - 1)
                    .is_none_or(|p| p.exercise_index != state.exercise_index)
        });
        let note = first_card.then(|| {
            let mut lines: Vec<String> = Vec::new();
            if let Some(variation) = self.variation(exercise, state.exercise_index) {
                lines.push(format!(
                    "{}: {}",
                    variation.title,
                    limber_core::words::for_side(&variation.text, side)
                ));
            }
            lines.extend(
                exercise
                    .tips
                    .iter()
                    .filter(|tip| !tip.trim().is_empty())
                    .map(|tip| format!("Tip: {}", limber_core::words::for_side(tip, side))),
            );
            lines.join(" ")
        });
        CardFace {
            title: limber_core::words::for_side(&step.title, side).into_owned(),
            text: limber_core::words::for_side(&step.text, side).into_owned(),
            caution: step
                .caution
                .as_deref()
                .filter(|c| !c.trim().is_empty())
                .map(|c| limber_core::words::for_side(c, side).into_owned()),
            cautions,
            note: note.filter(|n| !n.is_empty()),
        }
    }

    fn timer<'a>(
        &'a self,
        ctx: &Context<'a>,
        state: &State,
        limb: limber_core::content::schema::Limb,
        switching_to: Option<Side>,
    ) -> Element<'a, Message> {
        let t = ctx.typography;
        let seconds_left = shown_seconds(state.remaining);
        let phase = if state.paused {
            "Paused".to_owned()
        } else {
            state.phase.label().to_owned()
        };
        let rep_line = match (state.phase, state.side) {
            (_, _) if switching_to.is_some() => format!(
                "Next: {}",
                switching_to.map_or_else(String::new, |side| limber_core::words::side_name(
                    side, limb
                ))
            ),
            (Phase::Read, _) => "Get into position".to_owned(),
            (_, Some(side)) => format!(
                "Rep {} of {} · {}",
                state.rep,
                state.reps,
                limber_core::words::side_name(side, limb)
            ),
            (_, None) => format!("Rep {} of {}", state.rep, state.reps),
        };
        let phase_color = phase_color(state.phase, state.paused);
        let fraction_left = 1.0 - state.fraction_done;
        let seconds = seconds_left.to_string();
        // The ring takes all the room it has: the seconds are what a person
        // on the floor looks for.
        let dial = responsive(move |size| {
            let rep_height = t.heading() * 1.4 + 14.0;
            let diameter = size.width.min(size.height - rep_height).clamp(160.0, 560.0);
            let ring = Ring {
                fraction_left,
                arc: phase_color,
            };
            let inside = column![
                // Sized by the ring alone, so the words always fit inside it.
                text(phase.clone())
                    .size(diameter * 0.11)
                    .style(move |theme: &Theme| text::Style {
                        color: Some(phase_color(theme))
                    }),
                text(seconds.clone()).size(diameter * 0.34),
            ]
            .align_x(Alignment::Center);
            let dial = stack![
                ring.view(diameter),
                container(inside).center(Length::Fixed(diameter))
            ];
            container(
                column![dial, text(rep_line.clone()).size(t.heading())]
                    .spacing(14)
                    .align_x(Alignment::Center),
            )
            .center(Length::Fill)
            .into()
        });
        container(dial)
            .width(Length::FillPortion(4))
            .height(Length::Fill)
            .into()
    }

    /// The figure and the ring side by side above the step card; when
    /// the card's words leave the ring too little room (a small window,
    /// large text), the card goes beside the ring instead, and the figure
    /// above the card only if it still has room.
    fn middle<'a>(&'a self, ctx: &Context<'a>, size: Size) -> Element<'a, Message> {
        let t = ctx.typography;
        // The buttons on one line when their words fit (about 71
        // characters of control text, their padding and gaps), else two.
        let one_line = size.width >= 1120.0 * t.scale();
        let line = t.control() * 1.3 + 28.0;
        let controls_height = if one_line { line } else { 2.0 * line + 10.0 };
        let controls = self.controls(ctx, one_line);
        let size = Size::new(size.width, size.height - controls_height - 16.0);
        let state = self.session.state(self.now);
        let Some(exercise) = self
            .exercise_ids
            .get(state.exercise_index)
            .and_then(|id| ctx.library.exercise(id))
        else {
            return space::horizontal().into();
        };
        let figure = container(self.figure(ctx, exercise, &state).view())
            .width(Length::FillPortion(5))
            .height(Length::Fill)
            .padding(12)
            .style(style::card);

        let timer = self.timer(
            ctx,
            &state,
            exercise.limb,
            self.switching_to(exercise, &state),
        );

        let face = self.card(exercise, &state);
        let first_card = face.note.is_some();
        let mut card = column![
            text(face.title).size(t.heading()),
            text(face.text).size(t.instruction()),
        ]
        .spacing(CARD_SPACING);
        // The cautions, with the warning sign: the step's own (large), then
        // the exercise's (on every card of it, smaller, run on).
        if face.caution.is_some() || !face.cautions.is_empty() {
            let mut lines = column![].spacing(4);
            if let Some(caution) = face.caution {
                lines = lines.push(
                    row![
                        text("⚠").size(t.heading()),
                        text(caution).size(t.heading()).width(Length::Fill)
                    ]
                    .spacing(10),
                );
            }
            if !face.cautions.is_empty() {
                lines = lines.push(text(run_on_cautions(&face.cautions)).size(t.body()));
            }
            card = card.push(
                container(lines)
                    .padding([10, 16])
                    .width(Length::Fill)
                    .style(style::caution),
            );
        }
        if let Some(note) = face.note {
            // The variation and the exercise's tips, on its first card:
            // general advice, calmer than a caution.
            card = card.push(
                container(text(note).size(t.body()))
                    .padding([8, 16])
                    .width(Length::Fill)
                    .style(style::card),
            );
        }
        let variation = self.variation(exercise, state.exercise_index);
        let card_height = card_height(t, size.width, exercise, variation, first_card);

        // The smallest ring that still reads from the floor.
        const RING_ROOM: f32 = 220.0;
        let above: Element<'a, Message> = if size.height - card_height - 16.0 >= RING_ROOM {
            column![
                row![figure, timer].spacing(20).height(Length::Fill),
                container(card).height(Length::Fixed(card_height)),
            ]
            .spacing(16)
            .into()
        } else {
            // The card beside the ring is narrower, so taller.
            let beside = (size.width - 20.0) * 5.0 / 9.0;
            let card_height = self::card_height(t, beside, exercise, variation, first_card);
            let mut left = column![].spacing(16).width(Length::FillPortion(5));
            if size.height - card_height - 16.0 >= 140.0 {
                left = left.push(figure);
                left = left.push(container(card).height(Length::Shrink));
            } else {
                // No room even for the figure: every word of the card
                // stays reachable.
                left = left.push(scrollable(card).height(Length::Fill));
            }
            row![left, timer].spacing(20).height(Length::Fill).into()
        };
        column![above, controls].spacing(16).into()
    }

    fn controls<'a>(&'a self, ctx: &Context<'a>, one_line: bool) -> Element<'a, Message> {
        let t = ctx.typography;
        let big = |label: String,
                   message: Message,
                   style: fn(&Theme, button::Status) -> button::Style| {
            button(text(label).size(t.control()).center())
                .padding([14, 26])
                .style(style)
                .on_press(message)
        };
        let pause_label = if self.session.is_paused() {
            "▶  Resume  (Space)"
        } else {
            "❚❚  Pause  (Space)"
        };
        let steps = row![
            big("◀  Back  (←)".into(), Message::Back, style::secondary),
            big(pause_label.into(), Message::TogglePause, style::primary),
            big("Skip  ▶  (→)".into(), Message::Skip, style::secondary),
        ]
        .spacing(14);
        // Stopping sits apart from the step buttons, at the right.
        let stops = row![
            big("This hurts  (H)".into(), Message::Hurts, style::hurts),
            big("■  Stop  (Esc)".into(), Message::Stop, style::danger),
        ]
        .spacing(14);
        if !one_line {
            // Two lines, so every button keeps its words (a small window,
            // large text).
            column![steps, row![space::horizontal(), stops]]
                .spacing(10)
                .into()
        } else {
            row![steps, space::horizontal(), stops]
                .spacing(14)
                .align_y(Alignment::Center)
                .into()
        }
    }

    /// "Next: …" — the title of what comes after this phase.
    fn next_label(&self, ctx: &Context<'_>, state: &State) -> String {
        let next = state
            .phase_index
            .and_then(|index| self.session.plan().phase(index + 1));
        let Some(next) = next else {
            return "Next: finish".to_owned();
        };
        let title = self
            .exercise_ids
            .get(next.exercise_index)
            .and_then(|id| ctx.library.exercise(id))
            .and_then(|exercise| {
                if next.exercise_index != state.exercise_index {
                    Some(exercise.title.clone())
                } else {
                    exercise
                        .steps
                        .get(next.step_index)
                        .map(|s| limber_core::words::for_side(&s.title, next.side).into_owned())
                }
            })
            .unwrap_or_default();
        format!("Next: {} · {title}", next.phase.label())
    }
}

/// The words of the step card.
#[derive(Debug, Default)]
struct CardFace {
    title: String,
    text: String,
    /// The step's own caution, in the warning box.
    caution: Option<String>,
    /// The exercise's own cautions, in the warning box on every card.
    cautions: Vec<String>,
    /// The chosen variation and the exercise's tips, on its first card.
    note: Option<String>,
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

/// About how many lines `text` takes at `size` in `width` (Fira Sans runs
/// a little over half an em a character; rounded up, so the room is
/// enough).
fn lines_of(text: &str, size: f32, width: f32) -> f32 {
    let chars = text.chars().count() as f32;
    (chars * 0.55 * size / width.max(1.0)).ceil().max(1.0)
}

/// The room the step cards of `exercise` take in `width`: the most any of
/// its cards needs (each step's card, the card between the sides), so the
/// ring and the figure keep their size through the exercise; the first
/// card also has the box of the tips and the chosen variation.
fn card_height(
    t: style::Type,
    width: f32,
    exercise: &Exercise,
    variation: Option<&Variation>,
    first_card: bool,
) -> f32 {
    let line = |text: &str, size: f32, width: f32| size * 1.3 * lines_of(text, size, width);
    // Inside a box: its padding, and the warning sign beside a caution.
    let boxed = width - 32.0;
    let cautions: Vec<String> = exercise
        .cautions
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| limber_core::words::for_side(c, None).into_owned())
        .collect();
    let face = |title: &str, text: &str, caution: Option<&str>| {
        let mut height =
            line(title, t.heading(), width) + CARD_SPACING + line(text, t.instruction(), width);
        if caution.is_some() || !cautions.is_empty() {
            height += CARD_SPACING + 20.0;
            if let Some(caution) = caution {
                height += line(caution, t.heading(), boxed - t.heading() - 10.0) + 4.0;
            }
            if !cautions.is_empty() {
                height += line(&run_on_cautions(&cautions), t.body(), boxed);
            }
        }
        height
    };
    let mut height = exercise
        .steps
        .iter()
        .map(|step| {
            face(
                &limber_core::words::for_side(&step.title, None),
                &limber_core::words::for_side(&step.text, None),
                step.caution.as_deref(),
            )
        })
        .fold(0.0, f32::max);
    if let Some(switch) = exercise.switch_sides_for(variation) {
        height = height.max(face(
            "Switch to the right side",
            &limber_core::words::for_side(switch, None),
            None,
        ));
    }
    if first_card {
        let mut note: Vec<String> = Vec::new();
        if let Some(variation) = variation {
            note.push(format!("{}: {}", variation.title, variation.text));
        }
        note.extend(exercise.tips.iter().map(|tip| format!("Tip: {tip}")));
        if !note.is_empty() {
            height += CARD_SPACING + 16.0 + line(&note.join(" "), t.body(), boxed);
        }
    }
    height
}

/// Smooth start and stop for the figure's movement.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn phase_color(phase: Phase, paused: bool) -> fn(&Theme) -> iced::Color {
    if paused {
        return |theme| theme.extended_palette().secondary.base.color;
    }
    match phase {
        Phase::Hold => |theme| theme.extended_palette().primary.base.color,
        Phase::Move | Phase::Release => |theme| theme.extended_palette().success.base.color,
        _ => |theme| theme.extended_palette().secondary.strong.color,
    }
}

/// The player's keys, for the "Keys" sheet.
pub const SHORTCUTS: &[crate::ui::widget::keys::Shortcut] = &[
    crate::ui::widget::keys::shortcut("Space", "Pause or go on"),
    crate::ui::widget::keys::shortcut("→", "Skip this step"),
    crate::ui::widget::keys::shortcut("←", "Back a step"),
    crate::ui::widget::keys::shortcut("H", "This hurts: stop here"),
    crate::ui::widget::keys::shortcut("Esc", "Stop the routine"),
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
