//! The catalogues embedded in the binary, one Fluent bundle per language,
//! and looking a message up with the fallback to English.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

use super::language::{ENGLISH, Language, PSEUDO};
use super::{Arg, pseudo};

/// `core/locales/`: a folder per language, a `.ftl` file per area.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// How problems name an embedded catalogue file (`<locales>/es/home.ftl`).
pub const LOCALES_PREFIX: &str = "<locales>";

/// The areas of the app, one catalogue file each in every language, so
/// several people can translate at once without touching the same file.
/// English has every one of them (a test checks).
pub const AREAS: &[&str] = &[
    "common",
    "home",
    "routine",
    "player",
    "finish",
    "safety",
    "settings",
    "history",
    "plan",
    "builder",
    "exercises",
    "coach",
    "papers",
    "report",
    "cli",
    "check",
    "notices",
    "speech",
];

/// One embedded `.ftl` file.
#[derive(Debug, Clone)]
pub(crate) struct CatalogueFile {
    /// Its folder: `en`, `pt-BR`.
    pub language: String,
    /// `<locales>/es/home.ftl`.
    pub display: String,
    pub text: &'static str,
}

/// Every embedded catalogue file, sorted by language and name. Files
/// that are not `.ftl` (a README) are left out.
pub(crate) fn files() -> Vec<CatalogueFile> {
    let mut found = Vec::new();
    for language in LOCALES.dirs() {
        let Some(tag) = language.path().file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        for file in language.files() {
            let is_ftl = file.path().extension().is_some_and(|e| e == "ftl");
            let Some(name) = file.path().file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !is_ftl {
                continue;
            }
            match file.contents_utf8() {
                Some(text) => found.push(CatalogueFile {
                    language: tag.to_owned(),
                    display: format!("{LOCALES_PREFIX}/{tag}/{name}"),
                    text: text.strip_prefix('\u{feff}').unwrap_or(text),
                }),
                None => tracing::warn!("{LOCALES_PREFIX}/{tag}/{name}: not UTF-8, not loaded"),
            }
        }
    }
    found.sort_by(|a, b| a.display.cmp(&b.display));
    found
}

/// The languages with a catalogue folder (not the pseudo-language, which
/// is made from English).
pub(crate) fn languages() -> Vec<LanguageIdentifier> {
    let mut tags: Vec<LanguageIdentifier> = files()
        .iter()
        .filter_map(|file| file.language.parse().ok())
        .collect();
    tags.dedup();
    if !tags.iter().any(|tag| *tag == ENGLISH) {
        // Never without English: the fallback of every message.
        tags.push(ENGLISH.parse().unwrap_or_default());
    }
    tags.retain(|tag| *tag != PSEUDO);
    tags
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogue files of every language, and a bundle for each language
/// asked for, parsed the first time it is asked for: a program in Spanish
/// parses Spanish and English (the fallback), never the other languages.
/// The pseudo-language's bundle is made from English.
pub(crate) struct Catalogues {
    /// By catalogue tag: that folder's files.
    files: HashMap<String, Vec<CatalogueFile>>,
    /// By catalogue tag: the bundle made so far, or `None` for a tag with
    /// no catalogue.
    bundles: Mutex<HashMap<String, Option<Arc<Bundle>>>>,
}

static EMBEDDED: LazyLock<Catalogues> = LazyLock::new(|| Catalogues::from_files(&files()));

impl Catalogues {
    pub(crate) fn from_files(files: &[CatalogueFile]) -> Catalogues {
        let mut by_language: HashMap<String, Vec<CatalogueFile>> = HashMap::new();
        for file in files {
            by_language
                .entry(file.language.clone())
                .or_default()
                .push(file.clone());
        }
        Catalogues {
            files: by_language,
            bundles: Mutex::new(HashMap::new()),
        }
    }

    /// The bundle of the catalogue `tag`, made on first use.
    fn bundle(&self, tag: &str) -> Option<Arc<Bundle>> {
        let mut bundles = self
            .bundles
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        bundles
            .entry(tag.to_owned())
            .or_insert_with(|| self.make(tag).map(Arc::new))
            .clone()
    }

    fn make(&self, tag: &str) -> Option<Bundle> {
        if tag == PSEUDO {
            // Plural rules and number forms are English ones: the pseudo-
            // language is English in disguise.
            let en: LanguageIdentifier = ENGLISH.parse().unwrap_or_default();
            let english = self.files.get(ENGLISH).map(Vec::as_slice).unwrap_or(&[]);
            return Some(bundle(en, english, Some(pseudo::transform)));
        }
        let files = self.files.get(tag)?;
        let Ok(id) = tag.parse::<LanguageIdentifier>() else {
            tracing::warn!("{LOCALES_PREFIX}/{tag}: not a language tag, not loaded");
            return None;
        };
        Some(bundle(id, files, None))
    }

    /// The catalogues parsed so far, by tag, sorted.
    #[cfg(test)]
    pub(crate) fn parsed(&self) -> Vec<String> {
        let bundles = self
            .bundles
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut tags: Vec<String> = bundles
            .iter()
            .filter(|(_, bundle)| bundle.is_some())
            .map(|(tag, _)| tag.clone())
            .collect();
        tags.sort();
        tags
    }

    /// Whether `language`'s own catalogue has the message `id` (or
    /// `id.attribute`).
    pub(crate) fn has(&self, language: &Language, id: &str) -> bool {
        self.bundle(&language.tag())
            .is_some_and(|bundle| pattern(&bundle, id).is_some())
    }

    /// `id` in `language`, else in English, else the id itself; problems
    /// logged once each.
    pub(crate) fn format(&self, language: &Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let fluent = fluent_args(args);
        let tag = language.tag();
        let own = self.bundle(&tag);
        if let Some(text) = own
            .as_deref()
            .and_then(|bundle| format_in(bundle, &tag, id, fluent.as_ref()))
        {
            return if language.is_pseudo() {
                format!("[{text}]")
            } else {
                text
            };
        }
        if tag != ENGLISH {
            if own.is_none_or(|bundle| pattern(&bundle, id).is_none()) {
                log_once(&tag, id, "has no message; English is used");
            }
            if let Some(text) = self
                .bundle(ENGLISH)
                .and_then(|bundle| format_in(&bundle, ENGLISH, id, fluent.as_ref()))
            {
                return text;
            }
        }
        log_once(ENGLISH, id, "has no message; its id is shown");
        id.to_owned()
    }
}

type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

fn bundle(id: LanguageIdentifier, files: &[CatalogueFile], transform: Option<Transform>) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every placeable are for text mixing
    // directions; the window and the terminal would show them as boxes.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    for file in files {
        let resource = match FluentResource::try_new(file.text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                // What parsed is kept; `limber check --translations` places
                // each error.
                tracing::warn!(
                    "{}: {} syntax error(s); the rest of the file is used",
                    file.display,
                    errors.len()
                );
                resource
            }
        };
        // A message defined twice keeps its first definition.
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(
                "{}: {} message(s) defined again",
                file.display,
                errors.len()
            );
        }
    }
    bundle
}

