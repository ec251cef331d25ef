// Editors that stay true to what they show: labels and prices follow the settings of catalog
// options, selects act only on a deliberate choice, impossible values are named at the field,
// and out-of-scale links stay readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite, openPage, settle, expectText, canvasColours } from './helpers.mjs';

const env = withSite('/calc/');

const rows = (page) => page.$$eval('#results-table tbody tr', (r) => r.length);

test('arrow keys on "Add an option" and "Preset" change nothing until a choice is made', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  const link = await page.evaluate(() => location.search);
  await page.focus('#add-option');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Run');
  await settle(page, 300);
  assert.equal(await rows(page), 4, 'no option added by arrows or typing');
  await page.keyboard.press('Enter');
  await settle(page, 300);
  assert.equal(await rows(page), 5, 'Enter adds the chosen entry');

  await page.fill('#f-workload-tokens_per_day', '7M');
  await settle(page, 300);
  await page.focus('#preset');
  await page.keyboard.press('ArrowDown');
  await settle(page, 300);
  await expectText(page, '#verdict', /7M tokens\/day/);
  assert.equal(await rows(page), 5, 'the scenario is not replaced by an arrow key');
  await page.click('#preset-load');
  await settle(page, 300);
  await expectText(page, '#verdict', /^(?!.*7M tokens\/day)/);
  await page.click('#undo-preset');
  await settle(page, 300);
  await expectText(page, '#verdict', /7M tokens\/day/);
  assert.equal(await rows(page), 5, 'Undo brings the edited scenario back');
  assert.notEqual(link, await page.evaluate(() => location.search));
  assert.deepEqual(errors, []);
  await context.close();
});

