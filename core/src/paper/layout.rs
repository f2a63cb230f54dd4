//! Text wrapping, blocks and page flow for the papers.
//!
//! A [`Block`] is laid out at its own origin (top-left at 0, 0) so its
//! height is known before it is placed; [`Flow`] then puts blocks one under
//! the other and starts a new page when the next one does not fit, cutting a
//! tall block only where no line, figure or box would be cut.

use super::canvas::{Area, Item, Page, Pt, Rgb, TextLine};
use super::font::FontSet;
use unicode_width::UnicodeWidthChar;

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Rgb) -> Style {
        Style { size, bold, color }
    }

    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    pub const fn color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }

    pub const fn size(self, size: f32) -> Style {
        Style { size, ..self }
    }

    /// Baseline-to-baseline distance for lines in this style.
    pub fn line_height(&self) -> f32 {
        self.size * LEADING
    }
}

/// Line spacing as a multiple of the font size.
pub const LEADING: f32 = 1.22;

/// A piece of a paragraph in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
}

/// A word with its style, whether a space comes before it, and whether a
/// line may break before it. A word here is what lies between two places a
/// line may break (a Latin word, one Chinese character with the marks that
/// stay with it), cut where the style changes.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    style: Style,
    space_before: bool,
    /// A line may start with this word (false for the words glued to the
    /// one before: "15" + "s", "腰部" + "，").
    break_before: bool,
    /// Its width, points (measured once).
    width: f32,
}

/// The longest piece of a word measured at once: a longer word (no line
/// holds it anyway) is cut into pieces this long first, so the shaper never
/// holds a megabyte of glyphs.
const WORD_CHUNK_CHARS: usize = 512;

/// Where a line may break in `text` (byte offsets where the next line would
/// start, ascending), by the Unicode line-breaking algorithm (UAX #14,
/// `unicode-linebreak`, what cosmic-text wraps the window's text with).
/// It breaks Chinese and Japanese between characters but keeps closing
/// marks (，。、」）) off the start of a line and opening ones (（「《) off
/// its end. Of its other breaks only those after white space are taken, so
/// Latin text breaks at spaces as it always did (not after the hyphen of
/// "knee-to-chest" or the slash of "and/or").
fn break_points(text: &str) -> Vec<usize> {
    let wide = |c: Option<char>| c.is_some_and(is_wide);
    unicode_linebreak::linebreaks(text)
        .map(|(at, _)| at)
        .filter(|&at| at < text.len())
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            before.is_some_and(char::is_whitespace)
                || wide(before)
                || wide(text[at..].chars().next())
        })
        .collect()
}

fn words(spans: &[Span]) -> Vec<Word> {
    // The breaks are found over the whole paragraph: a span boundary is no
    // break by itself ("保持" + "，" stay together).
    let whole: String = spans.iter().map(|span| span.text.as_str()).collect();
    let breaks = break_points(&whole);
    let mut next_break = breaks.iter().copied().peekable();
    let mut words = Words::default();
    let mut offset = 0;
    for span in spans {
        for (index, c) in span.text.char_indices() {
            let at = offset + index;
            while next_break.next_if(|&point| point < at).is_some() {}
            if next_break.next_if_eq(&at).is_some() {
                words.end(span.style);
                words.break_pending = true;
            }
            if c.is_whitespace() {
                words.end(span.style);
                words.space_pending = true;
            } else {
                if words.chars == WORD_CHUNK_CHARS {
                    words.end(span.style);
                }
                words.current.push(c);
                words.chars += 1;
            }
        }
        words.end(span.style);
        offset += span.text.len();
    }
    words.done
}

/// The words of a paragraph as they are cut from its spans.
#[derive(Default)]
struct Words {
    done: Vec<Word>,
    /// The word being read, and its length in characters.
    current: String,
    chars: usize,
    /// Whitespace seen since the last word ended (across spans too), and
    /// whether a line may break since then.
    space_pending: bool,
    break_pending: bool,
}

impl Words {
    /// Ends the word being read, if any.
    fn end(&mut self, style: Style) {
        if self.current.is_empty() {
            return;
        }
        self.done.push(Word {
            text: std::mem::take(&mut self.current),
            style,
            space_before: self.space_pending,
            break_before: self.break_pending,
            width: 0.0,
        });
        self.chars = 0;
        self.space_pending = false;
        self.break_pending = false;
    }
}

