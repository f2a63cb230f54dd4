//! The parts of the body the figure can highlight (content names them in
//! `highlight`; `shapes` draws them from the skeleton's segments).

use serde::{Deserialize, Serialize};

/// A region of the body the figure can highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Region {
    LowerBack,
    Abdomen,
    Hips,
    GroinInnerThigh,
    Hamstring,
}
