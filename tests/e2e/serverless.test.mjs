// More ways to run a model: serverless GPUs billed while busy, GPUs already owned, and the
// energy each self-hosted option uses, with the same numbers on the page as from llmcost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite, openPage, settle, expectText, llmcost, exactFigure } from './helpers.mjs';

const env = withSite('/');

const cell = exactFigure;

test('a serverless option and already-owned GPUs cost the same on the page as in llmcost, with their energy', async () => {
  const query = 'v=1&vol=2M&hrs=10&o=api;A;in:1&o=sls;Modal;gpu:h100;hr:3.9492;cap:100M;cold:30;idle:60&o=own;Mine;gpu:h100;sunk:1;cap:1B';
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?${query}`);
  const cli = llmcost('eval', query);
  for (const [i, id] of ['o1', 'o2', 'o3'].entries()) {
    assert.equal(Number(await cell(page, id, 'cost_per_day_usd')), cli.options[i].cost_per_day_usd, `${id} per day`);
  }
  assert.equal(cli.options[1].kind, 'serverless');
  await expectText(page, '.option:nth-of-type(2) .kind', /Serverless GPUs/);
  for (const [i, id] of [[1, 'o2'], [2, 'o3']]) {
    const shown = await page.textContent(`#results-table tr[data-option="${id}"] td[data-field="energy_kwh_per_mtok"]`);
    assert.match(shown, /^[\d.]+[KM]?[\d.,]+[KM]? kWh\/day$/, `${id} energy: ${shown}`);
    assert.equal(Number(await cell(page, id, 'energy_kwh_per_mtok')), cli.options[i].energy_kwh_per_mtok, `${id} kWh/M tokens`);
  }
  assert.equal(await page.textContent('#results-table tr[data-option="o1"] td[data-field="energy_kwh_per_mtok"]'), '—', 'an API has no energy figure');
  assert.equal(await cell(page, 'o1', 'energy_kwh_per_mtok'), null, 'nor an exact one');
  // The sunk-cost checkbox: unticked, the purchase is written off again and the option costs more.
  const sunk = '#f-options-2--sunk';
  assert.equal(await page.isChecked(sunk), true);
  const before = Number(await cell(page, 'o3', 'cost_per_day_usd'));
  await page.uncheck(sunk);
  await settle(page, 300);
  await page.waitForFunction(() => !location.search.includes('sunk'));
  assert.ok(Number(await cell(page, 'o3', 'cost_per_day_usd')) > before, 'the write-off counts again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('serverless GPUs are offered in the add menu with their per-second prices, and added ready to compare', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;X;in:1`);
  const value = await page.$eval('#add-option optgroup[label^="Serverless GPUs"]', (g) =>
    [...g.querySelectorAll('option')].find((o) => /^Modal .*H100.* — \$3\.9492\/GPU-h while busy/.test(o.textContent)).value);
  await page.selectOption('#add-option', value);
  await page.click('#add-option-button');
  await settle(page, 300);
  await page.waitForFunction(() => location.search.includes('o=sls'));
  await expectText(page, '#results-table', /Modal serverless \d×H100 FP8/);
  await expectText(page, '.option:nth-of-type(2) .source', /Source: .*modal\.com\/pricing.* as of 2026-05-07/);
  for (const field of ['cold_start_s', 'idle_timeout_s', 'max_workers', 'min_replicas']) {
    assert.ok(await page.$(`#f-options-1--${field}`), `${field} editor`);
  }
  // A bad value is named at its field and the rest keeps working.
  await page.fill('#f-options-1--cold_start_s', '-5');
  await settle(page, 300);
  await expectText(page, '.option:nth-of-type(2)', /must be between 0 and 3,600 s/);
  assert.ok((await page.$$('#results-table tbody tr')).length >= 1);
  assert.deepEqual(errors, []);
  await context.close();
});
