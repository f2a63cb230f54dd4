//! Small windows and the largest text: every screen, reached
//! with the keyboard, keeps the actions a person needs in view at 1024×600
//! and at 1366×768, at normal and at the largest text size.
//!
//! `contact_sheet` (ignored: it writes pictures for people to look at)
//! renders every screen in light and dark, normal and largest text, at both
//! sizes, into `target/contact-sheet/<screen>.png`:
//!
//! ```sh
//! cargo test --test ui_small_windows -- --ignored contact_sheet
//! ```

mod common;

use std::path::PathBuf;

use common::{named, press, send, shipped_app, skip_to_the_end};
use iced::keyboard::key::Named;
use iced::{Rectangle, Size, Theme};
use iced_test::Simulator;
use limber::ui::screen::{finish, settings};
use limber::ui::{App, Message, Screen};
use limber_core::profile::TextSize;

/// The smallest screen the app is made for (a netbook, a small tablet).
const SMALL: Size = Size::new(1024.0, 600.0);
/// The laptop screen most people have.
const LAPTOP: Size = Size::new(1366.0, 768.0);
/// The window as it opens (`ui::window_settings`).
const OPENED: Size = Size::new(1280.0, 680.0);

/// Goes through every screen with the keyboard at `text_size`, calling
/// `visit` with each screen's name and the labels of the actions that must
/// be in view there (not scrolled away, not cut off).
fn tour(text_size: TextSize, mut visit: impl FnMut(&App, &str, &[&str])) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _, _) = shipped_app(dir.path(), None);
    visit(&app, "safety", &["I have read this"]);
    named(&mut app, Named::Enter);

    press(&mut app, "s");
    send(
        &mut app,
        vec![Message::Settings(settings::Message::TextSize(text_size))],
    );
    assert_eq!(app.profile().settings.text_size, text_size);
    visit(&app, "settings", &["← Back", "Larger"]);
    named(&mut app, Named::Escape);

    visit(&app, "home", &["Lower back", "Hips", "Full routine"]);
    press(&mut app, "?");
    visit(&app, "keys-home", &["Close"]);
    named(&mut app, Named::Escape);

    press(&mut app, "1");
    // The pain scale ("10") is checked on its own: where the window is
    // short for the text it is at the end of the list, a scroll away
    // (`the_routine_list_shows_a_whole_card_...`).
    visit(&app, "routine", &["Start", "← Back"]);
    named(&mut app, Named::Enter);
    visit(&app, "player", &["This hurts", "■  Stop", "❚❚  Pause"]);
    // Skip to the end, step by step.
    skip_to_the_end(&mut app);
    assert!(
        matches!(app.screen(), Screen::Finish(_)),
        "the routine ended"
    );
    // The whole pain scale, "10" too: at 1024×600 with the largest text
    // it once went on over a second line, below the fold.
    visit(&app, "finish", &["Done", "0", "10"]);
    named(&mut app, Named::Enter);

    // "This hurts" and a high rating: the longest Finish screen, with the
    // care words and the red flags.
    press(&mut app, "2");
    named(&mut app, Named::Enter);
    press(&mut app, "h");
    send(
        &mut app,
        vec![Message::Finish(finish::Message::PainAfter(9))],
    );
    visit(&app, "finish-this-hurts", &["Done"]);
    named(&mut app, Named::Enter);

    press(&mut app, "h");
    visit(&app, "history", &["← Back"]);
    named(&mut app, Named::Escape);
    press(&mut app, "e");
    visit(&app, "exercises", &["← Back"]);
    named(&mut app, Named::Escape);
    press(&mut app, "p");
    visit(&app, "plan", &["← Back"]);
    named(&mut app, Named::Escape);
    press(&mut app, "f");
    visit(&app, "safety-again", &["← Back"]);
    named(&mut app, Named::Escape);
    assert!(matches!(app.screen(), Screen::Home(_)), "back Home");
}

/// Where `label` is drawn in a window of `size`, if it is drawn whole and
/// inside the window.
fn in_view(app: &App, size: Size, label: &str) -> Result<Rectangle, String> {
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let found = ui
        .find(label)
        .map_err(|error| format!("{label:?} is not on the screen: {error}"))?;
    let bounds = found.bounds();
    // The label as it is on a screen with room for everything: one line
    // of this height. Squeezed, it breaks over lines (taller) or is cut
    // (narrower than its letters: at least 0.4 em each).
    let natural_height = {
        let mut roomy =
            Simulator::with_size(Default::default(), Size::new(4000.0, 3000.0), app.view());
        roomy
            .find(label)
            .map(|text| text.bounds().height)
            .unwrap_or(0.0)
    };
    let em = natural_height / 1.3;
    let least_width = label.chars().filter(|c| !c.is_whitespace()).count() as f32 * 0.4 * em;
    if bounds.height > natural_height + 1.0 || bounds.width + 1.0 < least_width {
        return Err(format!(
            "{label:?} is squeezed to {:.0}×{:.0} px (one line is {natural_height:.0} px high, \
             its letters need about {least_width:.0} px)",
            bounds.width, bounds.height
        ));
    }
    let window = Rectangle::new(iced::Point::ORIGIN, size);
    let visible = found.visible_bounds();
    let whole = visible.is_some_and(|visible| {
        (visible.width - bounds.width).abs() < 0.5 && (visible.height - bounds.height).abs() < 0.5
    });
    if !whole || !window.contains(bounds.position()) || bounds.x + bounds.width > size.width + 0.5 {
        return Err(format!(
            "{label:?} is at {bounds:?} (visible: {visible:?}), not whole inside {size:?}"
        ));
    }
    Ok(bounds)
}

