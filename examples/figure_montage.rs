//! Renders every pose of a content folder in the light and the dark
//! palette, one PNG per pose and palette, for looking at them side by side
//! (issue 15, item 3: every pose checked large, in both themes).
//!
//! Run: `cargo run --release --example figure_montage [CONTENT_DIR] [OUT_DIR]`
//! (defaults: `content`, `target/figure-montage`). Writes
//! `OUT_DIR/light/<pose>.png` and `OUT_DIR/dark/<pose>.png` at 480×360;
//! ImageMagick makes the sheets, e.g.
//! `montage -label '%t' -tile 4x -geometry +4+4 OUT_DIR/light/*.png light.png`.

use std::path::PathBuf;

use limber_core::figure::{Palette, parse_poses, render_png};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let content = PathBuf::from(args.next().unwrap_or_else(|| "content".into()));
    let out = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/figure-montage".into()),
    );
    let mut poses = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(content.join("poses"))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        poses.extend(parse_poses(&text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    for (name, palette) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
        let dir = out.join(name);
        std::fs::create_dir_all(&dir)?;
        for pose in &poses {
            let png = render_png(pose, None, 480, 360, &palette)?;
            std::fs::write(dir.join(format!("{}.png", pose.id)), png)?;
        }
    }
    println!(
        "{} poses × 2 palettes written to {}",
        poses.len(),
        out.display()
    );
    Ok(())
}
