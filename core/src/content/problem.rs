//! A problem found while loading content: where it is and what is wrong.

use std::fmt;

/// How bad a problem is. An error means the file (or the item in it) was
/// skipped; a fault means the item loaded and draws but is wrong (a pose no
/// body makes): `limber check` fails on it and a pack with it is refused,
/// while the app keeps a person's routine; a warning means it loaded, or
/// that something was ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Fault,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Fault => "fault",
            Severity::Warning => "warning",
        })
    }
}

/// One line of `file:line:col: message`, as `limber check` prints it and the
/// app shows it ("what was skipped and why").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as a person would find it: a real path for folders on disk,
    /// `<shipped>/exercises/…` for the copy embedded in the binary.
    pub path: String,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub col: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl Problem {
    pub fn error(
        path: impl Into<String>,
        place: Option<Place>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Error, path, place, message)
    }

    pub fn fault(
        path: impl Into<String>,
        place: Option<Place>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Fault, path, place, message)
    }

    pub fn warning(
        path: impl Into<String>,
        place: Option<Place>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, path, place, message)
    }

    fn new(
        severity: Severity,
        path: impl Into<String>,
        place: Option<Place>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.into(),
            line: place.map(|p| p.line),
            col: place.map(|p| p.col),
            severity,
            message: message.into(),
        }
    }

    /// The item was skipped.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `limber check` fails on it (an error or a fault).
    pub fn fails_check(&self) -> bool {
        matches!(self.severity, Severity::Error | Severity::Fault)
    }
}

impl fmt::Display for Problem {
    /// `path:line:col: message` (the place parts only when known). Warnings
    /// say so; errors are the normal case and need no prefix. Control
    /// characters in the path or the message (a file named with a line
    /// break, an id quoted from the file) are shown escaped, so a problem
    /// is always one line and never drives a terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::terminal::escape;
        f.write_str(&escape(&self.path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        match self.severity {
            Severity::Error | Severity::Fault => write!(f, ": {}", escape(&self.message)),
            Severity::Warning => write!(f, ": warning: {}", escape(&self.message)),
        }
    }
}

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub col: usize,
}
