//! SVG illustrations, checked and drawn here into a [`RasterImage`] so the
//! app shows (and mirrors) them like a PNG.
//!
//! An SVG is a program more than a picture: it can nest elements thousands
//! deep (the parsers recurse: a stack overflow), embed a PNG that declares
//! 40000×40000 pixels (6.4 GB to decode), link to any file on the disk, or
//! repeat one group a million times through `<use>`. iced's SVG widget hands
//! the bytes to usvg with default options (which read linked files relative
//! to the working directory), so this module never gives iced an SVG.
//! Instead, before anything recursive runs:
//!
//! 1. the bytes: compressed SVG and XML entity declarations (the "billion
//!    laughs") are refused;
//! 2. a plain loop over the text measures how deep the elements nest:
//!    roxmltree's tokenizer, usvg and resvg all recurse once per level, so
//!    20,000 nested `<g>` would overflow the stack inside any of them;
//! 3. roxmltree parses the XML with a cap on its node count, and one
//!    iterative pass over its tree refuses every reference to another file
//!    (`href`, `url(…)`, `@import`) and bounds how many elements (and how
//!    deep) the references (`<use>`, markers, patterns, clip paths…) can
//!    multiply the drawing into;
//! 4. every embedded image (`data:` URL) is decoded under the same limits as
//!    a PNG or JPEG file (header first) and handed on re-encoded, so resvg
//!    only ever sees pictures checked here;
//! 5. usvg builds its tree with external references switched off, and one
//!    more iterative pass bounds the memory and work of drawing it;
//! 6. resvg draws it at most [`RENDER_SIDE`] pixels on its long side;
//!    a panic inside usvg or resvg refuses the file instead of ending the
//!    app.
//!
//! Every limit lives in [`super::illustration`].

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::files::size_words;

use super::illustration::{
    IllustrationError, MAX_DECODE_BYTES, MAX_SVG_DEPTH, MAX_SVG_INSTANCES, MAX_SVG_NODES,
    MAX_SVG_RENDER_WORK, RENDER_SIDE, RasterImage, decode_raster,
};

/// Draws an SVG file's bytes; `path` names it in errors.
pub(crate) fn render(bytes: &[u8], path: &Path) -> Result<RasterImage, IllustrationError> {
    let refuse = |reason: String| IllustrationError::Svg {
        path: path.to_path_buf(),
        reason,
    };
    let text = checked_text(bytes).map_err(refuse)?;
    check_nesting(text).map_err(refuse)?;
    let doc = parse_xml(text).map_err(refuse)?;
    let scan = scan(&doc).map_err(refuse)?;
    let embedded = embedded_images(&doc, &scan, path)?;
    let options = options(&scan, embedded);
    let tree = build_tree(&doc, &options).map_err(refuse)?;
    draw(&tree).map_err(refuse)
}

/// Runs usvg or resvg on input that passed the checks above, turning a
/// panic inside them into a refusal. They are not written for hostile
/// input: the fuzzer (`examples/fuzz.rs`) found usvg 0.45 unwrapping a
/// rectangle that is not finite for `<image height='3e17'>`; iced's own SVG
/// widget crashes the app on that file. This relies on `panic = "unwind"`
/// (Cargo's default); a stack overflow or a failed allocation is not a
/// panic, which is why the limits above come first.
fn guarded<T>(doing: &str, work: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| {
        let cause = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        crate::t!("figure-svg-library-failed", doing = doing, cause = cause)
    })
}

fn build_tree(doc: &roxmltree::Document, options: &usvg::Options) -> Result<usvg::Tree, String> {
    guarded("reading", || usvg::Tree::from_xmltree(doc, options))?
        .map_err(|error| crate::t!("figure-svg-not-drawable", error = error.to_string()))
}

/// A picture drawn at most this many pixels on its long side, whatever size
/// the file declares: enough for a step card on a large screen.
fn canvas_for(size: usvg::Size) -> (u32, u32, f32) {
    let long = size.width().max(size.height());
    let scale = RENDER_SIDE as f32 / long;
    let side = |length: f32| ((length * scale).round() as u32).clamp(1, RENDER_SIDE);
    (side(size.width()), side(size.height()), scale)
}

