//! Decoded image illustrations, kept for the life of the app so a step's
//! picture is read and decoded once, not on every frame.

use std::cell::RefCell;
use std::collections::HashMap;

use iced::widget::image;

use limber_core::content::Library;
use limber_core::content::schema::Illustration;

/// A decoded illustration, ready to draw. SVG files are checked and drawn
/// into pixels too (`Library::load_image`): iced's SVG widget reads linked
/// files and has no limits.
#[derive(Debug, Clone)]
pub enum Picture {
    Raster(image::Handle),
}

#[derive(Debug, Default)]
pub struct ImageCache {
    /// (path as written, mirrored) → picture or the reason it cannot be shown.
    entries: RefCell<HashMap<(String, bool), Result<Picture, String>>>,
}

impl ImageCache {
    /// The picture for an image illustration, mirrored for the right side.
    /// A missing, huge or broken file gives a message (logged once).
    pub fn get(
        &self,
        library: &Library,
        illustration: &Illustration,
        mirrored: bool,
    ) -> Result<Picture, String> {
        let Illustration::Image(path) = illustration else {
            return Err("not an image".to_owned());
        };
        let key = (path.clone(), mirrored);
        if let Some(found) = self.entries.borrow().get(&key) {
            return found.clone();
        }
        let loaded = load(library, illustration, mirrored);
        if let Err(message) = &loaded {
            tracing::warn!("image {path}: {message}");
        }
        self.entries.borrow_mut().insert(key, loaded.clone());
        loaded
    }
}

fn load(library: &Library, illustration: &Illustration, mirrored: bool) -> Result<Picture, String> {
    // The same loader as `limber check`, so the placeholder names the same
    // problem the check reports (the placeholder adds the path itself).
    let raster = library.load_image(illustration).map_err(|e| e.reason())?;
    let raster = if mirrored { raster.mirrored() } else { raster };
    Ok(Picture::Raster(image::Handle::from_rgba(
        raster.width,
        raster.height,
        raster.rgba,
    )))
}
