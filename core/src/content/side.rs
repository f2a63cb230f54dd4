//! Sides: which side a repetition of a sided exercise works, and the
//! placeholders a sided exercise's texts use for it.

/// The side a repetition of a sided exercise works. As written, a pose shows
/// the right side; the left side is the pose mirrored (see `crate::figure::pose`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// The placeholders a sided exercise's texts may use: the side being done
/// and the other one (`crate::words::for_side` fills them in).
pub const SIDE_PLACEHOLDERS: [&str; 2] = ["{side}", "{other}"];
