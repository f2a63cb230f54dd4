//! The parts of the body the figure can highlight: content names them in
//! `highlight` (one part, or a list), `shapes` draws each from the
//! skeleton's segments.
//!
//! [`BodyPart`] is one named part; [`Region`] is what a `highlight` holds,
//! a set of parts. A region of one part is written like the part itself
//! (`highlight: LowerBack`), a region of several as a list
//! (`highlight: [Neck, Shoulders]`).

use std::fmt;

use serde::de::{self, Deserializer};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

/// Declares the body parts once: the enum, its names in order, and a
/// [`Region`] constant of the same name for each (so code reads
/// `Region::LowerBack` just as content writes `highlight: LowerBack`).
macro_rules! body_parts {
    ($( $(#[doc = $doc:literal])* $name:ident ),+ $(,)?) => {
        /// One part of the body the figure can highlight, head to toe.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum BodyPart {
            $( $(#[doc = $doc])* $name, )+
        }

        impl BodyPart {
            /// Every part, head to toe (the order `limber check` lists them in).
            pub const ALL: &'static [BodyPart] = &[$(BodyPart::$name),+];

            /// The name content writes.
            pub const fn name(self) -> &'static str {
                match self {
                    $( BodyPart::$name => stringify!($name), )+
                }
            }
        }

        #[allow(non_upper_case_globals)] // named as content writes them
        impl Region {
            $(
                $(#[doc = $doc])*
                pub const $name: Region = Region::one(BodyPart::$name);
            )+
        }
    };
}

body_parts! {
    /// The neck, front and back.
    Neck,
    /// The shoulder joints and the muscles over them.
    Shoulders,
    /// The back between the shoulder blades.
    UpperBack,
    /// The front of the upper trunk.
    Chest,
    /// The whole arm, shoulder to wrist.
    Arm,
    /// The wrist and the base of the hand.
    Wrist,
    /// The belly, below the ribs.
    Abdomen,
    /// The back between the ribs and the pelvis.
    LowerBack,
    /// The hip joints and the pelvis around them.
    Hips,
    /// The buttocks.
    Glutes,
    /// The groin and the inside of the thighs.
    GroinInnerThigh,
    /// The front of the thigh (quadriceps).
    FrontThigh,
    /// The back of the thigh.
    Hamstring,
    /// The knee.
    Knee,
    /// The back of the lower leg.
    Calf,
    /// The ankle and heel.
    Ankle,
}

impl fmt::Display for BodyPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl BodyPart {
    /// The part with this name, exactly as content writes it.
    pub fn from_name(name: &str) -> Option<BodyPart> {
        BodyPart::ALL
            .iter()
            .copied()
            .find(|part| part.name() == name)
    }

    /// "Neck, Shoulders, …, Ankle": every name, for messages.
    pub fn names() -> String {
        BodyPart::ALL
            .iter()
            .map(|part| part.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// What an unknown name is told: "`Nek` is not a body part the figure
/// knows; …", in the language in use.
fn not_a_body_part(name: &str) -> String {
    crate::t!(
        "figure-not-a-body-part",
        name = name,
        parts = BodyPart::names()
    )
}

/// The name an error message from [`Region`]'s parser says is not a body
/// part (`Nek` in "`Nek` is not a body part the figure knows; …"), so the
/// content loader can place the problem at the name (the parser stops
/// after the whole value). `None` for any other message.
pub fn unknown_body_part(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    let (name, _) = rest.split_once('`')?;
    (not_a_body_part(name) == message).then_some(name)
}

// Every part must fit in the region's bits.
const _: () = assert!(BodyPart::ALL.len() <= u32::BITS as usize);

/// The region a figure highlights: one or more [`BodyPart`]s (a small set,
/// `Copy`). Drawn in head-to-toe order whatever order content lists them in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Region {
    bits: u32,
}

impl Region {
    /// No part at all (content must name at least one; `limber check` says so).
    pub const EMPTY: Region = Region { bits: 0 };

    pub const fn one(part: BodyPart) -> Region {
        Region { bits: part.bit() }
    }

    /// The region made of these parts (a part named twice counts once).
    pub fn of(parts: impl IntoIterator<Item = BodyPart>) -> Region {
        parts.into_iter().fold(Region::EMPTY, Region::with)
    }

    /// This region with `part` added.
    pub const fn with(self, part: BodyPart) -> Region {
        Region {
            bits: self.bits | part.bit(),
        }
    }

    pub const fn contains(self, part: BodyPart) -> bool {
        self.bits & part.bit() != 0
    }

    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The parts, head to toe.
    pub fn parts(self) -> impl Iterator<Item = BodyPart> {
        BodyPart::ALL
            .iter()
            .copied()
            .filter(move |&part| self.contains(part))
    }
}

impl From<BodyPart> for Region {
    fn from(part: BodyPart) -> Region {
        Region::one(part)
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = self.parts();
        match (parts.next(), parts.next()) {
            (Some(only), None) => write!(f, "{only}"),
            _ => f.debug_list().entries(self.parts()).finish(),
        }
    }
}

/// Written back as content writes it: one part bare, several as a list.
impl Serialize for Region {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut parts = self.parts();
        if let (Some(only), None) = (parts.next(), parts.next()) {
            return only.serialize(serializer);
        }
        let mut seq = serializer.serialize_seq(Some(self.parts().count()))?;
        for part in self.parts() {
            seq.serialize_element(&part)?;
        }
        seq.end()
    }
}

/// One name or a list of names; an unknown name is an error that lists
/// every valid one (`limber check` prints it at the place).
impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Region, D::Error> {
        // A bare name reaches an untagged enum as its text (RON hands serde's
        // buffered content the identifier), a list as a sequence of them.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            One(String),
            Many(Vec<String>),
        }
        let names = match Written::deserialize(deserializer).map_err(|_| {
            de::Error::custom(crate::t!(
                "figure-highlight-not-region",
                parts = BodyPart::names()
            ))
        })? {
            Written::One(name) => vec![name],
            Written::Many(names) => names,
        };
        let mut region = Region::EMPTY;
        for name in &names {
            let part = BodyPart::from_name(name)
                .ok_or_else(|| de::Error::custom(not_a_body_part(name)))?;
            region = region.with(part);
        }
        Ok(region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        highlight: Region,
    }

    fn parse(text: &str) -> Result<Region, ron::error::SpannedError> {
        ron::from_str::<Holder>(text).map(|h| h.highlight)
    }

    #[test]
    fn one_name_or_a_list() {
        assert_eq!(parse("(highlight: LowerBack)").unwrap(), Region::LowerBack);
        assert_eq!(
            parse("(highlight: [Neck, Shoulders])").unwrap(),
            Region::of([BodyPart::Neck, BodyPart::Shoulders])
        );
        assert_eq!(parse("(highlight: [Hips])").unwrap(), Region::Hips);
        assert_eq!(
            parse("(highlight: [Calf, Neck, Calf])").unwrap(),
            Region::of([BodyPart::Neck, BodyPart::Calf])
        );
        assert!(parse("(highlight: [])").unwrap().is_empty());
    }

    #[test]
    fn an_unknown_name_lists_the_valid_ones_at_its_place() {
        for text in ["(highlight: Nek)", "(highlight: [Neck, Sholders])"] {
            let error = parse(text).expect_err("unknown part");
            let message = error.to_string();
            assert!(message.contains("is not a body part"), "{message}");
            for part in BodyPart::ALL {
                assert!(message.contains(part.name()), "{part} missing: {message}");
            }
            assert_eq!(error.span.start.line, 1, "{error:?}");
        }
        let error = parse("(highlight: 3)").expect_err("a number is not a part");
        assert!(error.to_string().contains("GroinInnerThigh"), "{error}");
    }

    #[test]
    fn written_back_as_content_writes_it() {
        for region in [
            Region::LowerBack,
            Region::of([BodyPart::Neck, BodyPart::UpperBack, BodyPart::Wrist]),
        ] {
            let holder = Holder { highlight: region };
            let text = ron::to_string(&holder).expect("serialises");
            assert_eq!(ron::from_str::<Holder>(&text).expect(&text), holder);
        }
        let text = ron::to_string(&Holder {
            highlight: Region::Neck,
        })
        .unwrap();
        assert_eq!(text, "(highlight:Neck)");
    }

    #[test]
    fn every_part_has_its_name_and_constant() {
        for &part in BodyPart::ALL {
            assert_eq!(BodyPart::from_name(part.name()), Some(part));
            assert_eq!(Region::from(part).parts().collect::<Vec<_>>(), [part]);
        }
        assert_eq!(BodyPart::ALL.len(), 16);
        assert_eq!(format!("{:?}", Region::Knee), "Knee");
    }
}
