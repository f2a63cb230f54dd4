//! Command-line interface: `limber` opens the app; subcommands check and
//! print content, render figures and print history.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use limber_core::session::dose::Intensity;

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
    /// Use this profile, by name. The app creates it when there is none
    /// (a desktop shortcut for a new person); the other commands only use
    /// an existing one.
    #[arg(long, value_name = "NAME", global = true)]
    pub profile: Option<String>,

    /// Keep profiles, settings and history in DIR (also: LIMBER_DATA_DIR).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Load extra content from DIR, adding to or overriding the shipped content by id.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// The language of the window, the coach, the papers and the output,
    /// e.g. `es`, `pt-BR`, `en-XA` (also: LIMBER_LANG; default: the
    /// system's language, and in the window the profile's choice first).
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a content folder and print every problem with file:line:col.
    Check {
        /// The folder to check (default: the shipped content).
        dir: Option<PathBuf>,
        /// Check the translations too: for each language, the catalogues
        /// and the content's translations, what is wrong and what is not
        /// translated yet.
        #[arg(long)]
        translations: bool,
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
    #[command(group = clap::ArgGroup::new("outputs").required(true).multiple(true))]
    Figures {
        /// Folder to write `<pose id>.png` files into.
        #[arg(long, value_name = "DIR", group = "outputs")]
        out: Option<PathBuf>,
        /// Also write the app icon in every size into DIR.
        #[arg(long, value_name = "DIR", group = "outputs")]
        icons: Option<PathBuf>,
        /// Write the pictures of the authors' guide (angle conventions, body
        /// parts) into DIR.
        #[arg(long, value_name = "DIR", group = "outputs")]
        docs: Option<PathBuf>,
        /// Keep running and render the poses again whenever a file of the
        /// content folders is saved (Ctrl+C stops).
        #[arg(long, requires = "out")]
        watch: bool,
    },
    /// Print a profile's session history.
    History {
        /// Comma-separated values for a spreadsheet or a clinician.
        #[arg(long)]
        csv: bool,
    },
    /// Print a routine sheet to a PDF: figures, steps, cautions, your doses and the safety basics.
    Print {
        /// Routine id, e.g. `lower-back`, `hips`, `full`.
        routine: String,
        /// Print the doses of this intensity for every exercise (default: the profile's choices).
        #[arg(long, value_enum)]
        intensity: Option<IntensityArg>,
        /// Paper size (default: Letter in US/Canada/Mexico/Philippines locales, else A4).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write a visit report for a physiotherapist: sessions per week, pain, doses, what was not done.
    Report {
        /// First day of the period, YYYY-MM-DD (default: eight weeks before --to).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last day of the period, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// Paper size for the PDF (default: by locale, as for `print`).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// Write CSV instead of PDF (also chosen by an --out name ending in .csv); to stdout without --out.
        #[arg(long)]
        csv: bool,
        /// The file to write (.pdf or .csv).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Export a routine with the profile's doses as a content pack (a folder, or a .zip).
    #[command(name = "export-routine")]
    ExportRoutine {
        /// Routine id, e.g. `lower-back`.
        routine: String,
        /// The folder to create (must not exist or be empty), or a file ending in .zip.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Who made the pack (shown to the person who imports it).
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
        /// The pack's version, e.g. `2`.
        #[arg(long, value_name = "TEXT")]
        pack_version: Option<String>,
        /// When a clinician last reviewed it, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        reviewed: Option<String>,
    },
    /// Import a content pack (a folder or a .zip) into the data folder's content, after checking it.
    Import {
        /// The pack folder or .zip file.
        pack: PathBuf,
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
    /// Print the completion script for a shell, e.g.
    /// `limber completions bash > ~/.local/share/bash-completion/completions/limber`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
}

/// Where the person's data lives and what changes it: the end of `limber
/// --help` and the man page's FILES and ENVIRONMENT. The folders are those
/// of `directories::ProjectDirs::from("", "", "Limber")` (see `profile`).
const DATA_FOLDERS: [(&str, &str); 3] = [
    (
        "Linux",
        "~/.local/share/limber ($XDG_DATA_HOME/limber when that is set)",
    ),
    ("macOS", "~/Library/Application Support/Limber"),
    ("Windows", "%APPDATA%\\Limber\\data"),
];
const DATA_FOLDER_HOLDS: [&str; 2] = [
    "Profiles, settings, history, plans and added content live in the data folder.",
    "Removing the app leaves this folder alone.",
];
const ENVIRONMENT: [(&str, &str); 3] = [
    (
        "LIMBER_DATA_DIR",
        "use this data folder instead (--data-dir wins over it)",
    ),
    (
        "LIMBER_LANG",
        "use this language, e.g. es or pt-BR (--lang wins over it)",
    ),
    (
        "RUST_LOG",
        "log detail on stderr, e.g. RUST_LOG=limber=debug",
    ),
];

fn files_and_environment_help() -> String {
    let mut help = "Files:\n".to_owned();
    for line in DATA_FOLDER_HOLDS {
        help += &format!("  {line}\n");
    }
    for (platform, folder) in DATA_FOLDERS {
        help += &format!("  {platform:<9}{folder}\n");
    }
    help += "\nEnvironment:\n";
    for (name, meaning) in ENVIRONMENT {
        help += &format!("  {name:<17}{meaning}\n");
    }
    help
}

/// The whole command line, as `--help` describes it.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command().after_long_help(files_and_environment_help())
}

/// Reads the process's arguments (exits with clap's message on bad ones).
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|error| error.exit())
}

/// Writes the completion script for `shell` (what `limber completions`
/// prints). The script is made in memory first: clap_complete panics when
/// its output fails, and a closed pipe (`| head`) must be an error instead.
pub fn write_completions(
    shell: clap_complete::Shell,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(), "limber", &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// Writes the man pages into `dir`: `limber.1` with the data folders and
/// the environment, and one page for each subcommand a person uses
/// (`limber-check.1`, `limber-plan-add.1`, …), from the same definitions
/// as `--help`.
pub fn write_man_pages(dir: &std::path::Path) -> std::io::Result<()> {
    let mut top = command().disable_help_subcommand(true);
    top.build();
    for sub in top.get_subcommands() {
        clap_mangen::generate_to(sub.clone(), dir)?;
    }
    let man = clap_mangen::Man::new(top);
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    man.render_subcommands_section(&mut page)?;
    page.extend(files_and_environment_roff().as_bytes());
    man.render_version_section(&mut page)?;
    std::fs::write(dir.join(man.get_filename()), page)
}

fn files_and_environment_roff() -> String {
    use roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    roff.control("SH", ["FILES"]);
    roff.text([roman(DATA_FOLDER_HOLDS.join(" "))]);
    for (platform, folder) in DATA_FOLDERS {
        roff.control("TP", []);
        roff.text([bold(platform)]);
        roff.text([roman(folder)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(meaning)]);
    }
    roff.to_roff()
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
        days: limber_core::schedule::Days,
        /// Local time of day, 24-hour: `08:00`.
        #[arg(long, value_name = "HH:MM")]
        at: limber_core::schedule::TimeOfDay,
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

/// Paper sizes for `print` and `report`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for limber_core::paper::Paper {
    fn from(arg: PaperArg) -> Self {
        match arg {
            PaperArg::A4 => limber_core::paper::Paper::A4,
            PaperArg::Letter => limber_core::paper::Paper::Letter,
        }
    }
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