fn draw(tree: &usvg::Tree) -> Result<RasterImage, String> {
    let (width, height, scale) = canvas_for(tree.size());
    let canvas_pixels = u64::from(width) * u64::from(height);
    check_drawing_cost(tree, scale, canvas_pixels)?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or_else(|| {
        crate::t!(
            "figure-svg-canvas",
            width = width.to_string(),
            height = height.to_string()
        )
    })?;
    guarded("drawing", || {
        resvg::render(
            tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
    })?;
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for pixel in pixmap.pixels() {
        let color = pixel.demultiply();
        rgba.extend_from_slice(&[color.red(), color.green(), color.blue(), color.alpha()]);
    }
    Ok(RasterImage {
        width,
        height,
        rgba,
    })
}

// ---------------------------------------------------------------------------
// 1. Bytes and 2. XML
// ---------------------------------------------------------------------------

fn checked_text(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(crate::t!("figure-svg-compressed"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| crate::t!("figure-svg-not-utf8"))?;
    if let Some(at) = text.find("<!ENTITY") {
        return Err(crate::t!("figure-svg-entities", place = place_in(text, at)));
    }
    Ok(text)
}

/// Refuses elements nested deeper than [`MAX_SVG_DEPTH`], with a loop over
/// the text (no recursion, no tree). It follows XML's lexical rules for
/// comments, CDATA, processing instructions, the DOCTYPE and quoted
/// attribute values, and errs on the deep side: where it cannot tell, it
/// counts an opening tag.
fn check_nesting(text: &str) -> Result<(), String> {
    let bytes = text.as_bytes();
    let skip_past = |from: usize, end: &[u8]| -> usize {
        bytes[from..]
            .windows(end.len())
            .position(|w| w == end)
            .map_or(bytes.len(), |p| from + p + end.len())
    };
    let mut depth = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = skip_past(i + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_past(i + 9, b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_past(i + 2, b"?>");
        } else if rest.starts_with(b"<!") {
            // A DOCTYPE, with an internal subset in brackets if any.
            let close = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
            i = match rest[..close].iter().position(|&b| b == b'[') {
                Some(_) => skip_past(i, b"]>"),
                None => i + close + 1,
            };
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i = skip_past(i + 2, b">");
        } else {
            // An opening tag: find its end outside quoted values.
            let start = i;
            let mut quote = None;
            i += 1;
            while i < bytes.len() {
                match (quote, bytes[i]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[i]),
                    (Some(q), b) if b == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                i += 1;
            }
            let self_closing = i > start + 1 && bytes[i - 1] == b'/' && quote.is_none();
            if !self_closing {
                depth += 1;
                if depth > MAX_SVG_DEPTH {
                    return Err(too_deep(place_in(text, start)));
                }
            }
            i += 1;
        }
    }
    Ok(())
}

fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let options = roxmltree::ParsingOptions {
        // A DOCTYPE naming the SVG DTD is common and harmless once entity
        // declarations are refused (the DTD itself is never fetched).
        allow_dtd: true,
        nodes_limit: MAX_SVG_NODES,
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|error| match error {
        roxmltree::Error::NodesLimitReached => {
            crate::t!("figure-svg-too-many-nodes", max = MAX_SVG_NODES.to_string())
        }
        other => crate::t!("figure-svg-not-xml", error = other.to_string()),
    })
}

/// Elements nested deeper than [`MAX_SVG_DEPTH`], at `place`.
fn too_deep(place: String) -> String {
    crate::t!(
        "figure-svg-too-deep",
        max = MAX_SVG_DEPTH.to_string(),
        place = place
    )
}

/// `line 3, column 5`, in the language in use.
fn place_words(line: usize, column: usize) -> String {
    crate::t!(
        "figure-svg-place",
        line = line.to_string(),
        column = column.to_string()
    )
}

/// `line 3, column 5` for a byte offset, as people count.
fn place_in(text: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    place_words(line, column)
}

fn place_of(node: roxmltree::Node) -> String {
    let position = node.document().text_pos_at(node.range().start);
    place_words(position.row as usize, position.col as usize)
}

// ---------------------------------------------------------------------------
// 3. One iterative pass over the elements
// ---------------------------------------------------------------------------

/// What the pass found that later steps need.
struct Scan {
    /// `data:` URLs in `href`s, with their element.
    data_hrefs: Vec<(roxmltree::NodeId, String)>,
    /// Text is drawn with the system's fonts, loaded only when needed.
    has_text: bool,
}

/// A reference from one element to another by id, and how many times the
/// target is drawn for it (once, or once per vertex for a marker).
struct Reference {
    target: usize,
    times: u64,
}

fn is_named(node: roxmltree::Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

/// An upper bound on a shape's vertices (markers are drawn at each): every
/// vertex of path data or a points list takes at least one character.
fn vertex_bound(node: roxmltree::Node) -> u64 {
    let length = |attribute: &str| node.attribute(attribute).map_or(0, str::len) as u64;
    match node.tag_name().name() {
        "path" => length("d") + 1,
        "polyline" | "polygon" => length("points") + 1,
        _ => 16,
    }
}

/// The `#id` targets of every `url(…)` in `value`; anything else in a
/// `url(…)` names another file (or a data URL where usvg wants none).
fn url_targets<'a>(value: &'a str, found: &mut Vec<&'a str>) -> Result<(), String> {
    let mut rest = value;
    while let Some(start) = rest.find("url(") {
        let after = &rest[start + 4..];
        let end = after.find(')').unwrap_or(after.len());
        let inner = after[..end].trim().trim_matches(|c| c == '"' || c == '\'');
        if let Some(id) = inner.strip_prefix('#') {
            found.push(id);
        } else if !inner.is_empty() {
            return Err(crate::t!("figure-svg-outside-url", url = inner));
        }
        rest = &after[end..];
    }
    Ok(())
}

fn scan(doc: &roxmltree::Document) -> Result<Scan, String> {
    let nodes: Vec<roxmltree::Node> = doc.descendants().collect();
    let count = nodes.iter().map(|n| n.id().get_usize()).max().unwrap_or(0) + 1;
    let mut depth = vec![0u32; count];
    let mut ids: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut data_hrefs = Vec::new();
    let mut has_text = false;
    let mut sheet_targets: Vec<String> = Vec::new();

    // Depth (parents come before children in document order), ids, links.
    for node in &nodes {
        if !node.is_element() {
            continue;
        }
        let index = node.id().get_usize();
        let parent_depth = node.parent().map_or(0, |p| depth[p.id().get_usize()]);
        depth[index] = parent_depth + 1;
        if depth[index] > MAX_SVG_DEPTH {
            return Err(too_deep(place_of(*node)));
        }
        if let Some(id) = node.attribute("id") {
            ids.entry(id).or_default().push(index);
        }
        let name = node.tag_name().name();
        has_text |= matches!(name, "text" | "tspan" | "textPath");
        for attribute in node.attributes() {
            let value = attribute.value().trim();
            let is_data = value
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("data:"));
            if attribute.name() == "href" && !value.starts_with('#') && !value.is_empty() {
                if is_data {
                    data_hrefs.push((node.id(), value.to_owned()));
                } else {
                    return Err(crate::t!(
                        "figure-svg-link",
                        href = value,
                        place = place_of(*node)
                    ));
                }
            }
        }
        if name == "style" {
            let sheet: String = node.children().filter_map(|c| c.text()).collect();
            let sheet_lower = sheet.to_ascii_lowercase();
            if sheet_lower.contains("@import") {
                return Err(crate::t!("figure-svg-import", place = place_of(*node)));
            }
            if sets_markers(&sheet_lower) {
                return Err(crate::t!(
                    "figure-svg-sheet-markers",
                    place = place_of(*node)
                ));
            }
            let mut found = Vec::new();
            url_targets(&sheet, &mut found)
                .map_err(|e| crate::t!("figure-svg-at", reason = e, place = place_of(*node)))?;
            sheet_targets.extend(found.into_iter().map(str::to_owned));
        }
    }

    // Plain subtree sizes, children before parents (reverse document order).
    let mut subtree = vec![0u64; count];
    for node in nodes.iter().rev().filter(|n| n.is_element()) {
        let index = node.id().get_usize();
        subtree[index] += 1;
        if let Some(parent) = node.parent_element() {
            subtree[parent.id().get_usize()] += subtree[index];
        }
    }
    let target_size = |id: &str| -> u64 {
        ids.get(id).map_or(0, |list| {
            list.iter().map(|&i| subtree[i]).max().unwrap_or(0)
        })
    };
    // A style sheet may give any element its references: count each of
    // them once for every element (a bound, not a prediction).
    let per_element_from_sheet: u64 = sheet_targets.iter().map(|id| target_size(id)).sum();

    let references = |node: roxmltree::Node| -> Result<Vec<Reference>, String> {
        let mut targets = Vec::new();
        for attribute in node.attributes() {
            let value = attribute.value().trim();
            if attribute.name() == "href" {
                if let Some(id) = value.strip_prefix('#') {
                    targets.push(id);
                }
            } else {
                url_targets(value, &mut targets)
                    .map_err(|e| format!("{e} (at {})", place_of(node)))?;
            }
        }
        let mut out = Vec::new();
        for id in targets {
            for &target in ids.get(id).into_iter().flatten() {
                let times = match doc.get_node(roxmltree::NodeId::new(target as u32)) {
                    Some(t) if is_named(t, "marker") => vertex_bound(node),
                    _ => 1,
                };
                out.push(Reference { target, times });
            }
        }
        Ok(out)
    };

    // Elements drawn once the references are followed, and how deep they
    // then nest: a depth-first pass with an explicit stack (no recursion),
    // refusing a reference loop.
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; count];
    let mut instances = vec![0u64; count];
    let mut height = vec![0u32; count];
    struct Frame<'a, 'input> {
        node: roxmltree::Node<'a, 'input>,
        edges: Vec<Reference>,
        next: usize,
    }
    let frame = |node: roxmltree::Node<'_, '_>| -> Result<Vec<Reference>, String> {
        let mut edges: Vec<Reference> = node
            .children()
            .filter(|c| c.is_element())
            .map(|c| Reference {
                target: c.id().get_usize(),
                times: 1,
            })
            .collect();
        edges.extend(references(node)?);
        Ok(edges)
    };
    let root = doc.root_element();
    let mut stack = vec![Frame {
        node: root,
        edges: frame(root)?,
        next: 0,
    }];
    state[root.id().get_usize()] = OPEN;
    while let Some(top) = stack.last_mut() {
        if let Some(edge) = top.edges.get(top.next) {
            top.next += 1;
            let target = edge.target;
            match state[target] {
                NEW => {
                    let Some(node) = doc.get_node(roxmltree::NodeId::new(target as u32)) else {
                        continue;
                    };
                    state[target] = OPEN;
                    let edges = frame(node)?;
                    stack.push(Frame {
                        node,
                        edges,
                        next: 0,
                    });
                }
                OPEN => {
                    return Err(crate::t!("figure-svg-loop", place = place_of(top.node)));
                }
                _ => {}
            }
            continue;
        }
        let Some(done) = stack.pop() else { break };
        let index = done.node.id().get_usize();
        let text_length: u64 = if has_text {
            done.node
                .children()
                .filter_map(|c| c.text())
                .map(|t| t.len() as u64)
                .sum()
        } else {
            0
        };
        let mut total = 1 + text_length + per_element_from_sheet;
        let mut deepest = 0;
        for edge in &done.edges {
            total = total.saturating_add(edge.times.saturating_mul(instances[edge.target]));
            deepest = deepest.max(height[edge.target]);
        }
        instances[index] = total;
        height[index] = deepest + 1;
        state[index] = DONE;
        if total > MAX_SVG_INSTANCES {
            return Err(crate::t!(
                "figure-svg-too-many-instances",
                max = MAX_SVG_INSTANCES.to_string(),
                place = place_of(done.node)
            ));
        }
        if height[index] > 2 * MAX_SVG_DEPTH {
            return Err(crate::t!(
                "figure-svg-references-too-deep",
                max = (2 * MAX_SVG_DEPTH).to_string(),
                place = place_of(done.node)
            ));
        }
    }
    Ok(Scan {
        data_hrefs,
        has_text,
    })
}

