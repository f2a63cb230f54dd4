//! Opening the routines of a hostile content folder (10,000 exercises,
//! 5,000 steps, a megabyte title) in the app stays small: the folder's
//! items past the limits are left out with a notice that says why, and a
//! routine at the limits opens and draws within 200 MB.
//!
//! One test alone in this binary: it counts every allocation of the
//! process (a counting global allocator), so nothing else may run beside
//! it.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use common::{SIZE, open_app};
use iced_test::Simulator;
use limber::ui::{App, Message, Screen};
use limber_core::content::{Library, Sources};
use limber_core::profile::Store;

/// The system allocator, counting the bytes held and the most ever held.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; the
// counters are only arithmetic beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(held, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size > layout.size() {
                let held = HELD.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(held, Ordering::Relaxed);
            } else {
                HELD.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn routine(id: &str, title: &str, exercise: &str, count: usize) -> String {
    let entries = format!("        (exercise: \"{exercise}\"),\n").repeat(count);
    format!(
        "(\n    id: \"{id}\",\n    title: \"{title}\",\n    description: \"A routine.\",\n    area: \"lower-back\",\n    exercises: [\n{entries}    ],\n)\n"
    )
}

/// The hostile folder, and a routine at the limit beside it.
fn content(root: &Path) {
    write(
        &root.join("routines/big.ron"),
        &routine("big", "Big", "partial-crunch", 10_000),
    );
    write(
        &root.join("routines/huge-title.ron"),
        &routine(
            "huge-title",
            &"Stretch ".repeat(1_000_000 / 8),
            "partial-crunch",
            1,
        ),
    );
    let steps = "        (role: Setup, title: \"Step\", text: \"Lie down.\", illustration: Pose(\"crunch-start\")),\n"
        .repeat(5_000);
    write(
        &root.join("exercises/many-steps.ron"),
        &format!(
            "(\n    id: \"many-steps\",\n    title: \"Many steps\",\n    areas: [\"lower-back\"],\n    summary: \"Steps.\",\n    dose: (hold_seconds: (1, 2), repetitions: (1, 2), move_seconds: 2, release_seconds: 2, rest_seconds: 2),\n    highlight: Abdomen,\n    steps: [\n{steps}        (role: Hold, title: \"Hold\", text: \"Hold.\", illustration: Pose(\"crunch-up\")),\n    ],\n)\n"
        ),
    );
    write(
        &root.join("routines/long.ron"),
        &routine(
            "long",
            "Long",
            "partial-crunch",
            limber_core::limits::MAX_ROUTINE_EXERCISES,
        ),
    );
}

/// Draws the screen as it is now (layout and pixels), as the window would.
fn draw(app: &App) {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.snapshot(&limber::ui::style::theme(false))
        .expect("a frame");
}

/// Opens `routine` in an app over `dir`'s content folder and draws it;
/// returns the app's notices and whether the Routine screen opened.
fn open(dir: &Path, routine: &str) -> (Vec<String>, bool) {
    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(dir.join("content")),
    });
    // As `limber` itself does: the problems become a notice.
    let notices = problems.iter().map(ToString::to_string).collect();
    let (mut store, _) = Store::open(&dir.join("data")).expect("store opens");
    store.set_safety_seen().expect("safety seen");
    let (mut app, _, _) = open_app(library, store, notices, Some(routine));
    draw(&app);
    // Down the list, as a person looking at it.
    for _ in 0..20 {
        common::send(
            &mut app,
            vec![Message::Routine(
                limber::ui::screen::routine::Message::MoveFocus(1),
            )],
        );
    }
    draw(&app);
    let opened = matches!(app.screen(), Screen::Routine(_));
    (app.notices().to_vec(), opened)
}

#[test]
fn opening_a_hostile_folder_stays_under_200_mb() {
    let dir = tempfile::tempdir().expect("temp dir");
    content(&dir.path().join("content"));
    let path = dir.path().to_path_buf();
    let baseline = HELD.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);

    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let big = open(&path, "big");
        let long = open(&path, "long");
        let _ = sender.send((big, long));
    });
    let ((big_notices, big_opened), (_, long_opened)) = receiver
        .recv_timeout(Duration::from_secs(240))
        .expect("opening the routines did not finish within 240 s (a hang)");

    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    println!("peak {:.1} MB above the start", peak as f64 / 1_048_576.0);
    assert!(
        peak < 200 * 1_048_576,
        "{:.1} MB held at the peak",
        peak as f64 / 1_048_576.0
    );
    // The 10,000-exercise routine is left out, and the notice says why.
    assert!(!big_opened, "the 10,000-exercise routine opened");
    let said = big_notices.join("\n");
    assert!(
        said.contains("big.ron") && said.contains("`exercises` has 10,000 entries; the most is 50"),
        "{said}"
    );
    assert!(said.len() < 10_000, "the megabyte title is not shown whole");
    assert!(long_opened, "the routine at the limit opens");
}
