import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Sphere, Vector3 } from 'three';
import { pointAtDepth, projectToPixel, rayThroughPixel } from '../../src/clinician/anchoring.ts';

const W = 1180;
const H = 420;

function cameraAt(position: [number, number, number], fov = 32): PerspectiveCamera {
  const camera = new PerspectiveCamera(fov, W / H, 0.5, 600);
  camera.position.set(...position);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

// A stand-in for the model's surface: a ball at the origin (the scene raycasts real meshes).
const surface = new Sphere(new Vector3(0, 0, 0), 6);
const poses: [number, number, number][] = [
  [0, 13, 80],
  [30, 5, 50],
  [-20, -10, 40],
  [0, 0, 25],
];
const pixels: [number, number][] = [
  [590, 210],
  [560, 190],
  [620, 235],
];

describe('marks anchored on the model', () => {
  it('project back to where they were drawn, within a pixel, for several camera poses', () => {
    for (const pose of poses) {
      const camera = cameraAt(pose);
      for (const [x, y] of pixels) {
        const anchor = rayThroughPixel(camera, x, y, W, H).intersectSphere(surface, new Vector3());
        expect(anchor).not.toBeNull();
        if (!anchor) continue;
        const back = projectToPixel(anchor, camera, W, H);
        expect(back.inFront).toBe(true);
        expect(Math.abs(back.x - x)).toBeLessThan(1);
        expect(Math.abs(back.y - y)).toBeLessThan(1);
      }
    }
  });

  it('move with the model when the view turns: the anchor stays put in model space', () => {
    const before = cameraAt([0, 13, 80]);
    const anchor = rayThroughPixel(before, 600, 200, W, H).intersectSphere(surface, new Vector3());
    if (!anchor) throw new Error('missed');
    const after = cameraAt([30, 13, 70]);
    const moved = projectToPixel(anchor, after, W, H);
    // Seen from the new pose it is somewhere else on screen, but still on the surface there.
    expect(Math.hypot(moved.x - 600, moved.y - 200)).toBeGreaterThan(5);
    const again = rayThroughPixel(after, moved.x, moved.y, W, H).intersectSphere(
      surface,
      new Vector3(),
    );
    expect(again?.distanceTo(anchor) ?? Infinity).toBeLessThan(0.05);
  });

  it('puts points drawn just off the model at the depth of the stroke, under the finger', () => {
    for (const pose of poses) {
      const camera = cameraAt(pose);
      const reference = new Vector3(1, 2, 3);
      const ray = rayThroughPixel(camera, 100, 50, W, H);
      const point = pointAtDepth(ray, camera, reference);
      const forward = camera.getWorldDirection(new Vector3());
      const depth = (p: Vector3) => p.clone().sub(camera.position).dot(forward);
      expect(depth(point)).toBeCloseTo(depth(reference), 6);
      const back = projectToPixel(point, camera, W, H);
      expect(Math.abs(back.x - 100)).toBeLessThan(1);
      expect(Math.abs(back.y - 50)).toBeLessThan(1);
    }
  });

  it('reports points behind the camera', () => {
    const camera = cameraAt([0, 0, 30]);
    expect(projectToPixel(new Vector3(0, 0, 60), camera, W, H).inFront).toBe(false);
  });
});
