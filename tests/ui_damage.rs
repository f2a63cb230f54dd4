//! The CPU renderer (tiny-skia) repaints only what changed between two
//! frames: iced_tiny_skia's compositor diffs the layers of the frame on
//! screen against the new ones (`Layer::damage`), clears those rectangles
//! and draws into them. Anything the diff misses stays on screen as it was
//! (stale pixels), or, where a cleared rectangle cuts through a text that
//! is not drawn again, goes missing.
//!
//! These checks replay that path headless: frame 1 drawn whole into a
//! pixmap; the app moves on (the next stage of the player, a scroll of
//! Settings); frame 2 drawn into the same pixmap over the damage only, as
//! the compositor does; then frame 2 drawn whole into a fresh pixmap. The
//! two must match.

mod common;

use std::time::Instant;

use common::{key, shipped_app};
use iced::advanced::clipboard;
use iced::keyboard::{Key, key::Named};
use iced::{Event, Font, Pixels, Point, Rectangle, Size, mouse, window};
use iced_runtime::user_interface::{self, UserInterface};
use iced_tiny_skia::Layer;
use iced_tiny_skia::graphics::{Viewport, damage};
use limber::ui::{App, Message};

const WINDOW: Size = Size::new(1366.0, 768.0);

/// A pixel differs when a channel moved by more than this.
const TOLERANCE: u8 = 40;

struct Frames {
    renderer: iced::Renderer,
    cache: user_interface::Cache,
    pixels: tiny_skia::Pixmap,
    mask: tiny_skia::Mask,
    viewport: Viewport,
    /// The layers of the frame on screen.
    shown: Vec<Layer>,
}

fn tiny_skia(renderer: &mut iced::Renderer) -> &mut iced_tiny_skia::Renderer {
    match renderer {
        iced::Renderer::Secondary(renderer) => renderer,
        iced::Renderer::Primary(_) => unreachable!("made as tiny-skia"),
    }
}

impl Frames {
    fn new() -> Frames {
        let (w, h) = (WINDOW.width as u32, WINDOW.height as u32);
        Frames {
            renderer: iced::Renderer::Secondary(iced_tiny_skia::Renderer::new(
                Font::with_name("Fira Sans"),
                Pixels(16.0),
            )),
            cache: user_interface::Cache::default(),
            pixels: tiny_skia::Pixmap::new(w, h).expect("pixmap"),
            mask: tiny_skia::Mask::new(w, h).expect("mask"),
            viewport: Viewport::with_physical_size(iced::Size::new(w, h), 1.0),
            shown: Vec::new(),
        }
    }