#[test]
fn key_actions_stay_in_view_in_small_windows_at_every_text_size() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for text_size in TextSize::ALL {
        tour(text_size, |app, screen, labels| {
            for window in [SMALL, OPENED, LAPTOP] {
                for label in labels {
                    checked += 1;
                    if let Err(problem) = in_view(app, window, label) {
                        problems.push(format!(
                            "{screen} at {}×{}, {text_size:?} text: {problem}",
                            window.width, window.height
                        ));
                    }
                }
            }
        });
    }
    assert!(checked > 40, "only {checked} checks");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn home_tiles_keep_all_their_words_in_the_window_as_it_opens() {
    let mut problems = Vec::new();
    tour(TextSize::Normal, |app, screen, _| {
        if screen != "home" {
            return;
        }
        for window in [OPENED, LAPTOP] {
            for label in ["3 exercises · about 5 min", "2 exercises · about 3 min"] {
                if let Err(problem) = in_view(app, window, label) {
                    problems.push(format!("at {}×{}: {problem}", window.width, window.height));
                }
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_window_opens_within_a_laptop_screen_with_a_task_bar() {
    let settings = limber::ui::window_settings();
    // 1366×768 less a task bar (48 px) and a title bar (about 37 px).
    assert!(settings.size.width <= 1366.0, "{:?}", settings.size);
    assert!(
        settings.size.height <= 768.0 - 48.0 - 37.0,
        "{:?}",
        settings.size
    );
    let min = settings.min_size.expect("a smallest size");
    assert!(
        min.width <= SMALL.width && min.height <= SMALL.height - 48.0,
        "{min:?}"
    );
}

fn sheet_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/contact-sheet")
}

/// Renders `app` in a window of `size` with `theme`.
fn render(app: &App, size: Size, theme: &Theme, name: &str) -> image::RgbaImage {
    let dir = sheet_dir().join("parts");
    std::fs::create_dir_all(&dir).expect("contact sheet folder");
    let path = dir.join(format!("{name}.png"));
    // iced_test adds the renderer's name to the file it writes.
    let written = dir.join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let snapshot = ui.snapshot(theme).expect("snapshot");
    assert!(snapshot.matches_image(&path).expect("write png"));
    image::open(&written).expect("a PNG").into_rgba8()
}

#[test]
#[ignore = "writes a contact sheet of every screen to look at"]
fn contact_sheet() {
    // Each screen: 2 sizes × 2 text sizes × light and dark, in a grid of
    // four rows (size, text) and two columns (light, dark), each at a
    // third of its size.
    let mut parts: Vec<(String, Vec<image::RgbaImage>)> = Vec::new();
    let themes = [
        ("light", limber::ui::style::theme(false)),
        ("dark", limber::ui::style::theme(true)),
    ];
    for window in [LAPTOP, SMALL] {
        for text_size in [TextSize::Normal, TextSize::Larger] {
            tour(text_size, |app, screen, _| {
                for (theme_name, theme) in &themes {
                    let name = format!(
                        "{screen}-{}x{}-{text_size:?}-{theme_name}",
                        window.width, window.height
                    );
                    let image = render(app, window, theme, &name);
                    let small = image::imageops::resize(
                        &image,
                        image.width() / 3,
                        image.height() / 3,
                        image::imageops::FilterType::Triangle,
                    );
                    match parts.iter_mut().find(|(s, _)| s == screen) {
                        Some((_, images)) => images.push(small),
                        None => parts.push((screen.to_owned(), vec![small])),
                    }
                }
            });
        }
    }
    // Rendered at the device's scale, so take the cell from the images.
    let cell_w = parts[0].1.iter().map(|i| i.width()).max().unwrap_or(1);
    let cell_h = parts[0].1.iter().map(|i| i.height()).max().unwrap_or(1);
    for (screen, images) in &parts {
        let gap = 12;
        let mut sheet = image::RgbaImage::from_pixel(
            2 * cell_w + 3 * gap,
            4 * cell_h + 5 * gap,
            image::Rgba([128, 128, 128, 255]),
        );
        for (index, image) in images.iter().enumerate() {
            let column = (index % 2) as u32;
            let row = (index / 2) as u32;
            image::imageops::overlay(
                &mut sheet,
                image,
                i64::from(gap + column * (cell_w + gap)),
                i64::from(gap + row * (cell_h + gap)),
            );
        }
        let path = sheet_dir().join(format!("{screen}.png"));
        sheet.save(&path).expect("write the sheet");
        println!("{}", path.display());
    }
    assert_eq!(parts.len(), 12, "every screen");
}

/// The Routine screen's list view and the focused card laid out in a
/// window of `size`: (the list's height, the card's height from its title
/// to the bottom of its last line, "Version").
fn routine_list_and_card(app: &App, size: Size) -> Result<(f32, f32), String> {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    /// The scroll areas' bounds, and each text with its bounds.
    type Found = (Vec<Rectangle>, Vec<(String, Rectangle)>);
    let found: Arc<Mutex<Found>> = Arc::default();
    let into = found.clone();
    // A selector that never settles sees every widget of the tree.
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let mut found = into.lock().expect("found");
        match candidate {
            Candidate::Scrollable { bounds, .. } => found.0.push(bounds),
            Candidate::Text {
                bounds, content, ..
            } => found.1.push((content.to_owned(), bounds)),
            _ => {}
        }
        None
    });
    let (lists, texts) = found.lock().expect("found").clone();
    let [list] = lists[..] else {
        return Err(format!("{} scroll areas, not the one list", lists.len()));
    };
    let find = |label: &str| {
        texts
            .iter()
            .find(|(content, _)| content.ends_with(label))
            .map(|(_, bounds)| *bounds)
            .ok_or_else(|| format!("no {label:?} laid out"))
    };
    let title = find("Knee to chest")?;
    let version = find("Version")?;
    Ok((list.height, version.y + version.height - title.y))
}

#[test]
fn the_routine_list_shows_a_whole_card_in_small_windows_at_every_text_size() {
    let mut problems = Vec::new();
    for text_size in TextSize::ALL {
        for window in [SMALL, OPENED, LAPTOP] {
            let dir = tempfile::tempdir().expect("temp dir");
            let (mut app, _, _) = shipped_app(dir.path(), None);
            named(&mut app, Named::Enter);
            press(&mut app, "s");
            send(
                &mut app,
                vec![Message::Settings(settings::Message::TextSize(text_size))],
            );
            named(&mut app, Named::Escape);
            press(&mut app, "1");
            // Knee to chest, the second exercise: the card with a Version row.
            named(&mut app, Named::ArrowDown);
            match routine_list_and_card(&app, window) {
                // The card and its padding.
                Ok((list, card)) if list < card + 24.0 => problems.push(format!(
                    "{text_size:?} at {}×{}: the list shows {list:.0} px, the focused card needs {card:.0} px",
                    window.width, window.height
                )),
                Ok(_) => {}
                Err(problem) => problems.push(format!(
                    "{text_size:?} at {}×{}: {problem}",
                    window.width, window.height
                )),
            }
            if let Err(problem) = pain_scale_in_reach(&app, window) {
                problems.push(format!(
                    "{text_size:?} at {}×{}: {problem}",
                    window.width, window.height
                ));
            }
            for label in ["Start", "← Back"] {
                if let Err(problem) = in_view(&app, window, label) {
                    problems.push(format!(
                        "{text_size:?} at {}×{}: {problem}",
                        window.width, window.height
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The whole pain scale ("10" is its last button) is in view on the
/// Routine screen, or comes whole into view when the list is scrolled to
/// its end (where the screen is compact and the question ends the list).
fn pain_scale_in_reach(app: &App, size: Size) -> Result<(), String> {
    use iced::{Event, mouse};
    let Err(first) = in_view(app, size, "10") else {
        return Ok(());
    };
    let mut ui = Simulator::with_size(Default::default(), size, app.view());
    let list = ui
        .find(iced::widget::Id::new("routine-exercises"))
        .map_err(|error| format!("no list: {error}"))?
        .bounds();
    ui.point_at(list.center());
    let _ = ui.simulate([Event::Mouse(mouse::Event::WheelScrolled {
        delta: mouse::ScrollDelta::Pixels {
            x: 0.0,
            y: -100_000.0,
        },
    })]);
    let ten = ui
        .find("10")
        .map_err(|error| format!("{first}; no \"10\" after scrolling: {error}"))?;
    // Visible bounds are where it is on the screen (bounds are in the
    // list's content).
    let visible = ten.visible_bounds().filter(|visible| {
        (visible.height - ten.bounds().height).abs() < 0.5
            && (visible.width - ten.bounds().width).abs() < 0.5
    });
    if visible.is_some_and(|visible| list.contains(visible.center())) {
        Ok(())
    } else {
        Err(format!(
            "{first}; scrolled to the end, \"10\" is at {:?} (visible {:?}), list {list:?}",
            ten.bounds(),
            ten.visible_bounds()
        ))
    }
}
