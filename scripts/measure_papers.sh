#!/usr/bin/env bash
# The papers and the cue sheet on big input, as a person runs them: each
# command's wall time and peak resident memory (GNU time), on content and
# histories this script writes into a temporary folder:
#   hostile:  a routine of 10,000 exercises, an exercise of 5,000 steps, a
#             routine title of a megabyte (refused, with the limit named)
#   limits:   a routine at every content limit at once (50 exercises of
#             20 steps, titles of 120 and texts of 500 characters) at the
#             Strong level: `print` and `show --timeline`
#   history:  `report` over HISTORY sessions (default 300,000), for the
#             default eight weeks and for ten years
# Prints figures, not pass/fail. The scaling of each part is in
# `cargo bench --bench papers`.
#
# Usage: scripts/measure_papers.sh [LIMBER_BINARY]
#   default release/limber, else debug/limber under $CARGO_TARGET_DIR
#   (else target/)
# Environment: HISTORY (sessions in the history, default 300000)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# pick_binary and target_dir (no X server is started here).
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"
pick_binary "${1:-}"
bin="$LIMBER_BIN"
[[ -x "$bin" ]] || die "no Limber binary at '$bin'"
command -v python3 >/dev/null || { echo "error: python3 is needed to write the content" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "error: GNU time (/usr/bin/time) is needed" >&2; exit 1; }
HISTORY="${HISTORY:-300000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/limber-papers.XXXXXX")"
trap 'rm -rf "$work"; cleanup' EXIT

