// Shared helpers for the browser tests: the content, page fixtures, axe and a tiny PNG reader.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { inflateSync } from 'node:zlib';
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import './pageGlobals.ts';

export { expect };

/** The parts of procedure.json the tests read. */
interface StageContent {
  id: string;
  title: string;
  duration: number;
  captions: { at: number; text: string }[];
  shot: string;
}

/** The content of the case the explainer opens with when the address names none. */
export const defaultProcedure = procedureFor(DEFAULT_CASE);
export const stages: readonly StageContent[] = defaultProcedure.stages;
export const title: string = defaultProcedure.meta.title;
export const duration = stages.reduce((sum, s) => sum + s.duration, 0);

/** Where each stage starts on the timeline, in seconds. */
export const stageStart = (index: number): number =>
  stages.slice(0, index).reduce((sum, s) => sum + s.duration, 0);

export function stageAt(index: number): StageContent {
  const stage = stages[index];
  if (!stage) throw new Error(`No stage ${index}`);
  return stage;
}

/** A stage of the default case by its id. */
export function stageById(id: string): StageContent {
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw new Error(`No stage ${id}`);
  return stage;
}

export const firstCaption = (stage: StageContent): string => {
  const caption = stage.captions[0];
  if (!caption) throw new Error(`Stage ${stage.id} has no captions`);
  return caption.text;
};

/** The caption showing at a time, as the app works it out. */
export function captionTextAt(t: number): string {
  let index = 0;
  for (let i = 0; i < stages.length; i++) if (t >= stageStart(i) - 1e-9) index = i;
  const stage = stageAt(index);
  const local = t - stageStart(index);
  let text = firstCaption(stage);
  for (const c of stage.captions) if (local >= c.at - 1e-9) text = c.text;
  return text;
}

/** True for an address on this machine (or one that never touches the network). */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** What the page did that it should not: console errors, exceptions, dialogs, requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Every request the page made, in order. */
  requests: string[];
}

/**
 * Every test watches its page, and fails at the end if the page logged an error, threw,
 * opened a dialog or asked for anything beyond this machine. A failed test gets a
 * screenshot of the page.
 */
export const test = base.extend<{ problems: PageProblems; exactClock: undefined }>({
  // Story time keeps to the page's clock, however slowly frames are drawn: GSAP's lag
  // smoothing is off (src/timeline/player.ts). Set for every page (and frame) before it loads.
  exactClock: [
    async ({ context }, use) => {
      await context.addInitScript(() => {
        window.__pciExplainerExactClock = true;
      });
      await use(undefined);
    },
    { auto: true },
  ],
  problems: [
    async ({ page }, use, testInfo) => {
      const problems: PageProblems = {
        consoleErrors: [],
        pageErrors: [],
        dialogs: [],
        requests: [],
      };
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
      page.on('dialog', (dialog) => {
        problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('request', (request) => problems.requests.push(request.url()));
      await use(problems);
      if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
        // Playwright's `screenshot: 'only-on-failure'` shoots after every test, which is
        // slow on a software GPU; this shoots only after a failure.
        const shot = await page.screenshot({ timeout: 10_000 }).catch(() => undefined);
        if (shot)
          await testInfo.attach('page at failure', { body: shot, contentType: 'image/png' });
      }
      if (problems.consoleErrors.length > 0)
        await testInfo.attach('console errors', { body: problems.consoleErrors.join('\n') });
      expect(problems.pageErrors, 'uncaught exceptions in the page').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.dialogs, 'dialogs').toEqual([]);
      expect(
        problems.requests.filter((url) => !isLocal(url)),
        'requests off this machine',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export const caption = (page: Page): Locator => page.getByTestId('caption');
export const scrubber = (page: Page): Locator =>
  page.getByRole('slider', { name: 'Position in the explainer' });
export const playButton = (page: Page): Locator => page.getByTestId('play');
export const chapter = (page: Page, id: string): Locator => page.locator(`[data-stage="${id}"]`);
export const canvas = (page: Page): Locator => page.getByTestId('stage-view').locator('canvas');

export async function scrubberValue(page: Page): Promise<number> {
  return Number(await scrubber(page).inputValue());
}

// ---------------------------------------------------------------------------------------
// The running explainer, through its test handle (window.__pciExplainer, typed in
// src/app/testHooks.ts). Each fails loudly if the app has not exposed what it needs.

/** The player's time, in seconds of story. */
export function playerTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const player = window.__pciExplainer?.player;
    if (!player) throw new Error('The explainer has not exposed its player');
    return player.time();
  });
}

/** Whether the player says it is playing. */
export function playerPlaying(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const player = window.__pciExplainer?.player;
    if (!player) throw new Error('The explainer has not exposed its player');
    return player.playing();
  });
}

