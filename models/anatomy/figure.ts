import type { Vec3 } from '../vec3.ts';
import { mirrorX } from './math3.ts';
import type { MeshData } from './mesh.ts';
import { ellipsoid, type Piece, roundCone, smoothUnion, type Sdf } from './sdf.ts';
import { surfaceNets } from './surfaceNets.ts';

/**
 * A calm, stylised adult figure, 1700 mm tall, built as one smooth surface.
 *
 * Anatomy coordinates (used by every file in models/anatomy), in mm: origin on the floor
 * between the feet of the figure standing in the anatomical position; +x the patient's
 * LEFT, +y towards the head, +z forwards (anterior). A viewer in front of the patient (+z)
 * sees the patient's left on their right, as in every anatomy atlas.
 *
 * Pose: the anatomical position (arms a little away from the sides, palms forward), which
 * is also how a patient lies on the catheter-lab table: on their back, palms up, the right
 * arm out on an arm board for the wrist route. The figure is modelled standing, but the
 * camera treats it as lying on its back: "up" in the room is the patient's front (+z), so
 * the tablet's wide landscape screen shows the whole patient lengthways, head to the left,
 * seen from their right side where the doctor stands (see shotFrames.ts).
 */
export const FIGURE_HEIGHT = 1700;

/** Joint and landmark positions of the right side; the left mirrors them. */
export const RIGHT = {
  shoulder: [-192, 1398, -5] as Vec3,
  elbow: [-262, 1118, 5] as Vec3,
  wrist: [-330, 878, 18] as Vec3,
  handTip: [-358, 720, 30] as Vec3,
  hip: [-95, 880, 0] as Vec3,
  knee: [-105, 490, 12] as Vec3,
  ankle: [-110, 85, -5] as Vec3,
} as const;

/** Limb radii at the joints, mm. */
const LIMB_RADIUS = {
  shoulder: 50,
  elbow: 38,
  wrist: 27,
  hip: 88,
  knee: 52,
  ankle: 32,
} as const;

function side(m: (v: Vec3) => Vec3): Piece[] {
  const r = RIGHT;
  const R = LIMB_RADIUS;
  return [
    { sdf: roundCone(m(r.shoulder), m(r.elbow), R.shoulder, R.elbow), blend: 40 },
    { sdf: roundCone(m(r.elbow), m(r.wrist), R.elbow, R.wrist), blend: 20 },
    { sdf: roundCone(m(r.wrist), m(r.handTip), 24, 19), blend: 14 },
    { sdf: roundCone(m(r.hip), m(r.knee), R.hip, R.knee), blend: 50 },
    { sdf: roundCone(m(r.knee), m(r.ankle), R.knee, R.ankle), blend: 20 },
    { sdf: ellipsoid(m([-107, 335, -14]), [50, 115, 52]), blend: 40 },
    { sdf: roundCone(m([-110, 40, -35]), m([-120, 28, 150]), 36, 24), blend: 30 },
  ];
}

const identity = (v: Vec3): Vec3 => v;

/** The figure's signed distance (negative inside). */
export const figureSdf: Sdf = smoothUnion([
  { sdf: ellipsoid([0, 1265, 0], [158, 190, 102]), blend: 1 },
  { sdf: roundCone([-172, 1402, -8], [172, 1402, -8], 56, 56), blend: 80 },
  { sdf: ellipsoid([0, 1045, 6], [138, 170, 98]), blend: 90 },
  { sdf: ellipsoid([0, 905, 0], [168, 108, 98]), blend: 70 },
  { sdf: roundCone([0, 1430, -12], [0, 1530, -4], 54, 46), blend: 40 },
  { sdf: ellipsoid([0, 1598, 8], [76, 102, 92]), blend: 30 },
  ...side(identity),
  ...side(mirrorX),
]);

/** Grid step for meshing the figure: fine enough to be smooth, coarse enough for tablets. */
const FIGURE_CELL = 12;

let cached: MeshData | null = null;

/** The figure's surface (built once; pure, so it can be shared). */
export function figureMesh(): MeshData {
  cached ??= surfaceNets(figureSdf, [-440, -20, -170], [440, 1720, 220], FIGURE_CELL);
  return cached;
}
