//! The real `limber` binary, run the same way by every test: its data in
//! the test's own folder, and nothing written outside the test's folders
//! (the autostart entry goes to a config folder that is the test's, or to
//! none at all).

use std::path::Path;
use std::process::{Command, Output};

/// `limber` with the data folder `data_dir` (through `LIMBER_DATA_DIR`,
/// as a person's environment would give it), run in the repository (so a
/// relative `content` means the shipped folder), with no config folder to
/// write an autostart entry into unless the test gives one.
pub fn command(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_limber"));
    command
        .env("LIMBER_DATA_DIR", data_dir)
        // Inside the test's data folder, made only if something writes
        // an autostart entry (the tests that do give their own).
        .env("XDG_CONFIG_HOME", data_dir.join(".config-of-this-test"))
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// `limber ARGS` on `data_dir`.
pub fn limber(args: &[&str], data_dir: &Path) -> Output {
    limber_with(args, data_dir, &[])
}

/// `limber ARGS` on `data_dir` with more environment (a time zone, a
/// locale, a config folder, a fault-injection hook).
pub fn limber_with(args: &[&str], data_dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = command(data_dir);
    command.args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("limber runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Its standard output, after checking it succeeded (both streams shown
/// when not).
pub fn ok(output: &Output) -> String {
    let text = stdout(output);
    assert!(output.status.success(), "{text}\n{}", stderr(output));
    text
}
