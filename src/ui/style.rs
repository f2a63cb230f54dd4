//! Limber's design system: the named colours (one calm palette, light and
//! dark, with one accent for what to do next), the type scale, spacing and
//! corner radii, and the styles built from them. Every screen takes its
//! look from here: the themes below feed iced's own widgets, and the style
//! functions cover the rest. Calm and warm, and legible from 3 m: body text
//! meets WCAG AA contrast on every surface it sits on (tested below).

use iced::theme::palette::{self, Extended, Pair};
use iced::widget::{button, container};
use iced::{Border, Color, Shadow, Theme};
use limber_core::session::stage::Look;

/// The named colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tokens {
    /// The window behind everything.
    pub background: Color,
    /// Cards and tiles on the background.
    pub surface: Color,
    /// Quiet controls (secondary buttons) and the pain scale's keys.
    pub control: Color,
    /// Lines around cards and controls.
    pub border: Color,
    pub text: Color,
    /// Secondary facts: still AA on every surface.
    pub muted: Color,
    /// The one accent: the next thing to do (Start, the ring in a hold).
    pub accent: Color,
    pub on_accent: Color,
    pub success: Color,
    pub warning: Color,
    pub danger: Color,
    pub on_danger: Color,
    /// Soft backgrounds of the caution and red-flag boxes.
    pub warning_soft: Color,
    pub danger_soft: Color,
    /// The player's phases, told apart from the floor by colour as well as
    /// by word and ring style, with red-green colour blindness too (tested
    /// below): get ready amber, move purple (orange in the dark), hold teal,
    /// relax deep blue, rest warm ink grey (a lighter grey in the dark),
    /// a set of short holds ("working") a bright royal blue (periwinkle in
    /// the dark), apart from the hold's teal.
    pub get_ready: Color,
    pub moving: Color,
    pub hold: Color,
    pub relax: Color,
    pub rest: Color,
    pub working: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8(
        (hex >> 16) as u8,
        (hex >> 8 & 0xff) as u8,
        (hex & 0xff) as u8,
    )
}

/// Warm paper, ink, and a deep teal accent.
pub const LIGHT: Tokens = Tokens {
    background: rgb(0xF6F3EE),
    surface: rgb(0xFFFDF9),
    control: rgb(0xE9E4DB),
    border: rgb(0xD8D1C4),
    text: rgb(0x24221F),
    muted: rgb(0x5E584F),
    accent: rgb(0x1D6B66),
    on_accent: rgb(0xFFFFFF),
    success: rgb(0x2D6A45),
    warning: rgb(0x9A5B00),
    danger: rgb(0xA4282A),
    on_danger: rgb(0xFFFFFF),
    warning_soft: rgb(0xFBEFD9),
    danger_soft: rgb(0xFBE6E4),
    get_ready: rgb(0x8A5F0F),
    moving: rgb(0x9522BF),
    hold: rgb(0x157979),
    relax: rgb(0x1B2A66),
    rest: rgb(0x3B3631),
    working: rgb(0x0A0AEB),
};

/// The same, for a dark room.
pub const DARK: Tokens = Tokens {
    background: rgb(0x1C1B19),
    surface: rgb(0x272522),
    control: rgb(0x36332F),
    border: rgb(0x4A4640),
    text: rgb(0xF1ECE4),
    muted: rgb(0xBDB5A9),
    accent: rgb(0x6CC4BC),
    on_accent: rgb(0x0F2624),
    success: rgb(0x7BC79A),
    warning: rgb(0xE9B45A),
    danger: rgb(0xF08C84),
    on_danger: rgb(0x2A0D0B),
    warning_soft: rgb(0x3A2E1A),
    danger_soft: rgb(0x3D2220),
    get_ready: rgb(0xEBD460),
    moving: rgb(0xE08452),
    hold: rgb(0xADE8EB),
    relax: rgb(0x6696CC),
    rest: rgb(0xA9947E),
    working: rgb(0x7C8CFF),
};

impl Tokens {
    /// The tokens of a theme made by [`theme`] (by its lightness).
    pub fn of(theme: &Theme) -> &'static Tokens {
        if theme.extended_palette().is_dark {
            &DARK
        } else {
            &LIGHT
        }
    }
}