/// [`Catalogues::has`] in the embedded catalogues.
pub(crate) fn has(language: &Language, id: &str) -> bool {
    EMBEDDED.has(language, id)
}

/// [`Catalogues::format`] in the embedded catalogues.
pub(crate) fn format(language: &Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    EMBEDDED.format(language, id, args)
}

/// The pattern of `id` (`message` or `message.attribute`).
fn pattern<'b>(bundle: &'b Bundle, id: &str) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    match attribute {
        None => message.value(),
        Some(name) => message
            .get_attribute(name)
            .map(|attribute| attribute.value()),
    }
}

fn fluent_args<'a>(args: &'a [(&str, Arg<'a>)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Text(text) => FluentValue::from(text.as_ref()),
        };
        fluent.set(*name, value);
    }
    Some(fluent)
}

fn format_in(bundle: &Bundle, tag: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = pattern(bundle, id)?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if let Some(first) = errors.first() {
        // Fluent still wrote the rest (a missing argument as `{$name}`):
        // English's own is shown so, as the last resort; a translation
        // that cannot be written whole gives way to English.
        if tag == ENGLISH || tag == PSEUDO {
            log_once(tag, id, &format!("cannot be written whole: {first}"));
        } else {
            log_once(
                tag,
                id,
                &format!("cannot be written whole: {first}; English is used"),
            );
            return None;
        }
    }
    Some(text)
}

/// At most this many different problems are remembered (and so logged);
/// after that they are not logged at all rather than grow without bound.
const REMEMBERED_PROBLEMS: usize = 1000;

static LOGGED: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

fn log_once(tag: &str, id: &str, what: &str) {
    let key = format!("{tag} {id} {what}");
    let mut logged = LOGGED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if logged.len() >= REMEMBERED_PROBLEMS || !logged.insert(key) {
        return;
    }
    drop(logged);
    tracing::warn!(target: "limber::i18n", "message `{id}` in `{tag}` {what}");
}

/// How many problems have been logged (for tests of "logged once").
#[cfg(test)]
pub(crate) fn logged_count(prefix: &str) -> usize {
    LOGGED
        .lock()
        .map(|logged| logged.iter().filter(|k| k.starts_with(prefix)).count())
        .unwrap_or(0)
}

/// A catalogue file made in a test.
#[cfg(test)]
pub(crate) fn test_file(language: &str, name: &str, text: &str) -> CatalogueFile {
    CatalogueFile {
        language: language.to_owned(),
        display: format!("{LOCALES_PREFIX}/{language}/{name}"),
        text: Box::leak(text.to_owned().into_boxed_str()),
    }
}
