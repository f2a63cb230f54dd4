//! The real rodio player on whatever this machine has. On a machine without
//! a sound card (CI, servers) it must go quiet after one warning; on one with
//! a card it must open it. Either way nothing panics and nothing blocks.
//!
//! One test in this file on purpose: it installs a global log subscriber to
//! count warnings, and the worker thread logs through the global one.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use limber::platform::audio::{OutputState, RodioPlayer, player};
use limber_core::sound::{Cue, CuePlayer, SilentPlayer};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

struct CountWarnings(Arc<AtomicUsize>);

impl<S: Subscriber> Layer<S> for CountWarnings {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        if *meta.level() == Level::WARN && meta.target().starts_with("limber::platform::audio") {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn play_everything(player: &dyn CuePlayer) -> Duration {
    let start = Instant::now();
    player.prepare();
    player.set_volume(0.3);
    for _ in 0..3 {
        for cue in Cue::ALL {
            player.play(cue);
        }
    }
    start.elapsed()
}

#[test]
fn rodio_player_never_panics_or_blocks_with_or_without_a_device() {
    let warnings = Arc::new(AtomicUsize::new(0));
    let subscriber = tracing_subscriber::registry()
        .with(CountWarnings(Arc::clone(&warnings)))
        .with(tracing_subscriber::fmt::layer().with_test_writer());
    tracing::subscriber::set_global_default(subscriber).expect("first and only subscriber");

    let rodio = RodioPlayer::new().expect("a thread can be spawned");
    let took = play_everything(&rodio);
    assert!(
        took < Duration::from_millis(100),
        "play blocked for {took:?}"
    );

    // The worker settles: the device opens, or it finds there is none.
    let start = Instant::now();
    while rodio.output_state() == OutputState::Closed && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let state = rodio.output_state();
    eprintln!("output state on this machine: {state:?}");
    match state {
        OutputState::Unavailable => {
            // Exactly one warning, however many cues were asked for.
            let took = play_everything(&rodio);
            assert!(
                took < Duration::from_millis(100),
                "play blocked for {took:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
            assert_eq!(warnings.load(Ordering::SeqCst), 1);
        }
        OutputState::Open => assert_eq!(warnings.load(Ordering::SeqCst), 0),
        OutputState::Closed => panic!("the audio worker did not settle within 20 s"),
    }

    rodio.set_muted(true);
    let took = play_everything(&rodio);
    assert!(
        took < Duration::from_millis(100),
        "muted play blocked for {took:?}"
    );

    // Dropping never waits for the device (it may let a cue ring out on the
    // worker thread, but not on the caller's).
    let start = Instant::now();
    drop(rodio);
    assert!(start.elapsed() < Duration::from_millis(100));

    // The boxed constructor the shell uses behaves the same way.
    let boxed = player();
    let took = play_everything(boxed.as_ref());
    assert!(
        took < Duration::from_millis(100),
        "boxed play blocked for {took:?}"
    );

    // And the silent player is, well, silent and instant.
    let took = play_everything(&SilentPlayer);
    assert!(took < Duration::from_millis(10));
}
