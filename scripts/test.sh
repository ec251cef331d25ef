#!/usr/bin/env bash
# Command 2, "set up and test": installs what is missing, then runs every check. Exits non-zero
# on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native unit, integration, golden and property tests"
cargo test --locked

step "DOM component tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build (trunk)"
trunk build --release

step "end-to-end tests (headless Chromium against dist/ on loopback)"
npm ci --prefix tests/e2e --no-audit --no-fund --silent
cargo build --locked --bin llmcost
node --test --test-concurrency=1 tests/e2e/
