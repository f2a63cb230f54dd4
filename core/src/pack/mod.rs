//! Prescription packs: a routine handed from one Limber to another as a
//! content folder (or a `.zip` of one).
//!
//! [`export`] writes the routine with everything it needs (its exercises,
//! areas, poses and pictures) and the exporting profile's doses pinned as
//! the routine's dose override, so another Limber plays the same numbers.
//! [`import`] copies a pack into `<data dir>/content` only after the same
//! checks as `limber check` pass, reading a zip defensively (no path out of
//! the folder, no links or devices, sizes capped before and while
//! extracting), and swaps the result into place with a rename so a crash
//! leaves the old content or the new, never half of it.
//!
//! The pack's optional manifest (`pack.ron`: author, version, reviewed) is
//! [`crate::content::pack::Manifest`]; an import keeps it, with what the
//! pack brought, in `<data dir>/content/.packs/` for the app to show
//! ([`imported_packs`]).

mod archive;
mod export;
mod import;

use std::path::PathBuf;

pub use crate::content::pack::{ImportedPack, PACKS_FOLDER};
pub use archive::{MAX_ENTRIES, MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_BYTES};
pub use export::{ExportRequest, ExportSummary, PackFiles, export, pack_files};
pub use import::{
    CONTENT_LOCK_FILE, ContentLock, ImportSummary, import, imported_packs, lock_content,
    take_replacement_notices,
};

/// Everything that can stop an export or an import.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("{}", crate::files::io_failed(action, &crate::terminal::quoted(path), source))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The pack was refused; nothing was copied.
    #[error("{}", refused(pack, problems))]
    Refused { pack: String, problems: Vec<String> },
    #[error("{0}")]
    Export(String),
}

fn refused(pack: &str, problems: &[String]) -> String {
    let mut text = crate::t!("pack-refused", pack = pack, count = problems.len());
    for problem in problems {
        text.push_str("\n  ");
        text.push_str(problem);
    }
    text
}

impl PackError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> PackError {
        let path = path.into();
        move |source| PackError::Io {
            action,
            path,
            source,
        }
    }
}
