//! The defects a new user met on the screens around the player (issue 26,
//! item 8), each checked on the laid-out screen: History's rows, charts and
//! list; Home's tiles beside "Your routines"; one countdown control in
//! Settings; the Plan screen's words about reminders; the Routine screen's
//! Reset; `?` as X11 reports it; Finish's word for pain that went down.
//!
//! `look` (ignored: it writes pictures for people to look at) renders the
//! screens these tests cover into `target/other-screens/`:
//!
//! ```sh
//! cargo test --test ui_other_screens -- --ignored look
//! ```

mod common;

use std::path::{Path, PathBuf};

use common::{named, open_app, press, send, shipped_app, skip_to_the_end};
use iced::keyboard::{Key, key::Named};
use iced::{Rectangle, Size, Theme};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use limber::ui::screen::{builder::Message as B, home::Message as H, settings::Message as S};
use limber::ui::{App, Message, Screen};
use limber_core::content::Library;
use limber_core::profile::{Ending, ExerciseRecord, SessionRecord, SideRecord, Store, TextSize};
use limber_core::session::dose::Intensity;
use limber_core::testing::FAKE_UNIX_START;

/// The smallest screen the app is made for.
const SMALL: Size = Size::new(1024.0, 600.0);
/// The window as it opens.
const OPENED: Size = Size::new(1280.0, 680.0);
/// The laptop screen most people have.
const LAPTOP: Size = Size::new(1366.0, 768.0);
const WINDOWS: [Size; 3] = [SMALL, OPENED, LAPTOP];

const DAY: u64 = 24 * 60 * 60;

fn open(app: &mut App, message: Message) {
    send(app, vec![message]);
}

fn set_text_size(app: &mut App, size: TextSize) {
    let back_home = matches!(app.screen(), Screen::Home(_));
    open(app, Message::Home(H::OpenSettings));
    open(app, Message::Settings(S::TextSize(size)));
    open(app, Message::Settings(S::Back));
    assert!(back_home, "text size set from Home");
    assert_eq!(app.profile().settings.text_size, size);
}

/// A text drawn on the screen: what it says, where its layout puts it and
/// what of it is visible.
#[derive(Debug, Clone)]
struct Drawn {
    content: String,
    bounds: Rectangle,
    visible: Option<Rectangle>,
}

/// Every text on the screen of `app` in a window of `size`, in tree order.
fn texts(app: &App, size: Size) -> Vec<Drawn> {
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let found = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let into = found.clone();
    // A selector that never settles sees every widget of the tree.
    let selector = move |candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            bounds,
            visible_bounds,
            content,
            ..
        } = candidate
        {
            into.lock().expect("texts").push(Drawn {
                content: content.to_owned(),
                bounds,
                visible: visible_bounds,
            });
        }
        None
    };
    let _ = ui.find(selector);
    found.lock().expect("texts").clone()
}

fn overlap(a: Rectangle, b: Rectangle) -> f32 {
    let width = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let height = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if width <= 0.0 || height <= 0.0 {
        0.0
    } else {
        width * height
    }
}

