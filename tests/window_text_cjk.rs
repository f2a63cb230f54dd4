//! Chinese in the window keeps every character's width: text is shaped the
//! way the window shapes it (iced's cosmic-text, Fira Sans first, this
//! computer's CJK font for what Fira lacks), and no character may lose its
//! advance. Characters with the "flesh" radical (背 胸 胃 肾 …) have glyph
//! ids 32640–32767 in Noto Sans CJK, which harfrust 0.3.2 shaped as marks
//! with no width until the one-line fix in `vendor/harfrust/PATCHED.md`:
//! "腰背来说" was drawn with 背 and 来 on top of each other.

use iced::advanced::graphics::text::{FIRA_SANS_REGULAR, cosmic_text as ct, font_system};

#[test]
fn chinese_characters_with_the_flesh_radical_keep_their_width() {
    let mut fonts = font_system().write().expect("the font system");
    fonts.load_font(std::borrow::Cow::Borrowed(FIRA_SANS_REGULAR));
    let raw = fonts.raw();
    let has_noto_cjk = raw.db().faces().any(|face| {
        face.families
            .iter()
            .any(|(name, _)| name.starts_with("Noto Sans CJK"))
    });
    assert!(
        has_noto_cjk,
        "Noto Sans CJK is not installed (scripts/setup.sh installs fonts-noto-cjk)"
    );
    let text = "对酸痛的腰背来说，胸部、背部、胃、肾和胆。";
    for size in [14.0_f32, 20.0, 31.5, 48.0] {
        let mut buffer = ct::Buffer::new(raw, ct::Metrics::new(size, size * 1.3));
        buffer.set_size(raw, Some(10_000.0), None);
        buffer.set_text(
            raw,
            text,
            &ct::Attrs::new().family(ct::Family::Name("Fira Sans")),
            ct::Shaping::Advanced,
            None,
        );
        buffer.shape_until_scroll(raw, false);
        let glyphs: Vec<_> = buffer
            .layout_runs()
            .flat_map(|run| {
                run.glyphs
                    .iter()
                    .map(move |glyph| (run.text, glyph.clone()))
            })
            .collect();
        assert_eq!(glyphs.len(), text.chars().count(), "one glyph a character");
        for (line, glyph) in &glyphs {
            let character = &line[glyph.start..glyph.end];
            assert!(
                glyph.w > size * 0.8,
                "at {size} px, {character} (glyph {}) is {} px wide: it would be drawn over the next",
                glyph.glyph_id,
                glyph.w
            );
        }
        for pair in glyphs.windows(2) {
            assert!(
                pair[1].1.x > pair[0].1.x,
                "at {size} px, characters out of order"
            );
        }
    }
}
