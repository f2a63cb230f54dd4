//! An agenda: things to do at given instants, in time order.
//!
//! The audio and speech workers each keep one. The player schedules the
//! routine's cues ahead of time (`CuePlayer::play_at`, `Speaker::say_at`);
//! a worker sleeps until the agenda's next instant, takes what is due and
//! hands it to the mixer or the speech engine. Cancelling (pause, skip,
//! back, stop) clears the agenda.
//!
//! Pure bookkeeping: no threads and no clock of its own. The caller passes
//! `now`, so tests drive it with [`FakeClock`](super::engine::FakeClock)
//! instants and never sleep.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

/// How a worker's sleep ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Woken<C> {
    /// A command came.
    Command(C),
    /// The wait passed: something is due.
    Due,
    /// Every sender is gone: the worker ends.
    Gone,
}

/// Sleeps until a command comes on `commands` or `wait` passes (`None`:
/// until a command, however long).
pub fn sleep<C>(commands: &std::sync::mpsc::Receiver<C>, wait: Option<Duration>) -> Woken<C> {
    use std::sync::mpsc::RecvTimeoutError;
    match wait {
        Some(wait) => match commands.recv_timeout(wait) {
            Ok(command) => Woken::Command(command),
            Err(RecvTimeoutError::Timeout) => Woken::Due,
            Err(RecvTimeoutError::Disconnected) => Woken::Gone,
        },
        None => commands.recv().map_or(Woken::Gone, Woken::Command),
    }
}

/// Items due at instants. Items due at the same instant come out in the
/// order they were added.
#[derive(Debug)]
pub struct Agenda<T> {
    /// Min-heap on (due, sequence number).
    entries: BinaryHeap<Reverse<Entry<T>>>,
    next_seq: u64,
}

#[derive(Debug)]
struct Entry<T> {
    due: Instant,
    seq: u64,
    item: T,
}

impl<T> PartialEq for Entry<T> {
    fn eq(&self, other: &Self) -> bool {
        (self.due, self.seq) == (other.due, other.seq)
    }
}

impl<T> Eq for Entry<T> {}

impl<T> PartialOrd for Entry<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Entry<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.due, self.seq).cmp(&(other.due, other.seq))
    }
}

impl<T> Default for Agenda<T> {
    fn default() -> Self {
        Agenda {
            entries: BinaryHeap::new(),
            next_seq: 0,
        }
    }
}

impl<T> Agenda<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `item`, due at `due` (an instant in the past is due at once).
    pub fn push(&mut self, due: Instant, item: T) {
        let seq = self.next_seq;
        self.next_seq = self.next_seq.wrapping_add(1);
        self.entries.push(Reverse(Entry { due, seq, item }));
    }

    /// Forgets everything scheduled.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The earliest due instant, if anything is scheduled.
    pub fn next_due(&self) -> Option<Instant> {
        self.entries.peek().map(|Reverse(entry)| entry.due)
    }

    /// How long a worker may sleep at `now`: until the next due instant or
    /// `deadline` (its own business, such as closing a device), whichever
    /// comes first, zero if one has passed; `None` when there is neither,
    /// so the worker sleeps until a command comes and an idle app is
    /// never woken.
    pub fn wait_until(&self, now: Instant, deadline: Option<Instant>) -> Option<Duration> {
        let first = match (self.next_due(), deadline) {
            (Some(due), Some(deadline)) => Some(due.min(deadline)),
            (due, deadline) => due.or(deadline),
        };
        first.map(|first| first.saturating_duration_since(now))
    }

    /// Removes and returns every item due by `now` (due ≤ now), earliest
    /// first, each with its due instant.
    pub fn take_due(&mut self, now: Instant) -> Vec<(Instant, T)> {
        let mut due = Vec::new();
        while self
            .entries
            .peek()
            .is_some_and(|Reverse(entry)| entry.due <= now)
        {
            if let Some(Reverse(entry)) = self.entries.pop() {
                due.push((entry.due, entry.item));
            }
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FakeClock;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn items_come_out_when_due_in_time_order_ties_in_insertion_order() {
        let clock = FakeClock::new(Instant::now());
        let mut agenda = Agenda::new();
        agenda.push(clock.at(secs(2.0)), "b");
        agenda.push(clock.at(secs(1.0)), "a");
        agenda.push(clock.at(secs(2.0)), "c");
        agenda.push(clock.at(secs(3.0)), "d");
        assert_eq!(agenda.len(), 4);
        assert_eq!(agenda.next_due(), Some(clock.at(secs(1.0))));

        assert!(agenda.take_due(clock.at(secs(0.999))).is_empty());
        assert_eq!(
            agenda.take_due(clock.at(secs(1.0))),
            vec![(clock.at(secs(1.0)), "a")]
        );
        // A late look takes everything due by then, earliest first.
        let due: Vec<&str> = agenda
            .take_due(clock.at(secs(2.5)))
            .into_iter()
            .map(|(_, item)| item)
            .collect();
        assert_eq!(due, vec!["b", "c"]);
        assert_eq!(agenda.len(), 1);
    }

    #[test]
    fn the_wait_is_until_the_first_of_the_next_item_and_the_deadline() {
        let clock = FakeClock::new(Instant::now());
        let mut agenda = Agenda::new();
        let deadline = Some(clock.at(secs(60.0)));
        // Nothing at all: sleep until a command.
        assert_eq!(agenda.wait_until(clock.at(secs(0.0)), None), None);
        assert_eq!(
            agenda.wait_until(clock.at(secs(0.0)), deadline),
            Some(secs(60.0))
        );
        agenda.push(clock.at(secs(1.5)), ());
        assert_eq!(
            agenda.wait_until(clock.at(secs(0.25)), None),
            Some(secs(1.25))
        );
        assert_eq!(
            agenda.wait_until(clock.at(secs(0.25)), Some(clock.at(secs(1.25)))),
            Some(secs(1.0))
        );
        assert_eq!(
            agenda.wait_until(clock.at(secs(2.0)), deadline),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn a_sleep_ends_with_a_command_the_wait_or_the_senders_gone() {
        let (sender, commands) = std::sync::mpsc::channel();
        sender.send(7).expect("send");
        assert_eq!(sleep(&commands, None), Woken::Command(7));
        assert_eq!(sleep(&commands, Some(secs(0.01))), Woken::Due);
        drop(sender);
        assert_eq!(sleep(&commands, None), Woken::Gone);
    }

    #[test]
    fn clear_cancels_everything_and_the_agenda_stays_usable() {
        let clock = FakeClock::new(Instant::now());
        let mut agenda = Agenda::new();
        for n in 0..5 {
            agenda.push(clock.at(secs(f64::from(n))), n);
        }
        agenda.clear();
        assert!(agenda.is_empty());
        assert_eq!(agenda.next_due(), None);
        assert!(agenda.take_due(clock.at(secs(10.0))).is_empty());
        agenda.push(clock.at(secs(11.0)), 7);
        assert_eq!(
            agenda.take_due(clock.at(secs(12.0))),
            vec![(clock.at(secs(11.0)), 7)]
        );
    }
}
