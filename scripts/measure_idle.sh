#!/usr/bin/env bash
# The idle window's footprint beside a bare iced window, in one run on one
# private Xvfb (CPU renderer, ICED_BACKEND=tiny-skia, fresh data folder).
# Prints figures, not pass/fail:
#   memory:    resident (VmRSS), proportional (Pss: shared pages split
#              between the processes using them) and the peak (VmHWM), MB;
#              then the resident memory split into what the process wrote
#              (anonymous: heap, stacks; and the window's shared buffer)
#              and the program's own file pages (its code and constants,
#              read from the executable and libraries: clean, dropped
#              first when memory is short)
#   wake-ups:  context switches of all the process's threads over SECONDS
#              (each time a thread wakes and sleeps again), per thread name
#
# Usage: scripts/measure_idle.sh [LIMBER_BINARY...]
#   LIMBER_BINARY  one or more (e.g. before and after a change), each
#                  measured after the bare window on the same display;
#                  default target/release/limber, else target/debug/limber
# Environment:
#   BARE_BIN       the bare iced window (examples/bare_window.rs), default
#                  next to the first LIMBER_BINARY in examples/
#   SECONDS_EACH   how long each is watched idle (default 20)
#   SETTLE         seconds after the window shows before watching (default 5)
#   STRACE=1       also count the waiting system calls of each (strace -f -c)
#   MAPS=N         also the N mappings with the most resident memory (the
#                  executable, each library and font, the heap, the window
#                  buffer), to see where a difference lives
#
# Exits 0 after printing; 1 only if a window could not be started.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

apps=()
if (($# == 0)); then
    pick_binary ""
    apps+=("$LIMBER_BIN")
else
    for given in "$@"; do
        pick_binary "$given"
        apps+=("$LIMBER_BIN")
    done
fi
BARE_BIN="${BARE_BIN:-$(dirname "${apps[0]}")/examples/bare_window}"
[[ -x "$BARE_BIN" ]] || die "no bare window at '$BARE_BIN' (cargo build --release --example bare_window)"
need Xvfb xdotool awk
SECONDS_EACH="${SECONDS_EACH:-20}"
SETTLE="${SETTLE:-5}"

# kB of a field of /proc/PID/status or smaps_rollup.
field_kb() {
    awk -v f="$2:" '$1 == f { print $2; exit }' "$1"
}

# Context switches per thread name: "name total" lines.
switches() {
    local pid="$1" task
    for task in /proc/"$pid"/task/*; do
        [[ -r "$task/status" ]] || continue
        awk -v name="$(cat "$task/comm" 2>/dev/null)" '
            $1 == "voluntary_ctxt_switches:" || $1 == "nonvoluntary_ctxt_switches:" { n += $2 }
            END { print name "\t" n }' "$task/status"
    done
}

# watch LABEL: the figures of APP_PID, idle, over SECONDS_EACH.
watch() {
    local label="$1" before after
    sleep "$SETTLE"
    before="$(switches "$APP_PID")"
    if [[ -n "${STRACE:-}" ]] && command -v strace >/dev/null; then
        timeout --signal=INT "$SECONDS_EACH" strace -f -c -p "$APP_PID" \
            -e trace=futex,poll,ppoll,epoll_wait,epoll_pwait,select,pselect6,nanosleep,clock_nanosleep,read,recvmsg \
            -o "$WORK_DIR/$label.strace" 2>/dev/null || true
    else
        sleep "$SECONDS_EACH"
    fi
    after="$(switches "$APP_PID")"
    local rss pss hwm anon shmem file
    rss="$(field_kb "/proc/$APP_PID/status" VmRSS)"
    hwm="$(field_kb "/proc/$APP_PID/status" VmHWM)"
    pss="$(field_kb "/proc/$APP_PID/smaps_rollup" Pss)"
    anon="$(field_kb "/proc/$APP_PID/status" RssAnon)"
    shmem="$(field_kb "/proc/$APP_PID/status" RssShmem)"
    file="$(field_kb "/proc/$APP_PID/status" RssFile)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rss" "$pss" "$hwm" "$anon" "$file" >>"$WORK_DIR/memory"
    mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
    echo "$label: resident $(mb "$rss") MB, proportional $(mb "$pss") MB, peak $(mb "$hwm") MB"
    echo "$label: written $(mb "$anon") MB anonymous + $(mb "$shmem") MB window buffer, file pages $(mb "$file") MB"
    # Wake-ups: per thread name, the threads that switched at all.
    join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 \
        <(sort <<<"$before" | awk -F '\t' '{ s[$1] += $2 } END { for (n in s) print n "\t" s[n] }' | sort) \
        <(sort <<<"$after" | awk -F '\t' '{ s[$1] += $2 } END { for (n in s) print n "\t" s[n] }' | sort) |
        awk -F '\t' -v l="$label" -v s="$SECONDS_EACH" -v out="$WORK_DIR/wakes" '
            { d = $3 - $2; total += d; if (d > 0) line = line sprintf(" %s:%d", $1, d) }
            END {
                printf "%s: %d wake-ups in %d s%s\n", l, total, s, (line == "" ? "" : " (" substr(line, 2) ")")
                printf "%s\t%d\n", l, total >> out
            }'
    if [[ -n "${MAPS:-}" ]]; then
        awk '/^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6 ? $6 : "[anonymous]") }
             /^Rss:/ { kb[name] += $2 }
             END { for (n in kb) if (kb[n] > 0) printf "%8.1f MB  %s\n", kb[n] / 1024, n }' \
            "/proc/$APP_PID/smaps" | sort -rn | head -n "$MAPS" | sed 's/^/    /'
    fi
    if [[ -f "$WORK_DIR/$label.strace" ]]; then
        sed 's/^/    /' "$WORK_DIR/$label.strace"
    fi
}

echo "Idle footprint on Xvfb, CPU renderer, ${SECONDS_EACH} s each after ${SETTLE} s to settle"
echo "  bare: $BARE_BIN"
for n in "${!apps[@]}"; do
    echo "  [$((n + 1))]  ${apps[$n]}"
done
start_xvfb
: >"$WORK_DIR/memory"
: >"$WORK_DIR/wakes"

LIMBER_BIN="$BARE_BIN"
start_app bare
watch "bare iced window"
stop_app

for n in "${!apps[@]}"; do
    LIMBER_BIN="${apps[$n]}"
    # Each on a data folder of its own, as on a first start.
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    start_app "idle-$n"
    pass_safety
    watch "[$((n + 1))] Limber idle on Home"
    stop_app
done

awk -F '\t' '
    NR == 1 { rss = $2; pss = $3; anon = $5; file = $6; next }
    {
        printf "%s / bare: resident %.2f, proportional %.2f, anonymous %.2f, file pages %.2f\n",
            substr($1, 1, 3), $2 / rss, $3 / pss, $5 / anon, $6 / file
    }' "$WORK_DIR/memory"
