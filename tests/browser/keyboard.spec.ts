// Driving the explainer from the keyboard, and with the Next, Back and Start again buttons.
import {
  caption,
  duration,
  expect,
  expectCurrentStage,
  firstCaption,
  openApp,
  pauseClock,
  playButton,
  playerTime,
  scrubberValue,
  stageAt,
  stages,
  stageStart,
  test,
} from './helpers.ts';

test('number keys jump to each step', async ({ page }) => {
  await openApp(page);
  const keys = Math.min(stages.length, 9);
  // Out of order, so that every key has to move something.
  const order = [...Array(keys).keys()].map((i) => (i * 4 + 1) % keys);
  for (const index of order) {
    await page.keyboard.press(String(index + 1));
    await expect(caption(page)).toHaveText(firstCaption(stageAt(index)));
    await expectCurrentStage(page, index);
    expect(await scrubberValue(page)).toBeCloseTo(stageStart(index), 1);
  }
});

test('arrows step 5 s, End and Home go to the ends', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scrubberValue(page)).toBeCloseTo(5, 1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scrubberValue(page)).toBeCloseTo(10, 1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => scrubberValue(page)).toBeCloseTo(5, 1);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => scrubberValue(page)).toBe(0);

  await page.keyboard.press('End');
  await expect.poll(() => scrubberValue(page)).toBeCloseTo(duration, 1);
  await expectCurrentStage(page, stages.length - 1);
  await expect(playButton(page)).toHaveText('Play again');

  await page.keyboard.press('Home');
  await expect.poll(() => scrubberValue(page)).toBe(0);
  await expectCurrentStage(page, 0);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
});

test('Space plays and pauses', async ({ page }) => {
  // The page's clock moves the story, not the machine's drawing speed.
  await page.clock.install();
  await openApp(page);
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveText('Pause');
  await pauseClock(page);
  const started = await playerTime(page);
  await page.clock.fastForward(1000);
  await expect.poll(() => playerTime(page)).toBeGreaterThan(started + 0.9);
  await expect.poll(() => scrubberValue(page)).toBeGreaterThan(started + 0.9);

  // The clock runs again for the key press; the story stays paused however far it runs.
  await page.clock.resume();
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveText('Play');
  const paused = await scrubberValue(page);
  const time = await playerTime(page);
  await page.clock.fastForward(1000);
  await page.clock.fastForward(1000);
  expect(await scrubberValue(page)).toBe(paused);
  expect(await playerTime(page)).toBe(time);
});

test('Next, Back and Start again buttons move between steps', async ({ page }) => {
  await openApp(page);
  const next = page.getByRole('button', { name: 'Next', exact: true });
  const back = page.getByRole('button', { name: 'Back', exact: true });
  const again = page.getByRole('button', { name: 'Start again', exact: true });

  await next.click();
  await expectCurrentStage(page, 1);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(1)));
  await next.click();
  await expectCurrentStage(page, 2);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(2)));

  // Straight after a step starts, Back goes to the step before it.
  await back.click();
  await expectCurrentStage(page, 1);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(1)));
  expect(await scrubberValue(page)).toBeCloseTo(stageStart(1), 1);

  await again.click();
  await expectCurrentStage(page, 0);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
  await expect.poll(() => scrubberValue(page)).toBe(0);
});

test('Back from inside a step goes to that step’s start', async ({ page }) => {
  const t = stageStart(3) + 5;
  await openApp(page, `?t=${t}`);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectCurrentStage(page, 3);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(3)));
  expect(await scrubberValue(page)).toBeCloseTo(stageStart(3), 1);
});
