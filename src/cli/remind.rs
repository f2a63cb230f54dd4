//! `limber remind`: the windowless loop that shows the plan's reminders,
//! and the command line that starts it (at login, or from the app).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use limber_core::schedule::background::AppLauncher;

use super::env::{Env, Outcome};
use crate::platform::autostart::AutostartCommand;

pub fn run(env: &mut Env) -> Outcome {
    let dir = env.data_dir()?;
    let launcher = AppLauncher {
        exe: std::env::current_exe()
            .map_err(|e| limber_core::t!("cli-program-not-found", error = e.to_string()))?,
        data_dir: PathBuf::from(absolute(&dir)),
        content: env.common().content.as_deref().map(|c| absolute(c).into()),
    };
    let common = env.common().clone();
    crate::platform::reminders::run(&dir, launcher, move || {
        // Read again at every look: a routine added meanwhile is known.
        let (library, problems) = Env::new(common.clone()).library_for_app();
        for problem in &problems {
            tracing::warn!("content: {problem}");
        }
        library
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `limber [--data-dir DIR] [--content DIR] remind`: what "start at login"
/// runs, and what the app's "Start reminders now" starts.
pub fn command(env: &mut Env) -> Result<AutostartCommand, String> {
    let exe = std::env::current_exe()
        .map_err(|e| limber_core::t!("cli-program-not-found", error = e.to_string()))?;
    let mut args = Vec::new();
    // The login session has neither our command line nor our environment:
    // pass a data folder or content chosen here explicitly, as absolute paths.
    let env_dir = std::env::var_os("LIMBER_DATA_DIR").filter(|v| !v.is_empty());
    if env.common().data_dir.is_some() || env_dir.is_some() {
        args.extend(["--data-dir".to_owned(), absolute(&env.data_dir()?)]);
    }
    if let Some(content) = &env.common().content {
        args.extend(["--content".to_owned(), absolute(content)]);
    }
    args.push("remind".to_owned());
    Ok(AutostartCommand { exe, args })
}

fn absolute(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}
