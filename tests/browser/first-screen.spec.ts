// The first screen is in the HTML (issue 17): prerendered at build time by the real
// components (vite.config.ts `prerenderShell`, src/app/prerender.tsx), so a patient reads and
// sees it before any script runs, and the 3D picture takes the still's place without a jump.
// Run after a build: npx vite build && npx playwright test tests/browser/first-screen.spec.ts
import { canvas, caption, expect, firstCaption, stageAt, test, title } from './helpers.ts';

const picture = '[data-testid="stage-view"] .stage-view__picture';

// The machine is shared and draws WebGL on the CPU: the first frame can take a while.
test.describe.configure({ timeout: 180_000 });

test.describe('with no script at all', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the title, the first caption, the controls, the steps and the first still', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(caption(page)).toHaveText(firstCaption(stageAt(0)));
    await expect(page.getByRole('button', { name: 'Play the explainer' })).toBeVisible();
    await expect(page.locator(`[data-stage="${stageAt(0).id}"]`)).toBeVisible();
    const still = page.getByTestId('opening-still');
    await expect(still).toHaveAttribute('src', `./stills/${stageAt(0).id}.webp`);
    await expect
      .poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The picture's place, described for screen readers, is there with the still.
    await expect(page.locator(picture)).toHaveAttribute('aria-label', new RegExp(stageAt(0).title));
  });
});

test('the 3D picture replaces the still in the same place, and the rest loads by itself', async ({
  page,
  browser,
  baseURL,
}) => {
  // Where the picture is before any script ran…
  const bare = await browser.newContext({
    javaScriptEnabled: false,
    viewport: page.viewportSize() ?? { width: 1180, height: 820 },
  });
  const before = await (async () => {
    const p = await bare.newPage();
    await p.goto(baseURL ?? '/');
    const box = await p.locator(picture).boundingBox();
    await bare.close();
    return box;
  })();
  // …and once the 3D has drawn its first frame.
  const laterChunk = page.waitForRequest(/laterParts-[\w-]+\.js$/, { timeout: 120_000 });
  await page.goto('./');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 150_000 });
  await expect(page.getByTestId('opening-still')).toHaveCount(0);
  const after = await page.locator(picture).boundingBox();
  expect(before).not.toBeNull();
  expect(after).toEqual(before);
  // What the first picture did not need is fetched without a button being pressed.
  await laterChunk;
});
