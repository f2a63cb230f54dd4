//! Every screen in the pseudo-language (`en-XA`: each message accented,
//! about 40 % longer and in brackets) at the largest text size, in the
//! window as it opens and at 1024×600. A text drawn on screen fails the
//! test when
//!
//! - it escaped the catalogues: letters outside any `[…]` that are not the
//!   content's own words (titles, steps: the content has translations of
//!   its own) or a profile's name;
//! - it is cut: a bracket without its partner, a word wider than the room
//!   it was given, or a text running out of the window or clipped by
//!   anything but a scroll area;
//! - it overlaps another text.
//!
//! The language is the process's, so this is a binary of its own.

mod common;

use std::fs;
use std::sync::{Arc, Mutex};

use common::{named, open_app, press, send, shipped_app, skip_to_the_end};
use iced::keyboard::key::Named;
use iced::{Rectangle, Size};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use limber::ui::screen::{builder, finish, plan, settings};
use limber::ui::{App, Message, Screen};
use limber_core::content::Library;
use limber_core::i18n::{self, Choice};
use limber_core::profile::{Store, TextSize};

/// The window as it opens (`ui::window_settings`).
const OPENED: Size = Size::new(1280.0, 680.0);
/// The smallest screen the app is made for.
const SMALL: Size = Size::new(1024.0, 600.0);

/// Screens the tour passes that are not checked yet. The player's words
/// move to the catalogues with its rework: it joins by leaving this list.
const NOT_YET: &[&str] = &[];

/// One text as laid out: what it says, where, and what of it is seen.
#[derive(Debug, Clone)]
struct Drawn {
    content: String,
    bounds: Rectangle,
    visible: Option<Rectangle>,
}

/// The texts and the scroll areas of `app`'s view in a window of `size`.
fn laid_out(app: &App, size: Size) -> (Vec<Drawn>, Vec<Rectangle>) {
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    type Found = (Vec<Drawn>, Vec<Rectangle>);
    let found: Arc<Mutex<Found>> = Arc::default();
    let into = found.clone();
    // A selector that never settles sees every widget of the tree.
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let mut found = into.lock().expect("found");
        match candidate {
            Candidate::Text {
                bounds,
                visible_bounds,
                content,
                ..
            } => found.0.push(Drawn {
                content: content.to_owned(),
                bounds,
                visible: visible_bounds,
            }),
            Candidate::Scrollable {
                visible_bounds: Some(visible),
                ..
            } => found.1.push(visible),
            _ => {}
        }
        None
    });
    let found = found.lock().expect("found");
    found.clone()
}

/// The parts of `text` outside brackets (nested brackets count), or
/// `Err` when a bracket has no partner.
fn outside_brackets(text: &str) -> Result<Vec<String>, String> {
    let mut depth = 0usize;
    let mut parts = vec![String::new()];
    for c in text.chars() {
        match c {
            '[' => {
                depth += 1;
                parts.push(String::new());
            }
            ']' => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| "a ] without its [".to_owned())?;
            }
            _ if depth == 0 => parts.last_mut().expect("a part").push(c),
            _ => {}
        }
    }
    if depth > 0 {
        return Err("a [ without its ]: the message is cut".to_owned());
    }
    Ok(parts
        .into_iter()
        .map(|part| part.trim().to_owned())
        .filter(|part| !part.is_empty())
        .collect())
}

