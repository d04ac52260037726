#!/usr/bin/env bash
# Runs a command after scripts/ensure-deps.sh, with node_modules/.bin on PATH (npm scripts use it).
set -euo pipefail
bash "$(dirname "$0")/ensure-deps.sh"
export PATH="$(cd "$(dirname "$0")/.." && pwd)/node_modules/.bin:$PATH"
exec "$@"
