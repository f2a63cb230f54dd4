#!/usr/bin/env bash
# The real check of "Print sheet" and "Visit report": the real Limber binary
# under a private Xvfb, its real save dialog (rfd; with no desktop portal
# here it falls back to zenity, GTK's file chooser), driven with xdotool:
# click the button, type a file name into the dialog, press Enter, then
# read the PDF back with poppler. (The screen tests drive the same tasks
# with the dialog replaced; this shows the dialog itself works.)
#
# Usage: scripts/dialog_check.sh [OUT_DIR] [BINARY]
#   OUT_DIR  where the screenshots go (default: target/dialog-check)
#   BINARY   the limber executable (default: target/release/limber, else
#            target/debug/limber); the made-up history comes from
#            examples/fixture_history.rs
#
# Needs: Xvfb, xdotool, ImageMagick, zenity, poppler-utils
# (scripts/setup.sh --dialog installs them).
#
# The buttons are reached with their keys (P on the Routine screen; H, then
# V and Enter on History), so a change of layout needs no change here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

OUT_DIR="${1:-$here/../target/dialog-check}"
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
pick_binary "${2:-}"
need Xvfb xdotool import zenity pdftotext pdffonts
SAVED="$WORK_DIR/saved"
mkdir -p "$SAVED"

# No session bus: the portal cannot answer, so rfd uses zenity (a desktop
# session would show its portal's dialog instead).
unset DBUS_SESSION_BUS_ADDRESS

shot() {
    sleep 1
    import -window root "$OUT_DIR/$1.png"
    echo "  $OUT_DIR/$1.png"
}

# save_as PATH: waits for the save dialog, types PATH (no extension: Limber
# adds it) and presses Enter in it.
save_as() {
    local dialog="" i
    for i in $(seq 1 150); do
        dialog="$(xdotool search --onlyvisible --name '^zenity$' 2>/dev/null | tail -n 1 || true)"
        [[ -n "$dialog" ]] && break
        sleep 0.1
    done
    [[ -n "$dialog" ]] || die "no save dialog appeared; Limber's output: $(cat "$APP_LOG")"
    sleep 1
    shot "$2"
    # No window manager: give the dialog the keyboard ourselves.
    xdotool windowfocus --sync "$dialog"
    xdotool key --window "$dialog" ctrl+a
    xdotool type --window "$dialog" --delay 20 "$1"
    xdotool key --window "$dialog" Return
}

wait_file() {
    local i
    for i in $(seq 1 300); do
        [[ -s "$1" ]] && return 0
        sleep 0.1
    done
    die "$1 was not written; Limber's output: $(cat "$APP_LOG")"
}

# expect FILE TEXT...: each TEXT is in the PDF's text.
expect() {
    local file="$1" text
    shift
    text="$(pdftotext "$file" - | tr -s '[:space:]' ' ')"
    for wanted in "$@"; do
        [[ "$text" == *"$wanted"* ]] || die "$file lacks \"$wanted\""
        echo "  found \"$wanted\""
    done
}

echo "Limber: $LIMBER_BIN"
start_xvfb
echo "Xvfb on $DISPLAY; screenshots in $OUT_DIR"
(cd "$here/.." && cargo run --quiet --example fixture_history -- \
    --data-dir "$DATA_DIR" --profile Anna --sessions 30) ||
    die "could not make the made-up history (examples/fixture_history.rs)"

start_app first-run
wait_title "Limber — Safety"
press Return
wait_title "Limber"
stop_app

echo "Print sheet:"
start_app routine --routine lower-back
wait_title "Limber — Lower back"
press p
save_as "$SAVED/sheet" print-dialog
wait_file "$SAVED/sheet.pdf"
shot print-saved
expect "$SAVED/sheet.pdf" "Lower back" "Home exercises for Anna" "Get emergency help now"
stop_app

echo "Visit report:"
start_app history
wait_title "Limber"
press h
wait_title "Limber — History"
press v
shot report-form
press Return
save_as "$SAVED/visit" report-dialog
wait_file "$SAVED/visit.pdf"
shot report-saved
expect "$SAVED/visit.pdf" "Visit report" "30 sessions in this period" \
    "planned sessions done" "Stopped because it hurt" "Left and right"
pdffonts "$SAVED/visit.pdf"
stop_app
echo "ok: both papers were saved through the real dialog"
