//! The language of the command line: `--lang`, then `LIMBER_LANG`, then
//! the system's locales (gettext's order), English last.

use std::process::{Command, Output};

/// `limber ARGS` on an empty data folder with exactly the environment
/// variables given (of those that choose a language).
fn limber(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let data = tempfile::tempdir().expect("a data folder");
    let mut command = Command::new(env!("CARGO_BIN_EXE_limber"));
    command
        .args(args)
        .env("LIMBER_DATA_DIR", data.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    for name in ["LIMBER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    command.output().expect("limber runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Whether `text` is in the pseudo-language: bracketed and accented.
fn is_pseudo(text: &str) -> bool {
    text.contains('[') && text.chars().any(|c| "áéíóúåëïöü".contains(c))
}

#[test]
fn a_language_limber_lacks_is_named_on_stderr_and_the_command_still_runs() {
    let output = limber(&["--lang", "xx", "show", "lower-back"], &[("LANG", "C")]);
    assert!(output.status.success(), "{output:?}");
    let said = stderr(&output);
    assert!(said.contains("Limber has no “xx”"), "{said}");
    assert!(
        said.contains("en-XA") && said.contains("Using en."),
        "{said}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Lower back"));

    let output = limber(&["show", "lower-back"], &[("LIMBER_LANG", "xx-YY")]);
    assert!(
        stderr(&output).contains("no “xx-YY”"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_flag_wins_over_the_variable_and_a_language_limber_has_is_silent() {
    let output = limber(
        &["--lang", "en", "show", "lower-back"],
        &[("LIMBER_LANG", "xx")],
    );
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stderr(&output), "");
    // A region Limber has no catalogue of finds the language's.
    let output = limber(&["show", "lower-back"], &[("LIMBER_LANG", "en_GB.UTF-8")]);
    assert_eq!(stderr(&output), "");
}

#[test]
fn without_a_choice_the_systems_locales_decide_in_gettexts_order() {
    // LANGUAGE's list, first the one Limber lacks, then the pseudo-language:
    // the notice about `--lang xx` is said in the language in use.
    let output = limber(
        &["--lang", "xx", "show", "lower-back"],
        &[("LANG", "en_US.UTF-8"), ("LANGUAGE", "tlh:en-XA:en")],
    );
    let said = stderr(&output);
    assert!(is_pseudo(&said), "{said}");
    assert!(said.contains("en-XA"), "{said}");
    // LANGUAGE counts for nothing under the C locale, as in gettext.
    let output = limber(
        &["--lang", "xx", "show", "lower-back"],
        &[("LANG", "C"), ("LANGUAGE", "en-XA")],
    );
    assert!(!is_pseudo(&stderr(&output)), "{}", stderr(&output));
    // LC_ALL wins over LANG.
    let output = limber(
        &["--lang", "xx", "show", "lower-back"],
        &[("LANG", "C"), ("LC_ALL", "en_XA.UTF-8")],
    );
    assert!(is_pseudo(&stderr(&output)), "{}", stderr(&output));
}

/// A content folder holding `files` (path, text).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a content folder");
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(path, text).expect("written");
    }
    dir
}

const SPANISH_KNEE: &str = r#"(
    id: "knee-to-chest",
    title: "Rodilla al pecho",
    steps: {
        "Knee to chest": (text: "Lleva la rodilla {lado} hacia el pecho."),
        "Stand on your head": (title: "Nada"),
    },
)
"#;

#[test]
fn check_translations_places_each_error_and_counts_what_is_left_per_language() {
    let dir = folder(&[
        ("translations/es/exercises/knee-to-chest.ron", SPANISH_KNEE),
        (
            "translations/es/areas/lower-back.ron",
            r#"(id: "lower-bak", title: "Zona lumbar")"#,
        ),
        (
            "translations/it/areas/lower-back.ron",
            r#"(id: "lower-back", title: "Zona lombare")"#,
        ),
    ]);
    let path = dir.path().display().to_string();
    let output = limber(&["check", &path, "--translations"], &[("LANG", "C")]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let out = String::from_utf8_lossy(&output.stdout);
    let knee = format!("{path}/translations/es/exercises/knee-to-chest.ron");
    for wanted in [
        format!("{path}/translations/es/areas/lower-back.ron:1:6: there is no area `lower-bak`"),
        format!(
            "{knee}:5:27: steps.\"Knee to chest\".text has {{lado}} where the English text has {{side}}"
        ),
        format!("{knee}:6:9: the exercise `knee-to-chest` has no step “Stand on your head”"),
        "es: 3 errors, ".to_owned(),
        "it: 0 errors, ".to_owned(),
        "en: 0 errors, 0 untranslated".to_owned(),
    ] {
        assert!(out.contains(&wanted), "{wanted}\nnot in:\n{out}");
    }
    // What is left, counted against every English text of the content.
    let left = out
        .lines()
        .find(|line| line.starts_with("warning: ") && line.contains("content texts"))
        .expect("a count of what is untranslated");
    assert!(left.contains(" of "), "{left}");
    // Without the flag, the translations are not judged.
    let output = limber(&["check", &path], &[("LANG", "C")]);
    assert!(output.status.success(), "{output:?}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("lower-bak"));
}

#[test]
fn check_translations_speaks_the_language_in_use() {
    let output = limber(&["check", "--translations", "--lang", "en-XA"], &[]);
    assert!(output.status.success(), "{output:?}");
    let out = String::from_utf8_lossy(&output.stdout);
    let summary = out
        .lines()
        .find(|line| line.contains("en: 0"))
        .expect("the English catalogues' summary");
    assert!(is_pseudo(summary), "{out}");
}

#[test]
fn check_translations_lists_at_most_ten_problems_a_file_and_counts_them_all() {
    let steps: String = (1..=2000)
        .map(|n| format!("        \"No such step {n}\": (title: \"Nada\"),\n"))
        .collect();
    let knee = format!("(\n    id: \"knee-to-chest\",\n    steps: {{\n{steps}    }},\n)\n");
    let dir = folder(&[("translations/de/exercises/knee-to-chest.ron", &knee)]);
    let path = dir.path().display().to_string();
    let output = limber(&["check", &path, "--translations"], &[("LANG", "C")]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let out = String::from_utf8_lossy(&output.stdout);
    let listed = out
        .lines()
        .filter(|line| line.contains("has no step"))
        .count();
    assert_eq!(listed, 10, "{out}");
    assert!(
        out.contains("… and 1,990 more problems in this file"),
        "{out}"
    );
    // Sorted by place: the first step first.
    let first = out
        .lines()
        .find(|line| line.contains("has no step"))
        .unwrap_or_default();
    assert!(
        first.contains(":4:9: ") && first.contains("“No such step 1”"),
        "{first}"
    );
    assert!(out.contains("de: 2000 errors, "), "{out}");
    // A language is named in its own words.
    assert!(out.contains("de (Deutsch)"), "{out}");
}

#[test]
fn a_hostile_language_value_is_repeated_back_escaped_on_one_short_line() {
    let long = "a".repeat(5000);
    let output = limber(&["--lang", &long, "show", "lower-back"], &[]);
    assert!(output.status.success(), "{output:?}");
    let said = stderr(&output);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.len() < 300, "{} bytes", said.len());
    assert!(said.contains("aaaa…"), "{said}");

    let output = limber(&["--lang", "es\u{1b}[31m\nX", "show", "lower-back"], &[]);
    let said = stderr(&output);
    assert_eq!(said.lines().count(), 1, "{said:?}");
    assert!(!said.contains('\u{1b}'), "{said:?}");

    // Not UTF-8 in the variable: named, not silently dropped.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let data = tempfile::tempdir().expect("a data folder");
        let output = Command::new(env!("CARGO_BIN_EXE_limber"))
            .args(["show", "lower-back"])
            .env("LIMBER_DATA_DIR", data.path())
            .env("LIMBER_LANG", std::ffi::OsStr::from_bytes(b"\xff\xfe"))
            .output()
            .expect("limber runs");
        assert!(output.status.success(), "{output:?}");
        assert!(stderr(&output).contains("Limber has no"), "{output:?}");
    }
}
