#!/usr/bin/env bash
# Runs every check and test of netstyle, stopping at the first failure:
# format, lints (host and wasm32), host tests, in-browser wasm tests, the
# release build and the Playwright end-to-end suite. Installs what it needs.
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
    printf 'summary: stopped at "%s" after %s of 7 steps passed, in %ss\n' \
      "$name" "${#done_steps[@]}" "$((SECONDS - started))" >&2
    exit "$rc"
  fi
}

step "format" cargo fmt --all -- --check
step "clippy (host)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "tests (host)" cargo test
step "tests (wasm32, headless Chromium)" cargo test --target wasm32-unknown-unknown
step "release build" trunk build --release --offline
# A free port of our own, so a server someone left running on the default
# port cannot make the suite fail or, worse, test an old build.
E2E_PORT="${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
export E2E_PORT
step "end-to-end (Playwright)" npx --no-install playwright test

printf '\nsummary: all %s steps passed in %ss: %s\n' \
  "${#done_steps[@]}" "$((SECONDS - started))" "$(IFS=,; echo "${done_steps[*]}" | sed 's/,/, /g')"
