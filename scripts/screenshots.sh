#!/usr/bin/env bash
# Takes screenshots of the real Limber binary under a private Xvfb, on the
# CPU renderer (ICED_BACKEND=tiny-skia), with a fresh data folder.
#
# Usage: scripts/screenshots.sh [OUT_DIR] [BINARY]
#   OUT_DIR  where the PNGs go (default: docs/screenshots of this repo)
#   BINARY   the limber executable (default: target/release/limber, else
#            target/debug/limber)
#
# Writes:
#   safety-first-run.png  the Safety screen on first run
#   home.png              Home, after "I have read this" (Enter)
#   routine.png           the Lower back routine (limber --routine lower-back)
#   player-setup.png      the player on the first setup card
#   player-hold.png       the player during the first hold, ring part-way
#   player-right-side.png knee to chest, first hold on the right leg
#   finish.png            the Finish screen (holds done, the rest skipped;
#                         QUICK_FINISH=1 skips everything: faster)
#
# Environment: FULL_SCREEN=1 keeps the whole 1366x768 screen instead of
# cropping to the window; KEEP_WORK=1 keeps the temp folder (data, logs);
# SETTLE=S seconds to let the CPU renderer draw before each shot (default 2).
#
# ONLY=player takes the player's tour instead, as a person on the floor
# sees it: under openbox (so "Full screen during routines" really fills the
# screen) on a SCREEN_SIZE screen (default 1366x768), in THEME (Light or
# Dark) and TEXT (Normal, Large or Larger), each shot the whole screen:
#   player-<tag>-get-ready, -move, -hold, -hold-next (its last seconds),
#   -rest (the rest part of a release merged with its rest), -paused,
#   -stop-question, -up-next, -side-switch-start, -side-switch,
#   -hold-right, -working
# where <tag> is "<width>x<height>-<theme>-<text>" in lower case. The
# stages are found in `limber show lower-back --timeline` (one heading per
# stage the player shows; → moves by them).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

OUT_DIR="${1:-$here/../docs/screenshots}"
pick_binary "${2:-}"
need Xvfb xdotool import convert
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
SETTLE="${SETTLE:-2}"

# shot NAME: the screen (cropped to the window unless FULL_SCREEN=1).
shot() {
    shot_window "$OUT_DIR/$1.png" "$SETTLE"
    echo "  $OUT_DIR/$1.png"
}

# How many times the lower-back routine's first exercise (press-up, no
# sides) is repeated, from `limber show` with this profile's doses.
press_up_reps() {
    local line
    line="$(LIMBER_DATA_DIR="$DATA_DIR" "$LIMBER_BIN" show lower-back 2>/dev/null | grep -E '^1\. ' || true)"
    if [[ "$line" =~ ×\ ([0-9]+) ]]; then
        echo "${BASH_REMATCH[1]}"
    else
        echo 4 # Standard: the middle of 3–5
    fi
}

echo "Limber: $LIMBER_BIN"
start_xvfb
echo "Xvfb on $DISPLAY; screenshots in $OUT_DIR"

