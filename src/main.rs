use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use limber::cli::{Cli, Command, Common};
use limber::content::{Library, Sources};
use limber::profile::{self, Store};
use limber::session::engine::MonotonicClock;
use limber::ui;
use limber::{audio, coach, content, figure, prescription, session};

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
        Some(Command::Show {
            routine,
            intensity,
            timeline: true,
        }) => show_timeline(&cli.common, &routine, intensity),
        Some(Command::Show {
            routine, intensity, ..
        }) => show(&cli.common, &routine, intensity),
        Some(Command::Figures { out, icons }) => figures(&cli.common, &out, icons.as_deref()),
        Some(Command::History { csv }) => history(&cli.common, csv),
        Some(Command::SaveLoop { iterations }) => save_loop(&cli.common, iterations),
        Some(Command::Rehearse {
            routine,
            intensity,
            seconds,
            polled,
        }) => rehearse(&cli.common, &routine, intensity, seconds, polled),
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

/// The library for `show --timeline` and `__rehearse`: shipped, user and
/// `--content` folders, problems printed to stderr.
fn library_for_cues(common: &Common) -> Library {
    let (library, problems) = match data_dir(common) {
        Ok(dir) => load_library(common, Some(&dir)),
        Err(_) => load_library(common, None),
    };
    for problem in &problems {
        eprintln!("{problem}");
    }
    library
}

/// The routine's timeline as the player would run it: at `--intensity`
/// with default settings, else with the profile's doses and settings.
fn routine_timeline<'a>(
    common: &Common,
    library: &'a Library,
    routine_id: &str,
    intensity: Option<limber::cli::IntensityArg>,
) -> Result<RoutineTimeline<'a>, String> {
    let Some(routine) = library.routine(routine_id) else {
        let known: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
        return Err(format!(
            "there is no routine \"{routine_id}\"; routines: {}",
            known.join(", ")
        ));
    };
    let (prescribed, settings) = match intensity {
        Some(level) => (
            prescription::prescribe_at(library, routine, level.into()),
            profile::Settings::default(),
        ),
        None => {
            let (store, _) = open_store(common)?;
            let profile = store.current().clone();
            (
                prescription::prescribe(library, routine, &profile),
                profile.settings,
            )
        }
    };
    Ok(RoutineTimeline {
        title: routine.title.clone(),
        timeline: coach::timeline(&prescribed, &settings, coach::options(&settings)),
        exercises: prescribed.iter().map(|p| p.exercise).collect(),
    })
}

struct RoutineTimeline<'a> {
    title: String,
    timeline: coach::Timeline,
    /// In the plan's order (`PlannedPhase::exercise_index`).
    exercises: Vec<&'a content::schema::Exercise>,
}

fn show_timeline(
    common: &Common,
    routine_id: &str,
    intensity: Option<limber::cli::IntensityArg>,
) -> Outcome {
    let library = library_for_cues(common);
    let routine = routine_timeline(common, &library, routine_id, intensity)?;
    let mut out = io::stdout().lock();
    coach::sheet::write_sheet(
        &routine.title,
        &routine.timeline,
        &routine.exercises,
        &mut out,
    )
    .and_then(|()| out.flush())
    .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn rehearse(
    common: &Common,
    routine_id: &str,
    intensity: Option<limber::cli::IntensityArg>,
    seconds: Option<u64>,
    polled: bool,
) -> Outcome {
    let library = library_for_cues(common);
    let timeline = routine_timeline(common, &library, routine_id, intensity)?.timeline;
    let audio = audio::player();
    let speaker = limber::speech::speaker();
    let mut out = io::stdout().lock();
    coach::rehearsal::rehearse(
        timeline,
        audio.as_ref(),
        speaker.as_ref(),
        seconds.map(std::time::Duration::from_secs),
        if polled {
            coach::rehearsal::Pacing::Polled
        } else {
            coach::rehearsal::Pacing::Scheduled
        },
        &mut out,
    )
    .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
