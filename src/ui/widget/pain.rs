//! The 0–10 pain scale: eleven large buttons, the chosen one highlighted.

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

use crate::ui::style::{self, Type};

/// One button's width at normal text: eleven of them and their gaps fit a
/// 1024 px window at the largest text (11 × 78 + 10 × 9 = 948 px).
const BUTTON_WIDTH: f32 = 52.0;

pub fn pain_scale<'a, Message: Clone + 'a>(
    selected: Option<u8>,
    t: Type,
    on_select: impl Fn(u8) -> Message,
) -> Element<'a, Message> {
    let mut buttons = row![].spacing(6.0 * t.scale());
    for value in 0..=10u8 {
        let chosen = selected == Some(value);
        buttons = buttons.push(
            button(text(value.to_string()).size(t.heading()).center())
                .width(Length::Fixed(BUTTON_WIDTH * t.scale()))
                .padding([10, 0])
                .style(if chosen {
                    style::primary
                } else {
                    style::secondary
                })
                .on_press(on_select(value)),
        );
    }
    let full_width = (BUTTON_WIDTH * 11.0 + 6.0 * 10.0) * t.scale();
    column![
        // In a narrow column the scale goes on over a second line rather
        // than losing its last numbers.
        buttons.wrap().vertical_spacing(6.0 * t.scale()),
        container(
            row![
                text("0 = no pain").size(t.body()),
                iced::widget::space::horizontal(),
                text("10 = worst imaginable").size(t.body())
            ]
            .spacing(12)
        )
        .max_width(full_width)
    ]
    .spacing(4)
    .into()
}
