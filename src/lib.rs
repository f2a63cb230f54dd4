//! Limber: guided home exercises for lower-back and hip pain.
//!
//! A pure core (content, profile, session, figure, audio and the folders
//! below) with a thin iced shell in [`ui`]. See `docs/architecture.md`.

pub mod audio;
pub mod builder;
pub mod cli;
pub mod coach;
pub mod content;
pub mod figure;
pub mod files;
pub mod guidance;
pub mod pack;
pub mod paper;
pub mod prescription;
pub mod profile;
pub mod progress;
pub mod report;
pub mod schedule;
pub mod session;
pub mod speech;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod ui;
pub mod words;