python3 - "$work" "$HISTORY" <<'PY'
import os, sys, time
work, sessions = sys.argv[1], int(sys.argv[2])
def write(path, text):
    path = os.path.join(work, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
def routine(rid, title, exercise, count):
    entries = "".join(f'        (exercise: "{exercise}"),\n' for _ in range(count))
    return f'(\n    id: "{rid}",\n    title: "{title}",\n    description: "A routine.",\n    area: "lower-back",\n    exercises: [\n{entries}    ],\n)\n'
def exercise(eid, title, steps, text):
    cards = "".join(
        f'        (role: Setup, title: "{title}", text: "{text}", caution: "{text}", illustration: Pose("crunch-start")),\n'
        for _ in range(steps))
    return (f'(\n    id: "{eid}",\n    title: "{title}",\n    areas: ["lower-back"],\n    summary: "{text}",\n'
            f'    sides: Alternate,\n    limb: Leg,\n'
            f'    dose: (hold_seconds: (1, 300), repetitions: (1, 50), move_seconds: 3, release_seconds: 3, rest_seconds: 5),\n'
            f'    cautions: ["{text}"],\n    highlight: Abdomen,\n    steps: [\n{cards}'
            f'        (role: Hold, title: "{title}", text: "{text}", illustration: Pose("crunch-up")),\n    ],\n)\n')
# The hostile folder.
write("hostile/routines/big.ron", routine("big", "Big", "partial-crunch", 10_000))
write("hostile/exercises/many-steps.ron", exercise("many-steps", "Many steps", 5_000, "Lie on your back."))
write("hostile/routines/many-steps.ron", routine("many-steps-routine", "Many steps", "many-steps", 1))
write("hostile/routines/huge-title.ron", routine("huge-title", "Stretch " * (1_000_000 // 8), "partial-crunch", 1))
# Every limit at once.
words = "Lie on your back with your knees bent and breathe calmly. "
text = (words * 20)[:500].strip()
title = (words * 5)[:120].strip()
for n in range(50):
    write(f"limits/exercises/limit-{n}.ron", exercise(f"limit-{n}", title, 19, text))
entries = "".join(f'        (exercise: "limit-{n}"),\n' for n in range(50))
write("limits/routines/limits.ron",
      f'(\n    id: "limits",\n    title: "{title}",\n    description: "{text}",\n    area: "lower-back",\n    exercises: [\n{entries}    ],\n)\n')
# A history: three exercises a session (one sided), a session every 1,000 s
# up to now, one in 13 stopped because it hurt.
now = int(time.time())
levels = ["Gentle", "Standard", "Strong"]
with open(os.path.join(work, "history.ron"), "w") as f:
    f.write("(version: 2, sessions: [\n")
    for n in range(sessions - 1, -1, -1):
        def one(eid, etitle, done, sides):
            return (f'(id:"{eid}",title:"{etitle}",intensity:{levels[n % 3]},hold_seconds:{15 + n % 16},'
                    f'repetitions:{3 + n % 3},completed:{"true" if done else "false"},sides:{sides})')
        exercises = ",".join([
            one("prone-press-up", "Press-up on forearms", n % 11 != 0, "None"),
            one("knee-to-chest", "Knee to chest", True, "Some((left:3,right:%d))" % (3 if n % 17 else 2)),
            one("partial-crunch", "Partial crunch", True, "None"),
        ])
        ending = 'Some(StoppedForPain(exercise_id:"knee-to-chest"))' if n % 13 == 0 else "Some(Finished)"
        f.write(f'(started_at:{now - 600 - n * 1000},routine_id:"lower-back",routine_title:"Lower back",'
                f'duration_seconds:{280 + n % 60},exercises:[{exercises}],pain_before:Some({n % 7}),'
                f'pain_after:Some({n % 5}),ending:{ending}),\n')
    f.write("])\n")
PY

# The store makes its first profile on its first run; the history is its.
LIMBER_DATA_DIR="$work/data" "$bin" history >/dev/null
id="$(sed -n 's/.*last_used: Some("\(.*\)").*/\1/p' "$work/data/profiles.ron")"
mv "$work/history.ron" "$work/data/history/$id.ron"

# run LABEL PATTERN ARGS...: the command's time, peak memory and exit
# status, and the first line of its output matching PATTERN.
run() {
    local label="$1" pattern="$2" out status seconds kb said
    shift 2
    out="$work/out"
    status=0
    LIMBER_DATA_DIR="$work/data" LC_ALL=C.UTF-8 /usr/bin/time -f "%e %M" -o "$work/time" \
        "$bin" "$@" >"$out" 2>&1 || status=$?
    read -r seconds kb < <(tail -n 1 "$work/time")
    said="$(grep -m 1 -E "$pattern" "$out" | sed 's|.*/||' | cut -c 1-100 || true)"
    printf '%-34s %6.2f s %7.1f MB  exit %d  %s\n' "$label" "$seconds" \
        "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$status" "$said"
}

echo "Limber: $bin"
echo "history: $HISTORY sessions, $(du -h "$work/data/history/$id.ron" | cut -f 1)"
hostile=(--content "$work/hostile")
limits=(--content "$work/limits")
ten_years="$(date -d '-3652 days' +%F)"
run "print 10,000 exercises" 'big.ron' "${hostile[@]}" print big --intensity standard --out "$work/a.pdf"
run "print 5,000 steps" 'many-steps.ron:' "${hostile[@]}" print many-steps-routine --intensity standard --out "$work/b.pdf"
run "print 1 MB title" 'huge-title.ron' "${hostile[@]}" print huge-title --intensity standard --out "$work/c.pdf"
run "show --timeline 10,000 exercises" 'big.ron' "${hostile[@]}" show big --timeline --intensity strong
run "print at every limit" 'pages' "${limits[@]}" print limits --intensity strong --out "$work/d.pdf"
run "show --timeline at every limit" '^Total' "${limits[@]}" show limits --timeline --intensity strong
run "report, eight weeks" 'sessions in this period' report --out "$work/e.pdf"
run "report, ten years" 'sessions in this period' report --from "$ten_years" --out "$work/f.pdf"
run "report --csv, ten years" 'sessions in this period' report --from "$ten_years" --csv --out "$work/g.csv"
