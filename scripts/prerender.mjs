// Part of the post-build hook, release builds only: the default scenario's verdict and cost chart,
// computed by llmcost (the same engine and drawing code as the page) and written into index.html,
// so that a first visit paints the answer before the WebAssembly has started. An inline script
// removes them for any other link, and the app removes them when it mounts.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const tools = join(import.meta.dirname, '..', '.tools', 'node_modules');
const dir = process.env.TRUNK_STAGING_DIR || 'dist';

/// llmcost's output for `args`, built from this tree (the debug build the tests also use).
const llmcost = (args) =>
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'llmcost', '--', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The empty link is the default scenario, the page's answer without a query.
const { verdict } = JSON.parse(llmcost(['eval', '']));
const { optimize } = await import(join(tools, 'svgo', 'lib', 'svgo-node.js'));
// Without the faint lines between the grid's decades (the mesh's light lines, drawn at 30%
// opacity): 0.16 KB gzip of a placeholder the app replaces, drawing them, as soon as it starts.
const optimized = optimize(llmcost(['chart', '', '--svg']), { multipass: true }).data;
const faintGrid = /<path[^>]*opacity="\.3"\/>/g;
if (optimized.match(faintGrid)?.length !== 1) throw new Error('the chart has no single faint grid path to leave out: update prerender.mjs');
const svg = optimized.replace(faintGrid, '');
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const slot = /<div[^>]*\bid="?prerender-answer"?[^>]*>/;
if (!slot.test(html)) throw new Error('index.html has no element with id prerender-answer to prerender into');
// The chart is inline, so that it is painted with the verdict in the first frame: an SVG image
// would be a second request and a second document to lay out.
const answer =
  `<section class="verdict card"><p class=headline>${escapeHtml(verdict.headline)}</p></section>` +
  `<figure class="card chart">${svg.replace('<svg ', '<svg role=img aria-label="Cost per month against volume" ')}</figure>`;
writeFileSync(index, html.replace(slot, (m) => m + answer));
