//! Screen tests: the app driven headless through iced_test's Simulator, the
//! way a person clicks and presses keys, with a fake clock so timing is
//! exact.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{SIZE, open_app, shipped_app};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::ui::{App, Message, Screen};
use limber_core::content::Library;
use limber_core::profile::Store;
use limber_core::sound::Cue;
use limber_core::testing::FakeClock;
use limber_core::testing::RecordingPlayer;

struct Harness {
    app: App,
    clock: Arc<FakeClock>,
    audio: RecordingPlayer,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        Self::with_dir(tempfile::tempdir().expect("temp dir"), None)
    }

    fn with_dir(dir: tempfile::TempDir, routine: Option<&str>) -> Harness {
        let (app, clock, audio) = shipped_app(dir.path(), routine);
        Harness {
            app,
            clock,
            audio,
            _dir: dir,
        }
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

    /// Whether `label` is on screen now, not just somewhere in a scrolled
    /// away part of the window.
    fn sees(&mut self, label: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(label)
            .is_ok_and(|target| target.visible_bounds().is_some())
    }

    /// Whether some text in view contains `part`.
    fn sees_part(&mut self, part: &str) -> bool {
        let mut ui = Simulator::with_size(Default::default(), SIZE, self.app.view());
        ui.find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text {
                    content,
                    visible_bounds,
                    ..
                } if content.contains(part) => visible_bounds,
                _ => None,
            },
        )
        .is_ok()
    }

    /// Lets `by` pass on the clock and delivers one timer tick.
    fn wait(&mut self, by: Duration) {
        self.clock.advance(by);
        self.send(vec![Message::Player(
            limber::ui::screen::player::Message::Tick,
        )]);
    }

    fn read_safety(&mut self) {
        assert!(
            matches!(self.app.screen(), Screen::Safety(_)),
            "first run shows Safety"
        );
        self.click("I have read this");
    }

    fn player_state(&self) -> limber_core::session::engine::State {
        match self.app.screen() {
            Screen::Player(player) => player.state(self.clock.now_for_tests()),
            _ => panic!("not on the player: {}", self.app.title()),
        }
    }
}

trait Now {
    fn now_for_tests(&self) -> std::time::Instant;
}

impl Now for FakeClock {
    fn now_for_tests(&self) -> std::time::Instant {
        use limber_core::time::Clock;
        self.now()
    }
}

#[test]
fn first_run_shows_safety_once_per_profile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    assert!(h.shows("What would you like to work on today?"));

    // A restart on the same data dir goes straight home.
    let (app, _, _) = shipped_app(&path, None);
    assert!(
        matches!(app.screen(), Screen::Home(_)),
        "safety is shown once"
    );
}

#[test]
fn lower_back_from_home_to_finish_with_the_keyboard() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    assert!(matches!(h.app.screen(), Screen::Routine(_)));
    assert_eq!(h.app.title(), "Limber — Lower back");
    h.click("Start");
    assert!(matches!(h.app.screen(), Screen::Player(_)));

    let mut presses = 0;
    while matches!(h.app.screen(), Screen::Player(_)) {
        h.key(Key::Named(Named::ArrowRight));
        presses += 1;
        assert!(presses < 500, "skipping never reached the end");
    }
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(h.shows("Routine finished — every exercise was skipped"));
    // Every phase was skipped, so no hold completed and no chime played.
    assert!(!h.audio.played().contains(&Cue::HoldComplete));
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.app.screen(), Screen::Home(_)));
}

#[test]
fn a_routine_left_alone_runs_hands_free_to_the_end_with_chimes() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Hips");
    h.click("Start");
    // Ten minutes of one-second ticks is more than the gentle hips routine.
    for _ in 0..600 {
        if !matches!(h.app.screen(), Screen::Player(_)) {
            break;
        }
        h.wait(Duration::from_secs(1));
    }
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    let played = h.audio.played();
    // Butterfly 4 holds + hamstring 2 each leg = 8 holds at Gentle.
    let chimes = played.iter().filter(|c| **c == Cue::HoldComplete).count();
    assert_eq!(chimes, 8, "{played:?}");
    assert_eq!(played.last(), Some(&Cue::Finish));
    assert!(h.shows("Well done — routine complete"));
}

