//! `limber check --translations`, the catalogues' part: for each language,
//! what is wrong in its `.ftl` files (placed at `file:line:col`) and which
//! English messages it does not have yet.
//!
//! Errors: a syntax error; a message English does not have (a typo, or
//! one English dropped); a variable English does not give (`{ $name }`
//! would show as itself); a reference to a message or term the language
//! does not define (Fluent looks only in the same language); a message
//! defined twice. Warnings: a message in another file than English keeps
//! it (translators work file by file). Untranslated messages are counted.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;

use super::catalogue::{self, CatalogueFile};
use super::language::{ENGLISH, Language};

/// One thing to fix in a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `<locales>/es/player.ftl`.
    pub path: String,
    /// 1-based line and column (in characters), when it has a place.
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub error: bool,
    pub message: String,
}

impl fmt::Display for Finding {
    /// `path:line:col: message`, warnings marked, like content problems.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        if self.error {
            write!(f, ": {}", self.message)
        } else {
            write!(f, ": warning: {}", self.message)
        }
    }
}

/// One language's catalogues, checked against English.
#[derive(Debug, Clone)]
pub struct Report {
    /// The folder's tag (`es`, `pt-BR`).
    pub tag: String,
    pub findings: Vec<Finding>,
    /// How many messages English has.
    pub english_messages: usize,
    /// The English messages this language lacks, by id.
    pub untranslated: Vec<String>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.error).count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// The language, when Limber has it (every folder checked is one).
    pub fn language(&self) -> Option<Language> {
        Language::of_tag(&self.tag)
    }
}

/// Every embedded catalogue, English first (the pseudo-language is made
/// from English and needs no check).
pub fn check() -> Vec<Report> {
    check_files(&catalogue::files())
}

