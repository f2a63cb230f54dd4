//! Sizes and colours shared by the screens.
//!
//! Everything a person reads from the floor is sized here, scaled by the
//! profile's text-size setting, so the screens never hard-code a font size.

use iced::widget::{button, container};
use iced::{Border, Color, Shadow, Theme};

/// Font sizes in logical pixels at the "Normal" text size.
#[derive(Debug, Clone, Copy)]
pub struct Type {
    scale: f32,
}

impl Type {
    pub fn new(scale: f32) -> Self {
        Self { scale }
    }
    pub fn scale(self) -> f32 {
        self.scale
    }
    fn px(self, base: f32) -> f32 {
        (base * self.scale).round()
    }
    /// Small print: hints and secondary facts.
    pub fn small(self) -> f32 {
        self.px(16.0)
    }
    pub fn body(self) -> f32 {
        self.px(20.0)
    }
    /// Labels of primary controls.
    pub fn control(self) -> f32 {
        self.px(22.0)
    }
    pub fn heading(self) -> f32 {
        self.px(28.0)
    }
    pub fn title(self) -> f32 {
        self.px(40.0)
    }
    /// The player's instruction: readable from 3 m.
    pub fn instruction(self) -> f32 {
        self.px(34.0)
    }
}

/// A raised card on the window background.
pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.background.weak.color.into()),
        border: Border {
            radius: 16.0.into(),
            width: 1.0,
            color: palette.background.strong.color,
        },
        text_color: Some(palette.background.weak.text),
        shadow: Shadow::default(),
        ..container::Style::default()
    }
}

/// A tile on the home screen: a card whose border lights up under the
/// pointer. No shadow and no change of fill: the CPU renderer repaints only
/// damaged regions, and a soft shadow or a new fill there left stale
/// patches on the neighbouring tiles.
pub fn tile(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let (border, width) = match status {
        button::Status::Hovered | button::Status::Pressed => (palette.primary.strong.color, 3.0),
        _ => (palette.background.strong.color, 2.0),
    };
    button::Style {
        background: Some(palette.background.weak.color.into()),
        text_color: palette.background.base.text,
        border: Border {
            radius: 20.0.into(),
            width,
            color: border,
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// An urgent box (the red flags): unmistakable, not decorative.
pub fn urgent(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.danger.weak.color.scale_alpha(0.18).into()),
        border: Border {
            radius: 12.0.into(),
            width: 3.0,
            color: palette.danger.base.color,
        },
        text_color: Some(palette.background.base.text),
        ..container::Style::default()
    }
}

/// A caution box: stands out without alarming.
pub fn caution(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.warning.weak.color.scale_alpha(0.35).into()),
        border: Border {
            radius: 12.0.into(),
            width: 2.0,
            color: palette.warning.base.color,
        },
        text_color: Some(palette.background.base.text),
        ..container::Style::default()
    }
}

/// A notice banner (problems loading content or profile files).
pub fn notice(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(palette.danger.weak.color.scale_alpha(0.25).into()),
        border: Border {
            radius: 10.0.into(),
            width: 1.0,
            color: palette.danger.base.color,
        },
        text_color: Some(palette.background.base.text),
        ..container::Style::default()
    }
}

/// Muted text colour for secondary facts.
pub fn muted(theme: &Theme) -> Color {
    let palette = theme.extended_palette();
    palette.background.base.text.scale_alpha(0.7)
}
