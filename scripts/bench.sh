#!/usr/bin/env bash
# Builds the release and measures it against the performance budget:
#   1. every file of the build raw, gzip and brotli, and what a first visit
#      downloads, compressed (bench/sizes.mjs);
#   2. Lighthouse, mobile settings, medians of BENCH_RUNS (at least 3) runs
#      against the build served compressed on loopback (bench/lighthouse.mjs);
#   3. answer-to-paint p50/p95 over every item with the CPU slowed 4x
#      (bench/interaction.mjs, BENCH_PASSES passes through the quiz).
# Not part of scripts/test.sh: the figures depend on the machine and on what
# else runs on it. It prints a "budget met/MISSED" line per budget and exits 0
# when it could measure; BENCH_STRICT=1 makes a missed budget exit 1.
#
#   bash scripts/bench.sh
#   BENCH_DIST=target/bench-dist BENCH_RUNS=5 bash scripts/bench.sh
#   BENCH_SKIP_BUILD=1 bash scripts/bench.sh   # measure the build already there
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh

dist="${BENCH_DIST:-dist}"
runs="${BENCH_RUNS:-3}"
passes="${BENCH_PASSES:-3}"

printf '\n==> netstyle benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'commit %s%s; %s; %s; %s cores, load average %s\n' \
  "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock index.html static 2>/dev/null || echo ' (with local changes)')" \
  "$("$CHROME_PATH" --version 2>/dev/null | head -n 1)" "$(node --version)" \
  "$(nproc)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  printf '\n==> release build into %s/\n' "$dist"
  trunk build --release --offline --dist "$dist"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
printf '\n==> sizes\n'
node bench/sizes.mjs "$dist" | tee -a "$log"
printf '\n==> Lighthouse\n'
node bench/lighthouse.mjs "$dist" "$runs" | tee -a "$log"
printf '\n==> answer to paint\n'
node bench/interaction.mjs "$dist" "$passes" | tee -a "$log"

printf '\n==> budgets\n'
grep '^budget ' "$log"
if [ "${BENCH_STRICT:-0}" = 1 ] && grep -q '^budget MISSED' "$log"; then
  exit 1
fi
