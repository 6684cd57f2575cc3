import { describe, expect, it } from 'vitest';
import { redCellProfile } from '../../models/redCell.ts';

describe('red cell outline', () => {
  const profile = redCellProfile(8);

  it('runs from the bottom centre round the rim to the top centre, one unit across', () => {
    expect(profile[0]?.[0]).toBe(0);
    expect(profile.at(-1)?.[0]).toBe(0);
    expect(Math.max(...profile.map(([r]) => r))).toBeCloseTo(0.5, 9);
  });

  it('is dimpled: thinner in the middle than near the rim, like a real red cell', () => {
    const top = profile.filter(([, h]) => h > 0);
    const centre = top.at(-1)?.[1] ?? 0;
    const thickest = Math.max(...top.map(([, h]) => h));
    expect(thickest).toBeGreaterThan(centre * 2);
    // About 2.5 µm thick at the rim for 8 µm across: roughly 0.3 of the diameter.
    expect(2 * thickest).toBeGreaterThan(0.25);
    expect(2 * thickest).toBeLessThan(0.4);
  });

  it('is symmetric top to bottom', () => {
    const n = profile.length;
    for (let i = 0; i < n / 2; i++) {
      const a = profile[i];
      const b = profile[n - 1 - i];
      expect(b?.[0]).toBeCloseTo(a?.[0] ?? NaN, 12);
      expect(b?.[1]).toBeCloseTo(-(a?.[1] ?? NaN), 12);
    }
  });
});
