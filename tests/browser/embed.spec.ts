// The explainer embedded in a hospital's page, as docs/hosting.md tells a web team to: a
// demo hospital page on one origin frames embed.html from another, each under a strict
// Content Security Policy, and drives it through the message API. Nothing may leave the
// two origins, no cookie or storage may appear, and no policy may be violated.
import type { Frame, Page } from '@playwright/test';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import {
  axeViolations,
  canvasAtRest,
  expect,
  firstCaption,
  pauseClock,
  saveArtefact,
  stageAt,
  stages,
  test,
  title,
  type PageProblems,
} from './helpers.ts';
import { serveExplainer, serveHost, type Site } from './embedServers.ts';
import type { HostEvent } from './pageGlobals.ts';

const BASE_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
let explainer: Site;
let host: Site;
/** Frames the explainer too, but is not on its allowlist. */
let stranger: Site;

test.beforeAll(async () => {
  const hostOrigin = `http://127.0.0.1:${BASE_PORT + 1}`;
  const strangerOrigin = `http://127.0.0.1:${BASE_PORT + 2}`;
  explainer = await serveExplainer(BASE_PORT, [hostOrigin], [hostOrigin, strangerOrigin]);
  host = await serveHost(BASE_PORT + 1, explainer.origin);
  stranger = await serveHost(BASE_PORT + 2, explainer.origin);
});

test.afterAll(async () => {
  await Promise.all([explainer.close(), host.close(), stranger.close()]);
});

/**
 * Records every Content Security Policy violation in every frame, and the command of every
 * message each frame is sent (heard before the explainer's own listener, which runs in the
 * same dispatch: once a command is recorded, the explainer has dealt with it too).
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const heard: unknown[] = [];
    window.commandsHeard = heard;
    window.addEventListener('message', (e: MessageEvent<unknown>) => {
      const data: unknown = e.data;
      heard.push(
        typeof data === 'object' && data !== null && 'command' in data ? data.command : null,
      );
    });
  });
});

const embedFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) throw new Error('The page has no embed frame');
  return frame;
};
const inEmbed = (page: Page) => page.frameLocator('iframe.pci-explainer');
const embedCaption = (page: Page) => inEmbed(page).getByTestId('caption');
/**
 * Presses one of the hospital page's own buttons. Both origins share one renderer process
 * here, so while the software GPU draws a frame the host page's animation frames stall
 * too, and Playwright's wait for a "stable" button can time out; the button is not what
 * is under test.
 */
const pressHostButton = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).dispatchEvent('click');

const hostEvents = (page: Page): Promise<HostEvent[]> =>
  page.evaluate(() => {
    if (!window.explainerEvents) throw new Error('The hospital page is not recording events');
    return window.explainerEvents;
  });

async function openHost(page: Page, site: Site, embedQuery = ''): Promise<void> {
  await page.goto(`${site.origin}/${embedQuery ? `?embed=${encodeURIComponent(embedQuery)}` : ''}`);
  await expect(embedCaption(page)).not.toBeEmpty({ timeout: 30_000 });
}

/** No policy violated, no cookie, nothing stored, no request beyond the two origins. */
async function expectCleanAndPrivate(page: Page, problems: PageProblems): Promise<void> {
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank') continue;
    const report = await frame.evaluate(async () => ({
      // A frame that was not watched cannot pass as one without violations.
      csp: window.cspViolations ?? ['(this frame was not watched)'],
      cookie: document.cookie,
      // The one key the explainer documents (the caption size), if anything.
      storage: Object.keys(localStorage).filter((k) => k !== 'pci-explainer.text-size'),
      caches: 'caches' in window ? await caches.keys() : [],
      polluted: ({} as Record<string, unknown>).polluted,
    }));
    expect(report, frame.url()).toEqual({
      csp: [],
      cookie: '',
      storage: [],
      caches: [],
      polluted: undefined,
    });
  }
  expect(await page.context().cookies()).toEqual([]);
  const allowed = [explainer.origin, host.origin, stranger.origin];
  expect(problems.requests.filter((url) => !allowed.includes(new URL(url).origin))).toEqual([]);
}

/** The embed still works: a caption, and Play moves the time on. */
async function expectStillWorks(page: Page): Promise<void> {
  await expect(embedCaption(page)).not.toBeEmpty();
  const frame = embedFrame(page);
  const before = await frame.evaluate(() => window.__pciExplainer?.player?.time() ?? -1);
  await inEmbed(page).getByTestId('play').click();
  await expect
    .poll(() => frame.evaluate(() => window.__pciExplainer?.player?.time() ?? -1))
    .toBeGreaterThan(before);
  await inEmbed(page).getByTestId('play').click();
}

