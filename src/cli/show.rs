//! `limber show ROUTINE`: a routine as read on paper, with its total time;
//! with `--timeline`, the coach's cue sheet (every phase and cue at its
//! offset).

use std::io::{self, Write};

use limber_core::content::Library;
use limber_core::content::schema::Exercise;
use limber_core::terminal::Escaping;
use limber_core::{coach, prescription, profile, session};

use super::args::IntensityArg;
use super::env::{Env, Outcome, find_routine, reader_gone};

/// The routine's exercises with their doses: at `--intensity` with
/// default settings, else with the profile's doses and settings.
fn prescribed<'a>(
    env: &mut Env,
    library: &'a Library,
    routine: &'a limber_core::content::schema::Routine,
    intensity: Option<IntensityArg>,
) -> Result<(Vec<prescription::Prescribed<'a>>, profile::Settings), String> {
    Ok(match intensity {
        Some(level) => (
            prescription::prescribe_at(library, routine, level.into()),
            profile::Settings::default(),
        ),
        None => {
            let profile = env.profile_whole()?;
            (
                prescription::prescribe(library, routine, &profile),
                profile.settings,
            )
        }
    })
}

pub fn run(env: &mut Env, routine_id: &str, intensity: Option<IntensityArg>) -> Outcome {
    let library = env.take_library();
    let routine = find_routine(&library, routine_id)?;
    let (prescribed, settings) = prescribed(env, &library, routine, intensity)?;
    let exercises = prescription::doses(&prescribed);
    let mut out = Escaping::new(io::stdout().lock());
    let written = session::describe::describe(
        routine,
        &exercises,
        &prescription::timings(&settings),
        &mut out,
    )
    .and_then(|()| out.flush());
    match written {
        Err(error) if !reader_gone(&error) => Err(error.to_string()),
        _ => env.done(),
    }
}

/// `limber show ROUTINE --timeline`.
pub fn timeline(env: &mut Env, routine_id: &str, intensity: Option<IntensityArg>) -> Outcome {
    let library = env.take_library();
    let routine = find_routine(&library, routine_id)?;
    let (prescribed, settings) = prescribed(env, &library, routine, intensity)?;
    let timeline = coach::timeline(&prescribed, &settings, coach::options(&settings));
    let exercises: Vec<&Exercise> = prescribed.iter().map(|p| p.exercise).collect();
    let mut out = Escaping::new(io::stdout().lock());
    let written = super::cue_sheet::write_sheet(&routine.title, &timeline, &exercises, &mut out)
        .and_then(|()| out.flush());
    match written {
        Err(error) if !reader_gone(&error) => Err(error.to_string()),
        _ => env.done(),
    }
}
