// The benchmark: `npm run bench`. Builds the app and a plain three.js baseline page, serves
// both with gzip on 127.0.0.1, and measures them in headless Chromium at tablet and desktop
// size: bytes, time to first draw, frame rate and frame times while playing, draw calls,
// triangles, JavaScript time per frame, allocation, live GPU objects, heap, and what happens
// while paused. Prints medians of alternating runs, app beside baseline, with the ratio.
// Options (environment): BENCH_RUNS (3), BENCH_WINDOW_MS (4000), BENCH_SKIP_BUILD=1.
// Headless Chromium draws WebGL on the CPU (SwiftShader): absolute frame rates mean little;
// ratios within a run and exact counts (bytes, draw calls, triangles) do.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/server.mjs';
import {
  instrumentPage,
  isLocal,
  median,
  quantile,
  slotOf,
  startStaticServer,
  stageSlots,
  totalDuration,
  sleep,
  waitForFirstFrame,
  waitForQuiet,
  countIdle,
} from './lib.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('../../');
const OUT = here('./.out/');
/** BENCH_APP_DIR: measure an app already built there (e.g. an older build) instead of building. */
const APP_OUT = process.env.BENCH_APP_DIR ? resolve(process.env.BENCH_APP_DIR) : `${OUT}app`;
const BASELINE_OUT = `${OUT}baseline`;

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const WINDOW_MS = Math.max(500, Number(process.env.BENCH_WINDOW_MS ?? 3000));
const ALLOC_WINDOW_MS = 2000;
const IDLE_MS = 3000;
/**
 * Every stage of the default case (BENCH_STAGES=a,b narrows it), so per-frame JavaScript is
 * measured at each step, the balloon's included.
 */
const STAGES = process.env.BENCH_STAGES
  ? process.env.BENCH_STAGES.split(',')
  : stageSlots.map((s) => s.id);
/** Where in each stage the playing window starts (share of the stage). */
const INTO_STAGE = 0.3;
const ALL_SIZES = [
  { name: 'tablet', width: 1180, height: 820, dpr: 2 },
  { name: 'desktop', width: 1440, height: 900, dpr: 1 },
];
/** Tablet only unless BENCH_SIZES=tablet,desktop: the goals are set at tablet size. */
const SIZES = ALL_SIZES.filter((size) =>
  (process.env.BENCH_SIZES ?? 'tablet').split(',').includes(size.name),
);
const BASELINE_DURATION = 60;

const started = Date.now();
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// ---------------------------------------------------------------------------------------
// Build

function buildApp() {
  log('building the app (vite build) into tests/bench/.out/app');
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', APP_OUT, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('The app failed to build');
}

