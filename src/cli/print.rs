//! `limber print ROUTINE --out FILE.pdf`: the routine sheet.

use std::path::Path;

use limber_core::paper::{self, Doses, SheetRequest};
use limber_core::terminal;

use super::args::{IntensityArg, PaperArg};
use super::env::{Env, Outcome, find_routine, paper_fonts, say_missing_scripts, today};

pub fn run(
    env: &mut Env,
    routine_id: &str,
    intensity: Option<IntensityArg>,
    paper: Option<PaperArg>,
    out: &Path,
) -> Outcome {
    let library = env.take_library();
    let routine = find_routine(&library, routine_id)?;
    let paper = paper.map_or_else(paper::default_paper, Into::into);
    let profile;
    let doses = match intensity {
        Some(level) => Doses::Intensity(level.into()),
        None => {
            profile = env.profile_whole()?;
            Doses::Profile(&profile)
        }
    };
    let fonts = paper_fonts()?;
    let saved = paper::save_sheet(
        &SheetRequest {
            library: &library,
            routine,
            doses,
            date: today(),
            paper,
            emergency: limber_core::guidance::emergency::EmergencyNumber::of_this_system(),
            fonts: &fonts,
        },
        out,
    )
    .map_err(|e| e.to_string())?;
    say_missing_scripts(&saved);
    let said = format!(
        "{}: {} ({})",
        terminal::escape(&out.to_string_lossy()),
        saved.title,
        saved.pages_words().unwrap_or_default()
    );
    // With `--out -` (or /dev/stdout) the PDF is on stdout: the words go
    // to stderr.
    if paper::writes_to_stdout(out) {
        eprintln!("{said}");
    } else {
        println!("{said}");
    }
    env.done()
}
