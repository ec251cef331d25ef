// Embedding: the compact view inside a blog post served from another origin, its height
// reported by postMessage, the Content-Security-Policy, and working offline once loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, waitForChart, settle, dist, canvasColours, expectText } from './helpers.mjs';

let site, host, browser;
// What the blog's author pasted: the Embed button's snippet, exactly as copied.
let pasted = '';
before(async () => {
  site = await serve(undefined, '/calc/');
  // The blog: another origin (another port) with the README's host snippet.
  host = await serve(undefined, '/nothing/', {
    '/post.html': () => `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body style="width:700px">
      <p>A blog post.</p>
      <iframe id="calc" src="${site.url}?embed=1&vol=5M" title="GPU or API? cost calculator" width="100%" height="200" style="border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.origin !== '${site.origin}' || !e.data || e.data.type !== 'gpu-or-api:height') return;
          window.heights.push(e.data.height);
          document.getElementById('calc').style.height = e.data.height + 'px';
        });
      </script></body></html>`,
    '/pasted.html': () => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"></head><body>
      <p>A blog post with the snippet as copied.</p>
      ${pasted}
      <p>After the calculator.</p></body></html>`,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

test('the embed renders in a blog post on another origin and sizes its iframe', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.origin}/post.html`);
  const frame = page.frame({ url: /embed=1/ });
  await waitForChart(frame);
  await expectText(frame, '#verdict', /5M tokens\/day/);
  assert.ok((await canvasColours(frame, '#cost-chart')) > 5, 'chart drawn in the iframe');
  assert.equal(await frame.$('#results-table'), null, 'compact view: no full table');
  const full = await frame.getAttribute('.open-full a', 'href');
  assert.ok(full.startsWith(site.url) && full.includes('vol=5M') && !full.includes('embed'), full);

  await page.waitForFunction(() => window.heights.length > 0);
  const height = await page.evaluate(() => window.heights.at(-1));
  assert.ok(height > 300, `reported height ${height}`);
  const iframeHeight = await page.$eval('#calc', (f) => f.getBoundingClientRect().height);
  assert.equal(Math.round(iframeHeight), height, 'the host resized the iframe');

  // Editing inside the embed re-reports the height and keeps the link.
  await frame.fill('#f-workload-tokens_per_day', '2B');
  await settle(page);
  await expectText(frame, '#verdict', /2B tokens\/day/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page sets a Content-Security-Policy that allows only its own origin, and social tags', async () => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'CSP meta tag present');
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /https?:|\*/, 'no other origin allowed');
  // The release page is minified: attribute quotes may be gone.
  for (const tag of [/<title>/, /name="?description"?/, /property="?og:title"?/, /property="?og:description"?/, /name="?twitter:card"?/]) assert.match(html, tag);
  assert.doesNotMatch(html, /(src|href)="?\//, 'asset URLs are relative, so any sub-path works');
});

test('once loaded, the page keeps working offline', async () => {
  const { context, page, errors } = await openPage(browser, site.url);
  await context.setOffline(true);
  await page.fill('#f-workload-tokens_per_day', '7M');
  await settle(page);
  await expectText(page, '#verdict', /7M tokens\/day/);
  await page.selectOption('#preset', '8b-l4-50m');
  await page.click('#preset-load');
  await settle(page);
  await expectText(page, '#verdict', /50M tokens\/day/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet the Embed button copies, pasted into a post on another origin, shows the whole compact view at 360 and 760 px', async () => {
  const { context, page, errors } = await openPage(browser, `${site.url}?vol=5M&o=article&o=sls;;p:Modal;gpu:h100;hr:3.9492;n:2;prec:fp8`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.click('#copy-embed');
  await page.waitForFunction(() => document.querySelector('.share .status').textContent.includes('Embed code copied'));
  pasted = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(pasted, /^<iframe src="[^"]+" data-gpu-or-api [^>]*height="\d+"[^>]*><\/iframe>\n<script>/);
  assert.ok(pasted.includes(`e.origin!=="${site.origin}"`), 'the listener accepts only the calculator\'s origin');
  assert.deepEqual(errors, []);
  await context.close();

  for (const width of [360, 760]) {
    const host_ = await browser.newContext({ viewport: { width, height: 700 } });
    const post = await host_.newPage();
    const postErrors = [];
    post.on('pageerror', (e) => postErrors.push(String(e)));
    await post.goto(`${host.origin}/pasted.html`);
    const frame = await (await post.waitForSelector('iframe[data-gpu-or-api]')).contentFrame();
    await frame.waitForLoadState();
    await waitForChart(frame);
    // The compact view names the model and every option (the chart's title and legend, also in words).
    const label = await frame.getAttribute('#cost-chart', 'aria-label');
    for (const name of ['Llama 3.3 70B Instruct', 'OpenRouter', 'Azure AI Foundry', 'Azure NC24ads A100 v4', 'Lambda A100', 'Modal serverless 2×H100 FP8']) {
      assert.ok(label.includes(name), `${name} in "${label}"`);
    }
    // Resized by the pasted listener to the whole view: nothing cut off, no scrolling inside.
    const measure = async () => [
      await post.$eval('iframe[data-gpu-or-api]', (f) => f.getBoundingClientRect().height),
      await frame.evaluate(() => document.documentElement.scrollHeight),
    ];
    for (let i = 0; i < 50; i++) {
      const [outer, content] = await measure();
      if (Math.abs(outer - content) <= 1) break;
      await settle(post, 200);
    }
    const iframeHeight = await post.$eval('iframe[data-gpu-or-api]', (f) => f.getBoundingClientRect().height);
    const inside = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, link: document.querySelector('.open-full a').getBoundingClientRect().bottom }));
    assert.ok(inside.scroll <= Math.ceil(iframeHeight) + 1, `${width} px: content ${inside.scroll} px in an iframe of ${iframeHeight} px`);
    assert.ok(inside.link <= iframeHeight, `${width} px: the last link (bottom ${inside.link}) is inside the iframe (${iframeHeight})`);
    assert.deepEqual(postErrors, []);
    await host_.close();
  }
});
