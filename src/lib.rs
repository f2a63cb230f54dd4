//! Limber, the app: the iced shell ([`ui`]), the command line ([`cli`]) and
//! the platform's side of the core's traits ([`platform`]: sound, speech,
//! notifications, start at login, watching the content folders). What it
//! shows and decides is `limber_core`'s. See `docs/architecture.md`.

/// The app's id on the desktop: the installed `.desktop` file's name
/// (packaging/linux/), the AppStream id, the window's app id and the
/// reminders' desktop entry (Linux); the Windows installers' shortcut id
/// and the macOS bundle id (Cargo.toml's packager identifier).
pub const APP_ID: &str = "io.github.limber.Limber";

pub mod cli;
pub mod platform;
pub mod ui;

/// Gives the core what it takes from the app before anything runs: the
/// papers' typeface (Fira Sans, the font iced embeds for the window).
pub fn init() {
    limber_core::paper::font::use_typeface(iced::advanced::graphics::text::FIRA_SANS_REGULAR);
}
