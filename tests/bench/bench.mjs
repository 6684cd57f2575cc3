// The benchmark: `npm run bench`. Builds the app and a plain three.js baseline page, serves
// both with gzip on 127.0.0.1, and measures them in headless Chromium at tablet and desktop
// size: bytes, time to first draw, frame rate and frame times while playing, draw calls,
// triangles, JavaScript time per frame, allocation, live GPU objects, heap, and what happens
// while paused. Prints medians of alternating runs, app beside baseline, with the ratio.
// Options (environment): BENCH_RUNS (3), BENCH_WINDOW_MS (4000), BENCH_SKIP_BUILD=1.
// Headless Chromium draws WebGL on the CPU (SwiftShader): absolute frame rates mean little;
// ratios within a run and exact counts (bytes, draw calls, triangles) do.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/server.mjs';
import {
  instrumentPage,
  isLocal,
  median,
  quantile,
  slotOf,
  sleep,
  startStaticServer,
  totalDuration,
  waitForFirstFrame,
  waitForQuiet,
  countIdle,
} from './lib.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('../../');
const OUT = here('./.out/');
const APP_OUT = `${OUT}app`;
const BASELINE_OUT = `${OUT}baseline`;

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const WINDOW_MS = Math.max(500, Number(process.env.BENCH_WINDOW_MS ?? 4000));
const ALLOC_WINDOW_MS = 2000;
const IDLE_MS = 3000;
/** Representative stages: still artery, balloon, stent, the finished result with flow. */
const STAGES = ['narrowed-artery', 'balloon-inflation', 'stent-deployment', 'afterwards'];
/** Where in each stage the playing window starts (share of the stage). */
const INTO_STAGE = 0.3;
const SIZES = [
  { name: 'tablet', width: 1180, height: 820, dpr: 2 },
  { name: 'desktop', width: 1440, height: 900, dpr: 1 },
];
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

function byteType(request) {
  if (request.type === 'Document') return 'html';
  if (request.type === 'Script' || /javascript/.test(request.mime)) return 'js';
  if (request.type === 'Stylesheet' || request.mime === 'text/css') return 'css';
  return 'other';
}

