//! The fonts of Limber's papers: a [`FontSet`] of one primary font, which
//! the caller gives (the app passes the Fira Sans it embeds for the screen,
//! so the sheet reads like the app and no second font file ships), and
//! fallbacks found on this computer for text in scripts the primary font
//! lacks (Arabic, Hebrew, Chinese…). Fallbacks are looked up with `fontdb`
//! only when such text comes, read once per set, and subset and embedded
//! by krilla like the primary font.
//!
//! Text is shaped here with rustybuzz, the shaper krilla itself uses, and the
//! PDF backend draws exactly these glyphs: a line measured for wrapping is
//! the line drawn. A line is split into runs by direction (Unicode bidi:
//! right-to-left runs are shaped right to left and placed in visual order)
//! and by font (the first font of the set that has the character). A
//! character no font on this computer has is drawn as the primary font's
//! "missing" box and named by its script in [`FontSet::missing_scripts`],
//! never silently dropped. Headings are "bold" by stroking the outline as
//! well as filling it (the fonts have one weight); [`BOLD_STROKE`] says how
//! much.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use rustybuzz::ttf_parser;
use unicode_bidi::BidiInfo;
use unicode_script::{Script, UnicodeScript};

/// Stroke width of bold text as a fraction of the font size (each side of
/// the outline grows by half of it).
pub const BOLD_STROKE: f32 = 0.035;

/// The largest font file read as a fallback; a bigger one (a collection of
/// every weight of a CJK family) is passed over for the next candidate.
const MAX_FALLBACK_BYTES: u64 = 48 * 1024 * 1024;

/// The metrics the layout needs, as fractions of the font size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Height above the baseline (positive).
    pub ascent: f32,
    /// Depth below the baseline (positive).
    pub descent: f32,
}

/// The primary font was not a font.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("paper-font-unreadable"))]
pub struct FontError;

/// Which font of the set a run is in: 0 is the primary font, then the
/// fallbacks in the order they were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(pub usize);

impl FaceId {
    pub const PRIMARY: FaceId = FaceId(0);
}

/// One shaped glyph; advances and offsets in em (multiply by the size).
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    pub id: u32,
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the line's text this glyph shows (for copy and search
    /// in the PDF).
    pub text: Range<usize>,
}

/// Glyphs of one font, in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedRun {
    pub face: FaceId,
    pub glyphs: Vec<ShapedGlyph>,
}

/// A shaped line: its runs left to right, and its advance in em.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShapedLine {
    pub runs: Vec<ShapedRun>,
    pub advance: f32,
}

impl ShapedLine {
    /// Every glyph, left to right.
    pub fn glyphs(&self) -> impl Iterator<Item = &ShapedGlyph> {
        self.runs.iter().flat_map(|run| &run.glyphs)
    }
}

/// A font read from this computer.
struct Fallback {
    data: Arc<Vec<u8>>,
    index: u32,
    family: String,
}

impl Fallback {
    fn face(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(&self.data, self.index)
    }
}

struct Inner {
    primary: &'static [u8],
    face: rustybuzz::Face<'static>,
    units_per_em: f32,
    metrics: Metrics,
    /// Fonts found on this computer for text the primary font lacks.
    fallbacks: RwLock<Vec<Arc<Fallback>>>,
    /// Which fallback has which character, as looked up.
    coverage: Mutex<HashMap<(FaceId, char), bool>>,
    /// Shaping plans, made once per font, direction and script (making
    /// one reads the font's feature tables, which costs more than shaping
    /// a line).
    plans: Mutex<HashMap<PlanKey, Arc<rustybuzz::ShapePlan>>>,
    /// Whether to look on this computer at all.
    system: bool,
}

/// The fonts a paper is set in. Cheap to clone (shared).
#[derive(Clone)]
pub struct FontSet(Arc<Inner>);

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fallbacks: Vec<String> = self
            .0
            .fallbacks
            .read()
            .map(|list| list.iter().map(|f| f.family.clone()).collect())
            .unwrap_or_default();
        f.debug_struct("FontSet")
            .field("primary_bytes", &self.0.primary.len())
            .field("fallbacks", &fallbacks)
            .field("system", &self.0.system)
            .finish()
    }
}

