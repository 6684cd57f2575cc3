import { describe, expect, it } from 'vitest';
import { crossInto, dot, length, normalize, type Vec3 } from '../../models/vec3.ts';

describe('vec3', () => {
  it('dot is the sum of the products: zero for square-on vectors', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(4 - 10 + 18);
    expect(dot([1, 0, 0], [0, 1, 0])).toBe(0);
  });

  it('crossInto follows the right-hand rule and writes into out', () => {
    const out: Vec3 = [9, 9, 9];
    expect(crossInto([1, 0, 0], [0, 1, 0], out)).toBe(out);
    expect(out).toEqual([0, 0, 1]);
    const a: Vec3 = [1, 2, 3];
    const b: Vec3 = [-2, 0.5, 4];
    crossInto(a, b, out);
    expect(dot(out, a)).toBeCloseTo(0, 12);
    expect(dot(out, b)).toBeCloseTo(0, 12);
    expect(crossInto(b, a, [0, 0, 0]).map((v) => -v)).toEqual(out);
  });

  it('normalize scales in place to length 1 and leaves a zero vector at zero', () => {
    const v: Vec3 = [3, 0, 4];
    expect(normalize(v)).toBe(v);
    expect(v).toEqual([0.6, 0, 0.8]);
    expect(length(v)).toBeCloseTo(1, 12);
    expect(normalize([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
