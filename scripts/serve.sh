#!/usr/bin/env bash
# Command 1, "set up and serve": installs what is missing, then serves the release build at
# http://127.0.0.1:8080 (the default scenario is the article's).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# No auto-reload: its injected inline script would be refused by the page's Content-Security-Policy.
exec trunk serve --release --no-autoreload --port "${PORT:-8080}" --address 127.0.0.1
