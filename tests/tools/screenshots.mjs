// Saves a screenshot of every stage at tablet and phone size, for people to look at.
// Usage: npm run build && npx tsx tests/tools/screenshots.mjs [outDir] [--stage=id] [--at=seconds]
//   [--case=artery=rca&segment=proximal] [--tablet]   (SCREENSHOT_PORT sets the port; default 4500)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPreviewServer, CHROMIUM_PATH, CHROMIUM_ARGS } from '../browser/server.mjs';
import { parseCase } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stagePictureTime, stageSlots } from '../../src/timeline/schedule.ts';

const outDir =
  process.argv.find((a, i) => i >= 2 && !a.startsWith('--')) ?? 'tests/artifacts/screenshots';
const only = process.argv.find((a) => a.startsWith('--stage='))?.slice(8);
const at = process.argv.find((a) => a.startsWith('--at='))?.slice(5);
// --view: only the 3D picture, not the whole page.
const viewOnly = process.argv.includes('--view');
// --case: a patient's case in address form, added to each page's address and file name.
const kase = process.argv.find((a) => a.startsWith('--case='))?.slice(7) ?? '';
const tabletOnly = process.argv.includes('--tablet');
const port = Number(process.env.SCREENSHOT_PORT ?? 4500);
// The stages and timings this case sees.
const procedure = procedureFor(parseCase(`?${kase}`));
const slots = stageSlots(procedure);
mkdirSync(outDir, { recursive: true });

// Its own port, so it never collides with the browser tests' server on 4173.
const server = await startPreviewServer(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const sizes = [
  { name: 'tablet', width: 1180, height: 820 },
  { name: 'phone', width: 390, height: 844 },
];
try {
  for (const size of sizes) {
    if (tabletOnly && size.name !== 'tablet') continue;
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 1,
    });
    for (const stage of procedure.stages) {
      if (only && stage.id !== only) continue;
      // Open at a moment inside the stage where its picture is most telling.
      const slot = slots.find((x) => x.stage.id === stage.id);
      const t =
        at !== undefined
          ? (slot?.start ?? 0) + Number(at)
          : stagePictureTime(slots, slot?.index ?? 0);
      await page.goto(`${server.url}?t=${t.toFixed(2)}${kase ? `&${kase}` : ''}`);
      await page.waitForSelector('canvas[data-ready="true"]');
      await page.waitForTimeout(700);
      const tag = kase ? `-${kase.replace(/[^a-z0-9]+/gi, '-')}` : '';
      const file = `${outDir}/${size.name}-${stage.id}${tag}.png`;
      if (viewOnly) await page.locator('[data-testid=stage-view]').screenshot({ path: file });
      else await page.screenshot({ path: file });
      console.log(file);
      if (size.name === 'phone' && !only) break;
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
