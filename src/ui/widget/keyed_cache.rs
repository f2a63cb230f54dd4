//! A canvas cache that knows what it holds: cleared only when the key of
//! what is drawn changes, so unchanged layers are never re-tessellated.

use std::cell::Cell;

use iced::widget::canvas::{Cache, Frame, Geometry};
use iced::{Rectangle, Renderer, Size};

pub struct KeyedCache<K> {
    cache: Cache,
    key: Cell<Option<K>>,
}

impl<K> Default for KeyedCache<K> {
    fn default() -> Self {
        Self {
            cache: Cache::new(),
            key: Cell::new(None),
        }
    }
}

impl<K: Copy + PartialEq> KeyedCache<K> {
    /// The geometry for `key`, drawn by `draw` only if the cache holds
    /// another key (or nothing).
    pub fn draw(
        &self,
        key: K,
        renderer: &Renderer,
        size: Size,
        draw: impl FnOnce(&mut Frame),
    ) -> Geometry {
        self.draw_within(key, renderer, Rectangle::with_size(size), draw)
    }

    /// As [`KeyedCache::draw`], clipped to `bounds` (canvas coordinates).
    /// The CPU renderer repaints a changed cache over its clip bounds
    /// only, so a layer that covers a small part of its canvas costs that
    /// part, not the whole canvas, when it changes.
    pub fn draw_within(
        &self,
        key: K,
        renderer: &Renderer,
        bounds: Rectangle,
        draw: impl FnOnce(&mut Frame),
    ) -> Geometry {
        if self.key.get() != Some(key) {
            self.cache.clear();
            self.key.set(Some(key));
        }
        self.cache.draw_with_bounds(renderer, bounds, draw)
    }
}
