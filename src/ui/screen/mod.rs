//! One module per screen.

pub mod builder;
pub mod exercises;
pub mod finish;
pub mod history;
pub mod home;
pub mod newer;
pub mod plan;
pub mod player;
pub mod routine;
pub mod safety;
pub mod settings;