/// Whether a style sheet (lower-cased) sets `marker`, `marker-start`,
/// `marker-mid` or `marker-end` (a class named `.marker-label` does not).
fn sets_markers(sheet: &str) -> bool {
    sheet.match_indices("marker").any(|(at, word)| {
        let rest = &sheet[at + word.len()..];
        let rest = ["-start", "-mid", "-end"]
            .iter()
            .find_map(|suffix| rest.strip_prefix(suffix))
            .unwrap_or(rest);
        rest.trim_start().starts_with(':')
    })
}

// ---------------------------------------------------------------------------
// 4. Embedded images
// ---------------------------------------------------------------------------

/// The embedded pictures, checked and re-encoded, keyed by their decoded
/// bytes (what usvg hands the resolver).
type Embedded = HashMap<Vec<u8>, usvg::ImageKind>;

fn embedded_images(
    doc: &roxmltree::Document,
    scan: &Scan,
    path: &Path,
) -> Result<Embedded, IllustrationError> {
    let refuse = |reason: String| IllustrationError::Svg {
        path: path.to_path_buf(),
        reason,
    };
    let mut embedded = Embedded::new();
    let mut decoded_bytes = 0u64;
    for (id, href) in &scan.data_hrefs {
        let place = doc.get_node(*id).map(place_of).unwrap_or_default();
        let Ok(url) = data_url::DataUrl::process(href) else {
            return Err(refuse(crate::t!(
                "figure-svg-data-malformed",
                place = place.as_str()
            )));
        };
        let Ok((data, _)) = url.decode_to_vec() else {
            return Err(refuse(crate::t!(
                "figure-svg-data-undecodable",
                place = place.as_str()
            )));
        };
        if embedded.contains_key(&data) {
            continue;
        }
        let mime = format!("{}/{}", url.mime_type().type_, url.mime_type().subtype);
        let is_raster = matches!(
            image::guess_format(&data),
            Ok(image::ImageFormat::Png | image::ImageFormat::Jpeg)
        );
        let kind = if is_raster {
            let raster = decode_raster(&data, path).map_err(|error| match error {
                IllustrationError::TooManyPixels { path, reason } => {
                    IllustrationError::TooManyPixels {
                        path,
                        reason: crate::t!(
                            "figure-svg-embedded-too-large",
                            place = place.as_str(),
                            reason = reason
                        ),
                    }
                }
                other => refuse(crate::t!(
                    "figure-svg-embedded-damaged",
                    place = place.as_str(),
                    error = other.to_string()
                )),
            })?;
            decoded_bytes += raster.rgba.len() as u64;
            if decoded_bytes > MAX_DECODE_BYTES {
                return Err(IllustrationError::TooManyPixels {
                    path: path.to_path_buf(),
                    reason: crate::t!(
                        "figure-svg-embedded-total",
                        size = size_words(MAX_DECODE_BYTES),
                        place = place.as_str()
                    ),
                });
            }
            usvg::ImageKind::PNG(Arc::new(encode_png(&raster).map_err(refuse)?))
        } else if mime == "image/svg+xml" || mime == "text/plain" {
            nested_svg(&data).map_err(|reason| {
                refuse(crate::t!(
                    "figure-svg-embedded-svg",
                    place = place.as_str(),
                    reason = reason
                ))
            })?
        } else {
            return Err(refuse(crate::t!(
                "figure-svg-embedded-kind",
                place = place.as_str(),
                mime = mime
            )));
        };
        embedded.insert(data, kind);
    }
    Ok(embedded)
}