/** Moves the story to a time (seconds), as the scrubber does. */
export async function seekTo(page: Page, t: number): Promise<void> {
  await page.evaluate((time) => {
    const player = window.__pciExplainer?.player;
    if (!player) throw new Error('The explainer has not exposed its player');
    player.seek(time);
  }, t);
}

/** Takes the GPU away from the explainer's renderer, or gives it back. */
export async function gpuContext(page: Page, action: 'lose' | 'restore'): Promise<void> {
  await page.evaluate((a) => {
    const renderer = window.__pciExplainer?.renderer;
    if (!renderer) throw new Error('The explainer has not exposed its renderer');
    if (a === 'lose') renderer.forceContextLoss();
    else renderer.forceContextRestore();
  }, action);
}

/**
 * Waits for `count` of the page's animation frames (two: the scene reads the new state,
 * then the picture is drawn).
 */
export async function nextFrames(target: Page | Frame, count = 2): Promise<void> {
  await target.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let left = n;
        const step = (): void => {
          left -= 1;
          if (left <= 0) done();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** Counts the page's WebGL draw calls from its start (read them with `drawCalls`). */
export async function countDraws(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__draws = 0;
    const names = [
      'drawElements',
      'drawArrays',
      'drawElementsInstanced',
      'drawArraysInstanced',
    ] as const;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      for (const name of names) {
        const original: unknown = Reflect.get(proto, name);
        if (typeof original !== 'function') continue;
        Reflect.set(proto, name, function (this: unknown, ...args: unknown[]): unknown {
          window.__draws = (window.__draws ?? 0) + 1;
          return Reflect.apply(original, this, args);
        });
      }
    }
  });
}

/** The WebGL draw calls since the page started; `countDraws` must have been called first. */
export function drawCalls(page: Page): Promise<number> {
  return page.evaluate(() => {
    if (window.__draws === undefined) throw new Error('Draw calls are not being counted');
    return window.__draws;
  });
}

/**
 * Headless Chromium has no print dialog: counts the page's calls to window.print instead
 * (read them with `printCalls`).
 */
export async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
}

/** The page's calls to window.print; `countPrints` must have been called first. */
export function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => {
    if (window.__printed === undefined) throw new Error('Print calls are not being counted');
    return window.__printed;
  });
}

// ---------------------------------------------------------------------------------------
// The page's clock. A test that needs time to pass calls `page.clock.install()` before it
// opens the page, lets the page load on the running clock, then `pauseClock`: from there
// the page's time (timers, animation frames, the story) moves only when the test moves it,
// with `page.clock.fastForward(ms)` (one frame, however long the jump; the story jumps with
// it) or `page.clock.runFor(ms)` (every frame and timer on the way).

/** Stops the page's clock, a moment from now; the page must have been opened with it installed. */
export async function pauseClock(page: Page): Promise<void> {
  // A little ahead of the page's time, which runs on while this message travels: pausing
  // in the page's past is refused. On a loaded machine the message can take longer than
  // the lead, so ask again with a longer one (pausing jumps the clock; it never waits).
  for (let lead = 500; ; lead *= 4) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + lead);
      return;
    } catch (error) {
      const past = error instanceof Error && error.message.includes('to the past');
      if (!past || lead > 30_000) throw error;
    }
  }
}

/** Opens the app, with an optional query such as `?stage=x`, once caption and canvas are up. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(caption(page)).not.toBeEmpty();
  await expect(canvas(page)).toBeVisible();
}

/** Expects exactly this stage's chapter button to be marked current. */
export async function expectCurrentStage(page: Page, index: number): Promise<void> {
  const stage = stageAt(index);
  await expect(chapter(page, stage.id)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-stage][aria-current="step"]')).toHaveCount(1);
}

/** A screenshot of just the 3D picture (with whatever is drawn over it). */
export async function canvasShot(page: Page): Promise<Buffer> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('The canvas has no box');
  return page.screenshot({ clip: box });
}