async function buildBaseline() {
  log('building the baseline (plain three.js) into tests/bench/.out/baseline');
  await build({
    root: here('./baseline/'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: BASELINE_OUT,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  });
}

// ---------------------------------------------------------------------------------------
// One measured run of one page at one size

/** A moment in a stage: the app's own time, or the same share of the baseline's timeline. */
function timeIn(target, stageId) {
  const slot = slotOf(stageId);
  const t = slot.start + (slot.end - slot.start) * INTO_STAGE;
  return target.name === 'app' ? t : (t / totalDuration) * BASELINE_DURATION;
}

function byteType({ type }) {
  if (/javascript/.test(type)) return 'js';
  if (/text\/css/.test(type)) return 'css';
  if (/text\/html/.test(type)) return 'html';
  return 'other';
}

/**
 * Estimated KiB allocated per drawn frame while playing: the sampling heap profiler, counting
 * objects the GC has already collected too, over a short window in the balloon stage.
 */
async function measureAllocation(page, cdp, target) {
  await page.evaluate(
    (t) => {
      const h = window.__pciExplainer ?? window.__pciBaseline;
      h.player.pause();
      h.player.seek(t);
    },
    timeIn(target, 'balloon-inflation'),
  );
  await waitForQuiet(page, 200, 10_000);
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const frames = await page.evaluate(async (ms) => {
    const h = window.__pciExplainer ?? window.__pciBaseline;
    const b = window.__bench;
    const f0 = b.frameCount;
    const t0 = performance.now();
    h.player.play();
    // At least ALLOC_WINDOW_MS and three frames (a busy software GPU can be slow), within reason.
    while (
      performance.now() - t0 < ms ||
      (b.frameCount - f0 < 3 && performance.now() - t0 < ms * 4)
    )
      await new Promise((done) => setTimeout(done, 50));
    h.player.pause();
    return b.frameCount - f0;
  }, ALLOC_WINDOW_MS);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  let allocated = 0;
  const walk = (node) => {
    allocated += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return frames > 0 ? allocated / 1024 / frames : Number.NaN;
}

async function measure(browser, target, size, firstRun) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.dpr,
  });
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Every request made, to catch any to another origin (even one that fails).
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  // Every response that came over the network (the page's and its service worker's; not
  // those the service worker answered from its cache), with its size as received.
  const sized = [];
  context.on('requestfinished', (request) =>
    sized.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return null;
        const sizes = await request.sizes();
        return {
          url: request.url(),
          type: response.headers()['content-type'] ?? '',
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })().catch(() => null),
    ),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  const m = {};
  try {
    await page.goto(target.url + target.query(size), { waitUntil: 'load', timeout: 120_000 });
    // A shared, busy machine can take a long time over the first software-drawn frame.
    await waitForFirstFrame(page, 120_000);
    m.settleMs = await waitForQuiet(page, 300, 10_000);
    const load = await page.evaluate(() => {
      const b = window.__bench;
      const canvas = document.querySelector('canvas');
      return {
        firstDrawAt: b.firstDrawAt,
        firstCanvasDrawAt: b.firstCanvasDrawAt,
        firstShownAt: b.firstShownAt,
        linksAtLoad: b.links.length,
        canvas: canvas ? [canvas.width, canvas.height] : [0, 0],
        canvasCss: canvas ? [canvas.clientWidth, canvas.clientHeight] : [0, 0],
        framesToSettle: b.frameCount,
        fcp: b.fcp,
        // The scripts and styles fetched before the first draw into the canvas: what the
        // first picture needed (encoded size: gzip as sent, without headers).
        firstFrameBytes: performance
          .getEntriesByType('resource')
          .filter(
            (e) => /\.(m?js|css)(\?|$)/.test(e.name) && e.startTime < (b.firstCanvasDrawAt ?? 0),
          )
          .reduce((sum, e) => sum + e.encodedBodySize, 0),
      };
    });
    m.fcpMs = load.fcp;
    m.firstFrameKiB = load.firstFrameBytes / 1024;
    m.firstDrawMs = load.firstDrawAt;
    m.firstCanvasDrawMs = load.firstCanvasDrawAt;
    m.firstShownMs = load.firstShownAt;
    m.canvas = load.canvas;
    m.canvasCss = load.canvasCss;
    m.framesToSettle = load.framesToSettle;

    for (const stage of STAGES) {
      // Seek there paused, and let that frame finish before the window opens.
      const links0 = await page.evaluate(
        (t) => {
          const h = window.__pciExplainer ?? window.__pciBaseline;
          h.player.pause();
          h.player.seek(t);
          return window.__bench.links.length;
        },
        timeIn(target, stage),
      );
      await waitForQuiet(page, 200, 10_000);
      const linksOnSeek = (await page.evaluate(() => window.__bench.links.length)) - links0;
      const w = await page.evaluate(
        async ({ ms }) => {
          const sleepIn = (d) => new Promise((done) => setTimeout(done, d));
          const h = window.__pciExplainer ?? window.__pciBaseline;
          const b = window.__bench;
          b.frames = [];
          b.frameJs = [];
          b.frameJsTs = null;
          b.recording = true;
          const raf0 = b.rafMs;
          const links1 = b.links.length;
          const t0 = performance.now();
          h.player.play();
          await sleepIn(ms);
          h.player.pause();
          const elapsed = performance.now() - t0;
          b.recording = false;
          const frames = b.frames;
          b.frames = [];
          const frameJs = b.frameJs;
          b.frameJs = [];
          return {
            elapsed,
            frames,
            frameJs,
            rafMs: b.rafMs - raf0,
            linksWhilePlaying: b.links.length - links1,
            infoCalls: h.renderer.info.render.calls,
            infoTriangles: h.renderer.info.render.triangles,
          };
        },
        { ms: WINDOW_MS },
      );
      const n = w.frames.length;
      const intervals = w.frames.slice(1).map((f, i) => f[0] - (w.frames[i]?.[0] ?? f[0]));
      m[`${stage}.fps`] = n / (w.elapsed / 1000);
      m[`${stage}.p50`] = quantile(intervals, 0.5);
      m[`${stage}.p95`] = quantile(intervals, 0.95);
      m[`${stage}.draws`] = median(w.frames.map((f) => f[1]));
      m[`${stage}.triangles`] = median(w.frames.map((f) => f[2]));
      m[`${stage}.jsMs`] = n > 0 ? w.rafMs / n : Number.NaN;
      // Every animation frame while playing, drawn or not (the timeline ticks each one).
      m[`${stage}.jsP50`] = quantile(w.frameJs, 0.5);
      m[`${stage}.jsP95`] = quantile(w.frameJs, 0.95);
      m[`${stage}.infoCalls`] = w.infoCalls;
      m[`${stage}.infoTriangles`] = w.infoTriangles;
      m[`${stage}.linksOnSeek`] = linksOnSeek;
      m[`${stage}.linksWhilePlaying`] = w.linksWhilePlaying;
    }

    // Allocation while playing (first run only: it hardly varies, and the time is better
    // spent on frame times).
    if (firstRun) m.allocKiBPerFrame = await measureAllocation(page, cdp, target);

    // Paused and untouched: nothing should be drawn (first run only, with the allocation:
    // counts, not timings).
    if (firstRun) {
      await page.evaluate(() => (window.__pciExplainer ?? window.__pciBaseline).player.pause());
      m.idleSettleMs = await waitForQuiet(page, 400, 10_000);
      const idle = await countIdle(page, IDLE_MS);
      m.idleDrawsPerSecond = idle.drawsPerSecond;
      m.idleRafPerSecond = idle.rafPerSecond;
    }

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    m.heapMiB = heap.usedSize / 1024 / 1024;

    const after = await page.evaluate(() => {
      const b = window.__bench;
      const afterPaint = b.longTasks.filter(([start]) => start >= (b.fcp ?? 0));
      return {
        longestTask: Math.max(0, ...afterPaint.map(([, d]) => d)),
        longTasksOver200: afterPaint.filter(([, d]) => d > 200).length,
        longTasksBeforeDraw: Math.max(
          0,
          ...afterPaint.filter(([start]) => start < (b.firstCanvasDrawAt ?? 0)).map(([, d]) => d),
        ),
        live: b.live,
        links: b.links.length,
        linksAfterFirstFrame: b.links.filter((t) => t > (b.firstShownAt ?? 0)).length,
      };
    });
    m.longestTaskMs = after.longestTask;
    m.longTasksOver200 = after.longTasksOver200;
    m.longestTaskBeforeDrawMs = after.longTasksBeforeDraw;
    m.liveTextures = after.live.textures;
    m.liveBuffers = after.live.buffers;
    m.livePrograms = after.live.programs;
    m.programsLinked = after.links;
    m.programsLinkedAfterFirstFrame = after.linksAfterFirstFrame;

    const origin = new URL(target.url).origin;
    const all = (await Promise.all(sized)).filter(Boolean);
    for (const kind of ['js', 'css', 'html', 'other'])
      m[`bytes.${kind}`] = all
        .filter((r) => byteType(r) === kind)
        .reduce((sum, r) => sum + r.bytes, 0);
    m['bytes.total'] = all.reduce((sum, r) => sum + r.bytes, 0);
    m.requests = all.length;
    m.crossOriginUrls = [...new Set(requested.filter((url) => !isLocal(url, origin)))];
    m.crossOrigin = m.crossOriginUrls.length;
    m.errors = errors;
  } finally {
    await context.close();
  }
  return m;
}