/// Whether `part` has a word (two letters or more in a row): single
/// letters, digits and signs are keys, numbers and punctuation.
fn has_a_word(part: &str) -> bool {
    let mut run = 0;
    for c in part.chars() {
        if c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The content's own texts (not the catalogues'), and the profiles'
/// names: the words a screen may show as they are.
fn own_words(app: &App) -> Vec<String> {
    let library = app.library();
    let mut words: Vec<String> = Vec::new();
    for area in library.areas() {
        words.extend([area.title.clone(), area.description.clone()]);
    }
    for routine in library.routines() {
        words.extend([routine.title.clone(), routine.description.clone()]);
        words.push(routine.id.to_string());
    }
    for exercise in library.exercises() {
        words.extend([exercise.title.clone(), exercise.summary.clone()]);
        words.push(exercise.id.to_string());
        words.extend(exercise.cautions.iter().cloned());
        words.extend(exercise.tips.iter().cloned());
        for step in &exercise.steps {
            words.extend([step.title.clone(), step.text.clone()]);
            words.extend(step.caution.iter().cloned());
        }
        for variation in &exercise.variations {
            words.extend([variation.title.clone(), variation.text.clone()]);
        }
    }
    words.extend(app.profiles().iter().map(|profile| profile.name.clone()));
    // A sided text names the side through the catalogue (`{side}` is a
    // bracketed message in the pseudo-language): what is outside the
    // brackets is a piece of the content's sentence.
    words
        .into_iter()
        .flat_map(|text| {
            text.split(['{', '}'])
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|piece| has_a_word(piece))
        .collect()
}

fn overlap(a: Rectangle, b: Rectangle) -> f32 {
    let w = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let h = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
}

/// With `LIMBER_PSEUDO_SHOTS=<folder>`, the screen as checked, for a person
/// to look at: `<folder>/<screen>-<width>x<height>-tiny-skia.png`.
fn shoot(app: &App, screen: &str, size: Size) {
    let Some(folder) = std::env::var_os("LIMBER_PSEUDO_SHOTS") else {
        return;
    };
    let path =
        std::path::Path::new(&folder).join(format!("{screen}-{}x{}.png", size.width, size.height));
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let snapshot = ui
        .snapshot(&limber::ui::style::theme(false))
        .expect("snapshot");
    let _ = snapshot.matches_image(&path);
}

/// What is wrong with the texts of `app`'s screen in a window of `size`.
fn problems_of(app: &App, size: Size, own: &[String], overlaps: bool) -> Vec<String> {
    let (texts, scrolls) = laid_out(app, size);
    // Each text on a screen with room for everything: how high one line is.
    let window = Rectangle::new(iced::Point::ORIGIN, size);
    let mut problems = Vec::new();
    let shown: Vec<&Drawn> = texts
        .iter()
        .filter(|text| {
            !text.content.trim().is_empty()
                && text
                    .visible
                    .is_some_and(|visible| visible.width > 0.5 && visible.height > 0.5)
        })
        .collect();
    for text in &shown {
        let said = &text.content;
        // A run of the content's own cautions, each after a warning sign
        // (the player's run-on cautions), is the content's words.
        let warned: Vec<&str> = said
            .split('⚠')
            .map(str::trim)
            .filter(|piece| !piece.is_empty())
            .collect();
        let run_of_own = said.contains('⚠')
            && !warned.is_empty()
            && warned
                .iter()
                .all(|piece| own.iter().any(|own| own.trim() == *piece));
        // Escaped the catalogues.
        match outside_brackets(said) {
            _ if run_of_own => {}
            Err(cut) => problems.push(format!("{said:?}: {cut}")),
            Ok(parts) => {
                for part in parts.iter().filter(|part| has_a_word(part)) {
                    let whole = parts.len() == 1 && !said.contains('[');
                    let content = if whole {
                        own.iter().any(|own| own.trim() == part.as_str())
                    } else {
                        own.iter().any(|own| own.contains(part.as_str()))
                    };
                    if !content {
                        problems.push(format!("{said:?}: {part:?} is not from the catalogues"));
                    }
                }
            }
        }
        // Cut: out of the window, or clipped other than by a scroll area.
        let bounds = text.bounds;
        let visible = text.visible.expect("shown");
        let clipped =
            (visible.width + 0.5 < bounds.width) || (visible.height + 0.5 < bounds.height);
        let by_a_scroll = scrolls.iter().any(|scroll| {
            let edge = |a: f32, b: f32| (a - b).abs() < 1.0;
            edge(visible.y, scroll.y)
                || edge(visible.y + visible.height, scroll.y + scroll.height)
                || edge(visible.x, scroll.x)
                || edge(visible.x + visible.width, scroll.x + scroll.width)
        });
        if bounds.x + bounds.width > window.width + 0.5 || bounds.x < -0.5 {
            problems.push(format!("{said:?} runs out of the window: {bounds:?}"));
        } else if clipped && !by_a_scroll {
            problems.push(format!(
                "{said:?} is clipped to {visible:?} of {bounds:?}, not by a scroll area"
            ));
        }
        // Squeezed: its longest word wider than the room it has.
        // The size it is drawn at, from its box: a text of `chars` letters
        // (about half an em each) on `lines` lines of 1.3 em in a box
        // `width` wide and `height` high has lines² ≈ 0.385 · chars ·
        // height / width, whether it is one line, a paragraph, or a word
        // broken over lines.
        let chars = said.chars().count().max(1) as f32;
        let lines = (0.385 * chars * bounds.height / bounds.width.max(1.0))
            .sqrt()
            .round()
            .max(1.0);
        let em = bounds.height / (1.3 * lines);
        let longest = said
            .split_whitespace()
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0);
        let least = longest as f32 * 0.4 * em;
        // (Below four letters the glyphs' own widths vary too much: "•".)
        if longest >= 4 && bounds.width + 1.0 < least {
            problems.push(format!(
                "{said:?} has {:.0} px for a word of {longest} letters (about {least:.0} px)",
                bounds.width
            ));
        }
    }
    if overlaps {
        for (index, a) in shown.iter().enumerate() {
            for b in &shown[index + 1..] {
                let (va, vb) = (a.visible.expect("shown"), b.visible.expect("shown"));
                if overlap(va, vb) > 4.0 {
                    problems.push(format!(
                        "{:?} at {va:?} overlaps {:?} at {vb:?}",
                        a.content, b.content
                    ));
                }
            }
        }
    }
    problems
}

/// Goes through every screen at the largest text, calling `visit` with
/// each screen's name (the same tour as `ui_small_windows`, with the
/// builder, the visit report's form and the keys sheets).
fn tour(mut visit: impl FnMut(&App, &str)) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    visit(&app, "safety");
    named(&mut app, Named::Enter);

    press(&mut app, "s");
    send(
        &mut app,
        vec![Message::Settings(settings::Message::TextSize(
            TextSize::Larger,
        ))],
    );
    assert_eq!(app.profile().settings.text_size, TextSize::Larger);
    visit(&app, "settings");
    press(&mut app, "?");
    visit(&app, "keys-settings");
    named(&mut app, Named::Escape);
    named(&mut app, Named::Escape);

    visit(&app, "home");
    press(&mut app, "?");
    visit(&app, "keys-home");
    named(&mut app, Named::Escape);

    press(&mut app, "1");
    visit(&app, "routine");
    named(&mut app, Named::Enter);
    visit(&app, "player");
    skip_to_the_end(&mut app);
    assert!(
        matches!(app.screen(), Screen::Finish(_)),
        "the routine ended"
    );
    visit(&app, "finish");
    named(&mut app, Named::Enter);

    // "This hurts" and a high rating: the longest Finish screen.
    press(&mut app, "2");
    named(&mut app, Named::Enter);
    press(&mut app, "h");
    send(
        &mut app,
        vec![Message::Finish(finish::Message::PainAfter(9))],
    );
    visit(&app, "finish-this-hurts");
    named(&mut app, Named::Enter);

    press(&mut app, "h");
    visit(&app, "history");
    press(&mut app, "v");
    visit(&app, "history-visit-report");
    named(&mut app, Named::Escape);
    named(&mut app, Named::Escape);
    press(&mut app, "e");
    visit(&app, "exercises");
    named(&mut app, Named::Escape);
    press(&mut app, "p");
    visit(&app, "plan");
    // A routine on the plan: its days, time and the question to take it off.
    send(
        &mut app,
        vec![
            Message::Plan(plan::Message::Add("lower-back".into())),
            Message::Plan(plan::Message::AskRemove("lower-back".into())),
        ],
    );
    assert!(
        app.planned()
            .plan()
            .is_some_and(|plan| plan.get("lower-back").is_some()),
        "the routine is on the plan"
    );
    visit(&app, "plan-with-a-routine");
    named(&mut app, Named::Escape);
    // Home with a plan: what is planned today.
    visit(&app, "home-with-a-plan");
    press(&mut app, "n");
    visit(&app, "builder");
    // An exercise in the new routine: its row, steppers and versions, then
    // the question before leaving.
    send(
        &mut app,
        vec![
            Message::Builder(builder::Message::Add("knee-to-chest".into())),
            Message::Builder(builder::Message::Hold(0, true)),
        ],
    );
    visit(&app, "builder-with-an-exercise");
    named(&mut app, Named::Escape);
    assert!(matches!(app.screen(), Screen::Builder(_)), "asked first");
    visit(&app, "builder-leave-question");
    send(&mut app, vec![Message::Builder(builder::Message::Leave)]);
    assert!(matches!(app.screen(), Screen::Home(_)));
    press(&mut app, "f");
    visit(&app, "safety-again");
    named(&mut app, Named::Escape);
    assert!(matches!(app.screen(), Screen::Home(_)), "back Home");
}

