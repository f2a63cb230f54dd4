//! Limber: guided home exercises for lower-back and hip pain.
//!
//! A pure core (content, profile, session, figure, audio and the small
//! helpers below) with a thin iced shell in [`ui`].

pub mod advice;
pub mod audio;
pub mod calendar;
pub mod chart;
pub mod cli;
pub mod content;
pub mod figure;
pub mod prescription;
pub mod profile;
pub mod safety;
pub mod schedule;
pub mod session;
pub mod ui;
