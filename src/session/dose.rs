//! Intensity levels and the resolution of a content dose into the seconds
//! and repetitions a person actually does.

use serde::{Deserialize, Serialize};

/// Per-profile, per-exercise intensity. New profiles start at `Gentle`
/// ("start gradually").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Intensity {
    /// The low end of each range.
    #[default]
    Gentle,
    /// The middle of each range, rounded.
    Standard,
    /// The high end of each range.
    Strong,
}

impl Intensity {
    pub const ALL: [Intensity; 3] = [Intensity::Gentle, Intensity::Standard, Intensity::Strong];

    /// One level lower, if there is one ("if it hurts, lower the intensity").
    pub fn lower(self) -> Option<Intensity> {
        match self {
            Intensity::Gentle => None,
            Intensity::Standard => Some(Intensity::Gentle),
            Intensity::Strong => Some(Intensity::Standard),
        }
    }

    /// One level higher, if there is one.
    pub fn higher(self) -> Option<Intensity> {
        match self {
            Intensity::Gentle => Some(Intensity::Standard),
            Intensity::Standard => Some(Intensity::Strong),
            Intensity::Strong => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Intensity::Gentle => "Gentle",
            Intensity::Standard => "Standard",
            Intensity::Strong => "Strong",
        }
    }
}
