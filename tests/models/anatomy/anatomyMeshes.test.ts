import { describe, expect, it } from 'vitest';
import {
  GHOST_LENGTH,
  limbEnd,
  routeMeshes,
  TUBE_RADIAL,
} from '../../../models/anatomy/anatomyMeshes.ts';
import { accessRoute } from '../../../models/anatomy/routes.ts';
import { AORTA, ARCH_TOP_INDEX } from '../../../models/anatomy/vessels.ts';
import { distance, type Vec3 } from '../../../models/vec3.ts';

/** The arch's far end, where the descending aorta (faded at heart scale) carries on. */
const ARCH_END_POINT = AORTA.points[5];

describe("the catheter's route, split where it enters the aorta drawn at heart scale", () => {
  it('ends the arm part at the top of the arch, where the brachiocephalic artery joins it', () => {
    for (const artery of ['lad', 'lcx', 'rca'] as const) {
      const route = accessRoute('radial', artery);
      const s = limbEnd(route);
      expect(
        distance(route.path.pointAt(s), AORTA.points[ARCH_TOP_INDEX] ?? [0, 0, 0]),
      ).toBeLessThan(3);
      // The arm is most of the way; the aorta part still holds the ghost's whole stretch.
      expect(s).toBeGreaterThan(route.path.length / 2);
      expect(route.path.length - s).toBeGreaterThan(GHOST_LENGTH * 0.8);
    }
  });

  it('ends the leg part where the descending aorta meets the arch', () => {
    const route = accessRoute('femoral', 'lad');
    const s = limbEnd(route);
    expect(distance(route.path.pointAt(s), ARCH_END_POINT ?? [0, 0, 0])).toBeLessThan(3);
    // Everything before it is below the arch: the leg and the descending aorta.
    for (let t = 0; t < s; t += 10) expect(route.path.pointAt(t)[1]).toBeLessThan(1330);
  });

  it('makes two tubes that together are the whole route, with no gap', () => {
    const meshes = routeMeshes({
      variant: 'planned',
      access: 'radial',
      artery: 'lad',
      segment: 'mid',
      balloonPump: false,
      pacemaker: false,
    });
    const last = meshes.catheterLimb.positions.length;
    // The centre of one ring of the tube: the mean of its vertices.
    const ringCentre = (p: Float32Array, from: number, n: number): Vec3 => {
      const c: Vec3 = [0, 0, 0];
      for (let j = 0; j < n; j++) {
        c[0] += (p[from + j * 3] ?? 0) / n;
        c[1] += (p[from + j * 3 + 1] ?? 0) / n;
        c[2] += (p[from + j * 3 + 2] ?? 0) / n;
      }
      return c;
    };
    const radial = TUBE_RADIAL;
    const limbEndRing = ringCentre(meshes.catheterLimb.positions, last - radial * 3, radial);
    const aortaStartRing = ringCentre(meshes.catheter.positions, 0, radial);
    expect(distance(limbEndRing, aortaStartRing)).toBeLessThan(0.01);
    expect(limbEnd(meshes.route)).toBe(meshes.limb);
  });
});
