//! Papers and the cue sheet in bounded time: each is made for inputs ten
//! times larger in turn, so a cost linear in the input shows as times ten
//! times longer (a quadratic one would be a hundred).
//!
//! * `sheet layout` and `sheet pdf`: the routine sheet of a routine of 10,
//!   100 and 1,000 exercises (the shipped five in turn; past the content
//!   limit of 50, built in memory to show the growth), laid out, then
//!   rendered;
//! * `title`: a title of 1 KB, 10 KB, 100 KB and 1 MB wrapped over lines,
//!   and cut to one line (ellipsized) for the footer and the table;
//! * `cue sheet`: `limber show --timeline` for 10, 100 and 1,000 exercises
//!   at the Strong level;
//! * `report`: the visit report (its numbers and its layout) over 1,000,
//!   10,000 and 100,000 sessions.
//!
//! Run with `cargo bench --bench papers`. The whole commands on the
//! hostile folder and at the content limits: `scripts/measure_papers.sh`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use limber_core::content::Library;
use limber_core::content::schema::{Routine, RoutineEntry};
use limber_core::paper::layout::{Span, Style, ellipsize, wrap};
use limber_core::paper::{
    Doses, FontSet, Paper, Period, ReportRequest, SheetRequest, build_report, local_time,
};
use limber_core::session::dose::Intensity;

const SIZES: [usize; 3] = [10, 100, 1_000];

fn fonts() -> FontSet {
    limber::paper_fonts().expect("Fira Sans")
}

/// A routine of `count` entries cycling through the library's exercises.
fn routine(library: &Library, count: usize) -> Routine {
    let ids: Vec<&str> = library.exercises().iter().map(|e| e.id.as_str()).collect();
    Routine {
        id: "bench".into(),
        title: "Bench".into(),
        description: "A long routine.".into(),
        area: None,
        exercises: (0..count)
            .map(|n| RoutineEntry {
                exercise: ids[n % ids.len()].into(),
                dose: None,
            })
            .collect(),
        made_by: None,
    }
}

fn sheet(c: &mut Criterion) {
    let (library, _) = Library::shipped();
    let fonts = fonts();
    let mut group = c.benchmark_group("sheet");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for count in SIZES {
        let routine = routine(&library, count);
        let request = SheetRequest {
            library: &library,
            routine: &routine,
            doses: Doses::Intensity(Intensity::Standard),
            date: NaiveDate::from_ymd_opt(2025, 6, 2).expect("date"),
            paper: Paper::A4,
            emergency: limber_core::guidance::emergency::EmergencyNumber::UNKNOWN,
            fonts: &fonts,
        };
        group.bench_with_input(BenchmarkId::new("layout", count), &count, |b, _| {
            b.iter(|| black_box(limber_core::paper::routine_sheet(&request)))
        });
        let document = limber_core::paper::routine_sheet(&request);
        println!("sheet of {count} exercises: {} pages", document.pages.len());
        group.bench_with_input(BenchmarkId::new("pdf", count), &count, |b, _| {
            b.iter(|| black_box(limber_core::paper::render(&document).expect("a PDF")))
        });
    }
    group.finish();
}

fn title(c: &mut Criterion) {
    let fonts = fonts();
    let style = Style::new(20.0, true, limber_core::paper::canvas::Rgb(0, 0, 0));
    let mut group = c.benchmark_group("title");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for bytes in [1_000, 10_000, 100_000, 1_000_000] {
        let text = "Stretch ".repeat(bytes / 8);
        group.bench_with_input(BenchmarkId::new("wrap", bytes), &bytes, |b, _| {
            b.iter(|| black_box(wrap(&fonts, &[Span::new(text.as_str(), style)], 500.0)))
        });
        group.bench_with_input(BenchmarkId::new("ellipsize", bytes), &bytes, |b, _| {
            b.iter(|| black_box(ellipsize(&fonts, &text, style, 300.0)))
        });
    }
    group.finish();
}

fn cue_sheet(c: &mut Criterion) {
    let (library, _) = Library::shipped();
    let settings = limber_core::profile::Settings::default();
    let mut group = c.benchmark_group("cue sheet");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for count in SIZES {
        let routine = routine(&library, count);
        let prescribed =
            limber_core::prescription::prescribe_at(&library, &routine, Intensity::Strong);
        group.bench_with_input(
            BenchmarkId::new("timeline and sheet", count),
            &count,
            |b, _| {
                b.iter(|| {
                    let timeline = limber_core::coach::timeline(
                        &prescribed,
                        &settings,
                        limber_core::coach::options(&settings),
                    );
                    let exercises: Vec<_> = prescribed.iter().map(|p| p.exercise).collect();
                    let mut out = Vec::new();
                    limber::cli::cue_sheet::write_sheet("Bench", &timeline, &exercises, &mut out)
                        .expect("written");
                    black_box(out)
                })
            },
        );
    }
    group.finish();
}

fn report(c: &mut Criterion) {
    let (library, _) = Library::shipped();
    let fonts = fonts();
    let end = 1_749_300_000;
    let mut group = c.benchmark_group("report");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for count in [1_000u32, 10_000, 100_000] {
        let sessions = limber_core::paper::fixture::fixture_history(&library, count, 7, end);
        let to = local_time(end).date();
        let request = ReportRequest {
            profile_name: "Anna",
            sessions: &sessions,
            // Ten years: every session is in the period.
            period: Period {
                from: to - chrono::Duration::days(limber_core::paper::report::MAX_PERIOD_DAYS - 1),
                to,
            },
            plan: None,
            library: Some(&library),
            to_local: local_time,
            generated: to,
        };
        group.bench_with_input(BenchmarkId::new("numbers", count), &count, |b, _| {
            b.iter(|| black_box(build_report(&request)))
        });
        let numbers = build_report(&request);
        group.bench_with_input(BenchmarkId::new("layout", count), &count, |b, _| {
            b.iter(|| {
                black_box(limber_core::paper::visit_report(
                    &numbers,
                    Paper::A4,
                    &fonts,
                ))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, sheet, title, cue_sheet, report);
criterion_main!(benches);
