//! The routine engine: the plan of phases, the clock-driven
//! session state machine, the stages the player shows and moves by, and a
//! plain-text description of a routine.
//!
//! Pure logic: nothing here knows about iced, audio or files.

pub mod agenda;
pub mod describe;
pub mod engine;
pub mod phases;
pub mod stage;

/// Doses are resolved below the session (the words and the content checks
/// use them too); `session::dose` names the same module.
pub use crate::dose;
