// Every stage opens from its link with its first caption, its chapter marked, and a picture.
import {
  caption,
  decodePng,
  expect,
  expectCurrentStage,
  firstCaption,
  imageStats,
  openApp,
  saveArtefact,
  settledCanvasShot,
  stages,
  test,
  type Image,
} from './helpers.ts';

/**
 * A drawn picture has contrast and shows the red artery. Measured on SwiftShader at
 * 1180x820 once settled: a luminance spread of 40–46 and 13–23 % red pixels on every
 * stage. With the canvas hidden, the backdrop alone measures a spread of 8 (26 with the
 * big Play button over it) and no red at all.
 */
const MIN_LUMINANCE_SPREAD = 30;
const MIN_REDDISH = 0.05;

const looksDrawn = (image: Image): boolean => {
  const stats = imageStats(image);
  return stats.stdLuminance > MIN_LUMINANCE_SPREAD && stats.reddish > MIN_REDDISH;
};

for (const [index, stage] of stages.entries()) {
  test(`?stage=${stage.id} opens step ${index + 1} with its picture`, async ({
    page,
  }, testInfo) => {
    await openApp(page, `?stage=${stage.id}`);
    await expect(caption(page)).toHaveText(firstCaption(stage));
    await expectCurrentStage(page, index);

    const png = await settledCanvasShot(page, looksDrawn);
    saveArtefact(`tests/artifacts/stages/${stage.id}.png`, png);
    await testInfo.attach(`${stage.id}.png`, { body: png, contentType: 'image/png' });
    const stats = imageStats(decodePng(png));
    testInfo.annotations.push({
      type: 'picture',
      description: `luminance ${stats.meanLuminance.toFixed(1)} ± ${stats.stdLuminance.toFixed(1)}, red ${(stats.reddish * 100).toFixed(1)} %`,
    });
    expect(stats.stdLuminance, 'contrast in the picture').toBeGreaterThan(MIN_LUMINANCE_SPREAD);
    expect(stats.reddish, 'share of red (artery) pixels').toBeGreaterThan(MIN_REDDISH);
  });
}
