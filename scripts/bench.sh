#!/usr/bin/env bash
# The benchmark command: release bundle sizes (raw, gzip, brotli), cold load to first chart in
# headless Chromium against a static baseline, keystroke to updated charts, and native evaluation.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
npm ci --prefix tests/e2e --no-audit --no-fund --silent
node scripts/bench.mjs
echo
cargo bench --locked --bench eval
