// A new version on the server is never hidden for long behind the copy kept for offline use:
// once the service worker has fetched it, a calm prompt offers it, and loading it shows the
// new version, online or off. The app is copied from the test server to a little server of
// this test's own, so a "new version" can be published halfway through, as a real build
// would: a changed index.html, and a service worker whose precache list has its new revision.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { axeViolations, caption, expect, test } from './helpers.ts';
import { listen, sendFile } from './staticSite.ts';

/** Serves `root` as the README asks of a hosting server: pages and sw.js revalidated. */
const serve = (root: string) =>
  listen(0, (path, _url, res) =>
    sendFile(res, root, path.endsWith('/') ? `${path}index.html` : path, {
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    }),
  );

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
    await page.goto(`${server.origin}/`);
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
    const violations = await axeViolations(page);
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
