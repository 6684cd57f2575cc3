import { describe, expect, it } from 'vitest';
import { type Artery, createArtery } from '../../models/artery.ts';
import { type BalloonPose, balloonMaxRadius } from '../../models/balloon.ts';
import {
  BALLOON_TAPER_LENGTH,
  PREDILATION_BALLOON,
  STENT_BALLOON,
} from '../../models/dimensions.ts';
import { type DevicesInLesion, effectiveCompression } from '../../models/fit.ts';
import { STENT_DESIGN, stentRadius } from '../../models/stent.ts';
import { clamp } from '../../models/vec3.ts';
import { vesselFor } from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';

interface BalloonSize {
  readonly diameter: number;
  readonly length: number;
}

const artery = createArtery();
const { lesionCentre, plaqueStart, plaqueEnd } = artery;
const inflations = Array.from({ length: 21 }, (_, i) => i / 20);
const TOLERANCE = 0.001;

/** How far (mm) the balloon stands proud of the lumen at its worst point, sampled every 0.02 mm. */
function balloonOverlap(pose: BalloonPose, compression: number): number {
  let worst = -Infinity;
  for (let s = pose.centre - pose.length / 2; s <= pose.centre + pose.length / 2; s += 0.02) {
    worst = Math.max(worst, balloonMaxRadius(pose, s) - artery.lumenRadius(s, compression));
  }
  return worst;
}

/** How far (mm) the stent's inner face stands inside the lumen at its worst point. */
function stentOverlap(start: number, expansion: number, compression: number): number {
  const inner = stentRadius(STENT_DESIGN, expansion) - STENT_DESIGN.strutThickness / 2;
  let worst = -Infinity;
  for (let s = start; s <= start + STENT_DESIGN.length; s += 0.02) {
    worst = Math.max(worst, inner - artery.lumenRadius(s, compression));
  }
  return worst;
}

const balloon = (
  centre: number,
  inflation: number,
  size: BalloonSize = PREDILATION_BALLOON,
): BalloonPose => ({
  centre,
  length: size.length,
  nominalDiameter: size.diameter,
  inflation,
});