/** The UI's own words (src/locales/en-GB.json), so the walk follows changes of wording. */
const UI = JSON.parse(readFileSync(`${ROOT}src/locales/en-GB.json`, 'utf8')).ui;

/**
 * The whole explainer, every tool used, on a first visit: clinician mode, every step shown,
 * every bedside tool and panel tool switched on and off, the share code, the printed
 * handout, and the service worker's offline copy. Returns the bytes that came over the
 * network (page and service worker, headers included) and what could not be done.
 */
async function measureWalk(browser, target, size) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.dpr,
  });
  await context.addInitScript(instrumentPage);
  await context.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  const page = await context.newPage();
  const problems = [];
  const sized = [];
  let lastRequestAt = Date.now();
  context.on('request', () => (lastRequestAt = Date.now()));
  context.on('requestfinished', (request) => {
    lastRequestAt = Date.now();
    sized.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return null;
        const sizes = await request.sizes();
        return { url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize };
      })().catch(() => null),
    );
  });
  const step = async (what, run) => {
    try {
      await run();
    } catch (e) {
      problems.push(`${what}: ${String(e).split('\n')[0]}`);
    }
  };
  try {
    await page.goto(`${target.url}?mode=clinician`, { waitUntil: 'load', timeout: 120_000 });
    await waitForFirstFrame(page, 120_000);
    const count = await page.evaluate(() => window.__pciExplainer.player.slots.length);
    for (let i = 0; i < count; i++) {
      await page.evaluate((index) => {
        const { player } = window.__pciExplainer;
        const slot = player.slots[index];
        player.pause();
        player.seek(slot.start + (slot.end - slot.start) * 0.5);
      }, i);
      await waitForQuiet(page, 200, 15_000);
    }
    const tools = page
      .getByRole('group', { name: UI['clinician.toolbar.label'] })
      .getByRole('button');
    const n = await tools.count();
    if (n === 0) problems.push('no bedside tools found');
    for (let i = 0; i < n; i++)
      await step(`bedside tool ${i + 1}`, async () => {
        await tools.nth(i).click({ timeout: 20_000 });
        await tools.nth(i).click({ timeout: 20_000 });
      });
    for (const key of ['clinician.panel.crossSection', 'clinician.panel.flow'])
      await step(key, () =>
        page.getByRole('button', { name: UI[key] }).first().click({ timeout: 20_000 }),
      );
    await step('share code', async () => {
      await page
        .getByRole('button', { name: UI['takehome.share.openClinician'] })
        .click({ timeout: 20_000 });
      await page.getByTestId('share-qr').waitFor({ timeout: 30_000 });
      await page.keyboard.press('Escape');
    });
    await step('printed handout', async () => {
      await page.getByRole('button', { name: UI['takehome.print'] }).click({ timeout: 20_000 });
      await page.waitForFunction(() => window.__printed >= 1, null, { timeout: 120_000 });
    });
    await step('offline copy', () =>
      page.evaluate(() =>
        navigator.serviceWorker
          ? Promise.race([
              navigator.serviceWorker.ready,
              new Promise((done) => setTimeout(done, 30_000)),
            ])
          : null,
      ),
    );
    // Let the service worker's precaching (and anything prefetched) finish: 3 s with no request.
    const t0 = Date.now();
    while (Date.now() - lastRequestAt < 3000 && Date.now() - t0 < 60_000) await sleep(250);
  } catch (e) {
    problems.push(String(e).split('\n')[0]);
  } finally {
    await context.close();
  }
  const all = (await Promise.all(sized)).filter(Boolean);
  return {
    walkKiB: all.reduce((sum, r) => sum + r.bytes, 0) / 1024,
    walkRequests: all.length,
    walkProblems: problems,
  };
}

