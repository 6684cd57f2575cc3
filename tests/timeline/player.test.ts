import { gsap } from 'gsap';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { type Player, type PlayerEvent, createPlayer } from '../../src/timeline/player.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

const landmarks = landmarksOf(createArtery());
const slots = stageSlots(procedure);
const last = slots.length - 1;
const startOf = (i: number): number => slots[i]?.start ?? NaN;

let player: Player;
let events: PlayerEvent[];

beforeEach(() => {
  player = createPlayer(procedure, landmarks);
  events = [];
  player.subscribe((e) => events.push(e));
});
afterEach(() => player.dispose());

describe('player: jumping about', () => {
  it('starts paused at 0 in the first stage, as long as the stages', () => {
    expect(player.time()).toBe(0);
    expect(player.playing()).toBe(false);
    expect(player.stageIndex()).toBe(0);
    expect(player.speed()).toBe(1);
    expect(player.duration).toBeCloseTo(slots.at(-1)?.end ?? NaN, 9);
    expect(player.slots).toEqual(slots);
  });

  it('goes to the start of any stage, clamping the index', () => {
    for (const [i, slot] of slots.entries()) {
      player.goToStage(i);
      expect(player.time()).toBeCloseTo(slot.start, 9);
      expect(player.stageIndex()).toBe(i);
    }
    player.goToStage(-3);
    expect(player.time()).toBe(0);
    player.goToStage(99);
    expect(player.time()).toBeCloseTo(startOf(last), 9);
  });

  it('moves the scene with the time: the state is the timeline\u2019s at that time', () => {
    player.goToStage(slots.findIndex((s) => s.stage.id === 'balloon-removal'));
    expect(player.state.stentExpansion).toBe(1);
    player.restart();
    expect(player.state.stentExpansion).toBe(0);
    expect(player.state.plaqueCompression).toBe(0);
  });

  it('goes to the next stage, and from the last one to the end', () => {
    for (let i = 1; i <= last; i++) {
      player.next();
      expect(player.stageIndex()).toBe(i);
      expect(player.time()).toBeCloseTo(startOf(i), 9);
    }
    player.seek(startOf(2) + 3.3);
    player.next();
    expect(player.time()).toBeCloseTo(startOf(3), 9);
    player.goToStage(last);
    player.next();
    expect(player.time()).toBeCloseTo(player.duration, 9);
    player.next();
    expect(player.time()).toBeCloseTo(player.duration, 9);
  });

  it('goes back to the start of this stage, or to the one before within 1.5 s of its start', () => {
    player.seek(startOf(3) + 5);
    player.previous();
    expect(player.time()).toBeCloseTo(startOf(3), 9);
    // Pressed again straight away: within the grace period, so back one more stage.
    player.previous();
    expect(player.time()).toBeCloseTo(startOf(2), 9);
    player.seek(startOf(3) + 1.4);
    player.previous();
    expect(player.time()).toBeCloseTo(startOf(2), 9);
    player.seek(startOf(3) + 1.6);
    player.previous();
    expect(player.time()).toBeCloseTo(startOf(3), 9);
    // From the start of the first stage there is nowhere further back.
    player.seek(0.5);
    player.previous();
    expect(player.time()).toBe(0);
    player.previous();
    expect(player.time()).toBe(0);
  });

  it('restarts from 0', () => {
    player.seek(100);
    player.restart();
    expect(player.time()).toBe(0);
    expect(player.stageIndex()).toBe(0);
  });

  it('clamps seeks to the timeline and ignores nonsense', () => {
    player.seek(-5);
    expect(player.time()).toBe(0);
    player.seek(player.duration + 50);
    expect(player.time()).toBeCloseTo(player.duration, 9);
    expect(player.stageIndex()).toBe(last);
    player.seek(30);
    player.seek(Number.NaN);
    expect(player.time()).toBe(0);
    player.seek(Number.POSITIVE_INFINITY);
    expect(player.time()).toBeGreaterThanOrEqual(0);
    expect(player.time()).toBeLessThanOrEqual(player.duration);
    player.seek(12.5);
    expect(player.time()).toBeCloseTo(12.5, 9);
  });

  it('follows the stage with the time', () => {
    for (let t = 0; t <= player.duration; t += 0.5) {
      player.seek(t);
      const i = player.stageIndex();
      expect(startOf(i)).toBeLessThanOrEqual(t + 1e-9);
      if (i < last) expect(t).toBeLessThan(startOf(i + 1));
    }
  });

  it('tells its listeners every time the time changes, and stops when unsubscribed', () => {
    player.seek(10);
    player.goToStage(2);
    player.next();
    player.previous();
    player.restart();
    expect(events).toEqual(['time', 'time', 'time', 'time', 'time']);
    const other: PlayerEvent[] = [];
    const unsubscribe = player.subscribe((e) => other.push(e));
    player.seek(3);
    unsubscribe();
    player.seek(4);
    expect(other).toEqual(['time']);
    expect(events).toHaveLength(7);
  });

  it('changes speed, tells its listeners, and plays, pauses and toggles', () => {
    player.setSpeed(1.5);
    expect(player.speed()).toBe(1.5);
    expect(events).toEqual(['speed']);
    player.play();
    expect(player.playing()).toBe(true);
    player.toggle();
    expect(player.playing()).toBe(false);
    player.toggle();
    expect(player.playing()).toBe(true);
    player.pause();
    expect(events.filter((e) => e !== 'time')).toEqual(['speed', 'play', 'pause', 'play', 'pause']);
  });

  it('keeps playing after a seek when it was playing, and stays paused when it was not', () => {
    player.seek(20);
    expect(player.playing()).toBe(false);
    player.play();
    player.seek(40);
    expect(player.playing()).toBe(true);
    player.goToStage(4);
    expect(player.playing()).toBe(true);
  });
});

describe('player: playing', () => {
  // Drive GSAP's clock by hand: Node has no animation frames, and a test should not wait.
  let clock = 0;
  const advance = (seconds: number): void => {
    clock += seconds;
    gsap.updateRoot(clock);
  };
  beforeAll(() => {
    gsap.ticker.remove(gsap.updateRoot);
    clock = gsap.ticker.time;
  });
  afterAll(() => gsap.ticker.add(gsap.updateRoot));

  it('plays at the chosen speed', () => {
    player.seek(10);
    player.play();
    advance(0); // catch up with any time already on the clock
    for (const speed of [1, 0.5, 1.5] as const) {
      player.setSpeed(speed);
      const before = player.time();
      advance(2);
      expect(player.time() - before, `speed ${speed}`).toBeCloseTo(2 * speed, 6);
    }
    expect(events).toContain('time');
  });

  it('stops at the end and says so, and plays again from the start', () => {
    player.seek(player.duration - 1);
    player.play();
    advance(0);
    advance(3);
    expect(player.time()).toBeCloseTo(player.duration, 9);
    expect(player.playing()).toBe(false);
    expect(events.slice(-2)).toEqual(['pause', 'ended']);
    player.play();
    expect(player.time()).toBe(0);
    expect(player.playing()).toBe(true);
    player.pause();
  });
});
