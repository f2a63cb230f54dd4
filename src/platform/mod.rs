//! The platform's side of the core's traits: the real sound player, voice,
//! notifications, reminders at login, and the content folders watched for
//! changes. Each is a thin layer over a kept crate; what to play, say or
//! show is decided in `limber_core`.

pub mod audio;
pub mod autostart;
pub mod notifications;
pub mod reminders;
pub mod speech;
pub mod watch;