/** How many frames the explainer's renderer has drawn since the page opened. */
export function framesDrawn(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    const renderer = window.__pciExplainer?.renderer;
    if (!renderer) throw new Error('The explainer has not exposed its renderer');
    return renderer.info.render.frame;
  });
}

/**
 * Waits until the 3D picture is at rest: drawn, and not drawn again for a few animation
 * frames. The canvas draws only when something changes (the camera gliding into place, the
 * orbit controls easing to a stop, a part arriving), so a quiet spell means it has settled.
 */
export async function canvasAtRest(target: Page | Frame, timeout = 20_000): Promise<void> {
  await expect(target.locator('canvas[data-ready="true"]')).toBeAttached({ timeout });
  const until = Date.now() + timeout;
  let last = await framesDrawn(target);
  for (;;) {
    await nextFrames(target, 4);
    const now = await framesDrawn(target);
    if (now === last) return;
    if (Date.now() >= until)
      throw new Error(`The picture was still being drawn after ${timeout} ms`);
    last = now;
  }
}

/**
 * The 3D picture once it is at rest and `drawn` says it is what the caller waits for (a
 * part may arrive after the first frames). After `timeout` it stops waiting and returns the
 * latest picture, drawn or not, for the caller to judge.
 */
export async function settledCanvasShot(
  page: Page,
  drawn: (image: Image) => boolean,
  timeout = 20_000,
): Promise<Buffer> {
  await expect(page.locator('canvas[data-ready="true"]')).toBeAttached({ timeout });
  const until = Date.now() + timeout;
  let previous: Buffer | undefined;
  for (;;) {
    await nextFrames(page, 4);
    const latest = await canvasShot(page);
    // At rest when the same picture comes twice: the renderer may go on redrawing an unchanged
    // picture (orbit controls easing to a stop), so its frame count alone cannot say.
    if ((previous?.equals(latest) && drawn(decodePng(latest))) || Date.now() >= until)
      return latest;
    previous = latest;
  }
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and returns its violations, one line each for a failure
 * message: the rule, its impact, what it asks and where on the page (CSS selectors).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const { axe } = window;
    if (!axe) throw new Error('axe-core is not on the page');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, AXE_TAGS);
}

// ---------------------------------------------------------------------------------------
// PNG: just enough to read Playwright's screenshots (8-bit RGB or RGBA, not interlaced).

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Image {
  if (!PNG_SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('Not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      colourType = body[9] ?? -1;
      const interlace = body[12];
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
        throw new Error(`Unsupported PNG: depth ${bitDepth}, colour ${colourType}`);
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
  }
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length < height * (stride + 1)) throw new Error('PNG data is too short');
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x] ?? 0;
      const a = x >= channels ? (pixels[row + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[prev + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[prev + x - channels] ?? 0) : 0;
      let out: number;
      switch (filter) {
        case 0:
          out = value;
          break;
        case 1:
          out = value + a;
          break;
        case 2:
          out = value + b;
          break;
        case 3:
          out = value + ((a + b) >> 1);
          break;
        case 4:
          out = value + paeth(a, b, c);
          break;
        default:
          throw new Error(`Bad PNG filter ${filter} on row ${y}`);
      }
      pixels[row + x] = out & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: pixels };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    data[j] = pixels[i] ?? 0;
    data[j + 1] = pixels[i + 1] ?? 0;
    data[j + 2] = pixels[i + 2] ?? 0;
    data[j + 3] = 255;
  }
  return { width, height, data };
}

export interface ImageStats {
  /** Mean and standard deviation of luminance, 0–255. */
  meanLuminance: number;
  stdLuminance: number;
  /** Share of pixels (0–1) that are clearly red: the artery and the blood in it. */
  reddish: number;
}

export function isReddish(r: number, g: number, b: number): boolean {
  return r >= 70 && r >= g * 1.35 && r >= b * 1.25;
}

export function imageStats({ width, height, data }: Image): ImageStats {
  const n = width * height;
  let sum = 0;
  let sumSq = 0;
  let red = 0;
  for (let i = 0; i < n * 4; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += y;
    sumSq += y * y;
    if (isReddish(r, g, b)) red++;
  }
  const mean = sum / n;
  return {
    meanLuminance: mean,
    stdLuminance: Math.sqrt(Math.max(sumSq / n - mean * mean, 0)),
    reddish: red / n,
  };
}

export function saveArtefact(path: string, body: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
}

/** Makes the page's canvases refuse WebGL, as on a device or browser without it. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
}
