import { describe, expect, it } from 'vitest';
import {
  type Sdf,
  ellipsoid,
  gradient,
  projectToSurface,
  roundCone,
  smoothUnion,
} from '../../../models/anatomy/sdf.ts';
import type { Vec3 } from '../../../models/vec3.ts';

const at = (sdf: Sdf, p: Vec3): number => sdf(p[0], p[1], p[2]);
const length = (p: Vec3): number => Math.hypot(p[0], p[1], p[2]);

describe('ellipsoid', () => {
  it('is the exact distance for a sphere, inside and out', () => {
    const sphere = ellipsoid([1, 2, 3], [4, 4, 4]);
    expect(at(sphere, [1, 2, 10])).toBeCloseTo(3, 12);
    expect(at(sphere, [1 + 3, 2 + 4, 3])).toBeCloseTo(1, 12);
    expect(at(sphere, [1, 2 - 2, 3])).toBeCloseTo(-2, 12);
    expect(at(sphere, [1, 2, 3])).toBe(-4);
  });

  it('is zero on the surface, negative inside and positive outside', () => {
    const r: Vec3 = [6, 2, 3];
    const e = ellipsoid([0, 0, 0], r);
    for (const axis of [0, 1, 2] as const) {
      const p: Vec3 = [0, 0, 0];
      p[axis] = r[axis];
      expect(at(e, p)).toBeCloseTo(0, 12);
      p[axis] = r[axis] * 0.9;
      expect(at(e, p)).toBeLessThan(0);
      p[axis] = r[axis] * 1.1;
      expect(at(e, p)).toBeGreaterThan(0);
    }
    // On the surface off the axes too.
    const t = 0.7;
    expect(at(e, [r[0] * Math.cos(t), r[1] * Math.sin(t), 0])).toBeCloseTo(0, 12);
  });

  it('is the smallest radius deep inside, at the centre', () => {
    expect(at(ellipsoid([5, 5, 5], [6, 2, 3]), [5, 5, 5])).toBe(-2);
  });
});

describe('roundCone', () => {
  it('with equal radii is a capsule: distance to the segment less the radius', () => {
    const capsule = roundCone([0, 0, 0], [10, 0, 0], 2, 2);
    expect(at(capsule, [5, 5, 0])).toBeCloseTo(3, 9);
    expect(at(capsule, [5, 0, -1])).toBeCloseTo(-1, 9);
    expect(at(capsule, [-3, 4, 0])).toBeCloseTo(3, 9);
    expect(at(capsule, [13, 0, 0])).toBeCloseTo(1, 9);
  });

  it('has the radius of each end there: a wide base and a narrow tip', () => {
    const cone = roundCone([0, 0, 0], [0, 20, 0], 5, 1);
    expect(at(cone, [0, -5, 0])).toBeCloseTo(0, 9);
    expect(at(cone, [0, -8, 0])).toBeCloseTo(3, 9);
    expect(at(cone, [0, 21, 0])).toBeCloseTo(0, 9);
    expect(at(cone, [0, 23, 0])).toBeCloseTo(2, 9);
    // Across the middle it is thinner than the base and thicker than the tip.
    const surfaceAt = (y: number): number => {
      let x = 0;
      while (at(cone, [x, y, 0]) < 0) x += 0.01;
      return x;
    };
    expect(surfaceAt(10)).toBeLessThan(5);
    expect(surfaceAt(10)).toBeGreaterThan(1);
    expect(surfaceAt(5)).toBeGreaterThan(surfaceAt(15));
  });
});

describe('smoothUnion', () => {
  const a = ellipsoid([0, 0, 0], [3, 3, 3]);
  const b = ellipsoid([10, 0, 0], [3, 3, 3]);

  it('is the one shape when there is one piece', () => {
    const one = smoothUnion([{ sdf: a, blend: 2 }]);
    for (const p of [
      [0, 0, 0],
      [4, 1, 0],
      [-7, 2, 2],
    ] as Vec3[])
      expect(at(one, p)).toBe(at(a, p));
  });

  it('is the plain union away from where the shapes meet', () => {
    const both = smoothUnion([
      { sdf: a, blend: 1 },
      { sdf: b, blend: 1 },
    ]);
    expect(at(both, [0, 0, 0])).toBeCloseTo(-3, 12);
    expect(at(both, [10, 0, 0])).toBeCloseTo(-3, 12);
    expect(at(both, [-5, 0, 0])).toBeCloseTo(2, 12);
  });

  it('fills in between them (a fillet), never cutting into either', () => {
    const soft = smoothUnion([
      { sdf: a, blend: 4 },
      { sdf: b, blend: 4 },
    ]);
    const mid: Vec3 = [5, 0, 0];
    expect(at(soft, mid)).toBeLessThan(Math.min(at(a, mid), at(b, mid)));
    // The fillet is at most k/4 deep.
    expect(at(soft, mid)).toBeCloseTo(Math.min(at(a, mid), at(b, mid)) - 1, 9);
    for (let x = -4; x <= 14; x += 0.5) {
      const p: Vec3 = [x, 1, 0];
      expect(at(soft, p)).toBeLessThanOrEqual(Math.min(at(a, p), at(b, p)) + 1e-12);
    }
  });
});

describe('gradient and projectToSurface', () => {
  const sphere = ellipsoid([1, 1, 1], [5, 5, 5]);

  it('points straight out of a sphere, at unit length', () => {
    const n = gradient(sphere, [1, 1, 9]);
    expect(length(n)).toBeCloseTo(1, 12);
    expect(n[2]).toBeCloseTo(1, 9);
    const m = gradient(sphere, [4, 5, 1]);
    // (A central difference half a millimetre each way: close, not exact.)
    expect(m[0]).toBeCloseTo(0.6, 2);
    expect(m[1]).toBeCloseTo(0.8, 2);
    expect(m[2]).toBeCloseTo(0, 9);
  });

  it('brings a point onto the surface along the normal', () => {
    for (const p of [
      [1, 1, 20],
      [1 - 2, 1 + 1, 1],
      [9, 9, 9],
    ] as Vec3[]) {
      const q = projectToSurface(sphere, p);
      expect(at(sphere, q)).toBeCloseTo(0, 6);
      // Along the ray from the centre: the direction is kept (as well as the gradient's
      // central difference allows).
      const dir = (v: Vec3): Vec3 => {
        const l = length([v[0] - 1, v[1] - 1, v[2] - 1]);
        return [(v[0] - 1) / l, (v[1] - 1) / l, (v[2] - 1) / l];
      };
      for (let k = 0; k < 3; k++) expect(dir(q)[k]).toBeCloseTo(dir(p)[k] ?? NaN, 2);
    }
  });
});