#[test]
fn pause_holds_the_timer() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    h.wait(Duration::from_secs(2));
    let before = h.player_state();
    let countdown = limber::ui::screen::player::shown_seconds(before.remaining).to_string();
    assert!(h.sees(&countdown), "the countdown {countdown} shows");
    h.key(Key::Named(Named::Space));
    assert!(h.player_state().paused);
    h.wait(Duration::from_secs(30));
    let during = h.player_state();
    assert_eq!(
        during.remaining, before.remaining,
        "no time passes while paused"
    );
    assert!(
        h.sees("Paused — Space to go on"),
        "the veil says how to go on"
    );
    // The countdown is hidden behind the veil: a dimmed digit beside "go
    // on" read as part of the sentence ("go on 3").
    assert!(
        !h.sees(&countdown),
        "the countdown {countdown} shows through the veil"
    );
    h.key(Key::Named(Named::Space));
    h.wait(Duration::from_secs(1));
    let after = h.player_state();
    assert_eq!(after.remaining + Duration::from_secs(1), before.remaining);
}

#[test]
fn skip_and_back_move_between_phases() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    let first = h.player_state();
    h.key(Key::Named(Named::ArrowRight));
    let second = h.player_state();
    assert_eq!(second.phase_index, first.phase_index.map(|i| i + 1));
    // Back within the first two seconds of a phase goes to the previous one.
    h.key(Key::Named(Named::ArrowLeft));
    assert_eq!(h.player_state().phase_index, first.phase_index);
    // Later in a phase, back restarts it.
    h.wait(Duration::from_secs(3));
    h.key(Key::Named(Named::ArrowLeft));
    let restarted = h.player_state();
    assert_eq!(restarted.phase_index, first.phase_index);
    assert_eq!(restarted.fraction_done, 0.0);
    // Esc asks first; Esc again goes on, Enter leaves for the summary.
    h.key(Key::Named(Named::Escape));
    assert!(h.sees("Stop this routine?"));
    assert!(h.player_state().paused, "the routine waits for the answer");
    h.key(Key::Named(Named::Escape));
    assert!(!h.sees("Stop this routine?"));
    assert!(!h.player_state().paused, "going on runs again");
    h.key(Key::Named(Named::Escape));
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(h.shows("Routine stopped"));
}

#[test]
fn the_adjusted_hold_appears_on_the_routine_screen_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, Some("lower-back"));
    h.read_safety();
    assert!(
        matches!(h.app.screen(), Screen::Routine(_)),
        "--routine opens the routine"
    );
    // Gentle: press-up 15 s, knee to chest 15 s, crunch 1 s.
    assert!(h.shows("15 s"));
    assert!(!h.shows("20 s"));
    let messages = vec![Message::Routine(
        limber::ui::screen::routine::Message::AdjustHold("prone-press-up".into(), 1),
    )];
    h.send(messages);
    assert!(h.shows("20 s"), "a step of 5 s past 10 s");

    let (store, _) = Store::open(&path).expect("store reopens");
    assert_eq!(
        store.current().choice("prone-press-up").hold_seconds,
        Some(20)
    );
}

#[test]
fn enter_starts_the_routine_opened_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = Harness::with_dir(dir, Some("hips"));
    h.read_safety();
    assert_eq!(h.app.title(), "Limber — Hips");
    // The estimate is the engine's planned length for this profile.
    let (library, _) = Library::shipped();
    let routine = library.routine("hips").expect("hips routine");
    let profile = h.app.profile().clone();
    let prescribed = limber_core::prescription::prescribe(&library, routine, &profile);
    let total = limber_core::prescription::plan(&prescribed, &profile.settings).total();
    let estimate = format!("{} in all", limber_core::words::duration(total));
    assert!(h.shows(&estimate), "the Routine screen shows {estimate}");
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.app.screen(), Screen::Player(_)));
}

/// Runs the lower-back routine to its end by skipping, rating pain
/// before (on the Routine screen) and after (on the Finish screen).
fn session_with_pain(h: &mut Harness, before: u8, after: u8) {
    h.click("Lower back");
    h.send(vec![Message::Routine(
        limber::ui::screen::routine::Message::PainBefore(before),
    )]);
    h.click("Start");
    while matches!(h.app.screen(), Screen::Player(_)) {
        h.key(Key::Named(Named::ArrowRight));
    }
    assert!(h.shows("How is your pain now?"));
    h.click(&after.to_string());
}