impl PartialEq for FontSet {
    /// The same set (documents compare by their pages, not their fonts).
    fn eq(&self, other: &FontSet) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl FontSet {
    /// A set with `primary` (a TrueType or OpenType font, index 0) first,
    /// and fallbacks from this computer's fonts.
    pub fn new(primary: &'static [u8]) -> Result<FontSet, FontError> {
        let face = rustybuzz::Face::from_slice(primary, 0).ok_or(FontError)?;
        let units_per_em = face.units_per_em() as f32;
        if units_per_em <= 0.0 {
            return Err(FontError);
        }
        let metrics = Metrics {
            ascent: f32::from(face.ascender()) / units_per_em,
            descent: -f32::from(face.descender()) / units_per_em,
        };
        Ok(FontSet(Arc::new(Inner {
            primary,
            face,
            units_per_em,
            metrics,
            fallbacks: RwLock::new(Vec::new()),
            coverage: Mutex::new(HashMap::new()),
            plans: Mutex::new(HashMap::new()),
            system: true,
        })))
    }

    /// The same primary font with no fallbacks from this computer: text in
    /// a script it lacks is only reported (for tests that must not depend
    /// on the fonts installed).
    pub fn without_system_fonts(self) -> FontSet {
        FontSet(Arc::new(Inner {
            primary: self.0.primary,
            face: self.0.face.clone(),
            units_per_em: self.0.units_per_em,
            metrics: self.0.metrics,
            fallbacks: RwLock::new(Vec::new()),
            coverage: Mutex::new(HashMap::new()),
            plans: Mutex::new(HashMap::new()),
            system: false,
        }))
    }

    /// Ascent and descent of the primary font (every line's height).
    pub fn metrics(&self) -> Metrics {
        self.0.metrics
    }

    /// The font's bytes and face index, for the PDF.
    pub fn face_data(&self, id: FaceId) -> Option<(krilla::Data, u32)> {
        if id == FaceId::PRIMARY {
            return Some((self.0.primary.into(), 0));
        }
        let fallbacks = self.0.fallbacks.read().ok()?;
        let fallback = fallbacks.get(id.0 - 1)?;
        let data: Arc<dyn AsRef<[u8]> + Send + Sync> = fallback.data.clone();
        Some((data.into(), fallback.index))
    }

    /// The family names of the fallbacks in use, in order.
    pub fn fallback_families(&self) -> Vec<String> {
        self.0
            .fallbacks
            .read()
            .map(|list| list.iter().map(|f| f.family.clone()).collect())
            .unwrap_or_default()
    }

    /// The width of a line of text at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let extra = if bold { BOLD_STROKE * size } else { 0.0 };
        self.shape(text).advance * size + extra
    }

    /// Shapes one line of text: bidi runs in visual order, each split by
    /// font.
    pub fn shape(&self, text: &str) -> ShapedLine {
        count_shaped(text.len());
        let mut line = ShapedLine::default();
        if text.is_empty() {
            return line;
        }
        if !text.chars().any(could_be_rtl) {
            self.shape_direction(text, 0..text.len(), false, &mut line);
            return line;
        }
        let info = BidiInfo::new(text, None);
        for paragraph in &info.paragraphs {
            let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
            for run in runs {
                let rtl = levels.get(run.start).is_some_and(|level| level.is_rtl());
                self.shape_direction(text, run, rtl, &mut line);
            }
        }
        line
    }

    /// Shapes `text[range]` in one direction, split by font; the runs go
    /// onto `line` in visual order.
    fn shape_direction(&self, text: &str, range: Range<usize>, rtl: bool, line: &mut ShapedLine) {
        let mut runs: Vec<ShapedRun> = self
            .segments(&text[range.clone()])
            .into_iter()
            .map(|(part, face)| {
                let part = range.start + part.start..range.start + part.end;
                self.shape_run(text, part, face, rtl)
            })
            .collect();
        if rtl {
            runs.reverse();
        }
        for run in runs {
            line.advance += run.glyphs.iter().map(|g| g.x_advance).sum::<f32>();
            line.runs.push(run);
        }
    }