// ---------------------------------------------------------------------------------------
// Report

const METRICS = [
  ['First contentful paint (ms)', 'fcpMs', 0],
  ['JS + CSS fetched for the first picture (KiB)', 'firstFrameKiB', 1],
  ['Whole walk, every tool, offline copy (KiB)', 'walkKiB', 1],
  ['Longest main-thread task after FCP (ms)', 'longestTaskMs', 0],
  ['  of those, longest before the first draw (ms)', 'longestTaskBeforeDrawMs', 0],
  ['Long tasks over 200 ms after FCP', 'longTasksOver200', 0],
  ['Transferred: JavaScript (KiB)', 'bytes.js', 1, (v) => v / 1024],
  ['Transferred: CSS (KiB)', 'bytes.css', 1, (v) => v / 1024],
  ['Transferred: HTML (KiB)', 'bytes.html', 1, (v) => v / 1024],
  ['Transferred: other (KiB)', 'bytes.other', 1, (v) => v / 1024],
  ['Transferred: total (KiB)', 'bytes.total', 1, (v) => v / 1024],
  ['Requests', 'requests', 0],
  ['Requests to other origins', 'crossOrigin', 0],
  ['First WebGL draw call (ms)', 'firstDrawMs', 0],
  ['First draw call into the canvas (ms)', 'firstCanvasDrawMs', 0],
  ['First picture shown, approx. (ms)', 'firstShownMs', 0],
  ['Frames drawn from loading until settled', 'framesToSettle', 0],
  ...STAGES.flatMap((s) => [
    [`${s}: frames per second`, `${s}.fps`, 1],
    [`${s}: frame time p50 (ms)`, `${s}.p50`, 1],
    [`${s}: frame time p95 (ms)`, `${s}.p95`, 1],
    [`${s}: draw calls per frame`, `${s}.draws`, 0],
    [`${s}: triangles per frame`, `${s}.triangles`, 0],
    [`${s}: JS per drawn frame, mean (ms)`, `${s}.jsMs`, 2],
    [`${s}: JS per frame p50 (ms)`, `${s}.jsP50`, 2],
    [`${s}: JS per frame p95 (ms)`, `${s}.jsP95`, 2],
  ]),
  ['Allocated while playing, run 1 (KiB/frame)', 'allocKiBPerFrame', 1],
  ['Shader programs linked', 'programsLinked', 0],
  ['  of which after the first picture', 'programsLinkedAfterFirstFrame', 0],
  ['Live WebGL textures', 'liveTextures', 0],
  ['Live WebGL buffers', 'liveBuffers', 0],
  ['Live WebGL programs', 'livePrograms', 0],
  ['JS heap after GC (MiB)', 'heapMiB', 1],
  ['Paused, run 1: draw calls per second', 'idleDrawsPerSecond', 1],
  ['Paused, run 1: animation frames per second', 'idleRafPerSecond', 1],
];

