// Trunk post-build hook: adds a Content-Security-Policy that allows only the page's own origin,
// plus the hash of the one inline module script Trunk writes to start the WebAssembly.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR || 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
// Release builds are minified: attribute quotes may be gone.
const scripts = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) throw new Error(`expected one inline start-up script, found ${scripts.length}`);
const hash = createHash('sha256').update(scripts[0]).digest('base64');
const policy = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`,
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
