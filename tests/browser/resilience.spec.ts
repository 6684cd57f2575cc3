// Never breaks at the bedside (issue 8): the GPU taken away and given back, rotating the
// tablet, and a hidden page.
import type { Page } from '@playwright/test';
import {
  canvas,
  caption,
  decodePng,
  expect,
  imageStats,
  openApp,
  playButton,
  test,
} from './helpers.ts';

interface Handle {
  __pciExplainer: {
    player: { time: () => number; playing: () => boolean };
    renderer: { forceContextLoss: () => void; forceContextRestore: () => void };
  };
}

const time = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as Handle).__pciExplainer.player.time());

/** The middle third of the canvas, where the artery should always be. */
async function centreStats(page: Page) {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no canvas');
  const clip = {
    x: box.x + box.width / 3,
    y: box.y + box.height / 3,
    width: box.width / 3,
    height: box.height / 3,
  };
  return imageStats(decodePng(await page.screenshot({ clip })));
}

test('survives losing the GPU ten times in a row, keeping its place and caption', async ({
  page,
}) => {
  // Each restore recompiles every shader on the CPU renderer here: a few seconds a cycle.
  test.setTimeout(180_000);
  await openApp(page, '?stage=stent-deployment');
  await expect(page.locator('canvas[data-ready="true"]')).toBeAttached();
  const before = await time(page);
  const text = await caption(page).textContent();
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() =>
      (window as unknown as Handle).__pciExplainer.renderer.forceContextLoss(),
    );
    await expect(page.getByTestId('restoring')).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as Handle).__pciExplainer.renderer.forceContextRestore(),
    );
    await expect(page.getByTestId('restoring')).toHaveCount(0);
  }
  await page.waitForTimeout(1500);
  expect(await time(page)).toBe(before);
  await expect(caption(page)).toHaveText(text ?? '');
  // The picture is drawn again: the artery is back in the middle of the view.
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
});

test('keeps the artery in view when the tablet turns from landscape to portrait', async ({
  page,
}) => {
  await openApp(page, '?stage=balloon-inflation');
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.waitForTimeout(1000);
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(1000);
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
});

test('pauses, and stops drawing, when the page is hidden', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: number };
    w.__draws = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      for (const name of [
        'drawElements',
        'drawArrays',
        'drawElementsInstanced',
        'drawArraysInstanced',
      ] as const) {
        const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
        if (!original) continue;
        (proto as unknown as Record<string, unknown>)[name] = function (
          this: unknown,
          ...args: unknown[]
        ) {
          w.__draws++;
          return original.apply(this, args);
        };
      }
    }
  });
  await openApp(page);
  await playButton(page).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.5);
  // The tablet's screen locks: the page becomes hidden.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(
    await page.evaluate(() => (window as unknown as Handle).__pciExplainer.player.playing()),
  ).toBe(false);
  await page.waitForTimeout(500);
  const draws = () => page.evaluate(() => (window as unknown as { __draws: number }).__draws);
  const settled = await draws();
  const t = await time(page);
  await page.waitForTimeout(2000);
  expect(await draws(), 'draw calls while hidden').toBe(settled);
  expect(await time(page)).toBe(t);
});
