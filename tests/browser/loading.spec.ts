// First impressions: the page loads cleanly, offline, at tablet and phone size.
import {
  caption,
  chapter,
  expect,
  expectCurrentStage,
  firstCaption,
  isLocal,
  nextFrames,
  openApp,
  playButton,
  playerTime,
  scrubber,
  scrubberValue,
  stageAt,
  test,
  title,
} from './helpers.ts';

test('loads with its title, the first caption and a Play button, and waits', async ({
  page,
  problems,
}) => {
  await page.clock.install();
  await openApp(page);
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
  await expectCurrentStage(page, 0);
  await expect(page.getByRole('button', { name: 'Play the explainer' })).toBeVisible();
  await expect(playButton(page)).toHaveText('Play');

  // Nothing moves until asked to: three seconds on the page's clock, every timer due in
  // them fired, and the story (which keeps to that clock) is still at its start.
  await page.clock.fastForward(1500);
  await page.clock.fastForward(1500);
  expect(await playerTime(page)).toBe(0);
  expect(await scrubberValue(page)).toBe(0);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
  await expect(page.getByRole('button', { name: 'Play the explainer' })).toBeVisible();

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('asks for nothing beyond this machine', async ({ page, problems }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Play the explainer' }).click();
  await expect(playButton(page)).toHaveText('Pause');
  await expect.poll(() => scrubberValue(page)).toBeGreaterThan(0.2);
  // Visit the later steps too, in case one of them loads something of its own.
  await chapter(page, stageAt(2).id).click();
  await scrubber(page).fill('150');
  // Played on from there (the story keeps to the clock), drawn, then paused.
  await expect.poll(() => playerTime(page)).toBeGreaterThan(150.5);
  await nextFrames(page);
  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Play');

  expect(problems.requests.length, 'the page made requests').toBeGreaterThan(0);
  expect(problems.requests.filter((url) => !isLocal(url))).toEqual([]);
});

test.describe('at phone size', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits the width and shows the caption', async ({ page }) => {
    await openApp(page);
    await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
    await expect(caption(page)).toBeVisible();
    await expect(caption(page), 'caption on screen without scrolling').toBeInViewport();
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: window.innerWidth,
    }));
    expect(widths.scroll, 'page width (no sideways scrolling)').toBeLessThanOrEqual(widths.inner);
    await expect(page.getByRole('button', { name: 'Play the explainer' })).toBeVisible();
    await expect(playButton(page)).toBeVisible();
  });
});
