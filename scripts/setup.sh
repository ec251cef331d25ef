#!/usr/bin/env bash
# Installs every tool the project needs on a fresh machine of this kind, and is quick when
# they are already present. Sourced-or-run: prints the PATH additions it relies on.
#
# Pinned versions (see README "Toolchain"): trunk 0.21.14, wasm-bindgen-cli equal to the
# wasm-bindgen crate pin in Cargo.toml, wasm-opt from npm binaryen (Debian's binaryen is too
# old and produces a bundle that dies at start-up), Debian chromium + chromium-driver.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$here/Cargo.toml" | head -n1)"
BINARYEN_VERSION=132
TERSER_VERSION=5.51.4
SVGO_VERSION=4.1.0
TOOLS_DIR="$here/.tools"

export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  log "installing chromium and chromium-driver from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # --locked fails here: the CLI's lockfile names a crate version the registry mirror lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ]; then
  log "installing wasm-opt from npm binaryen@$BINARYEN_VERSION"
  mkdir -p "$TOOLS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "binaryen@$BINARYEN_VERSION" >&2
fi

if [ "$(node -p "require('$TOOLS_DIR/node_modules/terser/package.json').version" 2>/dev/null || true)" != "$TERSER_VERSION" ]; then
  log "installing terser $TERSER_VERSION from npm (minifies the JavaScript glue)"
  mkdir -p "$TOOLS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "terser@$TERSER_VERSION" >&2
fi

if [ "$(node -p "require('$TOOLS_DIR/node_modules/svgo/package.json').version" 2>/dev/null || true)" != "$SVGO_VERSION" ]; then
  log "installing svgo $SVGO_VERSION from npm (shrinks the prerendered chart)"
  mkdir -p "$TOOLS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "svgo@$SVGO_VERSION" >&2
fi

# Debian's wasm-opt must never come first on PATH.
case "$(command -v wasm-opt)" in
  "$TOOLS_DIR"/*) ;;
  *) log "wasm-opt resolves to $(command -v wasm-opt), expected $TOOLS_DIR"; exit 1 ;;
esac
log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | head -n1), $(chromium --version 2>/dev/null | head -n1)"
