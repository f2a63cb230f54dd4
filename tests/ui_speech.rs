//! The spoken coach in the app: the app driven headless (iced_test's
//! Simulator, keys and clicks as a person gives them) on a fake clock,
//! with a speaker and a sound player that record what they would say and
//! play, each at the instant it was scheduled for.

mod common;

use std::time::{Duration, Instant};

use common::{Opened, Voice, shipped_speaking_app};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::ui::screen::player::{self, shown_seconds};
use limber::ui::screen::settings::Message as S;
use limber::ui::{Message, Screen};
use limber_core::coach::phrases::try_voice;
use limber_core::session::phases::Phase;
use limber_core::sound::Cue;
use limber_core::time::Clock;

struct Harness {
    opened: Opened,
    dir: tempfile::TempDir,
}

impl Harness {
    /// The app on a fresh data folder, past the first-run Safety screen.
    fn new(voice: Voice) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut opened = shipped_speaking_app(dir.path(), None, voice);
        assert!(matches!(opened.app.screen(), Screen::Safety(_)));
        common::key(&mut opened.app, Key::Named(Named::Enter));
        Harness { opened, dir }
    }

    fn now(&self) -> Instant {
        self.opened.clock.now()
    }

    fn send(&mut self, messages: Vec<Message>) {
        common::send(&mut self.opened.app, messages);
    }

    fn key(&mut self, key: Key) {
        common::key(&mut self.opened.app, key);
    }

    fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui =
                Simulator::with_size(Default::default(), common::SIZE, self.opened.app.view());
            if let Err(error) = ui.click(label) {
                panic!("cannot click {label:?}: {error:?}");
            }
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        self.send(messages);
    }

    fn shows(&mut self, label: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), common::SIZE, self.opened.app.view());
        ui.find(label).is_ok()
    }

    /// Opens Lower back and presses Start; returns the instant it started.
    fn start_lower_back(&mut self) -> Instant {
        self.click("Lower back");
        let started = self.now();
        self.click("Start");
        assert!(matches!(self.opened.app.screen(), Screen::Player(_)));
        started
    }

    /// Lets `by` pass and delivers one redraw tick.
    fn wait(&mut self, by: Duration) {
        self.opened.clock.advance(by);
        self.send(vec![Message::Player(player::Message::Tick)]);
    }

    /// Ticks once a second until the routine is over (at most an hour).
    fn run_to_the_end(&mut self) {
        for _ in 0..3600 {
            if !self.on_player() {
                return;
            }
            self.wait(Duration::from_secs(1));
        }
        panic!("the routine never ended");
    }

    fn on_player(&self) -> bool {
        matches!(self.opened.app.screen(), Screen::Player(_))
    }

    fn player_state(&self) -> limber_core::session::engine::State {
        match self.opened.app.screen() {
            Screen::Player(player) => player.state(self.now()),
            _ => panic!("not on the player"),
        }
    }

    /// Waits, a second at a time, until the player is in `phase`.
    fn wait_for(&mut self, phase: Phase) {
        for _ in 0..120 {
            if self.player_state().phase == phase {
                return;
            }
            self.wait(Duration::from_secs(1));
        }
        panic!("never reached {phase:?}");
    }

    fn said(&self) -> Vec<String> {
        self.opened.speaker.spoken()
    }
}

/// The spoken lines of `limber show lower-back --timeline` for the profile
/// in `dir`, with their offsets from the routine's start.
fn cue_sheet_lines(dir: &std::path::Path) -> Vec<(Duration, String)> {
    let output = common::cli::limber(&["show", "lower-back", "--timeline"], dir);
    let sheet = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{sheet}");
    let mut at = Duration::ZERO;
    let mut lines = Vec::new();
    for line in sheet.lines() {
        let first = line.split_whitespace().next().unwrap_or_default();
        if let Some((minutes, seconds)) = first.split_once(':')
            && let (Ok(minutes), Ok(seconds)) = (minutes.parse::<u64>(), seconds.parse::<f64>())
        {
            at = Duration::from_secs(minutes * 60) + Duration::from_secs_f64(seconds);
        }
        if let Some((_, words)) = line.split_once(" say    ") {
            lines.push((at, words.trim_matches('"').to_owned()));
        }
    }
    assert!(lines.len() > 20, "{sheet}");
    lines
}

