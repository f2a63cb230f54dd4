//! Decoded image illustrations, kept for the life of the app so a step's
//! picture is read and decoded once, not on every frame.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use iced::widget::{image, svg};

use crate::content::schema::Illustration;
use crate::content::{ImageSource, Library};
use crate::figure::{self, LoadedImage};

/// A decoded illustration, ready to draw.
#[derive(Debug, Clone)]
pub enum Picture {
    Raster(image::Handle),
    Vector(svg::Handle),
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
        let loaded = load(library, illustration, path, mirrored);
        if let Err(message) = &loaded {
            tracing::warn!("image {path}: {message}");
        }
        self.entries.borrow_mut().insert(key, loaded.clone());
        loaded
    }
}

fn load(
    library: &Library,
    illustration: &Illustration,
    path: &str,
    mirrored: bool,
) -> Result<Picture, String> {
    let loaded = match library.image(illustration) {
        Some(ImageSource::Path(file)) => figure::load_file(&file),
        Some(ImageSource::Embedded(bytes)) => figure::load_bytes(bytes, Path::new(path)),
        None => return Err("the file is not in the content folder".to_owned()),
    }
    .map_err(|e| e.to_string())?;
    Ok(match loaded {
        // Mirroring an SVG would mean rewriting it; it shows as drawn.
        LoadedImage::Svg(bytes) => Picture::Vector(svg::Handle::from_memory(bytes)),
        LoadedImage::Raster(raster) => {
            let raster = if mirrored { raster.mirrored() } else { raster };
            Picture::Raster(image::Handle::from_rgba(
                raster.width,
                raster.height,
                raster.rgba,
            ))
        }
    })
}
