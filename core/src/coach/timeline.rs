//! The cue timeline: every sound and every spoken line of a routine, each
//! at its exact offset from the routine's start (its *plan position*).
//!
//! It is a pure function of the plan the player runs, the exercises (for
//! the words) and the [`CoachOptions`]. The sounds are the ones the player
//! has always made from the engine's events:
//!
//! * a hold that runs its full time ends with [`Cue::HoldComplete`];
//! * the next phase working the other side starts with [`Cue::Switch`];
//! * a `Move` phase starts with [`Cue::Switch`] (time to move again),
//!   unless a chime or switch sound already marks that instant;
//! * each of the last three seconds of a hold starts with a [`Cue::Tick`]
//!   (at the hold's start for a hold of three seconds or less);
//! * the routine ends with [`Cue::Finish`].
//!
//! The words, in the coach's phrases (see [`super::phrases`]):
//!
//! * an exercise's first phase names it; a setup card says its step's
//!   `spoken` line (or its text): "Knee to chest. Lie on your back, knees
//!   bent.";
//! * get ready: the side, "Left leg. Get ready.";
//! * move: the step's `spoken` line, else its title: "Press up on your
//!   forearms.";
//! * a side change: "Switch to the right leg."; on a move, the side and
//!   the move's words, so every side hears its movement: "Right leg. Lean
//!   forward.";
//! * hold: "Hold for 15 seconds." (the first time, with the hold step's
//!   `spoken` line when the hold is long enough: never its text, which may
//!   be a second command), then "3", "2", "1" on the last seconds if the
//!   countdown is by voice, where the hold's words leave room;
//! * release: the step's `spoken` line, else "Relax."; with "Next:
//!   Partial crunch." after an exercise's last repetition;
//! * rest: "Rest.";
//! * the end: "Routine done: 3 exercises, 5 minutes.".
//!
//! An exercise's key caution (a step's `spoken_caution`) is said once, at
//! its first repetition, instead of that step's usual line there: "Lower
//! slowly; don't drop back." A chosen variation's lines
//! (`Variation::spoken`) replace the lines of the steps they name, and its
//! `switch_sides` the exercise's.
//!
//! Everything said at one instant is one utterance, so a line never queues
//! behind another.
//!
//! Re-planning. Pausing stops the plan's clock and skip/back move along the
//! plan (see `session::engine`); the player then cancels what it had
//! scheduled and asks again: [`Timeline::after`] for what is still to come
//! from a plan position (resume), [`Timeline::entering`] for a phase
//! entered by skip or back (its start cues as they sound when entered that
//! way: a skipped hold gets no chime), [`Timeline::finish`] for a routine
//! ended by a skip. [`super::Coach`] does this bookkeeping.

use std::time::Duration;

use crate::content::schema::{Exercise, Step, Variation};

use crate::session::phases::{Phase, Plan, PlannedPhase};
use crate::session::stage::{Look, Stages};
use crate::sound::Cue;

use super::phrases;

/// Sets of at least this many holds (per exercise, both sides together)
/// say "Halfway." once.
pub const HALFWAY_FROM: usize = 6;

/// How the last seconds of a hold are counted: a profile setting.
pub use crate::profile::Countdown;

/// The settings that change what the coach plays and says. (Sound on/off
/// and the volumes are the players' business, not the timeline's.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CoachOptions {
    /// The spoken coach.
    pub speech: bool,
    /// How the last seconds of a hold are counted (`Settings::countdown`).
    pub countdown: Countdown,
}

impl Default for CoachOptions {
    /// The coach speaking and counting down by voice.
    fn default() -> Self {
        CoachOptions {
            speech: true,
            countdown: Countdown::default(),
        }
    }
}

impl CoachOptions {
    /// These options on a machine where the speaker `can_speak` or not:
    /// without a voice the coach says nothing, so the ticks count again
    /// and the chimes play as they always did.
    pub fn with_voice(self, can_speak: bool) -> CoachOptions {
        CoachOptions {
            speech: self.speech && can_speak,
            ..self
        }
    }

    /// Whether holds end with ticks. Counting by voice replaces them, but
    /// only while the voice speaks: with speech off the ticks are back.
    pub fn tick_sounds(&self) -> bool {
        self.countdown.ticks(self.speech)
    }

    /// Whether the voice counts the last seconds.
    pub fn voice_count(&self) -> bool {
        self.countdown.voice_counts(self.speech)
    }
}

/// What a cue does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Play a sound.
    Sound(Cue),
    /// Say words (one utterance).
    Say(String),
}

/// A cue at its offset from the routine's start.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimedCue {
    /// The plan position at which it is due.
    pub at: Duration,
    /// The phase it belongs to (index into `Plan::phases`): the phase it
    /// starts or happens in; for a hold's chime and the end of the routine,
    /// the phase that ended.
    pub phase_index: usize,
    pub kind: CueKind,
}

/// The cues one phase contributes.
#[derive(Debug, Clone, Default)]
struct PhaseCues {
    /// Said first when the phase starts: the exercise's name.
    lead: Vec<String>,
    /// Names the side when the phase is not entered by a side switch.
    side: Option<String>,
    /// Replaces `side` when the phase is entered from the other side.
    switch: Option<String>,
    /// Said after that.
    body: Vec<String>,
    /// Cues inside the phase, as offsets from its start (countdown).
    within: Vec<(Duration, CueKind)>,
    /// A hold's chime, when the phase runs its full time.
    ran_out: Option<Cue>,
    /// A counted repetition: its number is the cue, so its move starts
    /// without the move sound while the voice speaks, and its hold has no
    /// countdown.
    counted: bool,
    /// A release saying its step's own line, which the content marks as
    /// telling the person to rest (`Step::says_rest`).
    says_rest: bool,
}

/// Every cue of a routine, in order, and what is needed to re-plan.
#[derive(Debug, Clone)]
pub struct Timeline {
    plan: Plan,
    options: CoachOptions,
    phases: Vec<PhaseCues>,
    /// What the player shows as one, and moves by.
    stages: Stages,
    /// At the end of the routine (however it ended).
    finish: Vec<CueKind>,
    /// The cues of a run with nothing pressed, in time order.
    cues: Vec<TimedCue>,
}

