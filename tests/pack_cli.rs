//! Prescription packs through the real binary: export a routine with a
//! profile's doses, import it into another data folder and play the same
//! doses; hostile or broken packs are refused with every problem named and
//! nothing written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

use limber_core::profile::{ExerciseChoice, Store};
use limber_core::session::dose::Intensity;

mod common;
use common::cli::{limber, ok};

fn refused(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "should have failed: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A data folder whose profile "Anna" has her own doses.
fn anna() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = Store::open(dir.path()).expect("store");
    store.switch_to_name("Anna", true).expect("Anna");
    let choice = |intensity, hold, repetitions| ExerciseChoice {
        intensity,
        hold_seconds: hold,
        repetitions,
        variation: None,
    };
    store
        .set_choice("prone-press-up", choice(Intensity::Strong, None, None))
        .expect("saved");
    store
        .set_choice(
            "knee-to-chest",
            choice(Intensity::Standard, Some(27), Some(3)),
        )
        .expect("saved");
    store
        .set_choice("partial-crunch", choice(Intensity::Gentle, None, Some(10)))
        .expect("saved");
    dir
}

/// Everything under `dir`, relative, sorted (to compare before and after).
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            let relative = p.strip_prefix(dir).expect("inside").to_path_buf();
            if p.is_dir() {
                found.push((relative, Vec::new()));
                stack.push(p);
            } else {
                found.push((relative, std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    found.sort();
    found
}

/// The data folder holds no content and no leftovers of an import (the
/// profile files the store makes on open are fine).
fn assert_nothing_imported(data: &Path) {
    assert!(!data.join("content").exists(), "content was written");
    let leftovers: Vec<String> = std::fs::read_dir(data)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".import-"))
                .collect()
        })
        .unwrap_or_default();
    assert!(leftovers.is_empty(), "staging left behind: {leftovers:?}");
}

#[test]
fn round_trip_plays_the_same_doses_elsewhere() {
    let from = anna();
    let pack = from.path().join("pack");
    let said = ok(&limber(
        &[
            "--profile",
            "Anna",
            "export-routine",
            "lower-back",
            "--out",
            path(&pack),
            "--author",
            "Sam Lee, physiotherapist",
            "--pack-version",
            "2",
            "--reviewed",
            "2025-06-02",
        ],
        from.path(),
    ));
    assert!(said.contains("3 exercises"), "{said}");
    let theirs = ok(&limber(
        &["--profile", "Anna", "show", "lower-back"],
        from.path(),
    ));
    assert!(theirs.contains("hold 27 s × 3 each leg"), "{theirs}");
    assert!(
        theirs.contains("hold 30 s × 5"),
        "Strong press-up: {theirs}"
    );
    assert!(theirs.contains("hold 1 s × 10"), "{theirs}");

    // `limber check` on the pack: valid, and it says whose it is.
    let checked = ok(&limber(&["check", path(&pack)], from.path()));
    assert!(
        checked.contains(
            "Pack manifest pack.ron:\n  author:   Sam Lee, physiotherapist\n  \
             version:  2\n  reviewed: 2 June 2025\n"
        ),
        "{checked}"
    );
    assert!(checked.contains("0 problems"), "{checked}");

    // A fresh Limber loads it with --content and plays Anna's doses.
    let fresh = tempfile::tempdir().expect("temp dir");
    let with_content = ok(&limber(
        &["--content", path(&pack), "show", "lower-back"],
        fresh.path(),
    ));
    assert_eq!(lines_with_doses(&with_content), lines_with_doses(&theirs));

    // Imported, the same without --content.
    let imported = ok(&limber(&["import", path(&pack)], fresh.path()));
    assert!(imported.contains("by Sam Lee"), "{imported}");
    assert!(imported.contains("routines lower-back"), "{imported}");
    let mine = ok(&limber(&["show", "lower-back"], fresh.path()));
    assert_eq!(lines_with_doses(&mine), lines_with_doses(&theirs));
    assert!(
        fresh
            .path()
            .join("content/routines/lower-back.ron")
            .is_file()
    );
    // `limber check` on the data folder's content lists what was imported.
    let checked = ok(&limber(
        &["check", path(&fresh.path().join("content"))],
        fresh.path(),
    ));
    assert!(
        checked.contains(
            "Imported packs (.packs):\n  pack: by Sam Lee, physiotherapist · version 2 · \
             reviewed 2 June 2025; routines: lower-back\n"
        ),
        "{checked}"
    );
    // The app's library knows the routine and its exercises came from it.
    let (library, _) = limber_core::content::Library::load(&limber_core::content::Sources {
        user_dir: Some(fresh.path().join("content")),
        extra_dir: None,
    });
    for origin in [
        library.routine_pack("lower-back"),
        library.exercise_pack("knee-to-chest"),
    ] {
        assert_eq!(
            origin
                .map(limber_core::content::pack::PackOrigin::describe)
                .as_deref(),
            Some(
                "From the pack “pack”: by Sam Lee, physiotherapist · version 2 · reviewed 2 June 2025"
            )
        );
    }
    let packs = limber_core::pack::imported_packs(fresh.path());
    assert_eq!(packs.len(), 1);
    assert_eq!(packs[0].manifest.version.as_deref(), Some("2"));
    assert_eq!(packs[0].routines, vec!["lower-back".to_string()]);

    // A zip of the same pack imports the same way.
    let zip = from.path().join("lower-back.zip");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "export-routine",
            "lower-back",
            "--out",
            path(&zip),
        ],
        from.path(),
    ));
    let other = tempfile::tempdir().expect("temp dir");
    ok(&limber(&["import", path(&zip)], other.path()));
    let zipped = ok(&limber(&["show", "lower-back"], other.path()));
    assert_eq!(lines_with_doses(&zipped), lines_with_doses(&theirs));
}

