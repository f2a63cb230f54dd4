//! `limber figures`: every pose as a PNG (and `--watch` for authors), the
//! app's icons, the pictures of the pose guide.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use limber_core::content::{Library, Problem, Sources};
use limber_core::figure;

use super::env::{Env, Outcome};
use crate::platform::watch::{ContentWatcher, DEBOUNCE};

pub fn run(
    env: &mut Env,
    out: Option<&Path>,
    icons: Option<&Path>,
    docs: Option<&Path>,
    watch: bool,
) -> Outcome {
    if let Some(dir) = icons {
        let written = figure::write_icons(dir).map_err(|e| e.to_string())?;
        let said = limber_core::t!(
            "cli-figures-icons-written",
            count = written.len(),
            folder = dir.display().to_string()
        );
        println!("{said}");
    }
    if let Some(dir) = docs {
        let written = figure::write_docs(dir).map_err(|e| e.to_string())?;
        let said = limber_core::t!(
            "cli-figures-guide-written",
            count = written.len(),
            folder = dir.display().to_string()
        );
        println!("{said}");
    }
    let Some(out) = out else {
        return Ok(ExitCode::SUCCESS);
    };
    if watch && env.common().content.is_none() {
        return Err(limber_core::t!("cli-figures-watch-needs-content"));
    }
    let (library, problems) = env.library_without_data();
    let written = render(&library, &problems, out)?;
    let said = limber_core::t!(
        "cli-figures-written",
        count = written.len(),
        folder = out.display().to_string()
    );
    println!("{said}");
    if watch {
        watch_figures(env, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn render(library: &Library, problems: &[Problem], out: &Path) -> Result<Vec<PathBuf>, String> {
    for problem in problems {
        eprintln!("{problem}");
    }
    let poses: Vec<figure::Pose> = library.poses().values().cloned().collect();
    figure::render_all(&poses, out).map_err(|e| e.to_string())
}

/// `limber figures --watch`: the poses rendered again after every save in
/// the `--content` folder, so an author can keep a PNG open while tuning
/// angles. Runs until Ctrl+C.
fn watch_figures(env: &Env, out: &Path) -> Result<(), String> {
    let sources = Sources {
        user_dir: None,
        extra_dir: env.common().content.clone(),
    };
    let (sender, changes) = std::sync::mpsc::channel();
    let _watcher = ContentWatcher::start(&sources, DEBOUNCE, move |changed| {
        let _ = sender.send(changed);
    })
    .map_err(|e| e.to_string())?;
    for dir in sources.folders() {
        let said = limber_core::t!("cli-figures-watching", folder = dir.display().to_string());
        println!("{said}");
    }
    for changed in changes {
        let names: Vec<String> = changed
            .iter()
            .filter_map(|path| path.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect();
        let (library, problems) = env.library_without_data();
        match render(&library, &problems, out) {
            Ok(written) => println!(
                "{}",
                limber_core::t!(
                    "cli-figures-rewritten",
                    changed = names.join(", "),
                    count = written.len(),
                    folder = out.display().to_string()
                )
            ),
            Err(error) => eprintln!("limber: {error}"),
        }
    }
    Ok(())
}
