//! The routine sheet a person takes home or pins up: title and date, each
//! exercise with the figures of its key steps, its short steps, cautions
//! and this person's dose, and the safety basics and red flags at the foot
//! of the last page.

use chrono::NaiveDate;

use super::canvas::{Area, Document, Item, Outline, Paper, Pt};
use super::figure::{card, image_item, pose_items};
use super::font::FontSet;
use super::layout::{Align, Block, Flow, Span, Style, clip_chars};
use super::style::{
    ACCENT, BODY, BOX, CAUTION, DOSE, FOOTER, HEADING, INK, MARGIN, MUTED, RULE, SMALL, SUBTITLE,
    TITLE, URGENT, URGENT_BOX,
};
use super::{MAX_TITLE_CHARS_ON_PAPER, format_date, page_footers};
use crate::content::Library;
use crate::content::schema::{Exercise, Illustration, Limb, Role, Routine, Sides, Step};
use crate::guidance::safety;
use crate::prescription::{self, Prescribed};
use crate::profile::{Profile, Settings};
use crate::session::dose::Intensity;
use crate::session::plan::Side;
use crate::words::{dose as dose_text, duration as format_duration, side_name, side_order};

/// Whose doses the sheet shows.
#[derive(Debug, Clone, Copy)]
pub enum Doses<'a> {
    /// The profile's own intensity and exact values for each exercise.
    Profile(&'a Profile),
    /// One intensity for every exercise, no exact values (`--intensity`).
    Intensity(Intensity),
}

/// What to print.
#[derive(Debug, Clone, Copy)]
pub struct SheetRequest<'a> {
    pub library: &'a Library,
    pub routine: &'a Routine,
    pub doses: Doses<'a>,
    /// The date printed on the sheet (today, for a person).
    pub date: NaiveDate,
    pub paper: Paper,
    /// The fonts it is set in (the caller's primary font, and fallbacks).
    pub fonts: &'a FontSet,
}

/// Gap between the figure column and the text.
const COLUMN_GAP: f32 = 14.0;
const CARD_GAP: f32 = 6.0;

/// Type sizes and figure sizes of one layout.
#[derive(Debug, Clone, Copy)]
struct Look {
    body: Style,
    small: Style,
    heading: Style,
    dose: Style,
    /// Width of the figure column: two figure cards side by side.
    figure_column: f32,
    /// Height of one figure card.
    card_height: f32,
}

/// The sheet as designed.
const REGULAR: Look = Look {
    body: BODY,
    small: SMALL,
    heading: HEADING,
    dose: DOSE,
    figure_column: 212.0,
    card_height: 62.0,
};

/// A little tighter, for a routine that then fits on one page instead of
/// spilling a few lines onto a second (Letter is shorter than A4).
const COMPACT: Look = Look {
    body: BODY.size(9.4),
    small: SMALL.size(8.4),
    heading: HEADING.size(12.5),
    dose: DOSE.size(11.2),
    figure_column: 200.0,
    card_height: 56.0,
};

/// Lays out the routine sheet: on one page if it fits (tightening the
/// layout a little if that is what it takes), else over as many pages as
/// it needs, each exercise whole.
pub fn routine_sheet(request: &SheetRequest<'_>) -> Document {
    let regular = sheet_with(request, &REGULAR);
    // The compact look saves a tenth of the height at most: only a sheet
    // that just spills onto a second page can come back to one.
    if regular.pages.len() == 2 {
        let compact = sheet_with(request, &COMPACT);
        if compact.pages.len() == 1 {
            return compact;
        }
    }
    regular
}