fn set_all_lower_back(h: &mut Harness, intensity: limber_core::session::dose::Intensity) {
    for id in ["prone-press-up", "knee-to-chest", "partial-crunch"] {
        h.send(vec![Message::Routine(
            limber::ui::screen::routine::Message::SetIntensity(id.into(), intensity),
        )]);
    }
}

#[test]
fn pain_up_offers_a_step_down_that_changes_the_routine_doses() {
    use limber_core::session::dose::Intensity;
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    set_all_lower_back(&mut h, Intensity::Standard);
    // Standard: press-up 23 s (middle of 15–30, rounded).
    assert!(h.shows("23 s"));
    h.click("← Back");
    session_with_pain(&mut h, 3, 5);
    assert!(
        h.shows("Lower the intensity"),
        "pain went up: a step down is offered"
    );
    assert!(!h.shows("Step up"));
    h.click("Lower the intensity");
    assert!(h.shows("Done: these exercises are one level gentler next time."));
    h.click("Done");
    h.click("Lower back");
    assert!(h.shows("15 s"), "Gentle press-up after the step down");
    assert!(!h.shows("23 s"));
    let profile = h.app.profile();
    assert_eq!(
        profile.choice("prone-press-up").intensity,
        Intensity::Gentle
    );
    assert_eq!(
        profile.choice("partial-crunch").intensity,
        Intensity::Gentle
    );
}

#[test]
fn declining_the_step_down_changes_nothing() {
    use limber_core::session::dose::Intensity;
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    set_all_lower_back(&mut h, Intensity::Strong);
    h.click("← Back");
    session_with_pain(&mut h, 2, 7);
    h.click("Keep my doses");
    assert!(h.shows("Your doses stay as they are."));
    assert_eq!(
        h.app.profile().choice("prone-press-up").intensity,
        Intensity::Strong
    );
    // The session and both ratings are in the history.
    let history = h.app.history().expect("history loaded");
    let last = history.last().expect("a saved session");
    assert_eq!((last.pain_before, last.pain_after), (Some(2), Some(7)));
}

#[test]
fn low_pain_after_three_sessions_offers_a_step_up_never_silently() {
    use limber_core::session::dose::Intensity;
    let mut h = Harness::new();
    h.read_safety();
    for _ in 0..2 {
        session_with_pain(&mut h, 2, 1);
        assert!(!h.shows("Step up"), "not before three low sessions");
        h.click("Done");
    }
    session_with_pain(&mut h, 2, 1);
    assert!(h.shows("Step up"));
    // Nothing changed until the person says yes.
    assert_eq!(
        h.app.profile().choice("prone-press-up").intensity,
        Intensity::Gentle
    );
}

#[test]
fn profiles_are_created_renamed_switched_and_deleted_with_confirmation() {
    use limber::ui::screen::settings::Message as S;
    let mut h = Harness::new();
    h.read_safety();
    h.click("Settings");
    h.send(vec![
        Message::Settings(S::NewNameChanged("Sam".into())),
        Message::Settings(S::CreateProfile),
    ]);
    // A new profile starts with the Safety screen, once.
    h.read_safety();
    assert_eq!(h.app.profile().name, "Sam");
    let sam = h.app.profile().id.clone();

    h.click("Settings");
    assert!(h.shows("Sam  (in use)"));
    h.send(vec![
        Message::Settings(S::StartRename(sam.clone().into())),
        Message::Settings(S::RenameChanged("Samira".into())),
        Message::Settings(S::ConfirmRename),
    ]);
    assert!(h.shows("Samira  (in use)"));

    // Back to "Me", then delete Samira: nothing happens until confirmed.
    let me = h
        .app
        .profiles()
        .iter()
        .find(|p| p.name == "Me")
        .expect("the first-run profile")
        .id
        .clone();
    h.send(vec![Message::Settings(S::SwitchProfile(me.into()))]);
    assert_eq!(h.app.profile().name, "Me");
    h.send(vec![Message::Settings(S::AskDelete(sam.clone().into()))]);
    assert!(h.shows("Delete Samira and all of their history? This cannot be undone."));
    h.click("Keep");
    assert_eq!(h.app.profiles().len(), 2, "Keep deletes nothing");
    h.send(vec![Message::Settings(S::AskDelete(sam.into()))]);
    h.click("Delete");
    let names: Vec<String> = h.app.profiles().iter().cloned().map(|p| p.name).collect();
    assert_eq!(names, vec!["Me".to_owned()]);
}

