#!/usr/bin/env bash
# Years of history, measured (release build): the peak memory of the app
# holding an empty profile, 10 years of daily sessions and 100,000 sessions,
# each in a process of its own after a separate process wrote the fixture;
# then the times (criterion).
#
#   scripts/measure_history.sh            # memory and times
#   scripts/measure_history.sh --memory   # memory only
set -euo pipefail
cd "$(dirname "$0")/.."
# The History screen is drawn headless on the CPU, as in the screen tests.
export ICED_TEST_BACKEND=tiny-skia
cargo bench --bench history --no-run 2>/dev/null
bench=$(ls -t target/release/deps/history-* | grep -v '\.d$' | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for count in 0 3650 100000; do
  mkdir -p "$work/$count"
  LIMBER_HISTORY_FIXTURE=$count LIMBER_HISTORY_DIR="$work/$count" "$bench"
  LIMBER_HISTORY_MEMORY=$count LIMBER_HISTORY_DIR="$work/$count" "$bench"
done
if [[ "${1:-}" != "--memory" ]]; then
  "$bench" --bench 2>/dev/null | grep -E '^history/|time:'
fi
