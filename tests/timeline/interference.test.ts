import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { balloonMaxRadius, balloonTipEnd } from '../../models/balloon.ts';
import { GUIDEWIRE_DIAMETER } from '../../models/dimensions.ts';
import { GUIDEWIRE_TIP_BEND } from '../../models/guidewire.ts';
import { STENT_DESIGN, stentRadius } from '../../models/stent.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';

/** The content for the default case (planned, wrist, mid LAD). */
const procedure = procedureFor(DEFAULT_CASE);
import { createDerived, updateDerived } from '../../src/timeline/derived.ts';
import { buildTimeline } from '../../src/timeline/buildTimeline.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import { STATE_KEYS, type SceneState } from '../../src/timeline/sceneState.ts';
import { stageSlots } from '../../src/timeline/schedule.ts';

/**
 * The whole procedure, sampled every 0.1 s: the state and what the scene works out from it.
 * Solid parts must never pass through each other, whatever moment is on screen.
 */
const artery = createArtery();
const landmarks = landmarksOf(artery);
const slots = stageSlots(procedure);
const TOLERANCE = 0.001;

interface Sample {
  t: number;
  state: SceneState;
  compression: number;
  balloonOut: boolean;
  wireOut: boolean;
  stentShown: boolean;
  stentStart: number;
}

const samples: Sample[] = (() => {
  const { timeline, state, duration } = buildTimeline(procedure, landmarks);
  const derived = createDerived();
  const out: Sample[] = [];
  for (let k = 0; k <= Math.round(duration * 10); k++) {
    const t = Math.min(k / 10, duration);
    timeline.seek(t, true);
    updateDerived(derived, state, artery);
    const copy = {} as SceneState;
    for (const key of STATE_KEYS) copy[key] = state[key];
    out.push({
      t,
      state: copy,
      compression: derived.compression,
      balloonOut: derived.balloonOut,
      wireOut: derived.wireOut,
      stentShown: derived.stentShown,
      stentStart: derived.stentStart,
    });
  }
  timeline.kill();
  return out;
})();

const startOf = (id: string): number => {
  const slot = slots.find((s) => s.stage.id === id);
  if (!slot) throw new Error(`no stage ${id}`);
  return slot.start;
};
const endOf = (id: string): number => {
  const slot = slots.find((s) => s.stage.id === id);
  if (!slot) throw new Error(`no stage ${id}`);
  return slot.end;
};
const balloonOf = (x: Sample) => ({
  centre: x.state.balloonCentre,
  length: x.state.balloonLength,
  nominalDiameter: x.state.balloonDiameter,
  inflation: x.state.balloonInflation,
});
/**
 * The largest overlap (mm) over samples and arc lengths, where it is, and how many points were
 * checked. `check` gives, for one sample, the arc lengths to look at and the overlap at each.
 */
function worst(
  chosen: Sample[],
  check: (x: Sample) => [number[], (s: number) => number],
): { over: number; at: string; checked: number } {
  let over = -Infinity;
  let at = 'nowhere';
  let checked = 0;
  for (const x of chosen) {
    const [arcs, overlap] = check(x);
    for (const s of arcs) {
      const o = overlap(s);
      checked++;
      if (o > over) {
        over = o;
        at = `t = ${x.t} s, s = ${s.toFixed(2)} mm`;
      }
    }
  }
  return { over, at, checked };
}

/** Arc lengths from a to b, every 0.05 mm. */
const span = (a: number, b: number): number[] =>
  Array.from({ length: Math.max(0, Math.floor((b - a) / 0.05)) + 1 }, (_, i) => a + i * 0.05);

