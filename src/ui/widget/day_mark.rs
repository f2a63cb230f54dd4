//! How a day stands against the plan, as a small drawn mark (Home's week,
//! the History screen's planned days). Drawn rather than typed: the app's
//! font has no check mark, and a shape reads the same at any text size.
//!
//! A day done is a filled circle with a tick; partly done, a lighter one;
//! a day gone by without the plan, a short grey dash (a fact, not an
//! alarm: no red); a day to come, an empty ring (today's in the accent
//! colour); a day with nothing planned, a faint dot.

use iced::mouse;
use iced::widget::canvas::{self, Canvas, Frame, Geometry, LineCap, Path, Stroke};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Theme};

use limber_core::schedule::DayStatus;

use super::own_layer::own_layer;

/// One day's mark.
#[derive(Debug, Clone, Copy)]
pub struct DayMark {
    pub status: DayStatus,
    pub today: bool,
}

/// The mark, `size` logical pixels square.
pub fn day_mark<'a, Message: 'a>(
    status: DayStatus,
    today: bool,
    size: f32,
) -> Element<'a, Message> {
    // In a layer of its own, like every canvas among texts: see
    // `own_layer` (the CPU renderer's repaint of the texts around it).
    own_layer(
        Canvas::new(DayMark { status, today })
            .width(Length::Fixed(size))
            .height(Length::Fixed(size)),
    )
    .into()
}

impl<Message> canvas::Program<Message> for DayMark {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        draw(&mut frame, *self, theme);
        vec![frame.into_geometry()]
    }
}

fn draw(frame: &mut Frame, mark: DayMark, theme: &Theme) {
    let palette = theme.extended_palette();
    let size = frame.width().min(frame.height());
    let center = frame.center();
    let radius = size / 2.0 - 1.5;
    let line = (size / 12.0).max(1.5);
    let stroke = |color: Color, width: f32| {
        Stroke::default()
            .with_color(color)
            .with_width(width)
            .with_line_cap(LineCap::Round)
    };
    let faint = palette.background.strong.color;
    let muted = palette.background.base.text.scale_alpha(0.55);
    match mark.status {
        DayStatus::Kept => {
            frame.fill(&Path::circle(center, radius), palette.primary.base.color);
            frame.stroke(
                &tick(center, radius),
                stroke(palette.primary.base.text, line * 1.4),
            );
        }
        DayStatus::Partly => {
            frame.fill(&Path::circle(center, radius), palette.primary.weak.color);
            frame.stroke(
                &tick(center, radius),
                stroke(palette.primary.strong.color, line * 1.4),
            );
        }
        DayStatus::Missed => {
            frame.stroke(
                &Path::circle(center, radius - line / 2.0),
                stroke(faint, line),
            );
            let half = radius * 0.4;
            frame.stroke(
                &Path::line(
                    Point::new(center.x - half, center.y),
                    Point::new(center.x + half, center.y),
                ),
                stroke(muted, line * 1.4),
            );
        }
        DayStatus::ToCome => {
            let (color, width) = if mark.today {
                (palette.primary.base.color, line * 1.5)
            } else {
                (muted, line)
            };
            frame.stroke(
                &Path::circle(center, radius - width / 2.0),
                stroke(color, width),
            );
        }
        DayStatus::Free => {
            frame.fill(&Path::circle(center, (size / 10.0).max(1.5)), faint);
        }
    }
}

/// A tick inside a circle of `radius` around `center`.
fn tick(center: Point, radius: f32) -> Path {
    let r = radius;
    Path::new(|b| {
        b.move_to(Point::new(center.x - 0.45 * r, center.y + 0.02 * r));
        b.line_to(Point::new(center.x - 0.12 * r, center.y + 0.35 * r));
        b.line_to(Point::new(center.x + 0.48 * r, center.y - 0.32 * r));
    })
}