fn sheet_with(request: &SheetRequest<'_>, look: &Look) -> Document {
    let (page_width, page_height) = request.paper.size();
    let footer_room = FOOTER.line_height() + 8.0;
    let content = Area::new(
        MARGIN,
        MARGIN,
        page_width - 2.0 * MARGIN,
        page_height - 2.0 * MARGIN - footer_room,
    );
    let (prescribed, settings) = match request.doses {
        Doses::Profile(profile) => (
            prescription::prescribe(request.library, request.routine, profile),
            profile.settings.clone(),
        ),
        Doses::Intensity(level) => (
            prescription::prescribe_at(request.library, request.routine, level),
            Settings::default(),
        ),
    };
    let total = prescription::plan(&prescribed, &settings).total();

    let fonts = request.fonts;
    let title = clip_chars(&request.routine.title, MAX_TITLE_CHARS_ON_PAPER);
    let mut flow = Flow::new(content);
    let common = common_cautions(&prescribed);
    flow.place(header(
        request,
        &prescribed,
        total,
        &common,
        content.width,
        look,
    ));
    for (index, item) in prescribed.iter().enumerate() {
        let block = exercise_block(request, index + 1, item, &common, content.width, look);
        // A hairline between exercises on the same page (none at the top
        // of a page).
        if index > 0 && block.height + 16.0 <= flow.room() {
            flow.gap(8.0);
            let mut rule = Block::new(fonts);
            rule.push(Item::Stroke {
                outline: Outline::line(Pt::new(0.0, 0.3), Pt::new(content.width, 0.3)),
                color: RULE,
                width: 0.6,
                cap: super::canvas::Cap::Butt,
                dash: None,
            });
            flow.place(rule);
        }
        flow.gap(8.0);
        flow.place(block);
    }
    if prescribed.is_empty() {
        let mut block = Block::new(fonts);
        block.paragraph(
            &[Span::new(
                "None of this routine's exercises could be loaded, so there is nothing to print.",
                BODY,
            )],
            0.0,
            0.0,
            content.width,
            Align::Left,
        );
        flow.place(block);
    }
    let safety = safety_box(fonts, content.width, look);
    flow.gap(14.0);
    if safety.height > flow.room() {
        flow.new_page();
    }
    // The box sits at the foot of the last page, where people look for it.
    let room = flow.room();
    flow.gap((room - safety.height).max(0.0));
    flow.place_whole(safety);

    let mut pages = flow.finish();
    let left = format!(
        "{title} · {} · printed {}",
        who(request),
        format_date(request.date)
    );
    page_footers(&mut pages, request.paper, fonts, &left);
    Document {
        paper: request.paper,
        title: format!("{title} — exercise sheet"),
        pages,
        fonts: fonts.clone(),
    }
}

fn who(request: &SheetRequest<'_>) -> String {
    match request.doses {
        Doses::Profile(profile) => format!("for {}", profile.name),
        Doses::Intensity(level) => format!("{} doses", level.label()),
    }
}

