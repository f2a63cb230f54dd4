//! Two small canvas charts for the History screen: pain before/after over
//! sessions, and sessions per week. The numbers come from `limber_core::progress::chart`.

use iced::mouse;
use iced::widget::canvas::{self, Cache, Geometry, Path, Stroke, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme};

use limber_core::progress::chart::{PainPoint, scale};

const LEFT: f32 = 44.0;
const BOTTOM: f32 = 30.0;
const TOP: f32 = 12.0;
const RIGHT: f32 = 12.0;

fn plot_area(size: Size) -> Rectangle {
    Rectangle {
        x: LEFT,
        y: TOP,
        width: (size.width - LEFT - RIGHT).max(1.0),
        height: (size.height - TOP - BOTTOM).max(1.0),
    }
}

fn label(content: String, position: Point, color: Color, align_right: bool) -> Text {
    Text {
        content,
        position,
        color,
        size: Pixels(14.0),
        align_x: if align_right {
            iced::widget::text::Alignment::Right
        } else {
            iced::widget::text::Alignment::Center
        },
        align_y: iced::alignment::Vertical::Center,
        ..Text::default()
    }
}

/// Horizontal grid lines with their values at the left, for a value axis
/// from 0 to `max`.
fn value_axis(
    frame: &mut canvas::Frame,
    area: Rectangle,
    max: f32,
    ticks: &[f32],
    grid: Color,
    ink: Color,
) {
    for &v in ticks {
        let y = scale(v, (0.0, max), (area.y + area.height, area.y));
        frame.stroke(
            &Path::line(Point::new(area.x, y), Point::new(area.x + area.width, y)),
            Stroke::default().with_color(grid).with_width(1.0),
        );
        frame.fill_text(label(
            format!("{v}"),
            Point::new(area.x - 8.0, y),
            ink,
            true,
        ));
    }
}

/// Pain 0–10 before (thin, muted) and after (thick, in the accent colour)
/// each session.
pub struct PainChart {
    pub points: Vec<PainPoint>,
    pub cache: Cache,
}

impl<Message> canvas::Program<Message> for PainChart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let palette = theme.extended_palette();
        let text_color = palette.background.base.text;
        let grid = palette.background.strong.color;
        let before_color = palette.secondary.strong.color;
        let after_color = palette.primary.base.color;
        let geometry = self.cache.draw(renderer, bounds.size(), |frame| {
            let area = plot_area(frame.size());
            let y_of = |v: f32| scale(v, (0.0, 10.0), (area.y + area.height, area.y));
            value_axis(frame, area, 10.0, &[0.0, 5.0, 10.0], grid, text_color);
            let n = self.points.len();
            let x_of = |i: usize| {
                scale(
                    i as f32,
                    (0.0, (n.max(2) - 1) as f32),
                    (area.x + 10.0, area.x + area.width - 10.0),
                )
            };
            let series = |pick: fn(&PainPoint) -> Option<u8>| -> Vec<Point> {
                self.points
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| pick(p).map(|v| Point::new(x_of(i), y_of(f32::from(v)))))
                    .collect()
            };
            for (points, color, width) in [
                (series(|p| p.before), before_color, 2.0),
                (series(|p| p.after), after_color, 3.0),
            ] {
                if points.len() > 1 {
                    let line = Path::new(|b| {
                        b.move_to(points[0]);
                        for p in &points[1..] {
                            b.line_to(*p);
                        }
                    });
                    frame.stroke(&line, Stroke::default().with_color(color).with_width(width));
                }
                for p in &points {
                    frame.fill(&Path::circle(*p, width + 2.0), color);
                }
            }
            if n > 0 {
                frame.fill_text(label(
                    "oldest".into(),
                    Point::new(x_of(0), area.y + area.height + 16.0),
                    text_color,
                    false,
                ));
                frame.fill_text(label(
                    "latest".into(),
                    Point::new(x_of(n - 1), area.y + area.height + 16.0),
                    text_color,
                    false,
                ));
            }
        });
        vec![geometry]
    }
}

/// Bars: sessions in each of the last weeks, oldest on the left.
pub struct WeekChart {
    pub counts: Vec<u32>,
    pub cache: Cache,
}

impl<Message> canvas::Program<Message> for WeekChart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let palette = theme.extended_palette();
        let text_color = palette.background.base.text;
        let bar = palette.primary.base.color;
        let grid = palette.background.strong.color;
        let geometry = self.cache.draw(renderer, bounds.size(), |frame| {
            let area = plot_area(frame.size());
            let max = self.counts.iter().copied().max().unwrap_or(0).max(4);
            let y_of = |v: f32| scale(v, (0.0, max as f32), (area.y + area.height, area.y));
            let ticks = [0.0, (max / 2) as f32, max as f32];
            value_axis(frame, area, max as f32, &ticks, grid, text_color);
            let n = self.counts.len().max(1);
            let slot = area.width / n as f32;
            for (i, count) in self.counts.iter().enumerate() {
                let top = y_of(*count as f32);
                let x = area.x + slot * i as f32 + slot * 0.2;
                if *count > 0 {
                    frame.fill(
                        &Path::rounded_rectangle(
                            Point::new(x, top),
                            Size::new(slot * 0.6, area.y + area.height - top),
                            4.0.into(),
                        ),
                        bar,
                    );
                }
                let weeks_ago = n - 1 - i;
                let caption = match weeks_ago {
                    0 => "this wk".to_owned(),
                    w => format!("-{w}"),
                };
                frame.fill_text(label(
                    caption,
                    Point::new(x + slot * 0.3, area.y + area.height + 16.0),
                    text_color,
                    false,
                ));
            }
        });
        vec![geometry]
    }
}
