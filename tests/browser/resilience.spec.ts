// Never breaks at the bedside (issue 8): the GPU taken away and given back, rotating the
// tablet, and a hidden page.
import type { Page } from '@playwright/test';
import {
  canvas,
  caption,
  countDraws,
  decodePng,
  drawCalls,
  expect,
  gpuContext,
  imageStats,
  nextFrames,
  openApp,
  playButton,
  playerPlaying,
  playerTime as time,
  test,
} from './helpers.ts';

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
  await page.clock.install();
  await openApp(page, '?stage=stent-deployment');
  await expect(page.locator('canvas[data-ready="true"]')).toBeAttached();
  const before = await time(page);
  const text = await caption(page).textContent();
  for (let i = 0; i < 10; i++) {
    await gpuContext(page, 'lose');
    await expect(page.getByTestId('restoring')).toBeVisible();
    await gpuContext(page, 'restore');
    await expect(page.getByTestId('restoring')).toHaveCount(0);
  }
  // Two seconds on the page's clock: had anything set the story going, it would show.
  await page.clock.fastForward(1000);
  await page.clock.fastForward(1000);
  expect(await time(page)).toBe(before);
  await expect(caption(page)).toHaveText(text ?? '');
  // The picture is drawn again: the artery is back in the middle of the view.
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
});

/** Turns the tablet: the canvas takes its new size and is drawn at it. */
async function turnTo(page: Page, size: { width: number; height: number }): Promise<void> {
  const widthNow = () => canvas(page).evaluate((el) => (el as HTMLCanvasElement).width);
  const before = await widthNow();
  await page.setViewportSize(size);
  await expect.poll(widthNow).not.toBe(before);
  await nextFrames(page);
}

test('keeps the artery in view when the tablet turns from landscape to portrait', async ({
  page,
}) => {
  await openApp(page, '?stage=balloon-inflation');
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
  await turnTo(page, { width: 820, height: 1180 });
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
  await turnTo(page, { width: 390, height: 844 });
  await expect
    .poll(async () => (await centreStats(page)).reddish, { timeout: 20_000 })
    .toBeGreaterThan(0.05);
});

test('pauses, and stops drawing, when the page is hidden', async ({ page }) => {
  await countDraws(page);
  await page.clock.install();
  await openApp(page);
  await playButton(page).click();
  await expect.poll(() => time(page)).toBeGreaterThan(0.5);
  // The tablet's screen locks: the page becomes hidden.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await playerPlaying(page)).toBe(false);
  // Every frame and timer of the next half second (a frame already asked for may draw),
  // then of two seconds more: nothing more is drawn and the story stays where it is.
  await page.clock.runFor(500);
  const settled = await drawCalls(page);
  expect(settled, 'draw calls while playing').toBeGreaterThan(0);
  const t = await time(page);
  await page.clock.runFor(2000);
  expect(await drawCalls(page), 'draw calls while hidden').toBe(settled);
  expect(await time(page)).toBe(t);
});