/// The advance of each character boundary of `text` from its start,
/// points: `(byte offset, width of text[..offset])`, at cluster starts, in
/// text order, ending with the whole text.
fn prefix_widths(fonts: &FontSet, text: &str, style: Style) -> Vec<(usize, f32)> {
    let line = fonts.shape(text);
    // Advance per cluster, by where its text starts.
    let mut clusters: Vec<(usize, f32)> = line
        .glyphs()
        .map(|g| (g.text.start, g.x_advance * style.size))
        .collect();
    clusters.sort_by_key(|(start, _)| *start);
    let mut widths = Vec::with_capacity(clusters.len() + 1);
    let mut total = 0.0;
    let mut index = 0;
    while index < clusters.len() {
        let start = clusters[index].0;
        widths.push((start, total));
        while index < clusters.len() && clusters[index].0 == start {
            total += clusters[index].1;
            index += 1;
        }
    }
    widths.push((text.len(), total));
    widths
}

/// Splits a word too wide for a line into pieces that fit (at least one
/// character each), shaping it once.
fn split_word(fonts: &FontSet, word: &Word, width: f32) -> Vec<Word> {
    let extra = if word.style.bold {
        super::font::BOLD_STROKE * word.style.size
    } else {
        0.0
    };
    let widths = prefix_widths(fonts, &word.text, word.style);
    let mut pieces = Vec::new();
    let (mut piece_start, mut piece_left) = (0usize, 0.0f32);
    for pair in widths.windows(2) {
        let ((start, left), (end, right)) = (pair[0], pair[1]);
        if start > piece_start && right - piece_left + extra > width {
            pieces.push((piece_start, start, left - piece_left));
            piece_start = start;
            piece_left = left;
        }
        if end == word.text.len() {
            pieces.push((piece_start, end, right - piece_left));
        }
    }
    pieces
        .into_iter()
        .enumerate()
        .map(|(index, (start, end, advance))| Word {
            text: word.text[start..end].to_string(),
            style: word.style,
            space_before: index == 0 && word.space_before,
            break_before: true,
            width: advance + extra,
        })
        .collect()
}

/// One laid-out line: runs with their x offset from the line start, and
/// each run's width.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<(f32, String, Style)>,
    /// Each run's width, points (as `runs`).
    pub run_widths: Vec<f32>,
    pub width: f32,
    /// The largest font size on the line.
    pub size: f32,
}

/// Space widths per style, measured once per wrap.
struct Spaces(Vec<(Style, f32)>);

impl Spaces {
    fn width(&mut self, fonts: &FontSet, style: Style) -> f32 {
        let key = Style {
            bold: false,
            ..style
        };
        if let Some((_, width)) = self.0.iter().find(|(s, _)| *s == key) {
            return *width;
        }
        let width = fonts.width(" ", style.size, false);
        self.0.push((key, width));
        width
    }
}

/// Wraps spans into lines no wider than `width`, breaking where
/// [`break_points`] allows (a run that no line holds is cut between its
/// words, a word wider than a line between characters). Linear in the
/// text: each word is measured once, and each line once more as drawn.
pub fn wrap(fonts: &FontSet, spans: &[Span], width: f32) -> Vec<Line> {
    let mut lines = Lines {
        spaces: Spaces(Vec::new()),
        done: Vec::new(),
        current: Vec::new(),
        current_width: 0.0,
    };
    let mut words = words(spans).into_iter().peekable();
    while let Some(mut first) = words.next() {
        first.width = fonts.width(&first.text, first.style.size, first.style.bold);
        // The words up to the next place a line may break: one unit.
        let mut unit = vec![first];
        while let Some(mut word) = words.next_if(|word| !word.break_before) {
            word.width = fonts.width(&word.text, word.style.size, word.style.bold);
            unit.push(word);
        }
        let mut unit_width = 0.0;
        for (index, word) in unit.iter().enumerate() {
            if index > 0 && word.space_before {
                unit_width += lines.spaces.width(fonts, word.style);
            }
            unit_width += word.width;
        }
        if unit_width <= width {
            lines.place(fonts, unit, unit_width, width);
            continue;
        }
        // No line holds it: it breaks between its words, and a word wider
        // than a line between characters.
        for word in unit {
            let pieces = if word.width > width {
                split_word(fonts, &word, width)
            } else {
                vec![word]
            };
            for mut piece in pieces {
                piece.break_before = true;
                let piece_width = piece.width;
                lines.place(fonts, vec![piece], piece_width, width);
            }
        }
    }
    lines.finish(fonts, width)
}