/// Spacing steps, logical pixels.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
    pub const XXL: f32 = 32.0;
}

/// Corner radii.
pub mod radius {
    pub const CONTROL: f32 = 10.0;
    pub const CARD: f32 = 16.0;
    pub const TILE: f32 = 20.0;
}

/// The iced theme for light or dark, from the tokens: iced's own widgets
/// (buttons, sliders, togglers, scrollbars) take their colours from it.
pub fn theme(dark: bool) -> Theme {
    let tokens = if dark { DARK } else { LIGHT };
    let base = palette::Palette {
        background: tokens.background,
        text: tokens.text,
        primary: tokens.accent,
        success: tokens.success,
        warning: tokens.warning,
        danger: tokens.danger,
    };
    let name = if dark { "Limber dark" } else { "Limber light" };
    Theme::custom_with_fn(name, base, move |base| {
        let mut extended = Extended::generate(base);
        extended.is_dark = dark;
        extended.background.weak = Pair::new(tokens.surface, tokens.text);
        extended.background.strong = Pair::new(tokens.border, tokens.text);
        extended.primary.base = Pair::new(tokens.accent, tokens.on_accent);
        extended.secondary.base = Pair::new(tokens.control, tokens.text);
        extended.danger.base = Pair::new(tokens.danger, tokens.on_danger);
        extended
    })
}

/// A primary action: the accent, filled.
pub fn primary(theme: &Theme, status: button::Status) -> button::Style {
    let t = Tokens::of(theme);
    filled(t.accent, t.on_accent, status, t)
}

/// A secondary action: quiet, with a line around it.
pub fn secondary(theme: &Theme, status: button::Status) -> button::Style {
    let t = Tokens::of(theme);
    let mut style = filled(t.control, t.text, status, t);
    style.border.width = 1.0;
    style.border.color = match status {
        button::Status::Hovered | button::Status::Pressed => t.accent,
        _ => t.border,
    };
    style
}

/// A destructive or stopping action (Stop, Delete).
pub fn danger(theme: &Theme, status: button::Status) -> button::Style {
    let t = Tokens::of(theme);
    filled(t.danger, t.on_danger, status, t)
}

/// "This hurts": warm and easy to find, not the red of Stop.
pub fn hurts(theme: &Theme, status: button::Status) -> button::Style {
    let t = Tokens::of(theme);
    let mut style = filled(t.warning_soft, t.text, status, t);
    style.border.width = 2.0;
    style.border.color = t.warning;
    style
}

fn filled(fill: Color, text: Color, status: button::Status, t: &Tokens) -> button::Style {
    let fill = match status {
        button::Status::Hovered => mix(fill, t.text, 0.08),
        button::Status::Pressed => mix(fill, t.text, 0.16),
        button::Status::Disabled => mix(fill, t.background, 0.5),
        button::Status::Active => fill,
    };
    button::Style {
        background: Some(fill.into()),
        text_color: if status == button::Status::Disabled {
            t.muted
        } else {
            text
        },
        border: Border {
            radius: radius::CONTROL.into(),
            width: 0.0,
            color: Color::TRANSPARENT,
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// `a` moved towards `b` by `t` (0 to 1).
fn mix(a: Color, b: Color, t: f32) -> Color {
    Color::from_rgb(
        a.r + (b.r - a.r) * t,
        a.g + (b.g - a.g) * t,
        a.b + (b.b - a.b) * t,
    )
}

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
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.surface.into()),
        border: Border {
            radius: radius::CARD.into(),
            width: 1.0,
            color: t.border,
        },
        text_color: Some(t.text),
        shadow: Shadow::default(),
        ..container::Style::default()
    }
}

/// A card that has the keyboard's attention (the Routine screen's chosen
/// exercise): the accent border, thick enough to see from across a room.
pub fn card_focused(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        border: Border {
            radius: radius::CARD.into(),
            width: 3.0,
            color: t.accent,
        },
        ..card(theme)
    }
}

/// A settings row the keyboard is not on: no mark, the same room as
/// [`field_focused`] so nothing moves when the focus does.
pub fn field(_theme: &Theme) -> container::Style {
    field_outline(Color::TRANSPARENT)
}