    /// Lays out and draws the app as it is now into the renderer's layers;
    /// `paint` then puts them on pixels while the interface (which owns
    /// the texts' paragraphs) is alive. The cursor rests at `cursor`.
    fn frame(
        &mut self,
        app: &App,
        cursor: Point,
        events: &[Event],
        paint: impl FnOnce(&mut Frames),
    ) -> Vec<Message> {
        let cache = std::mem::take(&mut self.cache);
        let mut ui = UserInterface::build(app.view(), WINDOW, cache, &mut self.renderer);
        let mut messages = Vec::new();
        let cursor = mouse::Cursor::Available(cursor);
        let mut all = events.to_vec();
        all.push(Event::Window(
            window::Event::RedrawRequested(Instant::now()),
        ));
        let _ = ui.update(
            &all,
            cursor,
            &mut self.renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        let theme = app.theme().expect("a theme");
        let base = iced::theme::Base::base(&theme);
        ui.draw(
            &mut self.renderer,
            &theme,
            &iced::advanced::renderer::Style {
                text_color: base.text_color,
            },
            cursor,
        );
        paint(self);
        self.cache = ui.into_cache();
        messages
    }
}

/// Draws the renderer's layers over `damage` (everything when `None`)
/// into `pixels`, as the compositor does.
fn draw(frames: &mut Frames, damage: Option<Vec<Rectangle>>, background: iced::Color) {
    let everything = Rectangle::with_size(WINDOW);
    let Frames {
        renderer,
        pixels,
        mask,
        viewport,
        shown,
        ..
    } = frames;
    let renderer = tiny_skia(renderer);
    let damage = damage.unwrap_or_else(|| vec![everything]);
    let damage = damage::group(damage, everything);
    renderer.draw(&mut pixels.as_mut(), mask, viewport, &damage, background);
    *shown = renderer.layers().to_vec();
}

/// Frame 1 of `before`, then the app changed by `change` (and `events`
/// given to the interface), frame 2 over the damage only, and frame 2
/// whole: how many pixels differ between the two, and where.
fn replay(
    app: &mut App,
    cursor: Point,
    events: &[Event],
    change: impl FnOnce(&mut App, Vec<Message>),
) -> (usize, Option<Rectangle>, bool) {
    let theme = app.theme().expect("a theme");
    let background = iced::theme::Base::base(&theme).background_color;
    let mut frames = Frames::new();
    frames.frame(app, cursor, &[], |f| draw(f, None, background));
    let messages = frames.frame(app, cursor, events, |_| {});
    change(app, messages);
    let mut fresh =
        tiny_skia::Pixmap::new(WINDOW.width as u32, WINDOW.height as u32).expect("pixmap");
    let mut damaged = false;
    frames.frame(app, cursor, &[], |f| {
        let now = tiny_skia(&mut f.renderer).layers().to_vec();
        let damage = damage::diff(&f.shown, &now, |layer| vec![layer.bounds], Layer::damage);
        if std::env::var_os("DAMAGE_DEBUG").is_some() {
            eprintln!("damage: {damage:?}");
            for (n, (a, b)) in f.shown.iter().zip(&now).enumerate() {
                let texts = |l: &Layer| -> Vec<String> {
                    l.text
                        .iter()
                        .flat_map(|item| item.as_slice().iter())
                        .map(|t| match t {
                            iced_tiny_skia::graphics::text::Text::Paragraph {
                                position,
                                paragraph,
                                clip_bounds,
                                ..
                            } => format!(
                                "P@{position:?} {:?} clip {clip_bounds:?}",
                                paragraph.min_bounds
                            ),
                            other => format!("{:?}", other.visible_bounds()),
                        })
                        .collect()
                };
                eprintln!(
                    "layer {n} {:?} -> {:?}\n  before {:?}\n  after  {:?}",
                    a.bounds,
                    b.bounds,
                    texts(a),
                    texts(b)
                );
            }
        }
        damaged = !damage.is_empty();
        draw(f, Some(damage), background);
        let mut whole =
            tiny_skia::Pixmap::new(WINDOW.width as u32, WINDOW.height as u32).expect("pixmap");
        std::mem::swap(&mut f.pixels, &mut whole);
        draw(f, None, background);
        std::mem::swap(&mut f.pixels, &mut whole);
        fresh = whole;
    });
    let width = WINDOW.width as usize;
    let mut differing = 0;
    let mut area: Option<Rectangle> = None;
    for (i, (a, b)) in frames
        .pixels
        .pixels()
        .iter()
        .zip(fresh.pixels())
        .enumerate()
    {
        let channels = |p: &tiny_skia::PremultipliedColorU8| [p.red(), p.green(), p.blue()];
        let apart = channels(a)
            .iter()
            .zip(channels(b))
            .any(|(x, y)| x.abs_diff(y) > TOLERANCE);
        if apart {
            differing += 1;
            let here = Rectangle::new(
                Point::new((i % width) as f32, (i / width) as f32),
                Size::new(1.0, 1.0),
            );
            area = Some(area.map_or(here, |area| area.union(&here)));
        }
    }
    if differing > 0 {
        let out = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        let _ = std::fs::create_dir_all(&out);
        let _ = frames.pixels.save_png(out.join("damage-replayed.png"));
        let _ = fresh.save_png(out.join("damage-fresh.png"));
    }
    (differing, area, damaged)
}

/// The app on the player's first card of Lower back.
fn player() -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _clock, _) = shipped_app(dir.path(), None);
    key(&mut app, Key::Named(Named::Enter)); // "I have read this"
    key(&mut app, Key::Character("1".into()));
    key(&mut app, Key::Named(Named::Enter));
    (app, dir)
}

