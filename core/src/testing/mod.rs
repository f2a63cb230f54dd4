//! Test doubles and scaffolding: a clock the test sets, a cue player that
//! records, and the save loop the crash test kills. Built only for tests
//! (`cfg(test)`, and the `testing` feature that the integration tests turn
//! on through the crate's dev-dependency on itself), so none of it is part
//! of the app's library surface.

mod audio;
mod clock;
mod stress;

pub use audio::RecordingPlayer;
pub use clock::{FAKE_UNIX_START, FakeClock};
pub use stress::{save_loop, stress_state, stress_state_number};
