import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { clotExtent } from '../../models/clot.ts';
import {
  XRAY_FRAME,
  xrayCatheterPath,
  xrayPoint,
  xrayVesselPath,
} from '../../models/xrayOutline.ts';

const artery = createArtery();

/** The path's points as [x, y] pairs, in order. */
const points = (d: string): [number, number][] =>
  d
    .replace(/^M|Z$/g, '')
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number]);

/** The outline's width in SVG units at step i of `steps` (top point i against its partner). */
function widthAt(d: string, i: number, steps: number): number {
  const pts = points(d);
  const top = pts[i];
  const bottom = pts[2 * steps + 1 - i];
  if (!top || !bottom) throw new Error(`no point ${i}`);
  return Math.hypot(top[0] - bottom[0], top[1] - bottom[1]);
}

describe('the X-ray outline', () => {
  it('maps the frame edges to the drawing edges, y up, stretched up and down', () => {
    expect(xrayPoint(XRAY_FRAME, XRAY_FRAME.x0, 0)).toBe(
      `0.0,${(XRAY_FRAME.height / 2).toFixed(1)}`,
    );
    expect(xrayPoint(XRAY_FRAME, XRAY_FRAME.x1, 0)).toBe(
      `${XRAY_FRAME.width.toFixed(1)},${(XRAY_FRAME.height / 2).toFixed(1)}`,
    );
    const scale = XRAY_FRAME.width / (XRAY_FRAME.x1 - XRAY_FRAME.x0);
    expect(xrayPoint(XRAY_FRAME, XRAY_FRAME.x0, 1)).toBe(
      `0.0,${(XRAY_FRAME.height / 2 - scale * XRAY_FRAME.yStretch).toFixed(1)}`,
    );
  });

  it('is empty where no dye has gone, or the dye front is behind the catheter', () => {
    expect(xrayVesselPath(artery, XRAY_FRAME, 10, 10, 0, 0)).toBe('');
    expect(xrayVesselPath(artery, XRAY_FRAME, 20, 5, 0, 0)).toBe('');
  });

  it('goes out along one side and back along the other, closed', () => {
    const steps = 12;
    const d = xrayVesselPath(artery, XRAY_FRAME, 0, artery.centreline.length, 0, 0, steps);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(points(d)).toHaveLength(2 * (steps + 1));
    for (const [x, y] of points(d)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('is pinched at the narrowing, and opens once the plaque is squashed', () => {
    const steps = 200;
    const length = artery.centreline.length;
    const stepAt = (s: number): number => Math.round((s / length) * steps);
    const before = xrayVesselPath(artery, XRAY_FRAME, 0, length, 0, 0, steps);
    const after = xrayVesselPath(artery, XRAY_FRAME, 0, length, 1, 0, steps);
    const lesion = stepAt(artery.lesionCentre);
    const healthy = stepAt(artery.plaqueStart - 8);
    expect(widthAt(before, lesion, steps)).toBeLessThan(0.5 * widthAt(before, healthy, steps));
    expect(widthAt(after, lesion, steps)).toBeGreaterThan(widthAt(before, lesion, steps));
  });

  it('closes to nothing where a full clot blocks the artery', () => {
    const steps = 200;
    const length = artery.centreline.length;
    const d = xrayVesselPath(artery, XRAY_FRAME, 0, length, 0, 1, steps);
    const [start, end] = clotExtent(artery);
    const mid = Math.round(((start + end) / 2 / length) * steps);
    expect(widthAt(d, mid, steps)).toBeLessThan(0.2);
  });

  it('draws the guide catheter as one straight line ending at its tip', () => {
    const d = xrayCatheterPath(artery, XRAY_FRAME, 20);
    expect(d).toMatch(/^M-?[\d.]+,-?[\d.]+L-?[\d.]+,-?[\d.]+$/);
    const tip = points(d)[1];
    const p: [number, number, number] = [0, 0, 0];
    artery.centreline.pointAt(20, p);
    expect(tip).toEqual(xrayPoint(XRAY_FRAME, p[0], p[1]).split(',').map(Number));
  });
});
