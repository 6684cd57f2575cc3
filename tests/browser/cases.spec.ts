// The patient's own case: every route x artery x procedure opens from its link with its own
// words and a drawn picture; the clinician's case panel changes it without a reload and
// without leaving GPU objects behind.
import {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  parseCase,
  VARIANTS,
} from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';
import {
  canvas,
  caption,
  decodePng,
  expect,
  imageStats,
  nextFrames,
  openApp,
  settledCanvasShot,
  test,
  type Image,
} from './helpers.ts';
import type { Page } from '@playwright/test';

const ARTERY_WORDS = {
  lad: 'left anterior descending',
  lcx: 'circumflex',
  rca: 'right coronary artery',
} as const;
const ROUTE_WORDS = { radial: 'wrist', femoral: 'groin' } as const;

/** Where a stage starts in the case this address names, in seconds. */
function startOf(query: string, stageId: string): number {
  const slot = stageSlots(procedureFor(parseCase(query))).find((s) => s.stage.id === stageId);
  if (!slot) throw new Error(`No stage ${stageId}`);
  return slot.start;
}

async function gpuObjects(page: Page): Promise<{ geometries: number; textures: number }> {
  return page.evaluate(() => {
    const info = window.__pciExplainer?.renderer?.info.memory;
    return { geometries: info?.geometries ?? -1, textures: info?.textures ?? -1 };
  });
}

for (const access of ACCESS_ROUTES) {
  for (const artery of CORONARY_ARTERIES) {
    for (const variant of VARIANTS) {
      const query = `?access=${access}&artery=${artery}&variant=${variant}`;
      test(`${query} opens that case, in its words, with a picture`, async ({ page }) => {
        // The artery is named a few seconds into the first step.
        await openApp(page, `${query}&t=${startOf(query, 'your-heart') + 8}`);
        await expect(caption(page)).toContainText(ARTERY_WORDS[artery]);
        // The heart, turned so this artery's narrowing faces the viewer, once drawn.
        const drawn = (image: Image): boolean => imageStats(image).stdLuminance > 10;
        const stats = imageStats(decodePng(await settledCanvasShot(page, drawn)));
        expect(stats.stdLuminance, 'a drawn picture has contrast').toBeGreaterThan(10);

        await page.goto(`./${query}&stage=catheter-entry`);
        await expect(caption(page)).toContainText(ROUTE_WORDS[access]);

        await page.goto(`./${query}&stage=narrowed-artery`);
        if (variant === 'primary') await expect(caption(page)).toContainText('blood clot');
        else await expect(caption(page)).toContainText('This is a coronary artery');
        await expect(page.getByRole('link', { name: /Closing the entry point/ })).toHaveCount(0);
        await expect(
          page.getByTestId('case-panel'),
          'patient mode shows no case panel',
        ).toHaveCount(0);
      });
    }
  }
}

test('the case panel changes the case in place, keeps the step, and updates the link', async ({
  page,
}) => {
  await openApp(page, '?mode=clinician&stage=balloon-inflation');
  const panel = page.getByTestId('case-panel');
  await expect(panel).toContainText('A planned procedure through the wrist');
  await panel.getByText('This patient’s case').click();
  const before = await page.evaluate(() => window.__pciExplainer?.player?.time() ?? -1);
  await panel.getByLabel('Emergency: heart attack').check();
  await expect(page).toHaveURL(/variant=primary/);
  await expect(page.locator('[data-stage][aria-current="step"]')).toHaveAttribute(
    'data-stage',
    'balloon-inflation',
  );
  const after = await page.evaluate(() => window.__pciExplainer?.player?.time() ?? -1);
  // The emergency story has one more step before this one: the same step, later in time.
  expect(after).toBeGreaterThan(before);
  await expect(page.locator('[data-stage="extra-equipment"]')).toHaveCount(1);

  // Extra equipment is only offered for the emergency procedure.
  await panel.getByLabel('Balloon pump').check();
  await expect(page).toHaveURL(/pump=1/);
  await panel.getByLabel('Planned').check();
  await expect(panel.getByLabel('Balloon pump')).toBeDisabled();
  await expect(page).not.toHaveURL(/pump=1/);

  // The link reopens the same case.
  await panel.getByLabel('Groin (femoral artery)').check();
  await panel.getByLabel('Right coronary (RCA)').check();
  await page.reload();
  await expect(panel).toContainText('A planned procedure through the groin');
  await panel.getByText('This patient’s case').click();
  await expect(panel.getByLabel('Groin (femoral artery)')).toBeChecked();
  await expect(panel.getByLabel('Right coronary (RCA)')).toBeChecked();
});

test('switching cases 20 times leaves no geometry or texture behind', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?mode=clinician&stage=stent-deployment');
  const panel = page.getByTestId('case-panel');
  await panel.getByText('This patient’s case').click();
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  // The count to come back to, once every part is on the GPU: it holds for a few frames.
  let start = await gpuObjects(page);
  await expect
    .poll(async () => {
      await nextFrames(page, 4);
      const now = await gpuObjects(page);
      const held = now.geometries === start.geometries && now.textures === start.textures;
      start = now;
      return held;
    })
    .toBe(true);
  expect(start.geometries).toBeGreaterThan(0);
  const choices = [
    'Emergency: heart attack',
    'Groin (femoral artery)',
    'Right coronary (RCA)',
    'Near the start',
  ];
  const back = ['Planned', 'Wrist (radial artery)', 'Left anterior descending (LAD)', 'Middle'];
  for (let i = 0; i < 20; i++) {
    const label = (i % 2 === 0 ? choices : back)[Math.floor(i / 2) % 4] ?? 'Planned';
    await panel.getByLabel(label).check();
  }
  for (const label of back) await panel.getByLabel(label).check();
  await expect(page).toHaveURL(/access=radial&artery=lad&segment=mid&variant=planned/);
  // Back where it started once the picture has been drawn again: nothing left over.
  await expect.poll(() => gpuObjects(page), { timeout: 15_000 }).toEqual(start);
});
