// A clean slate for the next person on a shared tablet (issue 16): "Next patient" in the
// clinician tools, and the hospital's optional idle reset with its "Are you still there?".
// Nothing of the last case may stay in the address, the history, the storage, the marks or
// the quiz. The idle tests move the page's clock themselves: no real waiting.
import type { Page } from '@playwright/test';
import { caption, expect, firstCaption, stageAt, test } from './helpers.ts';

const CASE = 'access=femoral&artery=lcx&segment=distal&variant=primary&pump=1';

/** Everything the explainer keeps in the browser's storage. */
const stored = (page: Page) =>
  page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
      k.startsWith('pci-explainer.'),
    ),
  );

/** Waits until the 3D picture is ready (before that the browser answers clicks slowly). */
async function ready(page: Page): Promise<void> {
  await expect(caption(page)).not.toBeEmpty();
  await expect(page.getByTestId('stage-view').locator('canvas')).toHaveAttribute(
    'data-ready',
    'true',
    { timeout: 120_000 },
  );
}

async function drawMark(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  const canvas = await page.getByTestId('stage-view').locator('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.5, {
    steps: 6,
  });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
}

test('Next patient asks first, then leaves nothing of the case anywhere', async ({ page }) => {
  await page.goto('./');
  await page.goto(`./?${CASE}&mode=clinician&stage=balloon-inflation&t=200`);
  await ready(page);
  // This patient's choices: the largest text, a mark on the picture, a quiz answer.
  await page.getByRole('button', { name: 'Largest' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await drawMark(page);
  await expect(page.locator('.marks__stroke')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Check what you have understood' }).click();
  const quiz = page.getByRole('dialog', { name: 'Check what you have understood' });
  await quiz.locator('.takehome-option').first().click();
  await expect(quiz.getByTestId('teach-back-feedback')).toBeVisible();
  await quiz.getByRole('button', { name: 'Close' }).first().click();
  expect(await stored(page)).toContain('pci-explainer.text-size');

  // Asked first: Cancel keeps everything.
  await page.getByRole('button', { name: 'Next patient' }).click();
  await expect(page.getByTestId('next-patient-confirm')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(new URL(page.url()).search).toContain('mode=clinician');

  await page.getByRole('button', { name: 'Next patient' }).click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Yes, clear and start again' }).click(),
  ]);
  await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));

  // The address: nothing but the page.
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  // Storage: nothing of the explainer's.
  expect(await stored(page)).toEqual([]);
  // Back to the defaults: patient mode, step 1, standard text, the default case.
  await expect(page.getByRole('region', { name: 'For clinicians' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Clinician tools for the picture' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
  await expect(page.getByRole('button', { name: 'Standard' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('case-summary')).not.toContainText('leg');
  // No marks, and the quiz starts from its first question with nothing chosen.
  await expect(page.locator('.marks__stroke')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check what you have understood' }).click();
  await expect(quiz.getByText(/^Question 1 of/)).toBeVisible();
  await expect(quiz.locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(quiz.getByTestId('teach-back-feedback')).toHaveCount(0);
  await quiz.getByRole('button', { name: 'Close' }).first().click();

  // History: no entry goes back to the case. The entry before is the plain page opened first.
  const entries: string[] = [page.url()];
  while (await page.evaluate(() => history.length > 1)) {
    const before = page.url();
    await page.goBack();
    if (page.url() === before) break;
    entries.push(page.url());
    if (page.url() === 'about:blank') break;
  }
  for (const url of entries) {
    expect(url, 'a history entry with the case').not.toMatch(/access=|artery=|mode=|stage=|t=/);
  }
});

test.describe('the idle reset', () => {
  test('is off unless the hospital sets it', async ({ page }) => {
    await page.clock.install();
    await page.goto(`./?${CASE}&mode=clinician`);
    await expect(caption(page)).not.toBeEmpty();
    await page.clock.fastForward(60 * 60_000);
    await expect(page.getByTestId('idle-prompt')).toBeHidden();
    expect(new URL(page.url()).search).toContain('mode=clinician');
  });

  test('asks "Are you still there?", carries on if answered, and clears everything if not', async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(`./?idle-reset=120&${CASE}&mode=clinician&stage=guidewire`);
    await expect(caption(page)).not.toBeEmpty();
    await page.getByRole('button', { name: 'Largest' }).click();
    const prompt = page.getByTestId('idle-prompt');

    // A touch restarts the wait.
    await page.clock.fastForward('01:50');
    await expect(prompt).toBeHidden();
    await page.getByRole('heading', { name: 'Steps' }).click();
    await page.clock.fastForward('01:50');
    await expect(prompt).toBeHidden();
    await page.clock.fastForward('00:15');
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('heading', { name: 'Are you still there?' })).toBeVisible();

    // Answered: nothing is cleared.
    await prompt.getByRole('button', { name: 'Yes, I am still here' }).click();
    await expect(prompt).toBeHidden();
    expect(new URL(page.url()).search).toContain('mode=clinician');

    // Not answered: the explainer starts again for the next person. The wait is started
    // again when the page has handled the answer, which a loaded machine may do a frame
    // late, after a jump of the clock: so the clock moves on in steps of 10 s until the
    // question is back (at most one step late, and the 30 s before the reset only start once
    // it shows).
    for (let step = 0; step < 15 && !(await prompt.isVisible()); step++)
      await page.clock.fastForward(10_000);
    await expect(prompt).toBeVisible();
    await Promise.all([page.waitForEvent('load'), page.clock.fastForward('00:31')]);
    await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
    // Only the hospital's own setting stays in the address.
    expect(new URL(page.url()).search).toBe('?idle-reset=120');
    expect(await stored(page)).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
    await expect(page.getByRole('region', { name: 'For clinicians' })).toBeVisible();
  });
});
