import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import { readingSeconds } from '../../src/content/readingTime.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { createPlayer, stillTimes, type Player } from '../../src/timeline/player.ts';
import { captionAt } from '../../src/timeline/schedule.ts';

let player: Player | undefined;
afterEach(() => {
  player?.dispose();
  vi.useRealTimers();
});

describe('still pictures (reduced motion)', () => {
  const make = (): Player => createPlayer(procedure, landmarksOf(createArtery()));

  it('has one still per caption, each showing that caption, in time order', () => {
    const p = make();
    player = p;
    const times = stillTimes(p.slots);
    expect(times).toHaveLength(procedure.stages.reduce((n, s) => n + s.captions.length, 0));
    let k = 0;
    for (const slot of p.slots) {
      for (const c of slot.stage.captions) {
        const t = times[k++] ?? -1;
        expect(captionAt(p.slots, t).caption).toBe(c);
      }
    }
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('steps from still to still, waiting long enough to read each, with the timeline never running', () => {
    vi.useFakeTimers();
    const p = make();
    player = p;
    p.setStills(true);
    const times = stillTimes(p.slots);
    p.play();
    expect(p.playing()).toBe(true);
    expect(p.time()).toBeCloseTo(times[0] ?? 0, 6);
    const first = captionAt(p.slots, p.time()).caption.text;
    // Not before the caption has been read...
    vi.advanceTimersByTime(readingSeconds(first) * 1000 - 100);
    expect(p.time()).toBeCloseTo(times[0] ?? 0, 6);
    // ...and on to the next still after it.
    vi.advanceTimersByTime(2000);
    expect(p.time()).toBeCloseTo(times[1] ?? 0, 6);
    p.pause();
    vi.advanceTimersByTime(60_000);
    expect(p.time()).toBeCloseTo(times[1] ?? 0, 6);
    expect(p.playing()).toBe(false);
  });

  it('ends after the last still', () => {
    vi.useFakeTimers();
    const p = make();
    player = p;
    p.setStills(true);
    const events: string[] = [];
    p.subscribe((e) => events.push(e));
    const times = stillTimes(p.slots);
    p.seek((times.at(-2) ?? 0) + 0.01);
    p.play();
    vi.advanceTimersByTime(120_000);
    expect(events).toContain('ended');
    expect(p.playing()).toBe(false);
  });
});
