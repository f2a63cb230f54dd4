//! The visit report's numbers: what a physiotherapist asks at a visit,
//! worked out from the history alone, with no guessing where data is
//! missing.
//!
//! [`build_report`] reads the records through [`SessionFacts`]: how each
//! session ended (finished, stopped, stopped because it hurt) and the holds
//! done on each side of a sided exercise. Sessions saved before Limber kept
//! those answer `None` and the report says "not recorded" for them, never a
//! guess. Adherence comes from an optional [`PlannedSessions`]: the
//! profile's weekly plan through [`PlanAdherence`], which counts a planned
//! session as kept the way the Home screen does ([`crate::schedule`]).

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::{Datelike, Duration as Days, NaiveDate, NaiveDateTime, TimeZone, Weekday};

use crate::content::Library;
use crate::content::schema::{Limb, Sides};
use crate::dose::Intensity;
use crate::profile::{Ending, ExerciseRecord, SessionRecord};
use crate::schedule::{Day, DoneDays, ReminderState, WeeklyPlan};
use crate::words::utc_time as format_utc;

/// The longest period a report covers, days (ten years).
pub const MAX_PERIOD_DAYS: i64 = 3653;
/// Most weeks the weekly chart shows.
pub const MAX_WEEKS: usize = 530;

/// Local dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// Days in the period.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The default: the eight weeks (56 days) up to and including `to`.
    pub fn eight_weeks_to(to: NaiveDate) -> Period {
        Period::weeks_to(8, to)
    }

    /// The `weeks` whole weeks up to and including `to`.
    pub fn weeks_to(weeks: u32, to: NaiveDate) -> Period {
        Period {
            from: to - Days::days(i64::from(weeks.max(1)) * 7 - 1),
            to,
        }
    }
}

/// What one side of a sided exercise came to in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SideOutcome {
    pub holds_done: u32,
    pub holds_planned: u32,
    /// The side was skipped or stopped before its holds were done.
    pub stopped: bool,
}

/// Left and right of one sided exercise in one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SideResults {
    pub left: SideOutcome,
    pub right: SideOutcome,
}

/// What the report reads from a history record. Facts a record does not
/// carry (it was saved before Limber kept them) answer `None` ("not
/// recorded"), never a made-up default.
pub trait SessionFacts {
    fn record(&self) -> &SessionRecord;

    /// How the session ended.
    fn ending(&self) -> Option<Ending> {
        self.record().ending.clone()
    }

    /// The session was stopped because it hurt.
    fn stopped_for_pain(&self) -> Option<bool> {
        self.ending()
            .map(|ending| matches!(ending, Ending::StoppedForPain { .. }))
    }

    /// Left and right for the exercise at `exercise_index` of the record
    /// (sided exercises only): the holds done on each side against the
    /// exercise's repetitions, which each side plans.
    fn side_results(&self, exercise_index: usize) -> Option<SideResults> {
        let exercise = self.record().exercises.get(exercise_index)?;
        let sides = exercise.sides?;
        let side = |done: u32| SideOutcome {
            holds_done: done,
            holds_planned: exercise.repetitions,
            stopped: done < exercise.repetitions,
        };
        Some(SideResults {
            left: side(sides.left),
            right: side(sides.right),
        })
    }
}

impl SessionFacts for SessionRecord {
    fn record(&self) -> &SessionRecord {
        self
    }
}

/// A weekly plan as the report needs it.
pub trait PlannedSessions {
    /// Sessions planned on this local date.
    fn planned_on(&self, date: NaiveDate) -> u32;
    /// Of those, the ones done; `None` when the plan cannot tell.
    fn kept_on(&self, date: NaiveDate) -> Option<u32> {
        let _ = date;
        None
    }
    /// The plan in words, e.g. "Lower back, Mon–Fri at 08:00".
    fn describe(&self) -> String;
}

/// The profile's weekly plan against what was done: a planned routine is
/// kept on a day with a session of that routine (or marked done from a
/// reminder), the rule of the Home screen's "3 of 5 planned sessions"
/// ([`DoneDays`]); days before a routine was planned count nothing.
pub struct PlanAdherence {
    plan: WeeklyPlan,
    done: DoneDays,
    description: String,
}

impl PlanAdherence {
    /// `None` when the plan has no planned days (nothing to adhere to).
    /// `zone` is the zone the sessions were lived in (`chrono::Local` in
    /// the app), as for [`ReportRequest::to_local`].
    pub fn new<Tz: TimeZone>(
        plan: WeeklyPlan,
        sessions: &[SessionRecord],
        reminders: &ReminderState,
        zone: &Tz,
        library: &Library,
    ) -> Option<PlanAdherence> {
        if !plan.has_planned_days() {
            return None;
        }
        let lines: Vec<String> = plan
            .routines
            .iter()
            .filter(|entry| !entry.days.is_empty())
            .map(|entry| {
                let title = library
                    .routine(&entry.routine)
                    .map_or(entry.routine.as_str(), |r| r.title.as_str());
                let line = crate::schedule::words::plan_line(entry, title);
                match entry.since {
                    Some(since) => crate::t!(
                        "report-plan-since",
                        line = line,
                        date = super::format_date(since.0)
                    ),
                    None => line,
                }
            })
            .collect();
        Some(PlanAdherence {
            done: DoneDays::new(sessions, reminders, zone),
            plan,
            description: lines.join(&crate::t!("report-parts-separator")),
        })
    }

    fn planned(&self, date: NaiveDate) -> impl Iterator<Item = &str> {
        self.plan
            .on(Day::from_weekday(date.weekday()))
            .into_iter()
            .filter(move |entry| entry.planned_on(date))
            .map(|entry| entry.routine.as_str())
    }
}

impl PlannedSessions for PlanAdherence {
    fn planned_on(&self, date: NaiveDate) -> u32 {
        self.planned(date).count() as u32
    }

    fn kept_on(&self, date: NaiveDate) -> Option<u32> {
        Some(
            self.planned(date)
                .filter(|routine| self.done.contains(routine, date))
                .count() as u32,
        )
    }

