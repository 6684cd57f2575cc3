import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import type { ExplainerController } from '../../src/app/controller.ts';
import { createFakeController } from './fakeController.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

const procedure = procedureFor(DEFAULT_CASE);
import { TIME_UPDATE_MS, createBridge, type BridgeEnvironment } from '../../src/embed/bridge.ts';
import type { EmbedMessage } from '../../src/embed/protocol.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { createPlayer } from '../../src/timeline/player.ts';

const landmarks = landmarksOf(createArtery());
const HOSPITAL = 'https://www.example.nhs.uk';
const OTHER = 'https://other.nhs.uk';
const v = { type: 'pci-explainer', version: 1 } as const;

/** A stand-in browser: a parent window, a clock and timers the test moves by hand. */
function fakeBrowser() {
  const parent = { name: 'parent' };
  const posted: { message: EmbedMessage; origin: string }[] = [];
  let handler: ((e: { data: unknown; origin: string; source: unknown }) => void) | undefined;
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const env: BridgeEnvironment = {
    parent,
    post: (message, origin) => posted.push({ message, origin }),
    listen: (h) => {
      handler = h;
      return () => (handler = undefined);
    },
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => (timers = timers.filter((t) => t !== timer));
    },
  };
  return {
    env,
    parent,
    posted,
    events: () => posted.map((p) => p.message.event),
    send: (data: unknown, origin = HOSPITAL, source: unknown = parent) =>
      handler?.({ data, origin, source }),
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.run();
    },
  };
}

function setUp(hint: string | null = HOSPITAL, allowed = [HOSPITAL, OTHER]) {
  const browser = fakeBrowser();
  const player = createPlayer(procedure, landmarks);
  const controller = createFakeController(player, '');
  const bridge = createBridge(browser.env, {
    allowedOrigins: allowed,
    parentOriginHint: hint,
    language: () => 'en-GB',
    setLanguage: () => undefined,
  });
  return { browser, player, controller, bridge };
}

afterEach(() => vi.restoreAllMocks());

describe('createBridge', () => {
  it('says ready once, to the parent the browser named, when the explainer runs', () => {
    const { browser, controller, bridge, player } = setUp();
    expect(browser.posted).toEqual([]);
    bridge.attach(controller);
    bridge.attach(controller); // React's strict mode hands it over twice.
    expect(browser.events()).toEqual(['ready']);
    expect(browser.posted[0]?.origin).toBe(HOSPITAL);
    expect(browser.posted[0]?.message).toMatchObject({
      ...v,
      event: 'ready',
      duration: player.duration,
      language: 'en-GB',
      time: 0,
      playing: false,
    });
    player.dispose();
  });

  it('waits for a hello from an allowed parent when the browser does not say who it is', () => {
    const { browser, controller, bridge, player } = setUp(null);
    bridge.attach(controller);
    expect(browser.posted).toEqual([]);
    browser.send({ ...v, command: 'hello' }, OTHER);
    expect(browser.posted).toHaveLength(1);
    expect(browser.posted[0]?.origin).toBe(OTHER);
    // From then on, only that origin is heard.
    browser.send({ ...v, command: 'hello' }, HOSPITAL);
    expect(browser.posted).toHaveLength(1);
    player.dispose();
  });

  it('ignores a hinted parent that is not on the list, and never answers it', () => {
    const { browser, controller, bridge, player } = setUp('https://evil.example', [HOSPITAL]);
    bridge.attach(controller);
    browser.send({ ...v, command: 'hello' }, 'https://evil.example');
    browser.send({ ...v, command: 'seek', time: 30 }, 'https://evil.example');
    expect(browser.posted).toEqual([]);
    expect(player.time()).toBe(0);
    player.dispose();
  });

  it('ignores messages from any window but the parent, and from unlisted sites', () => {
    const { browser, controller, bridge, player } = setUp();
    bridge.attach(controller);
    browser.send({ ...v, command: 'seek', time: 30 }, HOSPITAL, { name: 'sibling' });
    browser.send({ ...v, command: 'seek', time: 30 }, HOSPITAL, null);
    browser.send({ ...v, command: 'seek', time: 30 }, 'https://evil.example');
    browser.send({ ...v, command: 'seek', time: 30 }, 'null');
    expect(player.time()).toBe(0);
    player.dispose();
  });

  it('follows commands and reports the stage', () => {
    const { browser, controller, bridge, player } = setUp();
    bridge.attach(controller);
    const balloon = player.slots.find((s) => s.stage.id === 'balloon-inflation');
    browser.send({ ...v, command: 'seek', stage: 'balloon-inflation' });
    expect(player.time()).toBe(balloon?.start);
    expect(browser.posted.find((p) => p.message.event === 'stagechange')?.message).toMatchObject({
      stage: 'balloon-inflation',
      index: balloon?.index,
      title: balloon?.stage.title,
    });
    browser.send({ ...v, command: 'seek', time: 3 });
    expect(player.time()).toBe(3);
    browser.send({ ...v, command: 'setCase', case: { artery: 'rca' } });
    expect(controller.getCase().artery).toBe('rca');
    browser.send({ ...v, command: 'play' });
    expect(player.playing()).toBe(true);
    browser.send({ ...v, command: 'pause' });
    expect(player.playing()).toBe(false);
    expect(browser.posted.every((p) => p.origin === HOSPITAL)).toBe(true);
    player.dispose();
  });

  it('sends time updates at most four a second, ending with the latest time', () => {
    const { browser, controller, bridge, player } = setUp();
    bridge.attach(controller);
    const updates = () => browser.posted.filter((p) => p.message.event === 'timeupdate');
    for (let t = 1; t <= 20; t++) {
      player.seek(t / 10);
      browser.advance(10);
    }
    // 200 ms of changes: one at once, the rest wait.
    expect(updates()).toHaveLength(1);
    browser.advance(TIME_UPDATE_MS);
    expect(updates()).toHaveLength(2);
    expect(updates()[1]?.message).toMatchObject({ time: 2 });
    player.dispose();
  });

  it('never lets a failing command escape', () => {
    const { browser, controller, bridge, player } = setUp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: ExplainerController = {
      ...controller,
      setCase: () => {
        throw new Error('not yet');
      },
    };
    bridge.attach(broken);
    expect(() => browser.send({ ...v, command: 'setCase', case: {} })).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    player.dispose();
  });

  it('answers nothing that is not a valid command', () => {
    const { browser, controller, bridge, player } = setUp(null);
    bridge.attach(controller);
    for (const data of [
      null,
      'hello',
      { command: 'hello' },
      { ...v, version: 2, command: 'hello' },
    ])
      browser.send(data);
    expect(browser.posted).toEqual([]);
    player.dispose();
  });

  it('stops listening when disposed', () => {
    const { browser, controller, bridge, player } = setUp();
    bridge.attach(controller);
    bridge.dispose();
    browser.send({ ...v, command: 'seek', time: 30 });
    expect(player.time()).toBe(0);
    player.dispose();
  });
});
