import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_UP_MAX_DISTANCE,
  anatomyOpacity,
  clipRangeFor,
  closeUpVisible,
  viewDistance,
} from '../../../src/scene/anatomy/viewScale.ts';

describe('viewDistance', () => {
  it('measures from the camera to the point the controls look at', () => {
    const camera = { position: new Vector3(3, 4, 12) };
    expect(viewDistance(camera, { target: new Vector3(3, 0, 9) })).toBeCloseTo(5, 12);
  });

  it('measures to the origin without controls', () => {
    expect(viewDistance({ position: new Vector3(3, 4, 12) }, null)).toBeCloseTo(13, 12);
  });
});

describe('anatomy and close-up take turns with the distance', () => {
  it('shows no anatomy close up, all of it far out, half of it mid-fade', () => {
    // The heart fades out between 120 and 45 mm (viewScale.ts), mid-way at 82.5 mm.
    expect(anatomyOpacity(10)).toBe(0);
    expect(anatomyOpacity(45)).toBe(0);
    expect(anatomyOpacity(82.5)).toBeCloseTo(0.5, 12);
    expect(anatomyOpacity(120)).toBe(1);
    expect(anatomyOpacity(1000)).toBe(1);
  });

  it('fades the anatomy in steadily as the camera moves away', () => {
    let last = 0;
    for (let d = 40; d <= 125; d += 0.5) {
      const o = anatomyOpacity(d);
      expect(o).toBeGreaterThanOrEqual(last);
      last = o;
    }
  });

  it('hides the close-up only once the anatomy is fully there: never an empty picture', () => {
    expect(closeUpVisible(CLOSE_UP_MAX_DISTANCE - 0.01)).toBe(true);
    expect(closeUpVisible(CLOSE_UP_MAX_DISTANCE)).toBe(false);
    expect(anatomyOpacity(CLOSE_UP_MAX_DISTANCE)).toBe(1);
    for (let d = 1; d < 500; d += 0.5)
      expect(closeUpVisible(d) || anatomyOpacity(d) > 0).toBe(true);
  });
});

describe('clipRangeFor', () => {
  it('gives known near and far planes', () => {
    expect(clipRangeFor(10)).toEqual([0.5, 600]);
    expect(clipRangeFor(100)).toEqual([2, 600]);
    expect(clipRangeFor(1000)).toEqual([20, 4000]);
    expect(clipRangeFor(5000)).toEqual([60, 20000]);
  });

  it('keeps what the camera looks at between the planes, with a modest ratio, at every zoom', () => {
    // The orbit controls allow 8 mm to 4 m (ExplainerScene.tsx).
    for (let d = 8; d <= 4000; d *= 1.1) {
      const [near, far] = clipRangeFor(d);
      expect(near).toBeLessThan(d);
      expect(far).toBeGreaterThan(d);
      expect(far / near).toBeLessThanOrEqual(1200);
    }
  });

  it('writes into, and returns, the pair it is given (no allocation each frame)', () => {
    const out: [number, number] = [0, 0];
    expect(clipRangeFor(300, out)).toBe(out);
    expect(out).toEqual([6, 1200]);
  });
});
