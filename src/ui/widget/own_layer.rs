//! A widget drawn in a layer of its own: the workaround for the CPU
//! renderer's partial repaint missing texts next to a canvas.
//!
//! iced_tiny_skia 0.14.1 repaints only the damage between two frames
//! (`Layer::damage`). Every canvas adds a text item to its layer (its
//! geometry's text group, empty or not, translated to the canvas), and the
//! damage pairs a layer's text items by their index and places both texts
//! of a pair by the *earlier* one's translation. When a text appears or
//! goes before a canvas in the same layer (the next stage of the player,
//! a line that wraps), a plain text gets paired with a canvas's group:
//! its damage lands at the canvas's offset, and where it really is is
//! never repainted (a phase word drawn half over the old one, pieces of
//! "Rep 1 of 3" missing). Upstream reports of this family: iced-rs/iced
//! #2348, #2665, #3351. A canvas in its own layer keeps its text group out
//! of the other texts' pairing; `tests/ui_damage.rs` replays the repaint
//! and compares it with a fresh render.
//!
//! A second fault of the same renderer: a text drawn with `fill_text` (a
//! pick list's label and arrow, a checkbox's tick) is clipped only when
//! its clip rectangle (the scroll area's viewport) reaches outside the
//! layer's clip; a scroll area's layer *is* its viewport, so whenever a
//! region covers that whole layer (a full redraw) such a text is drawn
//! whole wherever it is: a pick list scrolled just out of view drew
//! "System default" below the scroll area, or over the header above it,
//! and the damage (its bounds cut to that viewport) never cleared it. In
//! a layer of its own, clipped to its bounds, the viewport reaches outside
//! the layer and the label is clipped.

use iced::advanced::layout;
use iced::advanced::mouse;
use iced::advanced::overlay;
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget};
use iced::{Element, Event, Length, Rectangle, Size, Vector};

pub struct OwnLayer<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
}

/// `content`, drawn in a layer of its own (clipped to its bounds and to
/// what its parents show).
pub fn own_layer<'a, Message, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
) -> OwnLayer<'a, Message, Theme, Renderer> {
    OwnLayer {
        content: content.into(),
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for OwnLayer<'_, Message, Theme, Renderer>
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
        // A layer is not clipped by the layers around it: keep it to what
        // the parents show (a scrollable's viewport).
        let Some(bounds) = layout.bounds().intersection(viewport) else {
            return;
        };
        renderer.with_layer(bounds, |renderer| {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                layout,
                cursor,
                viewport,
            );
        });
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

impl<'a, Message, Theme, Renderer> From<OwnLayer<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(widget: OwnLayer<'a, Message, Theme, Renderer>) -> Self {
        Element::new(widget)
    }
}