/// What one message or term says and needs.
#[derive(Debug, Default)]
struct Entry {
    file: String,
    /// Where its id starts (byte offset) in its file.
    offset: usize,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

#[derive(Debug, Default)]
struct Parsed {
    messages: BTreeMap<String, Entry>,
    terms: BTreeMap<String, Entry>,
    findings: Vec<Finding>,
}

pub(crate) fn check_files(files: &[CatalogueFile]) -> Vec<Report> {
    let mut by_language: BTreeMap<&str, Vec<&CatalogueFile>> = BTreeMap::new();
    for file in files {
        by_language.entry(&file.language).or_default().push(file);
    }
    let english = by_language
        .get(ENGLISH)
        .map(|files| parse_language(files))
        .unwrap_or_default();
    let texts: BTreeMap<&str, &str> = files.iter().map(|f| (f.display.as_str(), f.text)).collect();
    let mut reports = Vec::new();
    let mut tags: Vec<&str> = by_language.keys().copied().collect();
    tags.sort_by_key(|tag| (*tag != ENGLISH, *tag));
    for tag in tags {
        let parsed = if tag == ENGLISH {
            None
        } else {
            by_language.get(tag).map(|files| parse_language(files))
        };
        let language = parsed.as_ref().unwrap_or(&english);
        let mut findings = language.findings.clone();
        let place = |entry: &Entry| locate(&texts, &entry.file, entry.offset);
        let mut finding = |entry: &Entry, error: bool, message: String| {
            let (line, col) = place(entry);
            findings.push(Finding {
                path: entry.file.clone(),
                line,
                col,
                error,
                message,
            });
        };
        for (id, entry) in language.messages.iter().chain(&language.terms) {
            for message in &entry.messages {
                let base = message.split('.').next().unwrap_or(message);
                if !language.messages.contains_key(base) {
                    finding(
                        entry,
                        true,
                        crate::t!(
                            "catalogue-missing-reference",
                            id = id.as_str(),
                            base = base,
                            tag = tag
                        ),
                    );
                }
            }
            for term in &entry.terms {
                if !language.terms.contains_key(term) {
                    finding(
                        entry,
                        true,
                        crate::t!(
                            "catalogue-missing-term",
                            id = id.as_str(),
                            term = term.as_str(),
                            tag = tag
                        ),
                    );
                }
            }
        }
        let mut untranslated = Vec::new();
        if let Some(parsed) = &parsed {
            for (id, entry) in &parsed.messages {
                let Some(source) = english.messages.get(id) else {
                    finding(
                        entry,
                        true,
                        crate::t!("catalogue-not-english", id = id.as_str()),
                    );
                    continue;
                };
                for variable in entry.variables.difference(&source.variables) {
                    finding(
                        entry,
                        true,
                        crate::t!(
                            "catalogue-extra-variable",
                            id = id.as_str(),
                            variable = variable.as_str(),
                            given = listed(&source.variables, "$")
                        ),
                    );
                }
                for attribute in entry.attributes.difference(&source.attributes) {
                    finding(
                        entry,
                        true,
                        crate::t!(
                            "catalogue-extra-attribute",
                            id = id.as_str(),
                            attribute = attribute.as_str()
                        ),
                    );
                }
                if file_name(&entry.file) != file_name(&source.file) {
                    finding(
                        entry,
                        false,
                        crate::t!(
                            "catalogue-other-file",
                            id = id.as_str(),
                            file = file_name(&source.file)
                        ),
                    );
                }
            }
            untranslated = english
                .messages
                .keys()
                .filter(|id| !parsed.messages.contains_key(*id))
                .cloned()
                .collect();
        }
        findings.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        reports.push(Report {
            tag: tag.to_owned(),
            findings,
            english_messages: english.messages.len(),
            untranslated,
        });
    }
    reports
}

fn listed(items: &BTreeSet<String>, prefix: &str) -> String {
    let names: Vec<String> = items.iter().map(|name| format!("{prefix}{name}")).collect();
    crate::t!(
        "catalogue-variables-given",
        count = names.len(),
        names = names.join(", ")
    )
}

fn file_name(display: &str) -> &str {
    display.rsplit('/').next().unwrap_or(display)
}

/// Line and column of `offset` in the file shown as `display`.
fn locate(
    texts: &BTreeMap<&str, &str>,
    display: &str,
    offset: usize,
) -> (Option<usize>, Option<usize>) {
    let Some(text) = texts.get(display) else {
        return (None, None);
    };
    let (line, col) = line_col(text, offset);
    (Some(line), Some(col))
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut start = offset;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Where `slice`, a part of `text`, starts in it.
fn offset_in(text: &str, slice: &str) -> usize {
    let start = text.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    if at >= start && at <= start + text.len() {
        at - start
    } else {
        0
    }
}

fn parse_language(files: &[&CatalogueFile]) -> Parsed {
    let mut parsed = Parsed::default();
    for file in files {
        let resource = match fluent_syntax::parser::parse(file.text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let (line, col) = line_col(file.text, error.pos.start);
                    parsed.findings.push(Finding {
                        path: file.display.clone(),
                        line: Some(line),
                        col: Some(col),
                        error: true,
                        message: format!("syntax: {error}"),
                    });
                }
                resource
            }
        };
        for entry in &resource.body {
            let (id, is_term, entry) = match entry {
                ast::Entry::Message(message) => {
                    let mut found = Entry::default();
                    if let Some(value) = &message.value {
                        walk_pattern(value, &mut found);
                    }
                    for attribute in &message.attributes {
                        found.attributes.insert(attribute.id.name.to_owned());
                        walk_pattern(&attribute.value, &mut found);
                    }
                    found.offset = offset_in(file.text, message.id.name);
                    (message.id.name, false, found)
                }
                ast::Entry::Term(term) => {
                    let mut found = Entry::default();
                    walk_pattern(&term.value, &mut found);
                    for attribute in &term.attributes {
                        found.attributes.insert(attribute.id.name.to_owned());
                        walk_pattern(&attribute.value, &mut found);
                    }
                    // A term's variables are its own parameters.
                    found.variables.clear();
                    found.offset = offset_in(file.text, term.id.name);
                    (term.id.name, true, found)
                }
                _ => continue,
            };
            let entry = Entry {
                file: file.display.clone(),
                ..entry
            };
            let table = if is_term {
                &mut parsed.terms
            } else {
                &mut parsed.messages
            };
            if let Some(first) = table.get(id) {
                let (line, col) = line_col(file.text, entry.offset);
                parsed.findings.push(Finding {
                    path: file.display.clone(),
                    line: Some(line),
                    col: Some(col),
                    error: true,
                    message: crate::t!(
                        "catalogue-defined-twice",
                        id = format!("{}{id}", if is_term { "-" } else { "" }),
                        file = file_name(&first.file)
                    ),
                });
                continue;
            }
            table.insert(id.to_owned(), entry);
        }
    }
    parsed
}

fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut Entry) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, found: &mut Entry) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, found: &mut Entry) {
    match inline {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, found);
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_owned(),
            };
            found.messages.insert(name);
        }
        ast::InlineExpression::TermReference { id, .. } => {
            found.terms.insert(id.name.to_owned());
        }
        ast::InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
    }
}
