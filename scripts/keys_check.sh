#!/usr/bin/env bash
# Checks that `?` typed as a person types it (Shift+/ on a US layout)
# opens the "Keys" sheet of the real Limber binary under a private Xvfb,
# on Home, Settings, History, Plan and the Routine screen. The keys go
# through XTEST to the focused window, as a keyboard's would (no --window:
# that sends synthetic events, which winit ignores).
#
# Usage: scripts/keys_check.sh [OUT_DIR] [BINARY]
#   OUT_DIR  where the before/after PNGs go (default: a temp folder, kept)
#   BINARY   the limber executable (default as scripts/screenshots.sh)
#
# The sheet dims the window behind it, so the window's mean brightness
# drops when it opens: each screen prints both and "opened" or "NOT
# opened". Exits 1 if the sheet did not open on some screen.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

OUT_DIR="${1:-$(mktemp -d "${TMPDIR:-/tmp}/limber-keys.XXXXXX")}"
pick_binary "${2:-}"
need Xvfb xdotool import convert
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"

brightness() {
    convert "$1" -colorspace Gray -format "%[fx:mean]" info:
}

failed=0
# check NAME: Shift+/ on the screen shown now, a shot before and after,
# then Esc to close the sheet again.
check() {
    local name="$1" before after
    shot_window "$OUT_DIR/$name-before.png" 2
    xdotool windowfocus --sync "$APP_WID"
    xdotool key shift+slash
    shot_window "$OUT_DIR/$name-after.png" 2
    before="$(brightness "$OUT_DIR/$name-before.png")"
    after="$(brightness "$OUT_DIR/$name-after.png")"
    if awk -v b="$before" -v a="$after" 'BEGIN { exit !(a < b * 0.8) }'; then
        echo "  $name: brightness $before -> $after: opened"
        press Escape
    else
        echo "  $name: brightness $before -> $after: NOT opened"
        failed=1
    fi
}

echo "Limber: $LIMBER_BIN"
start_xvfb
echo "Xvfb on $DISPLAY; pictures in $OUT_DIR"
start_app keys
pass_safety
wait_title "Limber"
check home
press s
wait_title "Limber — Settings"
check settings
press Escape
press h
wait_title "Limber — History"
check history
press Escape
press p
wait_title "Limber — Plan"
check plan
press Escape
press 1
wait_title "Limber — Lower back"
check routine
stop_app
exit "$failed"
