use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use limber::cli::{Cli, Command, Common};
use limber::content::{Library, Sources};
use limber::profile::{self, Store};
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
        Some(Command::SaveLoop { iterations }) => save_loop(&cli.common, iterations),
        Some(Command::Plan {
            action,
            ics,
            autostart,
        }) => plan(&cli.common, action, ics, autostart),
        Some(Command::Remind) => remind(&cli.common),
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

fn open_store(common: &Common) -> Result<(Store, Vec<String>), String> {
    let dir = data_dir(common)?;
    let (mut store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
    if let Some(name) = &common.profile {
        store
            .switch_to_name(name, true)
            .map_err(|e| e.to_string())?;
        notices.extend(store.take_notices().iter().map(ToString::to_string));
    }
    Ok((store, notices))
}

fn run_app(common: &Common, routine: Option<String>) -> Outcome {
    let (store, mut notices) = open_store(common)?;
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
    ui::run(options).map_err(|e| format!("the window could not be opened: {e}"))?;
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
    let (prescribed, settings) = match intensity {
        Some(level) => (
            prescription::prescribe_at(&library, routine, level.into()),
            profile::Settings::default(),
        ),
        None => {
            let (store, _) = open_store(common)?;
            let profile = store.current().clone();
            (
                prescription::prescribe(&library, routine, &profile),
                profile.settings,
            )
        }
    };
    let exercises: Vec<_> = prescribed.iter().map(|p| (p.exercise, p.dose)).collect();
    let mut out = io::stdout().lock();
    session::describe::describe(
        routine,
        &exercises,
        &prescription::timings(&settings),
        &mut out,
    )
    .map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
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
    for notice in notices {
        eprintln!("limber: {notice}");
    }
    let mut out = io::stdout().lock();
    profile::history_command(&mut store, common.profile.as_deref(), csv, &mut out)
        .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn save_loop(common: &Common, iterations: Option<u64>) -> Outcome {
    let dir = data_dir(common)?;
    profile::save_loop(&dir, iterations).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

// ----------------------------------------------------------------------------
// Issue 14: `limber plan` and `limber remind`
// ----------------------------------------------------------------------------

/// The store for a subcommand that must not create the `--profile` it is
/// given (unlike the app): `--profile` is looked up by the command.
fn open_store_without_switching(common: &Common) -> Result<Store, String> {
    let dir = data_dir(common)?;
    let (store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    for notice in notices {
        eprintln!("limber: {notice}");
    }
    Ok(store)
}

fn plan(
    common: &Common,
    action: Option<limber::cli::PlanAction>,
    ics: bool,
    autostart: Option<limber::cli::Switch>,
) -> Outcome {
    use limber::cli::{PlanAction, Switch};
    use limber::schedule::command;

    if let Some(switch) = autostart {
        return plan_autostart(common, switch == Switch::On);
    }
    let mut store = open_store_without_switching(common)?;
    let (library, problems) = load_library(common, Some(store.data_dir()));
    for problem in &problems {
        tracing::warn!("content: {problem}");
    }
    let now = chrono::Local::now();
    let profile = common.profile.as_deref();
    let mut out = io::stdout().lock();
    let result = match action {
        None if ics => command::ics(&mut store, &library, profile, &now, &mut out),
        None => command::show(&mut store, &library, profile, &now, &mut out),
        Some(PlanAction::Add { routine, days, at }) => command::add(
            &mut store, &library, profile, &routine, days, at, &now, &mut out,
        ),
        Some(PlanAction::Remove { routine }) => {
            command::remove(&mut store, &library, profile, &routine, &mut out)
        }
    };
    result.map_err(|e| e.to_string())?;
    for notice in store.take_notices() {
        eprintln!("limber: {notice}");
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// `limber plan --autostart on|off`: the login entry runs `limber remind`
/// with the same data folder and content as this command.
fn plan_autostart(common: &Common, on: bool) -> Outcome {
    use limber::schedule::autostart;
    if !on {
        let removed = autostart::disable().map_err(|e| e.to_string())?;
        println!("Reminders will no longer start at login (removed {removed}).");
        return Ok(ExitCode::SUCCESS);
    }
    let exe = std::env::current_exe().map_err(|e| format!("finding this program: {e}"))?;
    let mut args = Vec::new();
    // The login session has neither our command line nor our environment:
    // pass a data folder or content chosen here explicitly, as absolute paths.
    let env_dir = std::env::var_os("LIMBER_DATA_DIR").filter(|v| !v.is_empty());
    if common.data_dir.is_some() || env_dir.is_some() {
        args.extend(["--data-dir".to_owned(), absolute(&data_dir(common)?)]);
    }
    if let Some(content) = &common.content {
        args.extend(["--content".to_owned(), absolute(content)]);
    }
    args.push("remind".to_owned());
    let written =
        autostart::enable(&autostart::AutostartCommand { exe, args }).map_err(|e| e.to_string())?;
    println!("Reminders will start at login ({written}).");
    println!("To have them now, without logging in again: limber remind &");
    Ok(ExitCode::SUCCESS)
}

fn absolute(path: &std::path::Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

fn remind(common: &Common) -> Outcome {
    let dir = data_dir(common)?;
    let launcher = limber::schedule::background::AppLauncher {
        exe: std::env::current_exe().map_err(|e| format!("finding this program: {e}"))?,
        data_dir: std::path::PathBuf::from(absolute(&dir)),
        content: common.content.as_deref().map(|c| absolute(c).into()),
    };
    let common = common.clone();
    let content_dir = dir.clone();
    limber::schedule::background::run(&dir, launcher, move || {
        let (library, problems) = load_library(&common, Some(&content_dir));
        for problem in &problems {
            tracing::warn!("content: {problem}");
        }
        library
    })?;
    Ok(ExitCode::SUCCESS)
}
