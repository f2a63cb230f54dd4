#!/usr/bin/env bash
# The spoken coach through a real voice, into a WAV file: the first
# SECONDS_LIMIT seconds of a routine rehearsed (examples/rehearse.rs, the
# coach's timeline on the real workers against the real clock) with the
# real Speech Dispatcher and espeak-ng, whose sound goes to a file instead
# of a sound card. Then, for each line the coach handed to Speech
# Dispatcher, when its sound began in the recording.
#
# A private Speech Dispatcher (its own socket, configuration and logs in a
# temporary folder; espeak-ng only) plays through ALSA's file plugin into a
# FIFO that scripts/voice_capture.py reads at the real rate, so the WAV's
# timeline is real time. Both are stopped at the end; nothing is left
# running.
#
# With --app the real app speaks instead of the rehearsal: the app under a
# private Xvfb on the CPU renderer (scripts/xvfb_app.sh) opens ROUTINE,
# Enter starts it, and the player's coach speaks through the same private
# Speech Dispatcher for SECONDS_LIMIT seconds; then the app is closed.
#
# Usage: scripts/voice_to_wav.sh [--app] [BINARY]
# Environment: ROUTINE (default lower-back), INTENSITY (default gentle),
# SECONDS_LIMIT (default 45), OUT (default coach-voice.wav).
# Needs: speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng,
# python3 (Debian: bash scripts/setup.sh --voice).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

mode=rehearsal
binary=""
for arg in "$@"; do
    case "$arg" in
        --app) mode=app ;;
        -*) die "unknown option $arg (see the top of $0)" ;;
        *) binary="$arg" ;;
    esac
done
pick_binary "$binary"
pick_rehearse
need speech-dispatcher python3
ROUTINE="${ROUTINE:-lower-back}"
INTENSITY="${INTENSITY:-gentle}"
SECONDS_LIMIT="${SECONDS_LIMIT:-45}"
OUT="$(realpath -m "${OUT:-coach-voice.wav}")"
# espeak-ng's output through Speech Dispatcher: 22050 Hz, mono, 16 bit.
RATE=22050

SPEECHD_PID=""
READER_PID=""
stop_voice() {
    if [[ -n "$SPEECHD_PID" ]]; then
        kill "$SPEECHD_PID" 2>/dev/null || true
        wait "$SPEECHD_PID" 2>/dev/null || true
        SPEECHD_PID=""
    fi
    if [[ -n "$READER_PID" ]]; then
        kill -TERM "$READER_PID" 2>/dev/null || true
        wait "$READER_PID" 2>/dev/null || true
        READER_PID=""
    fi
}
trap 'stop_voice; cleanup' EXIT

conf="$WORK_DIR/speechd"
mkdir -p "$conf" "$WORK_DIR/home"
cp -r /etc/speech-dispatcher/. "$conf/"
cat >>"$conf/speechd.conf" <<EOF
AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
EOF
fifo="$WORK_DIR/audio.fifo"
mkfifo "$fifo"
cat >"$WORK_DIR/home/.asoundrc" <<EOF
pcm.!default {
    type file
    slave.pcm "null"
    file "$fifo"
    format "raw"
}
EOF

python3 "$here/voice_capture.py" record "$fifo" "$OUT" "$RATE" >"$WORK_DIR/reader.out" &
READER_PID=$!
for _ in $(seq 1 50); do
    [[ -s "$WORK_DIR/reader.out" ]] && break
    sleep 0.1
done
start="$(head -n 1 "$WORK_DIR/reader.out")"

socket="$WORK_DIR/speechd.sock"
HOME="$WORK_DIR/home" speech-dispatcher --run-single --timeout 0 --config-dir "$conf" \
    --communication-method unix_socket --socket-path "$socket" \
    --pid-file "$WORK_DIR/speechd.pid" --log-dir "$WORK_DIR" >"$WORK_DIR/speechd.out" 2>&1 &
SPEECHD_PID=$!
for _ in $(seq 1 100); do
    [[ -S "$socket" ]] && break
    sleep 0.1
done
[[ -S "$socket" ]] || die "Speech Dispatcher did not start: $(cat "$WORK_DIR/speechd.out")"

echo "Limber: $LIMBER_BIN ($mode), the first $SECONDS_LIMIT s of $ROUTINE at $INTENSITY" \
    "through Speech Dispatcher $(speech-dispatcher --version | head -n 1 | awk '{print $NF}') + espeak-ng"
if [[ "$mode" == rehearsal ]]; then
    SPEECHD_ADDRESS="unix_socket:$socket" LIMBER_AUDIO_OUTPUT=null NO_COLOR=1 \
        RUST_LOG="limber::cues=debug,limber=info,warn" LIMBER_DATA_DIR="$DATA_DIR" \
        "$REHEARSE_BIN" "$ROUTINE" --intensity "$INTENSITY" --seconds "$SECONDS_LIMIT" \
        >"$WORK_DIR/rehearsal.out" 2>"$WORK_DIR/rehearsal.log" ||
        die "the rehearsal failed: $(cat "$WORK_DIR/rehearsal.log")"
else
    need Xvfb xdotool
    start_xvfb
    # The app's own profile at INTENSITY: a fresh data folder is Gentle.
    [[ "$INTENSITY" == gentle ]] || die "--app runs a fresh profile, at gentle"
    export SPEECHD_ADDRESS="unix_socket:$socket" LIMBER_SPEECH=on LIMBER_AUDIO_OUTPUT=null \
        NO_COLOR=1 RUST_LOG="limber::cues=debug,limber=info,warn"
    start_app voice --routine "$ROUTINE"
    # A fresh data folder shows the Safety screen first.
    pass_safety
    # The speaker connected at start-up (it takes a moment); then Start.
    sleep 3
    press Return
    sleep "$SECONDS_LIMIT"
    echo "the app's window: $(window_title)"
    stop_app
    cp "$APP_LOG" "$WORK_DIR/rehearsal.log"
fi
sleep 1
stop_voice

grep -q 'words handed to the speech engine' "$WORK_DIR/rehearsal.log" ||
    die "no line reached Speech Dispatcher: $(cat "$WORK_DIR/rehearsal.log")"
python3 "$here/voice_capture.py" analyse "$OUT" "$start" "$WORK_DIR/rehearsal.log"
