#!/usr/bin/env bash
# Runs every check and test of netstyle, stopping at the first failure:
# format, lints (host and wasm32), host tests, the build scripts' node
# tests, in-browser wasm tests in Chromium and in Firefox, the release build
# and the Playwright end-to-end suite in both engines (one spec of it serves
# the build with nginx). Installs what it needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh

started=$SECONDS
done_steps=()

step() {
  local name="$1"
  shift
  printf '\n==> %s\n' "$name"
  local t=$SECONDS
  if "$@"; then
    done_steps+=("$name")
    printf '==> %s: ok (%ss)\n' "$name" "$((SECONDS - t))"
  else
    local rc=$?
    printf '\n==> %s: FAILED (exit %s)\n' "$name" "$rc" >&2
    printf 'summary: stopped at "%s" after %s of 9 steps passed, in %ss\n' \
      "$name" "${#done_steps[@]}" "$((SECONDS - started))" >&2
    exit "$rc"
  fi
}

step "format" cargo fmt --all -- --check
step "clippy (host)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "tests (host)" cargo test
# The build scripts' own unit tests (scripts/*.test.mjs): the host headers.
step "tests (node, build scripts)" node --test scripts/

# The in-browser wasm tests once per engine: wasm-bindgen-test-runner drives
# Firefox when GECKODRIVER is set and Chromium when only CHROMEDRIVER is.
wasm_counts=()
wasm_tests() {
  local engine="$1" log="target/wasm-tests-$1.log"
  shift
  mkdir -p target
  env "$@" cargo test --target wasm32-unknown-unknown 2>&1 | tee "$log" || return
  wasm_counts+=("$engine $(awk '/^test result:/ { n += $4 } END { print n + 0 }' "$log") ran")
}
step "tests (wasm32, headless Chromium)" wasm_tests chromium -u GECKODRIVER
step "tests (wasm32, headless Firefox)" wasm_tests firefox -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)"
step "release build" trunk build --release --offline
# A free port of our own, so a server someone left running on the default
# port cannot make the suite fail or, worse, test an old build.
E2E_PORT="${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
export E2E_PORT
E2E_REPORT="$PWD/target/e2e-report.json"
export E2E_REPORT
rm -f "$E2E_REPORT"
step "end-to-end (Playwright, Chromium and Firefox)" npx --no-install playwright test

# Which tests ran in each engine, and every skipped one with its reason.
e2e_counts="$(node scripts/e2e-summary.mjs "$E2E_REPORT")"
printf '\n%s\n' "$e2e_counts" | sed '$d'
printf 'summary: all %s steps passed in %ss: %s. Tests per engine: wasm %s; end-to-end %s\n' \
  "${#done_steps[@]}" "$((SECONDS - started))" "$(IFS=,; echo "${done_steps[*]}" | sed 's/,/, /g')" \
  "$(IFS=,; echo "${wasm_counts[*]}" | sed 's/,/, /g')" "$(tail -n 1 <<<"$e2e_counts")"
