//! What Limber writes out for people to read elsewhere: a profile's history
//! as a terminal table or CSV.

pub mod history;
