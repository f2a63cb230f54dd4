//! Writes what the installed app needs beside its binary and that is made
//! from the command-line definitions: the man pages and the bash, zsh and
//! fish completions. `scripts/package.sh` runs it before packaging:
//!
//! ```text
//! cargo run --example package_assets -- target/dist/assets
//! ```
//!
//! gives `man/limber.1`, `man/limber-<subcommand>.1` and
//! `completions/{limber.bash,_limber,limber.fish}`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap_complete::Shell;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: package_assets OUT_DIR");
        return ExitCode::from(2);
    };
    match write(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("package_assets: {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn write(out: &std::path::Path) -> std::io::Result<()> {
    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    limber::cli::write_man_pages(&man)?;
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for (shell, name) in [
        (Shell::Bash, "limber.bash"),
        (Shell::Zsh, "_limber"),
        (Shell::Fish, "limber.fish"),
    ] {
        let mut file = std::fs::File::create(completions.join(name))?;
        limber::cli::write_completions(shell, &mut file)?;
    }
    Ok(())
}
