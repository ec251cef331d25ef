// The release bundle's transfer size (gzip) stays inside the 250 KB budget. Bytes are
// deterministic for a given build, so this is a test; timings live in the benchmark command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from './helpers.mjs';

const BUDGET_BYTES = 250 * 1024;

test('the whole release page is at most 250 KB gzip', async () => {
  let total = 0;
  // Every file (a debug build keeps wasm-bindgen's JavaScript snippets in snippets/).
  const names = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  for (const name of names) total += gzipSync(await readFile(name), { level: 9 }).length;
  assert.ok(names.some((n) => n.endsWith('.wasm')) && names.includes(join(dist, 'index.html')), `dist/ holds the page: ${names}`);
  assert.ok(total <= BUDGET_BYTES, `${(total / 1024).toFixed(1)} KB gzip > 250 KB`);
});
