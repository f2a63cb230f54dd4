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
    /// Print the weekly plan and this week's progress; change the plan;
    /// export it to a calendar; start reminders at login.
    #[command(args_conflicts_with_subcommands = true)]
    Plan {
        #[command(subcommand)]
        action: Option<PlanAction>,
        /// Print the plan as an iCalendar file (`limber plan --ics > limber.ics`).
        #[arg(long, conflicts_with = "autostart")]
        ics: bool,
        /// Start the reminders (`limber remind`) at login, or stop doing so.
        #[arg(long, value_enum, value_name = "on|off")]
        autostart: Option<Switch>,
    },
    /// Run with no window and show the plan's reminders (what "start at
    /// login" runs). Stop it with Ctrl+C.
    Remind,
}

/// `limber plan add` and `limber plan remove`.
#[derive(Debug, Subcommand)]
pub enum PlanAction {
    /// Plan a routine on some days at a time of day (replaces its earlier
    /// days and time).
    Add {
        /// Routine id, e.g. `lower-back`, `hips`, `full`.
        routine: String,
        /// Days: `mon,wed,fri`, `mon-fri`, `weekends`, `daily`.
        #[arg(long, default_value = "daily")]
        days: crate::schedule::Days,
        /// Local time of day, 24-hour: `08:00`.
        #[arg(long, value_name = "HH:MM")]
        at: crate::schedule::TimeOfDay,
    },
    /// Take a routine out of the plan.
    Remove {
        /// Routine id.
        routine: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
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
