//! The spoken coach's voice for real: the platform's text-to-speech (the
//! `tts` crate) on a worker thread of its own, behind the core's
//! [`Speaker`] trait.
//!
//! [`TtsSpeaker`] runs the engine on its worker, which connects at start,
//! speaks lines when they are due and cuts them on [`Speaker::stop`]. When
//! there is no voice the worker logs one warning and
//! [`Speaker::availability`] says why.

use limber_core::speech::{SilentSpeaker, Speaker};

mod tts_engine;
mod worker;

pub use worker::{SpawnError, TtsSpeaker};

/// The best speaker this machine can have: the platform's speech on a
/// worker thread, or a silent one if even the thread cannot be started.
/// (A missing speech service is found out later, on the worker:
/// [`Speaker::availability`] then says so.)
///
/// `LIMBER_SPEECH=off` gives a silent speaker; `LIMBER_SPEECH=null` the
/// real worker with an engine that says nothing (for measuring cue timing
/// without a speech service); unset or any other value (`on`) the
/// platform's speech.
pub fn speaker() -> Box<dyn Speaker> {
    let choice = std::env::var("LIMBER_SPEECH").unwrap_or_default();
    let made = match choice.as_str() {
        "off" => return Box::new(SilentSpeaker::new("LIMBER_SPEECH=off")),
        "null" => {
            tracing::info!("LIMBER_SPEECH=null: spoken lines go to a null engine");
            TtsSpeaker::with_null_engine()
        }
        _ => TtsSpeaker::new(),
    };
    match made {
        Ok(speaker) => Box::new(speaker),
        Err(err) => {
            tracing::warn!("{err}; the spoken coach is off");
            Box::new(SilentSpeaker::new(&err.to_string()))
        }
    }
}
