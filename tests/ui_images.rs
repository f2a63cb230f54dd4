//! Image illustrations from user content: a broken image shows a neutral
//! placeholder with a message naming the file, never a crash.

mod common;

use common::open_app;
use iced_test::Simulator;
use limber::ui::{App, Message};
use limber_core::content::{Library, Sources};
use limber_core::profile::Store;

const EXERCISE: &str = r#"(
    id: "wall-sit",
    title: "Wall sit",
    areas: ["hips"],
    summary: "A test exercise illustrated with images.",
    dose: (hold_seconds: (10, 20), repetitions: (2, 3), move_seconds: 2, release_seconds: 2, rest_seconds: 3),
    highlight: Hips,
    steps: [
        (role: Setup, title: "Stand", text: "Stand with your back to a wall.", illustration: Image("images/truncated.png")),
        (role: Hold, title: "Hold", text: "Slide down a little and hold.", illustration: Image("images/not-a-picture.png")),
        (role: Release, title: "Up", text: "Slide back up.", illustration: Image("images/good.png")),
    ],
)"#;

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([30, 120, 200, 255]));
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    bytes
}

#[test]
fn broken_images_show_a_placeholder_with_the_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("exercises")).expect("mkdir");
    std::fs::create_dir_all(content.join("images")).expect("mkdir");
    std::fs::write(content.join("exercises/wall-sit.ron"), EXERCISE).expect("write");
    let good = png(40, 30);
    std::fs::write(content.join("images/good.png"), &good).expect("write");
    std::fs::write(
        content.join("images/truncated.png"),
        &good[..good.len() / 2],
    )
    .expect("write");
    std::fs::write(
        content.join("images/not-a-picture.png"),
        b"hello, not a PNG",
    )
    .expect("write");

    let (library, problems) = Library::load(&Sources {
        user_dir: None,
        extra_dir: Some(content.clone()),
    });
    assert!(problems.is_empty(), "{problems:?}");
    assert!(library.exercise("wall-sit").is_some());

    let data = dir.path().join("data");
    let (mut store, _) = Store::open(&data).expect("store");
    store.set_safety_seen().expect("safety seen");
    let (mut app, _, _) = open_app(library, store, Vec::new(), None);
    for message in [
        Message::Home(limber::ui::screen::home::Message::OpenExercises),
        Message::Exercises(limber::ui::screen::exercises::Message::Select(
            "wall-sit".into(),
        )),
    ] {
        // The screen's pictures are read off the window's thread: run
        // the tasks its opening starts.
        common::send(&mut app, vec![message]);
    }
    {
        let mut ui = Simulator::with_size(Default::default(), (1366.0, 2400.0), app.view());
        assert!(ui.find("Wall sit").is_ok(), "the exercise is listed");
        ui.snapshot(&iced::Theme::Light)
            .expect("a screen with broken images still renders");
    }
    for name in ["truncated.png", "not-a-picture.png"] {
        assert!(placeholder_for(&app, name), "a placeholder names {name}");
    }
    assert!(
        !placeholder_for(&app, "good.png"),
        "the good image is drawn, not replaced"
    );
}

/// Whether the view shows a placeholder message naming the image's file,
/// whatever the decoder's exact words are.
fn placeholder_for(app: &App, name: &str) -> bool {
    use iced_test::selector::{Candidate, Selector, Target};
    struct Contains(String);
    impl Selector for Contains {
        type Output = Target;
        fn select(&mut self, candidate: Candidate<'_>) -> Option<Target> {
            match candidate {
                Candidate::Text { content, .. } if content.contains(&self.0) => {
                    Some(Target::from(candidate))
                }
                _ => None,
            }
        }
        fn description(&self) -> String {
            format!("text containing {:?}", self.0)
        }
    }
    let mut ui = Simulator::with_size(Default::default(), (1366.0, 2400.0), app.view());
    ui.find(Contains(format!("images/{name}"))).is_ok()
}