/// The lines made so far and the words of the one being filled.
struct Lines {
    spaces: Spaces,
    done: Vec<Line>,
    current: Vec<Word>,
    current_width: f32,
}

impl Lines {
    /// Puts `unit` (words no line may break between, `unit_width` wide)
    /// on the current line, or on a new one when it does not fit.
    fn place(&mut self, fonts: &FontSet, mut unit: Vec<Word>, unit_width: f32, width: f32) {
        let first = &unit[0];
        let space = if self.current.is_empty() || !first.space_before {
            0.0
        } else {
            self.spaces.width(fonts, first.style)
        };
        if !self.current.is_empty() && self.current_width + space + unit_width > width {
            flush(fonts, &mut self.current, width, &mut self.done);
            unit[0].space_before = false;
            self.current_width = unit_width;
        } else {
            self.current_width += space + unit_width;
        }
        self.current.extend(unit);
    }

    fn finish(mut self, fonts: &FontSet, width: f32) -> Vec<Line> {
        if !self.current.is_empty() {
            flush(fonts, &mut self.current, width, &mut self.done);
        }
        self.done
    }
}

/// Makes lines of `words` as drawn: the sum of the words' widths decided
/// the break, the line as shaped decides its width; should it come out
/// wider (kerning across a space), the last unit goes to a line of its
/// own.
fn flush(fonts: &FontSet, words: &mut Vec<Word>, width: f32, lines: &mut Vec<Line>) {
    let mut rest: Vec<Word> = Vec::new();
    loop {
        let line = make_line(fonts, words);
        // Where the line's last unit starts (0: it has one).
        let last_unit = words
            .iter()
            .rposition(|word| word.break_before)
            .unwrap_or(0);
        if line.width <= width + 1e-3 || last_unit == 0 {
            lines.push(line);
            break;
        }
        let tail = words.split_off(last_unit);
        rest.splice(0..0, tail);
    }
    words.clear();
    if let Some(first) = rest.first_mut() {
        first.space_before = false;
        let mut rest = rest;
        flush(fonts, &mut rest, width, lines);
    }
}

/// Runs (same-style words joined) with their offsets and widths, and the
/// total width.
fn make_line(fonts: &FontSet, words: &[Word]) -> Line {
    // (space before the run, its text, its style)
    let mut pieces: Vec<(f32, String, Style)> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let space = index > 0 && word.space_before;
        match pieces.last_mut() {
            Some((_, text, style)) if *style == word.style => {
                if space {
                    text.push(' ');
                }
                text.push_str(&word.text);
            }
            _ => {
                let gap = if space {
                    fonts.width(" ", word.style.size, false)
                } else {
                    0.0
                };
                pieces.push((gap, word.text.clone(), word.style));
            }
        }
    }
    let mut x = 0.0;
    let mut runs = Vec::with_capacity(pieces.len());
    let mut run_widths = Vec::with_capacity(pieces.len());
    for (gap, text, style) in pieces {
        x += gap;
        let run_width = fonts.width(&text, style.size, style.bold);
        runs.push((x, text, style));
        run_widths.push(run_width);
        x += run_width;
    }
    let size = words.iter().map(|w| w.style.size).fold(0.0, f32::max);
    Line {
        runs,
        run_widths,
        width: x,
        size,
    }
}

/// Pieces of text (sentences, or a heading and what follows it) run on in
/// one paragraph: a space between two pieces, but none where either side
/// is a wide (East Asian) character or punctuation, since Chinese and
/// Japanese run their sentences on without one ("贴地。如果…").
pub fn run_on<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let mut text = String::new();
    for piece in pieces.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        if let (Some(last), Some(first)) = (text.chars().last(), piece.chars().next())
            && !is_wide(last)
            && !is_wide(first)
        {
            text.push(' ');
        }
        text.push_str(piece);
    }
    text
}

/// A heading run on with the text after it: with the space a Latin
/// heading ends with, without one after a wide character ("每项练习：").
pub fn lead_in(heading: &str) -> String {
    match heading.trim_end().chars().last() {
        Some(last) if is_wide(last) => heading.trim_end().to_owned(),
        _ => format!("{} ", heading.trim_end()),
    }
}

/// A sentence set off from the text before it by a wider gap (two
/// spaces), or run on without one where it starts with a wide character.
pub fn set_off(text: &str) -> String {
    match text.trim_start().chars().next() {
        Some(first) if is_wide(first) => text.trim_start().to_owned(),
        _ => format!("  {}", text.trim_start()),
    }
}