/// A checked picture handed to resvg as a PNG this module wrote, so resvg's
/// own decoders never read a header that was not checked here.
fn encode_png(raster: &RasterImage) -> Result<Vec<u8>, String> {
    use image::ImageEncoder;
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::NoFilter,
    )
    .write_image(
        &raster.rgba,
        raster.width,
        raster.height,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|error| crate::t!("figure-svg-reencode", error = error.to_string()))?;
    Ok(bytes)
}

/// An SVG embedded in an SVG: the same checks; usvg draws no images inside
/// it (as the SVG specification says).
fn nested_svg(data: &[u8]) -> Result<usvg::ImageKind, String> {
    let text = checked_text(data)?;
    check_nesting(text)?;
    let doc = parse_xml(text)?;
    let scan = scan(&doc)?;
    let options = options(&scan, Embedded::new());
    Ok(usvg::ImageKind::SVG(build_tree(&doc, &options)?))
}

// ---------------------------------------------------------------------------
// 5. usvg options and the cost of drawing
// ---------------------------------------------------------------------------

/// System fonts, loaded once and only for SVGs with text, with the generic
/// families (`serif`, `sans-serif`, `monospace`) pointed at fonts this
/// system has: fontdb names Arial, Times New Roman and Courier New, which a
/// Linux desktop rarely has, and text in a missing family is not drawn.
fn system_fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut fonts = usvg::fontdb::Database::new();
            fonts.load_system_fonts();
            let installed = |fonts: &usvg::fontdb::Database, wanted: &[&str]| {
                wanted
                    .iter()
                    .find(|family| {
                        fonts.faces().any(|face| {
                            face.families
                                .iter()
                                .any(|(name, _)| name.eq_ignore_ascii_case(family))
                        })
                    })
                    .map(|family| (*family).to_owned())
            };
            if let Some(family) = installed(&fonts, &SANS_FAMILIES.split(',').collect::<Vec<_>>()) {
                fonts.set_sans_serif_family(family);
            }
            if let Some(family) = installed(&fonts, &SERIF_FAMILIES.split(',').collect::<Vec<_>>())
            {
                fonts.set_serif_family(family);
            }
            if let Some(family) = installed(&fonts, &MONO_FAMILIES.split(',').collect::<Vec<_>>()) {
                fonts.set_monospace_family(family);
            }
            Arc::new(fonts)
        })
        .clone()
}

