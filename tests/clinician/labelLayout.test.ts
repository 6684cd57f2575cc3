import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeLabels } from '../../src/clinician/labelLayout.ts';

const bounds: Box = { x: 0, y: 0, width: 800, height: 400 };
const label = (anchorX: number, anchorY: number) => ({ anchorX, anchorY, width: 120, height: 28 });

describe('label placement', () => {
  it('puts a lone label just above its part', () => {
    const [spot] = placeLabels([label(400, 200)], bounds);
    expect(spot).toEqual({ x: 340, y: 200 - 18 - 28, width: 120, height: 28 });
  });

  it('never lets labels cover each other, even for parts at the same spot', () => {
    const requests = [label(400, 200), label(402, 201), label(398, 199), label(405, 204)];
    const spots = placeLabels(requests, bounds);
    const placed = spots.filter((s): s is Box => s !== null);
    expect(placed).toHaveLength(4);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(overlaps(placed[i] as Box, placed[j] as Box)).toBe(false);
  });

  it('keeps clear of the caption and buttons, and inside the picture', () => {
    const keepOut: Box[] = [{ x: 300, y: 140, width: 200, height: 50 }];
    const spots = placeLabels([label(400, 200), label(10, 10)], bounds, keepOut);
    for (const spot of spots) {
      expect(spot).not.toBeNull();
      if (!spot) continue;
      expect(overlaps(spot, keepOut[0] as Box)).toBe(false);
      expect(spot.x).toBeGreaterThanOrEqual(0);
      expect(spot.y).toBeGreaterThanOrEqual(0);
      expect(spot.x + spot.width).toBeLessThanOrEqual(800);
    }
  });

  it('does not cover another part\u2019s marker dot', () => {
    const spots = placeLabels([label(400, 200), label(400, 160)], bounds);
    const dot: Box = { x: 395, y: 155, width: 10, height: 10 };
    expect(overlaps(spots[0] as Box, dot)).toBe(false);
  });

  it('leaves a label out rather than cover something when there is no room', () => {
    const keepOut: Box[] = [bounds];
    expect(placeLabels([label(400, 200)], bounds, keepOut)).toEqual([null]);
  });
});