/// A wide (East Asian) character or punctuation mark: the ones Chinese
/// and Japanese break between and run on without spaces.
fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

/// `text` cut to at most `max` characters, with an ellipsis when cut: what
/// a title from a file is before it goes on paper.
pub fn clip_chars(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => std::borrow::Cow::Owned(format!("{}…", text[..at].trim_end())),
    }
}

/// `text` cut to fit `width` in `style`, with an ellipsis when cut. Looks
/// at no more of the text than could fit.
pub fn ellipsize(fonts: &FontSet, text: &str, style: Style, width: f32) -> String {
    // No glyph is narrower than a twentieth of an em (zero-width marks
    // aside, which show nothing): more characters than this never fit.
    let most = (width.max(0.0) / (0.05 * style.size.max(0.1))) as usize + 2;
    let clipped = match text.char_indices().nth(most) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    if clipped.len() == text.len() && fonts.width(text, style.size, style.bold) <= width {
        return text.to_string();
    }
    let ellipsis = fonts.width("…", style.size, style.bold);
    let widths = prefix_widths(fonts, clipped, style);
    // The longest prefix (at a cluster start) that leaves room for the
    // ellipsis; checked as drawn, one cluster back at a time if kerning
    // makes it wider.
    let mut fit = widths.partition_point(|(_, w)| w + ellipsis <= width);
    while fit > 0 {
        let (end, _) = widths[fit - 1];
        let candidate = format!("{}…", clipped[..end].trim_end());
        if candidate == "…" || fonts.width(&candidate, style.size, style.bold) <= width {
            return if candidate == "…" && ellipsis > width {
                String::new()
            } else {
                candidate
            };
        }
        fit -= 1;
    }
    if ellipsis <= width {
        "…".to_string()
    } else {
        String::new()
    }
}

/// How lines sit in their column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// Things laid out from a (0, 0) origin, and the height they take, in the
/// fonts they are measured in.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub items: Vec<Item>,
    pub height: f32,
    fonts: FontSet,
}

impl Block {
    pub fn new(fonts: &FontSet) -> Block {
        Block {
            items: Vec::new(),
            height: 0.0,
            fonts: fonts.clone(),
        }
    }

    pub fn fonts(&self) -> &FontSet {
        &self.fonts
    }

    /// Wraps `spans` into `width` at `(x, y)` (`y` is the top of the first
    /// line); returns the y under the last line. Grows the block to fit.
    pub fn paragraph(&mut self, spans: &[Span], x: f32, y: f32, width: f32, align: Align) -> f32 {
        let metrics = self.fonts.metrics();
        let mut top = y;
        for line in wrap(&self.fonts, spans, width) {
            let height = line.size * LEADING;
            // Centre the font's ascent in the extra leading above the line.
            let baseline = top + line.size * metrics.ascent + (height - line.size * 1.2) / 2.0;
            let shift = match align {
                Align::Left => 0.0,
                Align::Right => width - line.width,
                Align::Center => (width - line.width) / 2.0,
            };
            for ((offset, text, style), width) in line.runs.into_iter().zip(line.run_widths) {
                self.items.push(Item::Text(TextLine {
                    origin: Pt::new(x + shift + offset, baseline),
                    size: style.size,
                    bold: style.bold,
                    color: style.color,
                    text,
                    width,
                    ascent: metrics.ascent * style.size,
                    descent: metrics.descent * style.size,
                }));
            }
            top += height;
        }
        self.height = self.height.max(top);
        top
    }

    /// Adds an item (its bounds grow the block).
    pub fn push(&mut self, item: Item) {
        self.height = self.height.max(item.bounds().bottom());
        self.items.push(item);
    }

    /// Adds another block's items moved to `(x, y)`.
    pub fn place(&mut self, other: Block, x: f32, y: f32) {
        for mut item in other.items {
            item.translate(x, y);
            self.items.push(item);
        }
        self.height = self.height.max(y + other.height);
    }
}

/// Where a tall block can be cut between pages: its items' vertical
/// extents sorted by top, and the ys where no item is cut.
struct Cuts {
    /// (top, bottom, index in the block), by top.
    spans: Vec<(f32, f32, usize)>,
    /// Clean cuts, increasing.
    cuts: Vec<f32>,
}

/// How far an item may reach over a cut (rounding).
const HAIR: f32 = 0.01;

