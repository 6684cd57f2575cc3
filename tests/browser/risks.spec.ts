// The risks step (issue 15): benefits and risks told as natural frequencies out of 1,000
// people, with a pictograph screen readers read as a sentence, the questions to ask, and the
// emergency patient told their figures are a planned procedure's. Run after a build:
// npx vite build && npx playwright test tests/browser/risks.spec.ts
import type { Locator, Page } from '@playwright/test';
import { RISKS_STAGE_ID } from '../../src/ui/risks/stage.ts';
import { clinicalFacts } from '../../src/content/index.ts';
import { riskFigures } from '../../src/content/riskFigures.ts';
import { axeViolations, defaultProcedure, expect, openApp, test } from './helpers.ts';

// A click waits for frames, and a shared machine drawing WebGL on the CPU may draw one every
// few seconds: give actions time.
test.use({ actionTimeout: 90_000 });
test.describe.configure({ timeout: 240_000 });

const panel = (page: Page): Locator =>
  page.getByRole('region', { name: 'Risks and benefits, in numbers' });
const pictograph = (page: Page): Locator => panel(page).getByRole('img');

/** Opens a case paused at the start of the risks stage, found by its id. */
async function openAtRisks(page: Page, query = ''): Promise<void> {
  await openApp(page, `?stage=${RISKS_STAGE_ID}${query}`);
  const index = await page.evaluate(
    (id) => window.__pciExplainer?.player?.slots.findIndex((s) => s.stage.id === id) ?? -1,
    RISKS_STAGE_ID,
  );
  expect(index, `a stage with id "${RISKS_STAGE_ID}" in this case`).toBeGreaterThanOrEqual(0);
  await page.evaluate((i) => {
    const player = window.__pciExplainer?.player;
    player?.pause();
    player?.goToStage(i);
  }, index);
  await expect(panel(page)).toBeVisible();
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every control of the player and the picture that the panel must leave uncovered. */
async function controlBoxes(page: Page): Promise<{ name: string; box: Box }[]> {
  const found: { name: string; box: Box }[] = [];
  const controls = page.locator(
    '.view-controls button, .stage-view__guided, [data-testid="play"], .controls button, .controls input',
  );
  for (const el of await controls.all()) {
    if (!(await el.isVisible())) continue;
    const box = await el.boundingBox();
    const name = (await el.getAttribute('aria-label')) ?? (await el.innerText());
    if (box) found.push({ name, box });
  }
  return found;
}

for (const viewport of [
  { name: 'tablet landscape', width: 1180, height: 820 },
  { name: 'tablet portrait', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`at ${viewport.name} size the panel fits, scrolls on its own and covers no control`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openAtRisks(page);
    const box = await panel(page).boundingBox();
    if (!box) throw new Error('the panel has no box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const controls = await controlBoxes(page);
    expect(controls.length).toBeGreaterThan(3);
    for (const c of controls) expect(overlaps(box, c.box), `covers ${c.name}`).toBe(false);
    // Tall content scrolls inside the panel, never sideways.
    const body = panel(page).locator('.risks-panel__body');
    const sizes = await body.evaluate((el) => ({
      sideways: el.scrollWidth > el.clientWidth + 1,
      overflowY: getComputedStyle(el).overflowY,
    }));
    expect(sizes).toEqual({ sideways: false, overflowY: 'auto' });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    // The pictograph is big enough to see each person: at least 6 px a person.
    const picture = await pictograph(page).boundingBox();
    expect((picture?.width ?? 0) / 50).toBeGreaterThanOrEqual(6);
  });
}

test('a planned patient reads each risk as a sentence out of 1,000, with its pictograph', async ({
  page,
}) => {
  await openAtRisks(page);
  await expect(pictograph(page)).toHaveAccessibleName(
    'Out of 1,000 people having a planned angioplasty, more than 50 have bleeding or bruising under the skin where the tube went in. Fewer than 950 do not.',
  );
  await expect(panel(page).getByTestId('icon-array')).toHaveAttribute('data-affected', '50');
  await expect(panel(page).getByTestId('risks-emergency')).toHaveCount(0);

  const heartArtery = panel(page).getByRole('button', { name: /Damage to an artery in the heart/ });
  await expect(heartArtery).toContainText('Less common: fewer than 3 in 1,000');
  await heartArtery.click();
  await expect(heartArtery).toHaveAttribute('aria-pressed', 'true');
  await expect(pictograph(page)).toHaveAccessibleName(/fewer than 3 have damage to an artery/);
  await expect(panel(page).getByTestId('icon-array')).toHaveAttribute('data-affected', '3');
  await expect(panel(page)).toContainText(
    'Your own team will tell you your own risk and answer your questions.',
  );
  for (const q of [
    'What is my own risk?',
    'What are the benefits for me?',
    'What happens if I do not have it?',
    'Are there other options?',
  ])
    await expect(panel(page).getByRole('listitem').filter({ hasText: q })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an emergency patient is told the figures are for a planned procedure and theirs is higher', async ({
  page,
}) => {
  await openAtRisks(page, '&variant=primary');
  await expect(panel(page).getByTestId('risks-emergency')).toHaveText(
    'These are the figures for a planned angioplasty. In an emergency, such as a heart attack, the risk is higher. Your team will tell you yours.',
  );
  await expect(pictograph(page)).toHaveAccessibleName(/people having a planned angioplasty/);
});

test('the panel can be put aside to see the picture, and goes when the step does', async ({
  page,
}) => {
  await openAtRisks(page);
  await panel(page).getByRole('button', { name: 'Hide the numbers' }).click();
  await expect(panel(page)).toHaveCount(0);
  const show = page.getByRole('button', { name: 'Show the risks and benefits' });
  await expect(show).toBeFocused();
  await show.click();
  await expect(panel(page).getByRole('button', { name: 'Hide the numbers' })).toBeFocused();

  await page.evaluate((id) => {
    const player = window.__pciExplainer?.player;
    const at = player?.slots.findIndex((s) => s.stage.id === id) ?? -1;
    if (player && at >= 0) player.goToStage(at === 0 ? 1 : at - 1);
  }, RISKS_STAGE_ID);
  await expect(panel(page)).toHaveCount(0);
  await expect(show).toHaveCount(0);
});

test('the transcript can show where each sentence comes from: the page’s words or a checked fact', async ({
  page,
}) => {
  await openApp(page);
  const transcript = page.locator('.transcript');
  await transcript.locator('summary').click();
  await expect(transcript.getByTestId('transcript-sources')).toHaveCount(0);
  await transcript.getByRole('checkbox', { name: 'Show where each sentence comes from' }).check();

  // One list of sources under every sentence and every safety message.
  const sentences = defaultProcedure.stages.reduce((n, s) => n + s.captions.length, 0);
  await expect(transcript.getByTestId('transcript-sources')).toHaveCount(
    sentences + defaultProcedure.safety.length,
  );
  const facts = new Map(clinicalFacts.map((f) => [f.id, f.statement]));
  const first = defaultProcedure.stages[0]?.captions[0];
  if (!first) throw new Error('no first caption');
  const listed = transcript.getByTestId('transcript-sources').first();
  for (const c of first.sources)
    await expect(listed).toContainText(
      c.from === 'source-text' ? c.quote : (facts.get(c.fact) ?? `missing fact ${c.fact}`),
    );
  // Every quoted passage is the page's English, marked as such for translations.
  for (const q of await transcript.locator('.transcript__sources q').all())
    await expect(q).toHaveAttribute('lang', 'en-GB');
});

test('the transcript tells every risk in words, and an emergency patient that theirs is higher', async ({
  page,
}) => {
  for (const variant of ['planned', 'primary'] as const) {
    await openApp(page, `?variant=${variant}`);
    const transcript = page.locator('.transcript');
    await transcript.locator('summary').click();
    const risks = transcript.getByTestId('transcript-risks');
    await expect(risks).toBeVisible();
    const rows = riskFigures.variants[variant].rows;
    await expect(risks.getByRole('listitem')).toHaveCount(rows.length);
    // The same words as the panel's: "Out of 1,000 people having a planned angioplasty, …".
    for (const [i, row] of rows.entries())
      await expect(risks.getByRole('listitem').nth(i)).toContainText(row.have);
    await expect(risks.getByRole('listitem').first()).toContainText('Out of 1,000 people');
    const higher = risks.getByText('In an emergency, such as a heart attack, the risk is higher.');
    await expect(higher).toHaveCount(variant === 'primary' ? 1 : 0);
  }
});