/// The exercise lines of `limber show` (the total depends on settings).
fn lines_with_doses(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.contains("hold "))
        .map(str::to_owned)
        .collect()
}

fn write_zip(target: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(target).expect("zip file");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("bytes");
    }
    zip.finish().expect("finished");
}

#[test]
fn a_zip_with_a_path_out_of_the_folder_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let zip = dir.path().join("evil.zip");
    write_zip(
        &zip,
        &[
            ("routines/fine.ron", b"(id: \"x\")"),
            ("../x", b"escaped"),
            ("/tmp/absolute.ron", b"absolute"),
        ],
    );
    let message = refused(&limber(&["import", path(&zip)], &data));
    assert!(message.contains("nothing was copied"), "{message}");
    assert!(
        message.contains("../x: refused, the path leaves the pack folder"),
        "{message}"
    );
    assert!(
        message.contains("absolute path"),
        "every problem listed: {message}"
    );
    assert!(!dir.path().join("x").exists(), "written outside");
    assert_nothing_imported(&data);
}

#[test]
fn a_zip_bomb_is_refused_before_and_while_extracting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    // 40 MiB of zeros squeezes into a few dozen KiB; the header says so and
    // the 16 MiB per-file cap refuses it before anything is unpacked.
    let zeros = vec![0u8; 40 * 1024 * 1024];
    let bomb = dir.path().join("bomb.zip");
    write_zip(&bomb, &[("images/huge.png", &zeros)]);
    assert!(std::fs::metadata(&bomb).expect("zip").len() < 1024 * 1024);
    let message = refused(&limber(&["import", path(&bomb)], &data));
    assert!(
        message.contains("images/huge.png: refused, 40 MiB uncompressed"),
        "{message}"
    );
    assert_nothing_imported(&data);

    // Many files each under the cap, more than the total allows.
    let ten = vec![0u8; 10 * 1024 * 1024];
    let entries: Vec<(String, &[u8])> = (0..8)
        .map(|i| (format!("images/part-{i}.png"), ten.as_slice()))
        .collect();
    let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let wide = dir.path().join("wide.zip");
    write_zip(&wide, &borrowed);
    let message = refused(&limber(&["import", path(&wide)], &data));
    assert!(message.contains("add up to 80 MiB"), "{message}");
    assert_nothing_imported(&data);

    // A header that lies (says 10 bytes, holds 1 MiB) is caught while
    // reading: the copy stops at the declared size plus one byte.
    let liar = dir.path().join("liar.zip");
    write_zip(&liar, &[("images/small.png", &vec![0u8; 1024 * 1024])]);
    let mut bytes = std::fs::read(&liar).expect("zip");
    patch_sizes(&mut bytes, 10);
    std::fs::write(&liar, bytes).expect("patched");
    let message = refused(&limber(&["import", path(&liar)], &data));
    assert!(message.contains("images/small.png"), "{message}");
    assert_nothing_imported(&data);
}

