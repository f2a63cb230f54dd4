//! The player read from the floor: a person lying on a mat 2–3 m from a
//! laptop. These tests read the laid-out bounds of the running player (the
//! same layout the window draws) and check it by proportion of the window:
//!
//! * the countdown digits at least 30 % of the window height (font size);
//! * the phase word and the side ("Left leg") at least 8 %;
//! * the current step's short instruction at least 5 %;
//! * the figure at least 30 % of the window's area;
//!
//! at 1366×768 (a laptop's screen, full screen), 1280×680 (the window as it
//! opens) and 1024×600, light and dark, normal and largest text, for Get
//! ready, a hold, a rest and a side switch.
//!
//! A font size is read from a text's laid-out height: iced lays a line out
//! at 1.3 times its font size (`LineHeight::default()`), and each text
//! checked here must be one line (its width shows it: a wrapped text is
//! narrower than its letters).

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{key, send, shipped_app};
use iced::keyboard::{Key, key::Named};
use iced::{Rectangle, Size};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use limber::ui::screen::{player, settings};
use limber::ui::{App, Message, Screen};
use limber_core::content::schema::Limb;
use limber_core::profile::{TextSize, Theme};
use limber_core::session::engine::State;
use limber_core::session::phases::{Phase, Side};
use limber_core::testing::FakeClock;
use limber_core::time::Clock;

/// A 14" laptop's screen, the player full screen.
const LAPTOP: Size = Size::new(1366.0, 768.0);
/// The window as it opens (`ui::window_settings`).
const OPENED: Size = Size::new(1280.0, 680.0);
/// The smallest screen the app is made for.
const SMALL: Size = Size::new(1024.0, 600.0);

/// iced's default line height, relative to the font size.
const LINE_HEIGHT: f32 = 1.3;

const DIGITS: f32 = 0.30;
const PHASE: f32 = 0.08;
const INSTRUCTION: f32 = 0.05;
const FIGURE_AREA: f32 = 0.30;

/// Every text on the screen and every container with an id, as laid out in
/// a window of `size`.
struct Laid {
    texts: Vec<(String, Rectangle, Option<Rectangle>)>,
    containers: Vec<(String, Rectangle)>,
}

fn lay_out(app: &App, size: Size) -> Laid {
    let found = Arc::new(Mutex::new(Laid {
        texts: Vec::new(),
        containers: Vec::new(),
    }));
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let into = found.clone();
    // A selector that never selects: it only collects what it is shown.
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let mut laid = into.lock().expect("not poisoned");
        match candidate {
            Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } => laid
                .texts
                .push((content.to_owned(), bounds, visible_bounds)),
            Candidate::Container {
                id: Some(id),
                bounds,
                ..
            } => laid.containers.push((format!("{id:?}"), bounds)),
            _ => {}
        }
        None
    });
    drop(ui);
    Arc::try_unwrap(found)
        .ok()
        .expect("the simulator is gone")
        .into_inner()
        .expect("not poisoned")
}

impl Laid {
    /// The font size of the largest text reading `content`, in view and on
    /// one line.
    fn font_size(&self, content: &str, window: Size) -> Result<f32, String> {
        let mut sizes: Vec<f32> = Vec::new();
        let mut problems = Vec::new();
        for (text, bounds, visible) in &self.texts {
            if !text.trim().eq_ignore_ascii_case(content) {
                continue;
            }
            let size = bounds.height / LINE_HEIGHT;
            let letters = text.chars().filter(|c| !c.is_whitespace()).count() as f32;
            let whole = visible.is_some_and(|v| {
                (v.width - bounds.width).abs() < 0.5 && (v.height - bounds.height).abs() < 0.5
            });
            let inside = bounds.x >= -0.5
                && bounds.y >= -0.5
                && bounds.x + bounds.width <= window.width + 0.5
                && bounds.y + bounds.height <= window.height + 0.5;
            if !whole || !inside {
                problems.push(format!("{content:?} at {bounds:?} is not whole in view"));
            } else if bounds.width < letters * 0.4 * size {
                problems.push(format!("{content:?} is broken over lines ({bounds:?})"));
            } else {
                sizes.push(size);
            }
        }
        sizes
            .into_iter()
            .reduce(f32::max)
            .ok_or_else(|| match problems.is_empty() {
                true => format!("{content:?} is not on the screen"),
                false => problems.join("; "),
            })
    }

    fn container(&self, id: &str) -> Option<Rectangle> {
        self.containers
            .iter()
            .find(|(found, _)| found.contains(id))
            .map(|(_, bounds)| *bounds)
    }
}

