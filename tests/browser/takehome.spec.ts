// What the patient takes home (issue 6): the teach-back questions, the printed handout and
// the share code. Run after a build: npx vite build && npx playwright test tests/browser/takehome.spec.ts
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import procedureJson from '../../src/content/procedure.json' with { type: 'json' };
import {
  axeViolations,
  countPrints,
  decodePng,
  expect,
  openApp,
  playerTime,
  printCalls,
  test,
  withoutWebGL,
} from './helpers.ts';

/** Puts the player at the very end, as if the patient had watched it all. */
async function goToEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const player = window.__pciExplainer?.player;
    player?.seek(player.duration);
  });
}

/** The index of a stage in the running player (this case's stages). */
function stageIndex(page: Page, id: string): Promise<number> {
  return page.evaluate(
    (stageId) =>
      window.__pciExplainer?.player?.slots.findIndex((s) => s.stage.id === stageId) ?? -1,
    id,
  );
}

// The machine is shared and draws WebGL on the CPU: give clicks and pages time.
test.use({ actionTimeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

const question = (id: string) => {
  const q = procedureJson.questions.find((x) => x.id === id);
  if (!q) throw new Error(`No question ${id}`);
  return q;
};

test.describe('checking what the patient has understood', () => {
  test('a right answer is confirmed, a wrong one explained, and its step replayed', async ({
    page,
  }) => {
    await openApp(page, '?stage=afterwards');
    await goToEnd(page);
    const endCard = page.getByRole('region', { name: 'You have reached the end' });
    await endCard.getByRole('button', { name: 'Check what you have understood' }).click();

    const dialog = page.getByRole('dialog', { name: 'Check what you have understood' });
    await expect(dialog).toBeVisible();
    // Every question for a wrist case (the default): the groin one is left out.
    const asked = procedureJson.questions.filter((q) => q.id !== 'where-the-tube-goes-in-groin');
    await expect(dialog.getByText(`Question 1 of ${asked.length}`)).toBeVisible();
    const entry = question('where-the-tube-goes-in-wrist');
    await expect(dialog.getByRole('heading', { name: entry.question })).toBeFocused();

    // Keys pressed in the questions stay there: the picture behind does not move.
    const at = await page.evaluate(() => window.__pciExplainer?.player?.time());
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => window.__pciExplainer?.player?.time())).toBe(at);

    // The default case goes in at the wrist.
    await dialog.getByRole('button', { name: 'Into an artery at your wrist' }).click();
    const status = dialog.getByRole('status');
    await expect(status).toContainText("That's right.");
    await expect(dialog.getByRole('button', { name: /again$/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Next question' }).click();

    const balloon = question('what-the-balloon-does');
    await expect(dialog.getByRole('heading', { name: balloon.question })).toBeFocused();
    const wrong = balloon.options.find((o) => !o.correct);
    if (!wrong) throw new Error('expected a wrong option');
    await dialog.getByRole('button', { name: wrong.text }).click();
    await expect(status).toHaveText(wrong.explanation);
    await expect(dialog.getByRole('button', { name: wrong.text })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await dialog
      .getByRole('button', { name: 'Watch “The balloon opens the artery” again' })
      .click();
    await expect(dialog).toBeHidden();
    const expected = await stageIndex(page, 'balloon-inflation');
    expect(expected).toBeGreaterThan(0);
    await expect(page.locator('button[data-stage="balloon-inflation"]')).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(await page.evaluate(() => window.__pciExplainer?.player?.playing())).toBe(true);
    await page.evaluate(() => window.__pciExplainer?.player?.pause());

    // Back to the questions from the sidebar: the same question, where the patient left it.
    await page
      .getByRole('region', { name: 'To take home' })
      .getByRole('button', { name: 'Check what you have understood' })
      .click();
    await expect(dialog.getByRole('heading', { name: balloon.question })).toBeVisible();
  });

  test('asks about the groin when the tube goes in there', async ({ page }) => {
    await openApp(page, '?access=femoral');
    await page.getByRole('button', { name: 'Check what you have understood' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check what you have understood' });
    await dialog.getByRole('button', { name: 'Into an artery at the top of your leg' }).click();
    await expect(dialog.getByRole('status')).toContainText("That's right.");
  });

  test('axe finds no problems with a wrong answer showing', async ({ page }) => {
    await openApp(page, '?stage=afterwards');
    await page.getByRole('button', { name: 'Check what you have understood' }).click();
    await page.getByRole('button', { name: 'Through a cut in your chest' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not quite' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the share code', () => {
  const hostile =
    '?mode=clinician&t=40&stage=guidewire&autoplay=1&access=femoral&artery=lcx&segment=distal&variant=primary&pump=1&nhs=9434765919';
  const expectedQuery = 'access=femoral&artery=lcx&segment=distal&variant=primary&pump=1';

  test('decodes to exactly the case link, and the link can be copied', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, hostile);
    await page.evaluate(() => window.__pciExplainer?.player?.pause());
    await page.getByRole('button', { name: 'Share with the patient' }).click();
    const dialog = page.getByRole('dialog', { name: 'Watch it on your own phone' });
    await expect(dialog).toBeVisible();
    const url = `${baseURL}?${expectedQuery}`;
    await expect(dialog.getByTestId('share-url')).toHaveText(url);

    const image = decodePng(await dialog.getByTestId('share-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(code?.data).toBe(url);

    await dialog.getByRole('button', { name: 'Copy the link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test('axe finds no problems with the share code open', async ({ page }) => {
    await openApp(page, '?mode=clinician');
    await page.getByRole('button', { name: 'Share with the patient' }).click();
    await expect(page.getByTestId('share-qr')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the printed handout', () => {
  test('lays out on 2 to 4 A4 pages with every step, its picture of this case, and nothing clipped', async ({
    page,
  }) => {
    await countPrints(page);
    await openApp(page, '?access=femoral&artery=rca&segment=proximal&t=100');
    const before = await playerTime(page);
    await page.getByRole('button', { name: 'Print a handout' }).click();
    await expect.poll(() => printCalls(page), { timeout: 90_000 }).toBe(1);
    // The explainer is back where it was.
    expect(await playerTime(page)).toBeCloseTo(before, 3);

    const slots = await page.evaluate(
      () => window.__pciExplainer?.player?.slots.map((s) => s.stage.title) ?? [],
    );
    expect(slots.length).toBeGreaterThan(8);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.app')).toBeHidden();
    for (const [i, title] of slots.entries())
      await expect(handout.getByRole('heading', { name: `${i + 1}. ${title}` })).toBeVisible();
    await expect(handout).toContainText('At the top of the leg, the groin (femoral artery)');
    await expect(handout).toContainText('Right coronary artery (RCA)');
    await expect(handout).toContainText('Keep taking your medicines');
    await expect(handout).toContainText('Call 999 if, after you go home:');
    await expect(handout).toContainText(`Content version ${procedureJson.meta.version}`);
    await expect(handout).toContainText(
      'https://www.nhs.uk/conditions/coronary-angioplasty/risks/',
    );
    await expect(handout).toContainText(
      'British Heart Foundation: Coronary angioplasty and stents',
    );
    await expect(handout.locator('.handout__line')).toHaveCount(10);

    // Every picture is from the live scene and shows something (not one flat colour).
    const pictures = await handout.locator('img.handout__picture').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 32;
        const ctx = c.getContext('2d');
        if (!ctx) return { live: false, spread: 0 };
        ctx.drawImage(img, 0, 0, c.width, c.height);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let min = 255;
        let max = 0;
        for (let i = 0; i < d.length; i += 4) {
          const v = ((d[i] ?? 0) + (d[i + 1] ?? 0) + (d[i + 2] ?? 0)) / 3;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        return { live: img.src.startsWith('data:image/jpeg'), spread: max - min };
      }),
    );
    expect(pictures).toHaveLength(slots.length);
    for (const p of pictures) {
      expect(p.live).toBe(true);
      expect(p.spread).toBeGreaterThan(60);
    }

    // No text spills out of its box.
    const overflowing = await handout
      .locator('h1, h2, h3, p, li, dt, dd, footer')
      .evaluateAll((els) =>
        els
          .filter(
            (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
          )
          .map((el) => `${el.tagName}: ${(el.textContent ?? '').slice(0, 40)}`),
      );
    expect(overflowing).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
  });

  test('says "Draft" on every printed page, and carries the risks and the safety messages by kind', async ({
    page,
  }) => {
    // The pre-rendered stills (no 3D): this test is about the words, not the pictures.
    await withoutWebGL(page);
    await countPrints(page);
    await page.goto('./?variant=primary&access=femoral');
    await page.getByRole('button', { name: 'Print a handout' }).click();
    await expect.poll(() => printCalls(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');

    // The content is a draft (meta.clinicalApproval is empty): the band says so, and is fixed
    // in print, which Chromium repeats on every page; the handout's top padding is cloned onto
    // every page so the band never covers its words.
    expect(procedureJson.meta.clinicalApproval.name).toBe('');
    const draft = handout.getByTestId('handout-draft');
    await expect(draft).toHaveText(
      'Draft: not yet clinically approved. Please check anything you read here with your heart team.',
    );
    const print = await page.evaluate(() => {
      const band = document.querySelector('[data-testid="handout-draft"]');
      const article = document.querySelector('[data-testid="handout"]');
      if (!band || !article) return null;
      const a = getComputedStyle(article);
      return {
        position: getComputedStyle(band).position,
        top: getComputedStyle(band).top,
        bandHeight: band.getBoundingClientRect().height,
        padding: parseFloat(a.paddingTop),
        clone: a.getPropertyValue('box-decoration-break'),
      };
    });
    expect(print).toMatchObject({ position: 'fixed', top: '0px', clone: 'clone' });
    expect(print?.padding ?? 0).toBeGreaterThan(print?.bandHeight ?? Infinity);

    // The risks, each with its pictograph of 1,000 people read as a sentence; this emergency
    // patient is told the figures are for a planned procedure and theirs is higher.
    const risks = handout.getByTestId('handout-risks');
    await expect(risks.getByRole('img')).toHaveCount(6);
    await expect(risks.getByRole('img').first()).toHaveAccessibleName(
      /^Out of 1,000 people having a planned angioplasty, more than 50 have bleeding/,
    );
    await expect(risks).toContainText(
      'In an emergency, such as a heart attack, the risk is higher.',
    );
    await expect(risks).toContainText('What is my own risk?');

    // Safety messages grouped: urgent first.
    const groups = await handout
      .getByTestId('handout-safety')
      .locator('.handout__safety-group > h2')
      .allInnerTexts();
    expect(groups[0]).toBe('Get help straight away');
    expect(groups).toContain('Important to know');

    // The source page's title is printed whole, and no placeholder is left in any words.
    await expect(handout.locator('footer cite')).toHaveText(`“${procedureJson.meta.source.title}”`);
    expect(await handout.innerText()).not.toMatch(/\{\w+\}/);
  });

  test('uses the pre-rendered stills where the device cannot draw 3D', async ({ page }) => {
    await withoutWebGL(page);
    await countPrints(page);
    await page.goto('./');
    // No picture is loaded until a handout is asked for.
    await expect(page.getByTestId('handout').locator('img')).toHaveCount(0);
    await page.getByRole('button', { name: 'Print a handout' }).click();
    await expect.poll(() => printCalls(page)).toBe(1);
    const still = page.locator('[data-handout-stage="balloon-inflation"] img');
    await expect(still).toHaveAttribute('src', './stills/balloon-inflation.webp');
    await page.emulateMedia({ media: 'print' });
    await expect(still).toBeVisible();
    await expect
      .poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  });
});