describe('effective compression', () => {
  it('is the timeline\u2019s value, clamped to 0..1, when no device is in the plaque', () => {
    for (const c of [0, 0.3, 0.76, 1]) {
      expect(effectiveCompression(artery, c, { balloon: null, stent: null })).toBe(c);
    }
    expect(effectiveCompression(artery, -0.5, { balloon: null, stent: null })).toBe(0);
    expect(effectiveCompression(artery, 1.5, { balloon: null, stent: null })).toBe(1);
    // A balloon or stent well away from the plaque changes nothing.
    const away = {
      balloon: balloon(-14, 1),
      stent: { design: STENT_DESIGN, start: -30, expansion: 1 },
    };
    expect(effectiveCompression(artery, 0.2, away)).toBe(0.2);
  });

  it('never squashes less than the timeline asks', () => {
    for (const c of [0, 0.5, 0.9]) {
      for (const i of inflations) {
        const e = effectiveCompression(artery, c, {
          balloon: balloon(lesionCentre, i),
          stent: null,
        });
        expect(e).toBeGreaterThanOrEqual(c);
        expect(e).toBeLessThanOrEqual(1);
      }
    }
  });

  it('opens the plaque just enough for a balloon inflating at the lesion', () => {
    for (const size of [PREDILATION_BALLOON, STENT_BALLOON]) {
      for (const i of inflations) {
        for (const offset of [-3, -1, 0, 0.7, 2.5]) {
          const pose = balloon(lesionCentre + offset, i, size);
          const c = effectiveCompression(artery, 0, { balloon: pose, stent: null });
          const over = balloonOverlap(pose, c);
          expect(over, `${size.diameter} mm at ${i}, offset ${offset}`).toBeLessThanOrEqual(
            TOLERANCE,
          );
          // Just enough: the balloon touches the plaque somewhere once it is pressing on it.
          if (c > 0) expect(over).toBeGreaterThan(-0.01);
        }
      }
    }
    // A fully inflated 2.5 mm balloon opens the 0.9 mm throat to 2.5 mm.
    const c = effectiveCompression(artery, 0, { balloon: balloon(lesionCentre, 1), stent: null });
    expect(2 * artery.lumenRadius(lesionCentre, c)).toBeCloseTo(2.5, 9);
  });

  it('lets a folded balloon slide through the narrowing, barely nudging the plaque', () => {
    let most = 0;
    for (let centre = plaqueStart - 10; centre <= plaqueEnd + 10; centre += 0.25) {
      const pose = balloon(centre, 0);
      most = Math.max(most, effectiveCompression(artery, 0, { balloon: pose, stent: null }));
    }
    const across = balloon(lesionCentre, 0);
    const c = effectiveCompression(artery, 0, { balloon: across, stent: null });
    expect(balloonOverlap(across, c)).toBeLessThanOrEqual(TOLERANCE);
    // Its folded wings (0.92 mm across) are a shade wider than the 0.9 mm throat.
    expect(most).toBeGreaterThan(0);
    expect(2 * artery.lumenRadius(lesionCentre, most)).toBeLessThan(0.95);
  });

  it('opens the plaque for a stent expanding across it, fully when it is fully open', () => {
    const start = lesionCentre - STENT_DESIGN.length / 2;
    for (const e of inflations) {
      for (const shift of [-1, 0, 1]) {
        const stent = { design: STENT_DESIGN, start: start + shift, expansion: e };
        const c = effectiveCompression(artery, 0, { balloon: null, stent });
        expect(stentOverlap(start + shift, e, c)).toBeLessThanOrEqual(TOLERANCE);
      }
    }
    const open = { design: STENT_DESIGN, start, expansion: 1 };
    expect(effectiveCompression(artery, 0, { balloon: null, stent: open })).toBe(1);
  });

  it('keeps any balloon inside the lumen, wherever along the plaque it is inflated', () => {
    let worst = -Infinity;
    for (const size of [PREDILATION_BALLOON, STENT_BALLOON]) {
      for (let centre = plaqueStart - 10; centre <= plaqueEnd + 10; centre += 0.37) {
        for (const i of inflations) {
          const pose = balloon(centre, i, size);
          const c = effectiveCompression(artery, 0, { balloon: pose, stent: null });
          worst = Math.max(worst, balloonOverlap(pose, c));
        }
      }
    }
    expect(worst).toBeLessThanOrEqual(TOLERANCE);
  });

  it('keeps the inner face of any stent out of the lumen, even with an end in the plaque', () => {
    let worst = -Infinity;
    for (let start = plaqueStart - 20; start <= plaqueEnd; start += 0.31) {
      for (const e of inflations) {
        const stent = { design: STENT_DESIGN, start, expansion: e };
        const c = effectiveCompression(artery, 0, { balloon: null, stent });
        worst = Math.max(worst, stentOverlap(start, e, c));
      }
    }
    expect(worst).toBeLessThanOrEqual(TOLERANCE);
  });
});

/** effectiveCompression as it was before its per-artery tables: the reference, kept verbatim. */
function referenceCompressionFor(a: Artery, s: number, radius: number): number {
  const narrowed = a.lumenRadius(s, 0);
  const open = a.lumenRadius(s, 1);
  if (radius <= narrowed || open <= narrowed) return 0;
  return clamp((radius - narrowed) / (open - narrowed), 0, 1);
}

function referenceEffectiveCompression(
  a: Artery,
  timelineCompression: number,
  devices: DevicesInLesion,
): number {
  let c = clamp(timelineCompression, 0, 1);
  const { plaqueStart, plaqueEnd } = a;
  const { balloon, stent } = devices;
  const stentEnd = stent ? stent.start + stent.design.length : 0;
  const stentInner = stent
    ? stentRadius(stent.design, stent.expansion) - stent.design.strutThickness / 2
    : 0;
  const check = (s: number): void => {
    if (s < plaqueStart || s > plaqueEnd) return;
    if (balloon) c = Math.max(c, referenceCompressionFor(a, s, balloonMaxRadius(balloon, s)));
    if (stent && s >= stent.start && s <= stentEnd)
      c = Math.max(c, referenceCompressionFor(a, s, stentInner));
  };
  const samples = Math.ceil((plaqueEnd - plaqueStart) / 0.1);
  for (let k = 0; k <= samples; k++) check(plaqueStart + ((plaqueEnd - plaqueStart) * k) / samples);
  if (balloon) {
    const half = balloon.length / 2;
    for (const end of [balloon.centre - half, balloon.centre + half - BALLOON_TAPER_LENGTH]) {
      for (let u = 0; u <= BALLOON_TAPER_LENGTH; u += 0.02) check(end + u);
    }
  }
  if (stent) {
    check(stent.start);
    check(stentEnd);
  }
  return c;
}