/// An exercise as the coach says it: its words, and the variation the
/// person chose, whose lines replace some of the steps'.
#[derive(Debug, Clone, Copy)]
pub struct Voiced<'a> {
    pub exercise: &'a Exercise,
    pub variation: Option<&'a Variation>,
}

impl<'a> From<&'a Exercise> for Voiced<'a> {
    fn from(exercise: &'a Exercise) -> Voiced<'a> {
        Voiced {
            exercise,
            variation: None,
        }
    }
}

impl<'a> Voiced<'a> {
    /// The line said for `step` where its own `spoken` line (or, without
    /// one, `fallback`) would be: the variation's line for it first.
    fn line(&self, step: &'a Step, fallback: &'a str) -> &'a str {
        self.variation
            .and_then(|variation| variation.spoken_for(step))
            .or_else(|| step.spoken())
            .unwrap_or(fallback)
    }

    /// How to switch sides between two sides, if a card says it: the
    /// variation's, else the exercise's.
    fn switch_sides(&self) -> Option<&'a str> {
        self.exercise.switch_sides_for(self.variation)
    }
}

/// Whether entering phase `to` from phase `from` changes side: the engine's
/// rule for `Event::SideSwitched` (same exercise, both sided, sides differ).
fn switches_side(from: Option<&PlannedPhase>, to: &PlannedPhase) -> bool {
    match (from, to.side) {
        (Some(from), Some(side)) => {
            from.exercise_index == to.exercise_index && from.side.is_some_and(|s| s != side)
        }
        _ => false,
    }
}

impl Timeline {
    /// The timeline of `plan`. `exercises` are the exercises the plan was
    /// built from, in the same order (`PlannedPhase::exercise_index` indexes
    /// them); a missing one only leaves its words out.
    pub fn new(plan: Plan, exercises: &[&Exercise], options: CoachOptions) -> Timeline {
        let voiced: Vec<Voiced<'_>> = exercises.iter().map(|e| Voiced::from(*e)).collect();
        Timeline::voiced(plan, &voiced, options)
    }

