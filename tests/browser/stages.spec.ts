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

/**
 * Out at body scale the picture is a pale figure on a light backdrop. Measured on SwiftShader
 * at 1180x820: the whole body with its route has a luminance spread of 22 and 0.3 % red
 * pixels (heart, vessels); the entry point close up (the wrist band or groin closure, the
 * route faded away) a spread of 24 and no red. The empty backdrop has a spread of 8: the
 * limit sits half-way, so an empty frame cannot pass. The entry point has no red to ask for.
 */
const BODY = { spread: 15, reddish: 0.001 };
const ENTRY = { spread: 15, reddish: null };
const CLOSE = { spread: MIN_LUMINANCE_SPREAD, reddish: MIN_REDDISH };
const limitsFor = (stage: (typeof stages)[number]) => {
  const frame = defaultProcedure.shots[stage.shot]?.frame;
  return frame === 'body' ? BODY : frame === 'entry' ? ENTRY : CLOSE;
};

for (const [index, stage] of stages.entries()) {
  test(`?stage=${stage.id} opens step ${index + 1} with its picture`, async ({
    page,
  }, testInfo) => {
    await openApp(page, `?stage=${stage.id}`);
    await expect(caption(page)).toHaveText(firstCaption(stage));
    await expectCurrentStage(page, index);

    const limits = limitsFor(stage);
    const drawn = (image: Image): boolean => {
      const stats = imageStats(image);
      return (
        stats.stdLuminance > limits.spread &&
        (limits.reddish === null || stats.reddish >= limits.reddish)
      );
    };
    const png = await settledCanvasShot(page, drawn);
    saveArtefact(`tests/artifacts/stages/${stage.id}.png`, png);
    await testInfo.attach(`${stage.id}.png`, { body: png, contentType: 'image/png' });
    const stats = imageStats(decodePng(png));
    testInfo.annotations.push({
      type: 'picture',
      description: `luminance ${stats.meanLuminance.toFixed(1)} ± ${stats.stdLuminance.toFixed(1)}, red ${(stats.reddish * 100).toFixed(1)} %`,
    });
    expect(stats.stdLuminance, 'contrast in the picture').toBeGreaterThan(limits.spread);
    if (limits.reddish !== null)
      expect(stats.reddish, 'share of red (heart, artery) pixels').toBeGreaterThanOrEqual(
        limits.reddish,
      );
  });
}
