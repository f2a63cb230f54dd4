//! The ring timer: a circular track with an arc, dots or segments for what
//! is left, in a style per stage of the player so a person on the floor
//! tells a hold from a rest by its shape as well as its colour and word:
//!
//! * a hold: a full, bold ring;
//! * a move: a solid ring of middle weight;
//! * relaxing, a setup card: a thin solid ring;
//! * a rest, a side switch, the breather before an exercise: a thin dashed
//!   ring;
//! * get ready: one dot per second, going out as they pass;
//! * a set of short holds: one segment per repetition, filled as they are
//!   done.
//!
//! The track does not move, so it is cached and only re-tessellated when
//! the widget's size or colours change. The arc is cached too, keyed by
//! what it shows (the player steps the fraction to its frames), and rebuilt
//! only when that changed: besides saving work, this matters for the CPU
//! renderer, whose damage tracking measures a live stroke by its centre
//! line and would leave the outer half of a thick, moving arc on screen; a
//! cached layer is repainted over its whole bounds. The numbers inside are
//! ordinary text widgets stacked on top (so they use the app's font and can
//! be found by screen tests).

use iced::mouse;
use iced::widget::canvas::{self, Canvas, Geometry, LineCap, LineDash, Path, Stroke, path::Arc};
use iced::{Element, Length, Point, Radians, Rectangle, Renderer, Size, Theme};
use std::f32::consts::{FRAC_PI_2, TAU};

use super::keyed_cache::KeyedCache;
use super::own_layer::own_layer;
use crate::ui::style;
use limber_core::session::stage::Look;

/// How a ring draws what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RingStyle {
    Bold,
    Solid,
    Thin,
    Dashed,
    /// One dot per second of the countdown; `left` of them still lit.
    Seconds {
        count: u32,
        left: u32,
    },
    /// One segment per repetition; `done` of them filled, the next one
    /// (the repetition under way) outlined.
    Repetitions {
        count: u32,
        done: u32,
    },
}

impl RingStyle {
    /// The style of a stage.
    pub fn of(look: Look) -> RingStyle {
        match look {
            Look::Hold => RingStyle::Bold,
            Look::Move => RingStyle::Solid,
            Look::Relax | Look::Read => RingStyle::Thin,
            Look::Rest | Look::SideSwitch | Look::UpNext => RingStyle::Dashed,
            Look::GetReady => RingStyle::Seconds { count: 1, left: 1 },
            Look::Working => RingStyle::Repetitions { count: 1, done: 0 },
        }
    }

    /// The stroke's width for a ring of `diameter`.
    fn thickness(self, diameter: f32) -> f32 {
        let share = match self {
            RingStyle::Bold => 0.085,
            RingStyle::Solid => 0.055,
            RingStyle::Thin | RingStyle::Dashed => 0.028,
            RingStyle::Seconds { .. } | RingStyle::Repetitions { .. } => 0.065,
        };
        (diameter * share).max(3.0)
    }
}

/// What the ring shows.
#[derive(Debug, Clone, Copy)]
pub struct Ring {
    /// Fraction of the stage still to go, 0.0 ..= 1.0, as it is to be
    /// drawn (stepped by the caller to the frames it redraws on).
    pub fraction_left: f32,
    /// Whose colour it takes, from the theme in use (the ring is drawn
    /// with the real theme, which the screen does not know when it follows
    /// the system's light/dark choice).
    pub look: Look,
    pub style: RingStyle,
}

/// The ring's caches and what each was drawn for.
#[derive(Default)]
pub struct RingState {
    /// Keyed by size, colour and style.
    track: KeyedCache<(Size, [u8; 4], RingStyle)>,
    /// Keyed by size, colour, style and fraction.
    arc: KeyedCache<(Size, [u8; 4], RingStyle, u32)>,
}

impl Ring {
    /// The ring, `size` wide and high, in a layer of its own (see
    /// `own_layer`: the CPU renderer's repaint of the texts around it).
    pub fn view<'a, Message: 'a>(self, size: f32) -> Element<'a, Message> {
        own_layer(
            Canvas::new(self)
                .width(Length::Fixed(size))
                .height(Length::Fixed(size)),
        )
        .into()
    }
}

/// An arc of the ring from `from` to `to` (fractions of a turn, clockwise
/// from twelve o'clock).
fn arc(center: Point, radius: f32, from: f32, to: f32) -> Path {
    Path::new(|builder| {
        builder.arc(Arc {
            center,
            radius,
            start_angle: Radians(-FRAC_PI_2 + from * TAU),
            end_angle: Radians(-FRAC_PI_2 + to * TAU),
        });
    })
}

impl<Message> canvas::Program<Message> for Ring {
    type State = RingState;

