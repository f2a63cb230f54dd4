//! What the app tells the person about safety and pain: the safety text
//! (who should ask first, when to stop, the red flags, how to get
//! emergency help where the person is) and the advice after
//! a session's pain check-in. One module owns each of these words, so every
//! screen and the command line say the same thing.

pub mod advice;
pub mod emergency;
pub mod safety;