#[test]
fn a_whole_lower_back_routine_is_spoken_in_order_with_its_sides_as_the_cue_sheet_says() {
    let mut h = Harness::new(Voice::Recording);
    let started = h.start_lower_back();
    h.run_to_the_end();
    assert!(h.shows("Well done — routine complete"));

    let heard: Vec<(Duration, String)> = h
        .opened
        .speaker
        .spoken_with_instants()
        .into_iter()
        .map(|(at, line)| (at.duration_since(started), line))
        .collect();
    // Every line of the cue sheet, in order, each on its offset (to the
    // millisecond the sheet prints).
    let sheet = cue_sheet_lines(h.dir.path());
    let rounded: Vec<(Duration, String)> = heard
        .iter()
        .map(|(at, line)| (Duration::from_millis(at.as_millis() as u64), line.clone()))
        .collect();
    assert_eq!(rounded, sheet);

    // What a person on the floor hears, in the shipped content's words:
    // the exercises by name, both sides, and the end.
    let lines: Vec<&str> = heard.iter().map(|(_, line)| line.as_str()).collect();
    let position = |wanted: &str| {
        lines
            .iter()
            .position(|line| *line == wanted)
            .unwrap_or_else(|| panic!("{wanted:?} was never said: {lines:#?}"))
    };
    let order = [
        "Press-up on forearms. Lie on your stomach, propped up on your forearms.",
        "Press up; keep your hips down.",
        "Hold for 15 seconds.",
        "Lower and rest.",
        // The breather between exercises names the one done and the next.
        "Press-up on forearms done. Up next: Knee to chest.",
        "Lie on your back, knees bent.",
        "Left leg. Get ready.",
        "Hold for 15 seconds. Keep your lower back on the floor.",
        "Right leg. Knee to chest.",
        "Knee to chest done. Up next: Partial crunch.",
        "Lower slowly; don't drop back.",
        // The crunch's short holds: the first coached, the rest counted.
        "Two.",
        "Five. Halfway.",
        "Last one.",
        "Routine done: 3 exercises, 5 minutes.",
    ]
    .map(position);
    assert!(order.is_sorted(), "{lines:#?}");
    assert_eq!(
        lines
            .iter()
            .filter(|line| **line == "Right leg. Knee to chest.")
            .count(),
        2,
        "knee to chest alternates sides over two repetitions, each side hearing its move"
    );
    assert!(
        lines.contains(&"Left leg. Knee to chest."),
        "back to the left"
    );
    // Counting by voice replaces the ticks; the chimes still play.
    let played = h.opened.audio.played();
    assert!(!played.contains(&Cue::Tick), "{played:?}");
    assert!(played.contains(&Cue::HoldComplete));
    assert_eq!(played.last(), Some(&Cue::Finish));
}

