// Languages (issue 6): adding a language is only adding a pack. The test writes two
// pseudo-locales (accented and 40 % longer; right-to-left), builds the app with them as
// extra packs (no code edits), and checks that every word on screen comes from the pack,
// that the unreviewed notice shows, that right-to-left mirrors, that nothing overflows, and
// that axe passes. The normal build (dist/, served by Playwright) must not offer them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import procedureJson from '../../src/content/procedure.json' with { type: 'json' };
import type { LocalePack, UiKey } from '../../src/i18n/types.ts';
import { isPseudoText, pseudoPacks } from '../tools/pseudoLocale.ts';
import { axeViolations, expect, test } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'tests/artifacts/locales');
const VIEWPORTS = [
  { name: 'tablet', width: 1180, height: 820 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const PSEUDO = ['en-XA', 'ar-XB'] as const;
const ENGLISH = JSON.parse(
  readFileSync(join(ROOT, 'src/locales/en-GB.json'), 'utf8'),
) as LocalePack;
/** A pseudo-locale's words, to find controls by the names the page gives them. */
const pseudoText = (tag: string, key: UiKey): string =>
  pseudoPacks(ENGLISH).find((p) => p.meta.tag === tag)?.ui[key] ?? key;

let work = '';
let origin = '';
let closeServer: () => Promise<void> = async () => undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'pci-locales-'));
  const locales = join(work, 'locales');
  const dist = join(work, 'dist');
  execFileSync('npx', ['tsx', 'tests/tools/locales-pseudo.ts', locales], { cwd: ROOT });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, PCI_EXTRA_LOCALES: locales },
  });
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: Number(process.env.PREVIEW_PORT ?? 4173) + 20 },
  });
  origin = (server.resolvedUrls?.local?.[0] ?? '').replace(/\/$/, '');
  closeServer = () => new Promise((done) => server.httpServer.close(() => done()));
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await closeServer();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await expect(page.getByTestId('caption')).not.toBeEmpty();
}

/** On a phone the panels are a drawer over the player (issue 16): opens it if it is closed. */
async function showPanels(page: Page): Promise<void> {
  const opener = page.getByTestId('panels-button');
  if ((await opener.count()) > 0 && (await page.locator('#panels').isHidden()))
    await opener.click();
}

/**
 * Clinician mode with every tool showing words: the part labels, the scale bar, the pen's
 * hint, the cross-section and blood flow before and after.
 */
async function openClinicianTools(page: Page, tag: string): Promise<void> {
  const button = (key: UiKey) =>
    page.getByRole('button', { name: pseudoText(tag, key), exact: true });
  await expect(page.getByTestId('stage-view').locator('canvas')).toHaveAttribute(
    'data-ready',
    'true',
    { timeout: 30_000 },
  );
  await button('clinician.toolbar.labels').click();
  await button('clinician.toolbar.ruler').click();
  await button('clinician.toolbar.pen').click();
  await showPanels(page);
  await button('clinician.panel.crossSection').click();
  await showPanels(page);
  await button('clinician.panel.flow').click();
  await expect(page.locator('.part-label:not([hidden])').first()).toBeVisible();
  await expect(page.getByTestId('scale-bar')).toHaveAttribute('aria-label', /./);
  await expect(page.locator('.marks__hint')).toBeVisible();
  await expect(page.getByTestId('cross-section')).toBeVisible();
  await expect(page.getByTestId('open-now')).not.toBeEmpty();
  await expect(page.getByTestId('flow-compare')).toBeVisible();
}

/**
 * Visible words that did not come from the pack: text nodes and accessible names (aria-label,
 * alt, title), skipping text marked as another language on purpose (lang="en-GB": the
 * notice's English line, the source page's title; each language's own name in the picker)
 * and addresses, which are not words (translate="no": the share link). `within`: only the
 * first element it selects (a panel or dialog opened for the test), else the whole page.
 */
function foreignText(page: Page, tag: string, within = 'body'): Promise<string[]> {
  return page
    .evaluate(
      ([lang, selector]) => {
        const root = document.querySelector(selector);
        if (!root) return [`nothing matches ${selector}`];
        const own = (el: Element | null): boolean =>
          (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
        const texts: { text: string; el: Element }[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || el.closest('script, style, noscript, svg, [translate="no"]')) continue;
          if (!el.checkVisibility() && el.tagName !== 'OPTION') continue;
          texts.push({ text: node.textContent ?? '', el });
        }
        for (const el of [root, ...root.querySelectorAll('[aria-label], [alt], [title]')]) {
          if (!el.matches('[aria-label], [alt], [title]')) continue;
          if (!el.checkVisibility()) continue;
          for (const name of ['aria-label', 'alt', 'title'])
            if (el.hasAttribute(name)) texts.push({ text: el.getAttribute(name) ?? '', el });
        }
        return texts
          .filter(({ text, el }) => own(el) && /[A-Za-z]/.test(text))
          .map(({ text }) => text);
      },
      [tag, within] as const,
    )
    .then((texts) => texts.filter((t) => !isPseudoText(t, tag)));
}