impl Cuts {
    /// In O(n log n): a y is clean when every item starting above it ends
    /// by it, i.e. the items sorted by top, the largest bottom among those
    /// above it is not below it.
    fn new(block: &Block) -> Cuts {
        let mut spans: Vec<(f32, f32, usize)> = block
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let b = item.bounds();
                (b.y, b.bottom(), index)
            })
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut reach = Vec::with_capacity(spans.len());
        let mut lowest = f32::NEG_INFINITY;
        for &(_, bottom, _) in &spans {
            lowest = lowest.max(bottom);
            reach.push(lowest);
        }
        let mut cuts: Vec<f32> = spans
            .iter()
            .map(|&(_, bottom, _)| bottom)
            .filter(|&y| y > 0.0 && y < block.height)
            .filter(|&y| {
                let above = spans.partition_point(|&(top, _, _)| top < y - HAIR);
                above == 0 || reach[above - 1] <= y + HAIR
            })
            .collect();
        cuts.sort_by(f32::total_cmp);
        cuts.dedup();
        Cuts { spans, cuts }
    }

    /// Items (positions in `spans`) starting before `y`.
    fn starting_before(&self, y: f32) -> usize {
        self.spans.partition_point(|&(top, _, _)| top < y)
    }
}

/// Pages filled from the top, block by block.
#[derive(Debug)]
pub struct Flow {
    /// The part of each page blocks go into.
    pub content: Area,
    pub pages: Vec<Page>,
    /// Where the next block goes on the current page.
    y: f32,
}

impl Flow {
    pub fn new(content: Area) -> Flow {
        Flow {
            content,
            pages: vec![Page::default()],
            y: content.y,
        }
    }

    /// Room left on the current page, points.
    pub fn room(&self) -> f32 {
        self.content.bottom() - self.y
    }

