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
#   TOUR=1 also takes, at the normal text size and in the language, the
#   Safety screen of a first run, the player's hold and its side switch
#   (the lower-back routine) and Finish (the routine skipped through):
#   safety-, player-hold-, player-switch- and finish-<language>-<size>.png.
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
stop_app

if [[ -n "${TOUR:-}" ]]; then
    # A first run in the language: Safety, at the normal text size.
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    WINDOW_NAME='.' start_app tour-safety --lang "$LANGUAGE_TAG"
    shot_window "$OUT_DIR/safety-$LANGUAGE_TAG-$SIZE.png" "$SETTLE"
    echo "  $OUT_DIR/safety-$LANGUAGE_TAG-$SIZE.png"
    press Return
    sleep 1
    stop_app
    # The player: the press-up's hold, then knee to chest's switch to the
    # other leg (as scripts/screenshots.sh counts the phases).
    WINDOW_NAME='.' start_app tour-player --lang "$LANGUAGE_TAG" --routine lower-back
    sleep 2
    press Return
    sleep 1
    press Right 3
    sleep 3
    FULL_SCREEN=1 shot_window "$OUT_DIR/player-hold-$LANGUAGE_TAG-$SIZE.png" "$SETTLE"
    echo "  $OUT_DIR/player-hold-$LANGUAGE_TAG-$SIZE.png"
    reps="$(LIMBER_DATA_DIR="$DATA_DIR" "$LIMBER_BIN" --lang en show lower-back 2>/dev/null |
        sed -n 's/^1\. .*× \([0-9]*\).*/\1/p' | head -n 1)"
    # From the press-up's hold: the rest of its repetitions, then knee to
    # chest's setup, get ready, move, hold and release on the left: the
    # switch to the right leg.
    press Right $((4 * ${reps:-3} + 1 - 3 + 6))
    sleep 1
    FULL_SCREEN=1 shot_window "$OUT_DIR/player-switch-$LANGUAGE_TAG-$SIZE.png" 1
    echo "  $OUT_DIR/player-switch-$LANGUAGE_TAG-$SIZE.png"
    # Everything else skipped: Finish.
    press Right 80
    shot_window "$OUT_DIR/finish-$LANGUAGE_TAG-$SIZE.png" "$SETTLE"
    echo "  $OUT_DIR/finish-$LANGUAGE_TAG-$SIZE.png"
    stop_app
fi
