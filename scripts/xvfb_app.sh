# Shared helpers for scripts/screenshots.sh and scripts/measure_cpu.sh:
# start a private Xvfb, run Limber in it on the CPU renderer with a fresh
# data folder, find its window, send it keys, and clean everything up.
#
# Source it; do not run it. The caller sets LIMBER_BIN before start_app.
# Needs: Xvfb, xdotool (and ImageMagick's import/convert for screenshots).

# shellcheck shell=bash

XVFB_PID=""
APP_PID=""
APP_WID=""
APP_LOG=""
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/limber-xvfb.XXXXXX")"
DATA_DIR="$WORK_DIR/data"
mkdir -p "$DATA_DIR"

die() {
    echo "error: $*" >&2
    exit 1
}

need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            die "'$tool' is not installed (Debian: apt-get install xvfb xdotool imagemagick)"
    done
}

# Where cargo builds: $CARGO_TARGET_DIR as cargo reads it (relative to the
# repository), else the repository's target/.
target_dir() {
    local repo
    repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    case "${CARGO_TARGET_DIR:-}" in
        "") echo "$repo/target" ;;
        /*) echo "$CARGO_TARGET_DIR" ;;
        *) echo "$repo/$CARGO_TARGET_DIR" ;;
    esac
}

# The binary: the argument if given, else the target folder's release
# build, else its debug build.
pick_binary() {
    local given="$1" target
    target="$(target_dir)"
    if [[ -n "$given" ]]; then
        LIMBER_BIN="$given"
    elif [[ -x "$target/release/limber" ]]; then
        LIMBER_BIN="$target/release/limber"
    else
        LIMBER_BIN="$target/debug/limber"
    fi
    [[ -f "$LIMBER_BIN" ]] ||
        die "no Limber binary at '$LIMBER_BIN' (build it with 'cargo build --release' or pass its path)"
    [[ -x "$LIMBER_BIN" ]] || die "'$LIMBER_BIN' is not executable"
    LIMBER_BIN="$(cd "$(dirname "$LIMBER_BIN")" && pwd)/$(basename "$LIMBER_BIN")"
}

# The rehearsal (examples/rehearse.rs) built beside $LIMBER_BIN, in the
# same profile: a routine's cues on the real workers without a window.
pick_rehearse() {
    REHEARSE_BIN="$(dirname "$LIMBER_BIN")/examples/rehearse"
    local profile=()
    [[ "$(basename "$(dirname "$LIMBER_BIN")")" == release ]] && profile=(--release)
    if [[ ! -x "$REHEARSE_BIN" ]]; then
        (cd "$(dirname "${BASH_SOURCE[0]}")/.." && cargo build "${profile[@]}" --example rehearse) >&2 ||
            die "could not build the rehearsal (cargo build ${profile[*]} --example rehearse)"
    fi
    [[ -x "$REHEARSE_BIN" ]] || die "no rehearsal at '$REHEARSE_BIN'"
}

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 30); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
    APP_WID=""
}

cleanup() {
    stop_app
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    fi
    if [[ -n "${KEEP_WORK:-}" ]]; then
        echo "kept $WORK_DIR" >&2
    else
        rm -rf "$WORK_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts a private Xvfb (1366x768x24) on a display number it picks itself
# (-displayfd), so it never shares a display with another Xvfb. -noreset:
# without it Xvfb resets when its last client leaves, and an app started
# right after another one stopped fails with XOpenDisplayFailed.
start_xvfb() {
    local fifo_file="$WORK_DIR/display" i n=""
    : >"$fifo_file"
    Xvfb -displayfd 3 -screen 0 "${SCREEN_SIZE:-1366x768}x24" -nolisten tcp -noreset \
        3>"$fifo_file" >"$WORK_DIR/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for i in $(seq 1 100); do
        n="$(tr -dc '0-9' <"$fifo_file")"
        if [[ -n "$n" ]] && xdpyinfo_ok ":$n"; then
            export DISPLAY=":$n"
            return 0
        fi
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "Xvfb's output:" >&2
    sed 's/^/  | /' "$WORK_DIR/xvfb.log" >&2
    die "could not start Xvfb"
}

xdpyinfo_ok() {
    # xdotool needs a working display; getdisplaygeometry is a cheap probe.
    DISPLAY="$1" xdotool getdisplaygeometry >/dev/null 2>&1
}

# start_app NAME [ARGS...]: runs the binary with the CPU renderer and the
# script's data folder, waits for its window (await_window) and gives it
# the keyboard focus. The spoken coach speaks into a null engine
# (LIMBER_SPEECH=null: the real speech worker, no speech service), so a
# scripted run never starts the system's Speech Dispatcher and leaves it
# behind; set LIMBER_SPEECH (and SPEECHD_ADDRESS) to choose otherwise.
start_app() {
    local name="$1"
    shift
    APP_LOG="$WORK_DIR/$name.log"
    ICED_BACKEND=tiny-skia LIMBER_DATA_DIR="$DATA_DIR" RUST_BACKTRACE=1 \
        LIMBER_SPEECH="${LIMBER_SPEECH:-null}" \
        "$LIMBER_BIN" "$@" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    await_window
}

# await_window: waits for the window of the app started as APP_PID (output
# in APP_LOG) for up to APP_TIMEOUT s (default 90), sets APP_WID and gives
# it the keyboard focus. Exits with the app's output if it dies or never
# shows a window.
await_window() {
    local waited=0 timeout=$((${APP_TIMEOUT:-90} * 10))
    while :; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            local status=0
            wait "$APP_PID" || status=$?
            APP_PID=""
            kill -0 "$XVFB_PID" 2>/dev/null || echo "(our Xvfb on $DISPLAY has died)" >&2
            echo "Limber exited (status $status) before showing a window; its output:" >&2
            sed 's/^/  | /' "$APP_LOG" >&2
            exit 1
        fi
        APP_WID="$(xdotool search --onlyvisible --name "${WINDOW_NAME:-^Limber}" 2>/dev/null | tail -n 1 || true)"
        [[ -n "$APP_WID" ]] && break
        waited=$((waited + 1))
        if ((waited > timeout)); then
            echo "Limber showed no window within ${APP_TIMEOUT:-90} s; its output:" >&2
            sed 's/^/  | /' "$APP_LOG" >&2
            exit 1
        fi
        sleep 0.1
    done
    focus_app
}

# pass_safety: a fresh data folder opens on the Safety screen; Enter
# answers it, and this returns when the window shows another screen.
pass_safety() {
    local title _
    for _ in $(seq 1 300); do
        title="$(window_title)"
        [[ "$title" == "Limber — Safety" ]] && press Return
        [[ "$title" != "Limber — Safety" && "$title" == "Limber — "* ]] && break
        sleep 0.1
    done
}

# shot_window FILE [SETTLE]: after SETTLE seconds (default 2) for the CPU
# renderer to draw, the screen into FILE, cropped to the app's window
# unless FULL_SCREEN=1.
shot_window() {
    local file="$1"
    sleep "${2:-2}"
    import -window root "$file"
    if [[ -z "${FULL_SCREEN:-}" ]]; then
        local X Y WIDTH HEIGHT
        eval "$(xdotool getwindowgeometry --shell "$APP_WID" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
        convert "$file" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$file"
    fi
}

# No window manager under a bare Xvfb: set the input focus ourselves and
# park the pointer over an empty corner of the window (never click: a click
# could press a button).
focus_app() {
    xdotool windowfocus --sync "$APP_WID" 2>/dev/null || xdotool windowfocus "$APP_WID" 2>/dev/null || true
    local X=0 Y=0
    eval "$(xdotool getwindowgeometry --shell "$APP_WID" 2>/dev/null | grep -E '^(X|Y)=')"
    xdotool mousemove $((X + 4)) $((Y + 4)) 2>/dev/null || true
}

window_title() {
    xdotool getwindowname "$APP_WID" 2>/dev/null || true
}

# wait_title EXACT [SECONDS]: waits until the window title is EXACT.
wait_title() {
    local want="$1" seconds="${2:-30}" i
    for i in $(seq 1 $((seconds * 10))); do
        [[ "$(window_title)" == "$want" ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || die "Limber exited; its output: $(cat "$APP_LOG")"
        sleep 0.1
    done
    die "the window title never became '$want' (it is '$(window_title)')"
}

# press KEY [COUNT]: sends KEY (an X keysym: Return, Right, space, Escape)
# COUNT times to the focused window through XTEST.
press() {
    local key="$1" count="${2:-1}" _
    for _ in $(seq 1 "$count"); do
        xdotool key "$key"
        sleep "${KEY_GAP:-0.25}"
    done
}

# CPU time (utime + stime, in clock ticks) of a process so far.
cpu_ticks() {
    # Fields after the ")" of the command name: state is field 3, utime 14,
    # stime 15 of the full line.
    local rest
    rest="$(sed 's/^.*) //' "/proc/$1/stat")"
    # shellcheck disable=SC2086
    set -- $rest
    echo $((${12} + ${13}))
}