/// A settings row the keyboard is on: the accent outline.
pub fn field_focused(theme: &Theme) -> container::Style {
    field_outline(Tokens::of(theme).accent)
}

fn field_outline(color: Color) -> container::Style {
    container::Style {
        border: Border {
            radius: radius::CONTROL.into(),
            width: 2.0,
            color,
        },
        ..container::Style::default()
    }
}

/// A key as printed in the "Keys" sheet: a small raised cap.
pub fn key_cap(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.control.into()),
        border: Border {
            radius: 6.0.into(),
            width: 1.0,
            color: t.border,
        },
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// A tile on the home screen: a card whose border lights up under the
/// pointer. No shadow and no change of fill: the CPU renderer repaints only
/// damaged regions, and a soft shadow or a new fill there left stale
/// patches on the neighbouring tiles.
pub fn tile(theme: &Theme, status: button::Status) -> button::Style {
    let t = Tokens::of(theme);
    let (border, width) = match status {
        button::Status::Hovered | button::Status::Pressed => (t.accent, 3.0),
        _ => (t.border, 2.0),
    };
    button::Style {
        background: Some(t.surface.into()),
        text_color: t.text,
        border: Border {
            radius: radius::TILE.into(),
            width,
            color: border,
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A card that has the keyboard's attention (the routine builder's chosen
/// row): the card with the accent around it.
pub fn card_selected(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        border: Border {
            radius: radius::CARD.into(),
            width: 3.0,
            color: t.accent,
        },
        ..card(theme)
    }
}

/// A ring in the accent around a control or a group that has the
/// keyboard's attention (keys act there).
pub fn focus_ring(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        border: Border {
            radius: (radius::CONTROL + 4.0).into(),
            width: 3.0,
            color: t.accent,
        },
        ..container::Style::default()
    }
}

/// An entry of a list to pick from (the builder's exercises): a surface
/// with a line, the accent under the pointer.
pub fn list_item(theme: &Theme, status: button::Status) -> button::Style {
    list_entry(theme, status, false)
}

/// [`list_item`] for the entry the keyboard is on.
pub fn list_item_selected(theme: &Theme, status: button::Status) -> button::Style {
    list_entry(theme, status, true)
}

fn list_entry(theme: &Theme, status: button::Status, selected: bool) -> button::Style {
    let t = Tokens::of(theme);
    let mut style = filled(t.surface, t.text, status, t);
    style.border.width = if selected { 3.0 } else { 1.0 };
    style.border.color = match status {
        _ if selected => t.accent,
        button::Status::Hovered | button::Status::Pressed => t.accent,
        _ => t.border,
    };
    if status == button::Status::Disabled {
        // Already in the routine: still readable, just not a target.
        style.text_color = t.text;
        style.background = Some(t.background.into());
    }
    style
}

/// A text field: iced's look, with the placeholder ("Search by name or
/// area") in the muted token, which reads on the field, rather than the
/// theme's faint secondary colour.
pub fn text_field(
    theme: &Theme,
    status: iced::widget::text_input::Status,
) -> iced::widget::text_input::Style {
    let mut style = iced::widget::text_input::default(theme, status);
    if !matches!(status, iced::widget::text_input::Status::Disabled) {
        style.placeholder = Tokens::of(theme).muted;
    }
    style
}

/// An urgent box (the red flags): unmistakable, not decorative.
pub fn urgent(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.danger_soft.into()),
        border: Border {
            radius: 12.0.into(),
            width: 3.0,
            color: t.danger,
        },
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// A caution box: stands out without alarming.
pub fn caution(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.warning_soft.into()),
        border: Border {
            radius: 12.0.into(),
            width: 2.0,
            color: t.warning,
        },
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// The side cue over the player's countdown ("RIGHT LEG"): a plate of
/// the card's surface, so it reads as a label apart from the word.
pub fn side_cue(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.surface.into()),
        border: Border {
            radius: 10.0.into(),
            width: 0.0,
            color: t.surface,
        },
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// A notice banner (problems loading content or profile files).
pub fn notice(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.danger_soft.into()),
        border: Border {
            radius: radius::CONTROL.into(),
            width: 1.0,
            color: t.danger,
        },
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// Muted text colour for secondary facts.
pub fn muted(theme: &Theme) -> Color {
    Tokens::of(theme).muted
}

/// The colour of a stage of the player (its word and its ring). A side
/// switch takes get ready's amber (the other side is coming), the breather
/// before an exercise and a setup card the calm of a rest and of muted
/// text, a set of short holds its own blue (not the hold's teal: it is
/// moving as much as holding).
pub fn look_color(theme: &Theme, look: Look) -> Color {
    let t = Tokens::of(theme);
    match look {
        Look::GetReady | Look::SideSwitch => t.get_ready,
        Look::Move => t.moving,
        Look::Hold => t.hold,
        Look::Working => t.working,
        Look::Relax => t.relax,
        Look::Rest | Look::UpNext => t.rest,
        Look::Read => t.muted,
    }
}

/// The veil over a paused player, or over the question before it stops:
/// the window's background, nearly opaque, so everything under it reads
/// as stopped.
pub fn veil(theme: &Theme) -> container::Style {
    let t = Tokens::of(theme);
    container::Style {
        background: Some(t.background.scale_alpha(0.9).into()),
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// Text in the success colour ("Press-up done").
pub fn success_text(theme: &Theme) -> Color {
    Tokens::of(theme).success
}

/// Text in the danger colour (red-flag headings).
pub fn danger_text(theme: &Theme) -> Color {
    Tokens::of(theme).danger
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance(c: Color) -> f32 {
        let channel = |v: f32| {
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    fn contrast(a: Color, b: Color) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn the_luminance_formula_gives_the_known_extremes() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.001);
    }

    /// Every pair of text and the surface it is drawn on, in both themes,
    /// meets WCAG AA for normal text (4.5:1).
    #[test]
    fn text_meets_wcag_aa_on_every_surface() {
        for (name, t) in [("light", LIGHT), ("dark", DARK)] {
            let pairs = [
                ("text on background", t.text, t.background),
                ("text on surface", t.text, t.surface),
                ("text on control", t.text, t.control),
                ("muted on background", t.muted, t.background),
                ("muted on surface", t.muted, t.surface),
                ("muted on control", t.muted, t.control),
                ("on-accent on accent", t.on_accent, t.accent),
                ("on-danger on danger", t.on_danger, t.danger),
                ("text on warning-soft", t.text, t.warning_soft),
                ("text on danger-soft", t.text, t.danger_soft),
                ("danger on danger-soft", t.danger, t.danger_soft),
                ("danger on surface", t.danger, t.surface),
                ("accent on background", t.accent, t.background),
                ("accent on surface", t.accent, t.surface),
            ];
            for (what, fg, bg) in pairs {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name}: {what}: {ratio:.2}:1");
            }
        }
    }

    /// The player's phase colours against the surfaces the ring and the
    /// phase word sit on: WCAG AA for text (4.5:1), more than the 3:1 a
    /// graphical object needs.
    #[test]
    fn phase_colours_read_on_the_background_and_the_cards() {
        for (name, t) in [("light", LIGHT), ("dark", DARK)] {
            for (phase, color) in phases(&t) {
                for (surface, bg) in [("background", t.background), ("surface", t.surface)] {
                    let ratio = contrast(color, bg);
                    assert!(ratio >= 4.5, "{name}: {phase} on {surface}: {ratio:.2}:1");
                }
            }
        }
    }

    fn phases(t: &Tokens) -> [(&'static str, Color); 6] {
        [
            ("working", t.working),
            ("get ready", t.get_ready),
            ("move", t.moving),
            ("hold", t.hold),
            ("relax", t.relax),
            ("rest", t.rest),
        ]
    }

    /// sRGB (0–1) to linear light.
    fn linear(v: f32) -> f32 {
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }

    /// CIE L*a*b* (D65) of a colour given in linear RGB.
    fn lab(rgb: [f32; 3]) -> [f32; 3] {
        let [r, g, b] = rgb;
        let x = 0.4124 * r + 0.3576 * g + 0.1805 * b;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
        let f = |t: f32| {
            if t > 216.0 / 24_389.0 {
                t.cbrt()
            } else {
                (24_389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// Machado, Oliveira and Fernandes (2009), "A physiologically-based
    /// model for simulation of color vision deficiency": the matrices for
    /// severity 1.0, applied to linear RGB.
    const DEUTERANOPIA: [[f32; 3]; 3] = [
        [0.367_322, 0.860_646, -0.227_968],
        [0.280_085, 0.672_501, 0.047_413],
        [-0.011_820, 0.042_940, 0.968_881],
    ];
    const PROTANOPIA: [[f32; 3]; 3] = [
        [0.152_286, 1.052_583, -0.204_868],
        [0.114_503, 0.786_281, 0.099_216],
        [-0.003_882, -0.048_116, 1.051_998],
    ];
    const NORMAL: [[f32; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

    /// How `c` looks through `matrix`, in L*a*b*.
    fn seen(c: Color, matrix: &[[f32; 3]; 3]) -> [f32; 3] {
        let rgb = [linear(c.r), linear(c.g), linear(c.b)];
        let row = |m: &[f32; 3]| (m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]).clamp(0.0, 1.0);
        lab([row(&matrix[0]), row(&matrix[1]), row(&matrix[2])])
    }

    /// CIE76 colour difference.
    fn delta_e(a: [f32; 3], b: [f32; 3]) -> f32 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
    }

    /// The least difference between two phase colours the test accepts:
    /// ΔE*76 of 20 is a difference seen at a glance (2.3 is the smallest
    /// one noticed side by side), for normal vision and as a person with
    /// deuteranopia or protanopia sees them.
    const LEAST_DIFFERENCE: f32 = 20.0;

    /// Every pair of phase colours stays apart in each theme: for normal
    /// vision, and simulated for deuteranopia and protanopia (Machado 2009,
    /// severity 1.0, on linear RGB; the difference as CIE76 ΔE in L*a*b*).
    #[test]
    fn phase_colours_are_told_apart_with_red_green_colour_blindness() {
        let mut least = f32::MAX;
        for (name, t) in [("light", LIGHT), ("dark", DARK)] {
            let phases = phases(&t);
            for (vision, matrix) in [
                ("normal", NORMAL),
                ("deuteranopia", DEUTERANOPIA),
                ("protanopia", PROTANOPIA),
            ] {
                for (i, (a, ca)) in phases.iter().enumerate() {
                    for (b, cb) in &phases[i + 1..] {
                        let difference = delta_e(seen(*ca, &matrix), seen(*cb, &matrix));
                        least = least.min(difference);
                        assert!(
                            difference >= LEAST_DIFFERENCE,
                            "{name}, {vision}: {a} and {b} differ by ΔE {difference:.1}"
                        );
                    }
                }
            }
        }
        assert!(least < 40.0, "the check is not blind: least ΔE {least:.1}");
    }

    #[test]
    fn the_simulation_keeps_grey_and_merges_red_with_green() {
        // A grey is seen the same; a red and a green of equal lightness,
        // far apart for normal vision, come close with deuteranopia.
        let grey = rgb(0x808080);
        assert!(delta_e(seen(grey, &NORMAL), seen(grey, &DEUTERANOPIA)) < 1.0);
        let (red, green) = (rgb(0xB0503C), rgb(0x6A7F2E));
        let normal = delta_e(seen(red, &NORMAL), seen(green, &NORMAL));
        let deutan = delta_e(seen(red, &DEUTERANOPIA), seen(green, &DEUTERANOPIA));
        assert!(
            normal > 40.0 && deutan < normal / 2.0,
            "{normal:.1} {deutan:.1}"
        );
    }

    #[test]
    fn the_themes_carry_their_tokens() {
        assert_eq!(Tokens::of(&theme(false)), &LIGHT);
        assert_eq!(Tokens::of(&theme(true)), &DARK);
        let light = theme(false);
        assert_eq!(light.extended_palette().primary.base.color, LIGHT.accent);
        assert_eq!(
            light.extended_palette().background.base.color,
            LIGHT.background
        );
    }
}
