//! Content: the areas, exercises, routines and poses a physiotherapist
//! writes as RON files, loaded from the shipped folder (embedded in the
//! binary), the user's `<data dir>/content` and `--content DIR`, merged by id
//! and validated with `file:line:col` for every problem.
//!
//! Loading never fails: what is valid loads, everything else comes back as a
//! [`Problem`]. See `content/README.md` for the rules.

pub mod pack;
pub mod schema;
mod side;
pub mod size;

mod library;
mod locate;
mod problem;
mod source;
pub mod translation;
mod validate;

pub use library::{ImageSource, Library, MAX_PROBLEMS_PER_FILE, Sources, cap_per_file};
pub use problem::{Place, Problem, Severity};
pub use side::{SIDE_PLACEHOLDERS, Side};
pub use source::IMAGE_EXTENSIONS;
pub use source::MAX_RON_BYTES;
pub use translation::TranslationReport;
pub use validate::{MAX_ID_LEN, MAX_TRANSITION_SECONDS};

/// A content file's text as Limber writes one (a routine made in the app,
/// a pack's files): no struct names, `Some` left implicit, four-space
/// indents — the way `content/README.md` shows files to authors.
pub fn to_ron_text<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let pretty = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ");
    options.to_string_pretty(value, pretty)
}
