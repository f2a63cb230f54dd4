use std::io;
use std::process::ExitCode;

use limber::cli::env::Env;
use limber::cli::{self, Command};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "limber=info,limber_core=info,warn".into()),
        )
        .with_writer(io::stderr)
        .init();

    let args = cli::parse();
    if matches!(args.command, None | Some(Command::Remind)) {
        leave_own_console();
    }
    choose_language(args.common.lang.clone());
    let mut env = Env::new(args.common);
    let result = match args.command {
        None => cli::app::run(&mut env, args.routine),
        Some(Command::Check { dir, translations }) => cli::check::run(dir.as_deref(), translations),
        Some(Command::Show {
            routine,
            intensity,
            timeline: true,
        }) => cli::show::timeline(&mut env, &routine, intensity),
        Some(Command::Show {
            routine, intensity, ..
        }) => cli::show::run(&mut env, &routine, intensity),
        Some(Command::Figures {
            out,
            icons,
            docs,
            watch,
        }) => cli::figures::run(
            &mut env,
            out.as_deref(),
            icons.as_deref(),
            docs.as_deref(),
            watch,
        ),
        Some(Command::History { csv }) => cli::history::run(&mut env, csv),
        Some(Command::Print {
            routine,
            intensity,
            paper,
            out,
        }) => cli::print::run(&mut env, &routine, intensity, paper, &out),
        Some(Command::Report {
            from,
            to,
            paper,
            csv,
            out,
        }) => cli::report::run(&mut env, from, to, paper, csv, out.as_deref()),
        Some(Command::ExportRoutine {
            routine,
            out,
            author,
            pack_version,
            reviewed,
        }) => cli::pack::export(
            &mut env,
            &routine,
            &out,
            limber_core::content::pack::Manifest {
                author,
                version: pack_version,
                reviewed,
            },
        ),
        Some(Command::Import { pack }) => cli::pack::import(&mut env, &pack),
        Some(Command::Plan {
            action,
            ics,
            autostart,
        }) => cli::plan::run(&mut env, action, ics, autostart),
        Some(Command::Remind) => cli::remind::run(&mut env),
        Some(Command::Completions { shell }) => {
            cli::write_completions(shell, &mut io::stdout().lock())
                .map(|()| ExitCode::SUCCESS)
                .map_err(|error| limber_core::t!("cli-output-failed", error = error.to_string()))
        }
    };
    result.unwrap_or_else(|message| {
        eprintln!("limber: {}", limber_core::terminal::escape_lines(&message));
        ExitCode::FAILURE
    })
}

/// How much of a language tag Limber lacks is repeated back.
const ASKED_SHOWN: usize = 40;

/// The language in use: `--lang`, else `LIMBER_LANG`, else the system's
/// (the profile's own choice, where it has one, comes in when the profile
/// is read). One that Limber does not have is said on stderr, in the
/// language used instead.
fn choose_language(flag: Option<String>) {
    use limber_core::i18n::{self, Choice, Language};
    let asked = flag.or_else(|| {
        // Not UTF-8 is no language either: said, not ignored.
        std::env::var_os("LIMBER_LANG")
            .map(|value| value.to_string_lossy().into_owned())
            .filter(|value| !value.trim().is_empty())
    });
    let language = i18n::choose(Choice::of_this_system(asked.clone()));
    if let Some(asked) = asked
        && Language::matching(&asked).is_none()
    {
        // As typed, but on one line and short: whatever was in it.
        let mut asked: String = limber_core::terminal::escape(&asked)
            .chars()
            .take(ASKED_SHOWN)
            .collect();
        if asked.chars().count() == ASKED_SHOWN {
            asked.push('…');
        }
        let languages: Vec<String> = Language::available()
            .iter()
            .map(|language| language.tag())
            .collect();
        eprintln!(
            "limber: {}",
            limber_core::terminal::escape_lines(&limber_core::t!(
                "cli-language-unknown",
                asked = asked.as_str(),
                languages = languages.join(", "),
                using = language.tag(),
            ))
        );
    }
}

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
