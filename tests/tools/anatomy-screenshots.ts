// Screenshots of the body- and heart-scale picture for people to look at.
// Usage: npx vite build && npx tsx tests/tools/anatomy-screenshots.ts [outDir] [--only=name]
// Port: SCREENSHOT_PORT (default 4611), so it never collides with the browser tests.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPreviewServer, CHROMIUM_PATH, CHROMIUM_ARGS } from '../browser/server.mjs';

const outDir =
  process.argv.find((a, i) => i >= 2 && !a.startsWith('--')) ?? 'tests/artifacts/anatomy';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const port = Number(process.env.SCREENSHOT_PORT ?? 4611);
// Each: a file name, the case in the address, and a time (s) on the timeline.
const shots = JSON.parse(
  process.env.ANATOMY_SHOTS ??
    JSON.stringify([
      ['body-radial', 'access=radial&artery=lad&segment=mid', 12],
      ['body-femoral', 'access=femoral&artery=lad&segment=mid', 12],
    ]),
) as [name: string, query: string, time: number][];
mkdirSync(outDir, { recursive: true });
const server = await startPreviewServer(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  for (const [name, query, t] of shots) {
    if (only && name !== only) continue;
    await page.goto(`${server.url}?${query}&t=${t}`);
    await page.waitForSelector('canvas[data-ready="true"]');
    await page.waitForTimeout(900);
    const file = `${outDir}/${name}.png`;
    await page.locator('[data-testid=stage-view]').screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
