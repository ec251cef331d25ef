// Benchmark of the built page (dist/): transfer sizes, cold load to first chart against a static
// baseline, and keystroke to updated charts. Prints a table and writes bench-results/page.json.
import { readdir, readFile, writeFile, mkdir, mkdtemp } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants, deflateSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, dist, root } from '../tests/e2e/helpers.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 15);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES || 40);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);

// 1. Sizes of everything the page transfers.
const files = [];
// Every file (a debug build keeps wasm-bindgen's JavaScript snippets in snippets/).
const entries = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
for (const name of entries.map((e) => relative(dist, join(e.parentPath ?? e.path, e.name))).sort()) {
  const body = await readFile(join(dist, name));
  files.push({
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

// 2. A baseline page showing the same kind of content, static: the release index.html (its
// header and the default verdict in words, with the style sheet) without scripts, its chart an
// image as large as the whole bundle (gzip), on the same server.
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function noisePng(bytes) {
  const side = Math.ceil(Math.sqrt(bytes / 3));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0); ihdr.writeUInt32BE(side, 4); ihdr[8] = 8; ihdr[9] = 2;
  const rows = Buffer.alloc((side * 3 + 1) * side);
  let seed = 12345;
  for (let i = 0; i < rows.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; rows[i] = i % (side * 3 + 1) === 0 ? 0 : seed >> 16; }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}
const baselineDir = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
const png = noisePng(total.gzip);
await writeFile(join(baselineDir, 'image.png'), png);
const releaseHtml = await readFile(join(dist, 'index.html'), 'utf8');
const styleSheet = files.map((f) => f.name).find((n) => n.endsWith('.css'));
await writeFile(join(baselineDir, styleSheet), await readFile(join(dist, styleSheet)));
if (!/<svg[\s\S]*<\/svg>/.test(releaseHtml)) throw new Error('dist/index.html has no prerendered chart: build with trunk build --release');
const staticHtml = releaseHtml
  .replace(/<script[\s\S]*?<\/script>|<link[^>]*preload[^>]*>|<meta http-equiv[^>]*>/g, '')
  .replace(/<svg[\s\S]*<\/svg>/, '<img src=image.png alt="" width=760 height=480 elementtiming=chart>');
await writeFile(join(baselineDir, 'index.html'), staticHtml);

// Both served gzip-compressed, as a static host serves them.
const site = await serve(dist, '/', {}, { gzip: true });
const baseline = await serve(baselineDir, '/', {}, { gzip: true });
const browser = await launch();

/** A cold load of `url`, in milliseconds from navigation: when its chart was painted, and when
 * its first contentful paint, the app's start, mount and live chart came. The baseline's chart is
 * an image, whose paint Element Timing reports. The page's default link has its chart prerendered
 * inline, painted in the first contentful paint if that came before the app mounted (the app
 * replaces it); otherwise, and for any other link, the first chart is the app's live one. */
async function coldLoadTimes(url, { throttle = 1, width = 1280, app = true, prerendered = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  const imagePainted = app
    ? undefined
    : await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list) => resolve(list.getEntries()[0].renderTime)).observe({ type: 'element', buffered: true })));
  const marks = ['first-contentful-paint', ...(app ? ['chart-drawn'] : [])];
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), marks, { timeout: 60000 });
  const [fcp, drawn, appStart, mounted] = await page.evaluate(() => ['first-contentful-paint', 'chart-drawn', 'app-start', 'app-mounted'].map((n) => performance.getEntriesByName(n)[0]?.startTime));
  await context.close();
  const chart = !app ? imagePainted : prerendered && fcp < mounted ? fcp : drawn;
  return { chart, fcp, drawn, appStart, mounted };
}
const pageLoad = (url, options) => coldLoadTimes(url, { prerendered: !new URL(url).search, ...options });
const staticLoad = (url, options) => coldLoadTimes(url, { app: false, ...options });

