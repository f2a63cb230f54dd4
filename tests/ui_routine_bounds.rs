//! A long routine on the Routine screen: only the rows in view are laid out
//! (as on the History screen), the keyboard still reaches every exercise,
//! and "Print sheet" makes the sheet on a thread of its own.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{SIZE, open_app_on, send};
use iced_test::Simulator;
use limber::ui::dialog::ChosenPath;
use limber::ui::screen::routine::Message as R;
use limber::ui::{App, Message, Screen};
use limber_core::content::{Library, Sources};
use limber_core::limits::MAX_ROUTINE_EXERCISES;
use limber_core::profile::Store;

/// A content folder with a routine of the most exercises a routine may
/// have: the partial crunch, again and again.
fn long_routine(root: &Path) {
    std::fs::create_dir_all(root.join("routines")).expect("mkdir");
    let entries = "        (exercise: \"partial-crunch\"),\n".repeat(MAX_ROUTINE_EXERCISES);
    std::fs::write(
        root.join("routines/long.ron"),
        format!(
            "(\n    id: \"long\",\n    title: \"Long\",\n    description: \"Many crunches.\",\n    area: \"lower-back\",\n    exercises: [\n{entries}    ],\n)\n"
        ),
    )
    .expect("routine");
}

/// The app on the Routine screen of the long routine, saving where
/// `dialog` says.
fn on_long_routine(dir: &Path, dialog: &ChosenPath) -> App {
    let content = dir.join("content");
    long_routine(&content);
    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content),
    });
    assert!(problems.is_empty(), "{problems:?}");
    let data = dir.join("data");
    let (mut store, _) = Store::open(&data).expect("store opens");
    store.set_safety_seen().expect("safety seen");
    let mut platform = limber::ui::platform::Platform::inert();
    platform.save_dialog = Arc::new(dialog.clone());
    let (app, _, _) = open_app_on(library, store, Vec::new(), Some("long"), platform);
    assert!(
        matches!(app.screen(), Screen::Routine(_)),
        "{}",
        app.title()
    );
    app
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    ui.find(label).is_ok()
}

fn row(n: usize) -> String {
    format!("{n}. Partial crunch")
}

#[test]
fn only_the_rows_in_view_are_laid_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = on_long_routine(dir.path(), &ChosenPath::new(None));
    assert!(shows(&app, &row(1)));
    assert!(shows(&app, &row(3)));
    let last = MAX_ROUTINE_EXERCISES;
    assert!(
        !shows(&app, &row(last)),
        "the last row is laid out at the top"
    );
    let laid_out = (1..=last).filter(|&n| shows(&app, &row(n))).count();
    assert!(laid_out <= 12, "{laid_out} of {last} rows laid out");
    // The footer and the Start button stay where they are.
    assert!(shows(&app, "Print sheet") && shows(&app, "Start"));

    // Scrolled to the end: the last rows, not the first.
    send(
        &mut app,
        vec![Message::Routine(R::Scrolled {
            offset: 1.0e6,
            height: 500.0,
        })],
    );
    assert!(shows(&app, &row(last)));
    assert!(!shows(&app, &row(1)));
}

#[test]
fn the_keyboard_reaches_the_last_exercise() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = on_long_routine(dir.path(), &ChosenPath::new(None));
    for _ in 1..MAX_ROUTINE_EXERCISES {
        send(&mut app, vec![Message::Routine(R::MoveFocus(1))]);
    }
    let Screen::Routine(screen) = app.screen() else {
        panic!("{}", app.title());
    };
    assert_eq!(screen.focused(), MAX_ROUTINE_EXERCISES - 1);
}

#[test]
fn print_sheet_lays_out_on_another_thread() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("long.pdf");
    let dialog = ChosenPath::new(Some(pdf.clone()));
    let mut app = on_long_routine(dir.path(), &dialog);
    let before = limber_core::paper::font::shaped_bytes();
    send(&mut app, vec![Message::Routine(R::PrintSheet)]);
    // The whole sheet was made and written, and none of its text was
    // shaped on this (the window's) thread.
    assert_eq!(limber_core::paper::font::shaped_bytes() - before, 0);
    let notice = app.notices().last().cloned().unwrap_or_default();
    assert!(notice.starts_with("Saved the sheet for Long"), "{notice}");
    assert!(
        std::fs::read(&pdf)
            .expect("the sheet")
            .starts_with(b"%PDF-")
    );
}
