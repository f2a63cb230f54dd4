//! Image illustrations from user content (a physiotherapist's photo or
//! drawing): PNG and JPEG decoded under size limits, SVG passed through.
//!
//! Content is untrusted input: a path must stay inside the content folder,
//! files have a byte cap, and decoding refuses huge pictures *before*
//! allocating for them (a 40000×40000 header costs nothing).

use std::path::{Path, PathBuf};

use crate::files::ReadError;

/// Largest width or height accepted for PNG and JPEG, pixels.
pub const MAX_SIDE: u32 = 4096;
/// Most memory the decoder may allocate, bytes.
pub const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;
/// Largest PNG or JPEG file read, bytes.
pub const MAX_RASTER_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Largest SVG file read, bytes (iced parses it; keep it small).
pub const MAX_SVG_FILE_BYTES: u64 = 1024 * 1024;

/// A decoded picture: 8-bit RGBA, rows top to bottom, not premultiplied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RasterImage {
    pub width: u32,
    pub height: u32,
    /// `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

impl RasterImage {
    /// The picture flipped left-right, for the other side of a sided
    /// exercise.
    pub fn mirrored(&self) -> RasterImage {
        let row_bytes = self.width as usize * 4;
        let mut rgba = Vec::with_capacity(self.rgba.len());
        for row in self.rgba.chunks_exact(row_bytes.max(1)) {
            for pixel in row.chunks_exact(4).rev() {
                rgba.extend_from_slice(pixel);
            }
        }
        RasterImage {
            width: self.width,
            height: self.height,
            rgba,
        }
    }
}

/// A loaded illustration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadedImage {
    Raster(RasterImage),
    /// The SVG file's bytes, unparsed (the GUI's SVG widget renders it; to
    /// mirror it, flip the widget).
    Svg(Vec<u8>),
}

#[derive(Debug, thiserror::Error)]
pub enum IllustrationError {
    #[error("{path}: the image is outside the content folder {folder}")]
    OutsideFolder { path: PathBuf, folder: PathBuf },
    #[error("{path}: cannot read the image: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not a regular file, unreadable, or not there.
    #[error(transparent)]
    Read(ReadError),
    #[error("{path}: the file is larger than the {limit}-byte limit for {kind} images")]
    FileTooLarge {
        path: PathBuf,
        limit: u64,
        kind: &'static str,
    },
    #[error("{path}: only PNG, JPEG and SVG images are supported (by file extension)")]
    UnsupportedKind { path: PathBuf },
    #[error(
        "{path}: the picture is too large (at most {MAX_SIDE}×{MAX_SIDE} pixels and {MAX_DECODE_BYTES} bytes decoded): {reason}"
    )]
    TooManyPixels { path: PathBuf, reason: String },
    #[error("{path}: the image is damaged or not what its name says: {reason}")]
    Decode { path: PathBuf, reason: String },
}

enum Kind {
    Raster,
    Svg,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "png" | "jpg" | "jpeg" => Some(Kind::Raster),
        "svg" => Some(Kind::Svg),
        _ => None,
    }
}

/// The real path of `relative` inside `folder`, refusing anything that
/// leaves it (`..`, an absolute path, a symlink pointing out). Both are
/// canonicalized, so the file must exist.
pub fn resolve_in_folder(folder: &Path, relative: &str) -> Result<PathBuf, IllustrationError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| IllustrationError::Io { path, source }
    };
    let canonical_folder = folder.canonicalize().map_err(io(folder))?;
    let joined = folder.join(relative);
    let canonical_file = joined.canonicalize().map_err(io(&joined))?;
    if canonical_file.starts_with(&canonical_folder) {
        Ok(canonical_file)
    } else {
        Err(IllustrationError::OutsideFolder {
            path: joined,
            folder: canonical_folder,
        })
    }
}