#[test]
fn settings_changes_are_saved_at_once_and_reach_the_sound() {
    use limber::ui::screen::settings::Message as S;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Settings");
    h.send(vec![
        Message::Settings(S::Volume(40)),
        Message::Settings(S::Sound(false)),
        Message::Settings(S::GetReady(1)),
    ]);
    assert!(h.audio.is_muted());
    assert_eq!(
        h.audio.volume(),
        Some(limber_core::sound::volume_from_percent(40))
    );
    let (store, _) = Store::open(&path).expect("store reopens");
    let settings = &store.current().settings;
    assert_eq!(
        (settings.volume, settings.sound, settings.get_ready_seconds),
        (40, false, 6)
    );
}

#[test]
fn an_unreadable_profile_is_kept_aside_and_the_person_is_told_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("first run creates a profile"));
    let profile = dir.path().join("profiles/me.ron");
    std::fs::write(&profile, "(version: 1, name: \"Me\", this is not RON").expect("corrupt it");

    let (store, notices) = Store::open(dir.path()).expect("store opens anyway");
    let (library, _) = Library::shipped();
    let notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
    let (app, _, _) = open_app(library, store, notices, None);
    let shown = app.notices().join("\n");
    assert!(
        shown.contains("kept as"),
        "the banner says where the file went: {shown}"
    );
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("profiles"))
        .expect("profiles dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(
        kept.len(),
        1,
        "the unreadable file is kept, not overwritten"
    );
    let kept_text = std::fs::read_to_string(kept[0].path()).expect("read kept file");
    assert!(kept_text.contains("this is not RON"));
    // The banner is on screen with a way to dismiss it.
    let mut ui = Simulator::with_size(Default::default(), SIZE, app.view());
    assert!(ui.find("Dismiss").is_ok());
}

#[test]
fn pain_rising_from_one_to_eight_at_gentle_says_what_to_do_and_shows_the_red_flags() {
    use limber_core::guidance::{advice, safety};
    let mut h = Harness::new();
    h.read_safety();
    session_with_pain(&mut h, 1, 8);
    assert!(
        h.sees(&limber_core::i18n::tr(advice::CARE_HEADING)),
        "what to do now is on screen"
    );
    // At the gentlest level: leave the exercise out, keep gently active
    // (not bed rest), ask a physiotherapist.
    for point in [
        advice::CARE_STOP,
        advice::CARE_AT_GENTLEST,
        advice::CARE_KEEP_ACTIVE,
        advice::CARE_ASK,
    ] {
        let point = limber_core::i18n::tr(point);
        assert!(h.shows(&point), "{point}");
    }
    assert!(
        h.shows(&limber_core::guidance::emergency::EmergencyNumber::of_this_system().get_help())
    );
    assert!(h.shows(&safety::EMERGENCY.heading()));
    assert!(h.shows(&safety::SEE_A_DOCTOR_SOON.heading()));
    assert!(h.shows(&safety::red_flags_note()));
    assert!(
        !h.shows("Lower the intensity"),
        "every exercise is at Gentle: nothing lower to offer"
    );
    assert!(h.sees("Done"), "Done stays reachable");
}

#[test]
fn a_small_rise_gives_the_care_words_without_the_red_flags() {
    use limber_core::guidance::{advice, safety};
    let mut h = Harness::new();
    h.read_safety();
    session_with_pain(&mut h, 2, 3);
    assert!(h.sees(&limber_core::i18n::tr(advice::CARE_HEADING)));
    assert!(!h.shows(&safety::EMERGENCY.heading()));
}

