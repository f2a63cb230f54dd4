//! The 0–10 pain scale: eleven large buttons, the chosen one highlighted.

use iced::widget::{button, column, container, responsive, row, text};
use iced::{Element, Length};

use crate::ui::style::{self, Type};

/// One button's width at normal text, and its most at any text size.
const BUTTON_WIDTH: f32 = 52.0;

/// The narrowest a button gets, in heading text heights: "10" and some air.
const NARROWEST: f32 = 1.6;

/// The scale, as wide as the room allows: at the largest text in a small
/// window (1024 px) the buttons narrow a little so all eleven stay on one
/// line; only where even the narrowest would not fit do the last numbers go
/// on over a second line (never off the edge).
pub fn pain_scale<'a, Message: Clone + 'a>(
    selected: Option<u8>,
    t: Type,
    on_select: impl Fn(u8) -> Message + 'a,
) -> Element<'a, Message> {
    let gap = 6.0 * t.scale();
    responsive(move |size| {
        let fitted = ((size.width - 10.0 * gap) / 11.0).floor();
        let full = BUTTON_WIDTH * t.scale();
        // Narrowed only when that keeps one line; wrapping anyway, the
        // buttons keep their full size.
        let width = if fitted >= NARROWEST * t.heading() {
            full.min(fitted)
        } else {
            full
        };
        let mut buttons = row![].spacing(gap);
        for value in 0..=10u8 {
            let chosen = selected == Some(value);
            buttons = buttons.push(
                button(text(value.to_string()).size(t.heading()).center())
                    .width(Length::Fixed(width))
                    .padding([10, 0])
                    .style(if chosen {
                        style::primary
                    } else {
                        style::secondary
                    })
                    .on_press(on_select(value)),
            );
        }
        let full_width = width * 11.0 + gap * 10.0;
        column![
            buttons.wrap().vertical_spacing(gap),
            container(
                row![
                    text(limber_core::t!("pain-scale-none")).size(t.body()),
                    iced::widget::space::horizontal(),
                    text(limber_core::t!("pain-scale-worst")).size(t.body())
                ]
                .spacing(12)
            )
            .max_width(full_width)
        ]
        .spacing(4)
        .into()
    })
    .height(Length::Shrink)
    .into()
}
