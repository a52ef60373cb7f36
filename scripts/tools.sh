#!/usr/bin/env bash
# Installs what building and testing netstyle needs, at pinned versions, and
# skips whatever is already there. Everything comes from a package registry:
# trunk runs offline, so it never downloads a tool of its own.
#
#   source scripts/tools.sh   # from serve.sh and test.sh: also sets PATH and env
#   bash scripts/tools.sh     # just install
#
# Needs: rustup, Node 20+ and npm. Chromium, Firefox ESR and nginx come from
# Debian (as root); geckodriver, which runs the wasm tests in Firefox, from crates.io.

# Only harden a shell that is ours: a person sourcing this into an interactive
# shell keeps their options.
[[ $- == *i* ]] || set -euo pipefail

NETSTYLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
GECKODRIVER_VERSION="0.37.1"

say() { printf 'tools: %s\n' "$*"; }

netstyle_install_tools() (
  set -euo pipefail
  cd "$NETSTYLE_ROOT"
  die() { printf 'tools: %s\n' "$*" >&2; exit 1; }

  command -v rustup >/dev/null || die "rustup is missing: install Rust with rustup (https://rustup.rs) and run this again."
  command -v cargo >/dev/null || die "cargo is missing: run 'rustup default stable' and run this again."
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js 20 or newer with npm is missing: install it (for example 'apt-get install nodejs npm') and run this again."
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old: install Node.js 20 or newer and run this again."

  # The toolchain pinned in rust-toolchain.toml, with its target and
  # components: rustup does not install it on first use when
  # RUSTUP_AUTO_INSTALL=0, as on some CI machines.
  rustup toolchain install </dev/null
  installed_targets="$(rustup target list --installed)"
  if grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
    say "rust target wasm32-unknown-unknown ok"
  else
    say "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
    say "rustfmt and clippy ok"
  else
    say "adding rustfmt and clippy"
    rustup component add rustfmt clippy
  fi

  if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION ok"
  else
    say "installing trunk $TRUNK_VERSION (cargo install, about 6 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  # The CLI must match the wasm-bindgen crate the app links exactly.
  [ -f Cargo.lock ] || die "Cargo.lock is missing: it pins wasm-bindgen; restore it from git and run this again."
  bindgen_version="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  [ -n "$bindgen_version" ] || die "Cargo.lock has no wasm-bindgen package: cannot tell which wasm-bindgen-cli to install."
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $bindgen_version" ] \
    && [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $bindgen_version" ]; then
    say "wasm-bindgen-cli $bindgen_version ok"
  else
    # Not --locked: the registry copy of this release lacks one of its locked versions.
    say "installing wasm-bindgen-cli $bindgen_version (cargo install, about 2 minutes)"
    cargo install wasm-bindgen-cli --version "=$bindgen_version"
  fi

  # One npm ci at a time per checkout: two scripts started together would
  # otherwise delete each other's node_modules half-way.
  if command -v flock >/dev/null; then
    exec 9>"${TMPDIR:-/tmp}/netstyle-npm-$(printf '%s' "$NETSTYLE_ROOT" | cksum | cut -d' ' -f1).lock"
    flock 9
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ package.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (npm ci)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null
  else
    say "npm packages ok"
  fi
  exec 9>&-
  [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null || true)" = "wasm-opt version $WASM_OPT_VERSION (version_$WASM_OPT_VERSION)" ] \
    || die "node_modules/.bin/wasm-opt is not binaryen $WASM_OPT_VERSION: delete node_modules and run this again."

  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver ok"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing chromium and chromium-driver (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update </dev/null
    apt-get install -y chromium chromium-driver </dev/null
  else
    die "Chromium is missing: run 'sudo apt-get install -y chromium chromium-driver' (Debian) and run this again."
  fi

  # The second engine: every test also runs in Firefox.
  if [ -x /usr/bin/firefox-esr ]; then
    say "firefox-esr ok"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing firefox-esr (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update </dev/null
    apt-get install -y firefox-esr </dev/null
  else
    die "Firefox ESR is missing: run 'sudo apt-get install -y firefox-esr' (Debian) and run this again."
  fi
  # A real static server for the test of the host headers (e2e/nginx.spec.ts):
  # Debian's nginx, run by the test itself, never as a service.
  if [ -x /usr/sbin/nginx ]; then
    say "nginx ok"
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing nginx (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update </dev/null
    apt-get install -y nginx </dev/null
  else
    die "nginx is missing: run 'sudo apt-get install -y nginx' (Debian) and run this again."
  fi
  geckodriver_found="$(geckodriver --version 2>/dev/null || true)"
  if [ "${geckodriver_found%%$'\n'*}" = "geckodriver $GECKODRIVER_VERSION" ]; then
    say "geckodriver $GECKODRIVER_VERSION ok"
  else
    say "installing geckodriver $GECKODRIVER_VERSION (cargo install, about 2 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked \
      || die "geckodriver $GECKODRIVER_VERSION did not install (see cargo's message above): it needs crates.io; run this again when it is reachable."
  fi
)

netstyle_export_env() {
  case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH="$HOME/.cargo/bin:$PATH" ;; esac
  # binaryen from npm gives the wasm-opt that trunk expects (Debian's is too old).
  PATH="$NETSTYLE_ROOT/node_modules/.bin:$PATH"
  export PATH
  export TRUNK_OFFLINE=true
  export CHROME_PATH=/usr/bin/chromium
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
# Not inside `if` or `||`: bash would switch off `set -e` in the subshell.
# A failure stops a script here; an interactive shell gets the status below.
netstyle_install_tools
netstyle_status=$?
if [ "$netstyle_status" -ne 0 ]; then
  return "$netstyle_status" 2>/dev/null || exit "$netstyle_status"
fi
netstyle_export_env
say "ready"