    /// The shaping plan for this font, direction and script, made once.
    fn plan(
        &self,
        face: &rustybuzz::Face<'_>,
        id: FaceId,
        rtl: bool,
        script: Option<rustybuzz::Script>,
    ) -> Arc<rustybuzz::ShapePlan> {
        let key = (id, rtl, script);
        if let Some(plan) = self.0.plans.lock().ok().and_then(|p| p.get(&key).cloned()) {
            return plan;
        }
        let direction = if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        };
        let plan = Arc::new(rustybuzz::ShapePlan::new(
            face,
            direction,
            script,
            None,
            &[],
        ));
        if let Ok(mut plans) = self.0.plans.lock() {
            plans.insert(key, plan.clone());
        }
        plan
    }

    fn shape_run(&self, text: &str, range: Range<usize>, face: FaceId, rtl: bool) -> ShapedRun {
        let id = face;
        let direction = if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        };
        let shape_with = |face: &rustybuzz::Face<'_>| {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(&text[range.clone()]);
            buffer.guess_segment_properties();
            buffer.set_direction(direction);
            let script = Some(buffer.script()).filter(|s| *s != rustybuzz::script::UNKNOWN);
            let plan = self.plan(face, id, rtl, script);
            let output = rustybuzz::shape_with_plan(face, &plan, buffer);
            let upem = face.units_per_em() as f32;
            glyphs_of(&output, range.clone(), upem)
        };
        let glyphs = if face == FaceId::PRIMARY {
            shape_with(&self.0.face)
        } else {
            let fallback = self.fallback(face);
            match fallback.as_ref().and_then(|f| f.face()) {
                Some(parsed) => shape_with(&parsed),
                // Cannot happen for a font that was read whole; the
                // primary font's boxes rather than nothing.
                None => return self.shape_run(text, range, FaceId::PRIMARY, rtl),
            }
        };
        ShapedRun { face, glyphs }
    }

    /// `text` cut where the font changes: each character in the first
    /// font of the set that has it; spaces, punctuation and marks stay in
    /// the font of the run they are in when it has them.
    fn segments(&self, text: &str) -> Vec<(Range<usize>, FaceId)> {
        let mut segments: Vec<(Range<usize>, FaceId)> = Vec::new();
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let blank = c.is_whitespace() || c.is_control();
            let inherits = blank || matches!(c.script(), Script::Common | Script::Inherited);
            let face = match segments.last() {
                Some((_, face)) if inherits && (blank || self.has(*face, c)) => *face,
                _ => self.face_for(c),
            };
            match segments.last_mut() {
                Some((range, last)) if *last == face => range.end = end,
                _ => segments.push((at..end, face)),
            }
        }
        segments
    }

    /// Whether font `face` of the set has a glyph for `c`.
    fn has(&self, face: FaceId, c: char) -> bool {
        if face == FaceId::PRIMARY {
            return self.0.face.glyph_index(c).is_some();
        }
        if let Some(known) = self
            .0
            .coverage
            .lock()
            .ok()
            .and_then(|memo| memo.get(&(face, c)).copied())
        {
            return known;
        }
        let fallback = self.fallback(face);
        let known = fallback.is_some_and(|fallback| has_char(&fallback, c));
        if let Ok(mut memo) = self.0.coverage.lock()
            && memo.len() < MAX_COVERAGE_MEMO
        {
            memo.insert((face, c), known);
        }
        known
    }

    fn fallback(&self, face: FaceId) -> Option<Arc<Fallback>> {
        let index = face.0.checked_sub(1)?;
        self.0.fallbacks.read().ok()?.get(index).cloned()
    }

    /// The first font of the set that has `c`, looking on this computer
    /// when none does; the primary font (its "missing" box) when no font
    /// has it.
    fn face_for(&self, c: char) -> FaceId {
        if c.is_whitespace() || c.is_control() || self.has(FaceId::PRIMARY, c) {
            return FaceId::PRIMARY;
        }
        let count = self.0.fallbacks.read().map_or(0, |list| list.len());
        if let Some(face) = (1..=count).map(FaceId).find(|&face| self.has(face, c)) {
            return face;
        }
        if self.0.system
            && let Some(found) = system_font_for(c)
            && let Ok(mut list) = self.0.fallbacks.write()
        {
            // Another line may have added it meanwhile.
            let at = match list.iter().position(|f| Arc::ptr_eq(f, &found)) {
                Some(at) => at,
                None => {
                    list.push(found);
                    list.len() - 1
                }
            };
            return FaceId(at + 1);
        }
        FaceId::PRIMARY
    }

    /// Whether some font of the set (or of this computer) has `c`.
    fn covers(&self, c: char) -> bool {
        c.is_whitespace()
            || c.is_control()
            || self.has(FaceId::PRIMARY, c)
            || self.face_for(c) != FaceId::PRIMARY
    }

    /// The scripts of `text` that no font here can draw ("Arabic",
    /// "Hebrew"), each once, in order of their names.
    pub fn missing_scripts<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Vec<String> {
        let mut checked: HashMap<char, bool> = HashMap::new();
        let mut missing = BTreeSet::new();
        for text in texts {
            for c in text.chars() {
                let covered = *checked.entry(c).or_insert_with(|| self.covers(c));
                if !covered {
                    missing.insert(script_name(c));
                }
            }
        }
        missing.into_iter().collect()
    }
}

