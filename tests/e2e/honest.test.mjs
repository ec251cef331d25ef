// An honest answer at first sight: the landing sentence states the article's answer and the
// answer at the estimator's throughput, estimated figures carry their band, and every pair's
// break-even and what would flip the answer are in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite, openPage, settle, expectText, llmcost, exactFigure } from './helpers.mjs';

const env = withSite('/calc/');

/// Pixels of the cost chart in an option's colour at 18% over the background: a shaded band.
async function shadedPixels(page) {
  return page.$eval('#cost-chart', (c) => {
    const palette = [[0, 114, 178], [213, 94, 0], [0, 158, 115], [204, 121, 167], [230, 159, 0], [86, 180, 233], [120, 120, 120], [240, 228, 66]];
    const tints = palette.map((p) => p.map((v) => 255 + 0.18 * (v - 255)));
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (tints.some((t) => Math.abs(d[i] - t[0]) < 4 && Math.abs(d[i + 1] - t[1]) < 4 && Math.abs(d[i + 2] - t[2]) < 4)) n++;
    }
    return n;
  });
}

test('the landing sentence gives the article\'s answer and the answer at the estimate, with its range', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  const headline = await page.textContent('#verdict');
  assert.match(headline, /^The API \(OpenRouter\) is 358× cheaper than self-hosting on Lambda A100 at 1M tokens\/day/);
  assert.match(headline, /That assumes Lambda A100 serves 1M tokens\/day per replica; .* the estimator expects [\d.]+M–[\d.]+M tokens\/day/);
  assert.equal(headline, llmcost('eval', 'v=1').verdict.headline, 'the page and llmcost say the same');
  assert.ok((await shadedPixels(page)) > 200, 'the estimate\'s band is shaded on the cost chart');
  assert.deepEqual(errors, []);
  await context.close();
});

test('estimated options show low–high in the table, and every pair and what flips it in words', async () => {
  const query = 'v=1&vol=300M&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32&o=api;Together;in:.88&o=rent;Nebius+2xH100;gpu:h100;prec:fp8;hr:2.95;n:2';
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?${query}`);
  await expectText(page, '#results-table tr[data-option="o3"] td[data-field="cost_per_day_usd"]', /\$[\d.,K]+\$[\d.,K]+–\$[\d.,K]+/);
  await page.click('.pairs summary');
  // The pairs are written on the details' `toggle` event, which the browser queues after the click.
  await page.waitForFunction(() => document.querySelectorAll('#break-evens li summary').length === 2);
  const pairs = await page.$$eval('#break-evens li summary', (s) => s.map((e) => e.textContent));
  for (const p of pairs) assert.match(p, /^Nebius 2xH100 (becomes cheaper than .* above [\d.]+[KMB]? tokens\/day \([\d.]+[KMB]?–[\d.]+[KMB]?\)|never beats .*: even with every replica full it costs)/);
  await expectText(page, '#flips', /would win over .* if |No single input flips/);
  // Every pair says what would flip it, not only the pair the verdict names: the page works out
  // the other pairs' flips while the list is open.
  const flips = await page.$$eval('#break-evens li details', (ds) => ds.map((d) => d.textContent.slice(d.querySelector('summary').textContent.length)));
  assert.equal(flips.length, 2);
  for (const f of flips) assert.match(f, /would win over .* if |No single input flips/);
  const cli = llmcost('eval', query);
  assert.ok(Array.isArray(cli.options[2].cost_per_day_usd_range));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the service select switches between batch jobs and an interactive speed, and the verdict flags a batch regime', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;X;in:.5&o=rent;A;gpu:a100-80gb;hr:1.79;n:2;prec:int8`);
  await expectText(page, '.verdict .details', /batch-job regime, too slow for chat/);
  await page.selectOption('#f-service', 'interactive');
  await settle(page, 300);
  assert.equal(await page.inputValue('#f-workload-speed_target_tokens_per_s'), '20');
  await page.waitForFunction(() => location.search.includes('speed=20'));
  await page.waitForFunction(() => !document.querySelector('.verdict .details').textContent.includes('batch-job regime'));
  assert.ok((await page.$$('#batch-chart')).length === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('estimates on GPUs without published measurements are marked, and the calibration table groups rows by GPU', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?vol=3B&m=llama-3.1-8b&o=api;X;in:.1&o=rent;L4;gpu:l4;prec:fp8;hr:.8&o=rent;H;gpu:h100;prec:fp8;hr:2.5`);
  await expectText(page, '#results-table tr[data-option="o2"]', /⚠ unchecked/);
  assert.ok(!(await page.textContent('#results-table tr[data-option="o3"]')).includes('unchecked'), 'the H100 in FP8 has published measurements');
  await expectText(page, '.option:nth-of-type(2)', /no published measurement on this GPU in this precision: estimate unchecked/);
  await page.click('summary:has-text("Throughput estimator against published measurements")');
  await page.waitForSelector('#calibration-table tbody tr');
  const groups = await page.$$eval('#calibration-table th[scope="rowgroup"]', (t) => t.map((e) => e.textContent));
  for (const gpu of ['NVIDIA H100 SXM 80GB', 'AMD Instinct MI300X 192GB', 'NVIDIA GeForce RTX 4090 24GB']) assert.ok(groups.includes(gpu), `${gpu} in ${groups}`);
  await expectText(page, '#uncalibrated', /No published measurement yet.*NVIDIA L4 24GB/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the cheapest ways to self-host are listed when asked, match llmcost, and add with one click', async () => {
  const query = 'v=1&vol=2B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32';
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?${query}`);
  assert.equal(await page.$$eval('#cheapest-list li', (l) => l.length), 0, 'no search until the panel is opened');
  await page.click('#cheapest summary');
  await page.waitForSelector('#cheapest-list li');
  const items = await page.$$eval('#cheapest-list li', (l) => l.map((e) => e.textContent));
  const cli = llmcost('cheapest', query, '--top', '5').candidates;
  assert.equal(items.length, cli.length);
  for (const [i, c] of cli.entries()) assert.ok(items[i].includes(`${c.gpus_per_replica}×${c.gpu.toUpperCase()} ${c.precision.toUpperCase()}`), `${items[i]} vs ${JSON.stringify(c)}`);
  await page.click('#cheapest-list li:first-child button');
  await page.waitForSelector('#results-table tr[data-option="o2"]');
  const added = Number(await exactFigure(page, 'o2', 'cost_per_day_usd'));
  assert.ok(Math.abs(added - cli[0].cost_per_day_usd) <= 1e-9 * added, `page ${added} vs llmcost ${cli[0].cost_per_day_usd}`);
  await page.uncheck('#cheapest-quantised');
  await page.waitForFunction(() => ![...document.querySelectorAll('#cheapest-list li')].some((l) => /INT4|FP4/.test(l.textContent)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('catalog prices over six months old say so, in the card and in the add menu, as llmcost does', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  // The article's OpenRouter quote is from 2025-03-30.
  await expectText(page, '.option:nth-of-type(1) .source', /as of 2025-03-30 ⚠ over six months old/);
  assert.equal(llmcost('eval', 'v=1').sources[0].stale, true);
  const menu = await page.$$eval('#add-option option', (os) => os.map((o) => o.textContent));
  assert.ok(menu.some((t) => t.includes('(2025-11-30) ⚠ over six months old')), 'an AWS rental row from 2025-11-30');
  assert.ok(menu.some((t) => /\(2026-11-27\)$/.test(t)), 'a row from this month carries no mark');
  assert.deepEqual(errors, []);
  await context.close();
});
