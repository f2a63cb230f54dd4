//! Widgets shared by the screens.

pub mod chart;
pub mod controls;
pub mod day_mark;
pub mod figure;
pub mod keyed_cache;
pub mod keys;
pub mod own_layer;
pub mod pain;
pub mod ring;