// A near-free option once stretched the cost axis over hundreds of decades (seconds to draw);
// its first chart must come as fast as the default page's.
const NEAR_FREE = '?o=api;;in:4e-308&o=rent';
const pageLoads = [];
const baselineLoads = [];
const nearFreeLoads = [];
for (let i = 0; i < LOADS; i++) {
  pageLoads.push(await pageLoad(site.url));
  baselineLoads.push(await staticLoad(baseline.url));
  nearFreeLoads.push(await pageLoad(site.url + NEAR_FREE));
}
const medianOf = (loads, key) => median(loads.map((l) => l[key]));

// 3. Keystroke to updated numbers and charts, in one warm page, at full speed and with the CPU
// throttled 4× (Chrome DevTools' "mid-tier mobile") on a 390 px phone, on the default scenario
// and on one with 12 options.
const TWELVE = '?vol=20M&o=article&o=api;DeepInfra;in:.1;out:.32&o=api;Together;in:.88&o=rent;;p:RunPod;gpu:h100;hr:2.99;n:2;prec:fp8&o=rent;;p:Lambda;gpu:a100-80gb;hr:1.79;n:2&o=own;;gpu:h100;n:2;prec:fp8&o=rent;;gpu:l40s;hr:.86;n:4;prec:fp8&o=own;;gpu:b200;usd:40K;pw:1K;prec:fp8&o=rent;;gpu:h200;hr:3.5;prec:fp8';
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

async function keystrokeTimes(query, throttle, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(site.url + query);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
  const times = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    times.push(await page.evaluate(async (value) => {
      const input = document.getElementById('f-workload-tokens_per_day');
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) {
        // Done when both the charts and the table are: each marks its latest redraw.
        const marks = ['charts-updated', 'table-updated'].map((name) => performance.getEntriesByName(name)[0]);
        if (marks.every((m) => m && m.startTime > start)) return Math.max(...marks.map((m) => m.startTime)) - start;
        await new Promise((r) => setTimeout(r, 0));
      }
    }, String(1e6 * (i + 2))));
  }
  await context.close();
  return { median: median(times), p95: percentile(times, 0.95), max: Math.max(...times) };
}

const keystrokeRuns = {};
for (const [name, query] of [['default', ''], ['12 options', TWELVE]]) {
  keystrokeRuns[`${name}, 1×, 1280 px`] = await keystrokeTimes(query, 1, 1280);
  keystrokeRuns[`${name}, 4× throttle, 390 px`] = await keystrokeTimes(query, 4, 390);
}
const keystrokes = [keystrokeRuns['default, 1×, 1280 px'].median];

// 4. The search for the cheapest way to self-host, in the page: opening the panel to its list.
async function searchTimes(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url + query);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const times = [];
  for (let i = 0; i < 9; i++) {
    times.push(await page.evaluate(async () => {
      const details = document.getElementById('cheapest');
      details.open = false;
      await new Promise((r) => setTimeout(r, 20));
      const start = performance.now();
      details.open = true;
      for (;;) {
        if (document.querySelector('#cheapest-list li')) return performance.now() - start;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }));
  }
  await context.close();
  return median(times);
}
const pageSearchMs = await searchTimes('?vol=2B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32');
const throttledLoads = [];
const throttledBaseline = [];
for (let i = 0; i < Math.max(3, Math.floor(LOADS / 3)); i++) {
  throttledLoads.push(await pageLoad(site.url, { throttle: 4, width: 390 }));
  throttledBaseline.push(await staticLoad(baseline.url, { throttle: 4, width: 390 }));
}
await browser.close();
await site.close();
await baseline.close();

