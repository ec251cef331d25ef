// Trunk post-build hook: adds a Content-Security-Policy that allows only the page's own origin,
// plus the hashes of the inline scripts: the module Trunk writes to start the WebAssembly, and the
// one in index.html that removes the prerendered answer from any link but the default.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR || 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
// Release builds are minified: attribute quotes may be gone.
const scripts = [...html.matchAll(/<script(?: type="?module"?)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 2) throw new Error(`expected two inline scripts, found ${scripts.length}`);
const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
const policy = [
  "default-src 'self'",
  `script-src 'self' ${hashes} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');
const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
if (!charset) throw new Error('expected a <meta charset> to put the policy after');
html = html.replace(charset[0], `${charset[0]}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(file, html);
