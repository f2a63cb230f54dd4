#!/usr/bin/env bash
# Measures how much CPU the real Limber binary uses, under a private Xvfb on
# the CPU renderer (ICED_BACKEND=tiny-skia) with a fresh data folder.
# Prints figures, not pass/fail:
#   idle on Home:    the process's CPU over SECONDS with Home on screen
#   player holding:  the same during a hold of the Lower back routine
#   player moving:   the same while the figure animates (a Move)
#   ring alone 60 Hz: the baseline for the moving figure, the player's ring
#                    timer alone in a window of the same size, its arc
#                    moving at 60 Hz (examples/ring_alone.rs)
#
# Usage: scripts/measure_cpu.sh [BINARY...]
#   BINARY  one or more limber executables (default: target/release/limber,
#           else target/debug/limber). With two (e.g. before and after a
#           change) they are measured in turn, round after round, so both
#           see the same machine.
# Environment:
#   SECONDS_EACH  length of each measurement (default 10)
#   ROUNDS        how many times to measure everything (default 1); with
#                 more than one the summary gives min / median / max
#   MODES         which measurements, any of "idle hold move" (default all)
#   RING_BIN      the ring_alone example (default
#                 target/release/examples/ring_alone if built; RING_BIN=
#                 with an empty value skips the baseline)
#
# CPU % of one core = (utime + stime ticks from /proc/PID/stat, after minus
# before) / CLK_TCK / wall seconds * 100. On a bare Xvfb the CPU renderer
# also does the work a GPU would, so these are upper figures. Other busy
# processes (a compiler) skew them: the script warns when rustc runs.
# Exits 0 after printing; 1 only if an app could not be started.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

binaries=()
if (($# == 0)); then
    pick_binary ""
    binaries+=("$LIMBER_BIN")
else
    for given in "$@"; do
        pick_binary "$given"
        binaries+=("$LIMBER_BIN")
    done
fi
if [[ -z "${RING_BIN+set}" ]]; then
    RING_BIN="$here/../target/release/examples/ring_alone"
    [[ -x "$RING_BIN" ]] || RING_BIN=""
fi
need Xvfb xdotool getconf awk
SECONDS_EACH="${SECONDS_EACH:-10}"
ROUNDS="${ROUNDS:-1}"
MODES="${MODES:-idle hold move}"
CLK_TCK="$(getconf CLK_TCK)"
RESULTS="$WORK_DIR/results"
: >"$RESULTS"

now() { date +%s.%N; }

# measure LABEL: samples the app's CPU time over SECONDS_EACH seconds (and
# the X server's, which copies the CPU-rendered frames to the screen),
# prints it and keeps the app's figure for the summary.
measure() {
    local label="$1" t0 c0 t1 c1 x0 x1 busy
    busy="$(pgrep -c rustc || true)"
    ((busy == 0)) || echo "  warning: $busy rustc process(es) running; this figure is skewed" >&2
    t0="$(now)"
    c0="$(cpu_ticks "$APP_PID")"
    x0="$(cpu_ticks "$XVFB_PID")"
    sleep "$SECONDS_EACH"
    c1="$(cpu_ticks "$APP_PID")"
    x1="$(cpu_ticks "$XVFB_PID")"
    t1="$(now)"
    awk -v l="$label" -v c0="$c0" -v c1="$c1" -v x0="$x0" -v x1="$x1" \
        -v t0="$t0" -v t1="$t1" -v hz="$CLK_TCK" -v out="$RESULTS" 'BEGIN {
            w = t1 - t0
            app = (c1 - c0) / hz / w * 100
            printf "%s: %.1f %% of one core over %.1f s (Xvfb: %.1f %%)\n",
                l, app, w, (x1 - x0) / hz / w * 100
            printf "%s\t%.2f\n", l, app >> out
        }'
}

# open_routine NAME ID: starts the app on a routine, past the first-run
# Safety screen if it shows.
open_routine() {
    start_app "$1" --routine "$2"
    local i
    for i in $(seq 1 50); do
        case "$(window_title)" in
        "Limber — Safety") press Return ;;
        "Limber — Lower back") return 0 ;;
        esac
        sleep 0.2
    done
    wait_title "Limber — Lower back"
}

# measure_binary N: every mode in MODES for binary N (labelled "[N]").
measure_binary() {
    local n="$1" tag
    LIMBER_BIN="${binaries[$n]}"
    tag="[$((n + 1))]"
    if [[ " $MODES " == *" idle "* ]]; then
        # Idle on Home, after confirming the first-run Safety screen.
        start_app idle
        sleep 2
        [[ "$(window_title)" == "Limber — Safety" ]] && press Return
        wait_title "Limber"
        sleep 3 # let the first frames and any start-up work finish
        measure "$tag idle on Home"
        stop_app
    fi
    if [[ " $MODES " == *" hold "* ]]; then
        # The player during a hold: Enter starts, three skips (Read, Get
        # ready, Move) reach the first press-up hold, which lasts 15-30 s.
        open_routine hold lower-back
        sleep 2
        press Return
        sleep 1
        press Right 3
        sleep 1
        measure "$tag player holding"
        stop_app
    fi
    if [[ " $MODES " == *" move "* ]]; then
        # The player while the figure moves: skip into the first Move, then
        # press Left (back) every 2.5 s, which restarts the 3 s movement
        # before it ends, so the whole sample is animation.
        open_routine moving lower-back
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
        local restarts=$!
        measure "$tag player moving (figure animating)"
        wait "$restarts" 2>/dev/null || true
        stop_app
    fi
}

measure_ring() {
    [[ -n "$RING_BIN" ]] || return 0
    LIMBER_BIN="$RING_BIN"
    start_app ring
    sleep 2
    measure "ring alone at 60 Hz"
    stop_app
}

echo "CPU renderer (ICED_BACKEND=tiny-skia) on Xvfb, CLK_TCK=$CLK_TCK, ${SECONDS_EACH} s each, $ROUNDS round(s)"
for n in "${!binaries[@]}"; do
    echo "[$((n + 1))] ${binaries[$n]}"
done
[[ -n "$RING_BIN" ]] && echo "ring baseline: $RING_BIN"
start_xvfb

for round in $(seq 1 "$ROUNDS"); do
    ((ROUNDS == 1)) || echo "-- round $round of $ROUNDS"
    for n in "${!binaries[@]}"; do
        measure_binary "$n"
    done
    measure_ring
done

if ((ROUNDS > 1)); then
    echo "-- summary: % of one core, min / median / max over $ROUNDS rounds"
    awk -F '\t' '
        { n[$1]++; v[$1, n[$1]] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
        END {
            for (i = 1; i <= k; i++) {
                l = order[i]; m = n[l]
                for (a = 1; a <= m; a++) x[a] = v[l, a]
                for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++)
                    if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
                med = (m % 2) ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2
                printf "%-40s %5.1f / %5.1f / %5.1f\n", l, x[1], med, x[m]
            }
        }' "$RESULTS"
fi
