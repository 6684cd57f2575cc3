// Playing through the explainer, and turning the view by hand.
import {
  canvas,
  caption,
  captionTextAt,
  expect,
  expectCurrentStage,
  firstCaption,
  openApp,
  pauseClock,
  playButton,
  playerTime,
  seekTo,
  scrubberValue,
  stageAt,
  stageStart,
  stages,
  test,
} from './helpers.ts';

test('Play moves time on, and the caption on into the next step', async ({ page }) => {
  // The page's clock, not the machine's drawing speed, says how much story passes.
  await page.clock.install();
  await openApp(page);
  const bigPlay = page.getByRole('button', { name: 'Play the explainer' });
  await bigPlay.click();
  await expect(bigPlay).toBeHidden();
  await expect(playButton(page)).toHaveText('Pause');
  await pauseClock(page);
  const started = await playerTime(page);
  // Two seconds on the clock are two seconds of story, at normal speed.
  await page.clock.fastForward(2000);
  await expect.poll(() => playerTime(page)).toBeGreaterThan(started + 1.9);
  expect(await playerTime(page)).toBeLessThan(started + 2.2);
  await expect.poll(() => scrubberValue(page)).toBeGreaterThan(started + 1.9);

  // Half a second before a step starts, it plays on across.
  const next = stages.findIndex((st) => st.id === 'balloon-inflation');
  const boundary = stageStart(next);
  const from = boundary - 0.5;
  // (Through the player, as the scrubber does: with the clock stopped, an input's checks can
  // wait on frames that never come.)
  await seekTo(page, from);
  await expect(caption(page)).toHaveText(captionTextAt(from));
  await expectCurrentStage(page, next - 1);
  expect(captionTextAt(from)).not.toBe(firstCaption(stageAt(next)));
  await page.clock.fastForward(1000);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(next)));
  await expectCurrentStage(page, next);
  await expect(playButton(page)).toHaveText('Pause');
  expect(await playerTime(page)).toBeGreaterThanOrEqual(boundary);
  expect(await scrubberValue(page)).toBeGreaterThanOrEqual(boundary);
});

test('dragging the picture turns the view, and the guided view comes back', async ({ page }) => {
  // Start inside a step, so that the big Play button is not over the picture.
  await openApp(page, `?stage=${stageAt(4).id}`);
  const guided = page.getByRole('button', { name: 'Back to guided view' });
  await expect(guided).toBeHidden();

  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('The canvas has no box');
  const x = box.x + box.width * 0.3;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 10, { steps: 4 });
  await page.mouse.move(x + 140, y + 20, { steps: 4 });
  await page.mouse.up();

  await expect(guided).toBeVisible();
  await guided.click();
  await expect(guided).toBeHidden();
  await expectCurrentStage(page, 4);
});
