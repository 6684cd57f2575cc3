// The messages a patient must not miss stay on screen at the last step, and in the transcript.
import { expect, openApp, stages, test, defaultProcedure } from './helpers.ts';

const last = stages.at(-1);

test('the medicines and 999 messages are on screen at the last step', async ({ page }) => {
  await openApp(page, `?stage=${last?.id ?? ''}`);
  const cards = page.getByTestId('safety-cards');
  // (Advice cards, such as driving, are shown with earlier steps.)
  for (const m of defaultProcedure.safety.filter((x) => x.stage === last?.id)) {
    await expect(cards.getByRole('heading', { name: m.heading })).toBeVisible();
    await expect(cards.getByText(m.text)).toBeVisible();
  }
});

test('they are not shown while the procedure itself is being explained', async ({ page }) => {
  await openApp(page, '?stage=guidewire');
  await expect(page.getByTestId('safety-cards')).toHaveCount(0);
});

test('the transcript ends with them', async ({ page }) => {
  await openApp(page);
  await page.getByText('Read all the words (transcript)').click();
  for (const m of defaultProcedure.safety)
    await expect(page.locator('.transcript').getByText(m.text)).toBeVisible();
});
