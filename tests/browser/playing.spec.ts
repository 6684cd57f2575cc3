// Playing through the explainer, and turning the view by hand.
import {
  canvas,
  caption,
  captionTextAt,
  expect,
  expectCurrentStage,
  firstCaption,
  openApp,
  playButton,
  scrubber,
  scrubberValue,
  stageAt,
  stageStart,
  stages,
  test,
} from './helpers.ts';

test('Play moves time on, and the caption on into the next step', async ({ page }) => {
  await openApp(page);
  const bigPlay = page.getByRole('button', { name: 'Play the explainer' });
  await bigPlay.click();
  await expect(bigPlay).toBeHidden();
  await expect(playButton(page)).toHaveText('Pause');
  await expect.poll(() => scrubberValue(page), { timeout: 15_000 }).toBeGreaterThan(0.3);

  // A little before a step starts (allowing for slow checks): it plays on across. The
  // boundary is inside the close-up, which draws quickly even on a software GPU (the zoom
  // from the whole body draws far more, and a busy CPU slows the timeline there).
  const next = stages.findIndex((st) => st.id === 'balloon-inflation');
  const boundary = stageStart(next);
  const from = boundary - 4;
  await scrubber(page).fill(String(from));
  await expect(caption(page)).toHaveText(captionTextAt(from));
  await expectCurrentStage(page, next - 1);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(next)), { timeout: 20_000 });
  await expectCurrentStage(page, next);
  await expect(playButton(page)).toHaveText('Pause');
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
