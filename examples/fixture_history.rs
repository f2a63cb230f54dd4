//! Made-up sessions in a profile's history, with the doses and a weekly
//! plan to measure them against, for trying the visit report by hand and
//! in `scripts/dialog_check.sh`.
//!
//! `cargo run --example fixture_history -- --data-dir DIR --profile Anna
//! [--sessions 30] [--seed 17]`

use std::process::ExitCode;

use clap::Parser;
use limber::cli::env::Env;
use limber_core::paper::fixture;
use limber_core::time;

#[derive(Debug, Parser)]
struct Args {
    #[command(flatten)]
    common: limber::cli::Common,
    /// How many sessions.
    #[arg(long, default_value_t = 30)]
    sessions: u32,
    /// Seed for the made-up data.
    #[arg(long, default_value_t = 17)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("fixture_history: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let mut env = Env::new(args.common);
    let (mut store, _) = env.store_for_app()?;
    let library = env.take_library();
    let end = time::unix_now().saturating_sub(3 * 60 * 60);
    let added = fixture::fill_profile(&mut store, &library, args.sessions, args.seed, end)
        .map_err(|e| e.to_string())?;
    println!(
        "{added} made-up sessions added to {}'s history",
        store.current().name
    );
    Ok(())
}
