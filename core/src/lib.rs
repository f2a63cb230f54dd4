//! Limber's core: everything that can be known and tested without a window,
//! a loudspeaker or a desktop. Content and its checks, the figure, the
//! session engine, profiles and their store, the weekly plan's rules, the
//! words, the safety guidance, the coach's timeline, the papers and the
//! packs; and the traits the app implements for the platform (sound,
//! speech, notifications, reminders at login).
//!
//! No GUI, audio or platform crate is under this crate (the app's
//! `tests/core_wall.rs` checks `cargo tree`). See `docs/architecture.md`.

pub mod builder;
pub mod coach;
pub mod content;
pub mod dose;
pub mod export;
pub mod figure;
pub mod files;
pub mod guidance;
pub mod i18n;
pub mod ids;
pub mod limits;
pub mod pack;
pub mod paper;
pub mod prescription;
pub mod profile;
pub mod progress;
pub mod region;
pub mod schedule;
pub mod session;
pub mod sound;
pub mod speech;
pub mod terminal;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod time;
pub mod words;
