//! Screen tests for being safe at every moment: the exercise's own
//! cautions on its cards, "This hurts" saying nothing about a rating not
//! yet given, leaving an exercise out (and bringing it back), and a
//! session stopped in its first seconds kept in the history without
//! counting as a session done.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{SIZE, shipped_app};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use limber::ui::{App, Message, Screen};
use limber_core::testing::FakeClock;

struct Harness {
    app: App,
    clock: Arc<FakeClock>,
    dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let (app, clock, _) = shipped_app(dir.path(), None);
        let mut h = Harness { app, clock, dir };
        assert!(matches!(h.app.screen(), Screen::Safety(_)));
        h.click("I have read this");
        h
    }

    /// The app started again on the same data folder.
    fn restart(&mut self) {
        let (app, clock, _) = shipped_app(self.dir.path(), None);
        self.app = app;
        self.clock = clock;
    }

    fn send(&mut self, messages: Vec<Message>) {
        common::send(&mut self.app, messages);
    }

    fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
            if let Err(error) = ui.click(label) {
                panic!("cannot click {label:?} on {}: {error:?}", self.app.title());
            }
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        self.send(messages);
    }

    fn key(&mut self, key: Key) {
        common::key(&mut self.app, key);
    }

    fn shows(&mut self, label: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(label).is_ok()
    }

    /// Whether `label` is on screen now, not scrolled away.
    fn sees(&mut self, label: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(label)
            .is_ok_and(|target| target.visible_bounds().is_some())
    }

    /// Whether some text on screen, in view, contains `part`.
    fn sees_part(&mut self, part: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(|candidate: Candidate<'_>| match candidate {
            Candidate::Text {
                content,
                visible_bounds,
                ..
            } if content.contains(part) => visible_bounds,
            _ => None,
        })
        .is_ok()
    }

    /// Whether any text of the screen, in view or scrolled away, contains
    /// `part`.
    fn shows_part(&mut self, part: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(|candidate: Candidate<'_>| match candidate {
            Candidate::Text { content, .. } if content.contains(part) => Some(()),
            _ => None,
        })
        .is_ok()
    }

    /// Skips until the player shows `label` (at most `limit` steps).
    fn skip_until(&mut self, label: &str, limit: usize) {
        for _ in 0..limit {
            if self.shows(label) {
                return;
            }
            self.key(Key::Named(Named::ArrowRight));
        }
        panic!("never showed {label:?}");
    }

    fn wait(&mut self, by: Duration) {
        self.clock.advance(by);
        self.send(vec![Message::Player(
            limber::ui::screen::player::Message::Tick,
        )]);
    }

    fn set_lower_back(&mut self, intensity: limber_core::session::dose::Intensity) {
        for id in ["prone-press-up", "knee-to-chest", "partial-crunch"] {
            self.send(vec![Message::Routine(
                limber::ui::screen::routine::Message::SetIntensity(id.into(), intensity),
            )]);
        }
    }
}

/// The butterfly's "If it hurts, lower the intensity" is on its cards,
/// although each of them has a caution of its own ("Keep your back
/// straight").
#[test]
fn the_butterfly_caution_is_on_its_cards_in_the_player() {
    let caution = "If it hurts, lower the intensity.";
    let mut h = Harness::new();
    h.click("Hips");
    h.click("Start");
    assert!(h.shows("Sit, soles together"), "the butterfly's first card");
    assert!(h.sees_part("Keep your back straight."));
    assert!(h.sees_part(caution), "on the first card");
    // The move's word, "Press the knees", takes two lines above the ring
    // ("Press" / "the knees").
    h.skip_until("the knees", 5);
    assert!(h.sees_part(caution), "on the move's card too");
    h.skip_until("Hold the stretch", 3);
    assert!(h.sees_part(caution), "and on the hold's");
}

/// "This hurts" stops at once; the screen says what to do, offers to
/// lower the levels, and says nothing about a pain rating not given yet.
#[test]
fn this_hurts_never_says_the_pain_is_up_before_it_is_rated() {
    use limber_core::session::dose::Intensity;
    let mut h = Harness::new();
    h.click("Lower back");
    h.set_lower_back(Intensity::Standard);
    h.click("Start");
    h.skip_until("Hold and breathe", 10);
    h.key(Key::Character("h".into()));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(h.sees("Lower the intensity"), "the step down is offered");
    assert!(
        !h.shows_part("pain is up"),
        "no rating was given: nothing may say the pain is up"
    );
    // Rated at 7 (none before): what it says now is about the 7.
    h.click("7");
    assert!(!h.shows_part("pain is up"), "there is no rating before it");
    assert!(h.shows_part("7"), "the rating is named");
}

/// "Leave this exercise out next time" on the "This hurts" screen: kept in
/// the profile after a restart, shown on the Routine screen with a way to
/// bring it back, and left out of the player.
#[test]
fn leave_this_exercise_out_is_kept_after_a_restart() {
    let mut h = Harness::new();
    h.click("Lower back");
    h.click("Start");
    // Knee to chest's hold (the press-up's says "Hold and breathe").
    h.skip_until("Hold the stretch", 35);
    h.key(Key::Character("h".into()));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(h.sees("Leave this exercise out next time"));
    h.click("Leave this exercise out next time");
    h.click("Done");

    h.restart();
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    h.click("Lower back");
    assert!(h.shows_part("Left out"), "the Routine screen says so");
    assert!(h.shows("Bring back"));
    h.click("Start");
    assert!(
        h.shows_part("Exercise 1 of 2 ·"),
        "two exercises are left to play"
    );
    while matches!(h.app.screen(), Screen::Player(_)) {
        assert!(!h.shows("Knee to chest"), "never played");
        h.key(Key::Named(Named::ArrowRight));
    }
    h.click("Done");

    // Brought back, it plays again (and that is kept too).
    h.click("Lower back");
    h.click("Bring back");
    h.restart();
    h.click("Lower back");
    assert!(!h.shows("Bring back"));
    h.click("Start");
    assert!(h.shows_part("Exercise 1 of 3 ·"));
}

/// A routine stopped 10 seconds in (no hold done) is in the history as
/// stopped, but Home does not call it the last session or count it.
#[test]
fn a_session_stopped_in_its_first_seconds_does_not_count_on_home() {
    let mut h = Harness::new();
    assert!(h.shows_part("none in the last 7 days"));
    h.click("Lower back");
    h.click("Start");
    h.wait(Duration::from_secs(10));
    h.key(Key::Named(Named::Escape));
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    h.click("Done");
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    let history = h.app.history().expect("history loaded").to_vec();
    assert_eq!(history.len(), 1, "kept in the history");
    assert!(matches!(
        history[0].ending,
        Some(limber_core::profile::Ending::Stopped { .. })
    ));
    assert!(
        !h.shows_part("Last: Lower back"),
        "not the last session on Home"
    );
    assert!(h.shows_part("none in the last 7 days"), "not counted");
}