    fn describe(&self) -> String {
        self.description.clone()
    }
}

/// The simplest plan: some sessions on some weekdays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdherenceInput {
    pub description: String,
    pub weekdays: Vec<Weekday>,
    pub sessions_per_day: u32,
}

impl PlannedSessions for AdherenceInput {
    fn planned_on(&self, date: NaiveDate) -> u32 {
        if self.weekdays.contains(&date.weekday()) {
            self.sessions_per_day
        } else {
            0
        }
    }

    fn describe(&self) -> String {
        self.description.clone()
    }
}

/// Unix seconds in this computer's time zone, for
/// [`ReportRequest::to_local`].
pub fn local_time(unix_seconds: u64) -> NaiveDateTime {
    crate::time::local(unix_seconds).naive_local()
}

/// Everything the report is made from (`'h`: the history, which the report
/// borrows; `'a`: the rest, used while it is made).
pub struct ReportRequest<'a, 'h, S: SessionFacts> {
    pub profile_name: &'a str,
    /// The whole history, any order (sessions outside the period are
    /// counted, and the last one before it shows the dose a change came
    /// from).
    pub sessions: &'h [S],
    pub period: Period,
    /// The plan, when one is set.
    pub plan: Option<&'a dyn PlannedSessions>,
    /// For "each leg": which exercises are sided (by id). Exercises the
    /// library does not have are taken as not sided.
    pub library: Option<&'a Library>,
    /// Unix seconds to local time (chrono's `Local` in the app; a fixed
    /// zone in tests).
    pub to_local: fn(u64) -> NaiveDateTime,
    pub generated: NaiveDate,
}

/// One session of the period. It borrows its record from the history
/// rather than copying it: a report over 300,000 sessions would otherwise
/// hold the history twice.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow<'a> {
    /// The session as the history keeps it.
    pub record: &'a SessionRecord,
    pub started_utc: u64,
    pub when: NaiveDateTime,
    pub duration_seconds: u32,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub exercises_total: usize,
    pub exercises_done: usize,
    /// The session was stopped before the end of the routine (for a
    /// session saved before Limber kept how it ended: its last exercise
    /// was not completed).
    pub ended_early: bool,
    /// How it ended; `None` when not recorded.
    pub end: Option<SessionEnd>,
    pub stopped_for_pain: Option<bool>,
}

impl<'a> SessionRow<'a> {
    pub fn routine_id(&self) -> &'a str {
        &self.record.routine_id
    }

    pub fn routine_title(&self) -> &'a str {
        &self.record.routine_title
    }

    /// The exercises as recorded (dose, done or not), in routine order.
    pub fn exercises(&self) -> &'a [ExerciseRecord] {
        &self.record.exercises
    }

    /// Titles of exercises not completed, in routine order.
    pub fn not_done(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.record
            .exercises
            .iter()
            .filter(|e| !e.completed)
            .map(|e| e.title.as_str())
    }

    /// How many exercises were not completed.
    pub fn not_done_count(&self) -> usize {
        self.exercises_total - self.exercises_done
    }

    /// How it ended in words ("stopped for pain in Knee to chest"), empty
    /// when not recorded.
    pub fn ended(&self) -> String {
        crate::export::history::ending_text(self.record)
    }
}

/// How a session ended, with the exercise it was stopped in (its title).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEnd {
    Finished,
    Stopped { exercise: String },
    StoppedForPain { exercise: String },
}

impl SessionEnd {
    pub fn is_stopped(&self) -> bool {
        !matches!(self, SessionEnd::Finished)
    }

    /// The exercise it was stopped in.
    pub fn exercise(&self) -> Option<&str> {
        match self {
            SessionEnd::Finished => None,
            SessionEnd::Stopped { exercise } | SessionEnd::StoppedForPain { exercise } => {
                Some(exercise)
            }
        }
    }
}

/// One calendar week (Monday to Sunday) overlapping the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekRow {
    pub monday: NaiveDate,
    /// Days of this week inside the period (7 except at the ends).
    pub days_in_period: u32,
    pub sessions: u32,
    /// Sessions the plan asked for on those days, up to the day the report
    /// was made (today counts only what is already done).
    pub planned: Option<u32>,
    /// Of those, kept.
    pub kept: Option<u32>,
}

/// One rated session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PainPoint {
    pub when: NaiveDateTime,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PainSummary {
    pub points: Vec<PainPoint>,
    /// Sessions of the period with no rating at all.
    pub unrated: usize,
    /// Sessions rated both before and after: the means below are theirs,
    /// so "before" and "after" compare the same sessions.
    pub paired: usize,
    pub mean_before: Option<f32>,
    pub mean_after: Option<f32>,
    /// Mean pain before in the first and second half of the rated sessions
    /// (only with at least four rated sessions).
    pub halves_before: Option<(f32, f32)>,
    /// Sessions rated higher after than before.
    pub went_up: Vec<NaiveDateTime>,
    /// Sessions rated 6 or more afterwards.
    pub high_after: usize,
}

/// The numbers of a dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoseUsed {
    pub intensity: Intensity,
    pub hold_seconds: u32,
    pub repetitions: u32,
}

/// A stretch of sessions with the same dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoseRun {
    pub dose: DoseUsed,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub sessions: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A higher intensity than last time.
    StepUp,
    /// A lower intensity than last time.
    StepDown,
    /// Same intensity, other hold or repetitions (exact values).
    Adjusted,
}

impl ChangeKind {
    /// The CSV's fixed word for the change.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::StepUp => "step up",     // untranslated: a CSV value
            ChangeKind::StepDown => "step down", // untranslated: a CSV value
            ChangeKind::Adjusted => "adjusted",
        }
    }
}

/// A dose different from the previous session with this exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoseChange {
    pub date: NaiveDate,
    pub from: DoseUsed,
    pub to: DoseUsed,
    pub kind: ChangeKind,
}

