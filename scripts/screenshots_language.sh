#!/usr/bin/env bash
# Screenshots of the real Limber binary in another language, under a
# private Xvfb on the CPU renderer (as scripts/screenshots.sh): Home and
# Settings at the largest text, in LANGUAGE (default en-XA, the
# pseudo-language: every message accented, longer and in brackets, so
# what escaped the catalogues or is cut shows at a glance).
#
# Usage: scripts/screenshots_language.sh [OUT_DIR] [BINARY]
#   Writes OUT_DIR/home-<language>-larger-<size>.png and
#   settings-<language>-larger-<size>.png, <size> the screen (SCREEN_SIZE,
#   default 1366x768; the window opens at its own size inside it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

OUT_DIR="${1:-$here/../target/screenshots}"
pick_binary "${2:-}"
need Xvfb xdotool import convert
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
LANGUAGE_TAG="${LANGUAGE:-en-XA}"
SIZE="${SCREEN_SIZE:-1366x768}"
SETTLE="${SETTLE:-2}"

echo "Limber: $LIMBER_BIN"
start_xvfb

# A first run (in English: the title tells the Safety screen) writes the
# profile; then its text size is set to the largest, as a person would.
start_app first-run
pass_safety
stop_app
for file in "$DATA_DIR"/*.ron "$DATA_DIR"/*/*.ron; do
    [[ -f "$file" ]] || continue
    sed -i -E "s/text_size: *[A-Za-z]+/text_size: Larger/" "$file"
done

# In the language: the window's title is in it too, so find the window by
# any title.
WINDOW_NAME='.' start_app language --lang "$LANGUAGE_TAG"
echo "title: $(window_title)"
shot_window "$OUT_DIR/home-$LANGUAGE_TAG-larger-$SIZE.png" "$SETTLE"
echo "  $OUT_DIR/home-$LANGUAGE_TAG-larger-$SIZE.png"
press s
shot_window "$OUT_DIR/settings-$LANGUAGE_TAG-larger-$SIZE.png" "$SETTLE"
echo "  $OUT_DIR/settings-$LANGUAGE_TAG-larger-$SIZE.png"
