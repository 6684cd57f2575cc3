// The player layout (issue 16): at tablet and phone sizes, either way up, in both modes and at
// the largest text, the picture, the caption and the controls are on one screen with the page
// not scrolled; panels scroll on their own or fold into a drawer; full screen; the turn and
// zoom buttons fold on a phone; choosing a step brings the picture back; the diagrams are
// large enough to show across a bed; the quiz marks the right answer in words.
import type { Locator, Page } from '@playwright/test';
import {
  caption,
  expect,
  firstCaption,
  stageAt,
  stageStart,
  stages,
  test,
  withoutWebGL,
} from './helpers.ts';

const SIZES = [
  { name: 'landscape tablet', width: 1180, height: 820 },
  { name: 'portrait tablet', width: 820, height: 1180 },
  { name: 'older iPad', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone sideways', width: 844, height: 390 },
] as const;

/** Phones: the panels are a drawer (src/app/useMediaQuery.ts, COMPACT_QUERY). */
const isCompact = (s: { width: number; height: number }): boolean =>
  s.width <= 600 || s.height <= 500;

/**
 * Opens the explainer and waits until the 3D picture is ready: until then the software-drawn
 * browser is busy preparing it and answers clicks slowly.
 */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(caption(page)).not.toBeEmpty();
  await expect(page.getByTestId('stage-view').locator('canvas')).toHaveAttribute(
    'data-ready',
    'true',
    { timeout: 120_000 },
  );
}