/// One exercise across the period.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseHistory {
    pub id: String,
    pub title: String,
    pub sided: bool,
    /// What a side is, for "each leg" / "each side" (the library's word;
    /// `Side` for an exercise it does not have).
    pub limb: Limb,
    pub done: u32,
    pub not_done: u32,
    pub runs: Vec<DoseRun>,
    pub changes: Vec<DoseChange>,
    /// Holds done on each side over the period (sessions that recorded
    /// them); `None` for an exercise without sides or with nothing
    /// recorded.
    pub sides: Option<SideTotals>,
}

/// Holds on each side of one exercise, added up over the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SideTotals {
    /// Sessions that recorded both sides.
    pub sessions: u32,
    pub left_done: u32,
    pub right_done: u32,
    /// Holds planned on each side, in all.
    pub planned_each: u32,
}

/// Left and right differed for a sided exercise in a session.
#[derive(Debug, Clone, PartialEq)]
pub struct SideNote {
    pub when: NaiveDateTime,
    pub exercise: String,
    pub results: SideResults,
}

/// Sessions against the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSummary {
    pub description: String,
    /// Planned sessions in the period, up to the day the report was made.
    pub planned: u32,
    /// Of those, kept; `None` when the plan cannot tell.
    pub kept: Option<u32>,
    /// Every session of the period, planned or not.
    pub done: u32,
}

/// A fact only some sessions record: the answer from those that do, and
/// how many do not say.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded<T> {
    /// `None` when no session of the period records it.
    pub value: Option<T>,
    pub not_recorded: usize,
}

/// The visit report, ready for the PDF and the CSV (its sessions borrow
/// the history it was made from).
#[derive(Debug, Clone, PartialEq)]
pub struct VisitReport<'a> {
    pub profile_name: String,
    pub period: Period,
    pub generated: NaiveDate,
    /// Oldest first.
    pub sessions: Vec<SessionRow<'a>>,
    pub before_period: usize,
    pub after_period: usize,
    pub days_with_sessions: usize,
    pub weeks: Vec<WeekRow>,
    pub pain: PainSummary,
    pub exercises: Vec<ExerciseHistory>,
    pub plan: Option<PlanSummary>,
    /// Sessions (indices into `sessions`) stopped for pain.
    pub stopped_for_pain: Recorded<Vec<usize>>,
    /// Sessions stopped early for any reason, pain included.
    pub stops: Recorded<Vec<usize>>,
    /// Sided exercises where left and right differed.
    pub side_notes: Recorded<Vec<SideNote>>,
    /// The exercises (titles) the person has left out of their routines
    /// for now, after one hurt.
    pub left_out: Vec<String>,
}

impl VisitReport<'_> {
    /// Fewer sessions than it takes to see a trend.
    pub fn is_thin(&self) -> bool {
        self.sessions.len() < 4
    }

    /// "30 sessions in this period, on 28 days." — the first line, honest
    /// about how much there is.
    pub fn headline(&self) -> String {
        crate::t!(
            "report-headline",
            sessions = self.sessions.len(),
            days = self.days_with_sessions
        )
    }
}

/// Works out the report. Pure: the same records give the same report.
pub fn build_report<'h, S: SessionFacts>(request: &ReportRequest<'_, 'h, S>) -> VisitReport<'h> {
    let period = request.period;
    let mut ordered: Vec<&S> = request.sessions.iter().collect();
    ordered.sort_by_key(|s| s.record().started_at);
    let local = |s: &S| (request.to_local)(s.record().started_at);
    let before_period = ordered
        .iter()
        .filter(|s| local(s).date() < period.from)
        .count();
    let after_period = ordered
        .iter()
        .filter(|s| local(s).date() > period.to)
        .count();
    let in_period: Vec<&S> = ordered
        .iter()
        .copied()
        .filter(|s| period.contains(local(s).date()))
        .collect();

    let sessions: Vec<SessionRow> = in_period
        .iter()
        .map(|s| session_row(*s, local(s)))
        .collect();
    let mut days: Vec<NaiveDate> = sessions.iter().map(|s| s.when.date()).collect();
    days.dedup();

    let weeks = weeks(&sessions, period, request.plan, request.generated);
    let plan = request.plan.map(|plan| PlanSummary {
        description: plan.describe(),
        planned: weeks.iter().filter_map(|w| w.planned).sum(),
        kept: weeks
            .iter()
            .map(|w| w.kept)
            .sum::<Option<u32>>()
            .filter(|_| !weeks.is_empty()),
        done: sessions.len() as u32,
    });

    // Sided by the content, or by what the record kept (an exercise the
    // library no longer has); the limb names the sides in the report.
    let sided = |exercise: &ExerciseRecord| {
        let content = request
            .library
            .and_then(|library| library.exercise(&exercise.id));
        (exercise.sides.is_some() || content.is_some_and(|e| e.sides != Sides::None))
            .then(|| content.map(|e| e.limb).unwrap_or_default())
    };
    let exercises = exercise_histories(&ordered, period, request.to_local, &sided);

    let pain = pain_summary(&sessions);

    let stopped_values: Vec<Option<bool>> =
        in_period.iter().map(|s| s.stopped_for_pain()).collect();
    let stopped_for_pain = Recorded {
        value: stopped_values.iter().any(Option::is_some).then(|| {
            stopped_values
                .iter()
                .enumerate()
                .filter(|(_, v)| **v == Some(true))
                .map(|(i, _)| i)
                .collect()
        }),
        not_recorded: stopped_values.iter().filter(|v| v.is_none()).count(),
    };
    let ends: Vec<Option<bool>> = sessions
        .iter()
        .map(|s| s.end.as_ref().map(SessionEnd::is_stopped))
        .collect();
    let stops = Recorded {
        value: ends.iter().any(Option::is_some).then(|| {
            ends.iter()
                .enumerate()
                .filter(|(_, v)| **v == Some(true))
                .map(|(i, _)| i)
                .collect()
        }),
        not_recorded: ends.iter().filter(|v| v.is_none()).count(),
    };

    let mut any_side = false;
    let mut sided_without = 0;
    let mut notes = Vec::new();
    for s in &in_period {
        for (index, exercise) in s.record().exercises.iter().enumerate() {
            if sided(exercise).is_none() {
                continue;
            }
            match s.side_results(index) {
                Some(results) => {
                    any_side = true;
                    if results.left != results.right {
                        notes.push(SideNote {
                            when: local(s),
                            exercise: exercise.title.clone(),
                            results,
                        });
                    }
                }
                None => sided_without += 1,
            }
        }
    }
    let side_notes = Recorded {
        value: any_side.then_some(notes),
        not_recorded: sided_without,
    };

    VisitReport {
        profile_name: request.profile_name.to_string(),
        period,
        generated: request.generated,
        days_with_sessions: days.len(),
        sessions,
        before_period,
        after_period,
        weeks,
        pain,
        exercises,
        plan,
        stopped_for_pain,
        stops,
        side_notes,
        left_out: Vec::new(),
    }
}