    /// Whether nothing was placed on the current page yet.
    pub fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|page| page.items.is_empty())
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.content.y;
    }

    /// Leaves `gap` points before the next block (not at the top of a page).
    pub fn gap(&mut self, gap: f32) {
        if !self.page_is_empty() {
            self.y += gap;
        }
    }

    /// Places a block: on this page if it fits, else on a new page; a block
    /// taller than a page is cut where nothing is cut in half (and if it
    /// has no such place, it runs off the bottom: the layouts keep every
    /// single item far smaller than a page).
    pub fn place(&mut self, block: Block) {
        self.place_with(block, false);
    }

    /// Like [`Flow::place`], but never cuts the block: it goes whole onto
    /// the next page if it does not fit here.
    pub fn place_whole(&mut self, block: Block) {
        self.place_with(block, true);
    }

    fn place_with(&mut self, block: Block, whole: bool) {
        if block.height <= self.room() + HAIR {
            self.put(block.items, 0.0, block.height);
            return;
        }
        if !self.page_is_empty() && (whole || block.height <= self.content.height) {
            self.new_page();
            if block.height <= self.room() + HAIR {
                self.put(block.items, 0.0, block.height);
                return;
            }
        }
        self.place_cut(block);
    }

    /// Places a block over as many pages as it takes, cut at clean cuts
    /// found once: O(n log n) in its items however many pages it fills.
    fn place_cut(&mut self, block: Block) {
        let cuts = Cuts::new(&block);
        // Which page part each item goes in: the items of part k are those
        // starting in [starts[k], starts[k + 1]).
        let mut parts: Vec<(usize, usize, f32)> = Vec::new(); // (first, end, top) in `spans`
        let mut base = 0.0;
        let mut first = 0;
        let mut room = self.room();
        let mut page_empty = self.page_is_empty();
        loop {
            if block.height - base <= room + HAIR {
                parts.push((first, cuts.spans.len(), base));
                break;
            }
            if !page_empty && block.height - base <= self.content.height {
                parts.push((first, first, base));
                room = self.content.height;
                page_empty = true;
                continue;
            }
            // The lowest clean cut that fits, with something above it.
            let fits = cuts.cuts.partition_point(|&y| y <= base + room);
            let cut = cuts.cuts[..fits]
                .iter()
                .rev()
                .copied()
                .find(|&y| y > base && cuts.starting_before(y) > first);
            match cut {
                Some(cut) => {
                    let end = cuts.starting_before(cut);
                    parts.push((first, end, base));
                    first = end;
                    // The rest starts at its first item (the blank at the
                    // cut is trimmed).
                    match cuts.spans.get(first) {
                        Some(&(top, _, _)) => base = top.max(cut),
                        None => break,
                    }
                    room = self.content.height;
                    page_empty = true;
                }
                None if !page_empty => {
                    parts.push((first, first, base));
                    room = self.content.height;
                    page_empty = true;
                }
                None => {
                    // No clean cut at all: it runs off the bottom.
                    parts.push((first, cuts.spans.len(), base));
                    break;
                }
            }
        }
        // Each item in its part, in the block's own drawing order.
        let mut part_of = vec![0usize; block.items.len()];
        for (part, &(from, to, _)) in parts.iter().enumerate() {
            for &(_, _, index) in &cuts.spans[from..to] {
                part_of[index] = part;
            }
        }
        let mut items_of: Vec<Vec<Item>> = parts.iter().map(|_| Vec::new()).collect();
        for (index, item) in block.items.into_iter().enumerate() {
            items_of[part_of[index]].push(item);
        }
        let last = parts.len().saturating_sub(1);
        for (part, (items, &(_, _, top))) in items_of.into_iter().zip(&parts).enumerate() {
            if part > 0 {
                self.new_page();
            }
            let height = if part == last {
                block.height - top
            } else {
                items
                    .iter()
                    .map(|item| item.bounds().bottom() - top)
                    .fold(0.0, f32::max)
            };
            self.put(items, top, height);
        }
    }

    /// Puts items (block coordinates, `top` at the page's current y) and
    /// moves down by `height`.
    fn put(&mut self, items: Vec<Item>, top: f32, height: f32) {
        let (x, y) = (self.content.x, self.y - top);
        if let Some(page) = self.pages.last_mut() {
            for mut item in items {
                item.translate(x, y);
                page.items.push(item);
            }
        }
        self.y += height;
    }

    pub fn finish(self) -> Vec<Page> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::font::shaped_bytes;
    use crate::paper::font::tests::fonts;

    const BODY: Style = Style::new(10.0, false, Rgb(0, 0, 0));

    fn line_texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.runs
                    .iter()
                    .map(|(_, t, _)| t.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "Lie on your back with your knees bent and your feet flat on the floor.";
        let lines = wrap(&fonts(), &[Span::new(text, BODY)], 120.0);
        assert!(lines.len() >= 3, "{:?}", line_texts(&lines));
        for line in &lines {
            assert!(line.width <= 120.0 + 1e-3, "{line:?}");
        }
        let joined: Vec<String> = line_texts(&lines);
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn styles_share_a_line_and_keep_their_spaces() {
        let spans = [
            Span::new("Hold.", BODY.bold()),
            Span::new(" Breathe calmly.", BODY),
        ];
        let lines = wrap(&fonts(), &spans, 500.0);
        assert_eq!(
            line_texts(&lines),
            vec!["Hold.|Breathe calmly.".to_string()]
        );
        let runs = &lines[0].runs;
        let bold_width = fonts().width("Hold.", 10.0, true);
        assert!(runs[1].0 > bold_width, "a space between the runs: {runs:?}");
        // No space between spans means none on the page either.
        let glued = wrap(
            &fonts(),
            &[Span::new("15", BODY), Span::new("s", BODY.bold())],
            500.0,
        );
        assert_eq!(line_texts(&glued), vec!["15|s".to_string()]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut() {
        let lines = wrap(&fonts(), &[Span::new("Supercalifragilistic", BODY)], 30.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(line.width <= 30.0 + 1e-3 || line.runs[0].1.chars().count() == 1);
        }
    }

    /// Closing punctuation that must not start a line, opening punctuation
    /// that must not end one (Chinese and Japanese line-breaking rules).
    const CLOSING: &str = "，。、；：？！）」』》";
    const OPENING: &str = "（「『《";

    fn assert_kinsoku(lines: &[Line], text: &str, width: f32) {
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.runs.iter().map(|(_, t, _)| t.as_str()).collect())
            .collect();
        assert!(texts.len() > 1, "{texts:?}");
        assert_eq!(texts.concat(), text, "nothing lost or added: {texts:?}");
        for (line, shown) in lines.iter().zip(&texts) {
            assert!(line.width <= width + 1e-3, "{shown}: {}", line.width);
            let first = shown.chars().next().expect("a line has text");
            let last = shown.chars().last().expect("a line has text");
            assert!(
                !CLOSING.contains(first),
                "a line starts with {first}: {texts:?}"
            );
            assert!(
                !OPENING.contains(last),
                "a line ends with {last}: {texts:?}"
            );
        }
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_a_comma_or_after_a_bracket() {
        let fonts = fonts();
        // The width where breaking after the last character that fits
        // puts the full-width comma first on the next line.
        let text = "如果疼痛加重，请停止并寻求建议。";
        let width = fonts.width("如果疼痛加重", BODY.size, false) + 0.5;
        assert!(fonts.width("如果疼痛加重，", BODY.size, false) > width);
        let lines = wrap(&fonts, &[Span::new(text, BODY)], width);
        assert_kinsoku(&lines, text, width);
        assert_eq!(
            line_texts(&lines)[0],
            "如果疼痛加",
            "the comma takes its character along"
        );
        // The width where the opening bracket would end the first line.
        let text = "单膝抱胸（每条腿）保持十五秒，然后放松。";
        let width = fonts.width("单膝抱胸（", BODY.size, false) + 0.5;
        let lines = wrap(&fonts, &[Span::new(text, BODY)], width);
        assert_kinsoku(&lines, text, width);
        assert_eq!(line_texts(&lines)[0], "单膝抱胸");
        // Across styles: a bold run then the comma in the body style.
        let spans = [
            Span::new("保持十五秒", BODY.bold()),
            Span::new("，然后放松。", BODY),
        ];
        let width = fonts.width("保持十五秒", BODY.size, true) + 0.5;
        let lines = wrap(&fonts, &spans, width);
        assert!(
            !line_texts(&lines).iter().any(|l| l.starts_with('，')),
            "{:?}",
            line_texts(&lines)
        );
    }

    #[test]
    fn latin_in_chinese_text_keeps_its_words_and_hyphens_whole() {
        let fonts = fonts();
        // Latin words and a hyphenated word break only at spaces, even
        // where the line-breaking rules would allow a break after "-".
        let text = "Lie on your back, knee-to-chest stretch and breathe calmly.";
        let width = fonts.width("Lie on your back, knee-", BODY.size, false) + 0.5;
        let lines = wrap(&fonts, &[Span::new(text, BODY)], width);
        assert_eq!(line_texts(&lines).join(" "), text);
        assert!(
            line_texts(&lines)
                .iter()
                .any(|l| l.contains("knee-to-chest"))
        );
        // A Latin word among Chinese characters stays whole.
        let text = "打开Limber应用，选择腰部练习。";
        let width = fonts.width("打开Limb", BODY.size, false);
        let lines = wrap(&fonts, &[Span::new(text, BODY)], width);
        assert_eq!(line_texts(&lines).concat(), text);
        assert!(
            line_texts(&lines).iter().any(|l| l.contains("Limber")),
            "{:?}",
            line_texts(&lines)
        );
    }

    #[test]
    fn flow_moves_a_block_that_does_not_fit_to_a_new_page() {
        let mut flow = Flow::new(Area::new(10.0, 10.0, 200.0, 100.0));
        let mut block = Block::new(&fonts());
        block.paragraph(
            &[Span::new("one two three", BODY)],
            0.0,
            0.0,
            200.0,
            Align::Left,
        );
        block.height = 60.0;
        flow.place(block.clone());
        flow.place(block.clone());
        let pages = flow.finish();
        assert_eq!(pages.len(), 2);
        for page in &pages {
            for item in &page.items {
                assert!(Area::new(10.0, 10.0, 200.0, 100.0).contains(&item.bounds(), 0.5));
            }
        }
    }

    #[test]
    fn flow_cuts_a_tall_block_between_lines() {
        let text = "word ".repeat(400);
        let mut block = Block::new(&fonts());
        block.paragraph(&[Span::new(text, BODY)], 0.0, 0.0, 150.0, Align::Left);
        assert!(block.height > 300.0);
        let mut flow = Flow::new(Area::new(0.0, 0.0, 150.0, 120.0));
        flow.place(block);
        let pages = flow.finish();
        assert!(pages.len() >= 3, "{}", pages.len());
        let words: usize = pages
            .iter()
            .flat_map(|p| &p.items)
            .map(|item| match item {
                Item::Text(line) => line.text.split_whitespace().count(),
                _ => 0,
            })
            .sum();
        assert_eq!(words, 400, "nothing lost at the cuts");
        for page in &pages {
            for item in &page.items {
                assert!(
                    Area::new(0.0, 0.0, 150.0, 120.0).contains(&item.bounds(), 0.5),
                    "{:?}",
                    item.bounds()
                );
            }
        }
    }

    /// Shapes `work` on this thread and returns the bytes shaped per byte
    /// of `input_bytes`.
    fn shaped_per_byte(input_bytes: usize, work: impl FnOnce()) -> f64 {
        let before = shaped_bytes();
        work();
        (shaped_bytes() - before) as f64 / input_bytes as f64
    }

    #[test]
    fn wrapping_shapes_each_byte_a_bounded_number_of_times() {
        // The cost per byte is the same for a paragraph 100 times longer:
        // linear, not quadratic.
        let per_byte = |words: usize| {
            let text = "Lie on your back and breathe calmly. ".repeat(words / 7);
            shaped_per_byte(text.len(), || {
                wrap(&fonts(), &[Span::new(text.as_str(), BODY)], 200.0);
            })
        };
        let (short, long) = (per_byte(70), per_byte(7_000));
        assert!(long <= 4.0, "{long} bytes shaped per byte");
        assert!(
            long <= short * 1.5,
            "{short} then {long}: grows with the length"
        );
    }

    #[test]
    fn a_megabyte_word_is_cut_into_lines_in_one_pass() {
        let word = "x".repeat(1_000_000);
        let mut lines = Vec::new();
        let per_byte = shaped_per_byte(word.len(), || {
            lines = wrap(&fonts(), &[Span::new(word.as_str(), BODY)], 300.0);
        });
        assert!(per_byte <= 4.0, "{per_byte} bytes shaped per byte");
        assert!(lines.iter().all(|l| l.width <= 300.0 + 1e-3));
        let kept: usize = lines.iter().map(|l| l.runs[0].1.len()).sum();
        assert_eq!(kept, word.len(), "nothing lost");
    }

    #[test]
    fn ellipsizing_looks_at_what_can_fit_only() {
        let title = "Stretch ".repeat(125_000);
        let mut cut = String::new();
        let shaped = shaped_per_byte(1, || cut = ellipsize(&fonts(), &title, BODY, 200.0));
        assert!(shaped < 20_000.0, "{shaped} bytes shaped for one line");
        assert!(
            cut.ends_with('…') && cut.starts_with("Stretch Stretch"),
            "{cut}"
        );
        assert!(fonts().width(&cut, 10.0, false) <= 200.0);
        assert_eq!(ellipsize(&fonts(), "Hold", BODY, 200.0), "Hold");
        assert_eq!(ellipsize(&fonts(), "Hold", BODY, 1.0), "");
        assert_eq!(clip_chars("Knee to chest", 4), "Knee…");
        assert_eq!(clip_chars("Knee", 4), "Knee");
    }

    #[test]
    fn a_block_of_many_pages_is_cut_in_one_pass() {
        // 5,000 numbered lines: each page is cut where it should be, and
        // the lines are measured once each (bounds never shape again).
        let mut block = Block::new(&fonts());
        let mut y = 0.0;
        let mut bytes = 0;
        for n in 0..5_000 {
            let text = format!("{n}. Lie on your back and breathe calmly.");
            bytes += text.len();
            y = block.paragraph(&[Span::new(text, BODY)], 0.0, y, 400.0, Align::Left);
        }
        let content = Area::new(0.0, 0.0, 400.0, 700.0);
        let mut flow = Flow::new(content);
        let per_byte = shaped_per_byte(bytes, || flow.place(block));
        assert_eq!(per_byte, 0.0, "placing shapes nothing");
        let pages = flow.finish();
        let lines: usize = pages.iter().map(|p| p.items.len()).sum();
        assert_eq!(lines, 5_000);
        assert!(pages.len() > 80, "{}", pages.len());
        for page in &pages {
            for item in &page.items {
                assert!(content.contains(&item.bounds(), 0.5), "{:?}", item.bounds());
            }
        }
    }
    #[test]
    fn chinese_sentences_run_on_without_a_space_and_latin_ones_with_one() {
        assert_eq!(
            run_on(["腰部保持贴地。", "如果疼痛，请停止。"]),
            "腰部保持贴地。如果疼痛，请停止。"
        );
        assert_eq!(
            run_on(["Keep still.", " Breathe. ", ""]),
            "Keep still. Breathe."
        );
        assert_eq!(lead_in("每项练习："), "每项练习：");
        assert_eq!(lead_in("For every exercise:"), "For every exercise: ");
        assert_eq!(set_off("请立即拨打"), "请立即拨打");
        assert_eq!(set_off("Call now."), "  Call now.");
    }
}
