//! The routine sheet a person takes home or pins up: title and date, each
//! exercise with the figures of its key steps, its short steps, cautions
//! and this person's dose, and the safety basics and red flags at the foot
//! of the last page.

use chrono::NaiveDate;

use super::canvas::{Area, Document, Item, Outline, Paper, Pt};
use super::figure::{card, image_item, movement_items, pose_items};
use super::font::FontSet;
use super::layout::{Align, Block, Flow, Span, Style, clip_chars, lead_in, run_on, set_off};
use super::style::{
    ACCENT, BODY, BOX, CAUTION, DOSE, FOOTER, HEADING, INK, MARGIN, MUTED, RULE, SMALL, SUBTITLE,
    TITLE, URGENT, URGENT_BOX,
};
use super::{MAX_TITLE_CHARS_ON_PAPER, format_date, page_footers};
use crate::content::Library;
use crate::content::schema::{Exercise, Illustration, Limb, Role, Routine, Sides, Step};
use crate::dose::Intensity;
use crate::guidance::safety::{self, EmergencyNumber};

use crate::prescription::{self, Prescribed};
use crate::profile::{Profile, Settings};
use crate::session::phases::Side;
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
    /// The number the safety box says to call (this computer's region's:
    /// `EmergencyNumber::of_this_system()`).
    pub emergency: EmergencyNumber,
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

/// Tighter still: the smallest type a sheet read at arm's length keeps.
const TIGHT: Look = Look {
    body: BODY.size(9.0),
    small: SMALL.size(8.0),
    heading: HEADING.size(12.0),
    dose: DOSE.size(10.6),
    figure_column: 176.0,
    card_height: 48.0,
};

/// The last resort before a second page: smaller type and figures (a
/// wider typeface than the app's, or a routine a little longer).
const SMALLEST: Look = Look {
    body: BODY.size(8.6),
    small: SMALL.size(7.6),
    heading: HEADING.size(11.5),
    dose: DOSE.size(10.2),
    figure_column: 168.0,
    card_height: 46.0,
};

