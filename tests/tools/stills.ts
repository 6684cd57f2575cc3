// Still pictures of every stage for devices that cannot draw 3D: the real scene, built and
// drawn in Chromium, photographed at each stage once its last caption has had time to be
// read (as in the review document), and saved as small WebP pictures in
// public/stills/<stage-id>.webp (encoded by the browser's own WebP encoder, from a lossless shot)
// with public/stills/manifest.json, which records a hash of what the pictures are drawn
// from. tests/content/stills.test.ts fails when that hash no longer matches.
// One set for the planned procedure and one for the emergency (primary) procedure, whose
// pictures differ (the clot); other details of the case (route, artery) are told in words.
// Usage: npm run stills   (builds the app into a temporary folder; needs Chromium)
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/server.mjs';
import { ROOT, stillsInputFiles, stillsInputsHash } from './stillsInputs.ts';
import { DEFAULT_CASE, type Variant } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stillFile } from '../../src/ui/stillFile.ts';
import { stagePictureTime, stageSlots } from '../../src/timeline/schedule.ts';

/** The page is laid out as on a landscape tablet, and photographed this many pixels wide. */
const VIEWPORT = { width: 1180, height: 820 };
const WIDTH = 960;
/** WebP quality (0-1): as clean as the JPEGs at 70 were, in about 60% of the bytes. */
const QUALITY = 0.75;
const AIM_BYTES = 30 * 1024;
/** How long to wait for a page or picture before giving up (ms). */
const SLOW_MS = 240_000;

const outDir = join(ROOT, 'public/stills');
mkdirSync(outDir, { recursive: true });
// Hashed before drawing: a file changed meanwhile makes the stills out of date, not wrong.
const inputsHash = stillsInputsHash();

// Built apart from dist/, which the browser tests and others may be using.
const buildDir = mkdtempSync(join(tmpdir(), 'pci-stills-'));
console.log('Building the explainer…');
await build({ root: ROOT, logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
const server = await preview({
  root: ROOT,
  logLevel: 'silent',
  build: { outDir: buildDir },
  preview: { host: '127.0.0.1', port: 4710, strictPort: false },
});
const url = server.resolvedUrls?.local?.[0] ?? 'http://127.0.0.1:4710/';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // The picture's width at this layout decides the pixel ratio that makes it WIDTH wide.
  const probe = await browser.newPage({ viewport: VIEWPORT });
  // A busy machine draws slowly (the 3D is drawn on the CPU here): wait, do not fail.
  probe.setDefaultTimeout(SLOW_MS);
  await probe.goto(url);
  const box = await probe.getByTestId('stage-view').boundingBox();
  await probe.close();
  if (!box) throw new Error('The picture area has no box');
  const scale = WIDTH / box.width;

  // No service worker: every picture comes from this build, straight from the server.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: scale,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(SLOW_MS);
  page.on('pageerror', (error) => {
    throw error;
  });
  // A blank page, with no content policy, turns each lossless shot into WebP.
  const encoder = await context.newPage();
  const toWebp = async (png: Buffer): Promise<Buffer> =>
    Buffer.from(
      await encoder.evaluate(
        async ({ base64, quality }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
          const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
          if (blob.type !== 'image/webp') throw new Error('This browser cannot write WebP');
          const out = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (const byte of out) binary += String.fromCharCode(byte);
          return btoa(binary);
        },
        { base64: png.toString('base64'), quality: QUALITY },
      ),
      'base64',
    );

  const stills: { stage: string; variant: Variant; file: string; time: number; bytes: number }[] =
    [];
  const variants: Variant[] = ['planned', 'primary'];
  for (const variant of variants) {
    const slots = stageSlots(procedureFor({ ...DEFAULT_CASE, variant }));
    for (const slot of slots) {
      const { stage } = slot;
      // The picture once the stage's last caption has been read, before the camera moves on.
      const time = Number(stagePictureTime(slots, slot.index).toFixed(2));
      await page.goto(`${url}?variant=${variant}&t=${time}`);
      await page.waitForSelector('canvas[data-ready="true"]');
      // The picture only. The X-ray inset and the risks panel are left out too: they are drawn
      // live, over the still.
      await page.addStyleTag({
        content:
          '.view-controls, .stage-view__hint, .start-button, .stage-view__guided, .xray,' +
          ' .stage-view__restoring, .risks-panel { display: none !important; }',
      });
      // Wait until the camera has glided into place: two identical pictures in a row.
      const view = page.getByTestId('stage-view');
      let shot = await view.screenshot({ type: 'png' });
      for (let tries = 0; tries < 30; tries++) {
        await page.waitForTimeout(400);
        const next = await view.screenshot({ type: 'png' });
        const settled = next.equals(shot);
        shot = next;
        if (settled) break;
      }
      const webp = await toWebp(shot);
      const file = stillFile(stage.id, variant);
      writeFileSync(join(outDir, file), webp);
      stills.push({ stage: stage.id, variant, file, time, bytes: webp.length });
      const note = webp.length > AIM_BYTES ? ` (over the ${AIM_BYTES / 1024} KiB aim)` : '';
      console.log(`Still of "${file}" at ${time} s: ${(webp.length / 1024).toFixed(1)} KiB${note}`);
    }
  }

  // Stills of stages that no longer exist go.
  const kept = new Set(stills.map((s) => s.file));
  for (const name of readdirSync(outDir))
    if (/\.(jpg|webp)$/.test(name) && !kept.has(name)) unlinkSync(join(outDir, name));

  const manifest = {
    about:
      'Stills of each stage for devices without WebGL, made by `npm run stills` from the inputs below; tests/content/stills.test.ts checks the hash.',
    inputsHash,
    inputs: stillsInputFiles(),
    viewport: VIEWPORT,
    width: WIDTH,
    quality: QUALITY,
    stills,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Written ${stills.length} stills and public/stills/manifest.json`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(buildDir, { recursive: true, force: true });
}
