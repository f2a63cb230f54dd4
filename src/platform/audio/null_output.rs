//! A null audio output: a mixer whose samples a thread of its own consumes
//! at the real rate, period by period, as a sound card's callback would,
//! and throws away. With it the whole cue path (scheduling, the worker, the
//! mixer) runs on a machine without a sound card, so cue timing can be
//! measured there (`LIMBER_AUDIO_OUTPUT=null`, `scripts/measure_cues.sh`).

use std::num::NonZero;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rodio::DeviceSinkError;
use rodio::mixer::{self, Mixer};

/// The format the null output mixes to (that of a common sound card).
const CHANNELS: NonZero<u16> = NonZero::new(2).expect("two channels");
const SAMPLE_RATE: NonZero<u32> = NonZero::new(44_100).expect("a sample rate");

/// How much is consumed at a time: 10 ms, a usual device period.
const PERIOD: Duration = Duration::from_millis(10);

pub(crate) struct NullOutput {
    mixer: Mixer,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl NullOutput {
    /// Starts the consuming thread.
    pub(crate) fn start() -> Result<NullOutput, DeviceSinkError> {
        let (mixer, mut source) = mixer::mixer(CHANNELS, SAMPLE_RATE);
        let stop = Arc::new(AtomicBool::new(false));
        let thread_stop = Arc::clone(&stop);
        let samples_per_period = usize::try_from(
            u64::from(SAMPLE_RATE.get()) * u64::from(CHANNELS.get()) * PERIOD.as_millis() as u64
                / 1000,
        )
        .unwrap_or(882);
        let thread = std::thread::Builder::new()
            .name("limber-null-audio".into())
            .spawn(move || {
                let mut next = Instant::now();
                while !thread_stop.load(Ordering::Relaxed) {
                    // An empty mixer yields nothing: that is silence.
                    for _ in 0..samples_per_period {
                        if source.next().is_none() {
                            break;
                        }
                    }
                    next += PERIOD;
                    std::thread::sleep(next.saturating_duration_since(Instant::now()));
                }
            })
            .map_err(|_| DeviceSinkError::NoDevice)?;
        Ok(NullOutput {
            mixer,
            stop,
            thread: Some(thread),
        })
    }

    pub(crate) fn mixer(&self) -> &Mixer {
        &self.mixer
    }
}

impl Drop for NullOutput {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
