//! Small controls shared by the screens: the title bar with its Back
//! button, and the − value + stepper.

use iced::widget::{button, row, text};
use iced::{Alignment, Element, Length};

use crate::ui::style::{self, Type};

/// A screen's title, with a Back button before it when `back` is given.
pub fn title_bar<'a, Message: Clone + 'a>(
    t: Type,
    title: String,
    back: Option<Message>,
) -> Element<'a, Message> {
    let mut bar = row![].spacing(20).align_y(Alignment::Center);
    if let Some(back) = back {
        bar = bar.push(
            button(text(limber_core::t!("common-back")).size(t.control()))
                .style(style::secondary)
                .padding([10, 18])
                .on_press(back),
        );
    }
    bar.push(text(title).size(t.title())).into()
}

/// `label  [−] value [+]`, with large buttons; the value takes
/// `value_width` (before scaling) so steppers in a list line up.
pub fn stepper<'a, Message: Clone + 'a>(
    t: Type,
    label: Option<String>,
    value: String,
    value_width: f32,
    less: Message,
    more: Message,
) -> Element<'a, Message> {
    let mut line = row![].spacing(8).align_y(Alignment::Center);
    if let Some(label) = label {
        line = line.push(text(label).size(t.body()));
    }
    let sign = |glyph: &'a str, message: Message| {
        button(text(glyph).size(t.heading()).center())
            .width(Length::Fixed(48.0 * t.scale()))
            .padding([2, 0])
            .style(style::secondary)
            .on_press(message)
    };
    line.push(sign("−", less))
        .push(
            text(value)
                .size(t.control())
                .center()
                .width(Length::Fixed(value_width * t.scale())),
        )
        .push(sign("+", more))
        .into()
}

/// One option of a set (intensity, theme, text size, a list entry): filled
/// when chosen.
pub fn choice<'a, Message: Clone + 'a>(
    t: Type,
    label: impl text::IntoFragment<'a>,
    selected: bool,
    message: Message,
) -> button::Button<'a, Message> {
    button(text(label).size(t.body()))
        .padding([8, 16])
        .style(if selected {
            style::primary
        } else {
            style::secondary
        })
        .on_press(message)
}