// The font families an SVG's generic `sans-serif`, `serif` and
// `monospace` are drawn with, the first one installed, comma-separated.
// untranslated: font family names
const SANS_FAMILIES: &str = "Arial,Helvetica,Liberation Sans,DejaVu Sans,Noto Sans,FreeSans";
// untranslated: font family names
const SERIF_FAMILIES: &str = "Times New Roman,Liberation Serif,DejaVu Serif,Noto Serif,FreeSerif";
// untranslated: font family names
const MONO_FAMILIES: &str = "Courier New,Liberation Mono,DejaVu Sans Mono,Noto Sans Mono,FreeMono";

fn options(scan: &Scan, embedded: Embedded) -> usvg::Options<'static> {
    let mut options = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            // Only pictures checked above; anything else draws nothing.
            resolve_data: Box::new(move |_mime, data, _options| {
                embedded.get(data.as_slice()).cloned()
            }),
            // Never a file: links were refused above, and this keeps it so.
            resolve_string: Box::new(|_href, _options| None),
        },
        ..usvg::Options::default()
    };
    if scan.has_text {
        options.fontdb = system_fonts();
        // Text without a font-family is drawn in a serif, as browsers do;
        // the generic name resolves to an installed font (see above).
        options.font_family = "serif".to_owned();
    }
    options
}

