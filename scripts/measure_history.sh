#!/usr/bin/env bash
# Years of history, measured: the peak memory of the app holding an empty
# profile, 10 years of daily sessions and 100,000 sessions (each in a
# process of its own), then the times (criterion). Release build.
#
#   scripts/measure_history.sh            # memory and times
#   scripts/measure_history.sh --memory   # memory only
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench history --no-run >/dev/null 2>&1 || cargo bench --bench history --no-run
for count in 0 3650 100000; do
  LIMBER_HISTORY_MEMORY=$count cargo bench --bench history 2>/dev/null | grep '^sessions:'
done
if [[ "${1:-}" != "--memory" ]]; then
  cargo bench --bench history 2>/dev/null | grep -E '^history/|time:'
fi
