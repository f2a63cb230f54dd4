//! The player read from the floor: a person lying on a mat 2–3 m from a
//! laptop. These tests read the laid-out bounds of the running player (the
//! same layout the window draws) and check it by proportion of the window,
//! against what the core decides the screen shows (`describe::board`):
//!
//! * the countdown digits (always seconds) at least 30 % of the window
//!   height (font size);
//! * the word for what to do ("Get ready", "Press up", "Switch to right
//!   leg", on one line or two) and the side cue ("LEFT LEG") at least
//!   8 %;
//! * the side cue off the figure: its box and the figure's never overlap
//!   (a label on the drawing hides the limb it names);
//! * the repetition ("Rep 2 of 9") whole and at least 5 %;
//! * the short instruction (or "Next: …" in a stage's last seconds) at
//!   least 5 % and never smaller than the step's text under it;
//! * every caution of the card whole in view, never cut or scrolled away;
//! * every button's key beside or under its words;
//! * no words under a scroll bar;
//! * the figure at least 30 % of the window's area at normal text, and
//!   at least 20 % at the largest, where the cautions come first (their
//!   text a size smaller where it must, never under the normal size);
//!
//! at 1366×768 (a laptop's screen, full screen), 1280×680 (the window as it
//! opens) and 1024×600, light and dark, normal and largest text, for Get
//! ready, a move, a release with its rest, a sided hold, a side switch and
//! a repetition of short holds.
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
use limber_core::session::describe::{self, Board};
use limber_core::session::engine::State;
use limber_core::session::phases::{Phase, Side};
use limber_core::session::stage::Look;
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
/// At the largest text the cautions come first and the figure gives way,
/// down to this share (the cautions' text a size smaller where it must).
const FIGURE_AREA_CROWDED: f32 = 0.20;

/// Every text on the screen, every container with an id and every
/// scroll area, as laid out in a window of `size`.
struct Laid {
    texts: Vec<(String, Rectangle, Option<Rectangle>)>,
    containers: Vec<(String, Rectangle)>,
    /// Each scroll area's bounds and its content's.
    scrollables: Vec<(Rectangle, Rectangle)>,
}