#[test]
fn pause_cuts_the_words_and_nothing_more_is_said_until_resume() {
    let mut h = Harness::new(Voice::Recording);
    let started = h.start_lower_back();
    h.wait_for(Phase::Hold);
    h.wait(Duration::from_millis(500));
    let said_before = h.said();
    assert_eq!(
        said_before.last().map(String::as_str),
        Some("Hold for 15 seconds.")
    );
    assert!(
        !h.opened.speaker.pending().is_empty(),
        "the count is scheduled"
    );
    let stops_before = h.opened.speaker.stops().len();

    h.key(Key::Named(Named::Space));
    let paused_at = h.now();
    assert_eq!(
        h.opened.speaker.stops()[stops_before..],
        [paused_at],
        "the words are cut at the press"
    );
    // A minute on the floor: "Paused." at the press, then not a word,
    // and no tick from the screen.
    for _ in 0..60 {
        h.wait(Duration::from_secs(1));
    }
    assert!(
        h.opened.speaker.pending().is_empty(),
        "nothing is left to say"
    );
    assert_eq!(h.said()[..said_before.len()], said_before);
    assert_eq!(h.said()[said_before.len()..], ["Paused."]);
    match h.opened.app.screen() {
        Screen::Player(player) => assert_eq!(player.frames(), None, "no redraws while paused"),
        _ => panic!("not on the player"),
    }

    h.key(Key::Named(Named::Space));
    let resumed = h.now();
    // The count comes 60.5 s later than planned: at 28 s of the routine
    // plus the pause.
    // "Going on." at once (the count is seconds away), then the rest.
    let pending = h.opened.speaker.pending();
    let (at, first) = pending
        .iter()
        .find(|(_, line)| line != "Going on.")
        .expect("the rest is scheduled again");
    assert_eq!(first, "3");
    assert_eq!(
        *at,
        started + Duration::from_secs(28) + (resumed - paused_at)
    );
    h.wait(Duration::from_secs(14));
    assert_eq!(
        h.said()[said_before.len()..],
        ["Paused.", "Going on.", "3", "2", "1"]
    );
}

#[test]
fn skip_back_stop_and_this_hurts_cut_the_words_at_once() {
    let mut h = Harness::new(Voice::Recording);
    h.start_lower_back();
    h.wait(Duration::from_secs(3));
    // Skip the setup card: "Get ready." at once, the card's words cut.
    h.key(Key::Named(Named::ArrowRight));
    let skipped = h.now();
    assert!(h.opened.speaker.stops().contains(&skipped));
    assert_eq!(h.said().last().map(String::as_str), Some("Get ready."));
    // Back within two seconds: the card again, from its start.
    h.key(Key::Named(Named::ArrowLeft));
    assert_eq!(
        h.said().last().map(String::as_str),
        Some("Press-up on forearms. Lie on your stomach, propped up on your forearms.")
    );
    // Esc asks "Stop this routine?": the words are cut while it asks;
    // Enter stops.
    let stops = h.opened.speaker.stops().len();
    h.key(Key::Named(Named::Escape));
    assert!(h.shows("Stop this routine?"));
    assert_eq!(h.opened.speaker.stops().len(), stops + 1);
    assert!(h.opened.speaker.pending().is_empty());
    assert!(h.opened.audio.scheduled().is_empty());
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.opened.app.screen(), Screen::Finish(_)));
    assert!(h.opened.speaker.pending().is_empty());
    assert!(h.opened.audio.scheduled().is_empty());

    // "This hurts" in a hold: silence at once, nothing scheduled.
    h.click("Done");
    let said = h.said().len();
    h.start_lower_back();
    h.wait_for(Phase::Hold);
    h.key(Key::Character("h".into()));
    assert!(h.shows("You stopped because it hurt"));
    assert!(h.opened.speaker.pending().is_empty());
    assert!(h.opened.audio.scheduled().is_empty());
    let hurt_at = h.now();
    assert_eq!(h.opened.speaker.stops().last(), Some(&hurt_at));
    h.opened.clock.advance(Duration::from_secs(60));
    assert!(
        h.said()[said..]
            .iter()
            .all(|line| !["3", "2", "1"].contains(&line.as_str())),
        "no count after stopping"
    );
}

#[test]
fn speech_off_says_nothing_and_the_ticks_come_back() {
    let mut h = Harness::new(Voice::Recording);
    h.click("Settings");
    h.send(vec![Message::Settings(S::Speech(false))]);
    assert!(!h.opened.app.profile().settings.speech);
    h.click("← Back");
    h.start_lower_back();
    h.run_to_the_end();
    assert!(h.said().is_empty(), "{:?}", h.said());
    assert_lower_back_ticks(&h.opened.audio.played());
}