test('after Remove, focus moves to the next option or to "Add an option"', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;A;in:1&o=api;B;in:2`);
  await page.click('button[aria-label="Remove option 1"]');
  await settle(page, 200);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-options-0--label');
  assert.equal(await page.inputValue('#f-options-0--label'), 'B');
  await page.click('button[aria-label="Remove option 1"]');
  await settle(page, 200);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'add-option');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change the user did not type redraws only the editors of the options it changed', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  // Tag each option's name field: a redrawn editor has a new, untagged element.
  const tag = () => page.$$eval('.option-label', (inputs) => inputs.forEach((i) => (i.kept = true)));
  const kept = () => page.$$eval('.option-label', (inputs) => inputs.map((i) => i.kept === true));
  await tag();
  await page.fill('#f-options-0--input_usd_per_mtok', 'abc');
  await settle(page, 200);
  assert.ok(await page.$('.output.stale'), 'unreadable text marks the results stale');

  await page.selectOption('#add-option', 'custom:api');
  await page.click('#add-option-button');
  await settle(page, 300);
  assert.deepEqual(await kept(), [true, true, true, true, false], 'adding an option draws only its editor');
  assert.equal(await page.inputValue('#f-options-0--input_usd_per_mtok'), 'abc', 'what the user typed stays');
  await expectText(page, '#f-options-0--input_usd_per_mtok-msg', /not a number/);
  assert.ok(await page.$('.output.stale'), 'and the results stay marked stale');

  await tag();
  await page.selectOption('#f-options-2--gpu', 'h100');
  await settle(page, 300);
  assert.deepEqual(await kept(), [true, true, false, true, true], 'another GPU redraws only that option');

  await tag();
  await page.click('button[aria-label="Remove option 1"]');
  await settle(page, 300);
  assert.equal(await page.$('.output.stale'), null, 'the unreadable text left with its option');
  // Options after the removed one moved up: their editors are drawn again for their new place.
  assert.deepEqual(await kept(), [false, false, false, false]);
  assert.equal(await page.inputValue('#f-options-0--label'), 'Azure AI Foundry');
  assert.deepEqual(errors, []);
  await context.close();
});

test('rentals that look alike in the add menu name their instance type', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  const aws = await page.$$eval('#add-option optgroup[label="Rent GPUs"] option', (options) =>
    options.map((o) => o.textContent).filter((t) => /^AWS NVIDIA L40S.*on-demand/.test(t)));
  assert.equal(aws.length, 3, aws.join(' | '));
  const instances = aws.map((t) => t.match(/ (g6e\.\w+) —/)?.[1]);
  assert.deepEqual([...new Set(instances)].length, 3, aws.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a catalog rental renamed and re-priced when its GPU or count changes', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;X;in:1`);
  const l40s = await page.$eval('#add-option optgroup[label="Rent GPUs"]', (g) =>
    [...g.querySelectorAll('option')].find((o) => /^RunPod .*L40S.* — \$0\.86/.test(o.textContent)).value);
  await page.selectOption('#add-option', l40s);
  await page.click('#add-option-button');
  await settle(page, 300);
  const label = '#f-options-1--label';
  assert.match(await page.getAttribute(label, 'placeholder'), /^RunPod \d×L40S FP8$/);
  await expectText(page, '#results-table', /RunPod \d×L40S FP8/);
  assert.equal(await page.inputValue('#f-options-1--usd_per_gpu_hour'), '0.86');

  await page.selectOption('#f-options-1--gpu', 'h200');
  await settle(page, 300);
  await page.fill('#f-options-1--gpus_per_replica', '2');
  await settle(page, 300);
  assert.equal(await page.getAttribute(label, 'placeholder'), 'RunPod 2×H200 FP8');
  await expectText(page, '#results-table', /RunPod 2×H200 FP8/);
  const price = await page.inputValue('#f-options-1--usd_per_gpu_hour');
  assert.notEqual(price, '0.86', 'never kept at the L40S price');
  await expectText(page, '#verdict', /RunPod 2×H200 FP8|X/);

  // A name the user typed stays.
  await page.fill(label, 'Our cluster');
  await page.selectOption('#f-options-1--gpu', 'h100');
  await settle(page, 300);
  assert.equal(await page.inputValue(label), 'Our cluster');
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing the model re-prices catalog APIs or leaves them out, saying why', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;Z;in:50`);
  const add = async (pattern) => {
    const value = await page.$eval('#add-option optgroup[label="APIs serving this model"]', (g, p) =>
      [...g.querySelectorAll('option')].find((o) => new RegExp(p).test(o.textContent))?.value, pattern);
    assert.ok(value, pattern);
    await page.selectOption('#add-option', value);
    await page.click('#add-option-button');
    await settle(page, 300);
  };
  await add('^Together —');
  const before70b = await page.inputValue('#f-options-1--input_usd_per_mtok');
  await page.selectOption('#f-model', 'llama-3.1-8b');
  await settle(page, 400);
  const after8b = await page.inputValue('#f-options-1--input_usd_per_mtok');
  const leftOut = await page.$('.option .fit-error');
  if (leftOut) {
    await expectText(page, '.option', /Left out of the comparison: no Together price for Llama 3\.1 8B/);
    assert.equal(await rows(page), 1, 'left out of the table and the verdict');
  } else {
    assert.notEqual(after8b, before70b, 'the 8B price, not the 70B one');
  }
  // An API with no price for the model at all is always marked.
  await page.goto(`${env.site.url}?m=llama-3.1-8b&o=api;;p:Nobody;in:.5&o=api;Y;in:1`);
  await expectText(page, '.option', /no Nobody price for Llama 3\.1 8B/);
  assert.equal(await rows(page), 1);
  await expectText(page, '#verdict', /^(?!.*Nobody)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('impossible counts are named at their field and kept out of the scenario', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}?o=api;X;in:1&o=rent;Y;gpu:h100;hr:2;cap:1B`);
  await page.fill('#f-options-1--gpus_per_replica', '1.5');
  await expectText(page, '#f-options-1--gpus_per_replica-msg', /must be a whole number/);
  await page.fill('#f-options-1--min_replicas', '-5');
  await expectText(page, '#f-options-1--min_replicas-msg', /must be between 1 and 10,000 replicas/);
  assert.ok(await page.$('.output.stale'), 'results dimmed, charts included');
  const link = await page.evaluate(() => location.search);
  assert.ok(!link.includes('n:1.5') && !link.includes('min:-5'), link);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a near-free option is described in words, never as ∞, and the charts still draw', async () => {
  for (const query of ['?o=article&o=api;;in:1e-320', '?o=api;;in:4e-308&o=rent']) {
    const { context, page, errors } = await openPage(env.browser, env.site.url + query);
    const text = await page.textContent('main');
    assert.ok(!text.includes('∞') && !text.includes('NaN') && !text.includes('Infinity'), `${query}: ${text.slice(0, 300)}`);
    assert.ok((await canvasColours(page, '#cost-chart')) > 5, `${query}: cost chart drawn`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the stale note keeps a 4.5:1 contrast in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(env.browser, env.site.url, { colorScheme });
    await page.fill('#f-workload-tokens_per_day', 'lots');
    await page.waitForSelector('.stale .stale-note', { state: 'visible' });
    const ratio = await page.$eval('.stale-note', (el) => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      let bgEl = el;
      while (bgEl && getComputedStyle(bgEl).backgroundColor === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
      const bg = rgb(getComputedStyle(bgEl).backgroundColor);
      const fg = rgb(getComputedStyle(el).color).map((c, i) => c * opacity + bg[i] * (1 - opacity));
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    });
    assert.ok(ratio >= 4.5, `${colorScheme}: contrast ${ratio.toFixed(2)}`);
    await context.close();
  }
});

test('a burst of slider inputs redraws once per frame, not once per input, at the last value', async () => {
  const { context, page, errors } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('.slider');
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const { sameTask, ownTasks, frames } = await page.evaluate(async () => {
    let count = 0;
    new PerformanceObserver((list) => { count += list.getEntriesByName('charts-updated').length; }).observe({ entryTypes: ['mark'] });
    const slider = document.querySelector('.slider');
    const settled = () => new Promise((r) => setTimeout(r, 500));
    const input = (log10) => {
      slider.value = log10;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Five inputs in one task: no frame can begin between them.
    for (const log10 of ['6', '6.2', '6.4', '6.6', '6.8']) input(log10);
    await settled();
    const sameTask = count;
    // A drag: several inputs, each its own task (as the browser delivers them). A loaded machine
    // may begin a frame between any two, so count the frames that began during the burst.
    count = 0;
    let frames = 0;
    let bursting = true;
    const tick = () => { frames++; if (bursting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    for (const log10 of ['7', '7.5', '7.75', '8.5', '8']) {
      input(log10);
      await nextTask();
    }
    bursting = false;
    await settled();
    return { sameTask, ownTasks: count, frames };
  });
  assert.equal(sameTask, 1, 'five inputs in one task redraw once');
  // One redraw per frame: at most one more than the frames that began during the burst.
  assert.ok(ownTasks >= 1 && ownTasks <= frames + 1, `${ownTasks} redraws for 5 inputs over ${frames} frames`);
  assert.equal(await page.inputValue('#f-workload-tokens_per_day'), '100M');
  await page.waitForFunction(() => location.search.includes('vol=100M'));
  assert.deepEqual(errors, []);
  await context.close();
});