const result = {
  files,
  total,
  // The default page's first chart (prerendered) and the static page's, painted.
  first_chart_ms_median: medianOf(pageLoads, 'chart'),
  baseline_chart_ms_median: medianOf(baselineLoads, 'chart'),
  ratio_to_baseline: medianOf(pageLoads, 'chart') / medianOf(baselineLoads, 'chart'),
  first_contentful_paint_ms_median: medianOf(pageLoads, 'fcp'),
  baseline_first_contentful_paint_ms_median: medianOf(baselineLoads, 'fcp'),
  paint_ratio_to_baseline: medianOf(pageLoads, 'fcp') / medianOf(baselineLoads, 'fcp'),
  // The app at work: WebAssembly started, app mounted, its live chart drawn.
  app_start_ms_median: medianOf(pageLoads, 'appStart'),
  app_mounted_ms_median: medianOf(pageLoads, 'mounted'),
  live_chart_ms_median: medianOf(pageLoads, 'drawn'),
  live_chart_ratio_to_baseline: medianOf(pageLoads, 'drawn') / medianOf(baselineLoads, 'chart'),
  near_free_first_chart_ms_median: medianOf(nearFreeLoads, 'chart'),
  keystroke_to_charts_ms_median: median(keystrokes),
  keystrokes_by_setting: keystrokeRuns,
  throttled_first_chart_ms_median: medianOf(throttledLoads, 'chart'),
  throttled_live_chart_ms_median: medianOf(throttledLoads, 'drawn'),
  throttled_baseline_ms_median: medianOf(throttledBaseline, 'chart'),
  page_search_ms_median: pageSearchMs,
  loads: LOADS,
  keystrokes: KEYSTROKES,
};
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results', 'page.json'), JSON.stringify(result, null, 2));

console.log('\nfile                                      raw KB   gzip KB  brotli KB');
for (const f of files) console.log(`${f.name.padEnd(40)} ${kb(f.raw).padStart(8)} ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(10)}`);
console.log(`${'total'.padEnd(40)} ${kb(total.raw).padStart(8)} ${kb(total.gzip).padStart(9)} ${kb(total.brotli).padStart(10)}   (budget: 250 KB gzip)`);
console.log(`\nfirst chart painted, cold load of the default page (prerendered), median of ${LOADS}: ${result.first_chart_ms_median.toFixed(0)} ms (budget: 200 ms)`);
console.log(`static page of the same kind (the same header, verdict and style sheet; its chart a ${kb(png.length)} KB image), median of ${LOADS}: ${result.baseline_chart_ms_median.toFixed(0)} ms; ratio ${result.ratio_to_baseline.toFixed(2)} (goal: 1.5)`);
console.log(`first contentful paint, median of ${LOADS}: ${result.first_contentful_paint_ms_median.toFixed(0)} ms; static page ${result.baseline_first_contentful_paint_ms_median.toFixed(0)} ms; ratio ${result.paint_ratio_to_baseline.toFixed(2)}`);
console.log(`the app (medians): WebAssembly running at ${result.app_start_ms_median.toFixed(0)} ms, mounted at ${result.app_mounted_ms_median.toFixed(0)} ms, live chart drawn at ${result.live_chart_ms_median.toFixed(0)} ms (${result.live_chart_ratio_to_baseline.toFixed(2)}× the static page's chart)`);
console.log(`first chart of a shared link, ${NEAR_FREE} (no prerender: the app's), median of ${LOADS}: ${result.near_free_first_chart_ms_median.toFixed(0)} ms`);
console.log(`keystroke to updated numbers and charts, median of ${KEYSTROKES}: ${result.keystroke_to_charts_ms_median.toFixed(1)} ms (budget: 16 ms)`);
for (const [name, t] of Object.entries(keystrokeRuns)) {
  console.log(`keystroke to updated charts, ${name}, ${KEYSTROKES} edits: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`);
}
console.log(`first chart painted at 4× throttle, 390 px, median of ${throttledLoads.length}: ${result.throttled_first_chart_ms_median.toFixed(0)} ms, the app's live chart ${result.throttled_live_chart_ms_median.toFixed(0)} ms (static page at the same throttle: ${result.throttled_baseline_ms_median.toFixed(0)} ms)`);
console.log(`cheapest-setup search in the page (opening the panel to its list), median of 9: ${pageSearchMs.toFixed(0)} ms`);