#[test]
fn this_hurts_from_a_hold_stops_asks_for_pain_and_saves_the_stopped_session() {
    use limber_core::profile::Ending;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    // Into the first hold of the press-up.
    for _ in 0..10 {
        if h.shows("Hold") {
            break;
        }
        h.key(Key::Named(Named::ArrowRight));
    }
    h.wait(Duration::from_secs(3));
    assert!(h.sees("This hurts"), "the button is on screen in a hold");
    h.key(Key::Character("h".into()));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(h.sees("You stopped because it hurt"));
    assert!(h.sees("How is your pain now?"));
    assert!(
        h.sees(&limber_core::i18n::tr(
            limber_core::guidance::advice::CARE_HEADING
        )),
        "the care words come at once, before any rating"
    );
    h.click("6");
    // The session is on disk, as a stop for pain in the press-up, rated 6
    // (read by a second store, as a restarted app would).
    let history = saved_sessions(&path);
    let last = history.last().expect("the stopped session was saved");
    assert_eq!(
        last.ending,
        Some(Ending::StoppedForPain {
            exercise_id: "prone-press-up".to_owned()
        })
    );
    assert_eq!(last.pain_after, Some(6));
    assert!(!last.exercises[0].completed);
}

#[test]
fn this_hurts_is_reachable_in_every_phase() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    let mut phases = std::collections::BTreeSet::new();
    while let Screen::Player(player) = h.app.screen() {
        let phase = player.state(limber_core::time::Clock::now(&*h.clock)).phase;
        phases.insert(format!("{phase:?}"));
        assert!(h.sees("This hurts"), "in {phase:?}");
        h.key(Key::Named(Named::ArrowRight));
    }
    for phase in [
        "UpNext", "Read", "GetReady", "Move", "Hold", "Release", "Rest",
    ] {
        assert!(phases.contains(phase), "{phase} was visited: {phases:?}");
    }
}

/// A write that waits for the data-dir lock (another copy of Limber holds
/// it) does not stop the window: the change shows at once, other screens
/// open, and the write lands once the lock is free.
#[test]
fn a_settings_change_is_saved_while_the_ui_keeps_responding() {
    use limber::ui::screen::settings::Message as S;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Settings");
    let on_disk = || {
        let (store, _) = Store::open(&path).expect("store reopens");
        store.current().settings.sound
    };
    assert!(on_disk());

    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path.join(".lock"))
        .expect("the data-dir lock file");
    lock.lock().expect("the test holds the lock");
    let write = common::update(&mut h.app, Message::Settings(S::Sound(false)));
    // The store's thread now waits for the lock; the window does not.
    assert!(!h.app.profile().settings.sound, "the change shows at once");
    h.click("← Back");
    h.click("History");
    assert_eq!(h.app.title(), "Limber — History");
    std::thread::sleep(Duration::from_millis(200));
    let unlocked_read = std::fs::read_to_string(path.join("profiles/me.ron")).expect("readable");
    assert!(
        unlocked_read.contains("sound: true"),
        "not written while the lock is held"
    );
    drop(lock);
    common::run(&mut h.app, write);
    assert!(!on_disk(), "saved once the lock was free");
}

#[cfg(unix)]
#[test]
fn dragging_the_volume_slider_writes_once_on_release() {
    use limber::ui::screen::settings::Message as S;
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("profiles/me.ron");
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Settings");
    // Every write replaces the file (atomic rename): a new inode.
    let inode = || std::fs::metadata(&file).expect("profile file").ino();
    let before = inode();
    for volume in (20..=60).step_by(2) {
        h.send(vec![Message::Settings(S::Volume(volume))]);
    }
    assert_eq!(h.app.profile().settings.volume, 60, "heard while dragging");
    assert_eq!(
        h.audio.volume(),
        Some(limber_core::sound::volume_from_percent(60))
    );
    assert_eq!(inode(), before, "nothing written while dragging");
    h.send(vec![Message::Settings(S::VolumeReleased)]);
    assert_ne!(inode(), before, "written on release");
    let after = inode();
    let text = std::fs::read_to_string(&file).expect("profile file");
    assert!(text.contains("volume: 60"), "{text}");
    h.send(vec![Message::Settings(S::Back)]);
    assert_eq!(inode(), after, "leaving Settings writes nothing more");
}

/// Skips until the player shows `label` (at most `limit` steps).
/// The current profile's sessions as a restarted app reads them (a second
/// store over the same folder).
fn saved_sessions(path: &std::path::Path) -> Vec<limber_core::profile::SessionRecord> {
    let (mut store, _) = Store::open(path).expect("store reopens");
    let id = store.current().id.clone();
    store.history(&id).expect("history reads").to_vec()
}