fn session_row<S: SessionFacts>(facts: &S, when: NaiveDateTime) -> SessionRow<'_> {
    let record = facts.record();
    let title = |id: String| {
        record
            .exercises
            .iter()
            .find(|e| e.id == id)
            .map_or(id, |e| e.title.clone())
    };
    let end = facts.ending().map(|ending| match ending {
        Ending::Finished => SessionEnd::Finished,
        Ending::Stopped { exercise_id } => SessionEnd::Stopped {
            exercise: title(exercise_id),
        },
        Ending::StoppedForPain { exercise_id } => SessionEnd::StoppedForPain {
            exercise: title(exercise_id),
        },
    });
    SessionRow {
        record,
        started_utc: record.started_at,
        when,
        duration_seconds: record.duration_seconds,
        pain_before: record.pain_before.map(|p| p.min(10)),
        pain_after: record.pain_after.map(|p| p.min(10)),
        exercises_total: record.exercises.len(),
        exercises_done: record.exercises.iter().filter(|e| e.completed).count(),
        ended_early: match &end {
            Some(end) => end.is_stopped(),
            None => record.exercises.last().is_some_and(|e| !e.completed),
        },
        end,
        stopped_for_pain: facts.stopped_for_pain(),
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::days(i64::from(date.weekday().num_days_from_monday()))
}

fn weeks(
    sessions: &[SessionRow],
    period: Period,
    plan: Option<&dyn PlannedSessions>,
    today: NaiveDate,
) -> Vec<WeekRow> {
    let mut rows = Vec::new();
    // Sessions per week, counted in one pass.
    let mut per_week: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for session in sessions {
        *per_week.entry(monday_of(session.when.date())).or_default() += 1;
    }
    // The report's periods are weeks or months (the CLI refuses more than
    // MAX_PERIOD_DAYS); should a longer one come, the chart keeps its last
    // MAX_WEEKS weeks rather than walking for ever.
    let last = monday_of(period.to);
    let mut monday = monday_of(period.from).max(last - Days::weeks(MAX_WEEKS as i64 - 1));
    while monday <= period.to {
        let days = (0..7)
            .map(|d| monday + Days::days(d))
            .filter(|d| period.contains(*d));
        let days: Vec<NaiveDate> = days.collect();
        let count = per_week.get(&monday).copied().unwrap_or(0);
        // Days still to come are not counted against the plan, and today
        // only with what is already done.
        let counted = |p: &dyn PlannedSessions, d: NaiveDate| match d.cmp(&today) {
            std::cmp::Ordering::Less => p.planned_on(d),
            std::cmp::Ordering::Equal => p.kept_on(d).unwrap_or_else(|| p.planned_on(d)),
            std::cmp::Ordering::Greater => 0,
        };
        rows.push(WeekRow {
            monday,
            days_in_period: days.len() as u32,
            sessions: count,
            planned: plan.map(|p| days.iter().map(|d| counted(p, *d)).sum()),
            kept: plan.and_then(|p| {
                days.iter()
                    .filter(|d| **d <= today)
                    .map(|d| p.kept_on(*d))
                    .sum()
            }),
        });
        monday += Days::days(7);
    }
    rows
}

fn mean(values: impl Iterator<Item = u8>) -> Option<f32> {
    let values: Vec<f32> = values.map(f32::from).collect();
    (!values.is_empty()).then(|| values.iter().sum::<f32>() / values.len() as f32)
}

fn pain_summary(sessions: &[SessionRow]) -> PainSummary {
    let points: Vec<PainPoint> = sessions
        .iter()
        .filter(|s| s.pain_before.is_some() || s.pain_after.is_some())
        .map(|s| PainPoint {
            when: s.when,
            before: s.pain_before,
            after: s.pain_after,
        })
        .collect();
    let befores: Vec<u8> = points.iter().filter_map(|p| p.before).collect();
    let halves_before = (befores.len() >= 4).then(|| {
        let half = befores.len() / 2;
        (
            mean(befores[..half].iter().copied()).unwrap_or(0.0),
            mean(befores[befores.len() - half..].iter().copied()).unwrap_or(0.0),
        )
    });
    let pairs: Vec<(u8, u8)> = points
        .iter()
        .filter_map(|p| Some((p.before?, p.after?)))
        .collect();
    PainSummary {
        unrated: sessions.len() - points.len(),
        paired: pairs.len(),
        mean_before: mean(pairs.iter().map(|(before, _)| *before)),
        mean_after: mean(pairs.iter().map(|(_, after)| *after)),
        halves_before,
        went_up: points
            .iter()
            .filter(|p| matches!((p.before, p.after), (Some(b), Some(a)) if a > b))
            .map(|p| p.when)
            .collect(),
        high_after: points
            .iter()
            .filter(|p| p.after.is_some_and(|a| a >= 6))
            .count(),
        points,
    }
}

fn rank(intensity: Intensity) -> u8 {
    match intensity {
        Intensity::Gentle => 0,
        Intensity::Standard => 1,
        Intensity::Strong => 2,
    }
}

