//! `limber history [--profile NAME] [--csv]`: a profile's sessions as a
//! table or as CSV. Never creates a profile other than the first-run "Me".

use std::io::{self, Write};

use limber_core::export::history::write_history;
use limber_core::terminal::Escaping;

use super::env::{Env, Outcome, reader_gone};

pub fn run(env: &mut Env, csv: bool) -> Outcome {
    let mut store = env.store()?;
    let chosen = env.profile(&store)?;
    let records = store.history(&chosen.id).map_err(|e| e.to_string());
    env.notices(&store.take_notices());
    let records = records?;
    // Buffered: a terminal's line buffering made 100,000 rows slow. The
    // CSV's own line ends are CRLF.
    let escaping = if csv {
        Escaping::csv(io::stdout().lock())
    } else {
        Escaping::new(io::stdout().lock())
    };
    let mut out = io::BufWriter::new(escaping);
    let written = write_history(&records, csv, &mut out).and_then(|()| out.flush());
    match written {
        Err(error) if !reader_gone(&error) => Err(error.to_string()),
        _ => env.done(),
    }
}