const everyArtery = CORONARY_ARTERIES.flatMap((a) =>
  SEGMENTS.map((s) => createArtery(vesselFor(a, s))),
);
const timelines = [-0.5, -0, 0, 0.25, 0.6, 1, 1.5];
const inflationsTried = [-0.1, 0, 0.37, 0.83, 1, 1.2];
const expansions = [0, 0.3, 0.7, 1];

/** Arc lengths from well before the plaque to well after it, `count` of them. */
const across = (a: Artery, margin: number, count: number): number[] =>
  Array.from(
    { length: count },
    (_, i) =>
      a.plaqueStart - margin + ((a.plaqueEnd - a.plaqueStart + 2 * margin) * i) / (count - 1),
  );

describe('effective compression, from tables kept per artery', () => {
  it('is bit-identical to the direct checks for every artery, balloon and timeline value', () => {
    for (const a of everyArtery) {
      for (const size of [a.vessel.predilation, a.vessel.stentBalloon]) {
        for (const centre of [...across(a, size.length / 2 + 1, 19), a.lesionCentre]) {
          for (const inflation of inflationsTried) {
            const pose = { centre, length: size.length, nominalDiameter: size.diameter, inflation };
            const devices = { balloon: pose, stent: null };
            for (const t of timelines)
              expect(effectiveCompression(a, t, devices)).toBe(
                referenceEffectiveCompression(a, t, devices),
              );
          }
        }
      }
    }
  });

  it('is bit-identical to the direct checks with a stent, alone or on its balloon', () => {
    for (const a of everyArtery) {
      const size = a.vessel.stentBalloon;
      for (const start of across(a, a.stent.length, 23)) {
        for (const expansion of expansions) {
          const stent = { design: a.stent, start, expansion };
          const pose = {
            centre: start + a.stent.length / 2,
            length: size.length,
            nominalDiameter: size.diameter,
            inflation: expansion,
          };
          for (const devices of [
            { balloon: null, stent },
            { balloon: pose, stent },
          ]) {
            for (const t of [0, 0.4])
              expect(effectiveCompression(a, t, devices)).toBe(
                referenceEffectiveCompression(a, t, devices),
              );
          }
        }
      }
    }
  });

  it('gives the right answer frame after frame as the scene fills its devices in place', () => {
    // As src/timeline/derived.ts does: one balloon and stent pose, rewritten every frame.
    const pose = { centre: 0, length: 15, nominalDiameter: 2.5, inflation: 0 };
    const stent = { design: artery.stent, start: 0, expansion: 0 };
    const devices: DevicesInLesion = { balloon: null, stent: null };
    for (let frame = 0; frame < 600; frame++) {
      const a = everyArtery[Math.floor(frame / 150) % everyArtery.length] ?? artery;
      // Moves, then inflates (the cones stay put), then holds still, then a stent opens.
      pose.centre = a.lesionCentre - 12 + Math.min(frame % 150, 60) * 0.2;
      pose.inflation = clamp(((frame % 150) - 60) / 40, 0, 1);
      devices.balloon = frame % 150 < 120 ? pose : null;
      stent.start = a.lesionCentre - a.stent.length / 2;
      stent.expansion = clamp(((frame % 150) - 110) / 30, 0, 1);
      devices.stent = frame % 150 > 100 ? stent : null;
      const t = frame % 7 === 0 ? -0 : ((frame % 150) - 100) / 50;
      // Each frame asked twice: the second answer comes from the last one's memory.
      for (let twice = 0; twice < 2; twice++)
        expect(effectiveCompression(a, t, devices), `frame ${frame}`).toBe(
          referenceEffectiveCompression(a, t, devices),
        );
    }
  });

  it('does not mistake -0 for 0 when remembering the last answer', () => {
    const none = { balloon: null, stent: null };
    expect(effectiveCompression(artery, 0, none)).toBe(0);
    expect(effectiveCompression(artery, -0, none)).toBe(-0);
    expect(effectiveCompression(artery, 0, none)).toBe(0);
  });
});
