// Pictures of what the patient takes home, for people to look at: the end of the explainer,
// a wrong teach-back answer, the share code, and the printed handout as a PDF and PNG pages.
// Usage: npx vite build && npx tsx tests/tools/takehome-shots.ts [query]
// (TAKEHOME_PORT, default 4651; TAKEHOME_OUT, default tests/artifacts/takehome)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from '../browser/server.mjs';

declare global {
  interface Window {
    /** How many times the page asked to print (print dialogs never open headless). */
    __printed?: number;
  }
}

const outDir = process.env.TAKEHOME_OUT ?? 'tests/artifacts/takehome';
mkdirSync(outDir, { recursive: true });
const server = await startPreviewServer(Number(process.env.TAKEHOME_PORT ?? 4651));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const query = process.argv[2] ?? '?mode=clinician&access=femoral&artery=rca&segment=proximal';
try {
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  // window.print() would wait for a print dialog that headless Chromium never shows.
  await page.addInitScript(() => {
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('canvas[data-ready="true"]');
  // At the end, as if the patient had watched it all.
  await page.evaluate(() => {
    const player = window.__pciExplainer?.player;
    player?.seek(player.duration);
  });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${outDir}/end.png` });

  await page.getByRole('button', { name: 'Check what you have understood' }).first().click();
  const dialog = page.getByTestId('teach-back');
  await dialog.getByRole('button', { name: 'Through a cut in your chest' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/teach-back-wrong.png` });
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page
    .getByRole('button', { name: /Share with the patient|Watch on your own phone/ })
    .click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/share.png` });
  await page.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Print a handout' }).click();
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 60_000 });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(`${outDir}/handout.pdf`, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', `${outDir}/handout.pdf`, `${outDir}/handout`]);

  // On a phone: the questions must fit without sideways scrolling.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${server.url}${query}`);
  await phone.waitForSelector('canvas[data-ready="true"]');
  await phone.getByRole('button', { name: 'Check what you have understood' }).first().click();
  await phone.getByRole('button', { name: 'Through a cut in your chest' }).click();
  await phone.waitForTimeout(300);
  await phone.screenshot({ path: `${outDir}/phone-teach-back-wrong.png` });
  console.log(`Saved to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
