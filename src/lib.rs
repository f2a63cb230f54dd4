//! Limber, the app: the iced shell ([`ui`]), the command line ([`cli`]) and
//! the platform's side of the core's traits ([`platform`]: sound, speech,
//! notifications, start at login, watching the content folders). What it
//! shows and decides is `limber_core`'s. See `docs/architecture.md`.

/// The app's id on the desktop: the installed `.desktop` file's name
/// (packaging/linux/), the AppStream id, the window's app id and the
/// reminders' desktop entry (Linux); the Windows installers' shortcut id
/// and the macOS bundle id (Cargo.toml's packager identifier).
pub const APP_ID: &str = "io.github.limber.Limber";

pub mod cli;
pub mod platform;
pub mod ui;

/// The fonts of every paper the app and the command line make: the Fira
/// Sans the screens are drawn in (iced embeds it, so the sheet reads like
/// the app and no second font file ships), then this computer's fonts for
/// scripts it lacks. The one place the papers' font is chosen: the core
/// takes it from here and has no iced under it. Fira Sans is under the SIL
/// Open Font License 1.1, which allows embedding it (subset) in documents.
pub fn paper_fonts() -> Result<limber_core::paper::FontSet, String> {
    limber_core::paper::FontSet::new(iced::advanced::graphics::text::FIRA_SANS_REGULAR)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use limber_core::paper::font::FaceId;

    use super::paper_fonts;

    #[test]
    fn arabic_and_hebrew_the_app_font_lacks_are_named_not_dropped() {
        // Without this computer's fonts: what a computer with none of them
        // does.
        let fonts = paper_fonts().expect("Fira Sans").without_system_fonts();
        let text = "Knee to chest שלום مرحبا";
        assert_eq!(
            fonts.missing_scripts([text]),
            vec!["Arabic".to_string(), "Hebrew".to_string()]
        );
        // Drawn as boxes, not left out: a glyph for every letter.
        let line = fonts.shape(text);
        let boxes = line.glyphs().filter(|g| g.id == 0).count();
        assert_eq!(boxes, "שלוםمرحبا".chars().count(), "{line:?}");
    }

    #[test]
    fn system_fonts_draw_arabic_and_hebrew_when_there_are_any() {
        let fonts = paper_fonts().expect("Fira Sans");
        let text = "מתיחה تمدد";
        let missing = fonts.missing_scripts([text]);
        let line = fonts.shape(text);
        // Either a font of this computer draws each script, or it is named.
        for (script, sample) in [("Hebrew", 'מ'), ("Arabic", 'ت')] {
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
}
