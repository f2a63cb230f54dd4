#!/usr/bin/env bash
# Measures how late Limber's cues are: each sound and each spoken line
# against the instant it was due, measured where the audio worker hands it
# to the mixer and where the speech worker hands it to the speech engine
# (the workers log each one at RUST_LOG=limber::cues=debug). Prints figures,
# one a line, not pass/fail:
#   cues: N (S sounds, W lines)
#   p50: 0.2 ms
#   p99: 1.1 ms
#   max: 2.4 ms
# then the same three for sounds and for words alone.
#
# No sound card or speech service is needed: the audio worker mixes into a
# null output that consumes samples at the real rate
# (LIMBER_AUDIO_OUTPUT=null) and the speech worker speaks into a null engine
# (LIMBER_SPEECH=null) -- unless --voice is given, which uses the real
# Speech Dispatcher.
#
# Usage: scripts/measure_cues.sh [--app | --polled] [--voice] [BINARY]
#   (default)  `examples/rehearse.rs`: the routine's real timeline,
#              scheduled by the coach on the real audio and speech workers
#              against the real clock, with a loop polling the session at
#              the player's tick rate (10 Hz, 30 Hz while the figure moves)
#              standing in for the screen. No window.
#   --app      the real app under a private Xvfb on the CPU renderer (see
#              scripts/xvfb_app.sh): opens ROUTINE, presses Enter and lets
#              the player run to the end, redrawing at its usual rate (10
#              a second, 30 while the figure moves); the player schedules
#              every cue through the coach, and the workers log the same
#              lines.
#   --polled   the rehearsal, but each cue handed over when the loop's tick
#              notices it is due (how the player played cues before the
#              coach scheduled them): the figures to compare with.
#   --voice    speak through Speech Dispatcher instead of the null engine.
#   BINARY     the limber executable (default: target/release/limber, else
#              target/debug/limber)
# Environment: ROUTINE (default lower-back), INTENSITY (default gentle),
# SECONDS_LIMIT (stop after this many seconds; default the whole routine).
# Exits 0 after printing; 1 if the run failed or logged no cue.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

mode=rehearsal
voice=""
binary=""
for arg in "$@"; do
    case "$arg" in
        --app) mode=app ;;
        --polled) mode=polled ;;
        --voice) voice=1 ;;
        -*) die "unknown option $arg (see the top of $0)" ;;
        *) binary="$arg" ;;
    esac
done
pick_binary "$binary"
pick_rehearse
need awk sort
ROUTINE="${ROUTINE:-lower-back}"
INTENSITY="${INTENSITY:-gentle}"

export RUST_LOG="limber::cues=debug,limber=info,warn" NO_COLOR=1
export LIMBER_AUDIO_OUTPUT=null
if [[ -n "$voice" ]]; then
    # The platform's speech (start_app would pick the null engine).
    export LIMBER_SPEECH=on
    speech="Speech Dispatcher"
else
    export LIMBER_SPEECH=null
    speech="null engine"
fi
LOG="$WORK_DIR/measured.log"

# The routine's planned length, from its cue sheet ("Total: 4:32.000 (...)").
total_seconds() {
    LIMBER_DATA_DIR="$DATA_DIR" "$LIMBER_BIN" show "$ROUTINE" --timeline --intensity "$INTENSITY" |
        awk '/^Total: / { split($2, t, ":"); print int(t[1] * 60 + t[2] + 0.999) }'
}

total="$(total_seconds)"
[[ -n "$total" ]] || die "could not read the length of routine '$ROUTINE'"
length="$total"
if [[ -n "${SECONDS_LIMIT:-}" && "$SECONDS_LIMIT" -lt "$total" ]]; then
    length="$SECONDS_LIMIT"
fi
echo "Limber: $LIMBER_BIN ($mode of $ROUTINE at $INTENSITY, ${length} s of ${total} s;" \
    "audio: null output, speech: $speech)"

if [[ "$mode" != app ]]; then
    options=()
    [[ -n "${SECONDS_LIMIT:-}" ]] && options+=(--seconds "$SECONDS_LIMIT")
    [[ "$mode" == polled ]] && options+=(--polled)
    LIMBER_DATA_DIR="$DATA_DIR" "$REHEARSE_BIN" "$ROUTINE" --intensity "$INTENSITY" \
        "${options[@]}" >"$WORK_DIR/rehearsal.out" 2>"$LOG" ||
        die "the rehearsal failed: $(cat "$WORK_DIR/rehearsal.out" "$LOG")"
else
    need Xvfb xdotool
    start_xvfb
    start_app cues --routine "$ROUTINE"
    # A fresh data folder shows the Safety screen first.
    pass_safety
    sleep 2
    press Return
    # Until the Finish screen shows (or the routine's length has passed).
    for _ in $(seq 1 $(((length + 30) * 10))); do
        [[ "$(window_title)" == "Limber — Finished" ]] && break
        sleep 0.1
    done
    echo "the app's window at the end: $(window_title)"
    sleep 1
    stop_app
    cp "$APP_LOG" "$LOG"
fi

# One lateness per line: "<kind> <microseconds>" for every cue handed over.
sed 's/\x1b\[[0-9;]*m//g' "$LOG" | grep -E 'handed to the (mixer|speech engine)' |
    sed -nE 's/.*(mixer|speech engine).* late_us=([0-9]+).*/\1 \2/p' |
    sed -e 's/^speech engine/words/' -e 's/^mixer/sounds/' >"$WORK_DIR/late.txt" || true
dropped="$(grep -c 'dropped: too late' "$LOG" || true)"

count="$(wc -l <"$WORK_DIR/late.txt")"
if ((count == 0)); then
    echo "no cue was logged; the run's output:" >&2
    sed 's/^/  | /' "$LOG" >&2
    exit 1
fi

# figures LABEL FILTER: p50, p99 and max (nearest rank) of the latenesses
# whose kind matches FILTER.
figures() {
    local label="$1" filter="$2"
    awk -v f="$filter" '$1 ~ f { print $2 }' "$WORK_DIR/late.txt" | sort -n |
        awk -v label="$label" '
            { v[NR] = $1 }
            END {
                if (NR == 0) exit
                p50 = v[int(NR * 0.50 + 0.999999)]; p99 = v[int(NR * 0.99 + 0.999999)]
                printf "%sp50: %.2f ms\n%sp99: %.2f ms\n%smax: %.2f ms\n",
                    label, p50 / 1000, label, p99 / 1000, label, v[NR] / 1000
            }'
}

sounds="$(grep -c '^sounds' "$WORK_DIR/late.txt" || true)"
words="$(grep -c '^words' "$WORK_DIR/late.txt" || true)"
echo "cues: $count ($sounds sounds, $words lines; $dropped dropped as too late)"
figures "" "."
figures "sounds " "^sounds$"
figures "words " "^words$"
