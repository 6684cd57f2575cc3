import { describe, expect, it } from 'vitest';
import {
  type BalloonPose,
  INNER_TUBE_RADIUS,
  SHAFT_RADIUS,
  balloonMaxRadius,
  balloonRadius,
  balloonShaftRadius,
  balloonTipEnd,
  writeBalloonRing,
} from '../../models/balloon.ts';
import {
  BALLOON_TAPER_LENGTH,
  LUMEN_RADIUS,
  PREDILATION_BALLOON,
  STENT_BALLOON,
} from '../../models/dimensions.ts';

interface BalloonSize {
  readonly diameter: number;
  readonly length: number;
}

const pose = (
  inflation: number,
  size: BalloonSize = PREDILATION_BALLOON,
  centre = 30,
): BalloonPose => ({
  centre,
  length: size.length,
  nominalDiameter: size.diameter,
  inflation,
});
const angles = Array.from({ length: 36 }, (_, i) => (i * Math.PI) / 18);
const maxOverAngles = (p: BalloonPose, s: number): number =>
  Math.max(...angles.map((a) => balloonRadius(p, s, a)));

describe('balloon', () => {
  for (const size of [PREDILATION_BALLOON, STENT_BALLOON]) {
    const name = `${size.diameter} x ${size.length} mm`;

    it(`${name}: folds down to under 0.5 mm radius, all along it and all round`, () => {
      const p = pose(0, size);
      for (let s = p.centre - size.length / 2 - 1; s <= p.centre + size.length / 2 + 1; s += 0.1) {
        expect(maxOverAngles(p, s)).toBeLessThan(0.5);
        expect(balloonMaxRadius(p, s)).toBeLessThan(0.5);
      }
    });

    it(`${name}: inflates to its nominal diameter along its body, round in section`, () => {
      const p = pose(1, size);
      const half = size.length / 2;
      for (
        let s = p.centre - half + BALLOON_TAPER_LENGTH;
        s <= p.centre + half - BALLOON_TAPER_LENGTH;
        s += 0.1
      ) {
        for (const a of angles) expect(balloonRadius(p, s, a)).toBeCloseTo(size.diameter / 2, 9);
      }
      expect(size.diameter / 2).toBeLessThanOrEqual(LUMEN_RADIUS);
    });

    it(`${name}: tapers smoothly to the inner tube at both ends`, () => {
      const p = pose(1, size);
      const half = size.length / 2;
      for (const end of [p.centre - half, p.centre + half]) {
        expect(balloonMaxRadius(p, end)).toBeCloseTo(INNER_TUBE_RADIUS + 0.02, 9);
      }
      // Narrowing steadily through each cone, mirrored at the two ends.
      let last = Infinity;
      for (let u = half - BALLOON_TAPER_LENGTH; u <= half + 1; u += 0.05) {
        const r = balloonMaxRadius(p, p.centre + u);
        expect(r).toBeLessThanOrEqual(last + 1e-12);
        expect(balloonMaxRadius(p, p.centre - u)).toBeCloseTo(r, 9);
        last = r;
      }
    });
  }

  it('grows steadily as it inflates, and clamps inflation to 0..1', () => {
    let last = 0;
    for (let i = 0; i <= 1.0001; i += 0.05) {
      const r = balloonMaxRadius(pose(i), 30);
      expect(r).toBeGreaterThan(last);
      last = r;
    }
    expect(balloonMaxRadius(pose(2), 30)).toBe(balloonMaxRadius(pose(1), 30));
    expect(balloonMaxRadius(pose(-1), 30)).toBe(balloonMaxRadius(pose(0), 30));
  });

  it('reports the largest radius over all angles, where its folded wings stand out', () => {
    for (const i of [0, 0.3, 0.7]) {
      const p = pose(i);
      for (let s = 20; s <= 40; s += 0.25) {
        expect(balloonMaxRadius(p, s)).toBeCloseTo(maxOverAngles(p, s), 9);
      }
    }
    // Folded, three wings: the radius varies around the balloon with period 120 degrees.
    const folded = pose(0);
    expect(balloonRadius(folded, 30, 0)).toBeGreaterThan(balloonRadius(folded, 30, Math.PI / 3));
    expect(balloonRadius(folded, 30, 0)).toBeCloseTo(
      balloonRadius(folded, 30, (2 * Math.PI) / 3),
      9,
    );
  });

  it('runs on a shaft behind it, an inner tube through it and a soft tip ahead', () => {
    const p = pose(1);
    const proximal = p.centre - p.length / 2;
    const distal = p.centre + p.length / 2;
    expect(balloonShaftRadius(p, proximal - 5)).toBe(SHAFT_RADIUS);
    expect(balloonShaftRadius(p, p.centre)).toBe(INNER_TUBE_RADIUS);
    // Marker bands 2 mm in from each end.
    expect(balloonShaftRadius(p, proximal + 2)).toBeGreaterThan(INNER_TUBE_RADIUS);
    expect(balloonShaftRadius(p, distal - 2)).toBeGreaterThan(INNER_TUBE_RADIUS);
    expect(balloonTipEnd(p)).toBeCloseTo(distal + 1.2, 9);
    expect(balloonShaftRadius(p, balloonTipEnd(p))).toBeCloseTo(0.2, 9);
    expect(balloonShaftRadius(p, distal + 0.6)).toBeLessThan(INNER_TUBE_RADIUS);
    // The inner tube and shaft lie inside the folded balloon.
    expect(INNER_TUBE_RADIUS).toBeLessThan(balloonMaxRadius(pose(0), p.centre));
    expect(SHAFT_RADIUS).toBeLessThan(0.5);
  });
});

describe('balloon, a ring at a time', () => {
  const n = 48;
  const theta = Array.from({ length: n }, (_, j) => (2 * Math.PI * j) / n);
  const wing = new Float64Array(theta.map((a) => Math.cos(3 * a)));
  const poses = [0, 0.3, 0.77, 1].flatMap((i) => [pose(i), pose(i, STENT_BALLOON, 41)]);

  it('writes exactly the radii balloonRadius gives, angle by angle', () => {
    const out = new Float64Array(n);
    for (const p of poses) {
      for (let s = p.centre - p.length / 2 - 0.5; s <= p.centre + p.length / 2 + 0.5; s += 0.05) {
        writeBalloonRing(p, s, wing, out);
        for (let j = 0; j < n; j++) expect(out[j]).toBe(balloonRadius(p, s, theta[j] ?? NaN));
      }
    }
  });

  it('gives the largest radius as the greater of a wing\u2019s crest and the gap between wings', () => {
    for (const p of poses) {
      for (let s = p.centre - p.length / 2; s <= p.centre + p.length / 2; s += 0.1) {
        const crestOrGap = Math.max(balloonRadius(p, s, 0), balloonRadius(p, s, Math.PI / 3));
        expect(balloonMaxRadius(p, s)).toBe(crestOrGap);
      }
    }
  });
});
