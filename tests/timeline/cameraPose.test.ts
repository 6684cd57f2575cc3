import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { placeAnatomy } from '../../models/anatomy/placement.ts';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
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
});