fn exercise_histories<S: SessionFacts>(
    ordered: &[&S],
    period: Period,
    to_local: fn(u64) -> NaiveDateTime,
    sided: &dyn Fn(&ExerciseRecord) -> Option<Limb>,
) -> Vec<ExerciseHistory> {
    // First appearance order in the period, so the table follows the
    // routines.
    let mut order: Vec<String> = Vec::new();
    let mut histories: BTreeMap<String, ExerciseHistory> = BTreeMap::new();
    let mut previous: BTreeMap<String, DoseUsed> = BTreeMap::new();
    for facts in ordered {
        let record = facts.record();
        let date = to_local(record.started_at).date();
        for (index, exercise) in record.exercises.iter().enumerate() {
            let dose = DoseUsed {
                intensity: exercise.intensity,
                hold_seconds: exercise.hold_seconds,
                repetitions: exercise.repetitions,
            };
            let last = previous.insert(exercise.id.to_string(), dose);
            if !period.contains(date) {
                continue;
            }
            let history = histories.entry(exercise.id.to_string()).or_insert_with(|| {
                order.push(exercise.id.to_string());
                ExerciseHistory {
                    id: exercise.id.to_string(),
                    title: exercise.title.clone(),
                    sided: sided(exercise).is_some(),
                    limb: sided(exercise).unwrap_or_default(),
                    done: 0,
                    not_done: 0,
                    runs: Vec::new(),
                    changes: Vec::new(),
                    sides: None,
                }
            });
            history.sided |= exercise.sides.is_some();
            if let Some(results) = facts.side_results(index) {
                let totals = history.sides.get_or_insert_with(SideTotals::default);
                totals.sessions += 1;
                totals.left_done += results.left.holds_done;
                totals.right_done += results.right.holds_done;
                totals.planned_each += results.left.holds_planned;
            }
            if exercise.completed {
                history.done += 1;
            } else {
                history.not_done += 1;
            }
            match history.runs.last_mut() {
                Some(run) if run.dose == dose => {
                    run.last = date;
                    run.sessions += 1;
                }
                _ => history.runs.push(DoseRun {
                    dose,
                    first: date,
                    last: date,
                    sessions: 1,
                }),
            }
            if let Some(from) = last
                && from != dose
            {
                let kind = match rank(dose.intensity).cmp(&rank(from.intensity)) {
                    std::cmp::Ordering::Greater => ChangeKind::StepUp,
                    std::cmp::Ordering::Less => ChangeKind::StepDown,
                    std::cmp::Ordering::Equal => ChangeKind::Adjusted,
                };
                history.changes.push(DoseChange {
                    date,
                    from,
                    to: dose,
                    kind,
                });
            }
        }
    }
    order
        .into_iter()
        .filter_map(|id| histories.remove(&id))
        .collect()
}

/// A dose in words: `Gentle, 15 s × 3` or `… × 2 each leg`.
pub fn dose_words(dose: &DoseUsed, sided: bool, limb: Limb) -> String {
    crate::t!(
        "report-dose",
        level = dose.intensity.name(),
        hold = crate::words::duration(std::time::Duration::from_secs(u64::from(dose.hold_seconds))),
        repetitions = dose.repetitions,
        limb = if sided {
            crate::words::limb_key(limb)
        } else {
            "none"
        }
    )
}

/// The report as CSV: one row per exercise of each session in the period
/// (a session without exercises gets one row), so a spreadsheet can filter
/// and pivot. Times: `started_utc` as in `limber history --csv`, plus the
/// local date and ISO week the person lived them in. Facts the history does
/// not record are empty cells, never a guess.
pub fn write_report_csv(report: &VisitReport<'_>, out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        // untranslated: the CSV's fixed header
        "started_utc,local_date,iso_week,routine_id,routine_title,duration_seconds,\
         pain_before,pain_after,stopped_for_pain,exercise_id,exercise_title,sided,\
         intensity,hold_seconds,repetitions,completed,dose_change,ended,holds_left,\
         holds_right\r\n"
    )?;
    // The change (if any) each exercise row brings, by (exercise, date).
    let mut changes: BTreeMap<(&str, NaiveDate), ChangeKind> = BTreeMap::new();
    for exercise in &report.exercises {
        for change in &exercise.changes {
            changes.insert((exercise.id.as_str(), change.date), change.kind);
        }
    }
    let sided: BTreeMap<&str, bool> = report
        .exercises
        .iter()
        .map(|e| (e.id.as_str(), e.sided))
        .collect();
    let mut reported: std::collections::BTreeSet<(&str, NaiveDate)> = Default::default();
    for session in &report.sessions {
        let row = session.exercises();
        let ended = session.ended();
        let week = session.when.date().iso_week();
        let cells = [
            format_utc(session.started_utc),
            session.when.date().format("%Y-%m-%d").to_string(),
            format!("{}-W{:02}", week.year(), week.week()),
            session.routine_id().to_string(),
            session.routine_title().to_string(),
            session.duration_seconds.to_string(),
            session
                .pain_before
                .map(|p| p.to_string())
                .unwrap_or_default(),
            session
                .pain_after
                .map(|p| p.to_string())
                .unwrap_or_default(),
            match session.stopped_for_pain {
                Some(true) => "yes".to_string(),
                Some(false) => "no".to_string(),
                None => String::new(),
            },
        ];
        if row.is_empty() {
            let mut all: Vec<String> = cells.to_vec();
            all.extend(std::iter::repeat_n(String::new(), 8));
            all.extend([ended.clone(), String::new(), String::new()]);
            write_row(&all, out)?;
        }
        for exercise in row {
            let key = (exercise.id.as_str(), session.when.date());
            // A change is shown on the first row of its day only.
            let change = if reported.insert(key) {
                changes.get(&key).map(|k| k.label()).unwrap_or_default()
            } else {
                ""
            };
            let mut all: Vec<String> = cells.to_vec();
            all.extend([
                exercise.id.to_string(),
                exercise.title.clone(),
                if sided.get(exercise.id.as_str()).copied().unwrap_or(false) {
                    "yes"
                } else {
                    "no"
                }
                .to_string(),
                exercise.intensity.label().to_string(),
                exercise.hold_seconds.to_string(),
                exercise.repetitions.to_string(),
                if exercise.completed { "yes" } else { "no" }.to_string(),
                change.to_string(),
                ended.clone(),
                exercise
                    .sides
                    .map(|s| s.left.to_string())
                    .unwrap_or_default(),
                exercise
                    .sides
                    .map(|s| s.right.to_string())
                    .unwrap_or_default(),
            ]);
            write_row(&all, out)?;
        }
    }
    Ok(())
}

