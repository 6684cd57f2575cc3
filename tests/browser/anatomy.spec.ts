// The body-scale picture: the patient's body, heart and catheter route around the close-up.
import { parseCase } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stageSlots, totalDuration } from '../../src/timeline/schedule.ts';
import {
  canvas,
  canvasShot,
  decodePng,
  expect,
  imageStats,
  nextFrames,
  openApp,
  saveArtefact,
  seekTo,
  settledCanvasShot,
  test,
} from './helpers.ts';
import type { Page } from '@playwright/test';

/**
 * Moves the free camera `k` times further away, through the zoom buttons' command (a zoom
 * by 1/k: zooming out).
 */
async function moveAway(page: Page, factor: number): Promise<void> {
  await page.evaluate((f) => {
    const commands = window.__pciExplainer?.cameraCommands;
    if (!commands) throw new Error('The explainer has not exposed its camera commands');
    commands.zoom(1 / f);
  }, factor);
  // Two animation frames: the controls move, then the picture is drawn.
  await nextFrames(page);
}

async function seek(page: Page, t: number): Promise<void> {
  await seekTo(page, t);
  await nextFrames(page);
}

for (const access of ['radial', 'femoral'] as const) {
  test(`shows the whole body for the ${access} route`, async ({ page }) => {
    await openApp(page, `?access=${access}&artery=lad&segment=mid&stage=catheter-entry`);
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    // About 60 times further out than the close-up: the whole patient, 1.7 m long.
    await moveAway(page, 60);
    const png = await settledCanvasShot(page, (image) => imageStats(image).stdLuminance > 6);
    saveArtefact(`tests/artifacts/anatomy/test-body-${access}.png`, png);
    const stats = imageStats(decodePng(png));
    // The figure and its vessels on a light backdrop: contrast, and a little red (heart,
    // aorta), far less than the close-up's artery fills.
    expect(stats.stdLuminance).toBeGreaterThan(6);
    expect(stats.reddish).toBeGreaterThan(0.0005);
    expect(stats.reddish).toBeLessThan(0.05);
  });
}

test('zooms from the body to the artery and seeks across zooms without errors', async ({
  page,
}) => {
  const query = '?access=femoral&artery=rca&segment=distal&variant=primary&pump=1&pacing=1';
  await openApp(page, query);
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await moveAway(page, 60);
  // Back in, through the heart and the cross-fade, to the close-up.
  for (let i = 0; i < 9; i++) await moveAway(page, 1 / 1.6);
  // This case's stages whose shots are far out (body, heart, entry site): seek through each move.
  const procedure = procedureFor(parseCase(query));
  const slots = stageSlots(procedure);
  const far = slots.filter(({ stage }) => {
    const frame = procedure.shots[stage.shot]?.frame;
    return frame !== undefined && frame !== 'artery';
  });
  expect(far.length, 'stages shot from far out').toBeGreaterThan(0);
  for (const { start } of far)
    for (let dt = -4; dt <= 6; dt += 1) await seek(page, Math.max(0, start + dt));
  // Whatever the content, sweep the whole timeline too.
  const end = totalDuration(procedure);
  for (let t = 0; t <= end; t += end / 12) await seek(page, t);
  const stats = imageStats(decodePng(await canvasShot(page)));
  expect(stats.stdLuminance).toBeGreaterThan(6);
});
