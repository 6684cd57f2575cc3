// Saves a screenshot of every stage at tablet and phone size, for people to look at.
// Usage: npm run build && npx tsx tests/tools/screenshots.mjs [outDir] [--stage=id] [--at=seconds]
//   [--case=artery=rca&segment=proximal] [--tablet]   (SCREENSHOT_PORT sets the port; default 4500)
// README pictures: npm run build && npx tsx tests/tools/screenshots.mjs --docs
//   rewrites docs/screenshots/*.jpg (small JPEGs) from the current build. Run it whenever the
//   picture or the layout changes, and commit the result.
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
const docs = process.argv.includes('--docs');
// The stages and timings this case sees.
const procedure = procedureFor(parseCase(`?${kase}`));
const slots = stageSlots(procedure);
if (!docs) mkdirSync(outDir, { recursive: true });

// Its own port, so it never collides with the browser tests' server on 4173.
const server = await startPreviewServer(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const sizes = [
  { name: 'tablet', width: 1180, height: 820 },
  { name: 'phone', width: 390, height: 844 },
];
/** Opens the explainer at time t (seconds) and waits for its picture. */
async function open(page, t) {
  await page.goto(`${server.url}?t=${t.toFixed(2)}${kase ? `&${kase}` : ''}`);
  await page.waitForSelector('canvas[data-ready="true"]', { timeout: 180_000 });
  // The camera glides into place: wait for two identical pictures in a row.
  let before = '';
  for (let i = 0; i < 20; i++) {
    const now = (await page.locator('canvas').first().screenshot({ timeout: 180_000 })).toString(
      'base64',
    );
    if (now === before) break;
    before = now;
  }
}

const timeOf = (id) => {
  const slot = slots.find((x) => x.stage.id === id);
  if (!slot) throw new Error(`No stage ${id}`);
  return stagePictureTime(slots, slot.index);
};

/**
 * The README's pictures, as small JPEGs in docs/screenshots/: the whole page on a tablet at
 * the stent step and at the angiogram (the catheter at the artery's opening), the balloon
 * step on a phone, and one sheet with the picture of every step.
 */
async function writeDocs() {
  const dir = 'docs/screenshots';
  mkdirSync(dir, { recursive: true });
  const jpeg = { type: 'jpeg', quality: 72, timeout: 180_000 };
  const tablet = await browser.newPage({ viewport: sizes[0], deviceScaleFactor: 1 });
  for (const [id, name] of [
    ['stent-deployment', 'tablet-stent'],
    ['angiogram', 'tablet-angiogram'],
  ]) {
    await open(tablet, timeOf(id));
    await tablet.screenshot({ path: `${dir}/${name}.jpg`, ...jpeg });
    console.log(`${dir}/${name}.jpg`);
  }
  const tiles = [];
  for (const slot of slots) {
    await open(tablet, stagePictureTime(slots, slot.index));
    const png = await tablet.locator('[data-testid=stage-view]').screenshot({ timeout: 180_000 });
    tiles.push({ title: `${slot.index + 1}. ${slot.stage.title}`, src: png.toString('base64') });
  }
  await tablet.close();
  const phone = await browser.newPage({ viewport: sizes[1], deviceScaleFactor: 1 });
  await open(phone, timeOf('balloon-inflation'));
  await phone.screenshot({ path: `${dir}/phone-balloon.jpg`, ...jpeg });
  console.log(`${dir}/phone-balloon.jpg`);
  await phone.close();
  // Every step on one sheet, four across, each picture 300 px wide with its title.
  const sheet = await browser.newPage({ viewport: { width: 1240, height: 400 } });
  await sheet.setContent(
    `<body style="margin:0;padding:8px;font:14px Arial,sans-serif;color:#212b32;background:#fff">
      <div style="display:grid;grid-template-columns:repeat(4,300px);gap:8px">
      ${tiles
        .map(
          (t) =>
            `<figure style="margin:0"><img style="width:300px;display:block" src="data:image/png;base64,${t.src}"><figcaption style="padding:2px 0 4px">${t.title.replace(/[<&]/g, '')}</figcaption></figure>`,
        )
        .join('')}
      </div></body>`,
  );
  await sheet.screenshot({ path: `${dir}/stages.jpg`, fullPage: true, ...jpeg });
  console.log(`${dir}/stages.jpg`);
  await sheet.close();
}

try {
  if (docs) await writeDocs();
  for (const size of docs ? [] : sizes) {
    if (tabletOnly && size.name !== 'tablet') continue;
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 1,
    });
    // The 3D is drawn on the CPU here: on a busy machine a picture can take minutes.
    page.setDefaultTimeout(180_000);
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
