//! Player: one step card at a time, the ring timer, and the controls.
//!
//! The session engine owns all timing; this screen asks it for the state at
//! the clock's current instant and turns its events into sounds. Ticks only
//! make the screen redraw: skipping or delaying one never shifts a phase.

use std::time::{Duration, Instant};

use iced::keyboard::{Key, key::Named};
use iced::widget::{button, column, container, responsive, row, space, stack, text};
use iced::{Alignment, Element, Length, Theme};

use crate::audio::Cue;
use crate::content::schema::{Exercise, Illustration, Role, Variation};
use crate::prescription::{ExerciseSummary, Summary};
use crate::profile::Ending;
use crate::session::engine::{Event, Session, State};
use crate::session::plan::{Phase, Plan, Side};
use crate::ui::Context;
use crate::ui::style;
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::key_listener;
use crate::ui::widget::ring::Ring;

#[derive(Debug, Clone)]
pub enum Message {
    /// Time passed: redraw and collect due events.
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
    /// Sounds to play, in order.
    Play(Vec<Cue>),
    /// The routine ended (finished or stopped): show the summary.
    Finished(Box<Summary>, Vec<Cue>),
}

/// What a routine starts with.
pub struct Start {
    pub routine_id: String,
    pub routine_title: String,
    pub plan: Plan,
    /// One per exercise of the plan, in plan order.
    pub exercises: Vec<ExerciseSummary>,
    /// Countdown ticks in the last seconds of a hold.
    pub ticks: bool,
    /// The optional pain rating given before the start.
    pub pain_before: Option<u8>,
    /// Wall-clock time of the start, seconds since the Unix epoch.
    pub started_at: u64,
}

pub struct Player {
    routine_id: String,
    routine_title: String,
    /// Exercise ids in plan order.
    exercise_ids: Vec<String>,
    session: Session,
    started: Instant,
    /// Wall-clock start, seconds since the Unix epoch.
    started_at: u64,
    summary: Vec<ExerciseSummary>,
    pain_before: Option<u8>,
    /// The hold second last announced with a tick, so each of the last three
    /// seconds ticks once.
    last_tick: Option<(usize, u64)>,
    ticks_enabled: bool,
    now: Instant,
}

