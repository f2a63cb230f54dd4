//! The core's layers point down only: a module may use the modules below
//! it and never one above (docs/architecture.md draws the same order). The
//! check reads the sources: every `crate::NAME` and `super::…` path outside
//! comments and test code must name a lower layer or the module itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Bottom first. Modules on one line are one layer: they use neither each
/// other nor anything above.
const LAYERS: &[&[&str]] = &[
    // The language catalogues: everything above may speak.
    &["i18n"],
    &[
        "files", "ids", "time", "limits", "region", "sound", "terminal",
    ],
    &["figure"],
    &["content"],
    &["dose"],
    &["words"],
    &["session"],
    &["speech"],
    &["profile"],
    &["prescription"],
    &["schedule"],
    &["guidance", "progress", "export"],
    &["coach", "pack"],
    &["builder", "paper"],
    // Test doubles may use anything; nothing else uses them.
    &["testing"],
];

/// The crate's exported macros (`crate::t!`) and the module each is of.
const MACROS: &[(&str, &str)] = &[("t", "i18n")];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of a file without its comments and its `#[cfg(test)]` parts
/// (a test may build what it checks from anywhere).
fn code(text: &str) -> String {
    let mut kept = String::new();
    let mut skipping_from: Option<usize> = None;
    let mut depth = 0usize;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if skipping_from.is_none() && trimmed.starts_with("#[cfg(test)]") {
            skipping_from = Some(depth);
            continue;
        }
        let opens = line.matches('{').count();
        let closes = line.matches('}').count();
        if let Some(start) = skipping_from {
            depth = depth + opens - closes.min(depth + opens);
            // The test item ends when its braces close again (or at a `;`
            // for a one-line item such as `mod tests;`).
            if depth <= start && (closes > 0 || trimmed.ends_with(';')) {
                skipping_from = None;
            }
            continue;
        }
        depth = depth + opens - closes.min(depth + opens);
        if trimmed.starts_with("//") {
            continue;
        }
        kept.push_str(line.split("//").next().unwrap_or(""));
        kept.push('\n');
    }
    kept
}

/// The top modules a file's code names with `crate::…`.
fn uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            // Exported macros live at the crate's root; each belongs to
            // its module's layer.
            let module = MACROS
                .iter()
                .find(|(macro_name, _)| *macro_name == name)
                .map_or(name, |(_, module)| (*module).to_owned());
            found.push(module);
        }
    }
    found
}

fn top_module(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("under src");
    let first = relative
        .components()
        .next()
        .expect("a component")
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.trim_end_matches(".rs").to_owned()
}

#[test]
fn every_import_points_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for file in &files {
        let module = top_module(&src, file);
        // `lib.rs` names every module; a `tests.rs` is a module's tests.
        if module == "lib" || file.file_stem().is_some_and(|stem| stem == "tests") {
            continue;
        }
        let Some(layer) = layer_of(&module) else {
            unknown.push(module);
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        for used in uses(&code(&text)) {
            if used == module {
                continue;
            }
            match layer_of(&used) {
                Some(below) if below < layer => {}
                _ => wrong
                    .entry(format!("{module} -> {used}"))
                    .or_default()
                    .push(file.strip_prefix(&src).unwrap().display().to_string()),
            }
        }
    }
    unknown.dedup();
    assert!(
        unknown.is_empty(),
        "modules with no layer in LAYERS (add them): {unknown:?}"
    );
    assert!(
        wrong.is_empty(),
        "imports that do not point down a layer:\n{}",
        wrong
            .iter()
            .map(|(edge, files)| format!("  {edge}: {}", files.join(", ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_check_sees_an_import_that_runs_up() {
    let code = code(
        "use crate::paper::Paper;\n#[cfg(test)]\nmod tests {\n    use crate::builder;\n}\n// crate::coach\n",
    );
    assert_eq!(uses(&code), vec!["paper".to_owned()]);
    assert_eq!(uses("let said = crate::t!(\"home-start\");"), ["i18n"]);
}
