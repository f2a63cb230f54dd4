//! Small controls shared by the screens: the title bar with its Back
//! button, and the − value + stepper.

use iced::widget::{button, row, text};
use iced::{Alignment, Element};

use crate::ui::style::Type;

/// A screen's title, with a Back button before it when `back` is given.
pub fn title_bar<'a, Message: Clone + 'a>(
    t: Type,
    title: String,
    back: Option<Message>,
) -> Element<'a, Message> {
    let mut bar = row![].spacing(20).align_y(Alignment::Center);
    if let Some(back) = back {
        bar = bar.push(
            button(text("← Back").size(t.control()))
                .style(button::secondary)
                .padding([10, 18])
                .on_press(back),
        );
    }
    bar.push(text(title).size(t.title())).into()
}

/// `label  [−] value [+]`, with large buttons.
pub fn stepper<'a, Message: Clone + 'a>(
    t: Type,
    label: Option<&'a str>,
    value: String,
    less: Message,
    more: Message,
) -> Element<'a, Message> {
    let mut line = row![].spacing(8).align_y(Alignment::Center);
    if let Some(label) = label {
        line = line.push(text(label).size(t.body()));
    }
    line.push(
        button(text("−").size(t.control()))
            .padding([2, 14])
            .style(button::secondary)
            .on_press(less),
    )
    .push(text(value).size(t.control()))
    .push(
        button(text("+").size(t.control()))
            .padding([2, 14])
            .style(button::secondary)
            .on_press(more),
    )
    .into()
}