/// Rewrites the uncompressed size in the local and central headers.
fn patch_sizes(zip: &mut [u8], size: u32) {
    let le = size.to_le_bytes();
    let mut i = 0;
    while i + 4 <= zip.len() {
        match zip[i..i + 4] {
            [0x50, 0x4b, 0x03, 0x04] => zip[i + 22..i + 26].copy_from_slice(&le),
            [0x50, 0x4b, 0x01, 0x02] => zip[i + 24..i + 28].copy_from_slice(&le),
            _ => {}
        }
        i += 1;
    }
}

#[cfg(unix)]
#[test]
fn links_are_refused_in_zips_and_folders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let zip_path = dir.path().join("link.zip");
    let file = std::fs::File::create(&zip_path).expect("zip file");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    zip.add_symlink("routines/passwd.ron", "/etc/passwd", options)
        .expect("link");
    zip.finish().expect("finished");
    let message = refused(&limber(&["import", path(&zip_path)], &data));
    assert!(
        message.contains("routines/passwd.ron: refused, a symbolic link"),
        "{message}"
    );
    assert_nothing_imported(&data);

    let folder = dir.path().join("pack");
    std::fs::create_dir_all(folder.join("routines")).expect("mkdir");
    std::os::unix::fs::symlink("/etc/passwd", folder.join("routines/passwd.ron")).expect("link");
    let message = refused(&limber(&["import", path(&folder)], &data));
    assert!(message.contains("a symbolic link"), "{message}");
    assert_nothing_imported(&data);
}

#[test]
fn a_pack_with_broken_ron_is_refused_and_the_old_content_kept() {
    let from = anna();
    let pack = from.path().join("pack");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "export-routine",
            "lower-back",
            "--out",
            path(&pack),
        ],
        from.path(),
    ));
    // Two mistakes: a RON syntax error and a manifest with a bad date.
    let routine = pack.join("routines/lower-back.ron");
    let text = std::fs::read_to_string(&routine).expect("routine");
    std::fs::write(&routine, text.replacen("title:", "title", 1)).expect("broken");
    std::fs::write(pack.join("pack.ron"), "(reviewed: \"yesterday\")").expect("manifest");

    // Someone who already has content of their own.
    let data = tempfile::tempdir().expect("temp dir");
    let mine = data.path().join("content/exercises");
    std::fs::create_dir_all(&mine).expect("mkdir");
    let own = std::fs::read(pack.join("exercises/knee-to-chest.ron")).expect("exercise");
    std::fs::write(mine.join("knee-to-chest.ron"), &own).expect("own content");
    let before = tree(&data.path().join("content"));

    let message = refused(&limber(&["import", path(&pack)], data.path()));
    assert!(message.contains("nothing was copied"), "{message}");
    assert!(
        message.contains("routines/lower-back.ron:"),
        "the file and place: {message}"
    );
    assert!(
        message.contains("YYYY-MM-DD"),
        "the manifest too: {message}"
    );
    assert_eq!(
        tree(&data.path().join("content")),
        before,
        "content untouched"
    );
    let leftovers = std::fs::read_dir(data.path())
        .expect("data dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".import-"))
        .count();
    assert_eq!(leftovers, 0);

    // `limber check` on the same folder fails and names both.
    let checked = limber(&["check", path(&pack)], data.path());
    assert!(!checked.status.success());
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(
        out.contains("pack.ron") && out.contains("lower-back.ron:"),
        "{out}"
    );
}

#[test]
fn a_second_pack_lands_beside_the_first() {
    let from = anna();
    let lower = from.path().join("lower");
    let hips = from.path().join("hips.zip");
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "export-routine",
            "lower-back",
            "--out",
            path(&lower),
        ],
        from.path(),
    ));
    ok(&limber(
        &[
            "--profile",
            "Anna",
            "export-routine",
            "hips",
            "--out",
            path(&hips),
        ],
        from.path(),
    ));
    let data = tempfile::tempdir().expect("temp dir");
    ok(&limber(&["import", path(&lower)], data.path()));
    ok(&limber(&["import", path(&hips)], data.path()));
    // Importing the first again replaces nothing that changed.
    let again = ok(&limber(&["import", path(&lower)], data.path()));
    assert!(!again.contains("Replaces"), "{again}");
    let checked = ok(&limber(
        &["check", path(&data.path().join("content"))],
        data.path(),
    ));
    assert!(checked.contains("0 problems"), "{checked}");
    assert_eq!(limber_core::pack::imported_packs(data.path()).len(), 2);
}