test('a hospital page on another origin embeds the explainer and drives it', async ({
  page,
  problems,
}) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await openHost(page, host);
  const balloon = stages.findIndex((s) => s.id === 'balloon-inflation');
  const balloonStage = stageAt(balloon);

  // ready: the stages, the case and the state.
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.event)).toContain('ready');
  const ready = (await hostEvents(page)).find((e) => e.event === 'ready');
  expect(ready).toMatchObject({
    type: 'pci-explainer',
    version: 1,
    language: 'en-GB',
    playing: false,
    time: 0,
    case: { access: 'radial', artery: 'lad', segment: 'mid', variant: 'planned' },
  });
  expect((ready?.stages as { id: string }[]).map((s) => s.id)).toEqual(stages.map((s) => s.id));
  await expect(page.getByTestId('host-stage')).toHaveText(stageAt(0).title);

  // A stage, from the hospital page's button: the frame shows it, the page hears of it.
  await pressHostButton(page, 'The balloon');
  await expect(embedCaption(page)).toHaveText(firstCaption(balloonStage));
  await expect(page.getByTestId('host-stage')).toHaveText(balloonStage.title);

  // Play: time updates at most four a second; pause stops them. Both pages' clocks stop
  // here and the test moves them: a frame every 150 ms (closer than the 250 ms allowed).
  await pauseClock(page);
  await page.evaluate(() => {
    window.explainerEvents?.splice(0);
  });
  await pressHostButton(page, 'Play');
  await expect(inEmbed(page).getByTestId('play')).toHaveText('Pause');
  for (let i = 0; i < 15; i++) await page.clock.fastForward(150);
  await pressHostButton(page, 'Pause');
  await expect(inEmbed(page).getByTestId('play')).toHaveText('Play');
  // The last word, that it has paused, may wait for its quarter of a second.
  await page.clock.fastForward(300);
  await expect.poll(async () => (await hostEvents(page)).at(-1)?.playing).toBe(false);
  const updates = (await hostEvents(page)).filter((e) => e.event === 'timeupdate');
  expect(updates.length).toBeGreaterThan(4);
  for (let i = 1; i < updates.length; i++)
    expect((updates[i]?.at ?? 0) - (updates[i - 1]?.at ?? 0)).toBeGreaterThan(200);
  await page.clock.resume();

  // Seek to a time, set the case and the language, through the client.
  await page.evaluate(() => {
    const client = window.explainer;
    if (!client) throw new Error('The hospital page has no client');
    client.seek({ time: 3 });
    client.setCase({ access: 'femoral', artery: 'rca' });
    client.setLanguage('en-GB');
  });
  await expect(embedCaption(page)).toHaveText(firstCaption(stageAt(0)));
  await expect(page.getByTestId('host-stage')).toHaveText(stageAt(0).title);
  const link = inEmbed(page).getByRole('link', { name: /Open the full explainer/ });
  await expect(link).toHaveAttribute('href', /access=femoral&artery=rca/);
  await expect(link).toHaveAttribute('href', new RegExp(`stage=${stageAt(0).id}$`));
  await expect(link).toHaveAttribute('target', '_blank');

  // The end: `ended`.
  const duration = stages.reduce((sum, s) => sum + s.duration, 0);
  await page.evaluate((t) => {
    const client = window.explainer;
    if (!client) throw new Error('The hospital page has no client');
    client.seek({ time: t });
    client.play();
  }, duration - 0.5);
  await expect
    .poll(async () => (await hostEvents(page)).map((e) => e.event), { timeout: 20_000 })
    .toContain('ended');

  await expectCleanAndPrivate(page, problems);
});