const fmt = (v, d) => (Number.isFinite(v) ? v.toFixed(d) : '-');

function report(results, sizes) {
  const summary = {};
  for (const size of sizes) {
    const app = results[size.name].app;
    const base = results[size.name].baseline;
    const canvas = (runs) => runs[0]?.canvas?.join('x') ?? '?';
    console.log(
      `\n== ${size.name} ${size.width}x${size.height} at DPR ${size.dpr}: canvas ${canvas(app)} ` +
        `(app) and ${canvas(base)} (baseline) device pixels; medians of ${app.length} runs each`,
    );
    console.log(
      `${'figure'.padEnd(46)}${'app'.padStart(12)}${'baseline'.padStart(12)}${'app/base'.padStart(10)}`,
    );
    summary[size.name] = {};
    for (const [label, key, decimals, scale = (v) => v] of METRICS) {
      const a = scale(median(app.map((r) => r[key])));
      const b = scale(median(base.map((r) => r[key])));
      const ratio = b !== 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '-';
      summary[size.name][key] = { app: a, baseline: b, ratio: b !== 0 ? a / b : null };
      console.log(
        `${label.padEnd(46)}${fmt(a, decimals).padStart(12)}${fmt(b, decimals).padStart(12)}${ratio.padStart(10)}`,
      );
    }
    for (const [name, runs] of [
      ['app', app],
      ['baseline', base],
    ]) {
      const urls = [...new Set(runs.flatMap((r) => r.crossOriginUrls))];
      if (urls.length > 0) console.log(`${name}: requests to other origins: ${urls.join(', ')}`);
      const errors = [...new Set(runs.flatMap((r) => r.errors))];
      if (errors.length > 0) console.log(`${name}: page errors: ${errors.join(' | ')}`);
    }
  }
  return summary;
}

