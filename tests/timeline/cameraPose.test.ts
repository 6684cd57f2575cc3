import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { HEART_CENTRE, heartSdf } from '../../models/anatomy/heart.ts';
import { applyDirection, applyPoint, placeAnatomy } from '../../models/anatomy/placement.ts';
import { CORONARY_ARTERIES, DEFAULT_CASE, SEGMENTS } from '../../src/case/patientCase.ts';
import { procedure } from '../../src/content/index.ts';
import { buildTimeline } from '../../src/timeline/buildTimeline.ts';
import {
  arteryShots,
  cameraOfPose,
  nearestAngle,
  panFraction,
  poseOf,
  shotResolver,
} from '../../src/timeline/cameraPose.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';
import type { Vec3 } from '../../models/vec3.ts';

describe('camera poses', () => {
  it('turns a shot into numbers and back', () => {
    const shot = {
      position: [-900, 300, 1850] as Vec3,
      target: [10, -20, 5] as Vec3,
      up: [0.2, 0.3, 1] as Vec3,
      fov: 32,
    };
    const pose = poseOf(shot);
    const pos: Vec3 = [0, 0, 0];
    const up: Vec3 = [0, 0, 0];
    cameraOfPose(pose, pos, up);
    for (let i = 0; i < 3; i++) expect(pos[i]).toBeCloseTo(shot.position[i] ?? 0, 6);
    // Up comes back squared to the line of sight, pointing the same way.
    const dir = pos.map((p, i) => p - (shot.target[i] ?? 0));
    expect(up[0] * (dir[0] ?? 0) + up[1] * (dir[1] ?? 0) + up[2] * (dir[2] ?? 0)).toBeCloseTo(0, 6);
    expect(up[0] * 0.2 + up[1] * 0.3 + up[2]).toBeGreaterThan(0.5);
  });

  it('turns the short way round and pans with the zoom', () => {
    expect(nearestAngle(3, -3)).toBeCloseTo(-3 + 2 * Math.PI, 9);
    expect(panFraction(0.5, 1)).toBeCloseTo(0.5, 9);
    // Zooming in 100 times: most of the pan is done while still zoomed out.
    expect(panFraction(0.5, 0.01)).toBeGreaterThan(0.85);
    expect(panFraction(1, 0.01)).toBeCloseTo(1, 9);
  });

  it('places body and heart shots with the anatomy; artery shots stay put', () => {
    const artery = createArtery();
    const resolve = shotResolver(placeAnatomy(DEFAULT_CASE, artery));
    const heart = procedure.shots.heart;
    const lesion = procedure.shots.lesion;
    expect(heart).toBeDefined();
    if (!heart || !lesion) return;
    expect(resolve(lesion)).toEqual(arteryShots(lesion));
    const placed = resolve(heart);
    const d = Math.hypot(...placed.position.map((p, i) => p - (placed.target[i] ?? 0)));
    expect(d).toBeCloseTo(
      Math.hypot(...heart.position.map((p, i) => p - (heart.target[i] ?? 0))),
      6,
    );
  });

  it('builds a timeline for a case that seeks the same as it plays', () => {
    const artery = createArtery();
    const resolve = shotResolver(
      placeAnatomy({ ...DEFAULT_CASE, access: 'femoral', artery: 'rca' }, artery),
    );
    const a = buildTimeline(procedure, landmarksOf(artery), resolve);
    const b = buildTimeline(procedure, landmarksOf(artery), resolve);
    for (const t of [30, 5, 60, 12.5]) {
      a.timeline.seek(t, true);
      b.timeline.seek(0, true);
      b.timeline.seek(t, true);
      expect(a.state.camLogDistance).toBeCloseTo(b.state.camLogDistance, 9);
      expect(a.state.lookX).toBeCloseTo(b.state.lookX, 9);
    }
    a.timeline.kill();
    b.timeline.kill();
  });

  describe('the heart shot faces each narrowing, head up', () => {
    const shot = procedure.shots.heart;
    const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
    const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    const unit = (a: Vec3): Vec3 => {
      const l = Math.sqrt(dot(a, a));
      return [a[0] / l, a[1] / l, a[2] / l];
    };
    for (const artery of CORONARY_ARTERIES)
      for (const segment of SEGMENTS)
        it(`sees a ${segment} ${artery} narrowing from outside the heart`, () => {
          expect(shot?.frame).toBe('heart');
          if (!shot) return;
          const placement = placeAnatomy({ ...DEFAULT_CASE, artery, segment }, createArtery());
          const placed = shotResolver(placement)(shot);
          const lesion = placement.lesion;
          // The narrowing's side of the heart faces the camera (its normal maps to +z).
          const point = applyPoint(placement.matrix, lesion.point);
          const toCamera = unit(sub(placed.position, point));
          expect(dot(toCamera, applyDirection(placement.matrix, lesion.normal))).toBeGreaterThan(
            0.35,
          );
          // Nothing of the heart stands between the camera and the narrowing: walk from
          // just above it towards the camera (in the heart's own coordinates).
          const inverse = (p: Vec3): Vec3 => {
            const m = placement.matrix;
            const d = sub(p, [m[12] ?? 0, m[13] ?? 0, m[14] ?? 0]);
            return [
              d[0] * (m[0] ?? 0) + d[1] * (m[1] ?? 0) + d[2] * (m[2] ?? 0),
              d[0] * (m[4] ?? 0) + d[1] * (m[5] ?? 0) + d[2] * (m[6] ?? 0),
              d[0] * (m[8] ?? 0) + d[1] * (m[9] ?? 0) + d[2] * (m[10] ?? 0),
            ];
          };
          const camera = inverse(placed.position);
          const start: Vec3 = [0, 1, 2].map(
            (i) => (lesion.point[i] ?? 0) + (lesion.normal[i] ?? 0) * 4,
          ) as Vec3;
          const dir = unit(sub(camera, start));
          for (let t = 0; t < 200; t += 1) {
            const p = [0, 1, 2].map((i) => (start[i] ?? 0) + (dir[i] ?? 0) * t) as Vec3;
            expect(heartSdf(p[0], p[1], p[2])).toBeGreaterThan(0);
          }
          // The patient's head is up on screen (squared to a line of sight at most 37 degrees
          // from level).
          const head = applyDirection(placement.matrix, [0, 1, 0]);
          expect(dot(unit(placed.up), head)).toBeGreaterThan(0.75);
          // The heart is in the middle of the picture, the camera well outside it.
          const centre = applyPoint(placement.matrix, HEART_CENTRE);
          expect(
            Math.sqrt(dot(sub(placed.target, centre), sub(placed.target, centre))),
          ).toBeLessThan(40);
        });
  });
});