/// What a person on the floor must read in one state of the player.
struct Expected {
    what: String,
    digits: String,
    /// The phase word (or, on a side switch, the side that comes).
    phase: String,
    /// The side being worked, shown large during a sided hold.
    side: Option<String>,
    instruction: String,
}

/// The checks of one state in one window: every problem found.
fn check(app: &App, window: Size, expected: &Expected) -> Vec<String> {
    let laid = lay_out(app, window);
    let h = window.height;
    let mut problems = Vec::new();
    let mut at_least = |what: &str, content: &str, share: f32| match laid.font_size(content, window)
    {
        Ok(size) if size + 0.5 >= share * h => {}
        Ok(size) => problems.push(format!(
            "{what} {content:?} is {size:.0} px, {:.1} % of the height (at least {:.0} %)",
            size / h * 100.0,
            share * 100.0
        )),
        Err(problem) => problems.push(format!("{what}: {problem}")),
    };
    at_least("the countdown", &expected.digits, DIGITS);
    at_least("the phase word", &expected.phase, PHASE);
    if let Some(side) = &expected.side {
        at_least("the side", side, PHASE);
    }
    at_least("the instruction", &expected.instruction, INSTRUCTION);
    match laid.container(player::FIGURE_ID) {
        Some(figure) => {
            let share = figure.width * figure.height / (window.width * window.height);
            if share + 0.001 < FIGURE_AREA {
                problems.push(format!(
                    "the figure is {:.0}×{:.0}, {:.1} % of the window (at least {:.0} %)",
                    figure.width,
                    figure.height,
                    share * 100.0,
                    FIGURE_AREA * 100.0
                ));
            }
        }
        None => problems.push(format!(
            "the figure is not on the screen ({:?})",
            laid.containers
        )),
    }
    problems
}

struct Run {
    app: App,
    clock: Arc<FakeClock>,
    _dir: tempfile::TempDir,
}

impl Run {
    /// The app on the Routine screen of `routine`, in this theme and text
    /// size.
    fn new(routine: &str, theme: Theme, text_size: TextSize) -> Run {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mut app, clock, _) = shipped_app(dir.path(), None);
        key(&mut app, Key::Named(Named::Enter)); // "I have read this"
        key(&mut app, Key::Character("s".into()));
        send(
            &mut app,
            vec![
                Message::Settings(settings::Message::Theme(theme)),
                Message::Settings(settings::Message::TextSize(text_size)),
            ],
        );
        key(&mut app, Key::Named(Named::Escape));
        let tile = match routine {
            "lower-back" => "1",
            "hips" => "2",
            other => panic!("no tile for {other}"),
        };
        key(&mut app, Key::Character(tile.into()));
        assert!(
            matches!(app.screen(), Screen::Routine(_)),
            "{}",
            app.title()
        );
        key(&mut app, Key::Named(Named::Enter));
        assert!(matches!(app.screen(), Screen::Player(_)), "{}", app.title());
        Run {
            app,
            clock,
            _dir: dir,
        }
    }

    fn state(&self) -> State {
        match self.app.screen() {
            Screen::Player(player) => player.state(self.clock.now()),
            _ => panic!("not on the player: {}", self.app.title()),
        }
    }

    /// Skips until `wanted` holds, then lets a second pass (the digits
    /// show one second less than the phase's length).
    fn skip_to(&mut self, what: &str, wanted: impl Fn(&State) -> bool) {
        for _ in 0..200 {
            if wanted(&self.state()) {
                self.clock.advance(Duration::from_millis(1_500));
                send(&mut self.app, vec![Message::Player(player::Message::Tick)]);
                assert!(wanted(&self.state()), "{what}: still there after 1.5 s");
                return;
            }
            key(&mut self.app, Key::Named(Named::ArrowRight));
        }
        panic!("never reached {what}");
    }

    fn digits(&self) -> String {
        player::shown_seconds(self.state().remaining).to_string()
    }

    /// The title of the step the player is on, with its side words.
    fn step_title(&self) -> String {
        let state = self.state();
        let exercise = self.exercise(state.exercise_index);
        let step = &exercise.steps[state.step_index];
        limber_core::words::for_side(&step.title, state.side).into_owned()
    }

    fn exercise(&self, index: usize) -> limber_core::content::schema::Exercise {
        let Screen::Player(_) = self.app.screen() else {
            panic!("not on the player");
        };
        let routine = self
            .app
            .library()
            .routine(self.routine_id())
            .expect("routine");
        let id = &routine.exercises[index].exercise;
        self.app.library().exercise(id).expect("exercise").clone()
    }

    fn routine_id(&self) -> &'static str {
        if self.app.title().contains("Hips") {
            "hips"
        } else {
            "lower-back"
        }
    }

    fn check_everywhere(&self, expected: &Expected, problems: &mut Vec<String>, tag: &str) {
        for window in [LAPTOP, OPENED, SMALL] {
            for problem in check(&self.app, window, expected) {
                problems.push(format!(
                    "{tag}, {}, {}×{}: {problem}",
                    expected.what, window.width, window.height
                ));
            }
        }
    }
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[test]
fn the_player_reads_from_the_floor_at_every_size_theme_and_text_size() {
    let mut problems = Vec::new();
    for theme in [Theme::Light, Theme::Dark] {
        for text_size in [TextSize::Normal, TextSize::Larger] {
            let tag = format!("{theme:?}, {text_size:?} text");

            // Lower back: the press-up's Get ready and its first rest,
            // then knee to chest's first (left) hold and the switch to
            // the right leg.
            let mut run = Run::new("lower-back", theme, text_size);
            run.skip_to("Get ready", |s| s.phase == Phase::GetReady);
            let expected = Expected {
                what: "Get ready".into(),
                digits: run.digits(),
                phase: "Get ready".into(),
                side: None,
                instruction: run.step_title(),
            };
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the press-up's rest", |s| s.phase == Phase::Rest);
            let expected = Expected {
                what: "Rest".into(),
                digits: run.digits(),
                phase: "Rest".into(),
                side: None,
                instruction: run.step_title(),
            };
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("knee to chest, left hold", |s| {
                s.phase == Phase::Hold && s.side == Some(Side::Left)
            });
            let expected = Expected {
                what: "Hold, left leg".into(),
                digits: run.digits(),
                phase: "Hold".into(),
                side: Some("Left leg".into()),
                instruction: run.step_title(),
            };
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the switch to the right leg", |s| {
                s.phase == Phase::Rest && s.side == Some(Side::Left)
            });
            let right = capitalised(&limber_core::words::side_name(Side::Right, Limb::Leg));
            let expected = Expected {
                what: "side switch".into(),
                digits: run.digits(),
                phase: right.clone(),
                side: None,
                instruction: format!("Switch to the {}", right.to_lowercase()),
            };
            run.check_everywhere(&expected, &mut problems, &tag);
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The app on the Routine screen of Lower back, "Full screen during
/// routines" as given.
fn routine_with_full_screen(on: bool) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _clock, _) = shipped_app(dir.path(), None);
    key(&mut app, Key::Named(Named::Enter)); // "I have read this"
    key(&mut app, Key::Character("s".into()));
    send(
        &mut app,
        vec![Message::Settings(settings::Message::FullScreen(on))],
    );
    assert_eq!(app.profile().settings.full_screen, on);
    key(&mut app, Key::Named(Named::Escape));
    key(&mut app, Key::Character("1".into()));
    assert!(
        matches!(app.screen(), Screen::Routine(_)),
        "{}",
        app.title()
    );
    (app, dir)
}

