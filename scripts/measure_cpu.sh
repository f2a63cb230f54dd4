#!/usr/bin/env bash
# Measures how much CPU the real Limber binary uses, under a private Xvfb on
# the CPU renderer (ICED_BACKEND=tiny-skia) with a fresh data folder.
# Prints figures, not pass/fail:
#   idle on Home:    the process's CPU over SECONDS with Home on screen
#   player running:  the same during a hold of the Lower back routine
#   player moving:   the same while the figure animates (Move, 30 Hz)
#
# Usage: scripts/measure_cpu.sh [BINARY]
#   BINARY  the limber executable (default: target/release/limber, else
#           target/debug/limber)
# Environment: SECONDS_EACH (default 10) is the length of each measurement.
#
# CPU % of one core = (utime + stime ticks from /proc/PID/stat, after minus
# before) / CLK_TCK / wall seconds * 100. On a bare Xvfb the CPU renderer
# also does the work a GPU would, so these are upper figures.
# Exits 0 after printing; 1 only if the app could not be started.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

pick_binary "${1:-}"
need Xvfb xdotool getconf awk
SECONDS_EACH="${SECONDS_EACH:-10}"
CLK_TCK="$(getconf CLK_TCK)"

now() { date +%s.%N; }

# measure LABEL: samples the app's CPU time over SECONDS_EACH seconds (and
# the X server's, which copies the CPU-rendered frames to the screen).
measure() {
    local label="$1" t0 c0 t1 c1 x0 x1
    t0="$(now)"
    c0="$(cpu_ticks "$APP_PID")"
    x0="$(cpu_ticks "$XVFB_PID")"
    sleep "$SECONDS_EACH"
    c1="$(cpu_ticks "$APP_PID")"
    x1="$(cpu_ticks "$XVFB_PID")"
    t1="$(now)"
    awk -v l="$label" -v c0="$c0" -v c1="$c1" -v x0="$x0" -v x1="$x1" \
        -v t0="$t0" -v t1="$t1" -v hz="$CLK_TCK" 'BEGIN {
            w = t1 - t0
            printf "%s: %.1f %% of one core over %.1f s (Xvfb: %.1f %%)\n",
                l, (c1 - c0) / hz / w * 100, w, (x1 - x0) / hz / w * 100
        }'
}

echo "Limber: $LIMBER_BIN (ICED_BACKEND=tiny-skia, Xvfb, CLK_TCK=$CLK_TCK)"
start_xvfb

# (a) Idle on Home, after confirming the first-run Safety screen.
start_app idle
wait_title "Limber — Safety"
sleep 2
press Return
wait_title "Limber"
sleep 3 # let the first frames and any start-up work finish
measure "idle on Home"
stop_app

# (b) The player during a hold: Enter starts, three skips (Read, Get ready,
# Move) reach the first press-up hold, which lasts 15-30 s.
start_app player --routine lower-back
wait_title "Limber — Lower back"
sleep 2
press Return
sleep 1
press Right 3
sleep 1
measure "player running"
stop_app

# (c) The player while the figure moves (the 30 Hz phase): skip into the
# first Move, then press Left (back) every 2.5 s, which restarts the 3 s
# movement before it ends, so the whole sample is animation.
start_app moving --routine lower-back
wait_title "Limber — Lower back"
sleep 2
press Return
sleep 1
press Right 2
(
    for _ in $(seq 1 $((SECONDS_EACH * 2 / 5 + 1))); do
        sleep 2.5
        xdotool key Left
    done
) &
restarts=$!
measure "player moving (figure animating)"
wait "$restarts" 2>/dev/null || true
stop_app
