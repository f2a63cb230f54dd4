//! A routine's cues run against the real clock without a window, on the
//! real audio and speech workers, as the player would run them; each cue is
//! logged with its lateness (`RUST_LOG=limber::cues=debug`). Used by
//! `scripts/measure_cues.sh` and `scripts/voice_to_wav.sh`.
//!
//! `cargo run --release --example rehearse -- lower-back --intensity gentle
//! [--seconds 60] [--polled] [--data-dir DIR] [--content DIR]`

use std::io;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use limber::cli::IntensityArg;
use limber::cli::env::{Env, find_routine};
use limber::platform;
use limber_core::coach;
use limber_core::coach::rehearsal::{Pacing, rehearse};

#[derive(Debug, Parser)]
struct Args {
    #[command(flatten)]
    common: limber::cli::Common,
    /// Routine id, e.g. `lower-back`.
    routine: String,
    /// Intensity to resolve the doses at (default: the profile's choices).
    #[arg(long, value_enum)]
    intensity: Option<IntensityArg>,
    /// Stop after this many seconds (default: the whole routine).
    #[arg(long, value_name = "SECONDS")]
    seconds: Option<u64>,
    /// Play each cue when a polling loop notices it is due (the way the
    /// player did before cues were scheduled), for comparison.
    #[arg(long)]
    polled: bool,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "limber=info,limber_core=info,warn".into()),
        )
        .with_writer(io::stderr)
        .init();
    let args = Args::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("rehearse: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let mut env = Env::new(args.common);
    let library = env.take_library();
    let routine = find_routine(&library, &args.routine)?;
    let (prescribed, settings) = match args.intensity {
        Some(level) => (
            limber_core::prescription::prescribe_at(&library, routine, level.into()),
            limber_core::profile::Settings::default(),
        ),
        None => {
            let profile = env.profile_whole()?;
            (
                limber_core::prescription::prescribe(&library, routine, &profile),
                profile.settings,
            )
        }
    };
    let timeline = coach::timeline(&prescribed, &settings, coach::options(&settings));
    let audio = platform::audio::player();
    let speaker = platform::speech::speaker();
    rehearse(
        timeline,
        audio.as_ref(),
        speaker.as_ref(),
        args.seconds.map(Duration::from_secs),
        if args.polled {
            Pacing::Polled
        } else {
            Pacing::Scheduled
        },
        &mut io::stdout().lock(),
    )
    .map(|_| ())
    .map_err(|e| e.to_string())
}
