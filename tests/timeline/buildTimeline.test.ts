import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import { buildTimeline } from '../../src/timeline/buildTimeline.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { STATE_KEYS, type SceneState } from '../../src/timeline/sceneState.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

const landmarks = landmarksOf(createArtery());
const slots = stageSlots(procedure);

function snapshot(state: SceneState): SceneState {
  const copy = {} as SceneState;
  for (const key of STATE_KEYS) copy[key] = state[key];
  return copy;
}

function stateAt(t: number, path: number[] = []): SceneState {
  const { timeline, state } = buildTimeline(procedure, landmarks);
  for (const p of path) timeline.seek(p, true);
  timeline.seek(t, true);
  const copy = snapshot(state);
  timeline.kill();
  return copy;
}

function played(t: number, step = 1 / 30): SceneState {
  const { timeline, state } = buildTimeline(procedure, landmarks);
  for (let x = 0; x < t; x += step) timeline.seek(x, true);
  timeline.seek(t, true);
  const copy = snapshot(state);
  timeline.kill();
  return copy;
}

function expectSameState(a: SceneState, b: SceneState): void {
  for (const key of STATE_KEYS) {
    expect(b[key], key).toBeCloseTo(a[key], 6);
  }
}

/** Stage boundaries, a moment either side, and points inside every stage. */
const probeTimes = slots.flatMap((s) => [
  s.start,
  s.start + 0.01,
  s.start + s.stage.duration * 0.25,
  s.start + s.stage.duration * 0.5,
  s.start + s.stage.duration * 0.8,
  Math.max(0, s.end - 0.01),
]);

describe('master timeline', () => {
  const { duration } = buildTimeline(procedure, landmarks);

  it('lasts exactly as long as the stages', () => {
    expect(duration).toBeCloseTo(slots.at(-1)?.end ?? 0, 9);
  });

  it('gives the same state when seeking straight to a time as when playing to it', () => {
    for (const t of probeTimes) expectSameState(played(t), stateAt(t));
  });

  it('gives the same state whatever was seen before (end first, random order, backwards)', () => {
    const rnd = (() => {
      let x = 42;
      return () => ((x = (x * 16807) % 2147483647) / 2147483647) * duration;
    })();
    for (const t of probeTimes) {
      const direct = stateAt(t);
      expectSameState(direct, stateAt(t, [duration]));
      expectSameState(direct, stateAt(t, [rnd(), rnd(), rnd()]));
      expectSameState(direct, stateAt(t, [duration * 0.9, duration * 0.3, t + 5]));
    }
  });

  it('starts from the content initial state and ends on the open, stented artery', () => {
    const start = stateAt(0);
    expect(start.flowPhase).toBe(0);
    expect(start.plaqueCompression).toBe(0);
    const end = stateAt(duration);
    expect(end.plaqueCompression).toBe(1);
    expect(end.stentExpansion).toBe(1);
    expect(end.stentVisible).toBe(1);
    expect(end.flowRate).toBe(1);
  });

  it('keeps the blood moving forwards only', () => {
    let last = -1;
    for (let t = 0; t <= duration; t += 0.5) {
      const s = stateAt(t);
      expect(s.flowPhase).toBeGreaterThanOrEqual(last);
      last = s.flowPhase;
    }
  });
});