/**
 * Elements whose words run out of their box sideways (only in the first element `within`
 * selects, if given), and whether the page scrolls sideways.
 */
function overflowing(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const found: string[] = [];
    const root = document.querySelector(rootSelector);
    if (!root) return [`nothing matches ${rootSelector}`];
    const selector =
      'button, a, h1, h2, h3, p, label, legend, summary, select, li, dialog, .panel, .caption-panel, .controls, .header, .draft-notice, .care-card, .takehome-end';
    const boxes = [root, ...root.querySelectorAll(selector)].filter((el) => el.matches(selector));
    // Words hidden on purpose, for screen readers only (the .visually-hidden class, or the same
    // clipping applied where a row of buttons narrows): clipped to nothing, never overflowing.
    const hiddenOnPurpose = (el: Element): boolean =>
      el.closest('.visually-hidden') !== null ||
      getComputedStyle(el).clip === 'rect(0px, 0px, 0px, 0px)';
    // A closed list's scrollWidth is its widest option's: what shows is the chosen one.
    const width = (el: Element): number => {
      if (!(el instanceof HTMLSelectElement)) return el.scrollWidth;
      const style = getComputedStyle(el);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = el.selectedOptions[0]?.text ?? '';
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      // The words must fit between the paddings, beside the list's arrow (about 20 px).
      const arrow = 20;
      return (
        text + parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd) + arrow
      );
    };
    for (const el of boxes) {
      if (!el.checkVisibility() || hiddenOnPurpose(el)) continue;
      const needed = width(el);
      if (needed > el.clientWidth + 1)
        found.push(
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(needed)} > ${el.clientWidth}): ${el.textContent?.slice(0, 40)}`,
        );
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1)
      found.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
    return found;
  }, within);
}

for (const tag of PSEUDO) {
  for (const viewport of VIEWPORTS) {
    for (const mode of ['patient', 'clinician'] as const) {
      test(`${tag} at ${viewport.name} size (${mode}): every word from the pack, nothing overflows, axe passes`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await open(
          page,
          `?lang=${tag}&stage=stent-deployment${mode === 'clinician' ? '&mode=clinician' : ''}`,
        );
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar-XB' ? 'rtl' : 'ltr');
        if (mode === 'clinician') await openClinicianTools(page, tag);
        // Patient mode: the switch's question and its buttons.
        else {
          await showPanels(page);
          await page
            .getByRole('button', {
              name: pseudoText(tag, 'clinician.modeSwitch.open'),
              exact: true,
            })
            .click();
        }
        await page.screenshot({
          path: join(SHOTS, `${tag}-${viewport.name}-${mode}.png`),
          fullPage: true,
          timeout: 40_000,
        });
        await showPanels(page);
        await page.locator('.transcript__summary').click();
        expect.soft(await foreignText(page, tag), 'words not from the pack').toEqual([]);
        expect.soft(await overflowing(page), 'overflowing boxes').toEqual([]);
        expect.soft(await axeViolations(page), 'axe').toEqual([]);
      });
    }
  }
}

// The risks step: its pictograph, each risk's sentence, the figures' source and (for an
// emergency patient) the note that their risk is higher, all from the pack.
for (const tag of PSEUDO) {
  for (const viewport of VIEWPORTS) {
    for (const variant of ['planned', 'primary'] as const) {
      test(`${tag} at ${viewport.name} size: the risks step (${variant}) is from the pack and fits`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await open(page, `?lang=${tag}&stage=risks&variant=${variant}`);
        const panel = page.getByTestId('risks-panel');
        await expect(panel).toBeVisible();
        await expect(panel).toHaveAttribute('data-variant', variant);
        await expect(page.getByTestId('risks-emergency')).toHaveCount(
          variant === 'primary' ? 1 : 0,
        );
        // A second risk chosen: its sentence replaces the first.
        await panel.locator('.risks-panel__row').nth(1).click();
        await page.screenshot({
          path: join(SHOTS, `${tag}-${viewport.name}-risks-${variant}.png`),
          timeout: 40_000,
        });
        const within = '[data-testid="risks-panel"]';
        expect.soft(await foreignText(page, tag, within), 'words not from the pack').toEqual([]);
        expect.soft(await overflowing(page, within), 'overflowing boxes').toEqual([]);
        expect.soft(await axeViolations(page), 'axe').toEqual([]);
      });
    }
  }
}

// The take-home dialogs are not on screen by default: the end card, the teach-back questions
// with a wrong answer explained (its replay button showing), and the share code.
for (const tag of PSEUDO) {
  for (const viewport of VIEWPORTS) {
    test(`${tag} at ${viewport.name} size: the take-home end card and dialogs are from the pack and fit`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await open(page, `?lang=${tag}&stage=afterwards`);
      await page.evaluate(() => {
        const player = window.__pciExplainer?.player;
        player?.pause();
        player?.seek(player.duration);
      });
      const endCard = page.locator('.takehome-end');
      await expect(endCard).toBeVisible();
      expect
        .soft(await foreignText(page, tag, '.takehome-end'), 'end card: words not from the pack')
        .toEqual([]);
      expect
        .soft(await overflowing(page, '.takehome-end'), 'end card: overflowing boxes')
        .toEqual([]);

      await endCard.getByRole('button').click();
      const quiz = page.getByTestId('teach-back');
      await expect(quiz).toBeVisible();
      // The default case's first question is the wrist one: choose a wrong answer.
      const first = procedureJson.questions.find((q) => q.when?.access?.includes('radial'));
      const wrong = first?.options.findIndex((o) => !o.correct) ?? -1;
      expect(wrong).toBeGreaterThanOrEqual(0);
      await quiz.locator('.takehome-option').nth(wrong).click();
      await expect(quiz.getByTestId('teach-back-feedback')).toHaveClass(/takehome-feedback--wrong/);
      await expect(quiz.locator('.takehome-quiz__actions .button')).toHaveCount(2);
      await page.screenshot({ path: join(SHOTS, `${tag}-${viewport.name}-teach-back.png`) });
      expect
        .soft(
          await foreignText(page, tag, '[data-testid="teach-back"]'),
          'teach-back: words not from the pack',
        )
        .toEqual([]);
      expect
        .soft(
          await overflowing(page, '[data-testid="teach-back"]'),
          'teach-back: overflowing boxes',
        )
        .toEqual([]);
      expect.soft(await axeViolations(page), 'teach-back: axe').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(quiz).toBeHidden();

      await showPanels(page);
      await page.locator('.takehome-panel__buttons .button').nth(2).click();
      const share = page.getByTestId('share-dialog');
      await expect(share).toBeVisible();
      await share.locator('.takehome-quiz__actions .button').click();
      await expect(share.getByRole('status')).not.toBeEmpty();
      await page.screenshot({ path: join(SHOTS, `${tag}-${viewport.name}-share.png`) });
      expect
        .soft(
          await foreignText(page, tag, '[data-testid="share-dialog"]'),
          'share: words not from the pack',
        )
        .toEqual([]);
      expect
        .soft(await overflowing(page, '[data-testid="share-dialog"]'), 'share: overflowing boxes')
        .toEqual([]);
      expect.soft(await axeViolations(page), 'share: axe').toEqual([]);
    });
  }
}

test('an unreviewed pack shows the notice, in its language and in English', async ({ page }) => {
  await open(page, '?lang=en-XA');
  const notice = page.getByTestId('translation-notice');
  await expect(notice).toBeVisible();
  // The warning is always in view in both languages; the sentence opens beneath it.
  const english = notice.locator('[lang="en-GB"]');
  await expect(english.first()).toHaveText('Translation not checked:');
  await expect(english.nth(1)).toBeHidden();
  await notice.locator('summary').click();
  await expect(english.nth(1)).toBeVisible();
  await expect(english.nth(1)).toContainText(
    'This translation has not yet been checked by a clinician.',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('right-to-left mirrors the layout: the steps sit left of the picture', async ({ page }) => {
  await open(page, '?lang=ar-XB');
  const picture = await page.locator('.viewer').boundingBox();
  const sidebar = await page.locator('.sidebar').boundingBox();
  expect(sidebar && picture && sidebar.x < picture.x).toBe(true);
  await open(page, '?lang=en-XA');
  const ltrPicture = await page.locator('.viewer').boundingBox();
  const ltrSidebar = await page.locator('.sidebar').boundingBox();
  expect(ltrSidebar && ltrPicture && ltrSidebar.x > ltrPicture.x).toBe(true);
});

test('the picker lists packs by their own names, marks unreviewed ones, and never remembers them', async ({
  page,
}) => {
  await open(page, '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('translation-notice')).toHaveCount(0);
  await showPanels(page);
  const picker = page.getByRole('group', { name: 'Language' });
  const english = picker.getByRole('radio', { name: 'English (UK)', exact: true });
  await expect(english).toBeChecked();
  await expect(picker.locator('[lang="en-GB"]')).toHaveText('English (UK)');
  const accented = picker.locator('input[value="en-XA"]');
  await expect(accented).toHaveAccessibleDescription('not yet checked by a clinician');
  await expect(english).not.toHaveAttribute('aria-describedby');
  await accented.check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByTestId('translation-notice')).toBeVisible();
  expect(await foreignText(page, 'en-XA')).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('pci-explainer.language'))).toBeNull();
  await open(page, '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('the normal build offers no pseudo-locale', async ({ page }) => {
  await page.goto('./?lang=en-XA');
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('language-picker')).toHaveCount(0);
});