/// The sounds of Lower back at Gentle with ticks: 3 press-ups and 4 knee
/// holds of 15 s end with three ticks and a chime, 9 crunches of 1 s with
/// a chime, the first with one tick (the others are counted, not ticked).
fn assert_lower_back_ticks(played: &[Cue]) {
    let ticks = played.iter().filter(|cue| **cue == Cue::Tick).count();
    let chimes = played
        .iter()
        .filter(|cue| **cue == Cue::HoldComplete)
        .count();
    assert_eq!((chimes, ticks), (16, 7 * 3 + 1), "{played:?}");
    assert_eq!(played.last(), Some(&Cue::Finish));
}

#[test]
fn without_a_voice_settings_say_so_once_and_the_routine_ticks_and_chimes() {
    let mut h = Harness::new(Voice::Missing);
    h.click("Settings");
    let notice = limber_core::speech::Availability::Unavailable("no speech service".into())
        .notice()
        .expect("a notice");
    assert!(notice.starts_with("No voice is available for the spoken coach"));
    assert!(h.shows(&notice), "the notice is in Settings");
    assert!(
        h.opened.app.notices().iter().all(|shown| *shown != notice),
        "and only there, not in the banner as well"
    );
    assert!(!h.shows("Try it  (T)"), "no voice to try");
    h.click("← Back");
    h.start_lower_back();
    h.run_to_the_end();
    assert!(h.said().is_empty());
    assert_lower_back_ticks(&h.opened.audio.played());
}

#[test]
fn try_it_says_the_sample_line_at_once_with_the_settings_on_screen() {
    let mut h = Harness::new(Voice::Recording);
    h.click("Settings");
    h.send(vec![
        Message::Settings(S::SpeechRate(150)),
        Message::Settings(S::SpeechRateReleased),
        Message::Settings(S::SpeechVolume(40)),
        Message::Settings(S::SpeechVolumeReleased),
    ]);
    assert!(h.said().is_empty());
    h.click("Try it  (T)");
    assert_eq!(h.said(), vec![try_voice()]);
    // The T key says it too.
    h.key(Key::Character("t".into()));
    assert_eq!(h.said(), vec![try_voice(), try_voice()]);
    assert_eq!(h.opened.speaker.rate(), Some(1.5));
    assert_eq!(h.opened.speaker.volume(), Some(0.4));
    assert_eq!(h.opened.speaker.voice(), Some(None), "the default voice");
    // Saved for the next routine, which starts with them.
    let (store, _) = limber_core::profile::Store::open(h.dir.path()).expect("store reopens");
    assert_eq!(store.current().settings.speech_rate, 150);
    assert_eq!(store.current().settings.speech_volume, 40);
}

/// The seconds on the ring change exactly when a whole second is left, and
/// the player's redraws fall on those instants.
#[test]
fn the_seconds_shown_change_on_the_second_and_a_redraw_falls_there() {
    let mut h = Harness::new(Voice::Recording);
    h.start_lower_back();
    h.wait_for(Phase::Hold);
    h.wait(Duration::from_millis(250));
    let frames = match h.opened.app.screen() {
        Screen::Player(player) => player.frames().expect("running"),
        _ => panic!("not on the player"),
    };
    assert_eq!(frames.per_second, 2);
    let state = h.player_state();
    let hold_end = h.now() + state.remaining;
    assert_eq!(frames.end, hold_end);
    // Walk the redraws to the hold's end: one on every whole second left,
    // 500 ms apart, the digit one lower from each of those on.
    let mut at = frames.next_after(h.now());
    let mut changes = Vec::new();
    while at < hold_end {
        let next = frames.next_after(at + Duration::from_nanos(1));
        assert_eq!(next - at, Duration::from_millis(500));
        let left = hold_end - at;
        let just_before = shown_seconds(left + Duration::from_nanos(1));
        if shown_seconds(left) != just_before {
            changes.push(left);
        }
        at = next;
    }
    assert_eq!(at, hold_end, "a redraw at the end of the hold");
    let expected: Vec<Duration> = (1..=14).rev().map(Duration::from_secs).collect();
    assert_eq!(changes, expected);
    assert_eq!(shown_seconds(Duration::from_secs(14)), 14);
    assert_eq!(
        shown_seconds(Duration::from_secs(14) + Duration::from_nanos(1)),
        15
    );
}