# The player's tour (ONLY=player, see the top).
player_tour() {
    need openbox
    local theme="${THEME:-Light}" text="${TEXT:-Normal}" size="${SCREEN_SIZE:-1366x768}"
    local tag
    tag="$(echo "$size-$theme-$text" | tr '[:upper:]' '[:lower:]')"
    openbox >"$WORK_DIR/openbox.log" 2>&1 &
    local wm=$!
    sleep 1
    # A first run writes the profile; then the theme and text size are set
    # in it (the settings as a person would have chosen them).
    start_app first-run
    pass_safety
    stop_app
    local file
    for file in "$DATA_DIR"/*.ron "$DATA_DIR"/*/*.ron; do
        [[ -f "$file" ]] || continue
        sed -i -E "s/theme: *[A-Za-z]+/theme: $theme/; s/text_size: *[A-Za-z]+/text_size: $text/" "$file"
    done
    # The stages, in order, as the player moves by them.
    local -a stages
    mapfile -t stages < <(LIMBER_DATA_DIR="$DATA_DIR" "$LIMBER_BIN" show lower-back --timeline 2>/dev/null |
        sed -nE 's/^ *[0-9]+:[0-9]{2}\.[0-9]{3}  ([A-Z][a-z]+( [a-z]+)?) .*/\1/p')
    ((${#stages[@]} > 10)) || die "no stages in the cue sheet"
    local at=0
    # go LABEL [NTH]: skips to the NTH (default 1st) stage named LABEL
    # from the one on screen on.
    go() {
        local want="$1" nth="${2:-1}" i seen=0
        for i in "${!stages[@]}"; do
            ((i >= at)) || continue
            [[ "${stages[$i]}" == "$want" ]] || continue
            seen=$((seen + 1))
            ((seen == nth)) || continue
            ((i == at)) || press Right $((i - at))
            at=$i
            return 0
        done
        die "no stage $want ($nth) in: ${stages[*]}"
    }
    take() {
        FULL_SCREEN=1 shot_window "$OUT_DIR/player-$tag-$1.png" "${2:-$SETTLE}"
        echo "  $OUT_DIR/player-$tag-$1.png"
    }
    start_app player --routine lower-back
    wait_title "Limber — Lower back"
    press Return
    sleep 1
    go "Get ready"
    take get-ready 1
    go Move
    take move 0.8
    go Hold
    take hold 2
    # The last seconds of the hold: "Next: …" large under the figure.
    take hold-next 10.5
    # The release and the rest after it are one stage where the coach
    # says them as one ("Lower and rest."): its rest part.
    go Relax
    take rest 4.5
    press space
    take paused 1
    press space
    press Escape
    take stop-question 1
    press Escape
    go "Up next"
    take up-next 1.5
    go Switch
    take side-switch-start 0.3
    take side-switch 1.5
    go Hold
    take hold-right 1.5
    go Repeat 2
    take working 1
    stop_app
    kill "$wm" 2>/dev/null || true
    wait "$wm" 2>/dev/null || true
}
if [[ "${ONLY:-}" == player ]]; then
    player_tour
    echo "done"
    exit 0
fi

# 1. First run: Safety, then Home.
start_app first-run
wait_title "Limber — Safety"
shot safety-first-run
press Return
wait_title "Limber"
shot home
stop_app

# 2. The routine screen, then the player.
start_app routine --routine lower-back
wait_title "Limber — Lower back"
shot routine
press Return
# The player opens on the press-up's setup card (8 s to read).
shot player-setup
# Plan of one exercise without sides: Read (one per setup card), Get ready,
# then per repetition Move, Hold, Release with a Rest between repetitions.
# Three skips: Read -> Get ready -> Move -> Hold.
press Right 3
sleep 3 # the ring a few seconds into the hold
shot player-hold

# Knee to chest alternates sides: Read, Get ready, Move L, Hold L,
# Release L, Rest, Move R, Hold R. The press-up has 4*reps + 1 phases
# (Read, Get ready, reps * (Move, Hold, Release), reps - 1 rests); we are
# on its phase 3.
reps="$(press_up_reps)"
press Right $((4 * reps + 1 - 3 + 7))
sleep 2
shot player-right-side
stop_app

# 3. The Finish screen. By default the routine is played through with every
# phase skipped except the holds, which run to the end, so the summary shows
# a routine done (about 2.5 min at the Gentle doses). QUICK_FINISH=1 skips
# everything instead (the summary then says every exercise was skipped).
start_app finish --routine lower-back
wait_title "Limber — Lower back"
sleep 1
press Return
sleep 1
if [[ -z "${QUICK_FINISH:-}" ]]; then
    # `limber show` lines: "2. Knee to chest — hold 15 s × 2 each leg".
    while IFS= read -r line; do
        [[ "$line" =~ hold\ ([0-9]+)\ s\ ×\ ([0-9]+)(\ each)? ]] || continue
        hold="${BASH_REMATCH[1]}"
        slots="${BASH_REMATCH[2]}"
        [[ -n "${BASH_REMATCH[3]}" ]] && slots=$((slots * 2))
        echo "  playing: ${line#*. } ($slots holds)"
        press Right 3 # Read -> Get ready -> Move -> Hold
        for slot in $(seq 1 "$slots"); do
            sleep "$hold.3"
            if ((slot < slots)); then
                press Right 3 # Release -> Rest -> Move -> Hold
            else
                press Right 1 # Release -> the next exercise's Read (or the end)
            fi
        done
    done < <(LIMBER_DATA_DIR="$DATA_DIR" "$LIMBER_BIN" show lower-back 2>/dev/null)
fi
for _ in $(seq 1 200); do
    [[ "$(window_title)" == "Limber — Finished" ]] && break
    press Right
done
wait_title "Limber — Finished" 10
shot finish
stop_app
echo "done"
