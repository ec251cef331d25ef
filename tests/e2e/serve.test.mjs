// Command 1, "set up and serve", serves a page whose chart is drawn, with a clean console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch, root, waitForChart, canvasColours, expectText } from './helpers.mjs';

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

test('scripts/serve.sh serves the calculator with its chart drawn and no console errors', { timeout: 600_000 }, async () => {
  const port = await freePort();
  const server = spawn('bash', [join(root, 'scripts/serve.sh')], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: 'ignore' });
  const browser = await launch();
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, 540_000);
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForChart(page);
    assert.ok((await canvasColours(page, '#cost-chart')) > 5, 'the chart is not blank');
    await expectText(page, '#verdict', /358×/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    process.kill(-server.pid, 'SIGTERM');
  }
});