describe('nothing passes through anything, all through the procedure', () => {
  it('samples the whole timeline', () => {
    expect(samples.length).toBeGreaterThan(1000);
    expect(samples.at(-1)?.t).toBeCloseTo(slots.at(-1)?.end ?? NaN, 9);
  });

  it('keeps every balloon within the lumen, the plaque squashed to make room', () => {
    const { over, at, checked } = worst(
      samples.filter((y) => y.balloonOut),
      (x) => {
        const b = balloonOf(x);
        return [
          span(b.centre - b.length / 2, b.centre + b.length / 2),
          (s) => balloonMaxRadius(b, s) - artery.lumenRadius(s, x.compression),
        ];
      },
    );
    expect(over, at).toBeLessThanOrEqual(TOLERANCE);
    expect(checked).toBeGreaterThan(10000);
  });

  it('never lets the stent\u2019s inner face stand inside the lumen', () => {
    const { over, at, checked } = worst(
      samples.filter((y) => y.stentShown),
      (x) => {
        const inner =
          stentRadius(STENT_DESIGN, x.state.stentExpansion) - STENT_DESIGN.strutThickness / 2;
        return [
          span(x.stentStart, x.stentStart + STENT_DESIGN.length),
          (s) => inner - artery.lumenRadius(s, x.compression),
        ];
      },
    );
    expect(over, at).toBeLessThanOrEqual(TOLERANCE);
    expect(checked).toBeGreaterThan(10000);
  });

  it('stops the guide catheter at the artery\u2019s opening, never in the plaque', () => {
    for (const x of samples) {
      expect(x.state.guideTip, `t = ${x.t}`).toBeLessThan(artery.plaqueStart);
    }
    expect(Math.max(...samples.map((x) => x.state.guideTip))).toBeGreaterThan(landmarks.entry);
  });

  it('keeps the guidewire, curved tip and all, within the lumen and the artery', () => {
    const wire = GUIDEWIRE_DIAMETER / 2 + GUIDEWIRE_TIP_BEND;
    const out = samples.filter((y) => y.wireOut);
    for (const x of out) expect(x.state.wireTip).toBeLessThanOrEqual(landmarks.end);
    const { over, at, checked } = worst(out, (x) => [
      span(Math.max(x.state.guideTip, 0), x.state.wireTip),
      (s) => wire - artery.lumenRadius(s, x.compression),
    ]);
    expect(over, at).toBeLessThan(0);
    expect(checked).toBeGreaterThan(10000);
    // The wire does cross the narrowing.
    expect(Math.max(...samples.map((x) => x.state.wireTip))).toBeGreaterThan(artery.plaqueEnd);
  });

  it('runs the balloon catheter over the wire, never past its tip', () => {
    for (const x of samples.filter((y) => y.balloonOut)) {
      expect(x.wireOut, `t = ${x.t}`).toBe(true);
      expect(balloonTipEnd(balloonOf(x)), `t = ${x.t}`).toBeLessThan(x.state.wireTip);
    }
  });

  it('never moves a balloon while it is blown up, nor the stent once it has opened', () => {
    for (let i = 1; i < samples.length; i++) {
      const a = samples[i - 1] as Sample;
      const b = samples[i] as Sample;
      if (a.state.balloonCentre !== b.state.balloonCentre) {
        expect(
          Math.max(a.state.balloonInflation, b.state.balloonInflation),
          `t = ${b.t}`,
        ).toBeLessThan(0.01);
      }
      if (a.state.stentCentre !== b.state.stentCentre) {
        expect(Math.max(a.state.stentExpansion, b.state.stentExpansion), `t = ${b.t}`).toBe(0);
      }
    }
  });

  it('carries the stent on its balloon until it is open, opening only as the balloon does', () => {
    for (const x of samples.filter((y) => y.stentShown && y.state.stentExpansion < 1)) {
      expect(x.state.stentCentre, `t = ${x.t}`).toBeCloseTo(x.state.balloonCentre, 9);
      expect(x.state.balloonLength).toBeGreaterThanOrEqual(STENT_DESIGN.length);
      expect(x.state.stentExpansion, `t = ${x.t}`).toBeLessThanOrEqual(
        x.state.balloonInflation + 1e-9,
      );
    }
  });
});

describe('once the stent is in', () => {
  const from = startOf('balloon-removal');
  const after = samples.filter((x) => x.t >= from);
  const placed = after[0]?.state.stentCentre ?? NaN;

  it('stays fully open, in place across the plaque, with the plaque fully squashed', () => {
    expect(after.length).toBeGreaterThan(100);
    for (const x of after) {
      expect(x.state.stentExpansion, `t = ${x.t}`).toBe(1);
      expect(x.state.stentVisible).toBe(1);
      expect(x.state.stentCentre, `t = ${x.t}`).toBe(placed);
      expect(x.state.plaqueCompression, `t = ${x.t}`).toBe(1);
      expect(x.compression, `t = ${x.t}`).toBe(1);
      expect(x.stentShown).toBe(true);
    }
    expect(placed - STENT_DESIGN.length / 2).toBeLessThan(artery.plaqueStart);
    expect(placed + STENT_DESIGN.length / 2).toBeGreaterThan(artery.plaqueEnd);
  });

  it('lets the balloon go down and back into the guide catheter', () => {
    const end = samples.filter((x) => x.t <= endOf('balloon-removal')).at(-1) as Sample;
    expect(end.state.balloonInflation).toBe(0);
    expect(end.state.balloonCentre).toBeLessThan(end.state.guideTip);
    expect(balloonTipEnd(balloonOf(end))).toBeLessThan(end.state.guideTip);
    expect(end.balloonOut).toBe(false);
    const last = samples.at(-1) as Sample;
    expect(last.state.balloonCentre).toBeLessThan(last.state.guideTip);
    expect(last.balloonOut).toBe(false);
    expect(last.wireOut).toBe(false);
  });
});

describe('the squashed plaque', () => {
  const lumenAtLesion = (x: Sample): number =>
    artery.lumenRadius(artery.lesionCentre, x.compression);

  it('never springs back visibly: the narrowest point never closes by more than 0.01 mm', () => {
    for (let i = 1; i < samples.length; i++) {
      const a = samples[i - 1] as Sample;
      const b = samples[i] as Sample;
      expect(lumenAtLesion(b), `t = ${b.t}`).toBeGreaterThan(lumenAtLesion(a) - 0.01);
    }
  });

  it('never un-squashes: effective compression never decreases', () => {
    for (let i = 1; i < samples.length; i++) {
      const a = samples[i - 1] as Sample;
      const b = samples[i] as Sample;
      expect(b.compression, `t = ${b.t}`).toBeGreaterThanOrEqual(a.compression);
    }
  });
});