/// Work (pixels touched) counted for every node visited, so a drawing of
/// many tiny shapes is bounded too.
const NODE_WORK: u64 = 256;

/// Walks the tree the way resvg will draw it (each pattern once per shape it
/// fills, each clip path and mask once per group…), adding up the pixels it
/// will touch and the layers it will hold at once; refuses a drawing over
/// [`MAX_SVG_RENDER_WORK`] or [`MAX_DECODE_BYTES`]. The walk stops as soon as
/// the budget is spent, so it is bounded itself.
fn check_drawing_cost(tree: &usvg::Tree, scale: f32, canvas_pixels: u64) -> Result<(), String> {
    // resvg clips a layer to five times the canvas each way.
    let max_layer = canvas_pixels.saturating_mul(25);
    let area = |rect: usvg::Rect, extra_scale: f32| -> u64 {
        let s = f64::from(scale * extra_scale);
        let pixels = f64::from(rect.width()) * s * f64::from(rect.height()) * s;
        if pixels.is_finite() {
            (pixels.max(0.0) as u64).min(max_layer)
        } else {
            max_layer
        }
    };
    let canvas_bytes = canvas_pixels * 4;
    let mut work = 0u64;
    let too_much_memory = || crate::t!("figure-svg-layers", size = size_words(MAX_DECODE_BYTES));
    // (group, bytes held by the layers around it, scale of its context)
    let mut stack: Vec<(&usvg::Group, u64, f32)> = vec![(tree.root(), canvas_bytes, 1.0)];
    while let Some((group, held, context)) = stack.pop() {
        work += NODE_WORK;
        let mut held = held;
        if group.should_isolate() {
            let layer = area(group.abs_layer_bounding_box().to_rect(), context);
            let layer_bytes = layer * 4;
            let filter_primitives: u64 = group
                .filters()
                .iter()
                .map(|f| f.primitives().len() as u64)
                .sum();
            let copies = 1
                + u64::from(group.clip_path().is_some())
                + u64::from(group.mask().is_some())
                + filter_primitives
                + u64::from(filter_primitives > 0);
            held = held.saturating_add(layer_bytes.saturating_mul(copies));
            work = work.saturating_add(layer.saturating_mul(2 + copies + 16 * filter_primitives));
            let mut clip = group.clip_path();
            while let Some(path) = clip {
                stack.push((path.root(), held, context));
                clip = path.clip_path();
            }
            let mut mask = group.mask();
            while let Some(m) = mask {
                stack.push((m.root(), held, context));
                mask = m.mask();
            }
            for filter in group.filters() {
                for primitive in filter.primitives() {
                    if let usvg::filter::Kind::Image(image) = primitive.kind() {
                        stack.push((image.root(), held, context));
                    }
                }
            }
        }
        if held > MAX_DECODE_BYTES {
            return Err(too_much_memory());
        }
        for node in group.children() {
            work += NODE_WORK;
            match node {
                usvg::Node::Group(child) => stack.push((child, held, context)),
                usvg::Node::Text(text) => stack.push((text.flattened(), held, context)),
                usvg::Node::Path(path) => {
                    work = work.saturating_add(area(path.abs_stroke_bounding_box(), context));
                    let paints = path
                        .fill()
                        .map(usvg::Fill::paint)
                        .into_iter()
                        .chain(path.stroke().map(usvg::Stroke::paint));
                    for paint in paints {
                        if let usvg::Paint::Pattern(pattern) = paint {
                            let (sx, sy) = path
                                .abs_transform()
                                .pre_concat(pattern.transform())
                                .get_scale();
                            let s = scale * context;
                            let tile = f64::from(pattern.rect().width() * sx * s)
                                * f64::from(pattern.rect().height() * sy * s);
                            if !tile.is_finite() || tile > max_layer as f64 {
                                return Err(crate::t!(
                                    "figure-svg-pattern",
                                    millions = (max_layer / 1_000_000).to_string()
                                ));
                            }
                            let tile = tile as u64;
                            work = work.saturating_add(tile);
                            let tile_held = held.saturating_add(tile * 4);
                            if tile_held > MAX_DECODE_BYTES {
                                return Err(too_much_memory());
                            }
                            stack.push((pattern.root(), tile_held, context * sx.max(sy)));
                        }
                    }
                }
                usvg::Node::Image(image) => {
                    work = work.saturating_add(area(image.abs_bounding_box(), context));
                    match image.kind() {
                        usvg::ImageKind::SVG(nested) => {
                            // Drawn into a layer the size of the canvas.
                            let nested_held = held.saturating_add(canvas_bytes);
                            if nested_held > MAX_DECODE_BYTES {
                                return Err(too_much_memory());
                            }
                            work = work.saturating_add(canvas_pixels);
                            stack.push((nested.root(), nested_held, context));
                        }
                        _ => {
                            // Decoded again for each time it is drawn.
                            let size = image.size();
                            let pixels = f64::from(size.width()) * f64::from(size.height());
                            let pixels = pixels.min(u64::MAX as f64) as u64;
                            work = work.saturating_add(pixels);
                            if held.saturating_add(pixels * 4) > MAX_DECODE_BYTES {
                                return Err(too_much_memory());
                            }
                        }
                    }
                }
            }
        }
        if work > MAX_SVG_RENDER_WORK {
            return Err(crate::t!(
                "figure-svg-too-slow",
                millions = (MAX_SVG_RENDER_WORK / 1_000_000).to_string()
            ));
        }
    }
    Ok(())
}
