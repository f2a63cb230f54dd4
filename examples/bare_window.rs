//! The baseline for the idle window's footprint: a bare iced window of
//! Limber's size, with Limber's default font and the same iced features,
//! showing one line of text and doing nothing. `scripts/measure_idle.sh`
//! measures it beside the app in one run, so "the idle app holds at most
//! 1.25 times the memory of a bare iced window, and wakes no more often" is
//! one comparison on one machine state.
//!
//! Run: `cargo run --release --example bare_window` (under Xvfb with
//! `ICED_BACKEND=tiny-skia` for the CPU renderer, as the script does). The
//! window title is "Limber — bare window"; close it to stop.

use iced::widget::{container, text};
use iced::{Element, Length, Theme};

#[derive(Debug, Clone, Copy)]
enum Message {}

fn view(_: &()) -> Element<'_, Message> {
    container(text("A bare iced window").size(32))
        .center(Length::Fill)
        .into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: Message| {}, view)
        .title(|_: &()| "Limber — bare window".to_owned())
        .theme(|_: &()| Theme::Light)
        .default_font(iced::Font::with_name("Fira Sans"))
        .window(limber::ui::window_settings())
        .run()
}
