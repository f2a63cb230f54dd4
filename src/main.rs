use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;

use limber::cli::{Command, Common};
use limber::content::{Library, Sources};
use limber::profile::{self, Notice, Store, StoreError};
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

    let cli = limber::cli::parse();
    if matches!(cli.command, None | Some(Command::Remind)) {
        leave_own_console();
    }
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
        Some(Command::Figures {
            out,
            icons,
            docs,
            watch,
        }) => figures(
            &cli.common,
            out.as_deref(),
            icons.as_deref(),
            docs.as_deref(),
            watch,
        ),
        Some(Command::History { csv }) => history(&cli.common, csv),
        Some(Command::Print {
            routine,
            intensity,
            paper,
            out,
        }) => print_sheet(&cli.common, &routine, intensity, paper, &out),
        Some(Command::Report {
            from,
            to,
            paper,
            csv,
            out,
        }) => report(&cli.common, from, to, paper, csv, out.as_deref()),
        Some(Command::ExportRoutine {
            routine,
            out,
            author,
            pack_version,
            reviewed,
        }) => export_routine(
            &cli.common,
            &routine,
            &out,
            limber::content::pack::Manifest {
                author,
                version: pack_version,
                reviewed,
            },
        ),
        Some(Command::Import { pack }) => import_pack(&cli.common, &pack),
        #[cfg(feature = "testing")]
        Some(Command::FixtureHistory { sessions, seed }) => {
            fixture_history(&cli.common, sessions, seed)
        }
        Some(Command::Rehearse {
            routine,
            intensity,
            seconds,
            polled,
        }) => rehearse(&cli.common, &routine, intensity, seconds, polled),
        Some(Command::Plan {
            action,
            ics,
            autostart,
        }) => plan(&cli.common, action, ics, autostart),
        Some(Command::Remind) => remind(&cli.common),
        Some(Command::Completions { shell }) => {
            limber::cli::write_completions(shell, &mut std::io::stdout().lock())
                .map(|()| ExitCode::SUCCESS)
                .map_err(|error| format!("writing the completions: {error}"))
        }
    };
    match result {
        // Done, but some of the person's data could not be read and was
        // set aside (the messages above say where).
        Ok(code)
            if code == ExitCode::SUCCESS
                && DATA_SET_ASIDE.load(std::sync::atomic::Ordering::SeqCst) =>
        {
            ExitCode::from(SET_ASIDE)
        }
        Ok(code) => code,
        Err(message) => {
            eprintln!("limber: {message}");
            ExitCode::FAILURE
        }
    }
}

type Outcome = Result<ExitCode, String>;

/// limber.exe is a console program, so that its subcommands print in a
/// terminal. Started from the Start menu, Explorer or the Run key at login,
/// Windows opens a console window for it alone, which would stay beside the
/// app (or all session long beside `limber remind`) and end it when closed.
/// A console that holds this process only is such a window: let go of it.
/// Started from a terminal, the console is shared and kept. Later writes to
/// stdout/stderr go nowhere (std ignores an invalid handle).
#[cfg(windows)]
fn leave_own_console() {
    use windows_sys::Win32::System::Console::{FreeConsole, GetConsoleProcessList};
    let mut processes = [0u32; 2];
    // SAFETY: the buffer is valid for the length given; both calls only
    // read or detach this process's console.
    unsafe {
        if GetConsoleProcessList(processes.as_mut_ptr(), processes.len() as u32) == 1 {
            FreeConsole();
        }
    }
}

/// Elsewhere a program started from the menu has no terminal to leave.
#[cfg(not(windows))]
fn leave_own_console() {}

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