/// One CSV row, each cell quoted as `limber history --csv` quotes it
/// (RFC 4180, and a cell a spreadsheet would run as a formula kept as
/// text).
fn write_row(cells: &[String], out: &mut dyn Write) -> io::Result<()> {
    crate::export::history::write_csv_row(cells.iter(), out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::ExerciseRecord;

    fn utc(seconds: u64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(seconds as i64, 0)
            .expect("a time")
            .naive_utc()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    /// Unix seconds of a UTC date at 08:00.
    fn at(day: NaiveDate) -> u64 {
        day.and_hms_opt(8, 0, 0)
            .expect("time")
            .and_utc()
            .timestamp() as u64
    }

    fn exercise(
        id: &str,
        intensity: Intensity,
        hold: u32,
        reps: u32,
        done: bool,
    ) -> ExerciseRecord {
        ExerciseRecord {
            id: id.into(),
            title: id.replace('-', " "),
            intensity,
            hold_seconds: hold,
            repetitions: reps,
            completed: done,
            sides: None,
            holds_done: None,
            variation: None,
        }
    }

    fn session(
        day: NaiveDate,
        exercises: Vec<ExerciseRecord>,
        pain: (Option<u8>, Option<u8>),
    ) -> SessionRecord {
        SessionRecord {
            started_at: at(day),
            routine_id: "lower-back".into(),
            routine_title: "Lower back".into(),
            duration_seconds: 300,
            exercises,
            pain_before: pain.0,
            pain_after: pain.1,
            ending: None,
        }
    }

    fn request<'a, S: SessionFacts>(sessions: &'a [S], period: Period) -> ReportRequest<'a, 'a, S> {
        ReportRequest {
            profile_name: "Anna",
            sessions,
            period,
            plan: None,
            library: None,
            to_local: utc,
            generated: period.to,
        }
    }

    #[test]
    fn steps_up_and_down_are_read_from_the_doses_used() {
        use Intensity::*;
        let sessions = vec![
            // Before the period: the dose the first change starts from.
            session(
                date(2025, 4, 28),
                vec![exercise("knee", Gentle, 15, 2, true)],
                (None, None),
            ),
            session(
                date(2025, 5, 5),
                vec![exercise("knee", Standard, 23, 3, true)],
                (Some(5), Some(4)),
            ),
            session(
                date(2025, 5, 6),
                vec![exercise("knee", Standard, 23, 3, true)],
                (Some(4), Some(6)),
            ),
            session(
                date(2025, 5, 8),
                vec![exercise("knee", Gentle, 15, 2, false)],
                (Some(4), Some(3)),
            ),
            session(
                date(2025, 5, 9),
                vec![exercise("knee", Gentle, 20, 2, true)],
                (None, None),
            ),
        ];
        let period = Period {
            from: date(2025, 5, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&request(&sessions, period));
        assert_eq!(report.sessions.len(), 4);
        assert_eq!(report.before_period, 1);
        let knee = &report.exercises[0];
        assert_eq!((knee.done, knee.not_done), (3, 1));
        let kinds: Vec<(NaiveDate, ChangeKind)> =
            knee.changes.iter().map(|c| (c.date, c.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (date(2025, 5, 5), ChangeKind::StepUp),
                (date(2025, 5, 8), ChangeKind::StepDown),
                (date(2025, 5, 9), ChangeKind::Adjusted),
            ]
        );
        assert_eq!(knee.changes[0].from.hold_seconds, 15);
        assert_eq!(knee.runs.len(), 3);
        assert_eq!(knee.runs[0].sessions, 2);
        // Pain: 3 rated sessions, one went up (to 6).
        assert_eq!(report.pain.points.len(), 3);
        assert_eq!(report.pain.unrated, 1);
        assert_eq!(report.pain.went_up, vec![utc(at(date(2025, 5, 6)))]);
        assert_eq!(report.pain.high_after, 1);
        assert_eq!(report.pain.mean_before, Some(13.0 / 3.0));
        assert_eq!(report.pain.paired, 3);
        // The skipped (last and only) exercise ended that session early.
        assert!(report.sessions[2].ended_early);
        assert_eq!(
            report.sessions[2].not_done().collect::<Vec<_>>(),
            vec!["knee"]
        );
        // Weeks: Monday 28 April (partly in May) to Monday 26 May.
        assert_eq!(
            report.weeks.first().map(|w| w.monday),
            Some(date(2025, 4, 28))
        );
        assert_eq!(report.weeks[0].days_in_period, 4);
        let counts: Vec<u32> = report.weeks.iter().map(|w| w.sessions).collect();
        assert_eq!(counts, vec![0, 4, 0, 0, 0]);
    }

    #[test]
    fn thin_data_is_said_and_missing_facts_are_not_recorded() {
        let sessions = vec![
            session(date(2025, 5, 5), vec![], (None, None)),
            session(date(2025, 5, 7), vec![], (None, None)),
        ];
        let period = Period::eight_weeks_to(date(2025, 5, 31));
        let report = build_report(&request(&sessions, period));
        assert!(report.is_thin());
        assert_eq!(
            report.headline(),
            "2 sessions in this period, on 2 different days."
        );
        assert_eq!(report.stopped_for_pain.value, None);
        assert_eq!(report.stopped_for_pain.not_recorded, 2);
        assert_eq!(report.side_notes.value, None);
        assert_eq!(report.plan, None);
        let empty: Vec<SessionRecord> = Vec::new();
        let none = build_report(&request(&empty, period));
        assert_eq!(none.headline(), "No sessions in this period.");
        assert!(none.weeks.iter().all(|w| w.sessions == 0));
    }

    /// A record type with the facts today's history lacks: the sections
    /// fill in when a record answers.
    struct Richer {
        record: SessionRecord,
        stopped: bool,
    }

    impl SessionFacts for Richer {
        fn record(&self) -> &SessionRecord {
            &self.record
        }
        fn stopped_for_pain(&self) -> Option<bool> {
            Some(self.stopped)
        }
        fn side_results(&self, _index: usize) -> Option<SideResults> {
            let side = |done| SideOutcome {
                holds_done: done,
                holds_planned: 3,
                stopped: done < 3,
            };
            Some(SideResults {
                left: side(3),
                right: side(if self.stopped { 1 } else { 3 }),
            })
        }
    }

    #[test]
    fn richer_records_and_a_plan_slot_in() {
        let (library, _) = Library::shipped();
        let knee = || exercise("knee-to-chest", Intensity::Gentle, 15, 3, true);
        let sessions = vec![
            Richer {
                record: session(date(2025, 5, 5), vec![knee()], (Some(3), Some(3))),
                stopped: false,
            },
            Richer {
                record: session(date(2025, 5, 7), vec![knee()], (Some(3), Some(5))),
                stopped: true,
            },
        ];
        let plan = AdherenceInput {
            description: "Mon, Wed, Fri".into(),
            weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
            sessions_per_day: 1,
        };
        let period = Period {
            from: date(2025, 5, 5),
            to: date(2025, 5, 11),
        };
        let report = build_report(&ReportRequest {
            plan: Some(&plan),
            library: Some(&library),
            ..request(&sessions, period)
        });
        assert_eq!(report.stopped_for_pain.value, Some(vec![1]));
        let notes = report.side_notes.value.as_ref().expect("recorded");
        assert_eq!(notes.len(), 1, "only where left and right differ");
        assert_eq!(notes[0].results.right.holds_done, 1);
        let plan = report.plan.as_ref().expect("a plan");
        assert_eq!((plan.done, plan.planned), (2, 3));
        assert_eq!(report.weeks[0].planned, Some(3));
        assert!(report.exercises[0].sided, "knee to chest is sided");
    }

    #[test]
    fn csv_has_one_row_per_exercise_with_the_change() {
        use Intensity::*;
        let sessions = vec![
            session(
                date(2025, 5, 5),
                vec![
                    exercise("knee", Gentle, 15, 2, true),
                    exercise("crunch", Gentle, 1, 9, false),
                ],
                (Some(4), None),
            ),
            session(
                date(2025, 5, 6),
                vec![exercise("knee", Standard, 23, 3, true)],
                (None, None),
            ),
        ];
        let period = Period {
            from: date(2025, 5, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&request(&sessions, period));
        let mut out = Vec::new();
        write_report_csv(&report, &mut out).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 4, "{text}");
        assert!(rows[0].starts_with("started_utc,local_date,iso_week,"));
        assert_eq!(
            rows[1],
            "2025-05-05 08:00,2025-05-05,2025-W19,lower-back,Lower back,300,4,,,knee,knee,no,Gentle,15,2,yes,,,,"
        );
        assert!(
            rows[2].ends_with(",crunch,crunch,no,Gentle,1,9,no,,,,"),
            "{}",
            rows[2]
        );
        assert!(
            rows[3].ends_with(",knee,knee,no,Standard,23,3,yes,step up,,,"),
            "{}",
            rows[3]
        );
    }

    #[test]
    fn pain_averages_compare_before_and_after_within_the_same_sessions() {
        use Intensity::*;
        let knee = || vec![exercise("knee", Gentle, 15, 2, true)];
        let sessions = vec![
            // Rated only before (a high day), only after (a good one), and
            // both: only the last may be compared.
            session(date(2025, 5, 5), knee(), (Some(8), None)),
            session(date(2025, 5, 6), knee(), (None, Some(1))),
            session(date(2025, 5, 7), knee(), (Some(2), Some(3))),
            session(date(2025, 5, 8), knee(), (Some(4), Some(4))),
        ];
        let period = Period {
            from: date(2025, 5, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&request(&sessions, period));
        assert_eq!(report.pain.points.len(), 4);
        assert_eq!(report.pain.paired, 2);
        // Unpaired, the averages were 14/3 before and 8/3 after: pain
        // seemed to fall. Within the same sessions it rose a little.
        assert_eq!(report.pain.mean_before, Some(3.0));
        assert_eq!(report.pain.mean_after, Some(3.5));
    }

    #[test]
    fn endings_and_sides_are_read_from_the_records_and_old_ones_not_guessed() {
        use crate::profile::SideRecord;
        let (library, _) = Library::shipped();
        let knee = |left, right| ExerciseRecord {
            sides: Some(SideRecord { left, right }),
            completed: left == 3 && right == 3,
            ..exercise("knee-to-chest", Intensity::Gentle, 15, 3, true)
        };
        let crunch = |done| exercise("partial-crunch", Intensity::Gentle, 2, 8, done);
        let with = |day, exercises, ending| SessionRecord {
            ending,
            ..session(day, exercises, (Some(3), Some(2)))
        };
        let sessions = vec![
            // Saved before Limber kept endings and sides.
            with(date(2025, 5, 5), vec![crunch(true)], None),
            with(
                date(2025, 5, 6),
                vec![ExerciseRecord {
                    sides: None,
                    ..knee(3, 3)
                }],
                None,
            ),
            with(
                date(2025, 5, 7),
                vec![knee(3, 3), crunch(true)],
                Some(Ending::Finished),
            ),
            with(
                date(2025, 5, 8),
                vec![knee(3, 1), crunch(false)],
                Some(Ending::StoppedForPain {
                    exercise_id: "knee-to-chest".into(),
                }),
            ),
            with(
                date(2025, 5, 9),
                vec![knee(2, 3), crunch(false)],
                Some(Ending::Stopped {
                    exercise_id: "partial-crunch".into(),
                }),
            ),
        ];
        let period = Period {
            from: date(2025, 5, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&ReportRequest {
            library: Some(&library),
            ..request(&sessions, period)
        });
        assert_eq!(report.stopped_for_pain.value, Some(vec![3]));
        assert_eq!(report.stopped_for_pain.not_recorded, 2);
        assert_eq!(report.stops.value, Some(vec![3, 4]));
        assert_eq!(
            report.sessions[3].end,
            Some(SessionEnd::StoppedForPain {
                exercise: "knee to chest".into()
            })
        );
        assert_eq!(
            report.sessions[3].ended(),
            "stopped for pain in knee to chest"
        );
        assert!(report.sessions[4].ended_early);
        assert!(!report.sessions[2].ended_early);
        // Left and right: two sessions differ; the old one is not recorded.
        let notes = report.side_notes.value.as_ref().expect("recorded");
        assert_eq!(notes.len(), 2);
        assert_eq!(
            (notes[0].results.left.holds_done, notes[0].results.right),
            (
                3,
                SideOutcome {
                    holds_done: 1,
                    holds_planned: 3,
                    stopped: true
                }
            )
        );
        assert_eq!(report.side_notes.not_recorded, 1);
        let knee = report
            .exercises
            .iter()
            .find(|e| e.id == "knee-to-chest")
            .expect("knee");
        assert_eq!(
            knee.sides,
            Some(SideTotals {
                sessions: 3,
                left_done: 8,
                right_done: 7,
                planned_each: 9
            })
        );
        let crunch = report
            .exercises
            .iter()
            .find(|e| e.id == "partial-crunch")
            .expect("crunch");
        assert_eq!(crunch.sides, None);
        assert!(!crunch.sided);
        // The CSV says how each session ended and the holds on each side.
        let mut out = Vec::new();
        write_report_csv(&report, &mut out).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains(
                ",knee-to-chest,knee to chest,yes,Gentle,15,3,no,,stopped for pain in knee to chest,3,1\r\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn adherence_counts_planned_sessions_kept_up_to_today() {
        use crate::schedule::{PlannedRoutine, WeeklyPlan};
        let (library, _) = Library::shipped();
        let mut plan = WeeklyPlan::default();
        plan.set(PlannedRoutine {
            routine: "lower-back".into(),
            days: "mon,wed,fri".parse().expect("days"),
            at: "08:00".parse().expect("time"),
            // Planned from Wednesday 7 May: Monday 5 May does not count.
            since: Some(crate::schedule::plan::LocalDate(date(2025, 5, 7))),
        });
        let mut hips = session(date(2025, 5, 9), vec![], (None, None));
        hips.routine_id = "hips".into();
        let sessions = vec![
            session(date(2025, 5, 5), vec![], (None, None)),
            session(date(2025, 5, 7), vec![], (None, None)),
            // Friday 9 May: only hips, so the planned lower back is missed.
            hips,
            session(date(2025, 5, 12), vec![], (None, None)),
            // Wednesday 14 May, the report's day: done, so it counts.
            session(date(2025, 5, 14), vec![], (None, None)),
        ];
        let adherence = PlanAdherence::new(
            plan.clone(),
            &sessions,
            &ReminderState::default(),
            &chrono::Utc,
            &library,
        )
        .expect("a plan");
        assert_eq!(
            adherence.describe(),
            "Lower back, Mon, Wed, Fri at 08:00, since 7 May 2025"
        );
        let period = Period {
            from: date(2025, 5, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&ReportRequest {
            plan: Some(&adherence),
            generated: date(2025, 5, 14),
            ..request(&sessions, period)
        });
        let summary = report.plan.as_ref().expect("a plan");
        // 7, 9 and 12 May planned and past, 14 May done today; Friday
        // 16 May and later are still to come.
        assert_eq!((summary.kept, summary.planned), (Some(3), 4));
        assert_eq!(summary.done, 5);
        let weeks: Vec<(Option<u32>, Option<u32>)> =
            report.weeks.iter().map(|w| (w.kept, w.planned)).collect();
        assert_eq!(
            weeks,
            vec![
                (Some(0), Some(0)),
                (Some(1), Some(2)),
                (Some(2), Some(2)),
                (Some(0), Some(0)),
                (Some(0), Some(0))
            ]
        );
        // Today not done yet: not counted as missed.
        let adherence_without_today = PlanAdherence::new(
            plan,
            &sessions[..4],
            &ReminderState::default(),
            &chrono::Utc,
            &library,
        )
        .expect("a plan");
        let morning_report = build_report(&ReportRequest {
            plan: Some(&adherence_without_today),
            generated: date(2025, 5, 14),
            ..request(&sessions[..4], period)
        });
        let summary = morning_report.plan.expect("a plan");
        assert_eq!((summary.kept, summary.planned), (Some(2), 3));
        // No planned days, no adherence.
        assert!(
            PlanAdherence::new(
                WeeklyPlan::default(),
                &sessions,
                &ReminderState::default(),
                &chrono::Utc,
                &library
            )
            .is_none()
        );
    }

    #[test]
    fn a_very_long_period_charts_its_last_weeks() {
        let sessions = vec![session(date(2025, 5, 5), vec![], (Some(2), Some(1)))];
        let period = Period {
            from: date(1990, 1, 1),
            to: date(2025, 5, 31),
        };
        let report = build_report(&request(&sessions, period));
        assert_eq!(report.weeks.len(), MAX_WEEKS);
        let last = report.weeks.last().expect("weeks");
        assert_eq!(last.monday, date(2025, 5, 26));
        assert_eq!(report.weeks.iter().map(|w| w.sessions).sum::<u32>(), 1);
    }
}