/// Reads at most `limit` bytes of a regular file (never waiting on a FIFO
/// or reading a device), failing if the file is longer.
fn read_capped(path: &Path, limit: u64, kind: &'static str) -> Result<Vec<u8>, IllustrationError> {
    crate::files::read_bytes(path, limit).map_err(|error| match error {
        ReadError::TooLarge { path, limit } => {
            IllustrationError::FileTooLarge { path, limit, kind }
        }
        other => IllustrationError::Read(other),
    })
}

/// Loads the illustration `relative` (as written in a step) from the
/// content folder `folder`.
pub fn load_image(folder: &Path, relative: &str) -> Result<LoadedImage, IllustrationError> {
    let path = resolve_in_folder(folder, relative)?;
    load_file(&path)
}

/// Loads an image file whose place was already checked (the content loader
/// resolves every image path inside its folder while loading).
pub fn load_file(path: &Path) -> Result<LoadedImage, IllustrationError> {
    match kind_of(path) {
        Some(Kind::Svg) => Ok(LoadedImage::Svg(read_capped(
            path,
            MAX_SVG_FILE_BYTES,
            "SVG",
        )?)),
        Some(Kind::Raster) => {
            let bytes = read_capped(path, MAX_RASTER_FILE_BYTES, "PNG/JPEG")?;
            decode_raster(&bytes, path).map(LoadedImage::Raster)
        }
        None => Err(IllustrationError::UnsupportedKind {
            path: path.to_path_buf(),
        }),
    }
}

/// Loads an image from bytes already in memory (embedded with the shipped
/// content), under the same limits as a file; `path` names it in errors and
/// tells its kind.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<LoadedImage, IllustrationError> {
    let (limit, kind) = match kind_of(path) {
        Some(Kind::Svg) => (MAX_SVG_FILE_BYTES, "SVG"),
        Some(Kind::Raster) => (MAX_RASTER_FILE_BYTES, "PNG/JPEG"),
        None => {
            return Err(IllustrationError::UnsupportedKind {
                path: path.to_path_buf(),
            });
        }
    };
    if bytes.len() as u64 > limit {
        return Err(IllustrationError::FileTooLarge {
            path: path.to_path_buf(),
            limit,
            kind,
        });
    }
    match kind_of(path) {
        Some(Kind::Svg) => Ok(LoadedImage::Svg(bytes.to_vec())),
        _ => decode_raster(bytes, path).map(LoadedImage::Raster),
    }
}

/// Decodes PNG or JPEG bytes under the limits; `path` only names the
/// source in errors.
pub fn decode_raster(bytes: &[u8], path: &Path) -> Result<RasterImage, IllustrationError> {
    let decode_error = |error: image::ImageError| match error {
        image::ImageError::Limits(reason) => IllustrationError::TooManyPixels {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        },
        other => IllustrationError::Decode {
            path: path.to_path_buf(),
            reason: other.to_string(),
        },
    };
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|source| IllustrationError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    reader.limits(limits_for_decode());
    // Check the header first: a huge declared size is refused here before
    // any pixel buffer exists.
    let (width, height) = reader.into_dimensions().map_err(decode_error)?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(IllustrationError::TooManyPixels {
            path: path.to_path_buf(),
            reason: format!("it declares {width}×{height} pixels"),
        });
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|source| IllustrationError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    reader.limits(limits_for_decode());
    let image = reader.decode().map_err(decode_error)?.into_rgba8();
    Ok(RasterImage {
        width: image.width(),
        height: image.height(),
        rgba: image.into_raw(),
    })
}

