import { describe, expect, it } from 'vitest';
import { arcLengths, catmullRom, locateArc, sampleSpline } from '../../models/spline.ts';
import { type Vec3, distance } from '../../models/vec3.ts';

const onX = (x: number): Vec3 => [x, 0, 0];

describe('catmullRom', () => {
  const p0: Vec3 = [-1, 2, 0];
  const p1: Vec3 = [0, 0, 1];
  const p2: Vec3 = [3, 1, -2];
  const p3: Vec3 = [5, -1, 0];

  it('passes through its two middle points at t = 0 and t = 1', () => {
    expect(catmullRom(p0, p1, p2, p3, 0, [0, 0, 0])).toEqual(p1);
    expect(catmullRom(p0, p1, p2, p3, 1, [0, 0, 0])).toEqual(p2);
  });

  it('matches the uniform Catmull-Rom formula at a worked point', () => {
    // x: 0.5 (2·0 + (1 − 0)·½ + (0 − 0 + 4 − 3)·¼ + (0 + 0 − 3 + 3)·⅛) = 0.375
    const out = catmullRom(onX(0), onX(0), onX(1), onX(3), 0.5, [9, 9, 9]);
    expect(out[0]).toBeCloseTo(0.375, 12);
    expect(out[1]).toBe(0);
    expect(out[2]).toBe(0);
  });

  it('reproduces evenly spaced points on a line exactly (linear precision)', () => {
    for (const t of [0.1, 0.25, 0.5, 0.9]) {
      const p = catmullRom([0, 0, 0], [1, 2, 3], [2, 4, 6], [3, 6, 9], t, [0, 0, 0]);
      expect(p[0]).toBeCloseTo(1 + t, 12);
      expect(p[1]).toBeCloseTo(2 + 2 * t, 12);
      expect(p[2]).toBeCloseTo(3 + 3 * t, 12);
    }
  });

  it('writes into, and returns, the array it is given', () => {
    const out: Vec3 = [0, 0, 0];
    expect(catmullRom(p0, p1, p2, p3, 0.3, out)).toBe(out);
  });
});

describe('sampleSpline', () => {
  const control: Vec3[] = [
    [0, 0, 0],
    [10, 5, 0],
    [20, 0, 3],
    [30, -4, 1],
  ];

  it('gives samplesPerSpan samples a span, the control points among them', () => {
    const points = sampleSpline(control, 8);
    expect(points).toHaveLength((control.length - 1) * 8 + 1);
    for (const [i, c] of control.entries()) {
      const p = points[i * 8];
      if (!p) throw new Error(`no sample ${i * 8}`);
      for (let k = 0; k < 3; k++) expect(p[k]).toBeCloseTo(c[k] ?? NaN, 12);
    }
  });

  it('refuses a curve of fewer than two points', () => {
    expect(() => sampleSpline([[1, 2, 3]], 4)).toThrow(/two points/);
  });

  it('keeps a straight run of points straight, and evenly spaced, even at its ends', () => {
    const points = sampleSpline([onX(0), onX(10), onX(20)], 5);
    expect(points).toHaveLength(11);
    for (const [i, p] of points.entries()) {
      expect(p[0]).toBeCloseTo(i * 2, 10);
      expect([p[1], p[2]]).toEqual([0, 0]);
    }
  });

  it('joins the points with straight lines when not smooth', () => {
    const points = sampleSpline(control, 4, false);
    // Half-way along the second span: the mid-point of its two control points.
    expect(points[6]).toEqual([15, 2.5, 1.5]);
  });

  it('bends away from the straight line when smooth', () => {
    const smooth = sampleSpline(control, 4);
    const straight = sampleSpline(control, 4, false);
    const apart = smooth.map((p, i) => distance(p, straight[i] ?? p));
    expect(Math.max(...apart)).toBeGreaterThan(0.1);
  });
});

describe('arcLengths', () => {
  it('starts at zero and adds up the distance between samples', () => {
    expect(arcLengths([onX(0), onX(3), [3, 4, 0], [3, 4, 12]])).toEqual([0, 3, 7, 19]);
  });

  it('is never shorter along a smooth curve than the straight lines between its points', () => {
    const control: Vec3[] = [
      [0, 0, 0],
      [10, 8, 0],
      [20, -3, 5],
    ];
    const arc = arcLengths(sampleSpline(control, 32));
    const chords =
      distance(control[0] as Vec3, control[1] as Vec3) +
      distance(control[1] as Vec3, control[2] as Vec3);
    const total = arc.at(-1) ?? 0;
    expect(total).toBeGreaterThanOrEqual(chords);
    // …and not much longer: a gentle curve.
    expect(total).toBeLessThan(chords * 1.1);
    for (let i = 1; i < arc.length; i++) expect(arc[i]).toBeGreaterThan(arc[i - 1] ?? Infinity);
  });
});

describe('locateArc', () => {
  const arc = [0, 1, 3, 6, 10];

  it('finds the span that holds a distance', () => {
    expect(locateArc(arc, 0)).toBe(0);
    expect(locateArc(arc, 0.99)).toBe(0);
    expect(locateArc(arc, 1)).toBe(1);
    expect(locateArc(arc, 5.9)).toBe(2);
    expect(locateArc(arc, 6)).toBe(3);
  });

  it('keeps to the first and last spans outside the curve', () => {
    expect(locateArc(arc, -5)).toBe(0);
    expect(locateArc(arc, 10)).toBe(3);
    expect(locateArc(arc, 99)).toBe(3);
  });

  it('always returns i with arc[i] <= s < arc[i + 1] inside the curve', () => {
    for (let s = 0; s < 10; s += 0.37) {
      const i = locateArc(arc, s);
      expect(arc[i]).toBeLessThanOrEqual(s);
      expect(arc[i + 1]).toBeGreaterThan(s);
    }
  });
});