/// What to tell the person about text in `script` that no font here has:
/// one line, for the app's notice and the command line.
pub fn missing_script_words(script: &str) -> String {
    crate::t!("paper-missing-script", script = script)
}

/// The glyphs of a rustybuzz output, with their text ranges in the whole
/// line (`range` is the shaped part).
fn glyphs_of(output: &rustybuzz::GlyphBuffer, range: Range<usize>, upem: f32) -> Vec<ShapedGlyph> {
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // A cluster ends where the next cluster (in text order) starts; in a
    // right-to-left run the glyphs come in visual order, so look it up.
    let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let local_end = range.end - range.start;
    infos
        .iter()
        .zip(positions)
        .map(|(info, position)| {
            let start = info.cluster as usize;
            let next = starts.partition_point(|&s| s <= start);
            let end = starts.get(next).copied().unwrap_or(local_end);
            ShapedGlyph {
                id: info.glyph_id,
                x_advance: position.x_advance as f32 / upem,
                x_offset: position.x_offset as f32 / upem,
                y_offset: position.y_offset as f32 / upem,
                text: range.start + start..range.start + end.max(start),
            }
        })
        .collect()
}

/// Characters that may be in a right-to-left script (a quick test before
/// the full bidi analysis).
fn could_be_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF
        | 0x1E800..=0x1EFFF | 0x200F | 0x202B | 0x202E | 0x2067)
}

/// "Arabic", "Hebrew", "Han"; symbols name themselves ("U+1F600").
fn script_name(c: char) -> String {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => {
            format!("symbols (U+{:04X})", c as u32)
        }
        script => script.full_name().replace('_', " "),
    }
}

// ----------------------------------------------------------------------
// This computer's fonts.
// ----------------------------------------------------------------------

/// The system's fonts (names and files only), read once per process and
/// only when some text needs a fallback.
struct System {
    database: fontdb::Database,
    /// The chosen face per script (or per symbol), and the fonts read.
    chosen: HashMap<ChoiceKey, Option<fontdb::ID>>,
    read: HashMap<fontdb::ID, Arc<Fallback>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum ChoiceKey {
    Script(Script),
    Char(char),
}

/// A shaping plan's font, direction (right to left) and script.
type PlanKey = (FaceId, bool, Option<rustybuzz::Script>);

/// Most character lookups remembered per set.
const MAX_COVERAGE_MEMO: usize = 65_536;

/// Most symbol choices remembered (each is one lookup over the fonts).
const MAX_CHOICES: usize = 4096;

fn system() -> &'static Mutex<System> {
    static SYSTEM: OnceLock<Mutex<System>> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        Mutex::new(System {
            database,
            chosen: HashMap::new(),
            read: HashMap::new(),
        })
    })
}

