// Where the device cannot draw 3D (no WebGL), each step shows a still of its picture,
// pre-rendered from the real scene, with its caption; the controls carry on as usual.
import {
  caption,
  expect,
  firstCaption,
  stages,
  test,
  withoutWebGL,
  defaultProcedure,
} from './helpers.ts';
import type { Locator, Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await withoutWebGL(page);
});

const still = (page: Page): Locator => page.getByTestId('scene-fallback').locator('img');
const description = (id: string): string =>
  defaultProcedure.stages.find((s) => s.id === id)?.description ?? '';

/** The fallback shows this stage's still, loaded, and its caption. */
async function expectStill(page: Page, index: number): Promise<void> {
  const stage = stages[index];
  if (!stage) throw new Error(`No stage ${index}`);
  await expect(caption(page)).toHaveText(firstCaption(stage));
  await expect(still(page)).toHaveAttribute('src', `./stills/${stage.id}.webp`);
  await expect(still(page)).toHaveAttribute('alt', description(stage.id));
  await expect(still(page)).toBeVisible();
  await expect
    .poll(() => still(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
}

test('every step shows its still and its caption; Next and Back move between them', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('scene-fallback')).toBeVisible();
  await expect(page.getByTestId('stage-view').locator('canvas')).toHaveCount(0);
  await expect(
    page.getByTestId('scene-fallback').getByText('The 3D picture cannot be shown on this device.'),
  ).toBeVisible();

  const next = page.getByRole('button', { name: 'Next', exact: true });
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await expectStill(page, 0);
  for (let i = 1; i < stages.length; i++) {
    await next.click();
    await expectStill(page, i);
  }
  for (let i = stages.length - 2; i >= 0; i--) {
    await back.click();
    await expectStill(page, i);
  }
});

for (const [index, stage] of stages.entries()) {
  test(`?stage=${stage.id} opens with its still`, async ({ page }) => {
    await page.goto(`./?stage=${stage.id}`);
    await expectStill(page, index);
  });
}

test.describe('at phone size', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the still fills the picture area and the words fit', async ({ page }) => {
    await page.goto('./?stage=balloon-inflation');
    await expectStill(
      page,
      stages.findIndex((s) => s.id === 'balloon-inflation'),
    );
    const area = await page.getByTestId('stage-view').boundingBox();
    const picture = await still(page).boundingBox();
    const words = await page
      .getByTestId('scene-fallback')
      .locator('.scene-fallback__text')
      .boundingBox();
    expect(area && picture && words).toBeTruthy();
    if (!area || !picture || !words) return;
    expect(picture.width).toBeCloseTo(area.width - 2, 0);
    // The words panel stays inside the picture area.
    expect(words.y + words.height).toBeLessThanOrEqual(area.y + area.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
