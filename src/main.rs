use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use limber::cli::{Cli, Command, Common};
use limber::content::{Library, Sources};
use limber::profile::{self, Notice, Store, StoreError};
use limber::session::engine::MonotonicClock;
use limber::ui;
use limber::{audio, content, figure, prescription, session};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "limber=info,warn".into()),
        )
        .with_writer(io::stderr)
        .init();

    let cli = Cli::parse();
    let result = match cli.command {
        None => run_app(&cli.common, cli.routine),
        Some(Command::Check { dir }) => check(dir.as_deref()),
        Some(Command::Show { routine, intensity }) => show(&cli.common, &routine, intensity),
        Some(Command::Figures { out, icons }) => figures(&cli.common, &out, icons.as_deref()),
        Some(Command::History { csv }) => history(&cli.common, csv),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("limber: {message}");
            ExitCode::FAILURE
        }
    }
}

type Outcome = Result<ExitCode, String>;

fn data_dir(common: &Common) -> Result<std::path::PathBuf, String> {
    profile::resolve_data_dir(common.data_dir.clone()).map_err(|e| e.to_string())
}

/// The shipped content, the user's content folder, then `--content DIR`.
fn load_library(
    common: &Common,
    data_dir: Option<&std::path::Path>,
) -> (Library, Vec<content::Problem>) {
    Library::load(&Sources {
        user_dir: data_dir.map(|dir| dir.join("content")),
        extra_dir: common.content.clone(),
    })
}

fn open_store(common: &Common) -> Result<(Store, Vec<Notice>), String> {
    let dir = data_dir(common)?;
    let (mut store, mut notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    if let Some(name) = &common.profile {
        store
            .switch_to_name(name, true)
            .map_err(|e| e.to_string())?;
        notices.extend(store.take_notices());
    }
    Ok((store, notices))
}

/// The exit code of a command that did its work but had to set some of the
/// person's data aside (a file or records it could not read; the messages
/// on stderr say which and where the file was kept).
const SET_ASIDE: u8 = 2;

/// Prints the store's notices on stderr; true when any set data aside.
fn print_notices(notices: &[Notice]) -> bool {
    for notice in notices {
        eprintln!("limber: {notice}");
    }
    notices.iter().any(Notice::sets_data_aside)
}

fn finished(set_aside: bool) -> ExitCode {
    if set_aside {
        ExitCode::from(SET_ASIDE)
    } else {
        ExitCode::SUCCESS
    }
}

/// Whether writing failed because the reader went away (`limber history |
/// head`): not worth a message.
fn reader_gone(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
}

fn run_app(common: &Common, routine: Option<String>) -> Outcome {
    let (store, notices) = open_store(common)?;
    let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
    let (library, problems) = load_library(common, Some(store.data_dir()));
    for problem in &problems {
        tracing::warn!("content: {problem}");
    }
    if !problems.is_empty() {
        notices.push(format!(
            "{} problem{} in the exercise content; what was valid is loaded. First: {}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems[0]
        ));
    }
    let options = ui::Options {
        library,
        store,
        notices,
        audio: audio::player(),
        clock: Arc::new(MonotonicClock),
        routine,
    };
    ui::run(options).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn check(dir: Option<&std::path::Path>) -> Outcome {
    let mut out = io::stdout().lock();
    let outcome = content::check(dir, &mut out).map_err(|e| e.to_string())?;
    Ok(if outcome.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn show(
    common: &Common,
    routine_id: &str,
    intensity: Option<limber::cli::IntensityArg>,
) -> Outcome {
    let (library, problems) = match data_dir(common) {
        Ok(dir) => load_library(common, Some(&dir)),
        Err(_) => load_library(common, None),
    };
    for problem in &problems {
        eprintln!("{problem}");
    }
    let Some(routine) = library.routine(routine_id) else {
        let known: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
        return Err(format!(
            "there is no routine \"{routine_id}\"; routines: {}",
            known.join(", ")
        ));
    };
    // Without --intensity, the doses are the profile's own.
    let mut set_aside = false;
    let (prescribed, settings) = match intensity {
        Some(level) => (
            prescription::prescribe_at(&library, routine, level.into()),
            profile::Settings::default(),
        ),
        None => {
            let (store, notices) = open_store(common)?;
            set_aside = print_notices(&notices);
            let profile = store.current().clone();
            (
                prescription::prescribe(&library, routine, &profile),
                profile.settings,
            )
        }
    };
    let exercises = prescription::doses(&prescribed);
    let mut out = io::stdout().lock();
    let written = session::describe::describe(
        routine,
        &exercises,
        &prescription::timings(&settings),
        &mut out,
    )
    .and_then(|()| out.flush());
    match written {
        Err(error) if !reader_gone(&error) => Err(error.to_string()),
        _ => Ok(finished(set_aside)),
    }
}

fn figures(common: &Common, out: &std::path::Path, icons: Option<&std::path::Path>) -> Outcome {
    let (library, problems) = load_library(common, None);
    for problem in &problems {
        eprintln!("{problem}");
    }
    let poses: Vec<figure::Pose> = library.poses().values().cloned().collect();
    let written = figure::render_all(&poses, out).map_err(|e| e.to_string())?;
    println!("{} figures written to {}", written.len(), out.display());
    if let Some(dir) = icons {
        let written = figure::write_icons(dir).map_err(|e| e.to_string())?;
        println!("{} icon files written to {}", written.len(), dir.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn history(common: &Common, csv: bool) -> Outcome {
    let dir = data_dir(common)?;
    let (mut store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    let mut set_aside = print_notices(&notices);
    // Buffered: a terminal's line buffering made 100,000 rows slow.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = limber::report::history::history_command(
        &mut store,
        common.profile.as_deref(),
        csv,
        &mut out,
    )
    .and_then(|()| out.flush().map_err(StoreError::Output));
    set_aside |= print_notices(&store.take_notices());
    match written {
        Err(StoreError::Output(error)) if reader_gone(&error) => Ok(finished(set_aside)),
        Err(error) => Err(error.to_string()),
        Ok(()) => Ok(finished(set_aside)),
    }
}