/// The record of exercise `id` in `session`.
fn recorded<'a>(
    session: &'a limber_core::profile::SessionRecord,
    id: &str,
) -> &'a limber_core::profile::ExerciseRecord {
    session
        .exercises
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} in the record"))
}

fn skip_until(h: &mut Harness, label: &str, limit: usize) {
    for _ in 0..limit {
        if h.shows(label) {
            return;
        }
        h.key(Key::Named(Named::ArrowRight));
    }
    panic!("never showed {label:?}");
}

#[test]
fn the_variation_chosen_on_the_routine_screen_is_the_one_the_player_shows_and_keeps() {
    use limber::ui::screen::routine::Message as R;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Lower back");
    assert!(h.shows("Usual"), "knee to chest offers its variation");
    h.click("Other leg flat");
    assert_eq!(
        h.app.profile().choice("knee-to-chest").variation.as_deref(),
        Some("Other leg flat")
    );
    // Changing the level keeps the variation.
    h.send(vec![Message::Routine(R::SetIntensity(
        "knee-to-chest".into(),
        limber_core::session::dose::Intensity::Standard,
    ))]);
    assert_eq!(
        h.app.profile().choice("knee-to-chest").variation.as_deref(),
        Some("Other leg flat")
    );
    h.click("Start");
    // The first card of knee to chest says which version, for the left leg.
    skip_until(
        &mut h,
        "Other leg flat: Keep your right leg straight and flat on the floor while you draw the knee in: a little more stretch. Tip: Start each session gently, easing in, and build up over the days.",
        30,
    );
    // Between the sides, the version's own way to switch legs.
    // (the side cue on the figure: the word above the ring may take two
    // lines).
    skip_until(&mut h, "RIGHT LEG", 20);
    assert!(h.shows("Switch legs: bend your right knee, left leg flat."));
    while matches!(h.app.screen(), Screen::Player(_)) {
        h.key(Key::Named(Named::ArrowRight));
    }
    // Kept in the profile (a restarted app reads it) and in the history.
    let (store, _) = Store::open(&path).expect("store reopens");
    assert_eq!(
        store.current().choice("knee-to-chest").variation.as_deref(),
        Some("Other leg flat")
    );
    drop(store);
    let history = saved_sessions(&path);
    let knee = recorded(&history[0], "knee-to-chest");
    assert_eq!(knee.variation.as_deref(), Some("Other leg flat"));
}

#[test]
fn a_sided_exercise_says_which_leg_and_shows_a_card_to_switch_legs() {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Hips");
    h.click("Start");
    // The hamstring stretch starts with the left leg stretched…
    skip_until(&mut h, "Bend your right knee", 30);
    assert!(h.shows(
        "Bend your right knee, the sole of that foot against your left inner thigh. The left leg stretches."
    ));
    // …and before the right side a card says how to switch.
    skip_until(&mut h, "RIGHT LEG", 20);
    assert!(h.shows(
        "Switch legs: stretch out your right leg, bend your left knee and put that foot against your right thigh."
    ));
    h.key(Key::Named(Named::ArrowRight));
    skip_until(
        &mut h,
        "Feel the stretch along the back of your right thigh and breathe calmly.",
        5,
    );
}

#[test]
fn the_exercise_tips_are_on_its_first_card_and_its_cautions_on_every_card() {
    let tip = "Tip: Start each session gently, easing in, and build up over the days.";
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    assert!(h.sees(tip));
    assert!(h.sees_part("⚠ If it hurts, lower the intensity."));
    h.key(Key::Named(Named::ArrowRight));
    assert!(!h.shows(tip), "the tip only on the first card");
    assert!(
        h.sees_part("⚠ If it hurts, lower the intensity."),
        "the caution on the next card too"
    );
}

#[test]
fn a_hold_beyond_what_the_exercise_suggests_gets_a_quiet_note() {
    use limber::ui::screen::routine::Message as R;
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    let note = "Your 35 s hold is longer than the 15–30 s this exercise suggests.";
    assert!(!h.shows(note));
    // Gentle is 15 s; +5 s four times: 35 s.
    for _ in 0..4 {
        h.send(vec![Message::Routine(R::AdjustHold(
            "prone-press-up".into(),
            1,
        ))]);
    }
    assert!(h.shows("35 s"));
    assert!(h.shows(note));

    // The same for repetitions: Gentle is 3; three more make 6, above 3–5.
    let reps_note = "6 repetitions is more than the 3–5 this exercise suggests.";
    assert!(!h.shows(reps_note));
    for _ in 0..2 {
        h.send(vec![Message::Routine(R::AdjustRepetitions(
            "prone-press-up".into(),
            1,
        ))]);
    }
    assert!(!h.shows(reps_note), "5 is within the range");
    h.send(vec![Message::Routine(R::AdjustRepetitions(
        "prone-press-up".into(),
        1,
    ))]);
    assert!(h.shows(reps_note));
}

