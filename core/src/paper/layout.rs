//! Text wrapping, blocks and page flow for the papers.
//!
//! A [`Block`] is laid out at its own origin (top-left at 0, 0) so its
//! height is known before it is placed; [`Flow`] then puts blocks one under
//! the other and starts a new page when the next one does not fit, cutting a
//! tall block only where no line, figure or box would be cut.

use super::canvas::{Area, Item, Page, Pt, Rgb, TextLine};
use super::font;

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

/// A word with its style, and whether a space comes before it.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    style: Style,
    space_before: bool,
}

fn words(spans: &[Span]) -> Vec<Word> {
    let mut words = Vec::new();
    // Whitespace seen since the last word ended (across spans too).
    let mut space_pending = false;
    for span in spans {
        let mut current = String::new();
        for c in span.text.chars() {
            if c.is_whitespace() {
                if !current.is_empty() {
                    words.push(Word {
                        text: std::mem::take(&mut current),
                        style: span.style,
                        space_before: space_pending,
                    });
                }
                space_pending = true;
            } else {
                // A word right after the previous span's word with no
                // space ("15" + "s") stays glued to it: space_before false.
                current.push(c);
            }
        }
        if !current.is_empty() {
            words.push(Word {
                text: current,
                style: span.style,
                space_before: space_pending,
            });
            space_pending = false;
        }
    }
    words
}

/// Splits a word too wide for a line into pieces that fit (at least one
/// character each).
fn split_word(word: &Word, width: f32) -> Vec<Word> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for c in word.text.chars() {
        let mut candidate = current.clone();
        candidate.push(c);
        if !current.is_empty() && font::width(&candidate, word.style.size, word.style.bold) > width
        {
            pieces.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
        .into_iter()
        .enumerate()
        .map(|(index, text)| Word {
            text,
            style: word.style,
            space_before: index == 0 && word.space_before,
        })
        .collect()
}

/// One laid-out line: runs with their x offset from the line start.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<(f32, String, Style)>,
    pub width: f32,
    /// The largest font size on the line.
    pub size: f32,
}

/// Wraps spans into lines no wider than `width` (a word wider than a line
/// is cut between characters).
pub fn wrap(spans: &[Span], width: f32) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Word> = Vec::new();
    let line_width = |words: &[Word]| measure_words(words).1;
    let mut all = Vec::new();
    for word in words(spans) {
        if font::width(&word.text, word.style.size, word.style.bold) > width {
            all.extend(split_word(&word, width));
        } else {
            all.push(word);
        }
    }
    for word in all {
        current.push(word);
        if current.len() > 1 && line_width(&current) > width {
            let Some(mut last) = current.pop() else {
                continue;
            };
            lines.push(make_line(&current));
            last.space_before = false;
            current = vec![last];
        }
    }
    if !current.is_empty() {
        lines.push(make_line(&current));
    }
    lines
}

/// Runs (same-style words joined) with their offsets, and the total width.
fn measure_words(words: &[Word]) -> (Vec<(f32, String, Style)>, f32) {
    let mut runs: Vec<(f32, String, Style)> = Vec::new();
    let mut x = 0.0;
    for (index, word) in words.iter().enumerate() {
        let space = index > 0 && word.space_before;
        match runs.last_mut() {
            Some((_, text, style)) if *style == word.style => {
                if space {
                    text.push(' ');
                }
                text.push_str(&word.text);
            }
            _ => {
                if let Some((start, text, style)) = runs.last() {
                    x = start + font::width(text, style.size, style.bold);
                }
                if space {
                    x += font::width(" ", word.style.size, false);
                }
                runs.push((x, word.text.clone(), word.style));
            }
        }
    }
    let width = runs.last().map_or(0.0, |(start, text, style)| {
        start + font::width(text, style.size, style.bold)
    });
    (runs, width)
}

fn make_line(words: &[Word]) -> Line {
    let (runs, width) = measure_words(words);
    let size = words.iter().map(|w| w.style.size).fold(0.0, f32::max);
    Line { runs, width, size }
}

/// `text` cut to fit `width` in `style`, with an ellipsis when cut.
pub fn ellipsize(text: &str, style: Style, width: f32) -> String {
    if font::width(text, style.size, style.bold) <= width {
        return text.to_string();
    }
    let mut cut: String = text.to_string();
    while !cut.is_empty() {
        cut.pop();
        let candidate = format!("{}…", cut.trim_end());
        if font::width(&candidate, style.size, style.bold) <= width {
            return candidate;
        }
    }
    String::new()
}

/// How lines sit in their column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// Things laid out from a (0, 0) origin, and the height they take.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block {
    pub items: Vec<Item>,
    pub height: f32,
}

impl Block {
    pub fn new() -> Block {
        Block::default()
    }