async function measure(browser, target, size) {
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
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', mime: '', bytes: 0 }),
  );
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.type = e.type;
    r.mime = e.response.mimeType;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('HeapProfiler.enable');

  const m = {};
  try {
    await page.goto(target.url + target.query(size), { waitUntil: 'load' });
    await waitForFirstFrame(page);
    m.settleMs = await waitForQuiet(page, 600, 10_000);
    const load = await page.evaluate(() => {
      const b = window.__bench;
      const canvas = document.querySelector('canvas');
      return {
        firstDrawAt: b.firstDrawAt,
        firstCanvasDrawAt: b.firstCanvasDrawAt,
        firstShownAt: b.firstShownAt,
        linksAtLoad: b.links.length,
        canvas: canvas ? [canvas.width, canvas.height] : [0, 0],
      };
    });
    m.firstDrawMs = load.firstDrawAt;
    m.firstCanvasDrawMs = load.firstCanvasDrawAt;
    m.firstShownMs = load.firstShownAt;
    m.canvas = load.canvas;

    for (const stage of STAGES) {
      const w = await page.evaluate(
        async ({ t, ms }) => {
          const sleepIn = (d) => new Promise((done) => setTimeout(done, d));
          const h = window.__pciExplainer ?? window.__pciBaseline;
          const b = window.__bench;
          h.player.pause();
          const links0 = b.links.length;
          h.player.seek(t);
          await sleepIn(500);
          const linksOnSeek = b.links.length - links0;
          b.frames = [];
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
          return {
            elapsed,
            frames,
            rafMs: b.rafMs - raf0,
            linksOnSeek,
            linksWhilePlaying: b.links.length - links1,
            infoCalls: h.renderer.info.render.calls,
            infoTriangles: h.renderer.info.render.triangles,
          };
        },
        { t: timeIn(target, stage), ms: WINDOW_MS },
      );
      const n = w.frames.length;
      const intervals = w.frames.slice(1).map((f, i) => f[0] - (w.frames[i]?.[0] ?? f[0]));
      m[`${stage}.fps`] = n / (w.elapsed / 1000);
      m[`${stage}.p50`] = quantile(intervals, 0.5);
      m[`${stage}.p95`] = quantile(intervals, 0.95);
      m[`${stage}.draws`] = median(w.frames.map((f) => f[1]));
      m[`${stage}.triangles`] = median(w.frames.map((f) => f[2]));
      m[`${stage}.jsMs`] = n > 0 ? w.rafMs / n : Number.NaN;
      m[`${stage}.infoCalls`] = w.infoCalls;
      m[`${stage}.infoTriangles`] = w.infoTriangles;
      m[`${stage}.linksOnSeek`] = w.linksOnSeek;
      m[`${stage}.linksWhilePlaying`] = w.linksWhilePlaying;
    }

    // Allocation while playing: the sampling heap profiler, counting objects the GC has
    // already collected too, over a short window in the balloon stage.
    await page.evaluate(
      (t) => {
        const h = window.__pciExplainer ?? window.__pciBaseline;
        h.player.pause();
        h.player.seek(t);
      },
      timeIn(target, 'balloon-inflation'),
    );
    await sleep(400);
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const allocFrames = await page.evaluate(async (ms) => {
      const h = window.__pciExplainer ?? window.__pciBaseline;
      const b = window.__bench;
      const f0 = b.frameCount;
      h.player.play();
      await new Promise((done) => setTimeout(done, ms));
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
    m.allocKiBPerFrame = allocFrames > 0 ? allocated / 1024 / allocFrames : Number.NaN;

    // Paused and untouched: nothing should be drawn.
    await page.evaluate(() => (window.__pciExplainer ?? window.__pciBaseline).player.pause());
    m.idleSettleMs = await waitForQuiet(page, 600, 10_000);
    const idle = await countIdle(page, IDLE_MS);
    m.idleDrawsPerSecond = idle.drawsPerSecond;
    m.idleRafPerSecond = idle.rafPerSecond;

    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    m.heapMiB = heap.usedSize / 1024 / 1024;

    const after = await page.evaluate(() => {
      const b = window.__bench;
      return {
        live: b.live,
        links: b.links.length,
        linksAfterFirstFrame: b.links.filter((t) => t > (b.firstShownAt ?? 0)).length,
      };
    });
    m.liveTextures = after.live.textures;
    m.liveBuffers = after.live.buffers;
    m.livePrograms = after.live.programs;
    m.programsLinked = after.links;
    m.programsLinkedAfterFirstFrame = after.linksAfterFirstFrame;

    const origin = new URL(target.url).origin;
    const all = [...requests.values()];
    for (const kind of ['js', 'css', 'html', 'other'])
      m[`bytes.${kind}`] = all
        .filter((r) => byteType(r) === kind)
        .reduce((sum, r) => sum + r.bytes, 0);
    m['bytes.total'] = all.reduce((sum, r) => sum + r.bytes, 0);
    m.requests = all.length;
    m.crossOrigin = all.filter((r) => !isLocal(r.url, origin)).length;
    m.crossOriginUrls = all.filter((r) => !isLocal(r.url, origin)).map((r) => r.url);
    m.errors = errors;
  } finally {
    await context.close();
  }
  return m;
}

// ---------------------------------------------------------------------------------------
// Report

const METRICS = [
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
  ...STAGES.flatMap((s) => [
    [`${s}: frames per second`, `${s}.fps`, 1],
    [`${s}: frame time p50 (ms)`, `${s}.p50`, 1],
    [`${s}: frame time p95 (ms)`, `${s}.p95`, 1],
    [`${s}: draw calls per frame`, `${s}.draws`, 0],
    [`${s}: triangles per frame`, `${s}.triangles`, 0],
    [`${s}: JS per frame (ms)`, `${s}.jsMs`, 2],
  ]),
  ['Allocated while playing (KiB/frame)', 'allocKiBPerFrame', 1],
  ['Shader programs linked', 'programsLinked', 0],
  ['  of which after the first picture', 'programsLinkedAfterFirstFrame', 0],
  ['Live WebGL textures', 'liveTextures', 0],
  ['Live WebGL buffers', 'liveBuffers', 0],
  ['Live WebGL programs', 'livePrograms', 0],
  ['JS heap after GC (MiB)', 'heapMiB', 1],
  ['Paused: draw calls per second', 'idleDrawsPerSecond', 1],
  ['Paused: animation frames per second', 'idleRafPerSecond', 1],
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

mkdirSync(OUT, { recursive: true });
if (process.env.BENCH_SKIP_BUILD !== '1') {
  buildApp();
  await buildBaseline();
}

const appServer = await startStaticServer(APP_OUT);
const baselineServer = await startStaticServer(BASELINE_OUT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // The baseline fills the same number of CSS pixels as the app's picture at each size.
  const canvasCss = {};
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.dpr,
    });
    await context.addInitScript(instrumentPage);
    const page = await context.newPage();
    await page.goto(`${appServer.url}?stage=${STAGES[0]}`);
    await waitForFirstFrame(page);
    canvasCss[size.name] = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return c ? [c.clientWidth, c.clientHeight] : [0, 0];
    });
    await context.close();
    log(`warm-up ${size.name}: the app's picture is ${canvasCss[size.name].join('x')} CSS px`);
  }

  const targets = {
    app: { name: 'app', url: appServer.url, query: () => `?stage=${STAGES[0]}` },
    baseline: {
      name: 'baseline',
      url: baselineServer.url,
      query: (size) => `?w=${canvasCss[size.name][0]}&h=${canvasCss[size.name][1]}`,
    },
  };
  const results = {};
  for (const size of SIZES) results[size.name] = { app: [], baseline: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const size of SIZES) {
      const order = run % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const name of order) {
        const m = await measure(browser, targets[name], size);
        results[size.name][name].push(m);
        log(
          `run ${run + 1}/${RUNS} ${size.name} ${name}: first draw ${m.firstDrawMs?.toFixed(0)} ms, ` +
            `${STAGES.map((s) => m[`${s}.fps`].toFixed(1)).join('/')} fps`,
        );
      }
    }
  }

  const summary = report(results, SIZES);
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
