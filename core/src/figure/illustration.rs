//! Image illustrations from user content (a physiotherapist's photo or
//! drawing): PNG and JPEG decoded, SVG checked and drawn (see
//! [`super::svg`]), all under the limits below. This module owns them:
//! `limber check` and the app load every image through [`load_file`] or
//! [`load_bytes`], so they report the same problems.
//!
//! Content is untrusted input: a path must stay inside the content folder,
//! only regular files are read and only up to a byte cap
//! ([`crate::files`]), and decoding refuses huge pictures *before*
//! allocating for them (a 40000×40000 header costs nothing).

use std::path::{Path, PathBuf};

use crate::files::{self, ReadError, size_words};

/// Largest width or height accepted for PNG and JPEG, pixels (also for
/// pictures embedded in an SVG).
pub const MAX_SIDE: u32 = 4096;
/// Most memory one picture may take to decode or draw, bytes: a PNG or
/// JPEG's pixels, the pictures embedded in an SVG together, and the layers
/// an SVG holds at once while it is drawn.
pub const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;
/// Largest PNG or JPEG file read, bytes.
pub const MAX_RASTER_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Largest SVG file read, bytes (an illustration is a drawing, not a map).
pub const MAX_SVG_FILE_BYTES: u64 = 1024 * 1024;
/// Most XML nodes (elements, text, comments) in an SVG.
pub const MAX_SVG_NODES: u32 = 100_000;
/// Deepest nesting of SVG elements. Drawing software nests a few levels;
/// the SVG parser and renderer recurse once per level.
pub const MAX_SVG_DEPTH: u32 = 64;
/// Most elements an SVG may draw once its references are followed (`<use>`
/// copies, a marker at every vertex, a pattern in every shape…).
pub const MAX_SVG_INSTANCES: u64 = 200_000;
/// Most pixel operations drawing one SVG may take (about a quarter of a
/// second of drawing).
pub const MAX_SVG_RENDER_WORK: u64 = 256_000_000;
/// An SVG is drawn this many pixels on its long side (the UI scales it).
pub const RENDER_SIDE: u32 = 1024;

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

/// Why an illustration cannot be shown. Every message starts with the
/// image's path.
#[derive(Debug, thiserror::Error)]
pub enum IllustrationError {
    #[error(
        "{}",
        crate::t!(
            "figure-image-outside",
            path = path.display().to_string(),
            folder = folder.display().to_string()
        )
    )]
    OutsideFolder { path: PathBuf, folder: PathBuf },
    #[error(
        "{}",
        crate::t!("figure-image-unreadable", path = path.display().to_string(), error = source.to_string())
    )]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not a regular file, unreadable, or not there.
    #[error(transparent)]
    Read(ReadError),
    #[error(
        "{}",
        crate::t!(
            "figure-image-file-too-large",
            path = path.display().to_string(),
            limit = size_words(*limit),
            kind = *kind
        )
    )]
    FileTooLarge {
        path: PathBuf,
        limit: u64,
        kind: &'static str,
    },
    #[error("{}", crate::t!("figure-image-unsupported", path = path.display().to_string()))]
    UnsupportedKind { path: PathBuf },
    #[error("{}", crate::t!("figure-image-not-in-content", path = path.display().to_string()))]
    NotInContent { path: PathBuf },
    #[error(
        "{}",
        crate::t!(
            "figure-image-too-many-pixels",
            path = path.display().to_string(),
            side = MAX_SIDE.to_string(),
            size = size_words(MAX_DECODE_BYTES),
            reason = reason.as_str()
        )
    )]
    TooManyPixels { path: PathBuf, reason: String },
    #[error(
        "{}",
        crate::t!("figure-image-damaged", path = path.display().to_string(), reason = reason.as_str())
    )]
    Decode { path: PathBuf, reason: String },
    #[error(
        "{}",
        crate::t!("figure-image-svg", path = path.display().to_string(), reason = reason.as_str())
    )]
    Svg { path: PathBuf, reason: String },
}

