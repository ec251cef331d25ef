// The default scenario's answer prerendered into index.html: painted before the WebAssembly runs,
// equal to what llmcost and the app compute, never shown for another link, gone once the app mounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openPage, llmcost, root, withSite } from './helpers.mjs';

const env = withSite('/tools/gpu-or-api/');

/** The page at `query` as it is before the WebAssembly has run (its download never completes). */
async function withoutWasm(query, width = 1280) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  // Only the refused download may fail (and the start-up that waited for it).
  const refused = /Failed to (load resource|fetch)/;
  page.on('pageerror', (e) => { if (!refused.test(String(e))) errors.push(String(e)); });
  page.on('console', (m) => { if (m.type() === 'error' && !refused.test(m.text())) errors.push(m.text()); });
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(env.site.url + query);
  return { context, page, errors };
}

test('before the WebAssembly runs, the default page shows llmcost\'s verdict and cost chart', async () => {
  const report = llmcost('eval', '');
  const svg = execFileSync(join(root, 'target', 'debug', 'llmcost'), ['chart', '', '--svg'], { encoding: 'utf8' });
  for (const width of [1280, 360]) {
    const { context, page, errors } = await withoutWasm('', width);
    assert.equal((await page.textContent('#prerender .headline')).trim(), report.verdict.headline);
    // The picture's words (title, legend, axis names, ticks) are llmcost's, in its order.
    const words = (s) => [...s.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]);
    const drawn = await page.$eval('#prerender figure svg', (e) => [...e.querySelectorAll('text')].map((t) => t.textContent.trim()));
    assert.deepEqual(drawn, words(svg));
    assert.ok(drawn.includes(report.options[0].label), 'the legend names the first option');
    // Painted: the chart has its size on the page, with nothing scrolling sideways.
    const box = await page.$eval('#prerender figure svg', (e) => e.getBoundingClientRect().toJSON());
    assert.ok(box.width > 300 && box.height > 300, JSON.stringify(box));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    assert.deepEqual(errors, [], 'the inline script is allowed by the Content-Security-Policy');
    await context.close();
  }
});

test('another link never shows the prerendered answer, not even before the WebAssembly runs', async () => {
  for (const query of ['?vol=5M', '?v=1&vol=5M&embed=1']) {
    const { context, page, errors } = await withoutWasm(query);
    assert.equal(await page.$('#prerender'), null, query);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('once the app mounts, the prerendered answer is gone and the app says the same', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  assert.equal(await page.$('#prerender'), null);
  assert.equal(await page.locator('header.top').count(), 1, 'one header');
  // The prerendered header (written by hand in index.html) says what the app's says.
  const html = await (await page.request.get(env.site.url)).text();
  const prerendered = html.match(/<h1>([^<]*)<\/h1><p class="?tagline"?>([^<]*)<\/p>/);
  assert.ok(prerendered, 'index.html holds the prerendered header');
  assert.deepEqual([await page.textContent('header.top h1'), await page.textContent('header.top .tagline')], [prerendered[1], prerendered[2]]);
  assert.equal((await page.textContent('#verdict')).trim(), llmcost('eval', '').verdict.headline);
  assert.deepEqual(errors, []);
  await context.close();
});
