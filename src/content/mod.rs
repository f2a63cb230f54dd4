//! Content: the areas, exercises, routines and poses a physiotherapist
//! writes as RON files, loaded from the shipped folder (embedded in the
//! binary), the user's `<data dir>/content` and `--content DIR`, merged by id
//! and validated with `file:line:col` for every problem.
//!
//! Loading never fails: what is valid loads, everything else comes back as a
//! [`Problem`]. See `content/README.md` for the rules.

pub mod pack;
pub mod schema;

mod check;
mod library;
mod locate;
mod problem;
mod source;
mod validate;
pub mod watch;

pub use check::{CheckOutcome, check, summary};
pub use library::{ImageSource, Library, MAX_PROBLEMS_PER_FILE, Sources};
pub use problem::{Place, Problem, Severity};
pub use validate::{MAX_ID_LEN, MAX_TRANSITION_SECONDS};
pub use watch::{ContentWatcher, DEBOUNCE, WatchError};