fn limits_for_decode() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CRC-32 as PNG chunks need it (so the crafted header is otherwise valid).
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
        out
    }

    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA
        png.extend(chunk(b"IHDR", &ihdr));
        png
    }

    fn small_png() -> Vec<u8> {
        let mut image = image::RgbaImage::new(3, 2);
        image.put_pixel(0, 0, image::Rgba([255, 0, 0, 255]));
        image.put_pixel(2, 1, image::Rgba([0, 0, 255, 255]));
        let mut bytes = Vec::new();
        image
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .expect("encode test PNG");
        bytes
    }

    #[test]
    fn crc_matches_the_png_reference_value() {
        // The IEND chunk's CRC is fixed by the PNG spec.
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    }

    #[test]
    fn huge_declared_size_is_refused_without_allocating() {
        let mut png = png_header(40_000, 40_000);
        png.extend(chunk(b"IEND", &[]));
        let error = decode_raster(&png, Path::new("huge.png")).expect_err("must refuse");
        assert!(
            matches!(error, IllustrationError::TooManyPixels { .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(
            message.contains("huge.png") && message.contains("too large"),
            "{message}"
        );
    }

    #[test]
    fn truncated_png_is_an_error_not_a_panic() {
        let png = small_png();
        for cut in [png.len() / 2, 20, 8, 0] {
            let error = decode_raster(&png[..cut], Path::new("cut.png")).expect_err("must fail");
            assert!(error.to_string().contains("cut.png"), "{error}");
        }
    }

    #[test]
    fn decodes_and_mirrors() {
        let image = decode_raster(&small_png(), Path::new("ok.png")).expect("decodes");
        assert_eq!((image.width, image.height), (3, 2));
        assert_eq!(&image.rgba[0..4], &[255, 0, 0, 255]);
        let mirrored = image.mirrored();
        assert_eq!(
            &mirrored.rgba[8..12],
            &[255, 0, 0, 255],
            "red moves to the right end"
        );
        assert_eq!(
            &mirrored.rgba[12..16],
            &[0, 0, 255, 255],
            "blue moves to the left end"
        );
        assert_eq!(mirrored.mirrored(), image);
    }

    #[test]
    fn paths_outside_the_folder_are_refused() {
        let root = tempfile::tempdir().expect("temp dir");
        let content = root.path().join("content");
        std::fs::create_dir_all(content.join("images")).expect("mkdir");
        std::fs::write(root.path().join("secret.png"), small_png()).expect("write");
        std::fs::write(content.join("images/ok.png"), small_png()).expect("write");

        let error = load_image(&content, "../secret.png").expect_err("must refuse");
        assert!(
            matches!(error, IllustrationError::OutsideFolder { .. }),
            "{error:?}"
        );
        assert!(
            error.to_string().contains("outside the content folder"),
            "{error}"
        );
        let absolute = root.path().join("secret.png");
        let absolute = absolute.to_str().expect("utf-8 temp path");
        assert!(matches!(
            load_image(&content, absolute),
            Err(IllustrationError::OutsideFolder { .. })
        ));
        assert!(matches!(
            load_image(&content, "images/missing.png"),
            Err(IllustrationError::Io { .. })
        ));
        assert!(matches!(
            load_image(&content, "images/ok.png"),
            Ok(LoadedImage::Raster(RasterImage {
                width: 3,
                height: 2,
                ..
            }))
        ));
    }

    #[test]
    fn svg_is_capped_and_passed_through() {
        let content = tempfile::tempdir().expect("temp dir");
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec();
        std::fs::write(content.path().join("a.svg"), &svg).expect("write");
        assert_eq!(
            load_image(content.path(), "a.svg").expect("loads"),
            LoadedImage::Svg(svg)
        );
        let big = vec![b' '; MAX_SVG_FILE_BYTES as usize + 1];
        std::fs::write(content.path().join("big.svg"), big).expect("write");
        let error = load_image(content.path(), "big.svg").expect_err("too big");
        assert!(
            matches!(error, IllustrationError::FileTooLarge { .. }),
            "{error}"
        );
        std::fs::write(content.path().join("note.txt"), "hi").expect("write");
        assert!(matches!(
            load_image(content.path(), "note.txt"),
            Err(IllustrationError::UnsupportedKind { .. })
        ));
    }
}
