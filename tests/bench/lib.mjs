// Shared by the benchmark (bench.mjs) and the CI budgets (budgets.mjs): a tiny static server
// that gzips like a production host, the in-page instrumentation, and small helpers.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

/** zlib's default level, as most hosts and CDNs that gzip on the fly use. */
export const GZIP_LEVEL = 6;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
};

export const contentType = (file) =>
  TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Text formats are worth gzipping; images, fonts and wasm are already compressed or binary. */
export const compressible = (file) =>
  /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/.test(contentType(file));

/** The bytes a gzipping host sends for a file's body. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: GZIP_LEVEL }).length;

/**
 * Serves a folder on 127.0.0.1 (a free port) like a plain production host: gzip, the right
 * content types, and `Cache-Control: no-cache` with an ETag, so a browser (or a service
 * worker) asking again for a file it has gets a 304 rather than the file. Nothing else on
 * this machine is touched.
 */
export function startStaticServer(root) {
  const base = resolve(root);
  const cache = new Map();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(base, `.${path}`);
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let body;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const headers = {
      'content-type': contentType(file),
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (compressible(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = cache.get(file);
      if (!zipped) {
        zipped = gzipSync(body, { level: GZIP_LEVEL });
        cache.set(file, zipped);
      }
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServer({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}

// The stages and times of the case the app opens with, worked out by the app's own code:
// some stages are only for some cases, so procedure.json's list is not the timeline.
// (Node cannot import TypeScript by itself; tsx, which the other tools run under, can.)
const [{ DEFAULT_CASE }, { procedureFor }, schedule] = await Promise.all([
  tsImport('../../src/case/patientCase.ts', import.meta.url),
  tsImport('../../src/content/index.ts', import.meta.url),
  tsImport('../../src/timeline/schedule.ts', import.meta.url),
]);

/** Each stage's id, start and end (seconds) in the default case, as the player lays them out. */
export const stageSlots = schedule
  .stageSlots(procedureFor(DEFAULT_CASE))
  .map(({ stage, start, end }) => ({ id: stage.id, start, end }));

export const totalDuration = stageSlots.at(-1)?.end ?? 0;

export function slotOf(id) {
  const slot = stageSlots.find((s) => s.id === id);
  if (!slot) throw new Error(`No stage "${id}" in the default case`);
  return slot;
}

export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (i - lo);
}

export const median = (values) => quantile(values, 0.5);

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Runs in the page before any of its scripts (page.addInitScript). Counts WebGL draw calls
 * and the triangles they draw, per animation frame; the first draw; live GPU objects
 * (creates minus deletes); shader programs linked; and the time the page's own
 * requestAnimationFrame callbacks take. Everything lands on `window.__bench`.
 */
export function instrumentPage() {
  const now = () => performance.now();
  const b = {
    firstDrawAt: null,
    /** The first draw into the canvas itself (not an offscreen target such as an env map). */
    firstCanvasDrawAt: null,
    /** Two animation frames after that: the compositor has taken the first picture. */
    firstShownAt: null,
    firstFrameAt: null,
    draws: 0,
    triangles: 0,
    drawsOutsideFrames: 0,
    frameCount: 0,
    /** Frames with at least one draw, while recording: [rAF timestamp, draws, triangles]. */
    frames: [],
    recording: false,
    currentFrame: null,
    rafTs: null,
    rafCalls: 0,
    rafMs: 0,
    live: {},
    created: {},
    links: [],
    /** First contentful paint (ms), from the browser's paint timing. */
    fcp: null,
    /** Long tasks on the main thread: [start, duration] (ms). */
    longTasks: [],
    /** While recording: the page's own animation-frame JavaScript per frame (ms), every frame. */
    frameJs: [],
    frameJsTs: null,
  };
  Object.defineProperty(window, '__bench', { value: b, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'first-contentful-paint' && b.fcp === null) b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An old browser without these entry types: the figures stay empty.
  }

  const originalRaf = window.requestAnimationFrame.bind(window);
  /** The browser's own requestAnimationFrame, for the harness: not counted as the page's. */
  b.originalRaf = originalRaf;
  window.requestAnimationFrame = (callback) =>
    originalRaf((ts) => {
      const t0 = now();
      b.rafTs = ts;
      try {
        callback(ts);
      } finally {
        const ms = now() - t0;
        b.rafTs = null;
        b.rafCalls++;
        b.rafMs += ms;
        // Every callback of one animation frame (the timeline's ticker, the renderer) adds up.
        if (b.recording) {
          if (b.frameJsTs !== ts) {
            b.frameJsTs = ts;
            b.frameJs.push(0);
          }
          b.frameJs[b.frameJs.length - 1] += ms;
        }
      }
    });

  const TRIANGLES = 4;
  const TRIANGLE_STRIP = 5;
  const TRIANGLE_FAN = 6;
  const countDraw = (gl, mode, count, instances) => {
    const t = now();
    if (b.firstDrawAt === null) b.firstDrawAt = t;
    if (b.firstCanvasDrawAt === null && !gl.__benchFramebuffer) {
      b.firstCanvasDrawAt = t;
      originalRaf(() => originalRaf(() => (b.firstShownAt = now())));
    }
    let tris = 0;
    if (mode === TRIANGLES) tris = Math.floor(count / 3) * instances;
    else if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN)
      tris = Math.max(count - 2, 0) * instances;
    b.draws++;
    b.triangles += tris;
    if (b.rafTs === null) {
      b.drawsOutsideFrames++;
      return;
    }
    let frame = b.currentFrame;
    if (!frame || frame[0] !== b.rafTs) {
      if (b.firstFrameAt === null) b.firstFrameAt = t;
      b.frameCount++;
      frame = [b.rafTs, 0, 0];
      b.currentFrame = frame;
      if (b.recording) b.frames.push(frame);
    }
    frame[1]++;
    frame[2] += tris;
  };

  const wrap = (proto, name, before) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      const result = original.apply(this, args);
      before(args, result, this);
      return result;
    };
  };
  const track = (proto, create, remove, kind) => {
    b.live[kind] = 0;
    b.created[kind] = 0;
    wrap(proto, create, (_args, result) => {
      if (result) {
        b.live[kind]++;
        b.created[kind]++;
      }
    });
    wrap(proto, remove, (args) => {
      if (args[0]) b.live[kind]--;
    });
  };
  for (const proto of [
    window.WebGLRenderingContext?.prototype,
    window.WebGL2RenderingContext?.prototype,
  ]) {
    if (!proto) continue;
    wrap(proto, 'drawArrays', (a, _r, gl) => countDraw(gl, a[0], a[2], 1));
    wrap(proto, 'drawElements', (a, _r, gl) => countDraw(gl, a[0], a[1], 1));
    wrap(proto, 'drawArraysInstanced', (a, _r, gl) => countDraw(gl, a[0], a[2], a[3]));
    wrap(proto, 'drawElementsInstanced', (a, _r, gl) => countDraw(gl, a[0], a[1], a[4]));
    wrap(proto, 'drawRangeElements', (a, _r, gl) => countDraw(gl, a[0], a[3], 1));
    wrap(proto, 'linkProgram', () => b.links.push(now()));
    // Which framebuffer draws go to: null is the canvas. FRAMEBUFFER or DRAW_FRAMEBUFFER.
    wrap(proto, 'bindFramebuffer', (a, _r, gl) => {
      if (a[0] === 0x8d40 || a[0] === 0x8ca9) gl.__benchFramebuffer = a[1];
    });
    // WebGL 1's instancing extension, for pages that use it.
    wrap(proto, 'getExtension', (a, ext, gl) => {
      if (a[0] !== 'ANGLE_instanced_arrays' || !ext || ext.__benchWrapped) return;
      ext.__benchWrapped = true;
      ext.drawArraysInstancedANGLE = (
        (f) =>
        (...x) => {
          f.apply(ext, x);
          countDraw(gl, x[0], x[2], x[3]);
        }
      )(ext.drawArraysInstancedANGLE);
      ext.drawElementsInstancedANGLE = (
        (f) =>
        (...x) => {
          f.apply(ext, x);
          countDraw(gl, x[0], x[1], x[4]);
        }
      )(ext.drawElementsInstancedANGLE);
    });
    track(proto, 'createTexture', 'deleteTexture', 'textures');
    track(proto, 'createBuffer', 'deleteBuffer', 'buffers');
    track(proto, 'createProgram', 'deleteProgram', 'programs');
    track(proto, 'createShader', 'deleteShader', 'shaders');
    track(proto, 'createFramebuffer', 'deleteFramebuffer', 'framebuffers');
    track(proto, 'createRenderbuffer', 'deleteRenderbuffer', 'renderbuffers');
    if (proto.createVertexArray) track(proto, 'createVertexArray', 'deleteVertexArray', 'vaos');
  }
}

/** Waits until the page exposes its player and renderer and has shown its first picture. */
export async function waitForFirstFrame(page, timeout = 30_000) {
  await page.waitForFunction(
    () => {
      const h = window.__pciExplainer ?? window.__pciBaseline;
      const b = window.__bench;
      return Boolean(h?.player && h.renderer && b && b.firstShownAt !== null);
    },
    undefined,
    { timeout, polling: 50 },
  );
}

/**
 * Waits until the page has drawn nothing for `quietMs` (the camera has settled) and the
 * browser has produced a few animation frames since its last draw (so no frame is still
 * queued behind a busy software GPU), up to `timeout`. Returns how long it waited, or -1 if
 * the page never went quiet.
 */
export async function waitForQuiet(page, quietMs = 600, timeout = 10_000) {
  return page.evaluate(
    ({ quietMs, timeout }) =>
      new Promise((done) => {
        const b = window.__bench;
        const t0 = performance.now();
        let last = b.draws;
        let since = t0;
        let ticks = 0;
        const tick = () => {
          const t = performance.now();
          if (b.draws !== last) {
            last = b.draws;
            since = t;
            ticks = 0;
          } else {
            ticks++;
          }
          if (ticks >= 3 && t - since >= quietMs) done(t - t0);
          else if (t - t0 >= timeout) done(-1);
          else b.originalRaf(tick);
        };
        b.originalRaf(tick);
      }),
    { quietMs, timeout },
  );
}

/**
 * Forces exactly one frame (a seek to the current time redraws the picture) and returns
 * what it drew: WebGL draw calls and triangles, and three.js's own renderer.info.
 */
export async function measureOneFrame(page) {
  return page.evaluate(async () => {
    const b = window.__bench;
    const h = window.__pciExplainer ?? window.__pciBaseline;
    b.frames = [];
    b.recording = true;
    h.player.seek(h.player.time());
    const t0 = performance.now();
    while (b.frames.length === 0 && performance.now() - t0 < 5000)
      await new Promise((done) => setTimeout(done, 20));
    // Let any follow-up frame (damping, a second pass) land too.
    await new Promise((done) => setTimeout(done, 150));
    b.recording = false;
    const frames = b.frames;
    b.frames = [];
    const info = h.renderer.info.render;
    return {
      frames: frames.length,
      draws: Math.max(0, ...frames.map((f) => f[1])),
      triangles: Math.max(0, ...frames.map((f) => f[2])),
      infoCalls: info.calls,
      infoTriangles: info.triangles,
    };
  });
}

/** Counts draw calls and animation-frame callbacks over `ms` with nobody touching the page. */
export async function countIdle(page, ms) {
  return page.evaluate(async (ms) => {
    const b = window.__bench;
    const d0 = b.draws;
    const r0 = b.rafCalls;
    const t0 = performance.now();
    await new Promise((done) => setTimeout(done, ms));
    const seconds = (performance.now() - t0) / 1000;
    return {
      draws: b.draws - d0,
      drawsPerSecond: (b.draws - d0) / seconds,
      rafPerSecond: (b.rafCalls - r0) / seconds,
    };
  }, ms);
}

/** True for an address on this machine (or one that never touches the network). */
export function isLocal(url, origin) {
  if (/^(data|blob|about|chrome-extension):/.test(url)) return true;
  const u = new URL(url);
  return u.origin === origin;
}