impl Player {
    pub fn new(start: Start, now: Instant) -> Self {
        Self {
            routine_id: start.routine_id,
            routine_title: start.routine_title,
            exercise_ids: start.exercises.iter().map(|e| e.id.clone()).collect(),
            session: Session::new(start.plan, now),
            started: now,
            started_at: start.started_at,
            summary: start.exercises,
            pain_before: start.pain_before,
            last_tick: None,
            ticks_enabled: start.ticks,
            now,
        }
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

    /// How often to tick: fast while the figure moves, slower while only
    /// the ring and the seconds change.
    pub fn tick_interval(&self) -> Duration {
        match self.session.state(self.now).phase {
            Phase::Move | Phase::Release => Duration::from_millis(33),
            _ => Duration::from_millis(100),
        }
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        match message {
            Message::Tick => {}
            Message::TogglePause => self.session.toggle_pause(now),
            Message::Skip => self.session.skip(now),
            Message::Back => self.session.back(now),
            Message::Stop | Message::Hurts => {
                // Bring the session up to now first, so a hold that ended
                // just before the press still counts as done.
                self.collect(now);
                let exercise_id = self.current_exercise_id(now);
                self.session.stop(now);
                let ending = if matches!(message, Message::Hurts) {
                    Ending::StoppedForPain { exercise_id }
                } else {
                    Ending::Stopped { exercise_id }
                };
                return Action::Finished(Box::new(self.summary(now, ending)), Vec::new());
            }
        }
        let (mut cues, finished) = self.collect(now);
        if finished {
            return Action::Finished(Box::new(self.summary(now, Ending::Finished)), cues);
        }
        if self.ticks_enabled
            && let Some(tick) = self.countdown_tick(now)
        {
            cues.push(tick);
        }
        if cues.is_empty() {
            Action::None
        } else {
            Action::Play(cues)
        }
    }

    /// The exercise the session is in at `now` (the last one once done).
    fn current_exercise_id(&self, now: Instant) -> String {
        let index = self.session.state(now).exercise_index;
        self.exercise_ids.get(index).cloned().unwrap_or_default()
    }

    /// Takes the events due by `now`: counts completed holds and returns
    /// the cues to play and whether the routine finished.
    fn collect(&mut self, now: Instant) -> (Vec<Cue>, bool) {
        let mut cues = Vec::new();
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
                    cues.push(Cue::HoldComplete);
                }
                Event::SideSwitched { .. } => cues.push(Cue::Switch),
                // The end of a rest or a countdown: time to move again
                // (one cue, even when a side switch announced it already).
                Event::PhaseStarted {
                    phase: Phase::Move, ..
                } if !cues.contains(&Cue::Switch) && !cues.contains(&Cue::HoldComplete) => {
                    cues.push(Cue::Switch);
                }
                Event::RoutineFinished { .. } => {
                    finished = true;
                    cues.push(Cue::Finish);
                }
                _ => {}
            }
        }
        (cues, finished)
    }

    /// A tick in each of the last three seconds of a hold.
    fn countdown_tick(&mut self, now: Instant) -> Option<Cue> {
        let state = self.session.state(now);
        if state.phase != Phase::Hold || state.paused {
            return None;
        }
        let seconds_left = state.remaining.as_millis().div_ceil(1000) as u64;
        if !(1..=3).contains(&seconds_left) {
            return None;
        }
        let key = (state.phase_index?, seconds_left);
        if self.last_tick == Some(key) {
            return None;
        }
        self.last_tick = Some(key);
        Some(Cue::Tick)
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
        let mut card = column![
            text(face.title).size(t.heading()),
            text(face.text).size(t.instruction()),
        ]
        .spacing(10);
        if let Some(caution) = face.caution {
            card = card.push(
                container(text(format!("⚠  {caution}")).size(t.heading()))
                    .padding([10, 16])
                    .style(style::caution),
            );
        } else if let Some(note) = face.note {
            // The exercise's own cautions and the chosen variation, on its
            // first card: quieter than a step's caution, and smaller so
            // they fit the card.
            card = card.push(
                container(text(note).size(t.control()))
                    .padding([8, 16])
                    .style(style::caution),
            );
        }

        let card_height = t.heading() * 1.3 * 2.0 + t.instruction() * 1.3 * 2.0 + 20.0 + 2.0 * 10.0;
        let card = container(card).height(Length::Fixed(card_height));

        let controls = self.controls(ctx);

        let content = column![
            progress,
            row![figure, timer]
                .spacing(20)
                .height(Length::FillPortion(3)),
            card,
            controls
        ]
        .spacing(16)
        .padding(24);

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
    /// how (the exercise says, in `switch_sides`): the rest before the
    /// other side of an alternating exercise, the countdown before the
    /// second side of one done in turn.
    fn switching_to(&self, exercise: &Exercise, state: &State) -> Option<Side> {
        exercise.switch_sides.as_ref()?;
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

    /// What the step card says now.
    fn card(&self, exercise: &Exercise, state: &State) -> CardFace {
        if let Some(side) = self.switching_to(exercise, state) {
            let text = exercise.switch_sides.as_deref().unwrap_or_default();
            return CardFace {
                title: format!(
                    "Switch to the {}",
                    crate::words::side_name(side, exercise.limb)
                ),
                text: crate::words::for_side(text, Some(side)).into_owned(),
                caution: None,
                note: None,
            };
        }
        let Some(step) = exercise.steps.get(state.step_index) else {
            return CardFace::default();
        };
        let side = state.side;
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
                    crate::words::for_side(&variation.text, side)
                ));
            }
            lines.extend(
                exercise
                    .cautions
                    .iter()
                    .map(|c| crate::words::for_side(c, side).into_owned()),
            );
            lines.join(" ")
        });
        CardFace {
            title: crate::words::for_side(&step.title, side).into_owned(),
            text: crate::words::for_side(&step.text, side).into_owned(),
            caution: step
                .caution
                .as_deref()
                .map(|c| crate::words::for_side(c, side).into_owned()),
            note: note.filter(|n| !n.is_empty()),
        }
    }

    fn timer<'a>(
        &'a self,
        ctx: &Context<'a>,
        state: &State,
        limb: crate::content::schema::Limb,
        switching_to: Option<Side>,
    ) -> Element<'a, Message> {
        let t = ctx.typography;
        let seconds_left = state.remaining.as_millis().div_ceil(1000);
        let phase = if state.paused {
            "Paused".to_owned()
        } else {
            state.phase.label().to_owned()
        };
        let rep_line = match (state.phase, state.side) {
            (_, _) if switching_to.is_some() => format!(
                "Next: {}",
                switching_to.map_or_else(String::new, |side| crate::words::side_name(side, limb))
            ),
            (Phase::Read, _) => "Get into position".to_owned(),
            (_, Some(side)) => format!(
                "Rep {} of {} · {}",
                state.rep,
                state.reps,
                crate::words::side_name(side, limb)
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

    fn controls<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
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
        row![
            big("◀  Back  (←)".into(), Message::Back, button::secondary),
            big(pause_label.into(), Message::TogglePause, button::primary),
            big("Skip  ▶  (→)".into(), Message::Skip, button::secondary),
            space::horizontal(),
            big("This hurts  (H)".into(), Message::Hurts, button::warning),
            big("■  Stop  (Esc)".into(), Message::Stop, button::danger),
        ]
        .spacing(14)
        .align_y(Alignment::Center)
        .into()
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
                        .map(|s| crate::words::for_side(&s.title, next.side).into_owned())
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
    /// The exercise's cautions and chosen variation, on its first card.
    note: Option<String>,
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