/** Opens the explainer at the largest text size, ready. */
async function openLargest(page: Page, query: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('pci-explainer.text-size', 'largest'));
  await open(page, query);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
}

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} has no box (not shown)`);
  return b;
}

/**
 * What is wrong with the player on screen now, measured in one go: each of the picture,
 * caption and transport must lie wholly in the window and be what is drawn at its middle;
 * the page must not scroll; the picture must be big enough for the screen's shape.
 */
function playerProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const byName = (name: string): Element | undefined =>
      [...document.querySelectorAll('.controls button')].find(
        (b) => b.textContent?.trim() === name,
      );
    const parts: [string, Element | null | undefined][] = [
      ['picture', document.querySelector('[data-testid="stage-view"]')],
      ['caption panel', document.querySelector('.caption-panel')],
      ['caption', document.querySelector('[data-testid="caption"]')],
      ['Play', document.querySelector('[data-testid="play"]')],
      ['Back', byName('Back')],
      ['Next', byName('Next')],
      ['scrubber', document.querySelector('.scrubber__input')],
    ];
    for (const [what, el] of parts) {
      if (!el) {
        problems.push(`${what}: missing`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) problems.push(`${what}: not shown`);
      if (r.left < 0 || r.top < 0 || r.right > W + 0.5 || r.bottom > H + 0.5)
        problems.push(
          `${what}: [${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}] not inside ${W}x${H}`,
        );
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (!top || !(top === el || el.contains(top) || top.contains(el)))
        problems.push(`${what}: covered by ${top?.className ?? 'nothing'}`);
    }
    // The caption's words are not cut off inside their panel.
    const panel = document.querySelector('.caption-panel');
    const text = document.querySelector('[data-testid="caption"]');
    if (panel && text) {
      const p = panel.getBoundingClientRect();
      const t = text.getBoundingClientRect();
      if (t.bottom > p.bottom + 0.5) problems.push('caption: cut off at the bottom of its panel');
    }
    const scroller = document.scrollingElement;
    if (window.scrollY !== 0 || window.scrollX !== 0) problems.push('the page is scrolled');
    if (scroller && (scroller.scrollHeight > H || scroller.scrollWidth > W))
      problems.push(
        `the page is ${scroller.scrollWidth}x${scroller.scrollHeight}, bigger than the window`,
      );
    const picture = document.querySelector('[data-testid="stage-view"]')?.getBoundingClientRect();
    if (picture) {
      if (W > H && picture.width < W / 2)
        problems.push(`landscape: the picture is ${picture.width} wide, under half of ${W}`);
      if (W <= H && picture.height < H / 3)
        problems.push(`portrait: the picture is ${picture.height} high, under a third of ${H}`);
    }
    return problems;
  });
}

/** The page itself cannot scroll, and has not. */
async function expectPageUnscrolled(page: Page): Promise<void> {
  const { scrollY, scrollX, overflow } = await page.evaluate(() => ({
    scrollY: window.scrollY,
    scrollX: window.scrollX,
    overflow:
      (document.scrollingElement?.scrollHeight ?? 0) -
      window.innerHeight +
      Math.max(0, (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth),
  }));
  expect(scrollY, 'page scrolled down').toBe(0);
  expect(scrollX, 'page scrolled sideways').toBe(0);
  expect(overflow, 'page taller or wider than the screen').toBeLessThanOrEqual(0);
}

/** Picture, caption and transport all whole on screen, the picture big enough. */
async function expectPlayerOnScreen(page: Page, where: string): Promise<void> {
  expect(await playerProblems(page), where).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`${size.name} (${size.width}x${size.height})`, () => {
    // Still pictures: the layout is the same, and a picture that is not redrawn all the time
    // leaves the (software-drawn) browser free to answer the measuring quickly. (Clicks are
    // dispatched: Playwright can find elements "not stable" in still mode.)
    test.use({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });

    for (const mode of ['patient', 'clinician'] as const) {
      test(`${mode} mode, largest text: picture, caption and controls on one screen at every step`, async ({
        page,
      }) => {
        await openLargest(page, mode === 'clinician' ? '?mode=clinician' : '');
        if (mode === 'clinician')
          await expect(
            page.getByRole('group', { name: 'Clinician tools for the picture' }),
          ).toBeVisible();
        // Each step at its longest caption, the one that needs the most room.
        for (const [index, stage] of stages.entries()) {
          const longest = stage.captions.reduce((a, c) => (c.text.length > a.text.length ? c : a));
          await page.evaluate(
            (t) => window.__pciExplainer?.player?.seek(t),
            stageStart(index) + longest.at + 0.05,
          );
          await expect(caption(page)).toHaveText(longest.text);
          await expectPlayerOnScreen(page, `step ${index + 1}`);
        }
        // The panels: beside or under the player, scrolling on their own; or in a drawer.
        const panels = page.locator('#panels');
        if (isCompact(size)) {
          await expect(panels).toBeHidden();
          await page.getByTestId('panels-button').dispatchEvent('click');
          await expect(panels).toBeVisible();
          await expect(page.getByRole('button', { name: 'Back to the picture' })).toBeInViewport();
          await page.getByRole('button', { name: 'Back to the picture' }).dispatchEvent('click');
          await expect(panels).toBeHidden();
        } else {
          const overflowY = await panels.evaluate((el) => getComputedStyle(el).overflowY);
          expect(overflowY).toBe('auto');
          const b = await box(panels);
          expect(b.y + b.height).toBeLessThanOrEqual(size.height + 0.5);
          expect(b.height, 'the panels have room to show something').toBeGreaterThan(100);
        }
        await expectPageUnscrolled(page);
      });
    }

    test('after "Yes, turn on" the clinician tools are in view, the page not scrolled', async ({
      page,
    }) => {
      await openLargest(page, '?stage=guidewire');
      if (isCompact(size)) await page.getByTestId('panels-button').dispatchEvent('click');
      const switchPanel = page.getByRole('region', { name: 'For clinicians' });
      await switchPanel.getByRole('button', { name: 'Clinician tools' }).dispatchEvent('click');
      await switchPanel.getByRole('button', { name: 'Yes, turn on' }).dispatchEvent('click');
      await expect(
        page.getByRole('group', { name: 'Clinician tools for the picture' }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Clinician tools' })).toBeInViewport({
        ratio: 1,
      });
      await expect(
        page.getByRole('button', { name: 'Cross-section at the narrowing' }),
      ).toBeInViewport({
        ratio: 1,
      });
      await expectPageUnscrolled(page);
    });
  });
}

test.describe('full screen', () => {
  test('the button puts the player (picture, caption, controls) in full screen; F and Escape leave', async ({
    page,
  }) => {
    await openLargest(page, '?stage=guidewire');
    const player = page.getByTestId('player');
    await page.getByTestId('fullscreen').click();
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid')))
      .toBe('player');
    await expect(player).toHaveAttribute('data-fullscreen', 'screen');
    await expect(page.getByTestId('fullscreen')).toHaveAccessibleName('Leave full screen');
    await expectPlayerOnScreen(page, 'full screen');
    // The F key leaves, and comes back.
    await page.locator('body').press('f');
    await expect(player).toHaveAttribute('data-fullscreen', 'off');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  test('where the browser has no Fullscreen API (iPhone Safari), the player fills the window', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      delete (Document.prototype as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      delete (Element.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await openLargest(page, '?stage=guidewire');
    const player = page.getByTestId('player');
    await page.getByTestId('fullscreen').click();
    await expect(player).toHaveAttribute('data-fullscreen', 'window');
    const b = await box(player);
    expect(b).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await expectPlayerOnScreen(page, 'full window');
    await page.keyboard.press('Escape');
    await expect(player).toHaveAttribute('data-fullscreen', 'off');
    await page.keyboard.press('f');
    await expect(player).toHaveAttribute('data-fullscreen', 'window');
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  // Clicks are dispatched: on this software-drawn browser, busy drawing, Playwright can wait
  // long for two frames in which a button has not moved ("stable").

  test('nothing covers more than a small edge of the picture, at any step', async ({ page }) => {
    await open(page);
    // At the start the Play button sits at an edge, clear of the middle (the heart).
    const start = page.getByRole('button', { name: 'Play the explainer' });
    await expect(start).toBeVisible();
    const picture = await box(page.getByTestId('stage-view'));
    const s = await box(start);
    const middle = { x: picture.x + picture.width / 2, y: picture.y + picture.height / 2 };
    const coversMiddle =
      s.x < middle.x && s.x + s.width > middle.x && s.y < middle.y && s.y + s.height > middle.y;
    expect(coversMiddle, 'the start button covers the middle of the picture').toBe(false);
    // The six turn and zoom buttons are folded into one.
    await expect(page.getByRole('button', { name: 'Turn the picture left' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Turn or zoom' })).toBeVisible();

    for (let index = 0; index < stages.length; index++) {
      if (index > 0) {
        await page.evaluate((t) => window.__pciExplainer?.player?.seek(t), stageStart(index) + 0.5);
        await expect(caption(page)).toHaveText(firstCaption(stageAt(index)));
      }
      const share = await page.getByTestId('stage-view').evaluate((view) => {
        const p = view.getBoundingClientRect();
        let covered = 0;
        for (const el of view.children) {
          if (el.classList.contains('stage-view__picture')) continue;
          // The risks step's panel is that step's content, told over the picture on purpose
          // (tests/browser/risks.spec.ts), and "Hide the numbers" puts it aside.
          if (el.classList.contains('risks-panel')) continue;
          const r = el.getBoundingClientRect();
          if (getComputedStyle(el).display === 'none' || r.width === 0) continue;
          const w = Math.max(0, Math.min(r.right, p.right) - Math.max(r.left, p.left));
          const h = Math.max(0, Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top));
          covered += w * h;
        }
        return covered / (p.width * p.height);
      });
      expect(share, `step ${index + 1}: share of the picture covered`).toBeLessThan(0.15);
    }

    // Opened, the turn and zoom buttons work and fold away again.
    await page.getByRole('button', { name: 'Turn or zoom' }).dispatchEvent('click');
    await page.getByRole('button', { name: 'Turn the picture left' }).dispatchEvent('click');
    await expect(page.getByRole('button', { name: 'Back to guided view' })).toBeVisible();
    await page.getByRole('button', { name: 'Hide turn and zoom' }).dispatchEvent('click');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  });

  test('choosing a step in the list or the transcript brings the picture back', async ({
    page,
  }) => {
    await open(page);
    const panels = page.locator('#panels');
    await page.getByTestId('panels-button').dispatchEvent('click');
    await page.locator(`[data-stage="${stageAt(4).id}"]`).dispatchEvent('click');
    await expect(panels).toBeHidden();
    await expect(caption(page)).toHaveText(firstCaption(stageAt(4)));
    await expect(page.getByTestId('stage-view')).toBeInViewport({ ratio: 1 });
    await expectPageUnscrolled(page);

    await page.getByTestId('panels-button').dispatchEvent('click');
    await page.getByText('Read all the words (transcript)').dispatchEvent('click');
    await page.getByRole('link', { name: `Step 7: ${stageAt(6).title}` }).dispatchEvent('click');
    await expect(panels).toBeHidden();
    await expect(caption(page)).toHaveText(firstCaption(stageAt(6)));
    await expect(page.getByTestId('stage-view')).toBeInViewport({ ratio: 1 });
  });

  test('the quiz\'s "watch again" closes the panels and shows the picture', async ({ page }) => {
    await open(page);
    await page.getByTestId('panels-button').dispatchEvent('click');
    await page
      .getByRole('button', { name: 'Check what you have understood' })
      .dispatchEvent('click');
    const dialog = page.getByRole('dialog', { name: 'Check what you have understood' });
    // A wrong answer (any option not the right one) offers the step again.
    await dialog.locator('.takehome-option').first().dispatchEvent('click');
    const replay = dialog.getByRole('button', { name: /^Watch/ });
    if ((await replay.count()) === 0)
      await dialog.locator('.takehome-option').nth(1).dispatchEvent('click');
    await dialog.getByRole('button', { name: /^Watch/ }).dispatchEvent('click');
    await expect(page.locator('#panels')).toBeHidden();
    await expect(page.getByTestId('stage-view')).toBeInViewport({ ratio: 1 });
    await page.evaluate(() => window.__pciExplainer?.player?.pause());
  });
});

test.describe('the no-3D fallback', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('has no turn buttons or drag hint, and its words are not over the still', async ({
    page,
  }) => {
    await withoutWebGL(page);
    await page.goto('./?stage=balloon-inflation');
    const still = page.getByTestId('scene-fallback').locator('img');
    await expect(still).toBeVisible();
    await expect(page.locator('.view-controls')).toHaveCount(0);
    await expect(page.locator('.stage-view__hint')).toHaveCount(0);
    const s = await box(still);
    const words = await box(page.locator('.scene-fallback__text'));
    const overlapW = Math.max(
      0,
      Math.min(s.x + s.width, words.x + words.width) - Math.max(s.x, words.x),
    );
    const overlapH = Math.max(
      0,
      Math.min(s.y + s.height, words.y + words.height) - Math.max(s.y, words.y),
    );
    expect(overlapW * overlapH, 'words drawn over the still').toBe(0);
  });
});

test.describe('clinician diagrams', () => {
  for (const size of [
    { width: 1180, height: 820 },
    { width: 820, height: 1180 },
    { width: 1024, height: 768 },
  ]) {
    test(`open over the picture at least 300 px wide, and close back to it (${size.width}x${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await open(page, '?mode=clinician&stage=narrowed-artery');
      for (const [button, id] of [
        ['Cross-section at the narrowing', 'cross-section'],
        ['Blood flow before and after', 'flow-compare'],
      ] as const) {
        await page.getByRole('button', { name: button }).click();
        const diagram = page.getByTestId(id);
        await expect(diagram).toBeVisible();
        const d = await box(diagram.locator('svg'));
        const picture = await box(page.getByTestId('stage-view'));
        expect(d.width, `${id} width`).toBeGreaterThanOrEqual(300);
        expect(d.x).toBeGreaterThanOrEqual(picture.x);
        expect(d.x + d.width).toBeLessThanOrEqual(picture.x + picture.width);
        await page.getByRole('button', { name: 'Close and show the picture' }).click();
        await expect(diagram).toHaveCount(0);
        await expect(page.getByRole('button', { name: button })).toHaveAttribute(
          'aria-expanded',
          'false',
        );
      }
      await expectPageUnscrolled(page);
    });
  }
});

test('the number keys jump to steps 1 to 9, and 0 to step 10', async ({ page }) => {
  await open(page);
  await page.locator('body').press('3');
  await expect(caption(page)).toHaveText(firstCaption(stageAt(2)));
  await page.locator('body').press('0');
  await expect(caption(page)).toHaveText(firstCaption(stageAt(9)));
  await expect(page.locator(`[data-stage="${stageAt(9).id}"]`)).toHaveAttribute(
    'aria-keyshortcuts',
    '0',
  );
});

test('after an answer the quiz marks the right option in words, not colour alone', async ({
  page,
}) => {
  await open(page, '?stage=afterwards');
  await page.getByRole('button', { name: 'Check what you have understood' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check what you have understood' });
  await expect(dialog.getByText('Right answer')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Through a cut in your chest' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Not quite' })).toBeVisible();
  const right = dialog.getByTestId('right-answer');
  await expect(right).toHaveCount(1);
  await expect(right).toContainText('Right answer');
  await expect(right).not.toContainText('Through a cut in your chest');
});
