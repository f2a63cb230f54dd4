#!/usr/bin/env bash
# The order in which a Linux release build lays out Limber's code: the
# functions the app runs from its start to the idle Home screen come
# first, together, so the code pages start-up touches lie side by side.
#
# Why: Linux maps a file-backed page and its neighbours (fault-around, a
# 64 KB window) at each first touch, so an idle window keeps every 64 KB
# of the executable that start-up reached at all. Left in the compiler's
# order, the 2–3 MB of code start-up runs is strewn across more than half
# of the 24 MB of code, and the idle window kept about 14 MB of it
# resident. `build.rs` hands this file to the linker (lld's
# --symbol-ordering-file) for release builds on x86_64 Linux.
#
# Usage:
#   scripts/startup_order.sh [LIMBER_BINARY]
#       runs the binary (default target/release/limber) under valgrind's
#       callgrind on a private Xvfb, from its start through the Safety
#       screen to the idle Home screen, and writes the functions it ran
#       that the binary defines to packaging/linux/startup.order (or
#       ORDER_FILE), one symbol a line, most run first.
#   scripts/startup_order.sh --faults [LIMBER_BINARY]
#       runs a binary already linked with the file, natively (perf
#       recording its page faults), through the same start, and adds the
#       functions whose code was first touched outside the ordered block:
#       what the real processor runs and valgrind's does not (code chosen
#       by CPU features valgrind lacks, such as AVX-512, and work whose
#       timing differs). Run it after the first pass and a rebuild.
#   scripts/startup_order.sh --check [LIMBER_BINARY]
#       how many of the file's symbols the binary defines. Symbol names
#       carry a hash of their crate's build; after a Rust or dependency
#       update the names drift, fewer are found, and the file should be
#       written again from a release build (this command, then rebuild).
#
# Needs valgrind (perf for --faults), dbus-run-session, Xvfb and xdotool
# (scripts/setup.sh installs the last three). The list should cover a
# desktop's start and a bare one's: write it, rebuild, then run --faults
# once as it is and once with SESSION_BUS=0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ORDER_FILE="${ORDER_FILE:-$here/../packaging/linux/startup.order}"

# The binary's own function symbols, one a line, sorted.
defined_functions() {
    nm --defined-only "$1" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u
}

if [[ "${1:-}" == "--check" ]]; then
    shift
    bin="${1:-$here/../target/release/limber}"
    [[ -f "$ORDER_FILE" ]] || { echo "no order file at $ORDER_FILE" >&2; exit 1; }
    listed="$(grep -c . "$ORDER_FILE")"
    found="$(comm -12 <(sort -u "$ORDER_FILE") <(defined_functions "$bin") | wc -l)"
    echo "$found of $listed symbols in $(basename "$ORDER_FILE") are defined in $bin"
    exit 0
fi

# On a private session bus, as on a desktop, where start-up asks it for
# the system's light or dark mode (and the reminders use it): that code
# runs only when a bus answers. SESSION_BUS=0 runs without one.
if [[ "${SESSION_BUS:-1}" != 0 && -z "${LIMBER_ORDER_BUS:-}" ]] && command -v dbus-run-session >/dev/null; then
    exec env LIMBER_ORDER_BUS=1 dbus-run-session -- "$0" "$@"
fi

# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"
mode=callgrind
if [[ "${1:-}" == "--faults" ]]; then
    mode=faults
    shift
fi
pick_binary "${1:-}"
target="$LIMBER_BIN"

# run_to_idle RECORD TOOL SIGNAL [ARGS...]: the binary under TOOL (whose
# ARGS name the file RECORD it writes) from a fresh data folder through the
# Safety screen to the idle Home screen; then SIGNAL to the tool, which
# writes RECORD on the way out.
run_to_idle() {
    local record="$1" tool="$2" signal="$3"
    shift 3
    LIMBER_BIN="$(command -v "$tool")"
    start_app "$(basename "$record")" "$@"
    pass_safety
    sleep "${IDLE_WAIT:-20}"
    # Only the tool's command line names its record.
    pkill "-$signal" -f -- "$record" || true
    for _ in $(seq 1 300); do
        pgrep -f -- "$record" >/dev/null || break
        sleep 0.2
    done
    stop_app
}

start_xvfb
if [[ "$mode" == faults ]]; then
    need perf Xvfb xdotool nm readelf python3
    [[ -f "$ORDER_FILE" ]] || die "no order file at $ORDER_FILE: run the first pass first"
    record="$WORK_DIR/faults.data"
    run_to_idle "$record" perf INT record -q -e exceptions:page_fault_user -c 1 -o "$record" -- "$target"
    [[ -s "$record" ]] || die "perf recorded nothing (perf_event_paranoid, or run as root)"
    python3 "$here/startup_faults.py" "$record" "$target" "$ORDER_FILE" >"$WORK_DIR/added"
    cat "$WORK_DIR/added" >>"$ORDER_FILE"
    echo "added $(grep -c . "$WORK_DIR/added" || true) symbols to $ORDER_FILE"
    exit 0
fi

need valgrind Xvfb xdotool nm
out="$WORK_DIR/callgrind.out"
# Callgrind runs the code about fifty times slower: give the window time.
export APP_TIMEOUT=600
run_to_idle "$out" valgrind TERM --tool=callgrind --demangle=no --callgrind-out-file="$out" "$target"
[[ -s "$out" ]] || die "callgrind wrote no profile"

# Each function of the binary's own object (ob=) with the instructions it
# ran itself; callgrind names each object and function once, then by number.
awk -v bin="$target" '
    function name(kind, text,    id, rest) {
        id = text; sub(/\).*/, "", id); sub(/^\(/, "", id)
        rest = text; sub(/^\([0-9]+\) ?/, "", rest)
        if (rest != "") names[kind, id] = rest
        return names[kind, id]
    }
    /^ob=/ { object = name("ob", substr($0, 4)); next }
    /^cob=/ { name("ob", substr($0, 5)); next }
    /^fn=/ { fn = name("fn", substr($0, 4)); mine = (object == bin); next }
    /^cfn=/ { name("fn", substr($0, 5)); next }
    /^calls=/ { skip = 1; next }
    /^[0-9+*-]/ {
        if (skip) { skip = 0; next }
        if (mine && fn != "") cost[fn] += $2
        next
    }
    END { for (f in cost) printf "%d\t%s\n", cost[f], f }
' "$out" | sort -rn | cut -f2 >"$WORK_DIR/ran"

mkdir -p "$(dirname "$ORDER_FILE")"
# Keep the symbols the binary defines (callgrind also names inlined-away
# or local labels), in the order ran, most instructions first.
awk 'NR == FNR { defined[$0] = 1; next } defined[$0] && !seen[$0]++' \
    <(defined_functions "$target") "$WORK_DIR/ran" >"$ORDER_FILE"
echo "wrote $(grep -c . "$ORDER_FILE") symbols to $ORDER_FILE"