/// Set when any command printed a notice that data was set aside: the
/// command still does its work, and the exit code says so.
static DATA_SET_ASIDE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Prints the store's notices on stderr; true when any set data aside
/// (remembered for the exit code too).
fn print_notices(notices: &[Notice]) -> bool {
    for notice in notices {
        eprintln!("limber: {notice}");
    }
    let set_aside = notices.iter().any(Notice::sets_data_aside);
    if set_aside {
        DATA_SET_ASIDE.store(true, std::sync::atomic::Ordering::SeqCst);
    }
    set_aside
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
    // issue 14: the Plan screen's "start at login" and "Start reminders
    // now" run `limber remind` on this same data and content.
    let reminders = limber::schedule::service::SystemReminders {
        command: remind_command(common)?,
        data_dir: store.data_dir().to_path_buf(),
    };
    let options = ui::Options {
        library,
        store,
        notices,
        audio: audio::player(),
        clock: Arc::new(MonotonicClock),
        routine,
        platform: ui::platform::Platform {
            reminders: Arc::new(reminders),
            save_dialog: Arc::new(ui::dialog::SystemDialog),
        },
        // Connecting to the speech service takes a moment: start now.
        speaker: limber::speech::speaker(),
    };
    ui::run(options).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn check(dir: Option<&std::path::Path>) -> Outcome {
    let mut out = io::stdout().lock();
    // paper (issue 17): a pack's manifest and the packs imported into the
    // folder are shown, and a broken manifest fails.
    let manifest_ok = match dir {
        Some(dir) => content::pack::write_about(dir, &mut out).map_err(|e| e.to_string())?,
        None => true,
    };
    let outcome = content::check(dir, &mut out).map_err(|e| e.to_string())?;
    Ok(if outcome.is_ok() && manifest_ok {
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

fn figures(
    common: &Common,
    out: Option<&std::path::Path>,
    icons: Option<&std::path::Path>,
    docs: Option<&std::path::Path>,
    watch: bool,
) -> Outcome {
    if let Some(dir) = icons {
        let written = figure::write_icons(dir).map_err(|e| e.to_string())?;
        println!("{} icon files written to {}", written.len(), dir.display());
    }
    if let Some(dir) = docs {
        let written = figure::write_docs(dir).map_err(|e| e.to_string())?;
        println!(
            "{} guide pictures written to {}",
            written.len(),
            dir.display()
        );
    }
    let Some(out) = out else {
        return Ok(ExitCode::SUCCESS);
    };
    if watch && common.content.is_none() {
        return Err(
            "--watch needs --content DIR, the folder whose poses you are writing".to_owned(),
        );
    }
    let render = |library: &Library, problems: &[content::Problem]| {
        for problem in problems {
            eprintln!("{problem}");
        }
        let poses: Vec<figure::Pose> = library.poses().values().cloned().collect();
        figure::render_all(&poses, out).map_err(|e| e.to_string())
    };
    let (library, problems) = load_library(common, None);
    let written = render(&library, &problems)?;
    println!("{} figures written to {}", written.len(), out.display());
    if watch {
        watch_figures(common, out, &render)?;
    }
    Ok(ExitCode::SUCCESS)
}

type Render<'a> =
    dyn Fn(&Library, &[content::Problem]) -> Result<Vec<std::path::PathBuf>, String> + 'a;

/// `limber figures --watch`: the poses rendered again after every save in
/// the `--content` folder, so an author can keep a PNG open while tuning
/// angles. Runs until Ctrl+C.
fn watch_figures(
    common: &Common,
    out: &std::path::Path,
    render: &Render<'_>,
) -> Result<(), String> {
    let sources = Sources {
        user_dir: None,
        extra_dir: common.content.clone(),
    };
    let (sender, changes) = std::sync::mpsc::channel();
    let _watcher = content::ContentWatcher::start(&sources, content::DEBOUNCE, move |changed| {
        let _ = sender.send(changed);
    })
    .map_err(|e| e.to_string())?;
    for dir in sources.folders() {
        println!("Watching {} for changes (Ctrl+C stops)", dir.display());
    }
    for changed in changes {
        let names: Vec<String> = changed
            .iter()
            .filter_map(|path| path.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect();
        let (library, problems) = load_library(common, None);
        match render(&library, &problems) {
            Ok(written) => println!(
                "{} changed: {} figures written to {}",
                names.join(", "),
                written.len(),
                out.display()
            ),
            Err(error) => eprintln!("limber: {error}"),
        }
    }
    Ok(())
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

// ---------------------------------------------------------------------
// paper (issue 17): routine sheet, visit report, prescription packs.
// ---------------------------------------------------------------------

fn find_routine<'a>(
    library: &'a Library,
    routine_id: &str,
) -> Result<&'a limber::content::schema::Routine, String> {
    library.routine(routine_id).ok_or_else(|| {
        let known: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
        format!(
            "there is no routine \"{routine_id}\"; routines: {}",
            known.join(", ")
        )
    })
}

/// The profile named by `--profile` (never created by a command that only
/// reads it), else the one in use.
fn existing_profile(common: &Common) -> Result<profile::Profile, String> {
    let dir = data_dir(common)?;
    let (mut store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    print_notices(&notices);
    if let Some(name) = &common.profile {
        store
            .switch_to_name(name, false)
            .map_err(|e| e.to_string())?;
    }
    Ok(store.current().clone())
}

fn library_for(common: &Common) -> Library {
    let (library, problems) = match data_dir(common) {
        Ok(dir) => load_library(common, Some(&dir)),
        Err(_) => load_library(common, None),
    };
    for problem in &problems {
        eprintln!("{problem}");
    }
    library
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn print_sheet(
    common: &Common,
    routine_id: &str,
    intensity: Option<limber::cli::IntensityArg>,
    paper: Option<limber::cli::PaperArg>,
    out: &std::path::Path,
) -> Outcome {
    use limber::paper::{self, Doses, SheetRequest};
    let library = library_for(common);
    let routine = find_routine(&library, routine_id)?;
    let paper = paper.map_or_else(paper::default_paper, Into::into);
    let profile;
    let doses = match intensity {
        Some(level) => Doses::Intensity(level.into()),
        None => {
            profile = existing_profile(common)?;
            Doses::Profile(&profile)
        }
    };
    let fonts = limber::ui::paper::fonts()?;
    let saved = paper::save_sheet(
        &SheetRequest {
            library: &library,
            routine,
            doses,
            date: today(),
            paper,
            fonts: &fonts,
        },
        out,
    )
    .map_err(|e| e.to_string())?;
    print_missing_scripts(&saved);
    println!(
        "{}: {} ({})",
        out.display(),
        saved.title,
        saved.pages_words().unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

/// One line on stderr per script the paper could not draw.
fn print_missing_scripts(saved: &limber::paper::Saved) {
    for script in &saved.missing_scripts {
        eprintln!(
            "limber: {}",
            limber::paper::font::missing_script_words(script)
        );
    }
}

fn report(
    common: &Common,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    paper: Option<limber::cli::PaperArg>,
    csv: bool,
    out: Option<&std::path::Path>,
) -> Outcome {
    use limber::paper::{self, Period, ReportFormat, ReportInput};
    let dir = data_dir(common)?;
    let (mut store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    print_notices(&notices);
    let (id, name) = match &common.profile {
        Some(wanted) => {
            let found = store.find_by_name(wanted).ok_or_else(|| {
                let known: Vec<String> = store.profiles().into_iter().map(|p| p.name).collect();
                format!(
                    "there is no profile named \"{}\"; profiles: {}",
                    wanted.trim(),
                    known.join(", ")
                )
            })?;
            (found.id, found.name)
        }
        None => (store.current().id.clone(), store.current().name.clone()),
    };
    let records = store.history(&id).map_err(|e| e.to_string())?;
    // Adherence needs the plan; a plan that cannot be read leaves it out
    // (the report still says what was done).
    let plan = store
        .plan(&id)
        .map_err(|e| eprintln!("limber: the weekly plan is left out: {e}"))
        .ok();
    let reminders = store.reminder_state(&id).unwrap_or_default();
    print_notices(&store.take_notices());
    let library = library_for(common);
    let to = to.unwrap_or_else(today);
    let period = match from {
        Some(from) => Period { from, to },
        None => Period::eight_weeks_to(to),
    };
    if period.from > period.to {
        return Err(format!(
            "--from {} is after --to {}",
            period.from, period.to
        ));
    }
    if period.days() > paper::report::MAX_PERIOD_DAYS {
        return Err(format!(
            "a report covers at most ten years; {} to {} is longer",
            period.from, period.to
        ));
    }
    let report = paper::visit_report_of(&ReportInput {
        profile_name: &name,
        sessions: &records,
        plan,
        reminders: &reminders,
        library: &library,
        period,
        generated: today(),
    });
    let paper = paper.map_or_else(paper::default_paper, Into::into);
    let csv = csv || out.is_some_and(|p| ReportFormat::of_path(p) == ReportFormat::Csv);
    if csv {
        match out {
            Some(path) => {
                let fonts = limber::ui::paper::fonts()?;
                let saved = paper::save_report(&report, ReportFormat::Csv, paper, &fonts, path)
                    .map_err(|e| e.to_string())?;
                println!("{}: {}", path.display(), saved.headline);
            }
            None => {
                let bytes = paper::report_csv(&report);
                let mut stdout = io::stdout().lock();
                stdout.write_all(&bytes).map_err(|e| e.to_string())?;
                stdout.flush().map_err(|e| e.to_string())?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(path) = out else {
        return Err(
            "give --out FILE.pdf for the PDF report (or --csv for CSV on the terminal)".into(),
        );
    };
    let fonts = limber::ui::paper::fonts()?;
    let saved = paper::save_report(&report, ReportFormat::Pdf, paper, &fonts, path)
        .map_err(|e| e.to_string())?;
    print_missing_scripts(&saved);
    println!(
        "{}: visit report for {} ({}). {}",
        path.display(),
        name,
        saved.pages_words().unwrap_or_default(),
        saved.headline
    );
    Ok(ExitCode::SUCCESS)
}

fn export_routine(
    common: &Common,
    routine_id: &str,
    out: &std::path::Path,
    manifest: limber::content::pack::Manifest,
) -> Outcome {
    let problems = manifest.problems();
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let library = library_for(common);
    let routine = find_routine(&library, routine_id)?;
    let profile = existing_profile(common)?;
    let prescribed = prescription::prescribe(&library, routine, &profile);
    let request = limber::pack::ExportRequest {
        library: &library,
        routine,
        prescribed: &prescribed,
        manifest,
        provenance: format!(
            "{}'s doses on {}",
            profile.name,
            limber::paper::format_date(today())
        ),
    };
    let summary = limber::pack::export(&request, out).map_err(|e| e.to_string())?;
    for missing in &summary.missing {
        eprintln!("limber: exercise \"{missing}\" is not in the content; left out of the pack");
    }
    println!(
        "{}: routine \"{}\" with {}'s doses; {}",
        summary.path.display(),
        routine.id,
        profile.name,
        counted(&[
            (summary.exercises, "exercise"),
            (summary.areas, "area"),
            (summary.poses, "pose"),
            (summary.images, "picture"),
        ])
    );
    Ok(ExitCode::SUCCESS)
}

fn import_pack(common: &Common, pack: &std::path::Path) -> Outcome {
    let dir = data_dir(common)?;
    let summary = limber::pack::import(pack, &dir).map_err(|e| e.to_string())?;
    for warning in &summary.warnings {
        eprintln!("{warning}");
    }
    let about = summary
        .manifest
        .as_ref()
        .and_then(limber::content::pack::Manifest::describe)
        .map(|text| format!(" ({text})"))
        .unwrap_or_default();
    println!(
        "Imported {}{about} into {}: routines {}; {}",
        pack.display(),
        summary.content_dir.display(),
        if summary.routines.is_empty() {
            "none".to_string()
        } else {
            summary.routines.join(", ")
        },
        counted(&[
            (summary.exercises, "exercise"),
            (summary.areas, "area"),
            (summary.poses, "pose"),
            (summary.images, "picture"),
        ])
    );
    if !summary.replaced.is_empty() {
        println!("Replaced: {}", summary.replaced.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

/// "3 exercises, 1 area, 6 poses, 0 pictures".
fn counted(counts: &[(usize, &str)]) -> String {
    counts
        .iter()
        .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(feature = "testing")]
fn fixture_history(common: &Common, sessions: u32, seed: u64) -> Outcome {
    let (mut store, _) = open_store(common)?;
    let library = library_for(common);
    let end = profile::unix_now().saturating_sub(3 * 60 * 60);
    let records = limber::paper::fixture::fixture_history(&library, sessions, seed, end);
    for record in &records {
        store
            .append_history(record.clone())
            .map_err(|e| e.to_string())?;
    }
    for (id, choice) in limber::paper::fixture::fixture_choices() {
        store.set_choice(id, choice).map_err(|e| e.to_string())?;
    }
    // A weekly plan to measure the sessions against, unless one is set.
    let id = store.current().id.clone();
    store
        .update_plan(&id, |plan| {
            if plan.is_empty() {
                plan.set(limber::paper::fixture::fixture_plan(end));
            }
        })
        .map_err(|e| e.to_string())?;
    println!(
        "{} made-up sessions added to {}'s history",
        records.len(),
        store.current().name
    );
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
            let (store, notices) = open_store(common)?;
            print_notices(&notices);
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

// ----------------------------------------------------------------------------
// Issue 14: `limber plan` and `limber remind`
// ----------------------------------------------------------------------------

/// The store for a subcommand that must not create the `--profile` it is
/// given (unlike the app): `--profile` is looked up by the command.
fn open_store_without_switching(common: &Common) -> Result<Store, String> {
    let dir = data_dir(common)?;
    let (store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
    print_notices(&notices);
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
    print_notices(&store.take_notices());
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
    let written = autostart::enable(&remind_command(common)?).map_err(|e| e.to_string())?;
    println!("Reminders will start at login ({written}).");
    // `&` runs it in the background in a Unix shell; in cmd.exe it would
    // separate commands.
    if cfg!(windows) {
        println!("To have them now, without logging in again: start limber remind");
    } else {
        println!("To have them now, without logging in again: limber remind &");
    }
    Ok(ExitCode::SUCCESS)
}

/// `limber [--data-dir DIR] [--content DIR] remind`: what "start at login"
/// runs, and what the app's "Start reminders now" starts.
fn remind_command(
    common: &Common,
) -> Result<limber::schedule::autostart::AutostartCommand, String> {
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
    Ok(limber::schedule::autostart::AutostartCommand { exe, args })
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