    fn draw(
        &self,
        state: &RingState,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let diameter = size.width.min(size.height);
        let style = self.style;
        let thickness = style.thickness(diameter);
        let center = Point::new(size.width / 2.0, size.height / 2.0);
        let radius = diameter / 2.0 - thickness / 2.0 - 1.0;
        let color = style::look_color(theme, self.look);
        let track_color = theme.extended_palette().background.strong.color;

        let track = state.track.draw(
            (size, track_color.into_rgba8(), style),
            renderer,
            size,
            |frame| match style {
                RingStyle::Seconds { count, .. } | RingStyle::Repetitions { count, .. } => {
                    for (from, to) in segments(count) {
                        frame.stroke(
                            &arc(center, radius, from, to),
                            Stroke::default()
                                .with_color(track_color)
                                .with_width(thickness)
                                .with_line_cap(LineCap::Round),
                        );
                    }
                }
                _ => frame.stroke(
                    &Path::circle(center, radius),
                    Stroke::default()
                        .with_color(track_color)
                        .with_width(thickness),
                ),
            },
        );

        let fraction = self.fraction_left.clamp(0.0, 1.0);
        let key = (size, color.into_rgba8(), style, fraction.to_bits());
        let shown = state.arc.draw(key, renderer, size, |frame| {
            let stroke = Stroke::default()
                .with_color(color)
                .with_width(thickness)
                .with_line_cap(LineCap::Round);
            match style {
                RingStyle::Seconds { count, left } => {
                    // The seconds still to come are lit; they go out
                    // clockwise from twelve o'clock.
                    let lit = left.min(count) as usize;
                    for (from, to) in segments(count).into_iter().rev().take(lit) {
                        frame.stroke(&arc(center, radius, from, to), stroke);
                    }
                }
                RingStyle::Repetitions { count, done } => {
                    let all = segments(count);
                    for (from, to) in all.iter().take(done as usize) {
                        frame.stroke(&arc(center, radius, *from, *to), stroke);
                    }
                    // The repetition under way: a thin line along its
                    // segment, filling as it goes.
                    if let Some((from, to)) = all.get(done as usize) {
                        let upto = from + (to - from) * (1.0 - fraction);
                        frame.stroke(
                            &arc(center, radius, *from, to.max(*from)),
                            Stroke::default()
                                .with_color(color)
                                .with_width((thickness * 0.25).max(2.0)),
                        );
                        if upto > *from {
                            frame.stroke(&arc(center, radius, *from, upto), stroke);
                        }
                    }
                }
                _ if fraction <= 0.0 => {}
                RingStyle::Dashed => {
                    // Dashes of about a sixtieth of the circle.
                    let dash = TAU * radius / 60.0;
                    let segments = [dash * 0.6, dash * 0.4];
                    frame.stroke(
                        &arc(center, radius, 1.0 - fraction, 1.0),
                        Stroke {
                            line_cap: LineCap::Butt,
                            line_dash: LineDash {
                                segments: &segments,
                                offset: 0,
                            },
                            ..stroke
                        },
                    );
                }
                // The arc shrinks clockwise as time passes.
                _ => frame.stroke(&arc(center, radius, 1.0 - fraction, 1.0), stroke),
            }
        });
        vec![track, shown]
    }
}

/// `count` equal segments of the ring with a gap between them, as
/// fractions of a turn, clockwise from twelve o'clock.
fn segments(count: u32) -> Vec<(f32, f32)> {
    let count = count.clamp(1, 120);
    let each = 1.0 / count as f32;
    // A gap of a fifth of a segment, but never more than a fortieth of the
    // ring (many repetitions), and none for a single segment.
    let gap = if count == 1 {
        0.0
    } else {
        (each * 0.2).min(1.0 / 40.0)
    };
    (0..count)
        .map(|i| {
            let from = i as f32 * each + gap / 2.0;
            (from, from + each - gap)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_ring_in_order_with_gaps() {
        let parts = segments(9);
        assert_eq!(parts.len(), 9);
        for pair in parts.windows(2) {
            assert!(pair[0].1 < pair[1].0, "{pair:?}");
        }
        assert!(parts[0].0 > 0.0 && parts[8].1 < 1.0);
        assert_eq!(segments(1), vec![(0.0, 1.0)]);
        assert_eq!(segments(0).len(), 1, "never none");
    }

    #[test]
    fn every_stage_has_a_style_and_hold_is_the_boldest() {
        let d = 400.0;
        let hold = RingStyle::of(Look::Hold).thickness(d);
        for look in [
            Look::Move,
            Look::Relax,
            Look::Rest,
            Look::Read,
            Look::SideSwitch,
            Look::UpNext,
            Look::GetReady,
            Look::Working,
        ] {
            assert!(RingStyle::of(look).thickness(d) < hold, "{look:?}");
        }
        assert_ne!(RingStyle::of(Look::Rest), RingStyle::of(Look::Relax));
        assert_ne!(RingStyle::of(Look::Move), RingStyle::of(Look::Hold));
    }
}
