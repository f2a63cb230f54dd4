//! The ring timer: a circular track with an arc for the time left.
//!
//! The track does not move, so it is cached and only re-tessellated when the
//! widget's size or colours change. The arc is cached too and rebuilt only
//! when it changed: besides saving work, this matters for the CPU renderer,
//! whose damage tracking measures a live stroke by its centre line and would
//! leave the outer half of a thick, moving arc on screen; a cached layer is
//! repainted over its whole bounds. The numbers inside are ordinary text
//! widgets stacked on top (so they use the app's font and can be found by
//! screen tests).

use iced::mouse;
use iced::widget::canvas::{self, Canvas, Geometry, Path, Stroke, path::Arc};
use iced::{Color, Length, Point, Radians, Rectangle, Renderer, Size, Theme};
use std::f32::consts::{FRAC_PI_2, TAU};

use super::keyed_cache::KeyedCache;

/// What the ring shows.
#[derive(Debug, Clone, Copy)]
pub struct Ring {
    /// Fraction of the phase still to go, 0.0 ..= 1.0.
    pub fraction_left: f32,
    /// The arc's colour, from the theme in use (the ring is drawn with the
    /// real theme, which the screen does not know when it follows the
    /// system's light/dark choice).
    pub arc: fn(&Theme) -> Color,
}

/// The track cache and the size/colour it was drawn for.
#[derive(Default)]
pub struct RingState {
    /// Keyed by size and colour.
    track: KeyedCache<(Size, [u8; 4])>,
    /// Keyed by size, colour and fraction.
    arc: KeyedCache<(Size, [u8; 4], u32)>,
}

impl Ring {
    pub fn view<'a, Message: 'a>(self, size: f32) -> Canvas<Ring, Message> {
        Canvas::new(self)
            .width(Length::Fixed(size))
            .height(Length::Fixed(size))
    }

    fn thickness(size: Size) -> f32 {
        (size.width.min(size.height) * 0.07).max(6.0)
    }
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
        let thickness = Self::thickness(size);
        let center = Point::new(size.width / 2.0, size.height / 2.0);
        let radius = size.width.min(size.height) / 2.0 - thickness / 2.0 - 1.0;

        let track_color = theme.extended_palette().background.strong.color;
        let key = (size, track_color.into_rgba8());
        let track = state.track.draw(key, renderer, size, |frame| {
            frame.stroke(
                &Path::circle(center, radius),
                Stroke::default()
                    .with_color(track_color)
                    .with_width(thickness),
            );
        });

        let fraction = self.fraction_left.clamp(0.0, 1.0);
        let arc_color = (self.arc)(theme);
        let arc_key = (size, arc_color.into_rgba8(), fraction.to_bits());
        let arc = state.arc.draw(arc_key, renderer, size, |frame| {
            if fraction <= 0.0 {
                return;
            }
            // Start at twelve o'clock; the arc shrinks clockwise as time passes.
            let start = -FRAC_PI_2 + (1.0 - fraction) * TAU;
            let arc = Path::new(|builder| {
                builder.arc(Arc {
                    center,
                    radius,
                    start_angle: Radians(start),
                    end_angle: Radians(-FRAC_PI_2 + TAU),
                });
            });
            frame.stroke(
                &arc,
                Stroke::default()
                    .with_color(arc_color)
                    .with_width(thickness)
                    .with_line_cap(canvas::LineCap::Round),
            );
        });
        vec![track, arc]
    }
}
