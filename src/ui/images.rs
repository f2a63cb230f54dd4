//! Image illustrations (a physiotherapist's photo or drawing in the
//! content), read and decoded off the window's thread: when a screen that
//! shows them opens, [`wanted`] lists them, [`ImageCache::ask`] marks the
//! new ones as loading and [`load_task`] decodes them on a thread of their
//! own; `view` only ever draws what is in the cache (a picture, "loading",
//! or the reason it cannot be shown), so no frame waits for the disk.

use std::collections::HashMap;

use iced::Task;
use iced::widget::image;

use limber_core::content::Library;
use limber_core::content::schema::{Exercise, Illustration, Sides};

use super::platform::off_thread;

/// A decoded illustration, ready to draw. SVG files are checked and drawn
/// into pixels too (`Library::load_image`): iced's SVG widget reads linked
/// files and has no limits.
#[derive(Debug, Clone)]
pub enum Picture {
    Raster(image::Handle),
}

/// An image illustration as the screen sees it.
#[derive(Debug, Clone)]
pub enum Shown {
    /// Being read and decoded (or not asked for yet).
    Loading,
    Ready(Picture),
    /// Why it cannot be shown (missing, huge, broken), as `limber check`
    /// says it.
    Failed(String),
}

/// An image: its path as written in the content, and whether it is
/// mirrored (the other side of a sided exercise).
pub type Key = (String, bool);

/// A decoded image, or why it cannot be shown.
pub type Loaded = (Key, Result<Picture, String>);

/// Decoded image illustrations, kept for the life of the content (a
/// reload starts afresh), so each is read and decoded once.
#[derive(Debug, Default)]
pub struct ImageCache {
    entries: HashMap<Key, Shown>,
}

impl ImageCache {
    /// The picture for an image illustration, as far as it is loaded.
    pub fn get(&self, illustration: &Illustration, mirrored: bool) -> Shown {
        let Illustration::Image(path) = illustration else {
            return Shown::Failed(limber_core::t!("notices-not-an-image"));
        };
        self.entries
            .get(&(path.clone(), mirrored))
            .cloned()
            .unwrap_or(Shown::Loading)
    }

    /// The images of `wanted` not asked for yet, now marked as loading.
    pub fn ask(&mut self, wanted: Vec<(Illustration, bool)>) -> Vec<(Illustration, bool)> {
        let mut new = Vec::new();
        for (illustration, mirrored) in wanted {
            let Illustration::Image(path) = &illustration else {
                continue;
            };
            if let std::collections::hash_map::Entry::Vacant(entry) =
                self.entries.entry((path.clone(), mirrored))
            {
                entry.insert(Shown::Loading);
                new.push((illustration, mirrored));
            }
        }
        new
    }

    /// Images decoded (or refused) off the window's thread.
    pub fn loaded(&mut self, loaded: Vec<Loaded>) {
        for ((path, mirrored), result) in loaded {
            let shown = match result {
                Ok(picture) => Shown::Ready(picture),
                Err(message) => {
                    tracing::warn!("image {path}: {message}");
                    Shown::Failed(message)
                }
            };
            self.entries.insert((path, mirrored), shown);
        }
    }
}

/// Reads and decodes `images` on a thread of its own.
pub fn load_task(images: Vec<(Illustration, bool)>) -> Task<Vec<Loaded>> {
    if images.is_empty() {
        return Task::none();
    }
    Task::perform(
        off_thread(move || {
            images
                .iter()
                .filter_map(|(illustration, mirrored)| {
                    let Illustration::Image(path) = illustration else {
                        return None;
                    };
                    Some(((path.clone(), *mirrored), load(illustration, *mirrored)))
                })
                .collect::<Vec<Loaded>>()
        }),
        Option::unwrap_or_default,
    )
}

/// One image read, checked and decoded under the content's image limits,
/// mirrored when asked. Blocking: on a thread of its own ([`load_task`]).
pub fn load(illustration: &Illustration, mirrored: bool) -> Result<Picture, String> {
    // The same loader as `limber check`, so the placeholder names the same
    // problem the check reports (the placeholder adds the path itself).
    let raster = Library::load_image_file(illustration).map_err(|e| e.reason())?;
    let raster = if mirrored { raster.mirrored() } else { raster };
    Ok(Picture::Raster(image::Handle::from_rgba(
        raster.width,
        raster.height,
        raster.rgba,
    )))
}

/// The image illustrations of `exercises` (their steps' and variations'),
/// both ways round for the sided ones when `both_sides`.
pub fn of_exercises<'a>(
    exercises: impl IntoIterator<Item = &'a Exercise>,
    both_sides: bool,
) -> Vec<(Illustration, bool)> {
    let mut wanted = Vec::new();
    for exercise in exercises {
        let sided = both_sides && exercise.sides != Sides::None;
        let illustrations = exercise.steps.iter().map(|step| &step.illustration).chain(
            exercise
                .variations
                .iter()
                .filter_map(|v| v.illustration.as_ref()),
        );
        for illustration in illustrations {
            if matches!(illustration, Illustration::Image(_)) {
                wanted.push((illustration.clone(), false));
                if sided {
                    wanted.push((illustration.clone(), true));
                }
            }
        }
    }
    wanted
}