impl IllustrationError {
    /// The image the error is about.
    pub fn path(&self) -> &Path {
        match self {
            IllustrationError::OutsideFolder { path, .. }
            | IllustrationError::Io { path, .. }
            | IllustrationError::FileTooLarge { path, .. }
            | IllustrationError::UnsupportedKind { path }
            | IllustrationError::NotInContent { path }
            | IllustrationError::TooManyPixels { path, .. }
            | IllustrationError::Decode { path, .. }
            | IllustrationError::Svg { path, .. } => path,
            IllustrationError::Read(error) => error.path(),
        }
    }

    /// The message without the leading path, for a place that names the
    /// file already (the app's placeholder shows the path as written).
    pub fn reason(&self) -> String {
        let message = self.to_string();
        let prefix = format!("{}: ", self.path().display());
        message
            .strip_prefix(&prefix)
            .map_or_else(|| message.clone(), str::to_owned)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Raster,
    Svg,
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" | "jpg" | "jpeg" => Some(Kind::Raster),
            "svg" => Some(Kind::Svg),
            _ => None,
        }
    }

    fn limit(self) -> (u64, &'static str) {
        match self {
            Kind::Raster => (MAX_RASTER_FILE_BYTES, "PNG/JPEG"),
            Kind::Svg => (MAX_SVG_FILE_BYTES, "SVG"),
        }
    }
}

/// The largest file accepted for an image with this path's extension, in
/// bytes, and the kind's name (`None` for an unsupported extension).
pub fn max_file_bytes(path: &Path) -> Option<(u64, &'static str)> {
    Kind::of(path).map(Kind::limit)
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

/// Loads the illustration `relative` (as written in a step) from the
/// content folder `folder`.
pub fn load_image(folder: &Path, relative: &str) -> Result<RasterImage, IllustrationError> {
    let path = resolve_in_folder(folder, relative)?;
    load_file(&path)
}

/// Loads an image file whose place was already checked (the content loader
/// resolves every image path inside its folder while loading).
pub fn load_file(path: &Path) -> Result<RasterImage, IllustrationError> {
    let kind = Kind::of(path).ok_or_else(|| IllustrationError::UnsupportedKind {
        path: path.to_path_buf(),
    })?;
    let (limit, kind_name) = kind.limit();
    let bytes = files::read_bytes(path, limit).map_err(|error| match error {
        ReadError::TooLarge { path, limit } => IllustrationError::FileTooLarge {
            path,
            limit,
            kind: kind_name,
        },
        other => IllustrationError::Read(other),
    })?;
    decode(kind, &bytes, path)
}

/// Loads an image from bytes already in memory (embedded with the shipped
/// content, or a fuzzer's), under the same limits as a file; `path` names
/// it in errors and tells its kind.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<RasterImage, IllustrationError> {
    let kind = Kind::of(path).ok_or_else(|| IllustrationError::UnsupportedKind {
        path: path.to_path_buf(),
    })?;
    let (limit, kind_name) = kind.limit();
    if bytes.len() as u64 > limit {
        return Err(IllustrationError::FileTooLarge {
            path: path.to_path_buf(),
            limit,
            kind: kind_name,
        });
    }
    decode(kind, bytes, path)
}

