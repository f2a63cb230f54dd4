//! What the app tells the person about safety and pain: the safety text
//! (who should ask first, when to stop, the red flags) and the advice after
//! a session's pain check-in. One module owns each of these words, so every
//! screen and the command line say the same thing.

pub mod advice;
pub mod safety;