    /// [`Timeline::new`] with each exercise's chosen variation.
    pub fn voiced(plan: Plan, exercises: &[Voiced<'_>], options: CoachOptions) -> Timeline {
        let first_times = first_times(plan.phases());
        let mut phases: Vec<PhaseCues> = (0..plan.phases().len())
            .map(|index| phase_cues(&plan, index, first_times[index], exercises))
            .collect();
        let stages = pace(&plan, &mut phases, &options);
        for (index, cues) in phases.iter_mut().enumerate() {
            countdown_of(&plan, index, cues, &options);
        }
        let mut finish = vec![CueKind::Sound(Cue::Finish)];
        if options.speech {
            let exercise_count = plan.exercise_count();
            finish.push(CueKind::Say(phrases::routine_done(
                exercise_count,
                plan.total(),
            )));
        }
        let mut timeline = Timeline {
            plan,
            options,
            phases,
            stages,
            finish,
            cues: Vec::new(),
        };
        timeline.cues = timeline.natural_run();
        timeline
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn options(&self) -> CoachOptions {
        self.options
    }

    /// The stages the player shows and moves by (see `session::stage`):
    /// a release and its rest are one where the coach says them as one.
    pub fn stages(&self) -> &Stages {
        &self.stages
    }

    /// The routine's length: `Plan::total`, where the last cues are due.
    pub fn total(&self) -> Duration {
        self.plan.total()
    }

    /// Every cue of a run with nothing pressed, in time order.
    pub fn cues(&self) -> &[TimedCue] {
        &self.cues
    }

    /// The cues due strictly after plan position `position`, in order: what
    /// is still to come when the routine resumes there.
    pub fn after(&self, position: Duration) -> &[TimedCue] {
        let first = self.cues.partition_point(|cue| cue.at <= position);
        &self.cues[first..]
    }

    /// The cues from plan position `position` on, those due exactly there
    /// included.
    pub fn from(&self, position: Duration) -> &[TimedCue] {
        let first = self.cues.partition_point(|cue| cue.at < position);
        &self.cues[first..]
    }

    /// The cues when phase `index` is entered by skip or back from phase
    /// `from` (`None`: as if nothing came before): the phase's start cues as
    /// they sound entered that way, then everything after its start. Empty
    /// for an index past the plan.
    pub fn entering(&self, index: usize, from: Option<usize>) -> Vec<TimedCue> {
        let Some(phase) = self.plan.phase(index) else {
            return Vec::new();
        };
        let switched = switches_side(from.and_then(|from| self.plan.phase(from)), phase);
        let mut cues = self.boundary(None, Some((index, switched)));
        cues.extend_from_slice(self.after(phase.start));
        cues
    }

    /// The cues of the routine's end, at the plan's total: for a routine
    /// ended by skipping its last phase (no hold chime).
    pub fn finish(&self) -> Vec<TimedCue> {
        self.boundary_cues(
            self.plan.total(),
            self.plan.phases().len().saturating_sub(1),
            Vec::new(),
            Vec::new(),
            true,
        )
    }

    /// The run with nothing pressed: each boundary with the previous
    /// phase's end, then the phase's inner cues.
    fn natural_run(&self) -> Vec<TimedCue> {
        let mut cues = Vec::new();
        let phases = self.plan.phases();
        for (index, phase) in phases.iter().enumerate() {
            let previous = index.checked_sub(1);
            let switched = switches_side(previous.and_then(|p| phases.get(p)), phase);
            cues.extend(self.boundary(previous, Some((index, switched))));
            cues.extend(self.within(index, false));
        }
        if let Some(last) = phases.len().checked_sub(1) {
            cues.extend(self.boundary(Some(last), None));
        }
        cues
    }

    /// The cues at the start of phase `entered` (with whether it is entered
    /// from the other side), after phase `ended` ran out; with `entered`
    /// `None`, the end of the routine. Includes the entered phase's inner
    /// cues due at its very start.
    fn boundary(&self, ended: Option<usize>, entered: Option<(usize, bool)>) -> Vec<TimedCue> {
        let mut sounds = Vec::new();
        let mut words: Vec<String> = Vec::new();
        if let Some(chime) = ended.and_then(|index| self.phases[index].ran_out) {
            sounds.push(chime);
        }
        let Some((index, switched)) = entered else {
            let last = ended.unwrap_or(0);
            return self.boundary_cues(self.plan.total(), last, sounds, words, true);
        };
        let (Some(phase), Some(cues)) = (self.plan.phase(index), self.phases.get(index)) else {
            return Vec::new();
        };
        if switched {
            sounds.push(Cue::Switch);
        }
        let said_instead = cues.counted && self.options.speech;
        if phase.phase == Phase::Move
            && !said_instead
            && !sounds.contains(&Cue::Switch)
            && !sounds.contains(&Cue::HoldComplete)
        {
            sounds.push(Cue::Switch);
        }
        if self.options.speech {
            words.extend(cues.lead.iter().cloned());
            let side = if switched { &cues.switch } else { &cues.side };
            words.extend(side.iter().cloned());
            words.extend(cues.body.iter().cloned());
        }
        let mut timed = self.boundary_cues(phase.start, index, sounds, words, false);
        timed.extend(self.within(index, true));
        timed
    }

    fn boundary_cues(
        &self,
        at: Duration,
        phase_index: usize,
        sounds: Vec<Cue>,
        words: Vec<String>,
        finish: bool,
    ) -> Vec<TimedCue> {
        let mut kinds: Vec<CueKind> = sounds.into_iter().map(CueKind::Sound).collect();
        let mut words = words;
        if finish {
            for kind in &self.finish {
                match kind {
                    CueKind::Say(text) => words.push(text.clone()),
                    sound => kinds.push(sound.clone()),
                }
            }
        }
        let utterance = phrases::join(&words);
        if !utterance.is_empty() {
            kinds.push(CueKind::Say(utterance));
        }
        kinds
            .into_iter()
            .map(|kind| TimedCue {
                at,
                phase_index,
                kind,
            })
            .collect()
    }

    /// The inner cues of phase `index`: those at its very start
    /// (`at_start`) or those after it.
    fn within(&self, index: usize, at_start: bool) -> Vec<TimedCue> {
        let (Some(phase), Some(cues)) = (self.plan.phase(index), self.phases.get(index)) else {
            return Vec::new();
        };
        cues.within
            .iter()
            .filter(|(offset, _)| offset.is_zero() == at_start)
            .map(|(offset, kind)| TimedCue {
                at: phase.start.saturating_add(*offset),
                phase_index: index,
                kind: kind.clone(),
            })
            .collect()
    }
}

/// For each phase, whether it is its exercise's first phase of its kind
/// (its first repetition): one pass over the plan, where looking back from
/// every phase cost the square of the routine's length.
fn first_times(phases: &[PlannedPhase]) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    phases
        .iter()
        .map(|phase| seen.insert((phase.exercise_index, phase.phase)))
        .collect()
}

/// The words and inner cues of one phase, as a voice would say them
/// (`pace` clears them when the voice is off; `first_time`: its
/// exercise's first phase of this kind, its first repetition).
fn phase_cues(plan: &Plan, index: usize, first_time: bool, exercises: &[Voiced<'_>]) -> PhaseCues {
    let phases = plan.phases();
    let phase = &phases[index];
    let voiced = exercises.get(phase.exercise_index).copied();
    let exercise = voiced.map(|v| v.exercise);
    let step: Option<&Step> = exercise.and_then(|e| e.steps.get(phase.step_index));
    let same_exercise = |other: &PlannedPhase| other.exercise_index == phase.exercise_index;
    let first_of_exercise = index == 0 || !phases.get(index - 1).is_some_and(same_exercise);
    let last_of_exercise = !phases.get(index + 1).is_some_and(same_exercise);
    // Texts of a sided exercise name the side being done ({side}).
    let for_side = |text: &str| crate::words::for_side(text, phase.side).into_owned();
    // The step's own line: the variation's or its own `spoken` line, else
    // `fallback`.
    let own_line = |fallback: &dyn Fn(&Step) -> Option<String>| -> Option<String> {
        let (voiced, step) = (voiced?, step?);
        match voiced.line(step, "") {
            "" => fallback(step).map(|line| phrases::sentence(&for_side(&line))),
            spoken => Some(phrases::sentence(&for_side(spoken))),
        }
    };
    // The step's line at this repetition: its key caution the first time,
    // if it has one, else its own line.
    let line = |fallback: &dyn Fn(&Step) -> Option<String>| -> Option<String> {
        match step.and_then(Step::spoken_caution) {
            Some(caution) if first_time => Some(phrases::sentence(&for_side(caution))),
            _ => own_line(fallback),
        }
    };

    let mut cues = PhaseCues::default();
    // The exercise is named at its first phase; after a breather, which
    // names it itself, not again at its first card.
    let after_up_next = index
        .checked_sub(1)
        .and_then(|previous| phases.get(previous))
        .is_some_and(|previous| same_exercise(previous) && previous.phase == Phase::UpNext);
    if first_of_exercise
        && phase.phase != Phase::UpNext
        && let Some(exercise) = exercise
    {
        cues.lead.push(phrases::sentence(&exercise.title));
    }
    let limb = exercise.map(|e| e.limb).unwrap_or_default();
    let switch_card = voiced.and_then(|v| v.switch_sides());
    if let Some(side) = phase.side {
        // A move on the other side names the side and then says its own
        // line, in the 2-3 s a move lasts: "Right leg. Lean forward."
        cues.switch = Some(if phase.phase == Phase::Move {
            phrases::side(side, limb)
        } else {
            phrases::switch_to(side, limb)
        });
    }
    let text_of = |step: &Step| Some(step.text.clone());
    match phase.phase {
        Phase::UpNext => {
            // "Press-up done. Up next: Knee to chest."
            let done = index
                .checked_sub(1)
                .and_then(|previous| phases.get(previous))
                .and_then(|previous| exercises.get(previous.exercise_index));
            if let Some(done) = done {
                cues.body.push(phrases::exercise_done(&done.exercise.title));
            }
            if let Some(exercise) = exercise {
                cues.body.push(phrases::up_next(&exercise.title));
            }
        }
        Phase::Read => cues.body.extend(line(&text_of)),
        Phase::GetReady => {
            // The first card of an exercise whose setup cards are not
            // shown on their own: say the card once here.
            if first_of_exercise || after_up_next {
                cues.body.extend(own_line(&text_of));
            }
            cues.side = phase.side.map(|side| phrases::side(side, limb));
            cues.body.push(phrases::get_ready());
        }
        Phase::Move => cues.body.extend(line(&|step| Some(step.title.clone()))),
        Phase::Hold => {
            cues.body.push(phrases::hold(phase.duration));
            // The hold's own line only the first time, only its `spoken`
            // line (a text may be one more command), and only when there
            // is time; its key caution the first time in any case.
            let room = phase.duration >= phrases::HOLD_INSTRUCTION_FROM;
            if first_time {
                cues.body.extend(
                    line(&|_| None)
                        .filter(|_| room || step.is_some_and(|s| s.spoken_caution().is_some())),
                );
            }
        }
        Phase::Release => {
            cues.body.extend(line(&|_| Some(phrases::relax())));
            cues.says_rest =
                step.is_some_and(|s| s.says_rest && !(first_time && s.spoken_caution().is_some()));
            // What comes, where no breather will say it.
            let next = phases
                .get(index + 1)
                .filter(|next| next.phase != Phase::UpNext)
                .and_then(|next| exercises.get(next.exercise_index));
            if last_of_exercise && let Some(next) = next {
                cues.body.push(phrases::next(&next.exercise.title));
            }
        }
        Phase::Rest => {
            // Before the other side of an exercise whose position changes
            // between sides: how to switch, instead of "Rest".
            let next = phases.get(index + 1).filter(|next| same_exercise(next));
            match (next, switch_card) {
                (Some(next), Some(switch)) if next.side != phase.side => {
                    cues.body.push(phrases::sentence(&crate::words::for_side(
                        switch, next.side,
                    )));
                    // Entered back from the other side, it still says
                    // the side that comes, and only that.
                    cues.switch = None;
                }
                // Without a card for it: which side comes.
                (Some(next), None) if next.side != phase.side && next.side.is_some() => {
                    cues.body
                        .extend(next.side.map(|side| phrases::switch_to(side, limb)));
                    cues.switch = None;
                }
                _ => cues.body.push(phrases::rest()),
            }
        }
        Phase::Done => {}
    }
    // Without the voice the words are cleared in `pace`, once the stages
    // are known (they follow the words a voice would say).
    if phase.phase == Phase::Hold {
        cues.ran_out = Some(Cue::HoldComplete);
    }
    cues
}

/// Paces the set: works out the stages (a release and its rest are one
/// where they say the same: "Relax." or a line the content marks as saying
/// rest, then "Rest."), leaves the rest's words
/// out there, counts the repetitions of short holds after the first
/// ("Two.", …, "Last one.", with nothing said at their hold, release and
/// rest), and says "Halfway." once in a long set.
fn pace(plan: &Plan, cues: &mut [PhaseCues], options: &CoachOptions) -> Stages {
    let phases = plan.phases();
    let says_only = |cues: &PhaseCues, words: &str| {
        cues.lead.is_empty() && cues.side.is_none() && cues.body.len() == 1 && cues.body[0] == words
    };
    // A release that says "Relax.", or a line of its own that the content
    // marks as telling the person to rest ("Lower and rest."): the plain
    // "Rest." after it would say the same thing again.
    let says_rest = |cues: &PhaseCues| {
        says_only(cues, &phrases::relax())
            || (cues.says_rest
                && cues.lead.is_empty()
                && cues.side.is_none()
                && cues.body.len() == 1)
    };
    let stages = Stages::new(plan, |release| {
        let rest = release + 1;
        // The words are compared whether or not the voice is on (they are
        // cleared below when it is off), so the screen shows the same
        // stages either way.
        match (cues.get(release), cues.get(rest)) {
            (Some(relax), Some(rest)) => says_rest(relax) && says_only(rest, &phrases::rest()),
            _ => false,
        }
    });
    for stage in stages.all() {
        match stage.look {
            Look::Relax if stage.end - stage.first == 2 => cues[stage.first + 1].body.clear(),
            Look::Working => {
                for index in stage.first..stage.end {
                    let phase = &phases[index];
                    // The rest of a working repetition says nothing: the
                    // next number, or the move's words, start the next.
                    if phase.phase == Phase::Rest {
                        cues[index].body.clear();
                    }
                    if phase.rep <= 1 {
                        continue;
                    }
                    cues[index].counted = true;
                    if index == stage.first {
                        cues[index].body = vec![phrases::rep_count(phase.rep, phase.reps)];
                    } else {
                        cues[index].body.clear();
                    }
                }
            }
            _ => {}
        }
    }
    // "Halfway." at the start of the repetition after the first half of a
    // long set.
    for exercise_index in 0..plan.exercise_count() {
        // Where each repetition starts: its move, or its hold without one.
        let slots: Vec<usize> = phases
            .iter()
            .enumerate()
            .filter(|(_, p)| p.exercise_index == exercise_index && p.phase == Phase::Hold)
            .map(
                |(index, hold)| match index.checked_sub(1).map(|i| (i, &phases[i])) {
                    Some((move_, p))
                        if p.phase == Phase::Move && (p.rep, p.side) == (hold.rep, hold.side) =>
                    {
                        move_
                    }
                    _ => index,
                },
            )
            .collect();
        if slots.len() >= HALFWAY_FROM
            && let Some(&first) = slots.get(slots.len() / 2)
        {
            cues[first].body.push(phrases::halfway());
        }
    }
    if !options.speech {
        for cues in cues.iter_mut() {
            cues.lead.clear();
            cues.side = None;
            cues.switch = None;
            cues.body.clear();
        }
    }
    stages
}

/// The countdown of the hold at `index`, once its start words are known
/// (none for a counted repetition: a 1 s hold is not counted down).
fn countdown_of(plan: &Plan, index: usize, cues: &mut PhaseCues, options: &CoachOptions) {
    let phases = plan.phases();
    let phase = &phases[index];
    if phase.phase != Phase::Hold || cues.counted {
        return;
    }
    // The start words as the natural run says them, to keep the voice
    // countdown clear of them.
    let previous = index.checked_sub(1).and_then(|p| phases.get(p));
    let side = if switches_side(previous, phase) {
        &cues.switch
    } else {
        &cues.side
    };
    let start_words: Vec<&String> = cues.lead.iter().chain(side).chain(&cues.body).collect();
    let start_words = phrases::join(&start_words);
    cues.within = countdown(phase.duration, &start_words, options);
}

/// The countdown of a hold lasting `length`: for each of the last three
/// seconds `n`, due when `n` seconds are left (at the start for a hold
/// shorter than that), a tick and/or the voice saying `n`, as the options
/// say. The voice only counts once the hold's start words are said.
fn countdown(
    length: Duration,
    start_words: &str,
    options: &CoachOptions,
) -> Vec<(Duration, CueKind)> {
    let mut cues = Vec::new();
    let words_end = phrases::speaking_time(start_words);
    for n in (1..=3u64).rev() {
        let seconds = Duration::from_secs(n);
        // Second `n` of the countdown exists if more than n - 1 seconds
        // are left at the start: the player shows the digit n then.
        if length <= Duration::from_secs(n - 1) {
            continue;
        }
        let offset = length.saturating_sub(seconds);
        if options.tick_sounds() {
            cues.push((offset, CueKind::Sound(Cue::Tick)));
        }
        if options.voice_count() && offset >= words_end {
            cues.push((offset, CueKind::Say(phrases::count(n))));
        }
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schema::{Role, Sides};
    use crate::session::phases::Timings;
    use crate::session::phases::tests::{exercise, resolved};

    const ROLES: [Role; 4] = [Role::Setup, Role::Move, Role::Hold, Role::Release];

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn said(timeline: &Timeline) -> Vec<(Duration, String)> {
        timeline
            .cues()
            .iter()
            .filter_map(|cue| match &cue.kind {
                CueKind::Say(text) => Some((cue.at, text.clone())),
                CueKind::Sound(_) => None,
            })
            .collect()
    }

    fn sounds(cues: &[TimedCue]) -> Vec<(Duration, Cue)> {
        cues.iter()
            .filter_map(|cue| match cue.kind {
                CueKind::Sound(sound) => Some((cue.at, sound)),
                CueKind::Say(_) => None,
            })
            .collect()
    }

    fn two_exercises() -> (Exercise, Exercise) {
        let mut knee = exercise("Knee to chest", Sides::Alternate, &ROLES);
        knee.steps[0].spoken = Some("Lie on your back, knees bent.".into());
        knee.steps[1].title = "Knee to chest".into();
        knee.steps[2].text = "Hold the knee close.".into();
        let mut crunch = exercise("Partial crunch", Sides::None, &ROLES);
        crunch.steps[0].text = "Lie on your back.".into();
        crunch.steps[1].title = "Lift your shoulders".into();
        (knee, crunch)
    }

    #[test]
    fn a_sided_exercise_is_named_counted_and_switched_in_words() {
        let (knee, crunch) = two_exercises();
        let plan = Plan::new(
            &[(&knee, resolved(15, 1)), (&crunch, resolved(2, 1))],
            &Timings::default(),
        );
        let timeline = Timeline::new(plan, &[&knee, &crunch], CoachOptions::default());
        let lines: Vec<(u64, String)> = said(&timeline)
            .into_iter()
            .map(|(at, text)| (at.as_secs(), text))
            .collect();
        let expected: Vec<(u64, &str)> = vec![
            // Read 8 s, get ready 5 s, move 3 s, hold 15 s, release 2 s.
            (0, "Knee to chest. Lie on your back, knees bent."),
            (8, "Left leg. Get ready."),
            (13, "Knee to chest."),
            // The hold step's text is not said: only a `spoken` line
            // would be (there is none here).
            (16, "Hold for 15 seconds."),
            (28, "3"),
            (29, "2"),
            (30, "1"),
            (31, "Relax."),
            // The rest before the other side says which side comes.
            (33, "Switch to the right leg."),
            // The other side's move names the side, then the movement.
            (38, "Right leg. Knee to chest."),
            (41, "Hold for 15 seconds."),
            (53, "3"),
            (54, "2"),
            (55, "1"),
            (56, "Relax."),
            // The breather between exercises: the one done, the one next.
            (58, "Knee to chest done. Up next: Partial crunch."),
            // Named already: its first card goes straight to the words.
            (63, "Lie on your back."),
            (71, "Get ready."),
            (76, "Lift your shoulders."),
            // A 2 s hold: no room for its length or a count.
            (79, "Hold."),
            (80, "1"),
            (81, "Relax."),
            (83, "Routine done: 2 exercises, 1 minute."),
        ];
        let expected: Vec<(u64, String)> = expected
            .into_iter()
            .map(|(at, text)| (at, text.to_owned()))
            .collect();
        assert_eq!(lines, expected);
        assert_eq!(timeline.total(), secs(83));
    }

    #[test]
    fn sounds_follow_the_players_rules() {
        let (knee, crunch) = two_exercises();
        let plan = Plan::new(
            &[(&knee, resolved(15, 1)), (&crunch, resolved(2, 1))],
            &Timings::default(),
        );
        let options = CoachOptions {
            speech: false,
            ..CoachOptions::default()
        };
        let timeline = Timeline::new(plan, &[&knee, &crunch], options);
        use Cue::*;
        let expected = vec![
            (13, Switch),
            (28, Tick),
            (29, Tick),
            (30, Tick),
            (31, HoldComplete),
            // After the rest: one switch sound for the side and the move.
            (38, Switch),
            (53, Tick),
            (54, Tick),
            (55, Tick),
            (56, HoldComplete),
            (76, Switch),
            // A 2 s hold ticks at its start and one second later.
            (79, Tick),
            (80, Tick),
            (81, HoldComplete),
            (83, Finish),
        ];
        let got: Vec<(u64, Cue)> = sounds(timeline.cues())
            .into_iter()
            .map(|(at, cue)| (at.as_secs(), cue))
            .collect();
        assert_eq!(got, expected);
        assert!(said(&timeline).is_empty(), "speech off says nothing");
    }

    #[test]
    fn short_holds_are_coached_once_then_counted_without_ticks() {
        let mut crunch = exercise("Crunch", Sides::None, &ROLES);
        crunch.steps[1].spoken = Some("Lift a little".into());
        let plan = Plan::new(&[(&crunch, resolved(1, 7))], &Timings::default());
        let timeline = Timeline::new(plan.clone(), &[&crunch], CoachOptions::default());
        let words: Vec<String> = said(&timeline).into_iter().map(|(_, w)| w).collect();
        assert_eq!(
            words,
            vec![
                "Crunch. step 0.",
                "Get ready.",
                // The first repetition in full; no "Rest." after "Relax.".
                "Lift a little.",
                "Hold.",
                "Relax.",
                "Two.",
                "Three.",
                "Four. Halfway.",
                "Five.",
                "Six.",
                "Last one.",
                "Routine done: 1 exercise, 1 minute.",
            ]
        );
        // Each count is said as its lift starts, with no move sound over
        // it and no ticks in its one-second hold; the chime still marks
        // the end of each hold.
        let moves: Vec<Duration> = plan
            .phases()
            .iter()
            .filter(|p| p.phase == Phase::Move)
            .map(|p| p.start)
            .collect();
        let count_at: Vec<Duration> = said(&timeline)
            .into_iter()
            .filter(|(_, w)| {
                [
                    "Two.",
                    "Three.",
                    "Four. Halfway.",
                    "Five.",
                    "Six.",
                    "Last one.",
                ]
                .contains(&w.as_str())
            })
            .map(|(at, _)| at)
            .collect();
        assert_eq!(count_at, moves[1..]);
        let played = sounds(timeline.cues());
        let count = |cue: Cue| played.iter().filter(|(_, c)| *c == cue).count();
        assert_eq!(count(Cue::Switch), 1, "the first lift only");
        assert_eq!(count(Cue::Tick), 0, "voice counting: no ticks");
        assert_eq!(count(Cue::HoldComplete), 7);
        // Without the voice the move sound marks every lift, and the
        // counted holds still tick nothing (the first ticks once).
        let quiet = Timeline::new(
            plan.clone(),
            &[&crunch],
            CoachOptions {
                speech: false,
                ..CoachOptions::default()
            },
        );
        let played = sounds(quiet.cues());
        let count = |cue: Cue| played.iter().filter(|(_, c)| *c == cue).count();
        assert_eq!(count(Cue::Switch), 7);
        assert_eq!(count(Cue::Tick), 1);
        // The screen shows each repetition as one working stage.
        let working = timeline
            .stages()
            .all()
            .iter()
            .filter(|s| s.look == Look::Working)
            .count();
        assert_eq!(working, 7);
    }

    #[test]
    fn relax_and_rest_are_said_once_where_they_say_the_same() {
        // A release with no words of its own: "Relax." then silence
        // through the rest, one stage on the screen; six repetitions say
        // "Halfway." at the fourth.
        let plain = exercise("Butterfly", Sides::None, &ROLES);
        let plan = Plan::new(&[(&plain, resolved(10, 6))], &Timings::default());
        let timeline = Timeline::new(plan, &[&plain], CoachOptions::default());
        assert_eq!(lines_of(&timeline, Phase::Rest), Vec::<String>::new());
        assert_eq!(lines_of(&timeline, Phase::Release).len(), 6);
        let merged = timeline
            .stages()
            .all()
            .iter()
            .filter(|s| s.look == Look::Relax && s.end - s.first == 2)
            .count();
        assert_eq!(merged, 5, "every release but the last has a rest");
        let halfway: Vec<(Duration, String)> = said(&timeline)
            .into_iter()
            .filter(|(_, w)| w.contains("Halfway"))
            .collect();
        assert_eq!(halfway.len(), 1);
        let fourth_move = timeline
            .plan()
            .phases()
            .iter()
            .filter(|p| p.phase == Phase::Move)
            .nth(3)
            .map(|p| p.start);
        assert_eq!(Some(halfway[0].0), fourth_move);
        assert_eq!(halfway[0].1, "step 1. Halfway.");

        // A release that says its own line ("Slowly lie flat.") and the
        // rest after it are two things: "Rest." stays, and so do two
        // stages; three repetitions say no "Halfway.".
        let mut press = exercise("Press-up", Sides::None, &ROLES);
        press.steps[3].spoken = Some("Slowly lie flat.".into());
        let plan = Plan::new(&[(&press, resolved(15, 3))], &Timings::default());
        let timeline = Timeline::new(plan.clone(), &[&press], CoachOptions::default());
        assert_eq!(lines_of(&timeline, Phase::Rest), vec!["Rest.", "Rest."]);
        assert!(timeline.stages().all().iter().any(|s| s.look == Look::Rest));
        assert!(said(&timeline).iter().all(|(_, w)| !w.contains("Halfway")));
        // The screen's stages follow the words a voice would say, with the
        // voice off too.
        let quiet = Timeline::new(
            plan,
            &[&press],
            CoachOptions {
                speech: false,
                ..CoachOptions::default()
            },
        );
        assert!(said(&quiet).is_empty());
        assert_eq!(quiet.stages(), timeline.stages());
    }

    #[test]
    fn a_release_that_already_says_rest_is_not_followed_by_rest() {
        // "Lower and rest." then "Rest." says it twice: once is enough,
        // and the release and its rest are one stage.
        let mut press = exercise("Press-up", Sides::None, &ROLES);
        press.steps[3].spoken = Some("Lower and rest.".into());
        press.steps[3].says_rest = true;
        let plan = Plan::new(&[(&press, resolved(15, 3))], &Timings::default());
        let timeline = Timeline::new(plan.clone(), &[&press], CoachOptions::default());
        assert!(
            lines_of(&timeline, Phase::Rest).is_empty(),
            "{:?}",
            said(&timeline)
        );
        let releases = lines_of(&timeline, Phase::Release);
        assert_eq!(
            releases
                .iter()
                .filter(|l| l.contains("Lower and rest."))
                .count(),
            3
        );
        let merged = timeline
            .stages()
            .all()
            .iter()
            .filter(|s| s.look == Look::Relax && s.end - s.first == 2)
            .count();
        assert_eq!(merged, 2, "every release but the last has a rest");
        // Any language alike: the content says it, not the words.
        press.steps[3].spoken = Some("Ablegen und ausruhen.".into());
        let german = Timeline::new(plan.clone(), &[&press], CoachOptions::default());
        assert_eq!(german.stages(), timeline.stages());
        assert!(lines_of(&german, Phase::Rest).is_empty());
        // Unmarked, a line that says rest is still followed by "Rest.".
        press.steps[3].says_rest = false;
        let timeline = Timeline::new(plan, &[&press], CoachOptions::default());
        assert_eq!(lines_of(&timeline, Phase::Rest), vec!["Rest.", "Rest."]);
    }

    #[test]
    fn countdown_choice_swaps_ticks_for_numbers() {
        let (knee, _) = two_exercises();
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let count = |options: CoachOptions| {
            let timeline = Timeline::new(plan.clone(), &[&knee], options);
            let ticks = sounds(timeline.cues())
                .iter()
                .filter(|(_, cue)| *cue == Cue::Tick)
                .count();
            let numbers = said(&timeline)
                .iter()
                .filter(|(_, text)| ["3", "2", "1"].contains(&text.as_str()))
                .count();
            (ticks, numbers)
        };
        let with = |speech, countdown| CoachOptions { speech, countdown };
        // Two holds (left and right), three seconds each.
        assert_eq!(count(with(true, Countdown::Voice)), (0, 6));
        assert_eq!(count(with(true, Countdown::Ticks)), (6, 0));
        assert_eq!(count(with(true, Countdown::Both)), (6, 6));
        // With the voice off the ticks come back; off means none.
        assert_eq!(count(with(false, Countdown::Voice)), (6, 0));
        assert_eq!(count(with(false, Countdown::Both)), (6, 0));
        assert_eq!(count(with(true, Countdown::Off)), (0, 0));
        assert_eq!(count(with(false, Countdown::Off)), (0, 0));
    }

    #[test]
    fn after_and_from_split_at_a_plan_position() {
        let (knee, _) = two_exercises();
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let timeline = Timeline::new(plan, &[&knee], CoachOptions::default());
        let hold_start = secs(16);
        let after = timeline.after(hold_start);
        assert!(after.iter().all(|cue| cue.at > hold_start));
        assert_eq!(after.first().map(|cue| cue.at), Some(secs(28)));
        let from = timeline.from(hold_start);
        assert_eq!(from.first().map(|cue| cue.at), Some(hold_start));
        assert_eq!(from.len(), after.len() + 1, "the hold's start words");
        assert_eq!(timeline.after(timeline.total()).len(), 0);
        assert_eq!(timeline.from(Duration::ZERO).len(), timeline.cues().len());
    }

    #[test]
    fn entering_a_phase_by_skip_or_back_has_no_chime_and_its_own_side_switch() {
        let (knee, _) = two_exercises();
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let phases = plan.phases().to_vec();
        let timeline = Timeline::new(plan, &[&knee], CoachOptions::default());
        let index_of = |phase: Phase, side| {
            phases
                .iter()
                .position(|p| p.phase == phase && p.side == Some(side))
                .expect("planned")
        };
        use crate::session::phases::Side::{Left, Right};
        let release = index_of(Phase::Release, Left);
        // Skipping the left hold: the release starts without the chime.
        let entered = timeline.entering(release, Some(release - 1));
        assert_eq!(entered[0].at, phases[release].start);
        assert_eq!(entered[0].kind, CueKind::Say("Relax.".into()));
        assert!(
            !sounds(&entered)
                .iter()
                .any(|(at, cue)| *at == phases[release].start && *cue == Cue::HoldComplete)
        );
        // Naturally, the release starts with the chime.
        let natural = timeline.from(phases[release].start);
        assert_eq!(natural[0].kind, CueKind::Sound(Cue::HoldComplete));
        // Everything after the phase's start is the natural run's.
        assert_eq!(&entered[1..], timeline.after(phases[release].start));

        // Back from the right move into the left rest switches side (the
        // engine's SideSwitched); skipping forward into it does not.
        let rest = index_of(Phase::Rest, Left);
        let right_move = index_of(Phase::Move, Right);
        // The rest before the right side says that side, however it is
        // entered.
        let back = timeline.entering(rest, Some(right_move));
        assert_eq!(back[0].kind, CueKind::Sound(Cue::Switch));
        assert_eq!(
            back[1].kind,
            CueKind::Say("Switch to the right leg.".into())
        );
        let skipped = timeline.entering(rest, Some(rest - 1));
        assert_eq!(
            skipped[0].kind,
            CueKind::Say("Switch to the right leg.".into())
        );
        // The right move entered from its own side: the move's switch sound
        // without the side words.
        let moved = timeline.entering(right_move, Some(right_move));
        assert_eq!(moved[0].kind, CueKind::Sound(Cue::Switch));
        assert_eq!(moved[1].kind, CueKind::Say("Knee to chest.".into()));
        assert!(timeline.entering(phases.len(), None).is_empty());
    }

    #[test]
    fn finish_is_the_end_without_a_chime() {
        let (knee, _) = two_exercises();
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let total = plan.total();
        let timeline = Timeline::new(plan, &[&knee], CoachOptions::default());
        let finish = timeline.finish();
        assert_eq!(
            finish.iter().map(|c| c.kind.clone()).collect::<Vec<_>>(),
            vec![
                CueKind::Sound(Cue::Finish),
                CueKind::Say("Routine done: 1 exercise, 1 minute.".into())
            ]
        );
        assert!(finish.iter().all(|cue| cue.at == total));
        // The natural end: the last phase (a release) has no chime either.
        assert_eq!(timeline.cues().last(), finish.last());
    }

    #[test]
    fn an_empty_plan_has_only_the_finish() {
        let timeline = Timeline::new(Plan::default(), &[], CoachOptions::default());
        assert!(timeline.cues().is_empty());
        assert_eq!(timeline.total(), Duration::ZERO);
        assert_eq!(timeline.finish().len(), 2);
        assert!(timeline.entering(0, None).is_empty());
    }

    #[test]
    fn a_hold_ending_on_a_move_chimes_without_the_move_sound() {
        // No release step and no rest: the hold runs straight into the next
        // move. The player plays the chime alone there; entering that move
        // by a skip plays the move's own sound.
        let bare = exercise("Crunch", Sides::None, &[Role::Move, Role::Hold]);
        let timings = Timings {
            rest: Some(Duration::ZERO),
            ..Timings::default()
        };
        let plan = Plan::new(&[(&bare, resolved(5, 2))], &timings);
        let second_move = plan
            .phases()
            .iter()
            .rposition(|p| p.phase == Phase::Move)
            .expect("two moves");
        let start = plan.phases()[second_move].start;
        let timeline = Timeline::new(plan, &[&bare], CoachOptions::default());
        let at_start: Vec<Cue> = sounds(timeline.from(start))
            .into_iter()
            .filter(|(at, _)| *at == start)
            .map(|(_, cue)| cue)
            .collect();
        assert_eq!(at_start, vec![Cue::HoldComplete]);
        let entered = timeline.entering(second_move, Some(second_move - 1));
        assert_eq!(entered[0].kind, CueKind::Sound(Cue::Switch));
    }

    /// The lines said at each kind of phase of a one-exercise timeline.
    fn lines_of(timeline: &Timeline, phase: Phase) -> Vec<String> {
        let phases = timeline.plan().phases();
        timeline
            .cues()
            .iter()
            .filter(|cue| {
                phases[cue.phase_index].phase == phase && cue.at == phases[cue.phase_index].start
            })
            .filter_map(|cue| match &cue.kind {
                CueKind::Say(text) => Some(text.clone()),
                CueKind::Sound(_) => None,
            })
            .collect()
    }

    #[test]
    fn the_key_caution_is_said_once_at_the_first_repetition_instead_of_the_line() {
        let mut crunch = exercise("Crunch", Sides::None, &ROLES);
        crunch.steps[1].spoken = Some("Lift a little".into());
        crunch.steps[2].spoken = Some("Breathe calmly.".into());
        crunch.steps[3].spoken_caution = Some("Lower slowly; don't drop back.".into());
        let plan = Plan::new(&[(&crunch, resolved(15, 3))], &Timings::default());
        let timeline = Timeline::new(plan, &[&crunch], CoachOptions::default());
        // Moves say their `spoken` line, not the title ("Move.").
        assert_eq!(
            lines_of(&timeline, Phase::Move),
            vec!["Lift a little.", "Lift a little.", "Lift a little."]
        );
        // The hold's own line once, the first time.
        assert_eq!(
            lines_of(&timeline, Phase::Hold),
            vec![
                "Hold for 15 seconds. Breathe calmly.",
                "Hold for 15 seconds.",
                "Hold for 15 seconds."
            ]
        );
        // The caution replaces "Relax." the first time only.
        assert_eq!(
            lines_of(&timeline, Phase::Release),
            vec!["Lower slowly; don't drop back.", "Relax.", "Relax."]
        );

        // On a hold, the caution follows the length, whatever its length.
        let mut press = exercise("Press", Sides::None, &ROLES);
        press.steps[2].spoken = Some("Breathe calmly.".into());
        press.steps[2].spoken_caution = Some("Keep your hips down.".into());
        let plan = Plan::new(&[(&press, resolved(5, 2))], &Timings::default());
        let timeline = Timeline::new(plan, &[&press], CoachOptions::default());
        assert_eq!(
            lines_of(&timeline, Phase::Hold),
            vec![
                "Hold for 5 seconds. Keep your hips down.",
                "Hold for 5 seconds."
            ]
        );
    }

    #[test]
    fn the_chosen_variation_speaks_for_the_steps_it_names_and_the_side_change() {
        let (mut knee, _) = two_exercises();
        knee.steps[0].title = "Lie on your back".into();
        let variation: Variation = ron::from_str(
            r#"(title: "Other leg flat", text: "One leg flat.",
                spoken: {"Lie on your back": "Lie on your back, your {other} leg flat."},
                switch_sides: Some("Switch legs: bend your {side} knee, the {other} leg flat."))"#,
        )
        .expect("a variation");
        knee.variations.push(variation);
        let plan = Plan::new(&[(&knee, resolved(15, 1))], &Timings::default());
        let usual = Timeline::new(plan.clone(), &[&knee], CoachOptions::default());
        let chosen = Timeline::voiced(
            plan,
            &[Voiced {
                exercise: &knee,
                variation: knee.variations.first(),
            }],
            CoachOptions::default(),
        );
        assert_eq!(
            lines_of(&usual, Phase::Read),
            vec!["Knee to chest. Lie on your back, knees bent."]
        );
        assert_eq!(
            lines_of(&chosen, Phase::Read),
            vec!["Knee to chest. Lie on your back, your right leg flat."],
            "no \"knees bent\" with the leg flat"
        );
        assert_eq!(
            lines_of(&usual, Phase::Rest),
            vec!["Switch to the right leg."]
        );
        assert_eq!(
            lines_of(&chosen, Phase::Rest),
            vec!["Switch legs: bend your right knee, the left leg flat."]
        );
        // Every side hears the movement.
        assert_eq!(
            lines_of(&chosen, Phase::Move),
            vec!["Knee to chest.", "Right leg. Knee to chest."]
        );
    }
}