/// The knee-to-chest hold as drawn, with or without the "Other leg flat"
/// version chosen: the whole player screen at 1366×768.
fn knee_to_chest_hold_drawn(other_leg_flat: bool) -> image::RgbaImage {
    let mut h = Harness::new();
    h.read_safety();
    h.click("Lower back");
    if other_leg_flat {
        h.click("Other leg flat");
    }
    h.click("Start");
    skip_until(
        &mut h,
        "Hold your left knee close with both hands and breathe calmly.",
        40,
    );
    let out = tempfile::tempdir().expect("temp dir");
    let path = out.path().join("hold.png");
    let mut ui = Simulator::with_size(Default::default(), SIZE, h.app.view());
    let snapshot = ui
        .snapshot(&limber::ui::style::theme(false))
        .expect("snapshot");
    // With no file there, this writes the render (named after the renderer).
    assert!(snapshot.matches_image(&path).expect("write png"));
    let written = std::fs::read_dir(out.path())
        .expect("the render")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("a PNG");
    image::open(written).expect("a PNG").into_rgba8()
}

#[test]
fn the_player_draws_the_version_chosen_not_only_names_it() {
    let usual = knee_to_chest_hold_drawn(false);
    let flat = knee_to_chest_hold_drawn(true);
    assert_eq!(usual.dimensions(), flat.dimensions());
    // Same card, same ring: what differs is the figure (the other leg flat
    // on the floor instead of bent).
    let (width, _) = usual.dimensions();
    let mut differing = 0usize;
    let mut leftmost = width;
    for (x, y, pixel) in usual.enumerate_pixels() {
        let other = flat.get_pixel(x, y);
        let moved = pixel
            .0
            .iter()
            .zip(other.0)
            .map(|(a, b)| a.abs_diff(b))
            .max();
        if moved.unwrap_or(0) > 40 {
            differing += 1;
            leftmost = leftmost.min(x);
        }
    }
    assert!(
        differing > 2_000,
        "only {differing} pixels differ: the version is not drawn"
    );
    // All of it in the figure's half of the screen.
    assert!(
        leftmost < width / 2,
        "the difference starts at x = {leftmost}"
    );
}

/// What was done on each side of a sided exercise is recorded,
/// and shown where left and right differ (Finish, the CSV).
#[test]
fn each_side_s_holds_are_recorded_and_shown_where_they_differ() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_owned();
    let mut h = Harness::with_dir(dir, None);
    h.read_safety();
    h.click("Lower back");
    h.click("Start");
    let left_hold = "Hold your left knee close with both hands and breathe calmly.";
    skip_until(&mut h, left_hold, 40);
    // The left hold runs out by itself: one hold done on the left.
    for _ in 0..60 {
        if !h.shows(left_hold) {
            break;
        }
        h.wait(Duration::from_millis(500));
    }
    assert!(!h.shows(left_hold), "the hold ended");
    h.key(Key::Named(Named::Escape));
    h.key(Key::Named(Named::Enter));
    assert!(matches!(h.app.screen(), Screen::Finish(_)));
    assert!(
        h.shows("1 of 4 holds done · left 1 of 2, right 0 of 2"),
        "Finish says which side was done"
    );

    let history = saved_sessions(&path);
    let knee = recorded(&history[0], "knee-to-chest");
    assert_eq!(
        knee.sides,
        Some(limber_core::profile::SideRecord { left: 1, right: 0 })
    );
    let csv = common::cli::limber(&["history", "--csv"], &path);
    let csv = String::from_utf8_lossy(&csv.stdout);
    let line = csv
        .lines()
        .find(|l| l.contains(",knee-to-chest,"))
        .expect("a knee to chest row");
    assert!(line.ends_with(",1,0"), "holds_left, holds_right: {line}");
}