/// The screen shown for a profile a newer Limber wrote.
fn newer_screen() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let (mut store, _) = Store::open(dir.path()).expect("store");
        store.set_safety_seen().expect("safety seen");
        let anna = store.create("Anna").expect("create");
        store.switch(&anna.id).expect("switch");
    }
    let future = "(version: 4, profile: (id: \"anna\", name: \"Anna\", hologram: true))\n";
    fs::write(dir.path().join("profiles/anna.ron"), future).expect("a newer profile");
    let (store, notices) = Store::open(dir.path()).expect("store opens");
    let notices = notices.iter().map(ToString::to_string).collect();
    let (library, _) = Library::shipped();
    let (app, _, _) = open_app(library, store, notices, None);
    assert!(matches!(app.screen(), Screen::Newer(_)));
    (dir, app)
}

/// Runs `check` over every screen in the pseudo-language and returns the
/// problems, each named by screen and window.
fn every_screen_in_pseudo(mut check: impl FnMut(&App, &str, Size) -> Vec<String>) -> Vec<String> {
    i18n::choose(Choice {
        command_line: Some("en-XA".into()),
        ..Choice::default()
    });
    assert!(i18n::current().is_pseudo());
    let mut problems = Vec::new();
    let mut seen = 0;
    let mut visit = |app: &App, screen: &str| {
        if NOT_YET.contains(&screen) {
            return;
        }
        seen += 1;
        for window in [OPENED, SMALL] {
            shoot(app, screen, window);
            for problem in check(app, screen, window) {
                problems.push(format!(
                    "{screen} at {}×{}: {problem}",
                    window.width, window.height
                ));
            }
        }
    };
    tour(&mut visit);
    let (_dir, newer) = newer_screen();
    visit(&newer, "newer");
    assert!(seen >= 19, "only {seen} screens seen");
    problems
}

#[test]
fn every_screen_in_a_long_language_at_the_largest_text_is_whole_and_from_the_catalogues() {
    let problems = every_screen_in_pseudo(|app, screen, window| {
        let own = own_words(app);
        // Under a keys sheet the screen is still drawn: its words are
        // covered on purpose.
        problems_of(app, window, &own, !screen.starts_with("keys"))
    });
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_an_escaped_word_a_cut_message_and_an_overlap() {
    assert_eq!(
        outside_brackets("[Šţåååŕţ] Lower back").expect("whole"),
        ["Lower back"]
    );
    assert!(outside_brackets("[Šţåå").is_err(), "cut");
    assert!(outside_brackets("Šţåå]").is_err(), "cut");
    assert!(has_a_word("Start"));
    assert!(!has_a_word("F11 · 5 s"), "a key and a number");
    assert_eq!(
        overlap(
            Rectangle::new(iced::Point::new(0.0, 0.0), Size::new(10.0, 10.0)),
            Rectangle::new(iced::Point::new(5.0, 5.0), Size::new(10.0, 10.0))
        ),
        25.0
    );
}