// ---------------------------------------------------------------------------------------
// Goals (issue 17), at the first size: ratios against the baseline measured in this run

const STAGE_KEYS = (suffix) => STAGES.map((s) => `${s}.${suffix}`);

export const GOALS = [
  { what: 'First contentful paint', key: 'fcpMs', ratio: 1.5 },
  { what: 'First WebGL draw', key: 'firstDrawMs', ratio: 2.0 },
  { what: 'JS + CSS for the first picture (KiB, gzip)', key: 'firstFrameKiB', max: 300 },
  { what: 'Whole walk, every tool (KiB transferred)', key: 'walkKiB', max: 1024 },
  { what: 'App JS per frame playing, worst step p50 (ms)', keys: STAGE_KEYS('jsP50'), max: 2 },
  { what: 'App JS per frame playing, worst step p95 (ms)', keys: STAGE_KEYS('jsP95'), max: 5 },
  { what: 'Longest main-thread task after FCP (ms)', key: 'longestTaskMs', max: 200 },
];

function checkGoals(figures) {
  console.log('\n== Goals (issue 17), first size, this run');
  const rows = GOALS.map((goal) => {
    const keys = goal.keys ?? [goal.key];
    const worst = keys.reduce((a, k) =>
      (figures[k]?.app ?? -Infinity) > (figures[a]?.app ?? -Infinity) ? k : a,
    );
    const f = figures[worst] ?? { app: Number.NaN, baseline: Number.NaN, ratio: null };
    const value = goal.ratio ? f.ratio : f.app;
    const limit = goal.ratio ?? goal.max;
    const met = Number.isFinite(value) && value <= limit;
    const shown = goal.ratio
      ? `${fmt(f.app, 0)} ms / ${fmt(f.baseline, 0)} ms = ${fmt(value, 2)}x (goal <= ${limit}x)`
      : `${fmt(value, 2)}${goal.keys ? ` (${worst.split('.')[0]})` : ''} (goal <= ${limit})`;
    console.log(`  ${met ? 'met ' : 'MISS'}  ${goal.what.padEnd(48)} ${shown}`);
    return { ...goal, worst, value, app: f.app, baseline: f.baseline, met, shown };
  });
  return rows;
}

// ---------------------------------------------------------------------------------------
// docs/performance.md, written from this run so its figures never go stale