fn lay_out(app: &App, size: Size) -> Laid {
    let found = Arc::new(Mutex::new(Laid {
        texts: Vec::new(),
        containers: Vec::new(),
        scrollables: Vec::new(),
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
            Candidate::Scrollable {
                bounds,
                content_bounds,
                ..
            } => laid.scrollables.push((bounds, content_bounds)),
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

/// Whether a text is whole: drawn whole (not cut by a scroll area) and
/// inside the window.
fn whole(bounds: &Rectangle, visible: &Option<Rectangle>, window: Size) -> bool {
    let drawn = visible.is_some_and(|v| {
        (v.width - bounds.width).abs() < 0.5 && (v.height - bounds.height).abs() < 0.5
    });
    drawn
        && bounds.x >= -0.5
        && bounds.y >= -0.5
        && bounds.x + bounds.width <= window.width + 0.5
        && bounds.y + bounds.height <= window.height + 0.5
}

impl Laid {
    /// The font size of the largest text reading `content`, in view and on
    /// one line.
    fn font_size(&self, content: &str, window: Size) -> Result<f32, String> {
        let mut sizes: Vec<f32> = Vec::new();
        let mut problems = Vec::new();
        for (text, bounds, visible) in &self.texts {
            if !text.trim().eq_ignore_ascii_case(content.trim()) {
                continue;
            }
            let size = bounds.height / LINE_HEIGHT;
            let letters = text.chars().filter(|c| !c.is_whitespace()).count() as f32;
            if !whole(bounds, visible, window) {
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

    /// The font size of `words` shown on one line, or on two lines one
    /// under the other (a long word for what to do): the smaller line's.
    fn font_size_of_lines(&self, words: &str, window: Size) -> Result<f32, String> {
        if let Ok(size) = self.font_size(words, window) {
            return Ok(size);
        }
        let words = words.trim();
        for (at, _) in words.char_indices().filter(|(_, c)| *c == ' ') {
            let (first, second) = (&words[..at], &words[at + 1..]);
            if let (Ok(a), Ok(b)) = (
                self.font_size(first, window),
                self.font_size(second, window),
            ) {
                return Ok(a.min(b));
            }
        }
        self.font_size(words, window)
    }

    fn container(&self, id: &str) -> Option<Rectangle> {
        self.containers
            .iter()
            .find(|(found, _)| found.contains(id))
            .map(|(_, bounds)| *bounds)
    }

    /// A text containing `words`, whole in view.
    fn whole_text_with(&self, words: &str, window: Size) -> Result<(), String> {
        let found: Vec<_> = self
            .texts
            .iter()
            .filter(|(text, _, _)| text.contains(words))
            .collect();
        if found.is_empty() {
            return Err(format!("{words:?} is not on the screen"));
        }
        if found.iter().any(|(_, b, v)| whole(b, v, window)) {
            Ok(())
        } else {
            Err(format!(
                "{words:?} is cut or out of view: {:?}",
                found.iter().map(|(_, b, v)| (b, v)).collect::<Vec<_>>()
            ))
        }
    }
}

/// What a person on the floor must read in one state of the player.
struct Expected {
    what: String,
    /// The core's board at this moment.
    board: Board,
    /// The short instruction under the figure, where there is one.
    instruction: Option<String>,
    /// The cautions on the card: each must be whole in view.
    cautions: Vec<String>,
    /// The text size's scale (the step's text is 22 px times it).
    scale: f32,
}

/// The key hints of the player's buttons, with the words of their button.
fn hints() -> Vec<(String, String)> {
    use limber_core::t;
    vec![
        (t!("player-back"), "(←)".to_owned()),
        (t!("player-pause"), format!("({})", t!("player-key-space"))),
        (t!("player-skip"), "(→)".to_owned()),
        (t!("player-this-hurts"), "(H)".to_owned()),
        (t!("player-stop"), format!("({})", t!("player-key-esc"))),
    ]
}

/// The problem with a text's size, if it is under `share` of the height
/// `h` or not readable at all.
fn too_small(
    h: f32,
    what: &str,
    size: Result<f32, String>,
    content: &str,
    share: f32,
) -> Option<String> {
    match size {
        Ok(size) if size + 0.5 >= share * h => None,
        Ok(size) => Some(format!(
            "{what} {content:?} is {size:.0} px, {:.1} % of the height (at least {:.0} %)",
            size / h * 100.0,
            share * 100.0
        )),
        Err(problem) => Some(format!("{what}: {problem}")),
    }
}

/// The checks of one state in one window: every problem found.
fn check(app: &App, window: Size, expected: &Expected) -> Vec<String> {
    let laid = lay_out(app, window);
    let h = window.height;
    let board = &expected.board;
    let mut problems = Vec::new();
    let mut at_least = |what: &str, size: Result<f32, String>, content: &str, share: f32| {
        problems.extend(too_small(h, what, size, content, share))
    };
    let digits = board.seconds.to_string();
    at_least(
        "the countdown",
        laid.font_size(&digits, window),
        &digits,
        DIGITS,
    );
    if std::env::var_os("FLOOR_DEBUG").is_some()
        && let Some(figure) = laid.container(player::FIGURE_ID)
    {
        eprintln!(
            "figure {} {}x{} scale {}: {:.1} %",
            expected.what,
            window.width,
            window.height,
            expected.scale,
            figure.width * figure.height / (window.width * window.height) * 100.0
        );
    }
    at_least(
        "the word",
        laid.font_size_of_lines(&board.word, window),
        &board.word,
        PHASE,
    );
    let mut side_off_figure = None;
    if let Some(side) = board.side {
        let cue = describe::side_cue(side, Limb::Leg);
        at_least("the side", laid.font_size(&cue, window), &cue, PHASE);
        side_off_figure = match (
            laid.container(player::SIDE_CUE_ID),
            laid.container(player::FIGURE_ID),
        ) {
            (Some(plate), Some(figure)) => {
                let both = plate.intersection(&figure);
                both.filter(|both| both.width > 0.5 && both.height > 0.5)
                    .map(|_| {
                        format!("the side cue {cue:?} at {plate:?} covers the figure at {figure:?}")
                    })
            }
            (None, _) => Some(format!("the side cue {cue:?} has no box of its own")),
            (_, None) => None,
        };
    }
    // The repetition: never hidden, readable from the floor.
    if let Some(rep) = &board.rep {
        at_least(
            "the repetition",
            laid.font_size(rep, window),
            rep,
            INSTRUCTION,
        );
    }
    // Under the figure: the instruction, or "Next" in the last seconds;
    // never smaller than the step's text (22 px at normal size).
    let under = if board.next_is_near {
        Some(board.next.clone())
    } else {
        expected.instruction.clone()
    };
    let mut smaller_than_text = None;
    if let Some(under) = &under {
        let size = laid.font_size_of_lines(under, window);
        if let Ok(size) = &size
            && *size + 0.5 < 22.0 * expected.scale
        {
            smaller_than_text = Some(format!(
                "the instruction {under:?} is {size:.0} px, smaller than the step's text ({:.0} px)",
                22.0 * expected.scale
            ));
        }
        at_least("the instruction", size, under, INSTRUCTION);
    }
    problems.extend(smaller_than_text);
    problems.extend(side_off_figure);
    for caution in &expected.cautions {
        if let Err(problem) = laid.whole_text_with(caution, window) {
            problems.push(format!("a caution: {problem}"));
        }
    }
    // Every key hint on the screen, whole, beside or under its button's
    // words (not pushed off the button or dropped).
    for (label, hint) in hints() {
        let label_at = laid
            .texts
            .iter()
            .find(|(t, b, v)| t == &label && whole(b, v, window));
        let hint_at = laid
            .texts
            .iter()
            .find(|(t, b, v)| t == &hint && whole(b, v, window));
        match (label_at, hint_at) {
            (Some((_, l, _)), Some((_, k, _))) => {
                let beside = (k.x - (l.x + l.width)).abs() < 24.0
                    && (k.center_y() - l.center_y()).abs() < l.height;
                let under = k.y >= l.y + l.height - 1.0
                    && k.y < l.y + 2.0 * l.height
                    && k.center_x() > l.x
                    && k.center_x() < l.x + l.width;
                if !beside && !under {
                    problems.push(format!(
                        "the key {hint} at {k:?} is off its button {label:?} at {l:?}"
                    ));
                }
            }
            (None, _) => problems.push(format!("the button {label:?} is not whole in view")),
            (_, None) => problems.push(format!("the key {hint} is not on its button")),
        }
    }
    // A scroll area keeps a lane for its bar: its words end before it.
    for (bounds, content) in &laid.scrollables {
        let scrolls = content.height > bounds.height + 0.5;
        if scrolls && content.x + content.width > bounds.x + bounds.width - 8.0 {
            problems.push(format!(
                "the words in a scroll area ({content:?}) run under its bar ({bounds:?})"
            ));
        }
    }
    let figure_share = if expected.scale > 1.0 {
        FIGURE_AREA_CROWDED
    } else {
        FIGURE_AREA
    };
    match laid.container(player::FIGURE_ID) {
        Some(figure) => {
            let share = figure.width * figure.height / (window.width * window.height);
            if share + 0.001 < figure_share {
                problems.push(format!(
                    "the figure is {:.0}×{:.0}, {:.1} % of the window (at least {:.0} %)",
                    figure.width,
                    figure.height,
                    share * 100.0,
                    figure_share * 100.0
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
    scale: f32,
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
            scale: text_size.scale(),
            _dir: dir,
        }
    }

    fn state(&self) -> State {
        match self.app.screen() {
            Screen::Player(player) => player.state(self.clock.now()),
            _ => panic!("not on the player: {}", self.app.title()),
        }
    }

    fn board(&self) -> Board {
        match self.app.screen() {
            Screen::Player(player) => player
                .board(self.app.library(), self.clock.now())
                .expect("a board"),
            _ => panic!("not on the player: {}", self.app.title()),
        }
    }

    /// Skips until `wanted` holds, then lets `into` pass.
    fn skip_to(&mut self, what: &str, into: Duration, wanted: impl Fn(&State, &Board) -> bool) {
        for _ in 0..200 {
            if wanted(&self.state(), &self.board()) {
                self.clock.advance(into);
                send(&mut self.app, vec![Message::Player(player::Message::Tick)]);
                assert!(
                    wanted(&self.state(), &self.board()),
                    "{what}: still there after {into:?}"
                );
                return;
            }
            key(&mut self.app, Key::Named(Named::ArrowRight));
        }
        panic!("never reached {what}");
    }

    /// The title of the step the player is on, with its side words.
    fn step_title(&self) -> String {
        let state = self.state();
        let exercise = self.exercise(state.exercise_index);
        let step = &exercise.steps[state.step_index];
        limber_core::words::for_side(&step.title, state.side).into_owned()
    }

    /// The cautions on the card: the step's and the exercise's.
    fn cautions(&self, side: Option<Side>) -> Vec<String> {
        let state = self.state();
        let exercise = self.exercise(state.exercise_index);
        let step = exercise.steps[state.step_index].caution.clone();
        step.into_iter()
            .chain(exercise.cautions.iter().cloned())
            .map(|c| limber_core::words::for_side(&c, side).into_owned())
            .collect()
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

    fn expect(&self, what: &str, instruction: Option<String>, cautions: Vec<String>) -> Expected {
        Expected {
            what: what.into(),
            board: self.board(),
            instruction,
            cautions,
            scale: self.scale,
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

#[test]
fn the_player_reads_from_the_floor_at_every_size_theme_and_text_size() {
    let mut problems = Vec::new();
    let second = Duration::from_millis(1_500);
    for theme in [Theme::Light, Theme::Dark] {
        for text_size in [TextSize::Normal, TextSize::Larger] {
            let tag = format!("{theme:?}, {text_size:?} text");

            // Lower back: the press-up's Get ready, its move and the
            // release with the rest after it; knee to chest's first (left)
            // hold and the switch to the right leg; a repetition of the
            // partial crunch.
            let mut run = Run::new("lower-back", theme, text_size);
            run.skip_to("Get ready", second, |s, _| s.phase == Phase::GetReady);
            let expected = run.expect("Get ready", Some(run.step_title()), run.cautions(None));
            assert_eq!(expected.board.word, "Get ready");
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the press-up's move", Duration::from_secs(1), |s, _| {
                s.phase == Phase::Move
            });
            let expected = run.expect("Move", None, run.cautions(None));
            assert_eq!(
                expected.board.word,
                run.step_title(),
                "the move says what to do"
            );
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the press-up's rest", Duration::from_secs(4), |s, b| {
                b.look == Look::Relax && s.phase != Phase::Move
            });
            let expected = run.expect("Relax and rest", None, run.cautions(None));
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("knee to chest, left hold", second, |s, _| {
                s.phase == Phase::Hold && s.side == Some(Side::Left)
            });
            let expected = run.expect(
                "Hold, left leg",
                Some(run.step_title()),
                run.cautions(Some(Side::Left)),
            );
            assert_eq!(expected.board.side, Some(Side::Left));
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the switch to the right leg", second, |_, b| {
                b.look == Look::SideSwitch
            });
            let expected = run.expect("side switch", None, Vec::new());
            assert_eq!(expected.board.side, Some(Side::Right));
            run.check_everywhere(&expected, &mut problems, &tag);

            run.skip_to("the crunch's second repetition", second, |s, b| {
                b.look == Look::Working && s.rep == 2
            });
            let expected = run.expect("working, rep 2", None, run.cautions(None));
            assert_ne!(expected.board.seconds, 2, "the big number is seconds");
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
