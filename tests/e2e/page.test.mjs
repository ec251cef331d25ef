// The calculator page, end to end, in headless Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, settle, llmcost, canvasColours, expectText, screenshotPath } from './helpers.mjs';

let site, browser;
before(async () => {
  // Served under a sub-path, as a static host would: every asset URL must be relative.
  site = await serve(undefined, '/tools/gpu-or-api/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const volume = '#f-workload-tokens_per_day';

async function tableValues(page) {
  return page.$$eval('#results-table tbody tr', (rows) =>
    rows.map((r) => ({
      id: r.dataset.option,
      ...Object.fromEntries(r.dataset.values.split(' ').map((part) => part.split('=')).map(([field, value]) => [field, Number(value)])),
    })),
  );
}

test('the default page draws its charts with no console errors and no foreign requests', async () => {
  const { context, page, errors, requests } = await openPage(browser, site.url);
  assert.ok((await canvasColours(page, '#cost-chart')) > 5, 'cost chart is not blank');
  await expectText(page, '#verdict', /OpenRouter\) is 358× cheaper/);
  // The article's 1M tokens/day per A100 next to what batched serving reaches.
  await expectText(page, '.option:nth-of-type(3)', /1 replica of 1 GPU · capacity 1M tokens per replica/);
  await expectText(page, '.option:nth-of-type(3)', /the estimator gives [\d.]+M tokens\/day \([\d.]+M–[\d.]+M\) for Llama 3.3 70B .* on 2× NVIDIA A100 80GB PCIe in bf16 — \d+× your figure per GPU/);
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  await page.screenshot({ path: screenshotPath('page.png') });
  await context.close();
});

test('the page shows the same numbers as `llmcost eval` for every preset', async () => {
  for (const { id, query } of llmcost('presets')) {
    const cli = llmcost('eval', query);
    const { context, page, errors } = await openPage(browser, `${site.url}?${query}`);
    const rows = await tableValues(page);
    assert.equal(rows.length, cli.options.length, id);
    for (const [i, row] of rows.entries()) {
      const want = cli.options[i];
      assert.equal(row.id, want.id);
      for (const field of ['cost_per_day_usd', 'cost_per_month_usd', 'cost_per_year_usd', 'cost_per_mtok_usd', 'ratio_to_cheapest']) {
        assert.ok(Math.abs(row[field] - want[field]) <= 1e-12 * Math.abs(want[field]), `${id} ${want.id} ${field}: page ${row[field]} vs llmcost ${want[field]}`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the table follows each keystroke with llmcost\'s figures, written in place or drawn anew', async () => {
  // A change of volume writes the figures into the rows in place; one that makes another option
  // the cheapest draws the rows anew. Either way the table must say what llmcost says.
  const base = 'v=1&in=2K&out=500&o=api;Pricey;in:3;out:15&o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;n:2;prec:fp8&o=sls;;gpu:h100;hr:3.9492';
  const { context, page, errors } = await openPage(browser, `${site.url}?${base}&vol=1M`);
  const cheapestSeen = new Set();
  for (const vol of ['3M', '30M', '300M', '3B', '30B', '2M']) {
    await page.fill(volume, vol);
    await page.waitForFunction((v) => location.search.includes(`vol=${v}`), vol);
    const cli = llmcost('eval', `${base}&vol=${vol}`);
    await page.waitForFunction((want) => document.querySelector('#results-table tr[data-option="o1"]')?.dataset.values.split(' ').includes(`cost_per_day_usd=${want}`), cli.options[0].cost_per_day_usd);
    const rows = await tableValues(page);
    assert.equal(rows.length, cli.options.length, vol);
    for (const [i, row] of rows.entries()) {
      for (const field of ['cost_per_day_usd', 'cost_per_month_usd', 'cost_per_year_usd', 'cost_per_mtok_usd', 'ratio_to_cheapest']) {
        assert.ok(Math.abs(row[field] - cli.options[i][field]) <= 1e-12 * Math.abs(cli.options[i][field]), `${vol} ${row.id} ${field}: page ${row[field]} vs llmcost ${cli.options[i][field]}`);
      }
    }
    const cheapest = await page.getAttribute('#results-table tr.cheapest', 'data-option');
    assert.equal(cheapest, cli.options.find((o) => o.cheapest).id, vol);
    await expectText(page, '#results-table tr.cheapest td[data-field="ratio_to_cheapest"]', /^cheapest$/);
    cheapestSeen.add(cheapest);
  }
  assert.ok(cheapestSeen.size >= 2, `the volumes make another option the cheapest: ${[...cheapestSeen]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing a volume recomputes; bad input is named and the last results stay, marked stale', async () => {
  const { context, page, errors } = await openPage(browser, site.url);
  await page.fill(volume, '1e9');
  await settle(page);
  await expectText(page, '#verdict', /1B tokens\/day/);
  await page.waitForFunction(() => location.search.includes('vol=1B'));

  await page.fill(volume, 'abc');
  await settle(page);
  assert.equal(await page.getAttribute(volume, 'aria-invalid'), 'true');
  await expectText(page, '#f-workload-tokens_per_day-msg', /not a number/);
  assert.ok(await page.$('.output.stale'), 'results marked stale');
  await expectText(page, '#verdict', /1B tokens\/day/);

  await page.fill(volume, '-5');
  await settle(page);
  await expectText(page, '#f-workload-tokens_per_day-msg', /must be between 1 and/);

  await page.fill(volume, '2,000,000');
  await settle(page);
  assert.equal(await page.getAttribute(volume, 'aria-invalid'), 'false');
  assert.equal(await page.$('.output.stale'), null);
  await expectText(page, '#verdict', /2M tokens\/day/);

  // A measured capacity may be typed per second.
  await page.fill('#f-options-2--capacity_tokens_per_day', '100/s');
  await settle(page, 400);
  await page.waitForFunction(() => location.search.includes('cap:8.64M'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('options can be added from the catalog, duplicated and removed', async () => {
  const { context, page, errors } = await openPage(browser, site.url);
  const count = () => page.$$eval('#results-table tbody tr', (r) => r.length);
  assert.equal(await count(), 4);
  const firstRental = await page.$eval('#add-option optgroup[label="Rent GPUs"] option', (o) => o.value);
  await page.selectOption('#add-option', firstRental);
  await page.click('#add-option-button');
  await settle(page);
  assert.equal(await count(), 5);
  await page.click('button[aria-label="Duplicate option 1"]');
  await settle(page);
  assert.equal(await count(), 6);
  await page.click('button[aria-label="Remove option 6"]');
  await page.click('button[aria-label="Remove option 2"]');
  await settle(page);
  assert.equal(await count(), 4);
  await page.selectOption('#add-option', 'custom:api');
  await page.click('#add-option-button');
  await settle(page);
  assert.equal(await count(), 5);
  await expectText(page, '#results-table', /Custom API/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('presets replace the scenario and its link', async () => {
  const { context, page, errors } = await openPage(browser, site.url);
  // What the user typed, even unreadable, gives way to the preset.
  await page.fill('#f-workload-input_tokens_per_request', 'lots');
  await expectText(page, '#f-workload-input_tokens_per_request-msg', /not a number/);
  await page.selectOption('#preset', 'batch-70b-2b');
  await page.click('#preset-load');
  await settle(page, 400);
  await expectText(page, '#verdict', /2B tokens\/day/);
  assert.equal(await page.inputValue(volume), '2B');
  assert.equal(await page.inputValue('#f-workload-input_tokens_per_request'), '2K');
  assert.equal(await page.textContent('#f-workload-input_tokens_per_request-msg'), '');
  assert.equal(await page.$('.output.stale'), null);
  await page.waitForFunction(() => location.search.includes('vol=2B'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reasons to self-host follow a link, a preset and its undo, and a change of volume leaves them as ticked', async () => {
  const { context, page, errors } = await openPage(browser, `${site.url}?why=ft,edge`);
  const ticked = () => page.$$eval('.reasons input', (boxes) => boxes.filter((b) => b.checked).map((b) => b.id));
  assert.deepEqual(await ticked(), ['why-ft', 'why-edge']);
  await page.check('#why-learn');
  await page.fill(volume, '3M');
  await settle(page, 300);
  assert.deepEqual(await ticked(), ['why-ft', 'why-edge', 'why-learn']);
  await page.waitForFunction(() => location.search.includes('why=ft,edge,learn'));
  await page.selectOption('#preset', 'batch-70b-2b');
  await page.click('#preset-load');
  await settle(page, 400);
  assert.deepEqual(await ticked(), [], 'the preset ticks none');
  await page.click('#undo-preset');
  await settle(page, 400);
  assert.deepEqual(await ticked(), ['why-ft', 'why-edge', 'why-learn']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed link opens with defaults and a notice naming what was ignored', async () => {
  const link = `${site.url}?v=9&vol=abc&o=api;X;in:nan&o=rent;Y;gpu:nope;hr:-3&foo=1&m=unknown-model`;
  const { context, page, errors } = await openPage(browser, link);
  const notices = await page.textContent('.notices');
  for (const key of ['v', 'vol', 'o[1].in', 'o[2].gpu', 'o[2].hr', 'foo', 'm']) assert.ok(notices.includes(key), `notice for ${key}: ${notices}`);
  assert.ok((await canvasColours(page, '#cost-chart')) > 5);
  await page.click('.notices button');
  assert.equal(await page.$('.notices'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('labels with HTML stay text', async () => {
  // The results table is written as HTML: a label's markup, entities and quotes must stay text.
  const link = `${site.url}?o=api;%3Cimg+src%3Dx+onerror%3Dalert(1)%3E+%26amp%3B+%22q%22;in:1`;
  const { context, page, errors } = await openPage(browser, link);
  assert.equal(await page.$('#results-table img'), null);
  await expectText(page, '#results-table th[scope="row"]', /^<img src=x onerror=alert\(1\)> &amp; "q" ★$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: tab to the volume field and type', async () => {
  const { context, page } = await openPage(browser, site.url);
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-workload-tokens_per_day'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-workload-tokens_per_day');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5M');
  await settle(page);
  await expectText(page, '#verdict', /5M tokens\/day/);
  await context.close();
});

test('fits a 360 px phone without sideways scrolling', async () => {
  const { context, page, errors } = await openPage(browser, site.url, { viewport: { width: 360, height: 740 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy link and embed put the scenario on the clipboard, with labels escaped', async () => {
  const link = `${site.url}?o=api;%3Cscript%3Ex%3C%2Fscript%3E;in:1`;
  const { context, page, errors } = await openPage(browser, link);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.fill(volume, '3M');
  await settle(page);
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.share .status').textContent.includes('copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(site.url) && copied.includes('vol=3M'), copied);
  const cli = llmcost('eval', copied);
  assert.equal(cli.tokens_per_day, 3e6);
  assert.equal(cli.options[0].label, '<script>x</script>');

  await page.click('#copy-embed');
  await page.waitForFunction(() => document.querySelector('.share .status').textContent.includes('Embed code copied'));
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/tools\/gpu-or-api\/\?v=1&amp;vol=3M&amp;o=api;%3Cscript%3Ex%3C\/script%3E;in:1&amp;embed=1" data-gpu-or-api title=/);
  // One script: the resize listener; the label's markup stays percent-encoded in the link.
  assert.equal(snippet.split('<script').length, 2, snippet);
  assert.deepEqual(errors, []);
  await context.close();
});

test('follows a dark system theme, charts included', async () => {
  const { context, page, errors } = await openPage(browser, site.url, { colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(17, 19, 20)');
  const corner = await page.$eval('#cost-chart', (c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3));
  assert.deepEqual(corner, [24, 26, 27], 'chart drawn on the dark background');
  await page.screenshot({ path: screenshotPath('page-dark.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('pointing at a chart shows the values under the pointer', async () => {
  const { context, page, errors } = await openPage(browser, `${site.url}?v=1&vol=2B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32&o=rent;Nebius+2xH100;gpu:h100;prec:fp8;hr:2.95;n:2`);
  await page.locator('#cost-chart').scrollIntoViewIfNeeded();
  const box = await page.$eval('#cost-chart', (c) => { const r = c.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  await page.mouse.move(box.x + box.w * 0.6, box.y + box.h / 2);
  await settle(page);
  const costTip = await page.textContent('#cost-chart ~ .tooltip');
  assert.match(costTip, /tokens\/day/);
  assert.match(costTip, /DeepInfra: \$[\d.,KM]+\/month/);
  assert.match(costTip, /Nebius 2xH100: \$/);

  await page.locator('#batch-chart').scrollIntoViewIfNeeded();
  const batch = await page.$eval('#batch-chart', (c) => { const r = c.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  await page.mouse.move(batch.x + 90, batch.y + batch.h / 2);
  await settle(page);
  await expectText(page, '#batch-chart + .tooltip', /^batch \d+: \$[\d.]+ per M tokens/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a self-hosted setup that does not fit says so and offers the GPU count that does', async () => {
  const { context, page, errors } = await openPage(browser, `${site.url}?o=api;X;in:1&o=rent;H100s;gpu:h100;n:3`);
  await page.fill('#f-options-1--gpus_per_replica', '1');
  await expectText(page, '.fit-error', /does not fit: needs [\d.]+ GB, the replica has 85.5 GB; 2 GPUs per replica would fit/);
  await expectText(page, '.results', /.*/);
  assert.ok(await page.$('.output.stale'), 'results marked stale');
  await page.click('.fit-error button');
  await page.waitForFunction(() => !document.querySelector('.fit-error') && !document.querySelector('.output.stale'));
  assert.equal(await page.inputValue('#f-options-1--gpus_per_replica'), '2');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"How this is computed" shows the calibration table and every source with its date', async () => {
  const { context, page, errors } = await openPage(browser, site.url);
  await page.click('summary:has-text("Throughput estimator against published measurements")');
  await page.waitForSelector('#calibration-table tbody tr');
  // One row per measurement, under a heading row per GPU.
  assert.equal(await page.$$eval('#calibration-table tbody tr:has(td)', (r) => r.length), llmcost('calibrate').rows.length);
  await page.click('summary:has-text("Data sources and dates")');
  await expectText(page, '.how', /LiteLLM .* as of 2026-07-24/);
  await expectText(page, '.how', /LLM GPU or API\? The Cost Will Surprise You.* as of 2025-03-30/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Download SVG" saves the picture `llmcost chart --svg` draws: its title, legend and axes', async () => {
  const query = 'vol=20M&o=api;DeepInfra;in:.1;out:.32&o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;n:2';
  const { context, page, errors } = await openPage(browser, `${site.url}?${query}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download SVG")')]);
  assert.equal(download.suggestedFilename(), 'gpu-or-api-cost-vs-volume.svg');
  const saved = readFileSync(await download.path(), 'utf8');
  const bin = fileURLToPath(new URL('../../target/debug/llmcost', import.meta.url));
  const cli = execFileSync(bin, ['chart', query, '--svg'], { encoding: 'utf8' });
  // Every text of the picture: title, legend, axis names, the volume's label and the ticks. Text
  // is measured by the browser's fonts on the page and by an estimate in llmcost, which may keep
  // or drop a tick at the plot's edge; every other text is the same, in the same order.
  const texts = (svg) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
  const tick = (t) => /^\$?[\d.]+[KMB]?$/.test(t);
  assert.ok(saved.startsWith('<svg'), saved.slice(0, 80));
  assert.match(saved, /width="760" height="480"/);
  assert.deepEqual(texts(saved).filter((t) => !tick(t)), texts(cli).filter((t) => !tick(t)));
  const [pageTicks, cliTicks] = [texts(saved).filter(tick), texts(cli).filter(tick)];
  assert.ok(cliTicks.length >= 8 && cliTicks.filter((t) => !pageTicks.includes(t)).length <= 1, `${pageTicks} vs ${cliTicks}`);
  assert.ok(pageTicks.filter((t) => !cliTicks.includes(t)).length <= 2, `${pageTicks} vs ${cliTicks}`);
  for (const label of ['Llama 3.3 70B Instruct: cost per month against volume', 'DeepInfra', 'Lambda A100']) {
    assert.ok(texts(saved).includes(label), `${label} in ${texts(saved).join(' | ')}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change of volume moves the line over the cost chart, not the chart; "Download PNG" draws it in', async () => {
  const query = 'vol=1M&o=api;DeepInfra;in:.1;out:.32&o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;n:2';
  const { context, page, errors } = await openPage(browser, `${site.url}?${query}`);
  await page.locator('#cost-chart').scrollIntoViewIfNeeded();
  // The line's label, its place against the canvas (CSS pixels) and the canvas's pixels.
  const line = () => page.$eval('#cost-chart', (c) => {
    const now = c.parentElement.querySelector('.now');
    const [box, mark] = [c.getBoundingClientRect(), now.getBoundingClientRect()];
    const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let hash = 0;
    for (let i = 0; i < pixels.length; i += 7) hash = (hash * 31 + pixels[i]) | 0;
    return { text: now.textContent, left: now.classList.contains('left'), x: now.classList.contains('left') ? mark.right - box.left : mark.left - box.left, top: mark.top - box.top, bottom: mark.bottom - box.top, width: box.width, height: box.height, hash };
  });
  // llmcost's picture names the volume at its line in the same words.
  const bin = fileURLToPath(new URL('../../target/debug/llmcost', import.meta.url));
  const svgLabel = (q) => [...execFileSync(bin, ['chart', q, '--svg'], { encoding: 'utf8' }).matchAll(/<text[^>]*>\s*(now:[^<]*?)\s*<\/text>/g)].map((m) => m[1])[0];
  const low = await line();
  assert.equal(low.text, svgLabel(query));
  assert.equal(low.left, false, 'in the plot\'s left half the label is right of the line');
  assert.ok(low.x > 0 && low.x < low.width / 2 && low.top > 0 && low.bottom < low.height, JSON.stringify(low));

  await page.fill(volume, '3B');
  await expectText(page, '.now', /^now: 3B\/day$/);
  const high = await line();
  assert.equal(high.text, svgLabel(query.replace('vol=1M', 'vol=3B')));
  assert.equal(high.left, true, 'in the plot\'s right half the label is left of the line');
  assert.ok(high.x > low.width / 2 && high.x < high.width, JSON.stringify(high));
  assert.deepEqual([high.top, high.bottom], [low.top, low.bottom], 'the line spans the same plot');
  assert.equal(high.hash, low.hash, 'a change of volume leaves the canvas as it was');

  // The PNG is the canvas with the line drawn in: the column where they differ most is the line's.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download PNG")')]);
  assert.equal(download.suggestedFilename(), 'gpu-or-api-cost-vs-volume.png');
  const png = readFileSync(await download.path()).toString('base64');
  const diff = await page.evaluate(async (png) => {
    const canvas = document.getElementById('cost-chart');
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [image.width, image.height];
    copy.getContext('2d').drawImage(image, 0, 0);
    const [a, b] = [copy, canvas].map((c) => c.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data);
    const columns = new Array(canvas.width).fill(0);
    for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) columns[(i / 4) % canvas.width]++;
    const most = columns.indexOf(Math.max(...columns));
    return { size: [image.width, image.height], canvas: [canvas.width, canvas.height], most, pixels: columns[most], scale: canvas.width / canvas.getBoundingClientRect().width };
  }, png);
  assert.deepEqual(diff.size, diff.canvas);
  assert.ok(Math.abs(diff.most / diff.scale - high.x) <= 3, `line drawn at ${diff.most / diff.scale} px, shown at ${high.x} px`);
  assert.ok(diff.pixels >= ((high.bottom - high.top) * diff.scale) / 2, JSON.stringify(diff));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change of volume rewrites the answer\'s texts in the elements it has, and says what llmcost says', async () => {
  // The same cheapest option at both volumes, so that the table's rows keep their shape.
  const query = 'vol=1M&o=api;DeepInfra;in:.1;out:.32&o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;n:2';
  const { context, page, errors } = await openPage(browser, `${site.url}?${query}`);
  const headline = (q) => new RegExp(`^${llmcost('eval', q).verdict.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  // A first change, after which the table's writer holds its text nodes (it adds an empty one to
  // each empty band).
  await page.fill(volume, '2M');
  await expectText(page, '#verdict', headline(query.replace('vol=1M', 'vol=2M')));
  const before = await page.$eval('#verdict', (p) => p.textContent);
  await page.evaluate(() => {
    window.changes = [];
    const record = (list) => list.forEach((m) => window.changes.push({ type: m.type, attribute: m.attributeName, target: m.target.nodeName, in: m.target.parentElement?.closest('.verdict, #results-table, .now')?.className || m.target.parentElement?.closest('[id]')?.id }));
    const observer = new MutationObserver(record);
    for (const selector of ['.verdict', '#results-table tbody']) observer.observe(document.querySelector(selector), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.fill(volume, '20M');
  const cli = llmcost('eval', query.replace('vol=1M', 'vol=20M'));
  await expectText(page, '#verdict', headline(query.replace('vol=1M', 'vol=20M')));
  assert.notEqual(cli.verdict.headline, before, 'the volume changes the verdict');
  assert.deepEqual(await page.$$eval('.verdict .details li', (items) => items.map((li) => li.textContent)), cli.verdict.details);
  const changes = await page.evaluate(() => window.changes);
  assert.ok(changes.some((c) => c.type === 'characterData'), 'texts were written');
  const rewritten = changes.filter((c) => c.type === 'childList' || (c.type === 'attributes' && c.attribute !== 'data-values'));
  assert.deepEqual(rewritten, [], 'no element of the verdict or of the table was drawn again or had an attribute set again');
  assert.deepEqual(errors, []);
  await context.close();
});
