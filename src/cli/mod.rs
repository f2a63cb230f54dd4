//! The command line: the clap definitions ([`args`], from which `--help`,
//! the man pages and the shell completions are made), one module per
//! command, and the [`env::Env`] they share (the data folder, the store and
//! the content opened once, notices on stderr, the exit code). `main.rs`
//! parses and hands each command to its module.

mod args;
pub mod env;

pub mod app;
pub mod check;
pub mod cue_sheet;
pub mod figures;
pub mod history;
pub mod pack;
pub mod plan;
pub mod print;
pub mod remind;
pub mod report;
pub mod show;

pub use args::*;
