// Layout for editing and for phones: the answer stays in view beside the editors from 1024 px,
// and on a phone it comes first, with the table as one card per option and no sideways scroll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite, openPage, settle } from './helpers.mjs';

const env = withSite('/');
const sixOptions = '?o=article&o=sls;;p:Modal;gpu:h100;hr:3.9492;n:2;prec:fp8&o=rent;B;gpu:h100;hr:2.5;prec:fp8';

test('from 1024 px the verdict, table and charts stay in view while the editors scroll', async () => {
  for (const width of [1024, 1280]) {
    const { context, page, errors } = await openPage(env.browser, `${env.site.url}${sixOptions}`, { viewport: { width, height: 800 } });
    // Editing the fifth option: the page has scrolled down to it.
    await page.focus('#f-options-4--label');
    await page.$eval('#f-options-4--label', (e) => e.scrollIntoView({ block: 'center' }));
    await settle(page, 200);
    assert.ok(await page.evaluate(() => scrollY) > 300, 'the editors scrolled');
    for (const selector of ['#verdict', '#results-table']) {
      const box = await page.$eval(selector, (e) => e.getBoundingClientRect().toJSON());
      assert.ok(box.top >= 0 && box.top < 800, `${width} px: ${selector} in view (top ${box.top})`);
    }
    // The charts are in the same column, reachable without leaving the edited option.
    const output = await page.$eval('.output', (e) => ({ top: e.getBoundingClientRect().top, scrolls: e.scrollHeight > e.clientHeight }));
    assert.ok(output.top >= 0 && output.top <= 16, `${width} px: the results column is pinned (top ${output.top})`);
    const chartIn = await page.$eval('.output', (o) => o.contains(document.querySelector('#cost-chart')));
    assert.ok(chartIn && output.scrolls, 'the charts scroll within the pinned column');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('on a 360 px phone the results follow the verdict as cards, with no sideways scrolling and 24 px touch targets', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.site.url}${sixOptions}`, { viewport: { width: 360, height: 740 } });
  const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top + scrollY);
  assert.ok(await top('#results-table') > await top('#verdict'), 'the table after the verdict');
  assert.ok(await top('#results-table') < await top('#f-workload-tokens_per_day'), 'and before the editors');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'no sideways scrolling');
  const rows = await page.$$eval('#results-table tbody tr', (trs) => trs.map((tr) => ['cost_per_day_usd', 'cost_per_month_usd', 'cost_per_mtok_usd'].map((f) => {
    const cell = tr.querySelector(`td[data-field="${f}"]`).getBoundingClientRect();
    return { left: cell.left, right: cell.right, width: cell.width, label: getComputedStyle(tr.querySelector(`td[data-field="${f}"]`), '::before').content };
  })));
  assert.equal(rows.length, 6);
  for (const cells of rows) {
    for (const c of cells) assert.ok(c.left >= 0 && c.right <= 360 && c.width > 40, JSON.stringify(c));
    assert.deepEqual(cells.map((c) => c.label), ['"Per day"', '"Per month"', '"Per M tokens"']);
  }
  const small = await page.$$eval('input[type="checkbox"], button', (els) => els.filter((e) => e.offsetParent).map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  assert.equal(small, 0, 'every checkbox and button is at least 24 × 24 px');
  assert.deepEqual(errors, []);
  await context.close();
});
