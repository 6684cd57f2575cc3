// The clinician review document: every step with its captions, the source passages they
// come from, the clinical facts the picture relies on (with sources), a still of the step,
// the safety messages, the questions and answers and the governance record, with what applies
// to which patient's case (written by reviewDocument.ts). One HTML file and a PDF of it.
// Usage: npm run content:review   (builds the app first; needs Chromium, as the tests do)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from '../browser/server.mjs';
import { DEFAULT_CASE, type Variant } from '../../src/case/patientCase.ts';
import { clinicalFacts, procedure, procedureFor } from '../../src/content/index.ts';
import { stagePictureTime, stageSlots } from '../../src/timeline/schedule.ts';
import { reviewDocument } from './reviewDocument.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}tests/artifacts/content-review`;
mkdirSync(outDir, { recursive: true });

console.log('Building the explainer…');
await build({ root, logLevel: 'warn' });
const server = await startPreviewServer(4700);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });

// A still of each stage, in the planned procedure and (where it differs) the emergency one.
const stills = new Map<string, string>();
const variants: Variant[] = ['planned', 'primary'];
for (const variant of variants) {
  const slots = stageSlots(procedureFor({ ...DEFAULT_CASE, variant }));
  for (const slot of slots) {
    const { stage } = slot;
    // The picture once the stage's last caption has been read, before the camera moves on.
    const t = stagePictureTime(slots, slot.index);
    await page.goto(`${server.url}?variant=${variant}&t=${t.toFixed(2)}`);
    await page.waitForSelector('canvas[data-ready="true"]');
    // The picture only: no buttons or hints over it.
    await page.addStyleTag({
      content: '.view-controls, .stage-view__hint, .start-button { display: none !important; }',
    });
    await page.waitForTimeout(900);
    const jpeg = await page
      .locator('[data-testid=stage-view]')
      .screenshot({ type: 'jpeg', quality: 78 });
    stills.set(`${variant}:${stage.id}`, jpeg.toString('base64'));
    console.log(`Still of "${stage.id}" (${variant}) at ${t.toFixed(1)} s`);
  }
}
const html = reviewDocument(procedure, clinicalFacts, stills);
writeFileSync(`${outDir}/content-review.html`, html);
await page.goto(`file://${outDir}/content-review.html`);
await page.pdf({
  path: `${outDir}/content-review.pdf`,
  format: 'A4',
  margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
});
await browser.close();
await server.close();
console.log(`Written ${outDir}/content-review.html and content-review.pdf`);
