// A new version on the server is never hidden for long behind the copy kept for offline use:
// once the service worker has fetched it, a calm prompt offers it, and loading it shows the
// new version, online or off. The app is copied from the test server to a little server of
// this test's own, so a "new version" can be published halfway through, as a real build
// would: a changed index.html, and a service worker whose precache list has its new revision.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { caption, expect, test } from './helpers.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `root` as the README asks of a hosting server: pages and sw.js revalidated. */
function serve(root: string) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(body);
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

test('a new version is offered while in use, loads by itself on the next visit, and is the one shown offline', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  // Copy the built app: the service worker and every file it precaches.
  const root = mkdtempSync(join(tmpdir(), 'pci-update-'));
  const fetchText = async (path: string): Promise<Buffer> => {
    const response = await request.get(`./${path}`);
    expect(response.ok(), path).toBe(true);
    return response.body();
  };
  const sw = (await fetchText('sw.js')).toString('utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  expect(precached).toContain('index.html');
  for (const path of ['sw.js', ...new Set(precached)]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), await fetchText(path));
  }
  const server = await serve(root);
  try {
    await page.goto(server.url);
    await expect(caption(page)).not.toBeEmpty();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
      .toBe('activated');
    const prompt = page.getByRole('status').filter({
      hasText: 'A new version of this explainer is ready.',
    });
    const load = page.getByRole('button', { name: 'Load the new version' });
    await expect(load).toHaveCount(0);
    // The reader is using the explainer: a new version must not replace it mid-sentence.
    await page.getByRole('button', { name: 'Next' }).click();

    // Publish a new version: a changed index.html, and its new revision in sw.js.
    const html = readFileSync(join(root, 'index.html'), 'utf8').replace(
      '</head>',
      '<meta name="explainer-build" content="second"></head>',
    );
    writeFileSync(join(root, 'index.html'), html);
    const revision = createHash('md5').update(html).digest('hex');
    const newSw = sw.replace(
      /\{url:"index\.html",revision:"[0-9a-f]+"\}/,
      `{url:"index.html",revision:"${revision}"}`,
    );
    expect(newSw).not.toBe(sw);
    writeFileSync(join(root, 'sw.js'), newSw);

    // The open page looks for updates (as it does every hour and when shown again).
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Nothing changes until the reader asks.
    await expect(page.locator('meta[name="explainer-build"]')).toHaveCount(0);
    // Axe finds nothing wrong with the prompt, and its button is big enough to tap.
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`),
      );
    });
    expect(violations.filter((v) => v.includes('update-prompt'))).toEqual([]);
    const box = await load.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await load.focus();
    await expect(load).toBeFocused();
    await load.click();
    await expect(page.locator('meta[name="explainer-build"]')).toHaveAttribute(
      'content',
      'second',
      { timeout: 30_000 },
    );
    await expect(caption(page)).not.toBeEmpty();
    await expect(load).toHaveCount(0);

    // A third version is published and the reader ignores the prompt: the next time the
    // explainer is opened, before anyone touches it, the new version loads by itself.
    const third = html.replace('content="second"', 'content="third"');
    writeFileSync(join(root, 'index.html'), third);
    writeFileSync(
      join(root, 'sw.js'),
      newSw.replace(
        /\{url:"index\.html",revision:"[0-9a-f]+"\}/,
        `{url:"index.html",revision:"${createHash('md5').update(third).digest('hex')}"}`,
      ),
    );
    await page.getByRole('button', { name: 'Next' }).click();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await page.reload();
    await expect(page.locator('meta[name="explainer-build"]')).toHaveAttribute('content', 'third', {
      timeout: 30_000,
    });
    await expect(caption(page)).not.toBeEmpty();
    await expect(load).toHaveCount(0);

    // And the copy kept for offline use is the new one.
    await context.setOffline(true);
    await page.reload();
    await expect(caption(page)).not.toBeEmpty();
    await expect(page.locator('meta[name="explainer-build"]')).toHaveAttribute('content', 'third');
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
