//! `limber` with no subcommand: the window.

use std::process::ExitCode;
use std::sync::Arc;

use limber_core::time::MonotonicClock;

use super::env::{Env, Outcome};
use crate::{platform, ui};

/// Opens the app on the data folder (`--profile NAME` in use, made when
/// missing), optionally straight into `routine`'s screen.
pub fn run(env: &mut Env, routine: Option<String>) -> Outcome {
    let (store, mut notices) = env.store_for_app()?;
    // The profile's language, unless `--lang` or `LIMBER_LANG` chose one,
    // before anything is loaded or said in it.
    limber_core::i18n::set_profile_language(store.current().settings.language.as_deref());
    let (library, problems) = env.library_for_app();
    for problem in &problems {
        tracing::warn!("content: {problem}");
    }
    if !problems.is_empty() {
        notices.push(limber_core::t!(
            "cli-content-problems",
            count = problems.len(),
            first = problems[0].to_string()
        ));
    }
    // The Plan screen's "start at login" and "Start reminders now" run
    // `limber remind` on this same data and content.
    let reminders = platform::reminders::SystemReminders {
        command: super::remind::command(env)?,
        data_dir: store.data_dir().to_path_buf(),
    };
    let options = ui::Options {
        library,
        store,
        notices,
        audio: platform::audio::player(),
        clock: Arc::new(MonotonicClock),
        routine,
        platform: ui::platform::Platform {
            reminders: Arc::new(reminders),
            save_dialog: Arc::new(ui::dialog::SystemDialog),
        },
        // Connecting to the speech service takes a moment: start now.
        speaker: platform::speech::speaker(),
    };
    ui::run(options).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
