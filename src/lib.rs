//! Limber: guided home exercises for lower-back and hip pain.
//!
//! A pure core (content, profile, session, figure, audio and the folders
//! below) with a thin iced shell in [`ui`]. See `docs/architecture.md`.

/// The app's id on the desktop: the installed `.desktop` file's name
/// (packaging/linux/), the AppStream id, the window's app id and the
/// reminders' desktop entry (Linux); the Windows installers' shortcut id
/// and the macOS bundle id (Cargo.toml's packager identifier).
pub const APP_ID: &str = "io.github.limber.Limber";

pub mod audio;
pub mod builder;
pub mod cli;
pub mod clock;
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
pub mod terminal;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod ui;
pub mod words;