fn decode(kind: Kind, bytes: &[u8], path: &Path) -> Result<RasterImage, IllustrationError> {
    match kind {
        Kind::Raster => decode_raster(bytes, path),
        Kind::Svg => super::svg::render(bytes, path),
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
    let reader = |limits| {
        let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|source| IllustrationError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        reader.limits(limits);
        Ok::<_, IllustrationError>(reader)
    };
    // Check the header first: a huge declared size is refused here before
    // any pixel buffer exists (and named: "40000×40000" says more than the
    // decoder's "exceeds limit", so only the allocation cap applies here).
    let mut header_limits = limits_for_decode();
    header_limits.max_image_width = None;
    header_limits.max_image_height = None;
    let (width, height) = reader(header_limits)?
        .into_dimensions()
        .map_err(decode_error)?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(IllustrationError::TooManyPixels {
            path: path.to_path_buf(),
            reason: crate::t!(
                "figure-image-declares",
                width = width.to_string(),
                height = height.to_string()
            ),
        });
    }
    let image = reader(limits_for_decode())?
        .decode()
        .map_err(decode_error)?
        .into_rgba8();
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
    use resvg::usvg;

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

    /// A PNG whose header declares 40000×40000 pixels (6.4 GB decoded),
    /// with a tiny image data chunk so the decoder reaches its header.
    fn huge_png() -> Vec<u8> {
        let mut png = png_header(40_000, 40_000);
        // An empty zlib stream.
        png.extend(chunk(
            b"IDAT",
            &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        png.extend(chunk(b"IEND", &[]));
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
        let error = decode_raster(&huge_png(), Path::new("huge.png")).expect_err("must refuse");
        assert!(
            matches!(error, IllustrationError::TooManyPixels { .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(
            message.contains("huge.png")
                && message.contains("too large")
                && message.contains("40000×40000"),
            "{message}"
        );
        assert!(
            error.reason().starts_with("the picture is too large"),
            "{}",
            error.reason()
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
            Ok(RasterImage {
                width: 3,
                height: 2,
                ..
            })
        ));
    }

    const SVG_NS: &str = "http://www.w3.org/2000/svg";

    fn svg(body: &str) -> Vec<u8> {
        format!("<svg xmlns='{SVG_NS}' width='40' height='20' viewBox='0 0 40 20'>{body}</svg>")
            .into_bytes()
    }

    #[test]
    fn svg_is_drawn_into_a_picture_that_mirrors() {
        // A red square on the left half, nothing on the right.
        let bytes = svg("<rect x='0' y='0' width='20' height='20' fill='#ff0000'/>");
        let image = load_bytes(&bytes, Path::new("a.svg")).expect("draws");
        assert_eq!((image.width, image.height), (RENDER_SIDE, RENDER_SIDE / 2));
        let pixel = |image: &RasterImage, x: u32, y: u32| {
            let at = ((y * image.width + x) * 4) as usize;
            image.rgba[at..at + 4].to_vec()
        };
        assert_eq!(pixel(&image, 10, 10), [255, 0, 0, 255]);
        assert_eq!(
            pixel(&image, RENDER_SIDE - 10, 10)[3],
            0,
            "right half empty"
        );
        let mirrored = image.mirrored();
        assert_eq!(pixel(&mirrored, RENDER_SIDE - 10, 10), [255, 0, 0, 255]);
    }

    #[test]
    fn svg_text_is_drawn_with_an_installed_font() {
        // No font-family: the default serif must resolve to a font this
        // system has (fontdb's own default, Times New Roman, is rarely
        // installed on Linux, and text in a missing font is not drawn).
        let bytes = svg("<text x='1' y='17' font-size='18' fill='#000000'>Wall</text>");
        let image = load_bytes(&bytes, Path::new("text.svg")).expect("draws");
        let inked = image.rgba.chunks_exact(4).filter(|p| p[3] > 128).count();
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_system_fonts();
        let has_fonts = !fonts.is_empty();
        if has_fonts {
            assert!(inked > 1000, "only {inked} pixels of text drawn");
        } else {
            println!("no system fonts here: text is not drawn ({inked} pixels)");
        }
    }

    #[test]
    fn svg_files_are_capped_and_other_kinds_refused() {
        let content = tempfile::tempdir().expect("temp dir");
        std::fs::write(content.path().join("a.svg"), svg("")).expect("write");
        let image = load_image(content.path(), "a.svg").expect("loads");
        assert_eq!(image.width, RENDER_SIDE);
        let big = vec![b' '; MAX_SVG_FILE_BYTES as usize + 1];
        std::fs::write(content.path().join("big.svg"), &big).expect("write");
        let error = load_image(content.path(), "big.svg").expect_err("too big");
        assert!(
            matches!(error, IllustrationError::FileTooLarge { .. }),
            "{error}"
        );
        assert!(error.to_string().contains("1 MiB"), "{error}");
        assert!(matches!(
            load_bytes(&big, Path::new("big.svg")),
            Err(IllustrationError::FileTooLarge { .. })
        ));
        std::fs::write(content.path().join("note.txt"), "hi").expect("write");
        assert!(matches!(
            load_image(content.path(), "note.txt"),
            Err(IllustrationError::UnsupportedKind { .. })
        ));
    }

    fn svg_problem(bytes: &[u8]) -> String {
        match load_bytes(bytes, Path::new("hostile.svg")) {
            Ok(image) => panic!("drawn ({}×{}), not refused", image.width, image.height),
            Err(error) => {
                let message = error.to_string();
                assert!(message.starts_with("hostile.svg: "), "{message}");
                message
            }
        }
    }

    fn data_url(mime: &str, bytes: &[u8]) -> String {
        // Base64 by hand: the crate's tests should not need an encoder dependency.
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = format!("data:{mime};base64,");
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[test]
    fn svg_embedding_a_huge_png_is_refused_from_its_header() {
        let bytes = svg(&format!(
            "<image width='40' height='20' href='{}'/>",
            data_url("image/png", &huge_png())
        ));
        let message = svg_problem(&bytes);
        assert!(message.contains("40000×40000"), "{message}");
        assert!(message.contains("embedded at line 1"), "{message}");
    }

    #[test]
    fn svg_embedding_a_small_png_draws_it() {
        let bytes = svg(&format!(
            "<image x='0' y='0' width='40' height='20' preserveAspectRatio='none' href='{}'/>",
            data_url("image/png", &small_png())
        ));
        let image = load_bytes(&bytes, Path::new("photo.svg")).expect("draws");
        // The top-left pixel of the 3×2 PNG is red, stretched over the corner.
        assert_eq!(&image.rgba[0..4], &[255, 0, 0, 255]);
    }

    #[test]
    fn deeply_nested_svg_is_refused_before_anything_recurses() {
        let depth = 20_000;
        let body = format!("{}{}", "<g>".repeat(depth), "</g>".repeat(depth));
        let message = svg_problem(&svg(&body));
        assert!(message.contains("nest more than 64 deep"), "{message}");
        assert!(message.contains("line 1, column"), "{message}");
    }

    #[test]
    fn the_deepest_accepted_svg_is_drawn_on_a_small_stack() {
        // 64 levels in the file, and a `<use>` that doubles that once its
        // reference is followed: the parser and renderer recurse about 125
        // levels, on a thread with the 2 MiB stack test threads get.
        let inner = format!(
            "<g id='deep'>{}<rect width='40' height='20' fill='#0000ff'/>{}</g>",
            "<g>".repeat(60),
            "</g>".repeat(60)
        );
        let body = format!(
            "<defs>{inner}</defs>{}<use href='#deep'/>{}",
            "<g>".repeat(60),
            "</g>".repeat(60)
        );
        let bytes = svg(&body);
        let drawn = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || load_bytes(&bytes, Path::new("deep.svg")).map(|i| i.rgba[0..4].to_vec()))
            .expect("spawn")
            .join()
            .expect("no stack overflow");
        assert_eq!(drawn.expect("drawn"), [0, 0, 255, 255]);
    }

    #[test]
    fn svg_links_to_other_files_are_refused() {
        for href in [
            "/etc/passwd.png",
            "../../secret.png",
            "secret.png",
            "file:///etc/hostname",
            "https://example.org/x.png",
        ] {
            for attribute in ["href", "xlink:href"] {
                let body = format!(
                    "<image xmlns:xlink='http://www.w3.org/1999/xlink' {attribute}='{href}' width='10' height='10'/>"
                );
                let message = svg_problem(&svg(&body));
                assert!(message.contains("links to another file"), "{message}");
                assert!(message.contains(href), "{message}");
            }
        }
        let message = svg_problem(&svg("<rect width='5' height='5' fill='url(other.svg#g)'/>"));
        assert!(message.contains("refers to another file"), "{message}");
        let message = svg_problem(&svg("<style>@import url(x.css);</style>"));
        assert!(message.contains("imports another file"), "{message}");
    }

    #[test]
    fn svg_expansion_bombs_are_refused() {
        // Ten `<use>` of the level below, eight levels: 10^8 rectangles.
        let mut defs = String::from("<rect id='l0' width='1' height='1'/>");
        for level in 1..=8 {
            defs.push_str(&format!("<g id='l{level}'>"));
            for _ in 0..10 {
                defs.push_str(&format!("<use href='#l{}'/>", level - 1));
            }
            defs.push_str("</g>");
        }
        let message = svg_problem(&svg(&format!("<defs>{defs}</defs><use href='#l8'/>")));
        assert!(message.contains("would draw more than"), "{message}");

        // A marker with a hundred shapes on a path with thousands of vertices.
        let marker_body = "<rect width='1' height='1'/>".repeat(100);
        let path_data = format!("M0 0{}", " l0.01 0".repeat(5_000));
        let message = svg_problem(&svg(&format!(
            "<marker id='m'>{marker_body}</marker><path d='{path_data}' marker-mid='url(#m)'/>"
        )));
        assert!(message.contains("would draw more than"), "{message}");

        let message = svg_problem(&svg("<g id='a'><use href='#a'/></g>"));
        assert!(message.contains("loop"), "{message}");

        let message = svg_problem(
            b"<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]><svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg>",
        );
        assert!(message.contains("entities"), "{message}");
    }

    #[test]
    fn svg_drawing_cost_is_bounded() {
        // Thousands of group layers, each the size of the canvas.
        let layers = "<g opacity='0.5'><rect width='40' height='20'/></g>".repeat(5_000);
        let message = svg_problem(&svg(&layers));
        assert!(message.contains("take too long"), "{message}");
        // Layers nested inside each other are all held at once.
        let depth = 40;
        let nested = format!(
            "{}<rect x='-80' y='-40' width='200' height='100'/>{}",
            "<g opacity='0.9'>".repeat(depth),
            "</g>".repeat(depth)
        );
        let message = svg_problem(&svg(&nested));
        assert!(message.contains("64 MiB of layers at once"), "{message}");
        // A pattern tile drawn huge.
        let message = svg_problem(&svg(
            "<pattern id='p' width='100000' height='100000' patternUnits='userSpaceOnUse'><rect width='1' height='1'/></pattern><rect width='40' height='20' fill='url(#p)'/>",
        ));
        assert!(message.contains("pattern tile"), "{message}");
    }

    #[test]
    fn an_image_of_absurd_size_in_an_svg_is_an_error_not_a_panic() {
        // Found by the fuzzer (examples/fuzz.rs): usvg unwraps a rectangle
        // that is not finite once the image is fitted into this height.
        let bytes = svg(&format!(
            "<image width='40' height='318446744073709551615' href='{}'/>",
            data_url("image/png", &small_png())
        ));
        let error = load_bytes(&bytes, Path::new("absurd.svg")).expect_err("refused");
        assert!(
            error.to_string().contains("the SVG library failed"),
            "{error}"
        );
    }

    #[test]
    fn an_absurd_blur_is_drawn_or_refused_never_a_panic() {
        // Found by the fuzzer: resvg's box blur overflows an i32 for this
        // deviation (a panic where overflow is checked, as in tests).
        let bytes = svg(
            "<filter id='f'><feGaussianBlur stdDeviation='18446744073709551615'/></filter><g filter='url(#f)'><rect width='5' height='5'/></g>",
        );
        let _ = load_bytes(&bytes, Path::new("blur.svg"));
    }

    #[test]
    fn broken_svgs_are_errors_not_panics() {
        for bytes in [
            &b""[..],
            b"<svg",
            b"not xml at all",
            b"\x1f\x8b\x08compressed",
            b"<html/>",
            b"\xff\xfe<svg/>",
        ] {
            let _ = svg_problem(bytes);
        }
    }
}
