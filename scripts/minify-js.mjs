// Trunk post-build hook: minifies wasm-bindgen's JavaScript glue (about 2 KB gzip of the page's
// budget) and updates its Subresource-Integrity hash in index.html. Release builds only.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const here = dirname(fileURLToPath(import.meta.url));
const { minify } = await import(join(here, '..', '.tools', 'node_modules', 'terser', 'main.js'));
const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const scripts = readdirSync(dir).filter((n) => n.endsWith('.js'));
if (scripts.length !== 1) throw new Error(`expected one JavaScript file, found ${scripts.join(', ')}`);
const path = join(dir, scripts[0]);
const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
writeFileSync(path, code);
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const link = new RegExp(`(href="?\\./${scripts[0].replace(/[.]/g, '\\.')}"?[^>]*integrity=)"?sha384-[A-Za-z0-9+/=]+"?|(integrity=)"?sha384-[A-Za-z0-9+/=]+"?([^>]*href="?\\./${scripts[0].replace(/[.]/g, '\\.')})`);
if (!link.test(html)) throw new Error(`no integrity attribute found for ${scripts[0]}`);
writeFileSync(index, html.replace(link, (m, a, b, c) => (a ? `${a}${integrity}` : `${b}${integrity}${c}`)));
