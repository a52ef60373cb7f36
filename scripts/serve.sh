#!/usr/bin/env bash
# Builds netstyle and serves it on http://127.0.0.1:8080 (see Trunk.toml),
# rebuilding on every change. Installs what it needs first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh
echo "serve: http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --offline "$@"
