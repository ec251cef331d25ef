// Bring your own model and GPU, and compare models: a link with a custom model, a custom GPU and
// an option with its own model opens with the same numbers as `llmcost eval`; a pasted
// config.json fills in the custom model; each option can pick its model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSite, openPage, settle, expectText, llmcost, root, exactFigure } from './helpers.mjs';

const env = withSite('/');

const cell = exactFigure;

const LINK =
  'v=1&vol=5B&m=custom&mp=70.55&ml=80&mh=8192&mkv=327680&o=api;Together;in:.88' +
  '&o=rent;Mine;gpu:custom;gmem:79.6;gbw:3.35;gbf16:989;gfp8:1979;glinkbw:900;gtdp:700;glink:nvlink;prec:fp8;hr:2.5;n:2' +
  '&o=rent;Cat;gpu:h100;prec:fp8;hr:2.5;n:2&o=api;Small;m:llama-3.1-8b;in:.05';

test('a link with a custom model, a custom GPU and a model per option opens whole, round-trips, and matches llmcost', async () => {
  const cli = llmcost('eval', LINK);
  assert.equal(cli.link, LINK, 'the link is canonical');
  assert.deepEqual(cli.notices, []);
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?${LINK}`);
  await page.waitForSelector('#results-table tr[data-option="o4"]');
  for (const want of cli.options) {
    const got = Number(await cell(page, want.id, 'cost_per_day_usd'));
    assert.ok(Math.abs(got - want.cost_per_day_usd) <= 1e-12 * want.cost_per_day_usd, `${want.id}: page ${got} vs llmcost ${want.cost_per_day_usd}`);
  }
  // The custom GPU carries the H100's figures, so it serves as much as the catalog's H100.
  assert.equal(cli.options[1].capacity_tokens_per_day, cli.options[2].capacity_tokens_per_day);
  // Options serve different models, so every result names its model.
  await expectText(page, '#results-table tr[data-option="o1"]', /Together · Custom model/);
  await expectText(page, '#results-table tr[data-option="o4"]', /Small · Llama 3\.1 8B/);
  await expectText(page, '.verdict', /Llama 3\.1 8B/);
  // The editors show the custom figures, and the address bar keeps the link as it was.
  await page.waitForSelector('#f-mp');
  assert.equal(await page.inputValue('#f-mp'), '70.55');
  assert.equal(await page.inputValue('#f-options-1--gmem'), '79.6');
  assert.equal(await page.inputValue('#f-options-1--glink'), 'nvlink');
  assert.equal(await page.inputValue('#f-options-3--model'), 'llama-3.1-8b');
  assert.equal(await page.evaluate(() => location.search), `?${LINK}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted config.json becomes the custom model; one that is not understood says which field', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?vol=1B&o=api;A;in:.2&o=rent;B;gpu:l40s;hr:1`);
  await page.waitForSelector('#f-model');
  await page.selectOption('#f-model', 'custom');
  await page.waitForSelector('#f-config');
  // Starts from the figures of the model it replaces (Llama 3.3 70B, the default).
  assert.equal(await page.inputValue('#f-mp'), '70.55');
  await page.fill('#f-config', '{"model_type": "llama", "hidden_size": 4096}');
  await page.press('#f-config', 'Enter');
  await expectText(page, '.custom-model .fit-error', /config\.json has no num_hidden_layers/);
  await page.fill('#f-config', 'not json');
  await page.press('#f-config', 'Enter');
  await expectText(page, '.custom-model .fit-error', /not a config\.json/);
  const config = readFileSync(join(root, 'tests/fixtures/configs/llama-3.1-8b.json'), 'utf8');
  await page.fill('#f-config', config.replace(/\n/g, ' '));
  await page.press('#f-config', 'Enter');
  await page.waitForFunction(() => location.search.includes('m=custom') && location.search.includes('ml=32'));
  const mp = Number(await page.inputValue('#f-mp'));
  assert.ok(Math.abs(mp - 8.03) <= 0.02 * 8.03, `parameters from config.json ${mp} vs the catalog's 8.03`);
  // The page's link evaluates the same in llmcost.
  const query = (await page.evaluate(() => location.search)).slice(1);
  const cli = llmcost('eval', query);
  assert.deepEqual(cli.notices, []);
  await settle(page, 200);
  const got = Number(await cell(page, 'o2', 'cost_per_day_usd'));
  assert.ok(Math.abs(got - cli.options[1].cost_per_day_usd) <= 1e-12 * got, `page ${got} vs llmcost ${cli.options[1].cost_per_day_usd}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an option picks its own model and a custom GPU; a figure out of range is named at its field', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;A;in:.2&o=rent;B;gpu:l4;hr:.8`);
  await page.waitForSelector('#f-options-1--model');
  await page.selectOption('#f-options-1--model', 'llama-3.1-8b');
  await page.waitForFunction(() => location.search.includes('m:llama-3.1-8b'));
  await expectText(page, '#results-table tr[data-option="o2"]', /Llama 3\.1 8B/);
  await page.selectOption('#f-options-1--gpu', 'custom');
  await page.waitForSelector('#f-options-1--gmem');
  // Starts from the L4's figures, and the link carries them.
  await page.waitForFunction(() => location.search.includes('gpu:custom') && location.search.includes('gmem:'));
  await page.fill('#f-options-1--gmem', '-5');
  await expectText(page, '#f-options-1--gmem-msg', /./);
  assert.equal(await page.getAttribute('#f-options-1--gmem', 'aria-invalid'), 'true');
  await page.fill('#f-options-1--gmem', '48');
  await page.waitForFunction(() => location.search.includes('gmem:48'));
  assert.deepEqual(errors, []);
  await context.close();
});
