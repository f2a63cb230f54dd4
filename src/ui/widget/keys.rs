//! A wrapper that turns key presses its content ignored into messages.
//!
//! Keyboard shortcuts live in the widget tree rather than in a subscription
//! so an idle screen has no subscription at all, and so headless screen tests
//! (which drive the widget tree, not the runtime) see the same shortcuts a
//! person does.

use iced::advanced::layout;
use iced::advanced::mouse;
use iced::advanced::overlay;
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget};
use iced::keyboard::{self, Key};
use iced::{Element, Event, Length, Rectangle, Size, Vector};

/// Maps a pressed key to a message, or `None` to let it pass.
type OnKey<'a, Message> = Box<dyn Fn(&Key, keyboard::Modifiers) -> Option<Message> + 'a>;

pub struct KeyListener<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
    on_key: OnKey<'a, Message>,
}

/// Wraps `content`; `on_key` maps a pressed key to a message, or `None` to
/// let it pass. It is asked with the key as printed on it ("/"), then,
/// when it let that pass, with the key its modifiers make ("?" with
/// Shift): a character reached with Shift works on every layout.
pub fn key_listener<'a, Message, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
    on_key: impl Fn(&Key, keyboard::Modifiers) -> Option<Message> + 'a,
) -> KeyListener<'a, Message, Theme, Renderer> {
    KeyListener {
        content: content.into(),
        on_key: Box::new(on_key),
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for KeyListener<'_, Message, Theme, Renderer>
where
    Renderer: renderer::Renderer,
{
    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        if shell.is_event_captured() {
            return;
        }
        if let Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modified_key,
            modifiers,
            repeat: false,
            ..
        }) = event
            && let Some(message) = (self.on_key)(key, *modifiers).or_else(|| {
                // iced's `key` is the key without its modifiers: Shift+/
                // arrives as "/" (X11, US layout), and `?` only as the
                // modified key. Asked second, so a shortcut on the bare
                // key ("=" for "+", "h" for "H") still comes first.
                (modified_key != key)
                    .then(|| (self.on_key)(modified_key, *modifiers))
                    .flatten()
            })
        {
            shell.publish(message);
            shell.capture_event();
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message, Theme, Renderer> From<KeyListener<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(listener: KeyListener<'a, Message, Theme, Renderer>) -> Self {
        Element::new(listener)
    }
}

/// Wraps a screen whose only shortcut is Esc, which sends `back`.
pub fn escape_to<'a, Message: Clone + 'a>(
    content: impl Into<iced::Element<'a, Message>>,
    back: Message,
) -> iced::Element<'a, Message> {
    key_listener(content, move |key, _| match key {
        Key::Named(keyboard::key::Named::Escape) => Some(back.clone()),
        _ => None,
    })
    .into()
}

/// One line of a screen's keys, as the "Keys" sheet (`?`) lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcut {
    /// The key or keys, as printed on them: "← →", "Esc".
    pub keys: &'static str,
    /// What they do, as the id of its message in the catalogues
    /// (`keys-help`: "Show or hide this list of keys").
    pub does: &'static str,
}

/// Shorthand for the screens' lists: the keys, and the message id of
/// what they do.
pub const fn shortcut(keys: &'static str, does: &'static str) -> Shortcut {
    Shortcut { keys, does }
}

/// Every screen answers `?` with its keys.
pub const HELP: Shortcut = shortcut("?", "keys-help");

impl Shortcut {
    /// The keys as the language names them: each word on a key ("Esc",
    /// "Space", "Page Up") and the "or" between keys from the catalogue
    /// (`keys-space`, …); letters, digits and arrows as printed.
    pub fn keys_shown(&self) -> String {
        let mut shown = String::new();
        let mut word = String::new();
        let flush = |word: &mut String, shown: &mut String| {
            if word.chars().count() > 1 {
                let id = format!("keys-{}", word.to_lowercase());
                if limber_core::i18n::current().has(&id)
                    || limber_core::i18n::Language::english().has(&id)
                {
                    shown.push_str(&limber_core::i18n::tr(&id));
                    word.clear();
                    return;
                }
            }
            shown.push_str(word);
            word.clear();
        };
        for c in self.keys.chars() {
            if c.is_ascii_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut shown);
                shown.push(c);
            }
        }
        flush(&mut word, &mut shown);
        shown
    }

    /// What the keys do, in the language in use.
    pub fn does_shown(&self) -> String {
        limber_core::i18n::tr(self.does)
    }
}

/// The "Keys" sheet over the screen: the screen's shortcuts in a card in
/// the middle of a dimmed window. A click anywhere, Esc or `?` closes it.
pub fn sheet<'a, Message: Clone + 'a>(
    t: crate::ui::style::Type,
    title: String,
    shortcuts: &'a [Shortcut],
    close: Message,
) -> iced::Element<'a, Message> {
    use iced::widget::{button, column, container, mouse_area, opaque, row, scrollable, text};
    use iced::{Alignment, Color, Length};

    let mut list = column![].spacing(10);
    for shortcut in shortcuts.iter().chain(std::iter::once(&HELP)) {
        list = list.push(
            row![
                container(
                    text(shortcut.keys_shown())
                        .size(t.control())
                        .center()
                        .width(Length::Fill)
                )
                .padding([2, 10])
                .width(Length::Fixed(170.0 * t.scale()))
                .style(crate::ui::style::key_cap),
                text(shortcut.does_shown()).size(t.body()),
            ]
            .spacing(18)
            .align_y(Alignment::Center),
        );
    }
    let card = container(
        column![
            // Close beside the title: in view however long the list is.
            row![
                text(limber_core::t!("keys-title", screen = title))
                    .size(t.heading())
                    .width(Length::Fill),
                button(text(limber_core::t!("keys-close")).size(t.control()))
                    .padding([10, 22])
                    .style(crate::ui::style::primary)
                    .on_press(close.clone()),
            ]
            .spacing(18)
            .align_y(Alignment::Center),
            // A long list on a small window with large text scrolls.
            scrollable(list).height(Length::Shrink),
        ]
        .spacing(18),
    )
    .padding(28)
    .max_width(720.0 * t.scale())
    .style(crate::ui::style::card);
    let scrim = container(opaque(card))
        .center(Length::Fill)
        .padding(24)
        .style(|_| container::Style {
            background: Some(Color::from_rgba(0.0, 0.0, 0.0, 0.45).into()),
            ..container::Style::default()
        });
    opaque(mouse_area(scrim).on_press(close))
}