#[test]
fn full_screen_at_the_start_f_toggles_it_and_the_window_comes_back_at_finish() {
    let (mut app, _dir) = routine_with_full_screen(true);
    assert!(!app.is_full_screen(), "a window until the routine starts");
    key(&mut app, Key::Named(Named::Enter));
    assert!(matches!(app.screen(), Screen::Player(_)));
    assert!(app.is_full_screen(), "the routine fills the screen");
    // F in the player, F11 anywhere: off and on again.
    key(&mut app, Key::Character("f".into()));
    assert!(!app.is_full_screen());
    key(&mut app, Key::Named(Named::F11));
    assert!(app.is_full_screen());
    // Stopped (asked first): the window as it was before the routine.
    key(&mut app, Key::Named(Named::Escape));
    assert!(app.is_full_screen(), "the question is asked full screen");
    key(&mut app, Key::Named(Named::Enter));
    assert!(matches!(app.screen(), Screen::Finish(_)), "{}", app.title());
    assert!(!app.is_full_screen(), "the window comes back at Finish");
    // F11 works off the player too.
    key(&mut app, Key::Named(Named::F11));
    assert!(app.is_full_screen());
}

#[test]
fn with_full_screen_off_the_routine_stays_in_its_window_until_asked() {
    let (mut app, _dir) = routine_with_full_screen(false);
    key(&mut app, Key::Named(Named::Enter));
    assert!(matches!(app.screen(), Screen::Player(_)));
    assert!(!app.is_full_screen());
    key(&mut app, Key::Character("f".into()));
    assert!(app.is_full_screen(), "F still fills the screen");
    // "This hurts": one press, and the window comes back.
    key(&mut app, Key::Character("h".into()));
    assert!(matches!(app.screen(), Screen::Finish(_)), "{}", app.title());
    assert!(!app.is_full_screen());
}