/// A font of this computer that has `c`: a regular sans-serif one where
/// there is a choice. One choice per script, so a line in one script stays
/// in one font.
fn system_font_for(c: char) -> Option<Arc<Fallback>> {
    let mut system = system().lock().ok()?;
    let key = match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => ChoiceKey::Char(c),
        script => ChoiceKey::Script(script),
    };
    let id = match system.chosen.get(&key) {
        Some(id) => *id,
        None => {
            let id = choose(&system.database, c);
            if system.chosen.len() < MAX_CHOICES {
                system.chosen.insert(key, id);
            }
            id
        }
    };
    let id = id?;
    if let Some(read) = system.read.get(&id) {
        // The script's font may lack this one character.
        return has_char(read, c).then(|| read.clone());
    }
    let info = system.database.face(id)?;
    let family = info
        .families
        .first()
        .map(|(name, _)| name.clone())
        .unwrap_or_else(|| info.post_script_name.clone());
    let index = info.index;
    let data = match &info.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
            crate::files::read_bytes(path, MAX_FALLBACK_BYTES).ok()?
        }
        fontdb::Source::Binary(data) => (**data).as_ref().to_vec(),
    };
    let fallback = Arc::new(Fallback {
        data: Arc::new(data),
        index,
        family,
    });
    system.read.insert(id, fallback.clone());
    has_char(&fallback, c).then_some(fallback)
}

fn has_char(fallback: &Fallback, c: char) -> bool {
    ttf_parser::Face::parse(&fallback.data, fallback.index)
        .is_ok_and(|face| face.glyph_index(c).is_some())
}

/// The best face for `c`: regular, upright, not monospaced, sans-serif
/// first; among equals the first found.
fn choose(database: &fontdb::Database, c: char) -> Option<fontdb::ID> {
    let mut candidates: Vec<(i32, fontdb::ID)> = database
        .faces()
        // A file small enough to read.
        .filter(|face| match &face.source {
            fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
                std::fs::metadata(path).is_ok_and(|m| m.len() <= MAX_FALLBACK_BYTES)
            }
            fontdb::Source::Binary(_) => true,
        })
        .map(|face| {
            let name = face
                .families
                .first()
                .map(|(name, _)| name.to_lowercase())
                .unwrap_or_default();
            let mut score = 0;
            if face.style == fontdb::Style::Normal {
                score += 4;
            }
            if face.weight == fontdb::Weight::NORMAL {
                score += 4;
            }
            if !face.monospaced && !name.contains("mono") {
                score += 2;
            }
            if name.contains("sans") {
                score += 2;
            }
            if name.contains("condensed") || name.contains("serif") && !name.contains("sans") {
                score -= 1;
            }
            (score, face.id)
        })
        .collect();
    // Highest score first; the sort is stable, so equals keep their order.
    candidates.sort_by_key(|(score, _)| -score);
    candidates.into_iter().map(|(_, id)| id).find(|&id| {
        database
            .with_face_data(id, |data, index| {
                ttf_parser::Face::parse(data, index).is_ok_and(|face| face.glyph_index(c).is_some())
            })
            .unwrap_or(false)
    })
}

// ----------------------------------------------------------------------
// Counting the work (tests of bounded time count, never time).
// ----------------------------------------------------------------------

