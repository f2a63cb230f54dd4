//! `limber export-routine` and `limber import`: a routine with pinned
//! doses as a prescription pack, and a pack taken into the data folder.

use std::path::Path;

use limber_core::content::pack::Manifest;
use limber_core::{pack, prescription, terminal};

use super::env::{Env, Outcome, counted, find_routine, today};

pub fn export(env: &mut Env, routine_id: &str, out: &Path, manifest: Manifest) -> Outcome {
    let problems = manifest.problems();
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let library = env.take_library();
    let routine = find_routine(&library, routine_id)?;
    let profile = env.profile_whole()?;
    // Every exercise of the routine, those this person left out for now
    // included: the pack is the routine, with their doses.
    let prescribed = prescription::prescribe_with(&library, routine, |id| profile.choice(id));
    let request = pack::ExportRequest {
        library: &library,
        routine,
        prescribed: &prescribed,
        manifest,
        provenance: limber_core::t!(
            "pack-provenance",
            profile = profile.name.as_str(),
            date = limber_core::paper::format_date(today())
        ),
    };
    let summary = pack::export(&request, out).map_err(|e| e.to_string())?;
    for missing in &summary.missing {
        let missing = limber_core::t!("cli-pack-exercise-missing", exercise = missing.as_str());
        eprintln!("limber: {missing}");
    }
    let exported = limber_core::t!(
        "cli-pack-exported",
        path = summary.path.display().to_string(),
        routine = routine.id.as_str(),
        profile = profile.name.as_str(),
        counts = counted(&[
            (summary.exercises, "exercise"),
            (summary.areas, "area"),
            (summary.poses, "pose"),
            (summary.images, "picture"),
        ])
    );
    println!("{exported}");
    env.done()
}

pub fn import(env: &mut Env, pack_path: &Path) -> Outcome {
    let dir = env.data_dir()?;
    let summary = pack::import(pack_path, &dir).map_err(|e| e.to_string())?;
    for warning in &summary.warnings {
        eprintln!("{warning}");
    }
    let about = summary.manifest.as_ref().and_then(Manifest::describe);
    let counts = counted(&[
        (summary.exercises, "exercise"),
        (summary.areas, "area"),
        (summary.poses, "pose"),
        (summary.images, "picture"),
    ]);
    let pack = pack_path.display().to_string();
    let folder = summary.content_dir.display().to_string();
    let routines = summary.routines.join(", ");
    let routine_count = summary.routines.len();
    let imported = match about {
        Some(about) => limber_core::t!(
            "cli-pack-imported-about",
            pack = pack,
            about = about,
            folder = folder,
            routines = routines,
            routine_count = routine_count,
            counts = counts
        ),
        None => limber_core::t!(
            "cli-pack-imported",
            pack = pack,
            folder = folder,
            routines = routines,
            routine_count = routine_count,
            counts = counts
        ),
    };
    println!("{imported}");
    for replaced in &summary.replaced {
        let replaces = limber_core::t!("cli-pack-replaces", item = terminal::escape(replaced));
        println!("{replaces}");
    }
    env.done()
}