/// Cautions every exercise of the routine carries (said once, at the top).
fn common_cautions(prescribed: &[Prescribed<'_>]) -> Vec<String> {
    let Some(first) = prescribed.first() else {
        return Vec::new();
    };
    if prescribed.len() < 2 {
        return Vec::new();
    }
    first
        .exercise
        .cautions
        .iter()
        .filter(|caution| {
            prescribed
                .iter()
                .all(|p| p.exercise.cautions.contains(caution))
        })
        .cloned()
        .collect()
}

fn header(
    request: &SheetRequest<'_>,
    prescribed: &[Prescribed<'_>],
    total: std::time::Duration,
    common: &[String],
    width: f32,
    look: &Look,
) -> Block {
    let mut block = Block::new(request.fonts);
    let title = clip_chars(&request.routine.title, MAX_TITLE_CHARS_ON_PAPER);
    let mut y = block.paragraph(&[Span::new(title, TITLE)], 0.0, 0.0, width, Align::Left);
    let whose = match request.doses {
        Doses::Profile(profile) => format!("Home exercises for {}", profile.name),
        Doses::Intensity(level) => format!("Home exercises at the {} level", level.label()),
    };
    let count = match prescribed.len() {
        1 => "1 exercise".to_string(),
        n => format!("{n} exercises"),
    };
    y = block.paragraph(
        &[Span::new(
            format!(
                "{whose} · {} · {count}, about {} in all, in this order",
                format_date(request.date),
                about_minutes(total)
            ),
            SUBTITLE,
        )],
        0.0,
        y + 1.0,
        width,
        Align::Left,
    );
    // A routine a physiotherapist handed over says whose it is.
    if let Some(origin) = request.library.routine_pack(&request.routine.id) {
        y = block.paragraph(
            &[Span::new(origin.describe(), SUBTITLE)],
            0.0,
            y + 1.0,
            width,
            Align::Left,
        );
    }
    if !common.is_empty() {
        let mut spans = vec![Span::new("For every exercise: ", look.body.bold())];
        spans.push(Span::new(common.join(" "), look.body));
        y = block.paragraph(&spans, 0.0, y + 4.0, width, Align::Left);
    }
    block.height = y + 4.0;
    block
}

/// "about 8 min": a sheet gives the length to the minute.
fn about_minutes(total: std::time::Duration) -> String {
    let minutes = (total.as_secs() + 30) / 60;
    if minutes == 0 {
        "1 min".to_string()
    } else {
        format_duration(std::time::Duration::from_secs(minutes * 60))
    }
}

/// The steps whose figure goes on paper: the starting position (the last
/// setup card, as the player starts from it) and the hold; the move when
/// there is no hold. One figure when both show the same picture.
fn key_steps(exercise: &Exercise) -> Vec<&Step> {
    let start = exercise
        .steps
        .iter()
        .rev()
        .find(|s| s.role == Role::Setup)
        .or(exercise.steps.first());
    let hold = exercise
        .steps
        .iter()
        .find(|s| s.role == Role::Hold)
        .or(exercise.steps.iter().find(|s| s.role == Role::Move));
    let mut steps: Vec<&Step> = start.into_iter().collect();
    if let Some(hold) = hold
        && !steps.iter().any(|s| s.illustration == hold.illustration)
    {
        steps.push(hold);
    }
    steps
}

/// The sides drawn, in the order the player does them (left first, see
/// `session::plan`).
fn sides_shown(exercise: &Exercise) -> Vec<Option<Side>> {
    match exercise.sides {
        Sides::None => vec![None],
        Sides::Alternate | Sides::InTurn => vec![Some(Side::Left), Some(Side::Right)],
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Left leg", "Right side" (the exercise's `limb`).
fn side_words(side: Side, limb: Limb) -> String {
    capitalised(&side_name(side, limb))
}

fn figure_column(fonts: &FontSet, library: &Library, exercise: &Exercise, look: &Look) -> Block {
    let mut block = Block::new(fonts);
    let steps = key_steps(exercise);
    let columns = steps.len().max(1);
    let column_width = look.figure_column;
    let card_height = look.card_height;
    let cell_width = (column_width - CARD_GAP * (columns as f32 - 1.0)) / columns as f32;
    let mut y = 0.0;
    for side in sides_shown(exercise) {
        if let Some(side) = side {
            y = block.paragraph(
                &[Span::new(
                    side_words(side, exercise.limb),
                    look.small.bold().color(ACCENT),
                )],
                0.0,
                y,
                column_width,
                Align::Left,
            );
        }
        let mut row_bottom = y + card_height;
        for (column, step) in steps.iter().enumerate() {
            let x = column as f32 * (cell_width + CARD_GAP);
            let area = Area::new(x, y, cell_width, card_height);
            block.push(card(area));
            // As on screen: poses are drawn for the right side, the left is
            // the mirror image.
            let mirrored = side == Some(Side::Left);
            for item in
                illustration_items(fonts, library, exercise, &step.illustration, mirrored, area)
            {
                block.push(item);
            }
            let bottom = block.paragraph(
                &[Span::new(
                    crate::words::for_side(&step.title, None).into_owned(),
                    look.small,
                )],
                x,
                y + card_height + 2.0,
                cell_width,
                Align::Center,
            );
            row_bottom = row_bottom.max(bottom);
        }
        y = row_bottom + 6.0;
    }
    block.height = (y - 6.0).max(0.0);
    block
}

fn illustration_items(
    fonts: &FontSet,
    library: &Library,
    exercise: &Exercise,
    illustration: &Illustration,
    mirrored: bool,
    area: Area,
) -> Vec<Item> {
    let inset = Area::new(
        area.x + 3.0,
        area.y + 3.0,
        area.width - 6.0,
        area.height - 6.0,
    );
    let note = |text: &str| {
        let mut block = Block::new(fonts);
        block.paragraph(
            &[Span::new(text, SMALL)],
            inset.x + 4.0,
            inset.y + inset.height / 2.0 - 10.0,
            inset.width - 8.0,
            Align::Center,
        );
        block.items
    };
    match illustration {
        Illustration::Pose(id) => match library.pose(id) {
            Some(pose) => pose_items(pose, Some(exercise.highlight), mirrored, inset),
            None => note("(no picture)"),
        },
        // The same loader and limits as the app (SVGs are drawn to pixels
        // under them too).
        Illustration::Image(_) => match library.load_image(illustration) {
            Ok(image) => image_item(&image, mirrored, inset).into_iter().collect(),
            Err(_) => note("(picture missing)"),
        },
    }
}

fn exercise_block(
    request: &SheetRequest<'_>,
    number: usize,
    item: &Prescribed<'_>,
    common: &[String],
    width: f32,
    look: &Look,
) -> Block {
    let exercise = item.exercise;
    let mut block = Block::new(request.fonts);
    let figures = figure_column(request.fonts, request.library, exercise, look);
    let text_x = look.figure_column + COLUMN_GAP;
    let text_width = width - text_x;
    block.place(figures, 0.0, 0.0);

    let mut y = block.paragraph(
        &[Span::new(
            format!(
                "{number}. {}",
                clip_chars(&exercise.title, MAX_TITLE_CHARS_ON_PAPER)
            ),
            look.heading,
        )],
        text_x,
        0.0,
        text_width,
        Align::Left,
    );
    let level = match request.doses {
        Doses::Profile(_) => {
            let exact = item.choice.hold_seconds.is_some() || item.choice.repetitions.is_some();
            if exact {
                format!("{} level, own values", item.choice.intensity.label())
            } else {
                format!("{} level", item.choice.intensity.label())
            }
        }
        Doses::Intensity(level) => format!("{} level", level.label()),
    };
    y = block.paragraph(
        &[
            Span::new(capitalised(&dose_text(exercise, &item.dose)), look.dose),
            Span::new(format!("  ·  {level}"), SUBTITLE),
        ],
        text_x,
        y + 1.0,
        text_width,
        Align::Left,
    );
    let order = side_order(exercise.sides, exercise.limb);
    if let Some(order) = order {
        y = block.paragraph(
            &[Span::new(order, look.small)],
            text_x,
            y,
            text_width,
            Align::Left,
        );
    }
    y += 4.0;
    let number_width = 14.0;
    for (index, step) in exercise.steps.iter().enumerate() {
        block.paragraph(
            &[Span::new(format!("{}.", index + 1), look.body.color(MUTED))],
            text_x,
            y,
            number_width,
            Align::Left,
        );
        y = block.paragraph(
            &[
                Span::new(
                    crate::words::for_side(&step.title, None).into_owned(),
                    look.body.bold(),
                ),
                Span::new(
                    format!(" {}", crate::words::for_side(&step.text, None)),
                    look.body,
                ),
            ],
            text_x + number_width,
            y,
            text_width - number_width,
            Align::Left,
        ) + 1.5;
    }
    let mut cautions: Vec<&str> = Vec::new();
    for caution in exercise
        .steps
        .iter()
        .filter_map(|s| s.caution.as_deref())
        .chain(exercise.cautions.iter().map(String::as_str))
    {
        let caution = caution.trim();
        if !caution.is_empty()
            && !cautions.contains(&caution)
            && !common.iter().any(|c| c.trim() == caution)
        {
            cautions.push(caution);
        }
    }
    if !cautions.is_empty() {
        y += 2.0;
    }
    for caution in cautions {
        y = block.paragraph(
            &[
                Span::new("Take care: ", look.body.bold().color(CAUTION)),
                Span::new(caution, look.body.color(CAUTION)),
            ],
            text_x,
            y,
            text_width,
            Align::Left,
        );
    }
    for variation in &exercise.variations {
        y = block.paragraph(
            &[
                Span::new(
                    format!("Variation, {}: ", variation.title.to_lowercase()),
                    look.small.bold(),
                ),
                Span::new(
                    crate::words::for_side(&variation.text, None).into_owned(),
                    look.small,
                ),
            ],
            text_x,
            y + 2.0,
            text_width,
            Align::Left,
        );
    }
    block.height = block.height.max(y);
    block
}

/// The safety basics and the red flags, from `crate::safety` (the one
/// place that wording lives).
fn safety_box(fonts: &FontSet, width: f32, look: &Look) -> Block {
    const PAD: f32 = 8.0;
    const GAP: f32 = 8.0;
    let heading = look.small.bold().color(INK).size(look.small.size + 0.7);
    let point = look.small.color(INK);
    let mut block = Block::new(fonts);
    let intro_bottom = block.paragraph(
        &[Span::new(safety::INTRO, look.small)],
        0.0,
        0.0,
        width,
        Align::Left,
    );
    let top = intro_bottom + 5.0;
    let sections = [
        (safety::START_GENTLY, false),
        (safety::STOP_OR_EASE_OFF, false),
        (safety::EMERGENCY, true),
        (safety::SEE_A_DOCTOR_SOON, true),
    ];
    // The red flags get a little more room: their headings are the longest.
    let usable = width - 3.0 * GAP;
    let widths = [usable * 0.22, usable * 0.22, usable * 0.28, usable * 0.28];
    let mut columns = Vec::new();
    for ((section, urgent), column_width) in sections.into_iter().zip(widths) {
        let mut column = Block::new(fonts);
        let color = if urgent { URGENT } else { INK };
        let mut y = column.paragraph(
            &[Span::new(section.heading, heading.color(color))],
            PAD,
            PAD - 2.0,
            column_width - 2.0 * PAD,
            Align::Left,
        ) + 2.0;
        for text in section.points {
            column.paragraph(&[Span::new("•", point)], PAD, y, 8.0, Align::Left);
            y = column.paragraph(
                &[Span::new(*text, point)],
                PAD + 8.0,
                y,
                column_width - 2.0 * PAD - 8.0,
                Align::Left,
            ) + 1.0;
        }
        column.height = y + PAD - 2.0;
        columns.push((column, urgent, column_width));
    }
    let height = columns.iter().map(|(c, _, _)| c.height).fold(0.0, f32::max);
    let mut x = 0.0;
    for (column, urgent, column_width) in columns {
        block.push(Item::Fill {
            outline: Outline::rounded_rect(Area::new(x, top, column_width, height), 6.0),
            color: if urgent { URGENT_BOX } else { BOX },
            opacity: 1.0,
        });
        block.place(column, x, top);
        x += column_width + GAP;
    }
    // Said with the red flags wherever they are shown.
    let note_x = widths[0] + widths[1] + 2.0 * GAP;
    let bottom = block.paragraph(
        &[Span::new(
            safety::RED_FLAGS_NOTE,
            point.bold().color(URGENT),
        )],
        note_x,
        top + height + 3.0,
        width - note_x,
        Align::Left,
    );
    block.height = bottom;
    block
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::ExerciseChoice;

    fn library() -> Library {
        let (library, problems) = Library::shipped();
        assert!(problems.is_empty(), "{problems:?}");
        library
    }

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 2).expect("a date")
    }

    fn sheet(library: &Library, routine: &str, doses: Doses<'_>, paper: Paper) -> Document {
        let routine = library.routine(routine).expect("shipped routine");
        routine_sheet(&SheetRequest {
            library,
            routine,
            doses,
            date: date(),
            paper,
            fonts: &crate::paper::font::tests::fonts(),
        })
    }

    /// Nothing outside the margins, no text on other text (see
    /// `paper::tests::assert_tidy`), and no text on a figure card, no card
    /// on another.
    fn assert_tidy(document: &Document) {
        super::super::tests::assert_tidy(document);
        for (number, page) in document.pages.iter().enumerate() {
            let texts: Vec<Area> = page
                .items
                .iter()
                .filter(|i| matches!(i, Item::Text(_)))
                .map(Item::bounds)
                .collect();
            let cards: Vec<Area> = page
                .items
                .iter()
                .filter(|i| {
                    matches!(i, Item::Fill { color, .. } if *color == super::super::figure::CARD)
                        && i.bounds().width > 30.0
                })
                .map(Item::bounds)
                .collect();
            assert!(!cards.is_empty() || number > 0, "no figures on page 1");
            for text in &texts {
                for card in &cards {
                    assert!(
                        !text.overlaps(card),
                        "page {}: text {text:?} on a figure",
                        number + 1
                    );
                }
            }
            for (i, a) in cards.iter().enumerate() {
                for b in &cards[i + 1..] {
                    assert!(
                        !a.overlaps(b),
                        "page {}: figures {a:?} and {b:?}",
                        number + 1
                    );
                }
            }
        }
    }

    #[test]
    fn lower_back_fits_one_a4_page_with_everything_on_it() {
        let library = library();
        let profile = Profile::new("anna", "Anna");
        let document = sheet(&library, "lower-back", Doses::Profile(&profile), Paper::A4);
        assert_eq!(document.pages.len(), 1);
        assert_tidy(&document);
        let text = document.text().replace('\n', " ");
        for expected in [
            "Lower back",
            "Home exercises for Anna",
            "2 June 2025",
            "1. Press-up on forearms",
            "Hold 15 s × 3",
            "2. Knee to chest",
            "Hold 15 s × 2 each leg",
            "Left leg",
            "Right leg",
            "Keep your hips and pelvis down on the floor.",
            "For every exercise:",
            safety::EMERGENCY.heading,
            safety::SEE_A_DOCTOR_SOON.heading,
            safety::RED_FLAGS_NOTE,
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        for point in safety::START_GENTLY
            .points
            .iter()
            .chain(safety::STOP_OR_EASE_OFF.points)
            .chain(safety::EMERGENCY.points)
            .chain(safety::SEE_A_DOCTOR_SOON.points)
        {
            // Points wrap over lines; every word is there in order.
            assert!(text.contains(point), "safety point missing: {point}");
        }
        // Said once at the top, not under every exercise.
        assert_eq!(text.matches("If it hurts, lower the intensity.").count(), 1);
    }

    #[test]
    fn the_profile_dose_and_the_left_figure_mirrored() {
        let library = library();
        let mut profile = Profile::new("anna", "Anna");
        profile.exercises.insert(
            "knee-to-chest".into(),
            ExerciseChoice {
                intensity: Intensity::Strong,
                hold_seconds: Some(25),
                repetitions: None,
                variation: None,
            },
        );
        let document = sheet(
            &library,
            "lower-back",
            Doses::Profile(&profile),
            Paper::Letter,
        );
        assert_tidy(&document);
        let text = document.text();
        assert!(text.contains("Hold 25 s × 4 each leg"), "{text}");
        assert!(text.contains("Strong level, own values"), "{text}");
        let standard = sheet(
            &library,
            "lower-back",
            Doses::Intensity(Intensity::Standard),
            Paper::A4,
        );
        assert!(
            standard.text().contains("Hold 23 s × 4"),
            "{}",
            standard.text()
        );
        assert!(standard.text().contains("at the Standard level"));
    }

    #[test]
    fn the_full_routine_flows_onto_a_second_page_cleanly() {
        let library = library();
        let profile = Profile::new("me", "Me");
        for paper in [Paper::A4, Paper::Letter] {
            let document = sheet(&library, "full", Doses::Profile(&profile), paper);
            assert!(document.pages.len() >= 2, "{paper:?}");
            assert_tidy(&document);
            let text = document.text();
            let pages = document.pages.len();
            assert!(text.contains(&format!("Page {pages} of {pages}")), "{text}");
            for exercise in library.exercises() {
                assert_eq!(
                    text.matches(&format!(". {}\n", exercise.title)).count(),
                    1,
                    "{} once",
                    exercise.title
                );
            }
            // The safety box is on the last page.
            let last = text.split('\u{c}').rfind(|p| !p.is_empty()).unwrap_or("");
            let last = last.replace('\n', " ");
            assert!(last.contains(safety::EMERGENCY.heading), "{last}");
        }
    }
}