async function writeDoc({ summary, goals, chromium }) {
  const template = readFileSync(here('./performance-template.md'), 'utf8');
  const table = (size) => {
    const f = summary[size.name];
    const lines = [`| Figure | app | baseline | app / baseline |`, `| --- | ---: | ---: | ---: |`];
    for (const [label, key, decimals] of METRICS) {
      const x = f[key];
      if (!x) continue;
      const ratio = x.ratio !== null && Number.isFinite(x.ratio) ? x.ratio.toFixed(2) : '–';
      lines.push(
        `| ${label.trim()} | ${fmt(x.app, decimals)} | ${fmt(x.baseline, decimals)} | ${ratio} |`,
      );
    }
    return `#### ${size.name} (${size.width}×${size.height} at DPR ${size.dpr})\n\n${lines.join('\n')}`;
  };
  const goalLines = [
    '| Goal | Measured | Met |',
    '| --- | --- | --- |',
    ...goals.map((g) => `| ${g.what} | ${g.shown} | ${g.met ? 'yes' : '**no**'} |`),
  ];
  const measured = [
    `Run of ${new Date().toISOString().slice(0, 10)}: ${RUNS} alternating run(s), ${WINDOW_MS / 1000} s ` +
      `playing windows, ${chromium} (SwiftShader), on ${os.cpus().length} cores.`,
    '',
    goalLines.join('\n'),
    '',
    ...SIZES.map(table),
  ].join('\n');
  const file = `${ROOT}docs/performance.md`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(template.replace('<!-- bench:measured -->', measured), {
    ...options,
    filepath: file,
  });
  writeFileSync(file, text);
  log('docs/performance.md written from this run');
}

// ---------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
if (process.env.BENCH_SKIP_BUILD !== '1') {
  if (!process.env.BENCH_APP_DIR) buildApp();
  await buildBaseline();
}

const appServer = await startStaticServer(APP_OUT);
const baselineServer = await startStaticServer(BASELINE_OUT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // The baseline fills as many CSS pixels as the app's picture: the app runs first at each
  // size in run 1 and reports the size of its canvas.
  const canvasCss = {};
  const targets = {
    // As a patient opens it: no address parameters, the first step.
    app: { name: 'app', url: appServer.url, query: () => '' },
    baseline: {
      name: 'baseline',
      url: baselineServer.url,
      query: (size) => {
        const [w, h] = canvasCss[size.name] ?? [size.width, size.height];
        return `?w=${w}&h=${h}`;
      },
    },
  };
  const results = {};
  for (const size of SIZES) results[size.name] = { app: [], baseline: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const size of SIZES) {
      const order = run % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const name of order) {
        let m;
        try {
          m = await measure(browser, targets[name], size, run === 0);
        } catch (e) {
          // A busy shared machine can time a page out: that run is left out of the medians.
          log(`run ${run + 1}/${RUNS} ${size.name} ${name}: failed (${String(e).split('\n')[0]})`);
          continue;
        }
        results[size.name][name].push(m);
        if (name === 'app') canvasCss[size.name] ??= m.canvasCss;
        log(
          `run ${run + 1}/${RUNS} ${size.name} ${name}: first draw ${m.firstDrawMs?.toFixed(0)} ms, ` +
            `${STAGES.map((s) => m[`${s}.fps`]?.toFixed(1)).join('/')} fps`,
        );
      }
    }
  }

  // The whole walk, once, at the first size (the baseline has no tools to walk through).
  const walk = await measureWalk(browser, targets.app, SIZES[0]);
  log(`walk: ${walk.walkKiB.toFixed(1)} KiB in ${walk.walkRequests} requests`);
  for (const r of results[SIZES[0].name].app) Object.assign(r, walk);
  for (const r of results[SIZES[0].name].baseline) r.walkKiB = Number.NaN;
  if (walk.walkProblems.length > 0) log(`walk: could not ${walk.walkProblems.join('; ')}`);

  const summary = report(results, SIZES);
  const goals = checkGoals(summary[SIZES[0].name]);
  if (!process.env.BENCH_APP_DIR && process.env.BENCH_DOC !== '0')
    await writeDoc({ summary, goals, chromium: browser.version() });
  const file = `${OUT}bench-results.json`;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: browser.version(),
        runs: RUNS,
        windowMs: WINDOW_MS,
        stages: STAGES,
        sizes: SIZES,
        canvasCss,
        summary,
        goals,
        results,
      },
      null,
      2,
    )}\n`,
  );
  log(`results written to ${file.replace(ROOT, '')}`);
} finally {
  await browser.close();
  await appServer.close();
  await baselineServer.close();
}
