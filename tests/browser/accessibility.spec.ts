// Accessibility (issue 5): axe on every step and mode, keyboard reach and focus, turning the
// picture without dragging, reduced motion, reading aloud, text size, reflow, target sizes.
import {
  axeViolations,
  canvas,
  caption,
  countDraws,
  drawCalls,
  expect,
  firstCaption,
  type Image,
  imageStats,
  openApp,
  pauseClock,
  playButton,
  playerPlaying,
  playerTime,
  scrubberValue,
  seekTo,
  settledCanvasShot,
  stageAt,
  stageById,
  stageStart,
  stages,
  test,
  withoutWebGL,
} from './helpers.ts';

test.describe('axe finds no accessibility problems', () => {
  for (const stage of stages) {
    test(`at step "${stage.id}"`, async ({ page }) => {
      await openApp(page, `?stage=${stage.id}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('with the transcript open, at the largest text size, in still pictures', async ({
    page,
  }) => {
    await openApp(page, '?stage=stent-deployment');
    await page.getByText('Read all the words (transcript)').click();
    await page.getByRole('button', { name: 'Largest' }).click();
    await page.getByLabel('Show still pictures instead of moving ones').check();
    await page.getByRole('button', { name: 'Turn the picture left' }).click();
    await expect(page.getByRole('button', { name: 'Back to guided view' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('when the device cannot draw 3D (no WebGL)', async ({ page }) => {
    await withoutWebGL(page);
    await page.goto('./?stage=balloon-inflation');
    await expect(page.getByTestId('scene-fallback')).toBeVisible();
    await expect(caption(page)).toHaveText(firstCaption(stageById('balloon-inflation')));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on the accessibility statement', async ({ page }) => {
    await page.goto('./accessibility.html');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test('reaches every control in a sensible order, with the yellow focus highlight', async ({
    page,
  }) => {
    await openApp(page);
    const reached: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        return {
          name,
          background: getComputedStyle(el).backgroundColor,
          outline: getComputedStyle(el).outlineColor,
        };
      });
      if (!info) continue;
      reached.push(info.name);
      // NHS focus style: yellow fill, or a yellow outline on the slider and drop-downs.
      const yellow = 'rgb(255, 235, 59)';
      expect(
        info.background === yellow || info.outline === yellow,
        `focus visible on "${info.name}"`,
      ).toBe(true);
    }
    // (Back is disabled at the very start, so it is rightly skipped.)
    const order = [
      'Play the explainer',
      'Turn the picture left',
      'Position in the explainer',
      'Start again',
      'Play',
      'Next',
      'The narrowed artery',
      'Largest',
      'Read all the words (transcript)',
    ];
    let last = -1;
    for (const name of order) {
      const at = reached.findIndex((r, i) => i > last && r.includes(name));
      expect(
        at,
        `"${name}" reached after the controls before it (got ${reached.join(' | ')})`,
      ).toBeGreaterThan(last);
      last = at;
    }
    for (const name of [
      'Turn the picture left',
      'Zoom in',
      'Largest',
      'Read all the words (transcript)',
    ]) {
      expect(
        reached.some((r) => r.includes(name)),
        `${name} reachable`,
      ).toBe(true);
    }
  });

  test('turns and zooms the 3D picture with buttons, no dragging needed', async ({ page }) => {
    await openApp(page, '?stage=balloon-inflation');
    const drawn = (image: Image): boolean => imageStats(image).stdLuminance > 6;
    const before = await settledCanvasShot(page, drawn);
    await page.getByRole('button', { name: 'Turn the picture left' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Back to guided view' })).toBeVisible();
    const after = await settledCanvasShot(page, drawn);
    expect(after.equals(before)).toBe(false);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing plays by itself, nothing draws while idle, and Play steps through still pictures', async ({
    page,
  }) => {
    await countDraws(page);
    await page.clock.install();
    await openApp(page, '?autoplay=1');
    await expect(page.getByLabel('Show still pictures instead of moving ones')).toBeChecked();
    // The first picture is drawn (the canvas is made after the first render) before the clock stops.
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await pauseClock(page);
    // Every frame and timer of two seconds on the page's clock: still at the start.
    await page.clock.runFor(2000);
    expect(await scrubberValue(page)).toBe(0);
    const idle = await drawCalls(page);
    expect(idle, 'the first picture was drawn').toBeGreaterThan(0);
    await page.clock.runFor(2000);
    expect(await drawCalls(page), 'draw calls while idle').toBe(idle);

    // (Dispatched: with the page's clock stopped, a real click's checks can wait on frames
    // that never come.)
    await page.getByRole('button', { name: 'Play the explainer' }).dispatchEvent('click');
    // The first still: the end of the first caption's time, straight away, then holding still.
    const first = stageAt(0).captions[1]?.at ?? 0;
    await expect.poll(() => scrubberValue(page)).toBeGreaterThan(first - 0.2);
    const held = await scrubberValue(page);
    await page.clock.runFor(1500);
    expect(await scrubberValue(page)).toBe(held);
    // Once the caption has been read (at most half a minute), on to the next still.
    await page.clock.runFor(30_000);
    expect(await scrubberValue(page)).toBeGreaterThan(held);
    await playButton(page).click();
  });
});

test.describe('reading aloud', () => {
  test('waits for each sentence to finish before moving on', async ({ page }) => {
    // A stand-in for the device's speech, with one offline British voice; the test ends sentences.
    await page.addInitScript(() => {
      const spoken: { text: string; u: SpeechSynthesisUtterance }[] = [];
      const voice = {
        name: 'Test voice',
        lang: 'en-GB',
        localService: true,
        default: true,
        voiceURI: 'test',
      };
      const fake = {
        speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, u }),
        cancel: () => undefined,
        getVoices: () => [voice],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      // Real utterances only accept real voices, so the stand-in has its own.
      class FakeUtterance {
        text: string;
        voice: unknown = null;
        lang = '';
        rate = 1;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: FakeUtterance,
        configurable: true,
      });
      window.__speech = {
        spoken: () => spoken.map((s) => s.text),
        finish: () => {
          const last = spoken.at(-1);
          last?.u.onend?.call(last.u, new Event('end') as SpeechSynthesisEvent);
        },
      };
    });
    await openApp(page);
    const speech = {
      spoken: () => page.evaluate(() => window.__speech?.spoken() ?? []),
      finish: () => page.evaluate(() => window.__speech?.finish()),
    };
    await page.getByLabel('Read the words aloud').check();
    await expect.poll(speech.spoken).toEqual([firstCaption(stageAt(0))]);
    const next = stageAt(0).captions[1];
    if (!next) throw new Error('The first stage needs two captions');
    // Play from just before the second caption: the voice is still on the first one.
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await seekTo(page, next.at - 1);
    await playButton(page).click();
    // The story keeps to the clock (not the machine's drawing speed): a second on, at the
    // next caption's time, the explainer stops by itself to wait for the voice.
    await expect.poll(() => playerPlaying(page)).toBe(false);
    expect(await playerTime(page)).toBeLessThan(next.at);
    expect(await playerTime(page)).toBeGreaterThan(next.at - 0.1);
    await expect(caption(page)).not.toHaveText(next.text);
    // The sentence ends: the explainer moves on and reads the next caption.
    await speech.finish();
    await expect(caption(page)).toHaveText(next.text);
    await expect.poll(async () => (await speech.spoken()).at(-1)).toBe(next.text);
    await playButton(page).click();
  });

  test('says so when the device has no voice for it', async ({ page }) => {
    await page.addInitScript(() => {
      const fake = {
        speak: () => undefined,
        cancel: () => undefined,
        getVoices: () => [],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    });
    await openApp(page);
    await expect(page.getByLabel('Read the words aloud')).toBeDisabled();
    await expect(page.getByTestId('narration-unavailable')).toBeVisible();
  });
});

test.describe('readable on any screen', () => {
  test('text size: three sizes, remembered on this device', async ({ page }) => {
    await openApp(page);
    const size = () => caption(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const standard = await size();
    await page.getByRole('button', { name: 'Large', exact: true }).click();
    const large = await size();
    await page.getByRole('button', { name: 'Largest' }).click();
    const largest = await size();
    expect(large).toBeGreaterThan(standard);
    expect(largest).toBeGreaterThan(large);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Largest' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await size()).toBe(largest);
  });

  for (const viewport of [
    { width: 320, height: 720, why: 'reflow at 320 CSS pixels' },
    { width: 590, height: 410, why: '200% zoom of a landscape tablet' },
  ]) {
    test(`no sideways scrolling: ${viewport.why}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openApp(page, '?stage=guidewire');
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.scrollingElement?.scrollWidth ?? 0,
        width: innerWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(width);
      await expect(playButton(page)).toBeVisible();
    });
  }

  test('every control is at least 44 by 44 CSS pixels', async ({ page }) => {
    await openApp(page);
    await page.getByText('Read all the words (transcript)').click();
    const small = await page.evaluate(() => {
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          'button, input, select, summary, [role="slider"]',
        ),
      ];
      return controls
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .map((el) => {
          // A visually hidden native input takes the size of the label that wraps it.
          const target =
            el instanceof HTMLInputElement && el.type === 'checkbox'
              ? (el.closest('label') ?? el)
              : el;
          const r = target.getBoundingClientRect();
          return {
            name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
            w: r.width,
            h: r.height,
          };
        })
        .filter((c) => c.w < 44 || c.h < 44);
    });
    expect(small).toEqual([]);
  });

  test('the transcript links jump to their step', async ({ page }) => {
    await openApp(page);
    await page.getByText('Read all the words (transcript)').click();
    await page.getByRole('link', { name: `Step 5: ${stageAt(4).title}` }).click();
    await expect(caption(page)).toHaveText(firstCaption(stageAt(4)));
    expect(await scrubberValue(page)).toBeCloseTo(stageStart(4), 0);
  });
});
