//! Command-line interface: `limber` opens the app; subcommands check and
//! print content, render figures and print history.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use crate::session::dose::Intensity;

#[derive(Debug, Parser)]
#[command(
    name = "limber",
    version,
    about = "Guided home exercises for lower-back and hip pain",
    long_about = "Guided home exercises for lower-back and hip pain: illustrated step cards, \
                  a ring timer for each hold, a chime when it ends.\n\n\
                  Run without a subcommand to open the app."
)]
pub struct Cli {
    #[command(flatten)]
    pub common: Common,

    /// Open straight into this routine's screen (e.g. `lower-back`); Enter starts it.
    #[arg(long, value_name = "ID")]
    pub routine: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options shared by the app and the subcommands.
#[derive(Debug, Args, Clone, Default)]
pub struct Common {
    /// Use this profile (by name; created if it does not exist).
    #[arg(long, value_name = "NAME", global = true)]
    pub profile: Option<String>,

    /// Keep profiles, settings and history in DIR (also: LIMBER_DATA_DIR).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Load extra content from DIR, adding to or overriding the shipped content by id.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a content folder and print every problem with file:line:col.
    Check {
        /// The folder to check (default: the shipped content).
        dir: Option<PathBuf>,
    },
    /// Print a routine as you would read it on paper, with its total time.
    Show {
        /// Routine id, e.g. `lower-back`, `hips`, `full`.
        routine: String,
        /// Intensity to resolve the doses at (default: the profile's choices).
        #[arg(long, value_enum)]
        intensity: Option<IntensityArg>,
        /// Print the cue sheet instead: every phase with its start offset,
        /// the sounds and the coach's words, and the total.
        #[arg(long)]
        timeline: bool,
    },
    /// Render every pose of the loaded content to PNG files.
    Figures {
        /// Folder to write `<pose id>.png` files into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Also write the app icon in every size into DIR.
        #[arg(long, value_name = "DIR")]
        icons: Option<PathBuf>,
    },
    /// Print a profile's session history.
    History {
        /// Comma-separated values for a spreadsheet or a clinician.
        #[arg(long)]
        csv: bool,
    },
    /// Save a profile in a loop (used by the crash-safety stress test).
    #[command(name = "__save-loop", hide = true)]
    SaveLoop {
        /// Stop after this many saves (default: until killed).
        #[arg(long)]
        iterations: Option<u64>,
    },
    /// Run a routine's cues against the real clock without a window, on the
    /// real audio and speech workers (used by scripts/measure_cues.sh; set
    /// RUST_LOG=limber::cues=debug to see each cue's lateness).
    #[command(name = "__rehearse", hide = true)]
    Rehearse {
        /// Routine id, e.g. `lower-back`.
        routine: String,
        /// Intensity to resolve the doses at (default: the profile's choices).
        #[arg(long, value_enum)]
        intensity: Option<IntensityArg>,
        /// Stop after this many seconds (default: the whole routine).
        #[arg(long, value_name = "SECONDS")]
        seconds: Option<u64>,
        /// Play each cue when the screen's tick notices it is due (the way
        /// the player did before cues were scheduled), for comparison.
        #[arg(long)]
        polled: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum IntensityArg {
    Gentle,
    Standard,
    Strong,
}

impl From<IntensityArg> for Intensity {
    fn from(arg: IntensityArg) -> Self {
        match arg {
            IntensityArg::Gentle => Intensity::Gentle,
            IntensityArg::Standard => Intensity::Standard,
            IntensityArg::Strong => Intensity::Strong,
        }
    }
}
