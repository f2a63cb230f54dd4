//! Progress a person can see: times in words ("yesterday"), sessions per
//! week and pain over time, computed from the history without a window.

pub mod calendar;
pub mod chart;
