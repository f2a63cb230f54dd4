//! The CPU baseline for the moving figure: the player's
//! ring timer alone, in a window the size of Limber's, its arc moving at
//! 60 Hz, with the phase word and the seconds inside as the player draws
//! them. `scripts/measure_cpu.sh` measures it in the same run as the app,
//! so "the figure moving costs at most the ring alone at 60 Hz" is one
//! comparison on one machine state.
//!
//! Run: `cargo run --release --example ring_alone` (under Xvfb with
//! `ICED_BACKEND=tiny-skia` for the CPU renderer, as the script does).
//! The window title is "Limber — ring alone"; close it to stop.

use std::time::{Duration, Instant};

use iced::widget::{column, container, responsive, row, space, stack, text};
use iced::{Alignment, Element, Length, Subscription, Theme};
use limber::ui::widget::ring::{Ring, RingStyle};

/// One cycle of the arc, like a 3 s Move of the player.
const CYCLE: Duration = Duration::from_secs(3);
/// 60 Hz.
const TICK: Duration = Duration::from_micros(16_667);

struct RingAlone {
    started: Instant,
    now: Instant,
}

#[derive(Debug, Clone, Copy)]
enum Message {
    Tick(Instant),
}

impl RingAlone {
    fn new() -> Self {
        let now = Instant::now();
        RingAlone { started: now, now }
    }

    fn update(&mut self, message: Message) {
        let Message::Tick(now) = message;
        self.now = now;
    }

    fn view(&self) -> Element<'_, Message> {
        let elapsed = self.now.duration_since(self.started);
        let into_cycle = elapsed.as_secs_f32() % CYCLE.as_secs_f32();
        let fraction_left = 1.0 - into_cycle / CYCLE.as_secs_f32();
        let seconds = (CYCLE.as_secs_f32() - into_cycle).ceil() as u32;
        // The player's layout: the figure's card (here empty) takes 5/9 of
        // the row, the dial 4/9, and the dial is as large as it fits.
        let dial = responsive(move |size| {
            let rep_height = 32.0 * 1.4 + 14.0;
            let diameter = size.width.min(size.height - rep_height).clamp(160.0, 560.0);
            let ring = Ring {
                fraction_left,
                look: limber_core::session::stage::Look::Move,
                style: RingStyle::Solid,
            };
            let inside = column![
                text("Move").size(diameter * 0.11),
                text(seconds.to_string()).size(diameter * 0.34),
            ]
            .align_x(Alignment::Center);
            container(
                column![
                    stack![
                        ring.view(diameter),
                        container(inside).center(Length::Fixed(diameter))
                    ],
                    text("Rep 1 of 3").size(32)
                ]
                .spacing(14)
                .align_x(Alignment::Center),
            )
            .center(Length::Fill)
            .into()
        });
        let body = row![
            space::horizontal().width(Length::FillPortion(5)),
            container(dial)
                .width(Length::FillPortion(4))
                .height(Length::Fill)
        ]
        .spacing(20)
        .height(Length::FillPortion(3));
        column![
            text("Exercise 1 of 3").size(24),
            body,
            space::vertical().height(Length::FillPortion(1))
        ]
        .spacing(16)
        .padding(24)
        .into()
    }

    fn subscription(&self) -> Subscription<Message> {
        iced::time::every(TICK).map(Message::Tick)
    }
}

fn main() -> iced::Result {
    iced::application(RingAlone::new, RingAlone::update, RingAlone::view)
        .title(|_: &RingAlone| "Limber — ring alone".to_owned())
        .theme(|_: &RingAlone| Theme::Light)
        .subscription(RingAlone::subscription)
        .default_font(iced::Font::with_name("Fira Sans"))
        .window(iced::window::Settings {
            size: iced::Size::new(1280.0, 760.0),
            ..iced::window::Settings::default()
        })
        .run()
}
