import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import {
  blockageStart,
  cellShownPastClot,
  clotCoreStart,
  clotExtent,
  clotFill,
  flowThroughClot,
  occludedLumenRadius,
} from '../../models/clot.ts';
import { vesselFor } from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';
import { procedure } from '../../src/content/index.ts';
import { createDerived, updateDerived } from '../../src/timeline/derived.ts';
import { buildTimeline } from '../../src/timeline/buildTimeline.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

const arteries = CORONARY_ARTERIES.flatMap((a) =>
  SEGMENTS.map((s) => createArtery(vesselFor(a, s))),
);
const artery = createArtery();
const [start, end] = clotExtent(artery);

describe('blood clot', () => {
  it('closes the channel completely at the narrowing when the clot is 1', () => {
    for (const a of arteries) {
      expect(occludedLumenRadius(a, a.lesionCentre, 0, 1)).toBe(0);
      expect(blockageStart(a, 0, 1)).toBeLessThanOrEqual(a.lesionCentre);
      expect(blockageStart(a, 0, 1)).toBeGreaterThanOrEqual(clotExtent(a)[0]);
    }
  });

  it('sits on the plaque: nothing outside its extent, and inside the plaque', () => {
    expect(start).toBeGreaterThanOrEqual(artery.plaqueStart);
    expect(end).toBeLessThanOrEqual(artery.plaqueEnd);
    for (let s = 0; s < artery.centreline.length; s += 0.1) {
      if (s <= start || s >= end) {
        expect(occludedLumenRadius(artery, s, 0, 1)).toBeCloseTo(artery.lumenRadius(s, 0), 12);
      }
      const open = occludedLumenRadius(artery, s, 0.3, 0.7);
      expect(open).toBeGreaterThanOrEqual(0);
      expect(open).toBeLessThanOrEqual(artery.lumenRadius(s, 0.3));
    }
  });

  it('changes nothing without a clot', () => {
    for (let s = 0; s < artery.centreline.length; s += 0.5) {
      expect(occludedLumenRadius(artery, s, 0.4, 0)).toBe(artery.lumenRadius(s, 0.4));
    }
    expect(blockageStart(artery, 0, 0)).toBe(Infinity);
    expect(flowThroughClot(0, 0)).toBe(1);
  });

  it('lets no blood past a full clot, and more as it goes or is squashed', () => {
    expect(flowThroughClot(1, 0)).toBe(0);
    let last = -1;
    for (const clot of [1, 0.75, 0.5, 0.25, 0]) {
      const f = flowThroughClot(clot, 0);
      expect(f).toBeGreaterThan(last);
      last = f;
    }
    expect(flowThroughClot(1, 1)).toBe(1);
    expect(clotFill(artery, artery.lesionCentre, 1, 1)).toBe(0);
    expect(blockageStart(artery, 0, 0.5)).toBe(Infinity);
  });

  it('shows no cells beyond a full clot, and all of them without one', () => {
    const beyond = clotCoreStart(artery) + 5;
    const upstream = clotCoreStart(artery) - 5;
    for (let u = 0; u < 1; u += 0.01) {
      expect(cellShownPastClot(artery, beyond, 0, u)).toBe(false);
      expect(cellShownPastClot(artery, upstream, 0, u)).toBe(true);
      expect(cellShownPastClot(artery, beyond, 1, u)).toBe(true);
    }
  });

  it('stops the flow phase until the balloon squashes the clot, the same when seeking', () => {
    const blocked = structuredClone(procedure);
    blocked.initial.clot = 1;
    const { timeline, state, duration } = buildTimeline(blocked, landmarksOf(artery));
    const at = (t: number): number => {
      timeline.seek(t, true);
      return state.flowPhase;
    };
    const balloon = stageSlots(blocked).find((s) => s.stage.id === 'balloon-inflation');
    if (!balloon) throw new Error('no balloon stage');
    const end = at(duration);
    expect(at(balloon.start)).toBe(0);
    expect(end).toBeGreaterThan(0);
    expect(at(balloon.start / 2)).toBe(0);
    expect(at(duration)).toBe(end);
    const derived = createDerived();
    timeline.seek(1, true);
    updateDerived(derived, state, artery);
    expect(derived.flowThrough).toBe(0);
    expect(derived.blockedAt).toBeLessThan(artery.lesionCentre);
    timeline.kill();
  });
});
