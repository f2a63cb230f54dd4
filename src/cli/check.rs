//! `limber check [DIR]`: load a content folder the way the app would (over
//! the shipped content) and print every problem, then a summary. With
//! `--translations`, then each language: what is wrong in its catalogues
//! and in the content's translations, and what is not translated yet.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use limber_core::content::{Library, Sources, TranslationReport, cap_per_file};
use limber_core::i18n::{self, Language};
use limber_core::t;
use limber_core::terminal::Escaping;

use super::env::Outcome;

/// `limber check [DIR]`: a pack's manifest and the packs imported into the
/// folder are shown (a broken manifest fails), then every problem and the
/// summary, then (with `translations`) each language; exit 1 on any error.
pub fn run(dir: Option<&Path>, translations: bool) -> Outcome {
    let mut out = Escaping::new(io::stdout().lock());
    let manifest_ok = match dir {
        Some(dir) => {
            limber_core::content::pack::write_about(dir, &mut out).map_err(|e| e.to_string())?
        }
        None => true,
    };
    let outcome = check(dir, &mut out).map_err(|e| e.to_string())?;
    let translations_ok = if translations {
        writeln!(out).map_err(|e| e.to_string())?;
        check_translations(dir, &mut out).map_err(|e| e.to_string())?
    } else {
        true
    };
    Ok(if outcome.is_ok() && manifest_ok && translations_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What `limber check` found; the CLI exits non-zero when
/// [`CheckOutcome::is_ok`] is false.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOutcome {
    pub areas: usize,
    pub exercises: usize,
    pub routines: usize,
    pub poses: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl CheckOutcome {
    /// No errors (warnings are allowed).
    pub fn is_ok(&self) -> bool {
        self.errors == 0
    }
}

/// Checks `dir` loaded over the shipped content (so a user folder may name
/// shipped exercises and poses), or the shipped content alone when `dir` is
/// `None`. Every image illustration is loaded the way the app shows it.
/// Prints each problem as `file:line:col: message` (at most
/// [`limber_core::content::MAX_PROBLEMS_PER_FILE`] per file, then a line counting the
/// rest), then one line such as
/// `2 areas, 5 exercises, 3 routines, 13 poses, 0 problems` counting all.
pub fn check(dir: Option<&Path>, out: &mut dyn Write) -> io::Result<CheckOutcome> {
    let sources = Sources {
        user_dir: None,
        extra_dir: dir.map(Path::to_path_buf),
    };
    let (library, problems) = Library::load_checking_images(&sources);
    // A fault (an item that loads but is wrong) fails the check too.
    let errors = problems.iter().filter(|p| p.fails_check()).count();
    let total = problems.len();
    for problem in cap_per_file(problems) {
        writeln!(out, "{problem}")?;
    }
    let outcome = CheckOutcome {
        areas: library.areas().len(),
        exercises: library.exercises().len(),
        routines: library.routines().len(),
        poses: library.poses().len(),
        errors,
        warnings: total - errors,
    };
    writeln!(out, "{}", summary(&outcome))?;
    Ok(outcome)
}

/// How many untranslated ids a warning names before "…".
const NAMED_UNTRANSLATED: usize = 3;

/// `limber check --translations`: for every language Limber has (and every
/// language folder the content holds), the problems of its catalogues and
/// of the content's translations, a warning counting what is not
/// translated yet, and a summary line. English is the source: only its
/// catalogues' own problems. Returns whether there was no error.
pub fn check_translations(dir: Option<&Path>, out: &mut dyn Write) -> io::Result<bool> {
    let sources = Sources {
        user_dir: None,
        extra_dir: dir.map(Path::to_path_buf),
    };
    let (library, _) = Library::load_in(&sources, &Language::english());
    let catalogues = i18n::check::check();
    let content = library.check_translations();
    let mut tags: Vec<String> = catalogues
        .iter()
        .map(|report| report.tag.clone())
        .chain(content.iter().map(|report| report.tag.clone()))
        .collect();
    tags.sort_by_key(|tag| (tag != i18n::ENGLISH, tag.clone()));
    tags.dedup();
    let mut all_ok = true;
    for (n, tag) in tags.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        // A language Limber has is named in itself; a folder of the
        // content's in a language it has no catalogue of, in the words of
        // the language in use.
        let name = Language::of_tag(tag).map_or_else(
            || t!("language-called", tag = tag.as_str()),
            |language| language.name(),
        );
        writeln!(
            out,
            "{}",
            t!("check-language", tag = tag.as_str(), name = name)
        )?;
        let mut errors = 0;
        let mut untranslated = 0;
        if let Some(report) = catalogues.iter().find(|report| &report.tag == tag) {
            for finding in &report.findings {
                writeln!(out, "{finding}")?;
            }
            errors += report.errors();
            untranslated += report.untranslated.len();
            if !report.untranslated.is_empty() {
                writeln!(
                    out,
                    "warning: {}",
                    t!(
                        "check-untranslated-messages",
                        count = report.untranslated.len(),
                        total = report.english_messages,
                        first = first_few(&report.untranslated)
                    )
                )?;
            }
        }
        if tag != i18n::ENGLISH {
            let report: TranslationReport = content
                .iter()
                .find(|report| &report.tag == tag)
                .cloned()
                .unwrap_or_else(|| library.untranslated_report(tag));
            // Each file's problems in order, at most so many per file (a
            // file of thousands of wrong keys reads as one line more).
            let mut problems = report.problems.clone();
            problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
            for problem in cap_per_file(problems) {
                writeln!(out, "{problem}")?;
            }
            errors += report.problems.iter().filter(|p| p.is_error()).count();
            untranslated += report.untranslated.len();
            if !report.untranslated.is_empty() {
                writeln!(
                    out,
                    "warning: {}",
                    t!(
                        "check-untranslated-content",
                        count = report.untranslated.len(),
                        total = report.texts,
                        first = first_few(&report.untranslated)
                    )
                )?;
            }
        }
        writeln!(
            out,
            "{}",
            t!(
                "check-language-summary",
                tag = tag.as_str(),
                errors = errors,
                untranslated = untranslated
            )
        )?;
        all_ok &= errors == 0;
    }
    Ok(all_ok)
}

/// The first few of `ids`, then "…" when there are more.
fn first_few(ids: &[String]) -> String {
    let mut named = ids
        .iter()
        .take(NAMED_UNTRANSLATED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > NAMED_UNTRANSLATED {
        named.push_str(", …");
    }
    named
}

/// `2 areas, 5 exercises, 3 routines, 13 poses, 3 problems (2 errors, 1 warning)`.
pub fn summary(outcome: &CheckOutcome) -> String {
    let count = super::env::count;
    let found = super::env::counted(&[
        (outcome.areas, "area"),
        (outcome.exercises, "exercise"),
        (outcome.routines, "routine"),
        (outcome.poses, "pose"),
        (outcome.errors + outcome.warnings, "problem"),
    ]);
    if outcome.errors + outcome.warnings > 0 {
        limber_core::t!(
            "check-summary-problems",
            found = found,
            errors = count(outcome.errors, "error"),
            warnings = count(outcome.warnings, "warning")
        )
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(errors: usize, warnings: usize) -> CheckOutcome {
        CheckOutcome {
            areas: 2,
            exercises: 5,
            routines: 1,
            poses: 13,
            errors,
            warnings,
        }
    }

    #[test]
    fn summary_counts_and_pluralises() {
        assert_eq!(
            summary(&outcome(0, 0)),
            "2 areas, 5 exercises, 1 routine, 13 poses, 0 problems"
        );
        assert_eq!(
            summary(&outcome(2, 1)),
            "2 areas, 5 exercises, 1 routine, 13 poses, 3 problems (2 errors, 1 warning)"
        );
        assert!(outcome(0, 4).is_ok());
        assert!(!outcome(1, 0).is_ok());
    }
}
