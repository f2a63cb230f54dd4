#!/usr/bin/env bash
# The real check of the reminders, on a private desktop: Xvfb,
# a private D-Bus session bus, the dunst notification server, and
# dbus-monitor watching org.freedesktop.Notifications. Takes about four
# minutes (it waits for planned times a minute ahead; do not start it in
# the last minutes before midnight).
#
#   scripts/remind_check.sh [path/to/limber]
#
# 1. Plans Lower back and Hips a minute ahead and runs `limber remind`;
#    both reminders arrive at that minute (the Notify calls are printed).
#    Lower back is snoozed and Hips marked done through dunst's own
#    context menu (a stand-in for dmenu picks the button, as a person
#    would), and the saved reminder state shows both.
# 2. Plans Full routine a minute ahead, stops `limber remind` before that
#    minute and starts it again after: the missed reminder comes once, at
#    start. Its Start opens Limber on the Full routine (a screenshot of the
#    screen is kept). A third start shows nothing again.
#
# Needs (Debian): dbus dbus-x11 dunst xvfb imagemagick xdotool
# (`bash scripts/setup.sh --reminders`). `cargo test` needs none of this.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$repo/target/debug/limber}"
[[ -x "$bin" ]] || { echo "error: no Limber binary at $bin (cargo build first)" >&2; exit 1; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
for tool in Xvfb dbus-run-session dbus-monitor dunst dunstctl import; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (bash scripts/setup.sh --reminders)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/limber-remind.XXXXXX")"
echo "Working in $work"
display=":$((100 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1

# dunst calls "dmenu" with one line per action (`#Snooze 10 min (Time
# for Hips …) [3,snooze]`); this one picks the line holding the text in
# choice.txt, like a person clicking that button. (dunst runs it with its
# own environment, not dunstctl's, hence the file.)
cat >"$work/pick.sh" <<EOF
#!/bin/sh
tee -a "$work/menu.txt" | grep -m1 -F -- "\$(cat "$work/choice.txt")"
EOF
chmod +x "$work/pick.sh"
printf '[global]\n    dmenu = %s\n' "$work/pick.sh" >"$work/dunstrc"

cat >"$work/session.sh" <<'EOF'
set -euo pipefail
cd "$LIMBER_WORK"
export LIMBER_DATA_DIR="$LIMBER_WORK/data" RUST_LOG=limber=info ICED_BACKEND=tiny-skia
dbus-monitor --session "interface='org.freedesktop.Notifications'" >monitor.log 2>&1 &
monitor=$!
dunst -config dunstrc >dunst.log 2>&1 &
dunst_pid=$!
remind_pid=""
# Whatever happens, leave nothing running.
trap 'kill $remind_pid $dunst_pid $monitor 2>/dev/null || true' EXIT
start_remind() { "$LIMBER_BIN" remind >>remind.log 2>&1 & remind_pid=$!; }
stop_remind() { kill "$remind_pid"; wait "$remind_pid" 2>/dev/null || true; remind_pid=""; }
# The next whole minute at least 25 s away, as HH:MM.
minute_ahead() { local s=$(( $(date +%s) + 25 )); date -d "@$(( (s / 60 + 1) * 60 ))" +%H:%M; }
# wait_for FILE TEXT SECONDS [COUNT]: until FILE holds TEXT (fixed
# string) COUNT times (default once), at most SECONDS.
wait_for() {
    local i
    for i in $(seq 1 "$3"); do
        [[ "$(grep -c -F -- "$2" "$1" 2>/dev/null || true)" -ge "${4:-1}" ]] && return 0
        sleep 1
    done
    echo "timed out waiting for '$2' in $1" >&2
    return 1
}
choose() { printf '%s' "$1" >choice.txt; dunstctl context; sleep 2; }

echo "== 1. Two reminders at their time; snooze one, mark the other done"
at="$(minute_ahead)"
"$LIMBER_BIN" plan add lower-back --days daily --at "$at"
"$LIMBER_BIN" plan add hips --days daily --at "$at"
start_remind
wait_for monitor.log 'member=Notify' 120 2
sleep 2
echo "--- The Notify calls dbus-monitor saw:"
# A message starts at column 0; keep the Notify calls with their arguments.
awk '/^[^ ]/ { p = /member=Notify$/ } p' monitor.log
choose "Snooze 10 min (Time for Lower back"
choose "Done today (Time for Hips"
wait_for remind.log 'snoozed for 10 min' 10
wait_for remind.log 'done today' 10
echo "--- The actions the server sent back:"
grep -A2 'member=ActionInvoked' monitor.log | grep -v '^--' || true
echo "--- The saved reminder state:"
cat data/reminders/me.ron

echo "== 2. A reminder missed while not running is shown once, at the next start"
at="$(minute_ahead)"
"$LIMBER_BIN" plan add full --days daily --at "$at"
wait_for data/reminders/me.ron '"full"' 60   # remind has seen the new plan
stop_remind
echo "limber remind stopped before $at; waiting past it"
while [[ "$(date +%H:%M)" < "$at" || "$(date +%H:%M)" == "$at" ]]; do sleep 2; done
sleep 3
start_remind
wait_for remind.log 'reminder shown: Time for Full routine' 30
choose "Start (Time for Full routine"
wait_for remind.log 'opening Limber on full' 10
sleep 8
import -display "$DISPLAY" -window root "$LIMBER_WORK/after-start.png"
# A new profile reads the safety page first; past it, the routine waits.
if command -v xdotool >/dev/null; then
    wid="$(xdotool search --onlyvisible --name '^Limber' | tail -n 1 || true)"
    if [[ -n "$wid" ]]; then
        xdotool windowfocus --sync "$wid" 2>/dev/null || true
        xdotool key Return
        sleep 3
        import -display "$DISPLAY" -window root "$LIMBER_WORK/after-safety.png"
    fi
fi
echo "--- Processes started by Start:"
pgrep -a -f -- "--routine full" | grep -F -- "$LIMBER_WORK" || echo "(none)"
stop_remind
start_remind
sleep 5
stop_remind
echo "--- Reminders shown in all (the missed one once, not again on the third start):"
grep -F 'reminder shown' remind.log | sed 's/^.*reminder shown/reminder shown/'
# The window Start opened (its command line names this run's data folder).
for pid in $(pgrep -f -- "--data-dir $LIMBER_WORK/data" || true); do kill "$pid" 2>/dev/null || true; done
kill "$dunst_pid" "$monitor" 2>/dev/null || true
EOF

LIMBER_BIN="$bin" LIMBER_WORK="$work" DISPLAY="$display" \
    dbus-run-session -- bash ${LIMBER_TRACE:+-x} "$work/session.sh" 2> >(grep -v "Failed to set fd limit" >&2)
echo "Logs in $work (monitor.log, remind.log, dunst.log); screenshots: $work/after-*.png"