test('the full explainer and the embed run under the strict policy with no violation', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${explainer.origin}/`);
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The service worker installs under worker-src and its own connect-src.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveText('Pause');
  await page.getByTestId('play').click();
  const fullPage = await page.evaluate(() => window.cspViolations);
  expect(fullPage).toEqual([]);

  // The embed on its own (not framed): no bridge, no service worker, no violation.
  await page.goto(`${explainer.origin}/embed.html?stage=stent-deployment`);
  await expect(page.getByTestId('caption')).toHaveText(
    firstCaption(stageAt(stages.findIndex((s) => s.id === 'stent-deployment'))),
  );
  const embedAlone = await page.evaluate(() => window.cspViolations);
  expect(embedAlone).toEqual([]);
  expect(problems.requests.every((url) => new URL(url).origin === explainer.origin)).toBe(true);
});

/** Messages a hostile or careless page might send; none may do anything. */
const HOSTILE_JSON = [
  // A valid pause, with a pollution key beside it: paused, nothing polluted.
  '{"__proto__":{"polluted":"yes"},"type":"pci-explainer","version":1,"command":"pause"}',
  '{"type":"pci-explainer","version":1,"command":"setCase","case":{"__proto__":{"polluted":"yes"}}}',
  '{"type":"pci-explainer","version":1,"command":"setCase","case":{"constructor":{"prototype":{"polluted":"yes"}}}}',
  '{"type":"pci-explainer","version":1,"command":"constructor"}',
  '{"type":"pci-explainer","version":1,"command":"__proto__"}',
  '{"type":"pci-explainer","version":1,"command":"toString"}',
];

function hostileMessages(): unknown[] {
  const v = { type: 'pci-explainer', version: 1 };
  const long = 'x'.repeat(1_000_000);
  return [
    null,
    undefined,
    42,
    'play',
    '<script>alert(1)</script>',
    long,
    [v],
    { ...v, version: 2, command: 'seek', stage: 'stent-deployment' },
    { ...v, version: '1', command: 'seek', stage: 'stent-deployment' },
    { ...v, type: 'other', command: 'seek', stage: 'stent-deployment' },
    { ...v, command: 'seek', stage: '<img src=x onerror=alert(1)>' },
    { ...v, command: 'seek', stage: 'javascript:alert(1)' },
    { ...v, command: 'seek', stage: long },
    { ...v, command: 'seek', time: Number.NaN },
    { ...v, command: 'seek', time: Number.POSITIVE_INFINITY },
    { ...v, command: 'seek', time: -1 },
    { ...v, command: 'seek', time: 1e308 },
    { ...v, command: 'seek', time: '3' },
    { ...v, command: 'seek', time: 3, stage: 'stent-deployment' },
    { ...v, command: 'setCase', case: { artery: '<script>alert(1)</script>' } },
    { ...v, command: 'setCase', case: 'lad' },
    { ...v, command: 'setLanguage', language: 'fr-FR' },
    { ...v, command: 'setLanguage', language: 'javascript:alert(1)' },
    { ...v, command: 'alert' },
    { ...v, command: 'eval', code: 'alert(1)' },
    new Date(),
    new Map([['command', 'play']]),
    new ArrayBuffer(8),
  ];
}

test('hostile messages, the wrong window and the wrong site are all ignored', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await openHost(page, host);
  await expect.poll(async () => (await hostEvents(page)).map((e) => e.event)).toContain('ready');
  const first = firstCaption(stageAt(0));

  // From the allowed parent: garbage, near-misses and prototype-pollution keys.
  await page.evaluate(
    ({ messages, json, origin }) => {
      const target = document.querySelector('iframe')?.contentWindow;
      for (const m of messages) target?.postMessage(m, origin);
      for (const j of json) target?.postMessage(JSON.parse(j), origin);
    },
    { messages: hostileMessages(), json: HOSTILE_JSON, origin: explainer.origin },
  );
  // From the right site but the wrong window: a sibling frame of the hospital's page.
  await page.evaluate(async () => {
    const sibling = document.createElement('iframe');
    sibling.srcdoc = '<p>sibling</p>';
    document.body.append(sibling);
    await new Promise((r) => sibling.addEventListener('load', r));
  });
  const sibling = page.frames().find((f) => f.url() === 'about:srcdoc');
  if (!sibling) throw new Error('No sibling frame');
  await sibling.evaluate((origin) => {
    parent.document
      .querySelector<HTMLIFrameElement>('iframe.pci-explainer')
      ?.contentWindow?.postMessage(
        { type: 'pci-explainer', version: 1, command: 'seek', stage: 'stent-deployment' },
        origin,
      );
  }, explainer.origin);
  // Then a hello from the parent: its answer, a second `ready`, comes once the explainer
  // has dealt with every message sent before it (a window's messages are handled in order).
  const readies = async () => (await hostEvents(page)).filter((e) => e.event === 'ready');
  const readyBefore = (await readies()).length;
  await page.evaluate(
    (origin) =>
      document
        .querySelector('iframe')
        ?.contentWindow?.postMessage(
          { type: 'pci-explainer', version: 1, command: 'hello' },
          origin,
        ),
    explainer.origin,
  );
  await expect.poll(async () => (await readies()).length).toBe(readyBefore + 1);
  expect((await readies()).at(-1)).toMatchObject({ time: 0, playing: false });
  await expect(embedCaption(page)).toHaveText(first);
  await expect(inEmbed(page).getByTestId('play')).toHaveText('Play');
  const frame = embedFrame(page);
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en-GB');
  expect(await frame.evaluate(() => document.querySelector('script:not([src])'))).toBeNull();

  // The bridge still answers a good command, and the explainer still plays.
  await page.evaluate(() => {
    const client = window.explainer;
    if (!client) throw new Error('The hospital page has no client');
    client.seek({ stage: 'stent-deployment' });
  });
  await expect(embedCaption(page)).toHaveText(
    firstCaption(stageAt(stages.findIndex((s) => s.id === 'stent-deployment'))),
  );
  await expectStillWorks(page);
  await expectCleanAndPrivate(page, problems);

  // A site that may frame it but is not on the allowlist gets no answer and no control.
  await openHost(page, stranger);
  // Its client holds commands until the explainer is ready, which for this site it never is:
  // so the page posts a well-formed command itself, as a hostile page would.
  await page.evaluate(
    (origin) =>
      document
        .querySelector<HTMLIFrameElement>('iframe.pci-explainer')
        ?.contentWindow?.postMessage(
          { type: 'pci-explainer', version: 1, command: 'seek', stage: 'stent-deployment' },
          origin,
        ),
    explainer.origin,
  );
  // Once the explainer has heard the command (and so dealt with it), nothing has changed.
  await expect
    .poll(() => embedFrame(page).evaluate(() => window.commandsHeard ?? []))
    .toContain('seek');
  expect(await hostEvents(page)).toEqual([]);
  await expect(embedCaption(page)).toHaveText(first);
  await expectStillWorks(page);
  await expectCleanAndPrivate(page, problems);
});

test('hostile address parameters are ignored, framed or not', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const hostile = [
    'stage=<script>alert(1)</script>',
    't=1e308',
    't=NaN',
    't=-5',
    `t=${'9'.repeat(5000)}`,
    'autoplay=javascript:alert(1)',
    'captions=<b>x</b>',
    'lang=javascript:alert(1)',
    'mode=__proto__',
    '__proto__[polluted]=yes',
    'constructor[prototype][polluted]=yes',
    '__proto__.polluted=yes',
    `access=${'a'.repeat(10_000)}`,
    'artery=<img src=x onerror=alert(1)>',
    'variant=primary&pump=<svg onload=alert(1)>',
  ].join('&');
  // `variant=primary` is an allowed value, so the emergency case opens (its pump value is not).
  const emergency = procedureFor({ ...DEFAULT_CASE, variant: 'primary' });
  const [opening] = emergency.stages;
  if (!opening) throw new Error('The emergency procedure has no steps');
  const first = firstCaption(opening);

  await openHost(page, host, `?${hostile}`);
  await expect(embedCaption(page)).toHaveText(first);
  await expect(
    inEmbed(page).getByRole('link', { name: /Open the full explainer/ }),
  ).toHaveAttribute(
    'href',
    new RegExp(
      `^\\./index\\.html\\?access=radial&artery=lad&segment=mid&variant=primary&stage=${opening.id}$`,
    ),
  );
  expect(await embedFrame(page).evaluate(() => document.documentElement.lang)).toBe('en-GB');
  await expectStillWorks(page);
  await expectCleanAndPrivate(page, problems);

  await page.goto(`${explainer.origin}/embed.html?${hostile}`);
  await expect(page.getByTestId('caption')).toHaveText(first);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined)).toBe(
    true,
  );
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveText('Pause');
});

test('the hospital page with the embed, at tablet and phone widths', async ({ page }) => {
  test.setTimeout(120_000);
  for (const [name, size] of [
    ['tablet', { width: 820, height: 1180 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await openHost(page, host);
    await expect(inEmbed(page).locator('canvas')).toHaveAttribute('data-ready', 'true', {
      timeout: 30_000,
    });
    await canvasAtRest(embedFrame(page));
    saveArtefact(
      `tests/artifacts/embed/host-${name}.png`,
      await page.screenshot({ fullPage: true }),
    );
    // The compact layout fits: no scroll bar inside the frame.
    const overflow = await embedFrame(page).evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(overflow, `${name}: the embed fits its frame`).toBeLessThanOrEqual(0);
  }
});

test('axe finds no accessibility problems in the embed', async ({ page }) => {
  // Served without the policy (axe is injected inline), at a step with safety messages.
  for (const query of ['', '?stage=afterwards', '?captions=off']) {
    await page.goto(`./embed.html${query}`);
    await expect(page.getByRole('link', { name: /Open the full explainer/ })).toBeVisible();
    expect(await axeViolations(page), query).toEqual([]);
  }
});
