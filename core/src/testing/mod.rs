//! Test doubles and scaffolding: a clock the test sets, a cue player that
//! records, small content, and the save loop the crash test kills. Built
//! only for tests (`cfg(test)`, and the `testing` feature that the app's
//! tests turn on through its dev-dependency on this crate), so none of it
//! is part of the app.

mod audio;
mod clock;
mod content;
mod stress;

pub use audio::RecordingPlayer;
pub use clock::{FAKE_UNIX_START, FakeClock};
pub use content::{exercise, resolved, step};
pub use stress::{save_loop, stress_state, stress_state_number};

/// The language of `tag` whether or not Limber has its catalogues yet (its
/// messages are English where it has none): for tests of what follows the
/// language, such as the voice. Panics on a tag that is no language tag.
pub fn language(tag: &str) -> crate::i18n::Language {
    crate::i18n::Language::unshipped(tag)
}