thread_local! {
    static SHAPED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn count_shaped(bytes: usize) {
    SHAPED.with(|shaped| shaped.set(shaped.get().saturating_add(bytes as u64)));
}

/// Bytes of text shaped on this thread so far: what a test of the layout's
/// cost counts (a layout linear in its input shapes a bounded number of
/// bytes per byte of input).
pub fn shaped_bytes() -> u64 {
    SHAPED.with(std::cell::Cell::get)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The papers' fonts in the core's tests, without this computer's
    /// fonts unless a test asks. The core has no iced to give it the app's
    /// Fira Sans, so its tests set papers in DejaVu Sans
    /// (`scripts/setup.sh` installs it); the app's own set is tested in
    /// the app (`limber::paper_fonts`).
    pub(crate) fn fonts() -> FontSet {
        static FONTS: OnceLock<FontSet> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                FontSet::new(test_typeface())
                    .expect("DejaVu Sans is a font")
                    .without_system_fonts()
            })
            .clone()
    }

    fn test_typeface() -> &'static [u8] {
        const CANDIDATES: [&str; 2] = [
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        ];
        let bytes = CANDIDATES
            .iter()
            .find_map(|path| std::fs::read(path).ok())
            .expect("DejaVu Sans (scripts/setup.sh installs fonts-dejavu-core)");
        Box::leak(bytes.into_boxed_slice())
    }

    #[test]
    fn the_font_loads_and_measures() {
        let fonts = fonts();
        let m = fonts.metrics();
        assert!(m.ascent > 0.5 && m.ascent < 1.2, "{m:?}");
        assert!(m.descent > 0.1 && m.descent < 0.5, "{m:?}");
        let short = fonts.width("Hold", 10.0, false);
        let long = fonts.width("Hold the stretch", 10.0, false);
        assert!(short > 10.0 && long > 2.0 * short, "{short} {long}");
        assert!((fonts.width("Hold", 20.0, false) - 2.0 * short).abs() < 1e-3);
        assert!(fonts.width("Hold", 10.0, true) > short);
        assert_eq!(fonts.width("", 10.0, true), 0.0);
        assert!(FontSet::new(b"not a font").is_err());
    }

    #[test]
    fn glyphs_map_back_to_their_text() {
        let text = "15 s × 3 — each leg";
        let line = fonts().shape(text);
        let glyphs: Vec<&ShapedGlyph> = line.glyphs().collect();
        assert!(!glyphs.is_empty());
        assert_eq!(line.runs.len(), 1, "one font, one direction");
        // Every byte of the text is covered by some glyph, in order.
        let mut covered = 0;
        for glyph in &glyphs {
            assert!(glyph.text.start <= glyph.text.end && glyph.text.end <= text.len());
            covered = covered.max(glyph.text.end);
        }
        assert_eq!(covered, text.len());
        // The multiplication sign and the dash are in the font (glyph 0 is
        // the "missing" box).
        assert!(glyphs.iter().all(|g| g.id != 0), "{glyphs:?}");
        assert!(fonts().missing_scripts([text]).is_empty());
    }

    #[test]
    fn a_script_the_font_lacks_is_named_not_dropped() {
        // DejaVu Sans has Arabic and Hebrew but no Chinese and no
        // Devanagari (the app's Fira Sans lacks Arabic and Hebrew: the
        // app's tests name those).
        let fonts = fonts();
        let text = "Knee to chest 伸展 खिंचाव";
        assert_eq!(
            fonts.missing_scripts([text]),
            vec!["Devanagari".to_string(), "Han".to_string()]
        );
        // Drawn as boxes, not left out: a glyph for every letter.
        let line = fonts.shape(text);
        let boxes = line.glyphs().filter(|g| g.id == 0).count();
        assert!(boxes > "伸展".chars().count(), "{boxes} boxes: {line:?}");
        let covered: usize = line.glyphs().map(|g| g.text.len()).sum();
        assert!(covered >= text.len(), "every byte drawn: {line:?}");
    }

    #[test]
    fn right_to_left_runs_are_placed_in_visual_order() {
        // "abc" then a Hebrew word: the Hebrew run comes after the Latin
        // one on the line, its glyphs right to left (last letter first).
        let text = "abc אבג";
        let line = fonts().shape(text);
        let glyphs: Vec<&ShapedGlyph> = line.glyphs().collect();
        let starts: Vec<usize> = glyphs.iter().map(|g| g.text.start).collect();
        let hebrew: Vec<usize> = starts.iter().copied().filter(|&s| s >= 4).collect();
        assert_eq!(&starts[..3], &[0, 1, 2], "{starts:?}");
        assert!(hebrew.windows(2).all(|w| w[0] > w[1]), "{starts:?}");
    }

    #[test]
    fn system_fonts_draw_what_the_primary_font_lacks_when_there_are_any() {
        let fonts = FontSet::new(test_typeface()).expect("DejaVu Sans");
        let text = "伸展 खिंचाव";
        let missing = fonts.missing_scripts([text]);
        let line = fonts.shape(text);
        // Either a font of this computer draws each script, or it is named.
        for (script, sample) in [("Han", '伸'), ("Devanagari", 'ख')] {
            let named = missing.iter().any(|m| m == script);
            let start = text.find(sample).expect("in the text");
            let drawn = line
                .runs
                .iter()
                .filter(|run| run.face != FaceId::PRIMARY)
                .flat_map(|run| &run.glyphs)
                .any(|g| g.text.contains(&start) && g.id != 0);
            assert!(named != drawn, "{script}: {missing:?} {line:?}");
        }
        if missing.is_empty() {
            assert!(line.glyphs().all(|g| g.id != 0), "{line:?}");
            assert!(!fonts.fallback_families().is_empty());
        }
    }

    #[test]
    fn shaping_is_counted() {
        let before = shaped_bytes();
        fonts().shape("Hold");
        assert_eq!(shaped_bytes() - before, 4);
    }
}
