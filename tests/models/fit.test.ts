import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { type BalloonPose, balloonMaxRadius } from '../../models/balloon.ts';
import { PREDILATION_BALLOON, STENT_BALLOON } from '../../models/dimensions.ts';
import { effectiveCompression } from '../../models/fit.ts';
import { STENT_DESIGN, stentRadius } from '../../models/stent.ts';

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
