//! Years of history: how long `limber history --csv`, starting the app and
//! opening the History screen take, and how much memory the app holds, for
//! 10 years of daily sessions (3,650) and for 100,000 sessions.
//!
//! Time: `cargo bench --bench history` (criterion). Memory: each size in a
//! process of its own, `scripts/measure_history.sh` (it runs this binary
//! with `LIMBER_HISTORY_MEMORY=N` and prints the peak resident memory).
//!
//! Targets (release build): the History screen for 3,650 sessions opens in
//! under 100 ms and the app holds under 1.3× the memory of an empty
//! profile; 100,000 sessions open within 200 MB; `limber history --csv` on
//! 100,000 sessions takes under 1 s.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group};
use iced::Theme;
use iced_test::Simulator;
use limber::ui::{App, Message, Options};
use limber_core::content::Library;
use limber_core::profile::{Ending, ExerciseRecord, SessionRecord, SideRecord, Store};
use limber_core::session::dose::Intensity;
use limber_core::sound::SilentPlayer;
use limber_core::testing::{FAKE_UNIX_START, FakeClock};

const SIZES: [usize; 2] = [3_650, 100_000];

/// A realistic session: three exercises (one sided), pain before and after.
fn session(n: usize) -> SessionRecord {
    let exercise = |id: &str, title: &str, sides: Option<SideRecord>| ExerciseRecord {
        id: id.to_owned().into(),
        title: title.to_owned(),
        intensity: Intensity::ALL[n % 3],
        hold_seconds: 15 + (n % 16) as u32,
        repetitions: 3 + (n % 3) as u32,
        completed: !n.is_multiple_of(11),
        sides,
        holds_done: None,
        variation: None,
    };
    SessionRecord {
        // Four hours apart: 100,000 sessions reach back 45 years, all
        // after 1970.
        started_at: FAKE_UNIX_START - (n as u64) * 4 * 3_600,
        routine_id: "lower-back".into(),
        routine_title: "Lower back".to_owned(),
        duration_seconds: 280 + (n % 60) as u32,
        exercises: vec![
            exercise("prone-press-up", "Press-up on forearms", None),
            exercise(
                "knee-to-chest",
                "Knee to chest",
                Some(SideRecord { left: 3, right: 3 }),
            ),
            exercise("partial-crunch", "Partial crunch", None),
        ],
        pain_before: Some((n % 7) as u8),
        pain_after: Some((n % 5) as u8),
        ending: Some(Ending::Finished),
    }
}

/// The first history format (version 1: one RON struct), as a year-old
/// data folder holds it; reading it is also the migration path.
#[derive(serde::Serialize)]
struct HistoryFileV1 {
    version: u32,
    sessions: Vec<SessionRecord>,
}

/// A data dir whose profile "Me" has `count` sessions.
fn data_dir_with(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write_fixture(dir.path(), count);
    dir
}

/// Writes `count` sessions for "Me" into `dir` as a year-old Limber wrote
/// them (version 1), and opens them once as the app would (the store then
/// keeps them in today's format).
fn write_fixture(dir: &Path, count: usize) {
    let (mut store, _) = Store::open(dir).expect("store opens");
    store.set_safety_seen().expect("safety seen");
    let id = store.current().id.clone();
    let file = HistoryFileV1 {
        version: 1,
        sessions: (0..count).rev().map(session).collect(),
    };
    let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
        .expect("the history serialises");
    std::fs::write(dir.join(format!("history/{id}.ron")), text).expect("the history is written");
    drop(file);
    let read = store.history(&id).expect("the history reads");
    assert_eq!(read.len(), count);
}

/// The app over `dir`, with its history loaded.
fn app(dir: &Path) -> App {
    let (library, _) = Library::shipped();
    let (store, _) = Store::open(dir).expect("store opens");
    let (mut app, boot) = App::new(Options {
        library,
        store,
        notices: Vec::new(),
        audio: Box::new(SilentPlayer),
        clock: Arc::new(FakeClock::new(std::time::Instant::now())),
        routine: None,
        platform: limber::ui::platform::Platform::inert(),
        speaker: Box::new(limber_core::speech::SilentSpeaker::default()),
    })
    .expect("the app starts");
    run(&mut app, boot);
    app
}

fn run(app: &mut App, task: iced::Task<Message>) {
    use futures::StreamExt;
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return;
    };
    // One action at a time: a runtime request (the system's theme, a
    // window operation) is dropped at once, which ends its wait.
    let mut stream = stream;
    while let Some(action) = futures::executor::block_on(stream.next()) {
        if let iced_runtime::Action::Output(message) = action {
            let next = app.update(message);
            run(app, next);
        }
    }
}

/// Opens the History screen and draws its first frame at 1366×768.
fn open_history(app: &mut App) {
    let task = app.update(Message::Home(
        limber::ui::screen::home::Message::OpenHistory,
    ));
    run(app, task);
    let mut ui = Simulator::with_size(Default::default(), (1366.0, 768.0), app.view());
    black_box(ui.snapshot(&Theme::Light).expect("a frame"));
}

fn history(c: &mut Criterion) {
    let mut group = c.benchmark_group("history");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for count in SIZES {
        let dir = data_dir_with(count);
        group.bench_with_input(BenchmarkId::new("csv", count), &count, |b, _| {
            b.iter(|| {
                let (mut store, _) = Store::open(dir.path()).expect("store opens");
                let id = store.current().id.clone();
                let records = store.history(&id).expect("the history is read");
                let mut sink = std::io::sink();
                limber_core::export::history::write_history(&records, true, &mut sink)
                    .expect("the CSV is written");
            })
        });
        group.bench_with_input(BenchmarkId::new("app start", count), &count, |b, _| {
            b.iter(|| black_box(app(dir.path())))
        });
        group.bench_with_input(BenchmarkId::new("open screen", count), &count, |b, _| {
            b.iter_batched(
                || app(dir.path()),
                |mut app| open_history(&mut app),
                criterion::BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// Peak resident memory of this process, in bytes (Linux).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// `LIMBER_HISTORY_MEMORY=N` with `LIMBER_HISTORY_DIR=DIR` (written by an
/// earlier run with `LIMBER_HISTORY_FIXTURE=N`, so making the fixture does
/// not count): start the app over the N sessions, open History, draw it,
/// scroll through it, and print the peak memory.
fn memory(count: usize, dir: &Path) {
    let mut app = app(dir);
    open_history(&mut app);
    // Scroll to the end and back, as a person looking for an old session.
    for message in limber::ui::screen::history::scroll_through(count, 20) {
        let task = app.update(Message::History(message));
        run(&mut app, task);
        let mut ui = Simulator::with_size(Default::default(), (1366.0, 768.0), app.view());
        black_box(ui.snapshot(&Theme::Light).expect("a frame"));
    }
    let peak = peak_memory().map_or("unknown".to_owned(), |bytes| {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    });
    println!("sessions: {count}, peak memory: {peak}");
}

criterion_group!(benches, history);

fn main() {
    let count = |name: &str| std::env::var(name).ok().and_then(|n| n.parse().ok());
    let dir = std::env::var_os("LIMBER_HISTORY_DIR").map(std::path::PathBuf::from);
    if let (Some(count), Some(dir)) = (count("LIMBER_HISTORY_FIXTURE"), &dir) {
        write_fixture(dir, count);
        return;
    }
    if let (Some(count), Some(dir)) = (count("LIMBER_HISTORY_MEMORY"), &dir) {
        memory(count, dir);
        return;
    }
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}
