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
        provenance: format!(
            "{}'s doses on {}",
            profile.name,
            limber_core::paper::format_date(today())
        ),
    };
    let summary = pack::export(&request, out).map_err(|e| e.to_string())?;
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
    env.done()
}

pub fn import(env: &mut Env, pack_path: &Path) -> Outcome {
    let dir = env.data_dir()?;
    let summary = pack::import(pack_path, &dir).map_err(|e| e.to_string())?;
    for warning in &summary.warnings {
        eprintln!("{warning}");
    }
    let about = summary
        .manifest
        .as_ref()
        .and_then(Manifest::describe)
        .map(|text| format!(" ({text})"))
        .unwrap_or_default();
    println!(
        "Imported {}{about} into {}: routines {}; {}",
        pack_path.display(),
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
    for replaced in &summary.replaced {
        println!("Replaces {}", terminal::escape(replaced));
    }
    env.done()
}
