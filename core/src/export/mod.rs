//! What Limber writes out for people to read elsewhere: a profile's history
//! as a terminal table or CSV (the visit report and the routine sheet are
//! [`crate::paper`]'s).

pub mod history;
