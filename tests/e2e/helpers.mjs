import { before, after } from 'node:test';
// Shared pieces of the end-to-end tests: a static server for dist/ on loopback, Debian's
// headless Chromium, and a page that records console errors and every request it makes.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port, under `prefix` (to prove sub-path hosting); with
 * `gzip`, compressed as a static host would serve it (the benchmark compares transfers). */
export async function serve(dir = dist, prefix = '/', extraRoutes = {}, { gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extraRoutes[url.pathname]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(extraRoutes[url.pathname](server));
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let path = url.pathname.slice(prefix.length) || 'index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] || 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        // Compressed once, as a host serves precompressed files.
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        res.end(compressed.get(file));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A new page that records console errors, page errors and requests. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await waitForChart(page);
  return { context, page, errors, requests };
}

/** Waits until the first chart has been drawn and the whole page (editors included) mounted. */
export async function waitForChart(page) {
  await page.waitForFunction(() => ['chart-drawn', 'app-ready'].every((m) => performance.getEntriesByName(m).length > 0), null, { timeout: 20000 });
}

/** Lets Leptos' effects run after an event. */
export const settle = (page, ms = 150) => page.waitForTimeout(ms);

/** The exact figure the results table holds for option `id`'s `field` (from its row's
 * `data-values`, `field=value` apart by spaces), as text; null when the row has none. */
export function exactFigure(page, id, field) {
  return page.locator(`#results-table tr[data-option="${id}"]`).evaluate((tr, field) => {
    const part = tr.dataset.values.split(' ').find((p) => p.startsWith(`${field}=`));
    return part === undefined ? null : part.slice(field.length + 1);
  }, field);
}

/** The native tool's JSON report for a link. */
export function llmcost(...args) {
  const bin = join(root, 'target', 'debug', 'llmcost');
  return JSON.parse(execFileSync(bin, args, { encoding: 'utf8' }));
}

/** Whether a canvas has at least `min` distinct colours (a blank canvas has one). */
export async function canvasColours(page, selector) {
  return page.$eval(selector, (canvas) => {
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 17) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return seen.size;
  });
}

/** Waits (up to 10 s) until the element's text matches `pattern`, then checks it once more. */
export async function expectText(pageOrFrame, selector, pattern) {
  try {
    await pageOrFrame.waitForFunction(
      ([sel, source, flags]) => new RegExp(source, flags).test(document.querySelector(sel)?.textContent ?? ''),
      [selector, pattern.source, pattern.flags],
      { timeout: 10000 },
    );
  } catch {
    // Fall through to the assertion, which reports what the text was.
  }
  const { match } = await import('node:assert/strict');
  match((await pageOrFrame.textContent(selector)) ?? '', pattern);
}

/** Where a screenshot goes: the committed README images with UPDATE_SCREENSHOTS=1, else target/. */
export function screenshotPath(name) {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(root, 'tests/e2e/screenshots') : join(root, 'target/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** Serves dist/ under `prefix` and launches Chromium for the tests of one file, closing both at
 * the end; `env.site` and `env.browser` are there once the tests run. */
export function withSite(prefix) {
  const env = {};
  before(async () => {
    env.site = await serve(undefined, prefix);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
