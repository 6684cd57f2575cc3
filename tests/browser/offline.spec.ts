// After one visit the explainer works with no network at all: its service worker has
// precached every file, so each step opens, draws its picture and plays offline.
import {
  canvas,
  caption,
  expect,
  firstCaption,
  playButton,
  scrubberValue,
  stages,
  test,
} from './helpers.ts';

test('after one visit, every step opens, draws and plays with no network', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await expect(caption(page)).not.toBeEmpty();
  // Installed (every file precached) and active, then in control of the page once reloaded.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(new URL(page.url()).pathname);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
    .toBe('activated');

  await context.setOffline(true);
  await page.reload();
  // The network really is off: a file the service worker never stored cannot be fetched.
  // (Not navigator.onLine: Chromium reports a page its service worker served as online.)
  const errorsBefore = problems.consoleErrors.length;
  const reached = await page.evaluate(() =>
    fetch(`./not-stored-${Date.now()}.txt`, { cache: 'no-store' }).then(
      () => 'reached',
      () => 'offline',
    ),
  );
  expect(reached).toBe('offline');
  // That refused request is reported in the console: expected here, so not a problem.
  await expect.poll(() => problems.consoleErrors.length).toBeGreaterThan(errorsBefore);
  for (const error of problems.consoleErrors.splice(errorsBefore))
    expect(error).toContain('ERR_INTERNET_DISCONNECTED');
  await expect(caption(page)).not.toBeEmpty();

  for (const stage of stages) {
    await page.goto(`./?stage=${stage.id}`);
    await expect(caption(page), stage.id).toHaveText(firstCaption(stage));
    await expect(canvas(page), stage.id).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    const before = await scrubberValue(page);
    await playButton(page).click();
    await expect(playButton(page)).toHaveText('Pause');
    await expect
      .poll(() => scrubberValue(page), { message: `${stage.id} plays` })
      .toBeGreaterThan(before);
    await playButton(page).click();
    await expect(playButton(page)).toHaveText('Play');
  }

  // The accessibility statement is there too.
  await page.goto('./accessibility.html');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement' }),
  ).toBeVisible();
});
