//! The real speaker on whatever this machine has. With Speech Dispatcher
//! and a voice it connects and lists voices; without (CI, servers) it must
//! report why after one warning. Either way nothing panics and no call
//! waits for the speech service.
//!
//! One test in this file on purpose: it installs a global log subscriber to
//! count warnings, and the worker thread logs through the global one.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use limber::platform::speech::{TtsSpeaker, speaker};
use limber_core::speech::{Availability, Speaker};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

struct CountWarnings(Arc<AtomicUsize>);

impl<S: Subscriber> Layer<S> for CountWarnings {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        if *meta.level() == Level::WARN && meta.target().starts_with("limber::platform::speech") {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Calls everything but `say` (a test must not talk), many times.
fn use_everything(speaker: &dyn Speaker) -> Duration {
    let start = Instant::now();
    for _ in 0..50 {
        speaker.say_at(Instant::now() + Duration::from_secs(3600), "not yet");
        speaker.set_rate(1.2);
        speaker.set_volume(0.8);
        speaker.stop();
        let _ = speaker.voices();
        let _ = speaker.availability();
    }
    start.elapsed()
}

#[test]
fn the_real_speaker_never_blocks_and_reports_a_missing_voice_once() {
    let warnings = Arc::new(AtomicUsize::new(0));
    let subscriber = tracing_subscriber::registry()
        .with(CountWarnings(Arc::clone(&warnings)))
        .with(tracing_subscriber::fmt::layer().with_test_writer());
    tracing::subscriber::set_global_default(subscriber).expect("first and only subscriber");

    let real = TtsSpeaker::new().expect("a thread can be spawned");
    let took = use_everything(&real);
    assert!(
        took < Duration::from_millis(100),
        "a call blocked: {took:?}"
    );

    let start = Instant::now();
    while real.availability() == Availability::Starting && start.elapsed() < Duration::from_secs(20)
    {
        std::thread::sleep(Duration::from_millis(10));
    }
    let availability = real.availability();
    eprintln!("speech on this machine: {availability:?}");
    match &availability {
        Availability::Ready => {
            // A service that lists no voice is reported as no voice.
            assert!(!real.voices().is_empty(), "Ready with no voice");
            assert_eq!(warnings.load(Ordering::SeqCst), 0);
            assert_eq!(availability.notice(), None);
        }
        Availability::Unavailable(reason) => {
            let took = use_everything(&real);
            assert!(
                took < Duration::from_millis(100),
                "a call blocked: {took:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
            assert_eq!(warnings.load(Ordering::SeqCst), 1, "one warning");
            let notice = availability.notice().expect("a notice");
            assert!(notice.contains(reason.as_str()), "{notice}");
        }
        Availability::Starting => panic!("the speech worker did not settle within 20 s"),
    }

    let start = Instant::now();
    drop(real);
    assert!(start.elapsed() < Duration::from_millis(100), "drop blocked");

    // The boxed constructor the shell uses behaves the same way.
    let boxed = speaker();
    let took = use_everything(boxed.as_ref());
    assert!(
        took < Duration::from_millis(100),
        "a call blocked: {took:?}"
    );
}