/// The pairs of visible texts that are drawn over each other (more than a
/// sliver: one pixel of line height is not a word over another).
fn texts_over_texts(drawn: &[Drawn]) -> Vec<String> {
    let mut found = Vec::new();
    let visible: Vec<(&Drawn, Rectangle)> = drawn
        .iter()
        .filter(|d| !d.content.trim().is_empty())
        .filter_map(|d| d.visible.map(|v| (d, v)))
        .collect();
    for (i, (a, va)) in visible.iter().enumerate() {
        for (b, vb) in &visible[i + 1..] {
            let shared = overlap(*va, *vb);
            if shared > 2.0 * va.width.min(vb.width).min(2.0) && shared > 4.0 {
                found.push(format!(
                    "{:?} at {:?} and {:?} at {:?}",
                    a.content, a.bounds, b.content, b.bounds
                ));
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

fn exercise(id: &str, title: &str, completed: bool, sides: Option<SideRecord>) -> ExerciseRecord {
    ExerciseRecord {
        id: id.into(),
        title: title.into(),
        intensity: Intensity::Gentle,
        hold_seconds: 15,
        repetitions: 3,
        completed,
        sides,
        holds_done: None,
        variation: None,
    }
}

/// Fourteen sessions over five weeks, the newest first in the list: one
/// stopped because it hurt, with one leg done more than the other (a note
/// long enough to need a second line), one stopped, the rest plain.
fn history_fixture(store: &mut Store) {
    let now = FAKE_UNIX_START;
    for i in 0..14u64 {
        let started_at = now - (36 - 2 * i) * DAY - 3600;
        let (routine_id, routine_title) = if i % 3 == 2 {
            ("hips", "Hips")
        } else {
            ("lower-back", "Lower back")
        };
        let mut record = SessionRecord {
            started_at,
            routine_id: routine_id.into(),
            routine_title: routine_title.into(),
            duration_seconds: 300 + 7 * i as u32,
            exercises: vec![
                exercise("prone-press-up", "Press-up on the forearms", true, None),
                exercise(
                    "knee-to-chest",
                    "Knee to chest",
                    true,
                    Some(SideRecord { left: 3, right: 3 }),
                ),
            ],
            pain_before: Some(4 - (i / 5) as u8),
            pain_after: Some(3 - (i / 5) as u8),
            ending: Some(Ending::Finished),
        };
        if i == 12 {
            record.exercises = vec![
                exercise("prone-press-up", "Press-up on the forearms", true, None),
                exercise(
                    "knee-to-chest",
                    "Knee to chest",
                    false,
                    Some(SideRecord { left: 3, right: 1 }),
                ),
                exercise(
                    "hamstring-stretch",
                    "Seated single-leg hamstring stretch",
                    false,
                    Some(SideRecord { left: 2, right: 0 }),
                ),
            ];
            record.ending = Some(Ending::StoppedForPain {
                exercise_id: "knee-to-chest".into(),
            });
            record.pain_after = Some(5);
        }
        if i == 9 {
            record.ending = Some(Ending::Stopped {
                exercise_id: "knee-to-chest".into(),
            });
        }
        store.append_history(record).expect("append");
    }
}

/// Lower back Mon–Fri at 08:00 and Hips on Saturdays at 10:00, since
/// well before the history starts.
fn plan_fixture(store: &mut Store) {
    use limber_core::schedule::{PlannedRoutine, WeeklyPlan};
    let id = store.current().id.clone();
    let mut plan = WeeklyPlan::default();
    for (routine, days, at) in [("lower-back", "mon-fri", "08:00"), ("hips", "sat", "10:00")] {
        plan.set(PlannedRoutine {
            routine: routine.into(),
            days: days.parse().expect("days"),
            at: at.parse().expect("time"),
            since: Some("2026-01-05".parse().expect("date")),
        });
    }
    store
        .update_plan(&id, |stored| *stored = plan.clone())
        .expect("plan");
}

/// A data folder with the safety note read, a plan (when `plan`) and the
/// fourteen sessions.
fn data(dir: &Path, plan: bool) {
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    if plan {
        plan_fixture(&mut store);
    }
    history_fixture(&mut store);
}

/// The app over `dir` with its own content folder, as `limber` runs.
fn app_with_own_content(dir: &Path) -> App {
    let (library, _) = Library::load(&limber_core::content::Sources {
        user_dir: Some(dir.join("content")),
        extra_dir: None,
    });
    let (store, _) = Store::open(dir).expect("store opens");
    open_app(library, store, Vec::new(), None).0
}

/// "Morning stretch", made in the routine builder and saved: Home then
/// has "Your routines".
fn make_own_routine(app: &mut App) {
    press(app, "n");
    for message in [
        B::Name("Morning stretch".into()),
        B::Search("hips".into()),
        B::Add("butterfly-stretch".into()),
        B::Add("hamstring-stretch".into()),
        B::Search("knee".into()),
        B::Add("knee-to-chest".into()),
        B::Save,
    ] {
        open(app, Message::Builder(message));
    }
    assert!(matches!(app.screen(), Screen::Home(_)), "saved, back Home");
}

/// Home with a plan, the sessions and a routine of one's own: the fullest
/// Home there is.
fn fullest_home(dir: &Path) -> App {
    data(dir, true);
    let mut app = app_with_own_content(dir);
    make_own_routine(&mut app);
    app
}

// ---------------------------------------------------------------------------
// Pictures
// ---------------------------------------------------------------------------

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/other-screens")
}

fn render(app: &App, size: Size, theme: &Theme, name: &str) {
    let dir = out_dir();
    std::fs::create_dir_all(&dir).expect("folder");
    let path = dir.join(format!("{name}.png"));
    let written = dir.join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let snapshot = ui.snapshot(theme).expect("snapshot");
    assert!(snapshot.matches_image(&path).expect("write png"));
}

fn each_look(app: &App, name: &str) {
    for size in WINDOWS {
        for (theme_name, dark) in [("light", false), ("dark", true)] {
            render(
                app,
                size,
                &limber::ui::style::theme(dark),
                &format!("{name}-{}x{}-{theme_name}", size.width, size.height),
            );
        }
    }
}

#[test]
#[ignore = "writes pictures of the screens to look at"]
fn look() {
    for text_size in [TextSize::Normal, TextSize::Larger] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut app = fullest_home(dir.path());
        if text_size != TextSize::Normal {
            set_text_size(&mut app, text_size);
        }
        let suffix = format!("{text_size:?}").to_lowercase();
        each_look(&app, &format!("home-{suffix}"));
        press(&mut app, "h");
        each_look(&app, &format!("history-{suffix}"));
        named(&mut app, Named::Escape);
        press(&mut app, "s");
        each_look(&app, &format!("settings-{suffix}"));
        named(&mut app, Named::Escape);
        press(&mut app, "p");
        each_look(&app, &format!("plan-{suffix}"));
        named(&mut app, Named::Escape);
        press(&mut app, "1");
        // Knee to chest, a longer hold: Reset shows.
        named(&mut app, Named::ArrowDown);
        press(&mut app, "+");
        each_look(&app, &format!("routine-{suffix}"));

        let dir = tempfile::tempdir().expect("temp dir");
        let mut app = finished_with_pain_before(dir.path(), 3);
        if text_size != TextSize::Normal {
            send(&mut app, vec![Message::Settings(S::TextSize(text_size))]);
        }
        open(
            &mut app,
            Message::Finish(limber::ui::screen::finish::Message::PainAfter(2)),
        );
        each_look(&app, &format!("finish-{suffix}"));
    }
}

// ---------------------------------------------------------------------------
// `?` as X11 reports it
// ---------------------------------------------------------------------------

/// Shift+/ on a US keyboard as iced's winit shell reports it under X11:
/// the key without modifiers (`/`), the key with them (`?`), Shift held
/// and the text typed.
fn shift_slash(app: &mut App) {
    use iced::keyboard::{self, Location, Modifiers, key};
    let pressed = iced::Event::Keyboard(keyboard::Event::KeyPressed {
        key: Key::Character("/".into()),
        modified_key: Key::Character("?".into()),
        physical_key: key::Physical::Code(key::Code::Slash),
        location: Location::Standard,
        modifiers: Modifiers::SHIFT,
        text: Some("?".into()),
        repeat: false,
    });
    let released = iced::Event::Keyboard(keyboard::Event::KeyReleased {
        key: Key::Character("/".into()),
        modified_key: Key::Character("?".into()),
        physical_key: key::Physical::Code(key::Code::Slash),
        location: Location::Standard,
        modifiers: Modifiers::SHIFT,
    });
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(Default::default(), LAPTOP, app.view());
        let _ = ui.simulate([pressed, released]);
        ui.into_messages().collect()
    };
    send(app, messages);
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui = Simulator::with_size(Default::default(), LAPTOP, app.view());
    ui.find(label).is_ok()
}

/// `?` typed as Shift+/ opens the keys sheet on `screen` and closes it
/// again; returns what went wrong.
fn question_mark_on(app: &mut App, screen: &str) -> Option<String> {
    let title = format!("Keys: {screen}");
    if shows(app, &title) {
        return Some(format!("{screen}: the sheet was open already"));
    }
    shift_slash(app);
    if !shows(app, &title) {
        return Some(format!("{screen}: Shift+/ did not open the keys sheet"));
    }
    shift_slash(app);
    if shows(app, &title) {
        return Some(format!("{screen}: Shift+/ again did not close it"));
    }
    None
}

#[test]
fn question_mark_typed_as_shift_slash_opens_the_keys_on_every_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    data(dir.path(), true);
    let (mut app, _, _) = shipped_app(dir.path(), None);
    let mut problems = Vec::new();
    let mut check = |app: &mut App, screen: &str| {
        problems.extend(question_mark_on(app, screen));
    };
    check(&mut app, "Home");
    for (letter, screen) in [
        ("h", "History"),
        ("s", "Settings"),
        ("p", "Plan"),
        ("e", "Exercises"),
        ("f", "Safety"),
    ] {
        press(&mut app, letter);
        check(&mut app, screen);
        named(&mut app, Named::Escape);
        assert!(
            matches!(app.screen(), Screen::Home(_)),
            "back from {screen}"
        );
    }
    press(&mut app, "1");
    check(&mut app, "Routine");
    named(&mut app, Named::Enter);
    check(&mut app, "Exercise");
    skip_to_the_end(&mut app);
    check(&mut app, "Finish");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// Finish
// ---------------------------------------------------------------------------

/// The Finish screen of Lower back with pain `before` rated on the
/// Routine screen, every step skipped.
fn finished_with_pain_before(dir: &Path, before: u8) -> App {
    let (mut app, _, _) = shipped_app(dir, None);
    named(&mut app, Named::Enter);
    press(&mut app, "1");
    press(&mut app, &before.to_string());
    named(&mut app, Named::Enter);
    skip_to_the_end(&mut app);
    assert!(
        matches!(app.screen(), Screen::Finish(_)),
        "the routine ended"
    );
    app
}

fn says(app: &App, words: &str) -> Option<String> {
    texts(app, LAPTOP)
        .into_iter()
        .map(|d| d.content)
        .find(|content| content.contains(words))
}

#[test]
fn finish_acknowledges_pain_that_went_down() {
    use limber::ui::screen::finish::Message as F;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = finished_with_pain_before(dir.path(), 3);
    open(&mut app, Message::Finish(F::PainAfter(2)));
    let said = says(&app, "down from 3 to 2");
    assert!(
        said.is_some(),
        "pain 3 → 2 is not acknowledged; the screen says: {:?}",
        texts(&app, LAPTOP)
            .into_iter()
            .map(|d| d.content)
            .collect::<Vec<_>>()
    );
    // Not said when it did not go down.
    open(&mut app, Message::Finish(F::PainAfter(3)));
    assert_eq!(says(&app, "down from"), None);
    open(&mut app, Message::Finish(F::PainAfter(5)));
    assert_eq!(says(&app, "down from"), None);
}

// ---------------------------------------------------------------------------
// Plan
// ---------------------------------------------------------------------------

/// The promise the Plan screen may make only while reminders run.
const CLOSED_WINDOW_PROMISE: &str = "also when its window is closed";

#[test]
fn the_plan_screen_promises_reminders_with_the_window_closed_only_while_they_run() {
    use limber::ui::screen::plan::Message as P;
    let dir = tempfile::tempdir().expect("temp dir");
    data(dir.path(), true);
    let (mut app, _, _) = shipped_app(dir.path(), None);
    press(&mut app, "p");
    assert!(matches!(app.screen(), Screen::Plan(_)));
    // The stand-in reminder service: not running, not at login.
    assert!(
        says(&app, "Reminders are not running now.").is_some(),
        "the card says they are not running"
    );
    assert_eq!(
        says(&app, CLOSED_WINDOW_PROMISE),
        None,
        "reminders are not running, yet the screen promises them"
    );
    let truth = says(&app, "Choose a routine").expect("the subtitle");
    assert!(
        truth.contains("once reminders are running"),
        "the subtitle says what it takes: {truth:?}"
    );

    open(&mut app, Message::Plan(P::StartNow));
    assert!(says(&app, "Reminders are running now.").is_some());
    assert!(
        says(&app, CLOSED_WINDOW_PROMISE).is_some(),
        "running now: the subtitle may say so"
    );
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

#[test]
fn settings_count_the_last_seconds_with_one_control() {
    let dir = tempfile::tempdir().expect("temp dir");
    data(dir.path(), false);
    let (mut app, _, _) = shipped_app(dir.path(), None);
    press(&mut app, "s");
    assert!(matches!(app.screen(), Screen::Settings(_)));
    for size in WINDOWS {
        let about: Vec<String> = texts(&app, size)
            .into_iter()
            .map(|d| d.content)
            .filter(|c| c.contains("last 3 s"))
            .collect();
        assert_eq!(
            about.len(),
            1,
            "one control for the last 3 s of a hold, not {about:?}"
        );
    }
    // Ticks chosen with the sounds off: the screen says why none will play.
    use limber_core::profile::Countdown;
    open(&mut app, Message::Settings(S::Countdown(Countdown::Ticks)));
    open(&mut app, Message::Settings(S::Sound(false)));
    assert_eq!(app.profile().settings.countdown, Countdown::Ticks);
    assert!(says(&app, "Sounds are off, so no ticks play.").is_some());
    open(&mut app, Message::Settings(S::Countdown(Countdown::Off)));
    assert_eq!(app.profile().settings.countdown, Countdown::Off);
    assert_eq!(says(&app, "no ticks play"), None);
}

// ---------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------

/// History over the fourteen sessions, with the plan (when `plan`), in
/// `text_size`.
fn history(dir: &Path, plan: bool, text_size: TextSize) -> App {
    data(dir, plan);
    let (mut app, _, _) = shipped_app(dir, None);
    if text_size != TextSize::Normal {
        set_text_size(&mut app, text_size);
    }
    press(&mut app, "h");
    assert!(matches!(app.screen(), Screen::History(_)));
    app
}

/// How tall `content` is in the body text of `text_size`, laid out `width`
/// wide (`None`: on one line, however long).
fn text_height(content: &str, text_size: TextSize, width: Option<f32>) -> f32 {
    use iced::widget::{container, text};
    let size = limber::ui::style::Type::new(text_size.scale()).body();
    let id = iced::widget::Id::new("measured");
    let measured: iced::Element<'_, ()> = container(
        text(content.to_owned())
            .size(size)
            .width(width.map_or(iced::Length::Shrink, iced::Length::Fixed)),
    )
    .id(id.clone())
    .into();
    let mut ui = Simulator::with_size(Default::default(), Size::new(20_000.0, 4_000.0), measured);
    ui.find(id).expect("measured").bounds().height
}

/// The texts of History's session list (below its heading) that need
/// more than one line where they are: each row is one line high, so a
/// wrapped text runs into the next row.
fn wrapped_list_texts(app: &App, size: Size, text_size: TextSize) -> Vec<String> {
    let drawn = texts(app, size);
    let Some(heading) = drawn
        .iter()
        .position(|d| d.content.starts_with("Sessions ("))
    else {
        return vec![format!("{size:?}: no session list")];
    };
    drawn[heading + 1..]
        .iter()
        .filter(|d| !d.content.trim().is_empty())
        .filter(|d| {
            let one_line = text_height(&d.content, text_size, None);
            text_height(&d.content, text_size, Some(d.bounds.width)) > one_line + 1.0
        })
        .map(|d| {
            format!(
                "{text_size:?} at {size:?}: {:?} wraps in its row",
                d.content
            )
        })
        .collect()
}

#[test]
fn history_rows_never_overlap_when_a_note_is_long() {
    let mut problems = Vec::new();
    for text_size in [TextSize::Normal, TextSize::Larger] {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = history(dir.path(), false, text_size);
        for size in WINDOWS {
            problems.extend(wrapped_list_texts(&app, size, text_size));
            for over in texts_over_texts(&texts(&app, size)) {
                problems.push(format!("{text_size:?} at {size:?}: {over}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_pain_chart_names_the_dates_of_its_sessions() {
    use chrono::TimeZone;
    let dir = tempfile::tempdir().expect("temp dir");
    let app = history(dir.path(), false, TextSize::Normal);
    let Screen::History(screen) = app.screen() else {
        unreachable!()
    };
    let chart = screen.pain_chart();
    let captions = chart.captions();
    let date = |i: usize| {
        let at = chrono::Local
            .timestamp_opt(chart.points[i].started_at as i64, 0)
            .single()
            .expect("a time");
        at.format("%-d %b").to_string()
    };
    let last = chart.points.len() - 1;
    assert!(
        captions.contains(&(0, date(0))) && captions.contains(&(last, date(last))),
        "the first and last sessions' dates ({}, {}) under the axis, not {captions:?}",
        date(0),
        date(last)
    );
    // And the weeks: the first day of each (every other one where the bars
    // are narrow), the last week's one week before now.
    let weeks = screen.week_chart();
    for slot in [40.0, 80.0] {
        let captions = weeks.captions(slot);
        let n = weeks.counts.len();
        let week_ago = chrono::Local
            .timestamp_opt((weeks.ends_at - 7 * DAY + 1) as i64, 0)
            .single()
            .expect("a time")
            .format("%-d %b")
            .to_string();
        assert_eq!(captions.last(), Some(&(n - 1, week_ago)), "{captions:?}");
        assert!(captions.len() >= n / 2, "{captions:?}");
    }
}

/// The tops of the session rows (their start times) whole in view after
/// the wheel turned down a long way over the lower part of the window.
fn whole_rows_after_scrolling(app: &App, size: Size) -> Vec<f32> {
    use iced::mouse::{self, ScrollDelta};
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let at = iced::Point::new(size.width / 2.0, size.height - 30.0);
    ui.point_at(at);
    let _ = ui.simulate([
        iced::Event::Mouse(mouse::Event::CursorMoved { position: at }),
        iced::Event::Mouse(mouse::Event::WheelScrolled {
            delta: ScrollDelta::Lines { x: 0.0, y: -200.0 },
        }),
    ]);
    let found = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let into = found.clone();
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            bounds,
            visible_bounds: Some(visible),
            content,
            ..
        } = candidate
            && content.starts_with("2026-")
            && visible.height >= bounds.height - 1.0
        {
            into.lock().expect("rows").push(visible.y);
        }
        None
    });
    found.lock().expect("rows").clone()
}

#[test]
fn the_session_list_keeps_its_room_once_a_plan_exists() {
    let mut problems = Vec::new();
    for text_size in [TextSize::Normal, TextSize::Larger] {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = history(dir.path(), true, text_size);
        let Screen::History(screen) = app.screen() else {
            unreachable!()
        };
        assert!(!screen.planned_days().is_empty(), "the plan shows");
        for size in WINDOWS {
            // The rows in view, from the first one's top to the last
            // one's bottom, take most of the window once scrolled to.
            let tops = whole_rows_after_scrolling(&app, size);
            let shown = match tops.as_slice() {
                [first, .., last] => {
                    let pitch = (last - first) / (tops.len() - 1) as f32;
                    last - first + pitch
                }
                _ => 0.0,
            };
            if shown < 0.6 * size.height {
                problems.push(format!(
                    "{text_size:?} at {size:?}: {} whole session rows in view, {shown:.0} px of {}",
                    tops.len(),
                    size.height
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// Home
// ---------------------------------------------------------------------------

/// A container, a text or a scrollable (its bounds and its content's), in
/// the order the tree has them.
#[derive(Debug, Clone)]
enum Piece {
    Container(Rectangle),
    Text(String, Rectangle),
    Scrollable(Rectangle, Rectangle),
}

fn pieces(app: &App, size: Size) -> Vec<Piece> {
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let found = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let into = found.clone();
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let piece = match candidate {
            Candidate::Container { bounds, .. } => Piece::Container(bounds),
            Candidate::Text {
                bounds, content, ..
            } => Piece::Text(content.to_owned(), bounds),
            Candidate::Scrollable {
                bounds,
                content_bounds,
                ..
            } => Piece::Scrollable(bounds, content_bounds),
            _ => return None,
        };
        into.lock().expect("pieces").push(piece);
        None
    });
    found.lock().expect("pieces").clone()
}

/// What is wrong with the area tiles' words on Home: each tile's
/// description and its "N exercises · about M min" whole, inside the
/// tile, off its border.
fn tile_words_problems(app: &App, size: Size) -> Vec<String> {
    let pieces = pieces(app, size);
    let mut problems = Vec::new();
    let mut facts_seen = 0;
    for (at, piece) in pieces.iter().enumerate() {
        let Piece::Text(content, facts) = piece else {
            continue;
        };
        // The area tiles' facts ("Your routines" tiles use smaller text
        // in a row of their own, after the area tiles).
        if !(content.contains(" exercise") && content.contains(" · about ")) || facts_seen == 3 {
            continue;
        }
        facts_seen += 1;
        let Some(Piece::Text(description, words)) = pieces.get(at - 1) else {
            problems.push(format!("{content:?}: no description before it"));
            continue;
        };
        // The tile: the widest container before the facts that holds
        // their left edge and is narrower than half the window.
        let tile = pieces[..at]
            .iter()
            .rev()
            .filter_map(|p| match p {
                Piece::Container(r) => Some(*r),
                _ => None,
            })
            .filter(|r| r.x <= facts.x && facts.x < r.x + r.width && r.width < size.width / 2.0)
            .max_by(|a, b| a.height.total_cmp(&b.height))
            .expect("a tile");
        let line = 14.0;
        if facts.height < line {
            problems.push(format!(
                "{size:?}: {content:?} squeezed to {:.0} px",
                facts.height
            ));
        }
        if facts.y + facts.height > tile.y + tile.height - 10.0 {
            problems.push(format!(
                "{size:?}: {content:?} ends at {:.0}, on or past the tile's border at {:.0}",
                facts.y + facts.height,
                tile.y + tile.height
            ));
        }
        if words.y + words.height > facts.y + 0.5 {
            problems.push(format!("{size:?}: {description:?} runs into {content:?}"));
        }
    }
    // Where nothing scrolls up and down, everything is in the window.
    let scrolls = pieces.iter().any(
        |p| matches!(p, Piece::Scrollable(bounds, content) if content.height > bounds.height + 1.0),
    );
    if !scrolls {
        for piece in &pieces {
            if let Piece::Text(content, bounds) = piece
                && bounds.y + bounds.height > size.height + 0.5
            {
                problems.push(format!(
                    "{size:?}: {content:?} ends at {:.0}, below the window, and nothing scrolls",
                    bounds.y + bounds.height
                ));
            }
        }
    }
    if facts_seen < 3 {
        problems.push(format!(
            "{size:?}: only {facts_seen} area tiles say how long they take"
        ));
    }
    problems
}

#[test]
fn home_tiles_keep_their_words_and_durations_beside_your_routines() {
    let mut problems = Vec::new();
    // The fullest Home, then with a plan only, then with sessions only: the
    // tiles fill the window where there is room, and scroll where not.
    for (kind, plan, own) in [
        ("plan and own routine", true, true),
        ("plan", true, false),
        ("sessions", false, false),
    ] {
        for text_size in [TextSize::Normal, TextSize::Larger] {
            let dir = tempfile::tempdir().expect("temp dir");
            data(dir.path(), plan);
            let mut app = app_with_own_content(dir.path());
            if own {
                make_own_routine(&mut app);
            }
            if text_size != TextSize::Normal {
                set_text_size(&mut app, text_size);
            }
            for size in WINDOWS {
                problems.extend(
                    tile_words_problems(&app, size)
                        .into_iter()
                        .map(|p| format!("{kind}, {text_size:?}: {p}")),
                );
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// Routine
// ---------------------------------------------------------------------------

/// Where "Version" (Knee to chest's versions) is on the Routine screen.
fn version_row(app: &App, size: Size) -> Option<Rectangle> {
    texts(app, size)
        .into_iter()
        .find(|d| d.content == "Version")
        .map(|d| d.bounds)
}

#[test]
fn reset_leaves_the_version_row_where_it_was() {
    let mut problems = Vec::new();
    for text_size in [TextSize::Normal, TextSize::Larger] {
        let dir = tempfile::tempdir().expect("temp dir");
        data(dir.path(), false);
        let (mut app, _, _) = shipped_app(dir.path(), None);
        if text_size != TextSize::Normal {
            set_text_size(&mut app, text_size);
        }
        press(&mut app, "1");
        // Knee to chest, the second exercise of Lower back.
        named(&mut app, Named::ArrowDown);
        let before: Vec<Option<Rectangle>> = WINDOWS
            .iter()
            .map(|size| version_row(&app, *size))
            .collect();
        press(&mut app, "+");
        assert!(
            texts(&app, LAPTOP)
                .iter()
                .any(|d| d.content.starts_with("Reset")),
            "the hold changed: Reset offered"
        );
        for (size, before) in WINDOWS.iter().zip(before) {
            let after = version_row(&app, *size);
            if after.map(|r| r.y) != before.map(|r| r.y) {
                problems.push(format!(
                    "{text_size:?} at {size:?}: Version moved from {before:?} to {after:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Writes the fullest Home's data (a plan, fourteen sessions, a routine of
/// one's own) into `LIMBER_FIXTURE_DIR`, in the text size
/// `LIMBER_FIXTURE_TEXT` (normal, large or larger), for a look at the real
/// app over it (`LIMBER_DATA_DIR`).
#[test]
#[ignore = "writes a data folder for the real app"]
fn write_data_for_the_real_app() {
    let dir = PathBuf::from(std::env::var_os("LIMBER_FIXTURE_DIR").expect("LIMBER_FIXTURE_DIR"));
    let text_size = match std::env::var("LIMBER_FIXTURE_TEXT").as_deref() {
        Ok("large") => TextSize::Large,
        Ok("larger") => TextSize::Larger,
        _ => TextSize::Normal,
    };
    let mut app = fullest_home(&dir);
    if text_size != TextSize::Normal {
        set_text_size(&mut app, text_size);
    }
}
