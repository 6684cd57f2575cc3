import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { projectToPixel } from '../../src/clinician/anchoring.ts';
import { pixelsPerMm, scaleBarLength } from '../../src/clinician/scale.ts';

describe('true-scale bar', () => {
  it('matches the distance between two projected points 1 mm apart at that depth', () => {
    for (const [distance, fov] of [
      [40, 32],
      [80, 32],
      [20, 50],
    ] as const) {
      const camera = new PerspectiveCamera(fov, 1180 / 420, 0.5, 600);
      camera.position.set(0, 0, distance);
      camera.lookAt(0, 0, 0);
      camera.updateMatrixWorld();
      const a = projectToPixel(new Vector3(0, 0, 0), camera, 1180, 420);
      const ax = a.x;
      const b = projectToPixel(new Vector3(1, 0, 0), camera, 1180, 420);
      expect(b.x - ax).toBeCloseTo(pixelsPerMm(distance, fov, 420), 6);
    }
  });

  it('doubles when the camera comes twice as close', () => {
    expect(pixelsPerMm(40, 32, 400)).toBeCloseTo(2 * pixelsPerMm(80, 32, 400), 9);
  });

  it('picks the longest easy length that fits', () => {
    expect(scaleBarLength(10, 180)).toBe(10);
    expect(scaleBarLength(40, 180)).toBe(3);
    expect(scaleBarLength(2, 180)).toBe(50);
    expect(scaleBarLength(1000, 180)).toBe(0.5);
  });
});
