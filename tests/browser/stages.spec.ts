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
  defaultProcedure,
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

/**
 * The whole body (the route, the entry point) is a pale figure on a light backdrop with a
 * small red heart and vessels: measured on SwiftShader at 1180x820 for the route, a luminance
 * spread of 22 and 0.3 % red pixels; the empty backdrop has a spread of 8 and no red.
 */
const MIN_BODY_SPREAD = 9;
const MIN_BODY_REDDISH = 0.001;
const bodyDrawn = (image: Image): boolean => {
  const stats = imageStats(image);
  return stats.stdLuminance > MIN_BODY_SPREAD && stats.reddish > MIN_BODY_REDDISH;
};
const atBodyScale = (stage: (typeof stages)[number]): boolean => {
  const frame = defaultProcedure.shots[stage.shot]?.frame;
  return frame === 'body' || frame === 'entry';
};

for (const [index, stage] of stages.entries()) {
  test(`?stage=${stage.id} opens step ${index + 1} with its picture`, async ({
    page,
  }, testInfo) => {
    await openApp(page, `?stage=${stage.id}`);
    await expect(caption(page)).toHaveText(firstCaption(stage));
    await expectCurrentStage(page, index);

    const body = atBodyScale(stage);
    const png = await settledCanvasShot(page, body ? bodyDrawn : looksDrawn);
    saveArtefact(`tests/artifacts/stages/${stage.id}.png`, png);
    await testInfo.attach(`${stage.id}.png`, { body: png, contentType: 'image/png' });
    const stats = imageStats(decodePng(png));
    testInfo.annotations.push({
      type: 'picture',
      description: `luminance ${stats.meanLuminance.toFixed(1)} ± ${stats.stdLuminance.toFixed(1)}, red ${(stats.reddish * 100).toFixed(1)} %`,
    });
    expect(stats.stdLuminance, 'contrast in the picture').toBeGreaterThan(
      body ? MIN_BODY_SPREAD : MIN_LUMINANCE_SPREAD,
    );
    expect(stats.reddish, 'share of red (heart, artery) pixels').toBeGreaterThan(
      body ? MIN_BODY_REDDISH : MIN_REDDISH,
    );
  });
}