/// Lays out the routine sheet: on one page if it fits (tightening the
/// layout a little if that is what it takes), else over as many pages as
/// it needs, each exercise whole.
pub fn routine_sheet(request: &SheetRequest<'_>) -> Document {
    let regular = sheet_with(request, &REGULAR);
    // The tighter looks save a quarter of the height at most: only a sheet
    // that just spills onto a second page can come back to one (a long
    // routine is laid out once, not four times).
    if regular.pages.len() == 2 {
        for look in [&COMPACT, &TIGHT, &SMALLEST] {
            let tighter = sheet_with(request, look);
            if tighter.pages.len() == 1 {
                return tighter;
            }
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
    let left_out: Vec<&Exercise> = match request.doses {
        Doses::Profile(profile) => {
            prescription::left_out(request.library, request.routine, profile)
        }
        Doses::Intensity(_) => Vec::new(),
    };
    let mut flow = Flow::new(content);
    let common = common_advice(&prescribed);
    flow.place(header(
        request,
        &prescribed,
        &left_out,
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
            &[Span::new(crate::t!("paper-sheet-nothing-to-print"), BODY)],
            0.0,
            0.0,
            content.width,
            Align::Left,
        );
        flow.place(block);
    }
    let safety = safety_box(fonts, content.width, look, request.emergency);
    flow.gap(8.0);
    if safety.height > flow.room() {
        flow.new_page();
    }
    // The box sits at the foot of the last page, where people look for it.
    let room = flow.room();
    flow.gap((room - safety.height).max(0.0));
    flow.place_whole(safety);

    let mut pages = flow.finish();
    let left = crate::t!(
        "paper-sheet-footer",
        routine = title.as_ref(),
        who = who(request),
        date = format_date(request.date)
    );
    page_footers(&mut pages, request.paper, fonts, &left);
    Document {
        paper: request.paper,
        title: crate::t!("paper-sheet-title", routine = title.as_ref()),
        pages,
        fonts: fonts.clone(),
    }
}

/// A bold label before its text ("Tip: "): the message, then a space.
fn label(id: &str) -> String {
    lead_in(&crate::i18n::tr(id))
}

fn who(request: &SheetRequest<'_>) -> String {
    match request.doses {
        Doses::Profile(profile) => crate::t!("paper-sheet-for", profile = profile.name.as_str()),
        Doses::Intensity(level) => crate::t!("paper-sheet-level-doses", level = level.name()),
    }
}

/// Tips and cautions every exercise of the routine carries (said once, at
/// the top).
#[derive(Debug, Default)]
struct Common {
    tips: Vec<String>,
    cautions: Vec<String>,
}

impl Common {
    fn is_empty(&self) -> bool {
        self.tips.is_empty() && self.cautions.is_empty()
    }

    fn contains(&self, text: &str) -> bool {
        self.tips
            .iter()
            .chain(&self.cautions)
            .any(|c| c.trim() == text.trim())
    }
}

fn common_advice(prescribed: &[Prescribed<'_>]) -> Common {
    let (Some(first), true) = (prescribed.first(), prescribed.len() >= 2) else {
        return Common::default();
    };
    let shared = |of: fn(&Exercise) -> &Vec<String>| -> Vec<String> {
        of(first.exercise)
            .iter()
            .filter(|text| prescribed.iter().all(|p| of(p.exercise).contains(text)))
            .cloned()
            .collect()
    };
    Common {
        tips: shared(|e| &e.tips),
        cautions: shared(|e| &e.cautions),
    }
}

fn header(
    request: &SheetRequest<'_>,
    prescribed: &[Prescribed<'_>],
    left_out: &[&Exercise],
    total: std::time::Duration,
    common: &Common,
    width: f32,
    look: &Look,
) -> Block {
    let mut block = Block::new(request.fonts);
    let mut y = block.paragraph(
        &[Span::new(
            clip_chars(&request.routine.title, MAX_TITLE_CHARS_ON_PAPER),
            TITLE,
        )],
        0.0,
        0.0,
        width,
        Align::Left,
    );
    let whose = match request.doses {
        Doses::Profile(profile) => {
            crate::t!("paper-sheet-whose-profile", profile = profile.name.as_str())
        }
        Doses::Intensity(level) => crate::t!("paper-sheet-whose-level", level = level.name()),
    };
    y = block.paragraph(
        &[Span::new(
            crate::t!(
                "paper-sheet-subtitle",
                whose = whose,
                date = format_date(request.date),
                exercises = prescribed.len(),
                length = about_minutes(total)
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
    if !left_out.is_empty() {
        let titles: Vec<&str> = left_out.iter().map(|e| e.title.as_str()).collect();
        y = block.paragraph(
            &[
                Span::new(label("paper-sheet-left-out"), look.body.bold()),
                Span::new(
                    crate::t!("paper-sheet-left-out-which", exercises = titles.join(", ")),
                    look.body,
                ),
            ],
            0.0,
            y + 4.0,
            width,
            Align::Left,
        );
    }
    if !common.is_empty() {
        let mut spans = vec![Span::new(
            label("paper-sheet-every-exercise"),
            look.body.bold(),
        )];
        let mut words: Vec<&str> = common.tips.iter().map(String::as_str).collect();
        words.extend(common.cautions.iter().map(String::as_str));
        spans.push(Span::new(run_on(words), look.body));
        y = block.paragraph(&spans, 0.0, y + 4.0, width, Align::Left);
    }
    block.height = y + 4.0;
    block
}

/// "about 8 min": a sheet gives the length to the minute.
fn about_minutes(total: std::time::Duration) -> String {
    let minutes = (total.as_secs() + 30) / 60;
    if minutes == 0 {
        format_duration(std::time::Duration::from_secs(60))
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
/// `session::phases`).
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
            // The hold drawn as the movement into it: over a ghost of the
            // start, with the arrow.
            let moved_from = exercise
                .movements(None)
                .into_iter()
                .find(|m| m.role == Role::Move && m.to == step.illustration)
                .map(|m| m.from);
            for item in illustration_items(
                fonts,
                library,
                exercise,
                &step.illustration,
                moved_from.as_ref(),
                mirrored,
                area,
            ) {
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
    moved_from: Option<&Illustration>,
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
        Illustration::Pose(id) => {
            let start = match moved_from {
                Some(Illustration::Pose(from)) => library.pose(from),
                _ => None,
            };
            match (library.pose(id), start) {
                (Some(pose), Some(start)) => {
                    movement_items(start, pose, Some(exercise.highlight), mirrored, inset)
                }
                (Some(pose), None) => pose_items(pose, Some(exercise.highlight), mirrored, inset),
                (None, _) => note(&crate::t!("paper-sheet-no-picture")),
            }
        }
        // The same loader and limits as the app (SVGs are drawn to pixels
        // under them too).
        Illustration::Image(_) => match library.load_image(illustration) {
            Ok(image) => image_item(&image, mirrored, inset).into_iter().collect(),
            Err(_) => note(&crate::t!("paper-sheet-picture-missing")),
        },
    }
}

fn exercise_block(
    request: &SheetRequest<'_>,
    number: usize,
    item: &Prescribed<'_>,
    common: &Common,
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
            let level = item.choice.intensity.name();
            if exact {
                crate::t!("paper-sheet-level-own-values", level = level)
            } else {
                crate::t!("paper-sheet-level", level = level)
            }
        }
        Doses::Intensity(level) => crate::t!("paper-sheet-level", level = level.name()),
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
    // A sided exercise's steps read for the side it starts on (the left),
    // as the line above says.
    let first_side = match exercise.sides {
        Sides::None => None,
        Sides::Alternate | Sides::InTurn => Some(Side::Left),
    };
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
                    crate::words::for_side(&step.title, first_side).into_owned(),
                    look.body.bold(),
                ),
                Span::new(
                    format!(" {}", crate::words::for_side(&step.text, first_side)),
                    look.body,
                ),
            ],
            text_x + number_width,
            y,
            text_width - number_width,
            Align::Left,
        ) + 1.5;
    }
    let mut cautions: Vec<String> = Vec::new();
    for caution in exercise
        .steps
        .iter()
        .filter_map(|s| s.caution.as_deref())
        .chain(exercise.cautions.iter().map(String::as_str))
    {
        let caution = crate::words::for_side(caution.trim(), first_side).into_owned();
        if !caution.is_empty() && !cautions.contains(&caution) && !common.contains(&caution) {
            cautions.push(caution);
        }
    }
    // The cautions in one paragraph, after the warning word.
    if !cautions.is_empty() {
        y = block.paragraph(
            &[
                Span::new(
                    label("paper-sheet-take-care"),
                    look.body.bold().color(CAUTION),
                ),
                Span::new(
                    run_on(cautions.iter().map(AsRef::as_ref)),
                    look.body.color(CAUTION),
                ),
            ],
            text_x,
            y + 2.0,
            text_width,
            Align::Left,
        );
    }
    // General tips, quieter than the cautions.
    let tips: Vec<String> = exercise
        .tips
        .iter()
        .filter(|tip| !tip.trim().is_empty() && !common.contains(tip))
        .map(|tip| crate::words::for_side(tip.trim(), first_side).into_owned())
        .collect();
    if !tips.is_empty() {
        y = block.paragraph(
            &[
                Span::new(label("paper-sheet-tip"), look.body.bold()),
                Span::new(run_on(tips.iter().map(AsRef::as_ref)), look.body),
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
                    format!(
                        "{} ",
                        crate::t!(
                            "paper-sheet-variation",
                            variation = request
                                .library
                                .variation_title(exercise.id.as_str(), &variation.title)
                        )
                    ),
                    look.small.bold(),
                ),
                Span::new(
                    crate::words::for_side(&variation.text, first_side).into_owned(),
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
/// place that wording lives), with how to get emergency help: a box of the
/// everyday advice and a box of the red flags, full width, each section a
/// run of bulleted sentences after its heading (the red flags are long
/// lists: run on, they leave the exercises their page).
fn safety_box(fonts: &FontSet, width: f32, look: &Look, emergency: EmergencyNumber) -> Block {
    const PAD: f32 = 8.0;
    const GAP: f32 = 6.0;
    let point = look.small.color(INK);
    let mut block = Block::new(fonts);
    // One section: its heading in bold, then its points, each after a
    // bullet; the emergency group ends with how to get help.
    let section = |section: &safety::Section, color| {
        let mut spans = vec![Span::new(
            lead_in(&crate::t!(
                "paper-section-heading",
                heading = section.heading()
            )),
            point.bold().color(color),
        )];
        spans.push(Span::new(
            run_on(section.points().iter().map(AsRef::as_ref)),
            point,
        ));
        if section.urgency == safety::Urgency::Emergency {
            spans.push(Span::new(
                set_off(&emergency.get_help()),
                point.bold().color(URGENT),
            ));
        }
        spans
    };
    let mut top = 0.0;
    let boxes: [(&[safety::Section], bool); 2] = [
        (&[safety::START_GENTLY, safety::STOP_OR_EASE_OFF], false),
        (&safety::RED_FLAGS, true),
    ];
    for (sections, urgent) in boxes {
        let color = if urgent { URGENT } else { INK };
        let mut inner = Block::new(fonts);
        let mut y = PAD - 2.0;
        // Why move, and what this is not, first.
        if !urgent {
            y = inner.paragraph(
                &[Span::new(
                    run_on([safety::moving_helps().as_str(), safety::intro().as_str()]),
                    point,
                )],
                PAD,
                y,
                width - 2.0 * PAD,
                Align::Left,
            ) + 3.0;
        }
        for (index, part) in sections.iter().enumerate() {
            if index > 0 {
                y += 3.0;
            }
            let mut spans = section(part, color);
            // Said with the red flags wherever they are shown: after them.
            if urgent && index + 1 == sections.len() {
                spans.push(Span::new(
                    set_off(&safety::red_flags_note()),
                    point.bold().color(URGENT),
                ));
            }
            y = inner.paragraph(&spans, PAD, y, width - 2.0 * PAD, Align::Left);
        }
        let height = y + PAD - 2.0;
        block.push(Item::Fill {
            outline: Outline::rounded_rect(Area::new(0.0, top, width, height), 6.0),
            color: if urgent { URGENT_BOX } else { BOX },
            opacity: 1.0,
        });
        block.place(inner, 0.0, top);
        top += height + GAP;
    }
    block.height = top - GAP;
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
            emergency: EmergencyNumber::for_locale("en_GB"),
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
        // One page with the app's typeface (tests/paper_pdf.rs prints it);
        // these tests lay out with whatever sans the machine has.
        assert!(document.pages.len() <= 2, "{} pages", document.pages.len());
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
            &safety::EMERGENCY.heading(),
            &safety::SEE_A_DOCTOR_SOON.heading(),
            &safety::red_flags_note(),
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        for point in safety::START_GENTLY
            .points()
            .into_iter()
            .chain(safety::STOP_OR_EASE_OFF.points())
            .chain(safety::EMERGENCY.points())
            .chain(safety::SEE_A_DOCTOR_SOON.points())
        {
            // Points wrap over lines; every word is there in order.
            assert!(text.contains(&point), "safety point missing: {point}");
        }
        // Said once at the top, not under every exercise.
        assert_eq!(text.matches("If it hurts, lower the intensity.").count(), 1);
        // How to get help, with the emergency group; why moving helps.
        assert!(text.contains("Call 999 or go to an emergency department now."));
        assert!(text.contains(&safety::moving_helps()), "{text}");
        // The steps read for the side the sheet says comes first.
        assert!(text.contains("Left and right leg in turn, starting on the left."));
        assert!(
            text.contains("Draw your left knee up towards your chest"),
            "{text}"
        );
        assert!(!text.contains("Draw your right knee"), "{text}");
        // Letter is shorter: tidy there too, the safety box whole on the
        // last page (one page with the app's typeface; a wider one may
        // need a second).
        let letter = sheet(
            &library,
            "lower-back",
            Doses::Profile(&profile),
            Paper::Letter,
        );
        assert_tidy(&letter);
        let last = letter
            .text()
            .split('\u{c}')
            .rfind(|p| !p.is_empty())
            .unwrap_or("")
            .replace('\n', " ");
        assert!(last.contains(&safety::red_flags_note()), "{last}");
    }

    #[test]
    fn an_exercise_left_out_is_named_not_printed() {
        let library = library();
        let mut profile = Profile::new("anna", "Anna");
        profile.left_out.insert("partial-crunch".into());
        let document = sheet(&library, "lower-back", Doses::Profile(&profile), Paper::A4);
        assert_tidy(&document);
        let text = document.text().replace('\n', " ");
        assert!(text.contains("2 exercises"), "{text}");
        assert!(!text.contains("3. Partial crunch"), "{text}");
        assert!(text.contains("Left out for now: Partial crunch"), "{text}");
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
            assert!(last.contains(&safety::EMERGENCY.heading()), "{last}");
        }
    }
}
