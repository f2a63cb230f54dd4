//! The routine engine: dose resolution, the plan of phases, the clock-driven
//! session state machine and a plain-text description of a routine.
//!
//! Pure logic: nothing here knows about iced, audio or files.

pub mod agenda;
pub mod describe;
pub mod dose;
pub mod engine;
pub mod plan;