    /// Wraps `spans` into `width` at `(x, y)` (`y` is the top of the first
    /// line); returns the y under the last line. Grows the block to fit.
    pub fn paragraph(&mut self, spans: &[Span], x: f32, y: f32, width: f32, align: Align) -> f32 {
        let ascent = font::metrics().ascent;
        let mut top = y;
        for line in wrap(spans, width) {
            let height = line.size * LEADING;
            // Centre the font's ascent in the extra leading above the line.
            let baseline = top + line.size * ascent + (height - line.size * 1.2) / 2.0;
            let shift = match align {
                Align::Left => 0.0,
                Align::Right => width - line.width,
                Align::Center => (width - line.width) / 2.0,
            };
            for (offset, text, style) in line.runs {
                self.items.push(Item::Text(TextLine {
                    origin: Pt::new(x + shift + offset, baseline),
                    size: style.size,
                    bold: style.bold,
                    color: style.color,
                    text,
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

    /// Ys (from the top) where the block can be cut without cutting any
    /// item, in increasing order.
    fn clean_cuts(&self) -> Vec<f32> {
        let spans: Vec<(f32, f32)> = self
            .items
            .iter()
            .map(|item| {
                let b = item.bounds();
                (b.y, b.bottom())
            })
            .collect();
        let mut cuts: Vec<f32> = spans
            .iter()
            .map(|&(_, bottom)| bottom)
            .filter(|&y| y > 0.0 && y < self.height)
            .filter(|&y| {
                !spans
                    .iter()
                    .any(|&(top, bottom)| top < y - 0.01 && bottom > y + 0.01)
            })
            .collect();
        cuts.sort_by(f32::total_cmp);
        cuts.dedup();
        cuts
    }

    /// Splits at the lowest clean cut at or above `limit`: the part above
    /// and the rest moved up to start at 0. `None` when there is no such cut.
    fn split(self, limit: f32) -> Option<(Block, Block)> {
        let cut = self.clean_cuts().into_iter().rfind(|&y| y <= limit)?;
        let mut above = Block::new();
        let mut below = Block::new();
        for mut item in self.items {
            if item.bounds().y < cut {
                above.push(item);
            } else {
                // Trim the blank space at the cut so the rest starts at its
                // first item.
                item.translate(0.0, -cut);
                below.items.push(item);
            }
        }
        let first = below
            .items
            .iter()
            .map(|item| item.bounds().y)
            .fold(f32::INFINITY, f32::min);
        if first.is_finite() && first > 0.0 {
            for item in &mut below.items {
                item.translate(0.0, -first);
            }
        }
        below.height = (self.height - cut - first.max(0.0)).max(0.0);
        for item in &below.items {
            below.height = below.height.max(item.bounds().bottom());
        }
        Some((above, below))
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

    fn place_with(&mut self, mut block: Block, whole: bool) {
        loop {
            if block.height <= self.room() + 0.01 {
                self.put(block);
                return;
            }
            if !self.page_is_empty() && (whole || block.height <= self.content.height) {
                self.new_page();
                continue;
            }
            match block.clone().split(self.room()) {
                Some((above, below)) if !above.items.is_empty() => {
                    self.put(above);
                    self.new_page();
                    block = below;
                }
                _ if !self.page_is_empty() => self.new_page(),
                _ => {
                    self.put(block);
                    return;
                }
            }
        }
    }

    fn put(&mut self, block: Block) {
        let (x, y) = (self.content.x, self.y);
        if let Some(page) = self.pages.last_mut() {
            for mut item in block.items {
                item.translate(x, y);
                page.items.push(item);
            }
        }
        self.y += block.height;
    }

    pub fn finish(self) -> Vec<Page> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let lines = wrap(&[Span::new(text, BODY)], 120.0);
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
        let lines = wrap(&spans, 500.0);
        assert_eq!(
            line_texts(&lines),
            vec!["Hold.|Breathe calmly.".to_string()]
        );
        let runs = &lines[0].runs;
        let bold_width = font::width("Hold.", 10.0, true);
        assert!(runs[1].0 > bold_width, "a space between the runs: {runs:?}");
        // No space between spans means none on the page either.
        let glued = wrap(&[Span::new("15", BODY), Span::new("s", BODY.bold())], 500.0);
        assert_eq!(line_texts(&glued), vec!["15|s".to_string()]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut() {
        let lines = wrap(&[Span::new("Supercalifragilistic", BODY)], 30.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(line.width <= 30.0 + 1e-3 || line.runs[0].1.chars().count() == 1);
        }
    }

    #[test]
    fn flow_moves_a_block_that_does_not_fit_to_a_new_page() {
        let mut flow = Flow::new(Area::new(10.0, 10.0, 200.0, 100.0));
        let mut block = Block::new();
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
        let mut block = Block::new();
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
}