#[test]
fn every_stage_of_the_player_repainted_over_its_damage_matches_a_fresh_render() {
    let (mut app, _dir) = player();
    let mut problems = Vec::new();
    for step in 0..12 {
        let title = app.title();
        let (differing, area, damaged) = replay(&mut app, Point::new(2.0, 2.0), &[], |app, _| {
            key(app, Key::Named(Named::ArrowRight));
        });
        assert!(damaged, "step {step}: the next stage changed nothing");
        if differing > 0 {
            problems.push(format!(
                "step {step} from {title}: {differing} pixels differ in {area:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn settings_scrolled_and_repainted_over_its_damage_match_a_fresh_render() {
    use limber::ui::screen::settings;
    use limber_core::profile::TextSize;
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _clock, _) = shipped_app(dir.path(), None);
    key(&mut app, Key::Named(Named::Enter)); // "I have read this"
    key(&mut app, Key::Character("s".into()));
    common::send(
        &mut app,
        vec![Message::Settings(settings::Message::TextSize(
            TextSize::Larger,
        ))],
    );
    let mut problems = Vec::new();
    for step in 0..6 {
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Lines { x: 0.0, y: -2.0 },
        });
        let (differing, area, damaged) = replay(
            &mut app,
            Point::new(683.0, 500.0),
            &[wheel],
            |app, messages| {
                common::send(app, messages);
            },
        );
        if step == 0 {
            assert!(damaged, "the scroll moved nothing");
        }
        if differing > 0 {
            problems.push(format!(
                "scroll {step}: {differing} pixels differ in {area:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Sessions over five weeks and a plan since before them, so History
/// shows both charts, the planned days' marks and a long list.
fn history_data(dir: &std::path::Path) {
    use limber_core::profile::{Ending, ExerciseRecord, SessionRecord, Store};
    use limber_core::schedule::{PlannedRoutine, WeeklyPlan};
    use limber_core::testing::FAKE_UNIX_START;
    const DAY: u64 = 86_400;
    let (mut store, _) = Store::open(dir).expect("store");
    store.set_safety_seen().expect("safety seen");
    let id = store.current().id.clone();
    let mut plan = WeeklyPlan::default();
    plan.set(PlannedRoutine {
        routine: "lower-back".into(),
        days: "mon-fri".parse().expect("days"),
        at: "08:00".parse().expect("time"),
        since: Some("2026-01-05".parse().expect("date")),
    });
    store
        .update_plan(&id, |stored| *stored = plan.clone())
        .expect("plan");
    for i in 0..14u64 {
        store
            .append_history(SessionRecord {
                started_at: FAKE_UNIX_START - (36 - 2 * i) * DAY - 3600,
                routine_id: "lower-back".into(),
                routine_title: "Lower back".into(),
                duration_seconds: 300 + 7 * i as u32,
                exercises: vec![ExerciseRecord {
                    id: "prone-press-up".into(),
                    title: "Press-up on the forearms".into(),
                    intensity: limber_core::session::dose::Intensity::Gentle,
                    hold_seconds: 15,
                    repetitions: 3,
                    completed: i % 4 != 1,
                    sides: None,
                    holds_done: None,
                    variation: None,
                }],
                pain_before: Some(4 - (i / 5) as u8),
                pain_after: Some(3 - (i / 5) as u8),
                ending: Some(if i % 4 == 1 {
                    Ending::Stopped {
                        exercise_id: "prone-press-up".into(),
                    }
                } else {
                    Ending::Finished
                }),
            })
            .expect("append");
    }
}

#[test]
fn history_scrolled_and_repainted_over_its_damage_match_a_fresh_render() {
    let dir = tempfile::tempdir().expect("temp dir");
    history_data(dir.path());
    let (mut app, _clock, _) = shipped_app(dir.path(), None);
    key(&mut app, Key::Character("s".into()));
    common::send(
        &mut app,
        vec![Message::Settings(
            limber::ui::screen::settings::Message::TextSize(limber_core::profile::TextSize::Larger),
        )],
    );
    key(&mut app, Key::Named(Named::Escape));
    key(&mut app, Key::Character("h".into()));
    assert!(app.title().contains("History"), "{}", app.title());
    let mut problems = Vec::new();
    for step in 0..8 {
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Lines { x: 0.0, y: -2.0 },
        });
        let (differing, area, damaged) = replay(
            &mut app,
            Point::new(683.0, 500.0),
            &[wheel],
            |app, messages| {
                common::send(app, messages);
                if step % 2 == 1 {
                    key(app, Key::Named(Named::PageDown));
                }
            },
        );
        if step == 0 {
            assert!(damaged, "the scroll moved nothing");
        }
        if differing > 0 {
            problems.push(format!(
                "scroll {step}: {differing} pixels differ in {area:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
