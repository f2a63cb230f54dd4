//! The 0–10 pain scale: eleven large buttons, the chosen one highlighted.

use iced::widget::{button, column, row, text};
use iced::{Element, Length};

use crate::ui::style::{self, Type};

pub fn pain_scale<'a, Message: Clone + 'a>(
    selected: Option<u8>,
    t: Type,
    on_select: impl Fn(u8) -> Message,
) -> Element<'a, Message> {
    let mut buttons = row![].spacing(6);
    for value in 0..=10u8 {
        let chosen = selected == Some(value);
        buttons = buttons.push(
            button(text(value.to_string()).size(t.heading()).center())
                .width(Length::Fixed(60.0 * t.scale()))
                .padding([10, 0])
                .style(if chosen {
                    style::primary
                } else {
                    style::secondary
                })
                .on_press(on_select(value)),
        );
    }
    column![
        buttons,
        row![
            text("0 = no pain").size(t.body()),
            iced::widget::space::horizontal(),
            text("10 = worst imaginable").size(t.body())
        ]
        .width(Length::Fixed((60.0 * 11.0 + 6.0 * 10.0) * t.scale()))
    ]
    .spacing(4)
    .into()
}
