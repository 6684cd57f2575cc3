import { describe, expect, it } from 'vitest';
import { angularNoise } from '../../models/noise.ts';

const TAU = 2 * Math.PI;
/** A spread of positions along the artery and angles round it, reused by the tests. */
const samples: [number, number][] = [];
for (let u = -3.3; u < 7; u += 0.41) for (let a = -7; a < 7; a += 0.53) samples.push([u, a]);

describe('angularNoise', () => {
  it('stays within 0 to 1', () => {
    for (const [u, a] of samples) {
      const n = angularNoise(u, a, 6);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same value for the same inputs', () => {
    for (const [u, a] of samples.slice(0, 40))
      expect(angularNoise(u, a, 5)).toBe(angularNoise(u, a, 5));
  });

  it('has no seam: a full turn round the artery comes back to the same value', () => {
    for (const [u, a] of samples) {
      expect(angularNoise(u, a + TAU, 6)).toBeCloseTo(angularNoise(u, a, 6), 9);
      expect(angularNoise(u, a - TAU, 7)).toBeCloseTo(angularNoise(u, a, 7), 9);
    }
  });

  it('is continuous across cell edges, along the artery and round it (the seam too)', () => {
    const e = 1e-7;
    for (const u of [-2, -1, 0, 1, 2, 5])
      for (const a of [0.3, 2, 4])
        expect(angularNoise(u - e, a, 6)).toBeCloseTo(angularNoise(u + e, a, 6), 5);
    for (let j = 0; j <= 6; j++) {
      const edge = (j / 6) * TAU;
      expect(angularNoise(1.7, edge - e, 6)).toBeCloseTo(angularNoise(1.7, edge + e, 6), 5);
    }
  });

  it('eases into each lattice point (flat there), so the surface has no creases', () => {
    const h = 1e-3;
    for (const u of [0, 1, 3]) {
      const slope = Math.abs(angularNoise(u + h, 1, 6) - angularNoise(u - h, 1, 6)) / (2 * h);
      expect(slope).toBeLessThan(0.01);
    }
  });

  it('varies: lumps, not a flat face', () => {
    const values = samples.map(([u, a]) => angularNoise(u, a, 6));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(sd).toBeGreaterThan(0.1);
    expect(mean).toBeGreaterThan(0.3);
    expect(mean).toBeLessThan(0.7);
  });

  it('has cellsAround independent cells round the circumference', () => {
    // At the lattice points the value is the corner's own hash: different cells differ.
    const corners = Array.from({ length: 8 }, (_, j) => angularNoise(2, (j / 8) * TAU, 8));
    expect(new Set(corners.map((c) => c.toFixed(6))).size).toBe(8);
  });
});
