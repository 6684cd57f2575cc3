import type { CoronaryArtery } from '../../src/case/patientCase.ts';
import type { Vec3 } from '../vec3.ts';
import { add, cross, len, mix, orthogonalTo, scale, sub, unit } from './math3.ts';
import type { MeshData } from './mesh.ts';
import { createPath3, type Path3, pathFromSamples } from './path3.ts';
import { ellipsoid, gradient, projectToSurface, roundCone, smoothUnion, type Sdf } from './sdf.ts';
import { surfaceNets } from './surfaceNets.ts';

/**
 * A stylised heart, about 120 mm from base to apex, in anatomy coordinates (figure.ts),
 * with its coronary arteries drawn on its surface at true lumen size.
 *
 * Position: behind the lower sternum, two thirds left of the midline, its long axis
 * pointing forwards, down and to the left, the apex near the left fifth intercostal space.
 */
export const HEART_CENTRE: Vec3 = [45, 1225, 35];
/** Unit vector from the base of the heart to its apex. */
export const HEART_AXIS: Vec3 = unit([0.6, -0.66, 0.42]);
/** Across the heart: towards its front (anterior) and towards its left side. */
const FRONT = orthogonalTo([0, 0, 1], HEART_AXIS);
const LEFT = scale(cross(HEART_AXIS, FRONT), -1);
/** Distance from the centre to the apex tip and the base (mm): 120 mm in all. */
export const HEART_LENGTH = 120;

export const heartPoint = (u: number, front: number, left: number): Vec3 =>
  add(HEART_CENTRE, add(scale(HEART_AXIS, u), add(scale(FRONT, front), scale(LEFT, left))));

/** The heart muscle: ventricles (a rounded cone) and the two atria at its base. */
export const heartSdf: Sdf = smoothUnion([
  { sdf: roundCone(heartPoint(-20, 0, 0), heartPoint(38, 0, 0), 44, 18), blend: 1 },
  // Right atrium (the patient's right) and left atrium (behind, at the base).
  { sdf: ellipsoid(heartPoint(-38, 2, -38), [30, 30, 30]), blend: 22 },
  { sdf: ellipsoid(heartPoint(-46, -28, 10), [30, 26, 28]), blend: 22 },
]);

let cachedHeart: MeshData | null = null;
export function heartMesh(): MeshData {
  cachedHeart ??= surfaceNets(
    heartSdf,
    sub(HEART_CENTRE, [95, 95, 95]),
    add(HEART_CENTRE, [95, 95, 95]),
    3.5,
  );
  return cachedHeart;
}

/** The aortic root (valve level) and its radius; the aorta rises from here. */
export const AORTIC_ROOT: Vec3 = heartPoint(-54, 8, 2);
export const AORTIC_ROOT_RADIUS = 15;

/** The openings of the left and right coronary arteries in the aortic root's sinuses. */
export const OSTIA = {
  // Left coronary sinus: towards the patient's left and back.
  left: add(AORTIC_ROOT, add(scale(unit([1, 0.1, -0.35]), AORTIC_ROOT_RADIUS), [0, 6, 0])),
  // Right coronary sinus: towards the front and the patient's right.
  right: add(AORTIC_ROOT, add(scale(unit([-0.55, 0.05, 1]), AORTIC_ROOT_RADIUS), [0, 6, 0])),
} as const satisfies Record<string, Vec3>;

export type OstiumSide = keyof typeof OSTIA;
/** Which opening each artery comes from: LAD and circumflex from the left main. */
export const OSTIUM_OF: Record<CoronaryArtery, OstiumSide> = {
  lad: 'left',
  lcx: 'left',
  rca: 'right',
};

/** A point on the heart's surface, by distance along its axis (mm) and angle (0 front, + left). */
export function surfacePoint(u: number, angleDeg: number): Vec3 {
  const a = (angleDeg * Math.PI) / 180;
  const centre = heartPoint(u, 0, 0);
  const dir = add(scale(FRONT, Math.cos(a)), scale(LEFT, Math.sin(a)));
  // Walk in from outside until inside, then halve the step back to the surface.
  let lo = 0;
  let hi = 140;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = add(centre, scale(dir, mid));
    if (heartSdf(p[0], p[1], p[2]) < 0) lo = mid;
    else hi = mid;
  }
  return add(centre, scale(dir, lo));
}

export const surfaceNormal = (p: Vec3): Vec3 => gradient(heartSdf, p);

/** One coronary artery: its centreline from its start, and its lumen radius along it. */
export interface Coronary {
  readonly name: CoronaryArtery | 'leftMain';
  readonly path: Path3;
  /** Lumen radius (mm) at arc length s. */
  radius(s: number): number;
}

/** Lumen diameters (mm), Circulation 1992 (clinical facts): tapering from start to end. */
export const CORONARY_DIAMETER = {
  leftMain: [4.5, 4.2],
  lad: [3.7, 1.9],
  lcx: [3.4, 1.8],
  rca: [3.6, 2.0],
} as const;

/** Dense surface samples along (u, angle) waypoints, lifted so the tube sits on the surface. */
function onSurface(way: readonly (readonly [number, number])[], radius: (f: number) => number) {
  const guide = createPath3(
    way.map(([u, a]) => [u, a, 0] as Vec3),
    12,
  );
  const pts: Vec3[] = [];
  const n = 90;
  for (let i = 0; i <= n; i++) {
    const [u, a] = guide.pointAt((guide.length * i) / n);
    const p = surfacePoint(u, a);
    pts.push(add(p, scale(surfaceNormal(p), radius(i / n) * 0.75)));
  }
  return pts;
}

const taper = (d: readonly [number, number]) => (f: number) => (d[0] + (d[1] - d[0]) * f) / 2;

/** (distance along the axis, angle) of a point near the heart: the inverse of surfacePoint. */
function axial(p: Vec3): [number, number] {
  const d = sub(p, HEART_CENTRE);
  const f = d[0] * FRONT[0] + d[1] * FRONT[1] + d[2] * FRONT[2];
  const l = d[0] * LEFT[0] + d[1] * LEFT[1] + d[2] * LEFT[2];
  const u = d[0] * HEART_AXIS[0] + d[1] * HEART_AXIS[1] + d[2] * HEART_AXIS[2];
  return [u, (Math.atan2(l, f) * 180) / Math.PI];
}

/** A coronary artery: a short stretch from its opening onto the surface, then along it. */
function artery(
  start: Vec3,
  way: readonly (readonly [number, number])[],
  d: readonly [number, number],
): Vec3[] {
  const first = way[0] ?? [0, 0];
  const onto = surfacePoint(first[0], first[1]);
  const lifted = add(onto, scale(surfaceNormal(onto), d[0] * 0.375));
  return [start, mix(start, lifted, 0.5), ...onSurface(way, taper(d))];
}

function coronaries(): Record<CoronaryArtery | 'leftMain', Coronary> {
  // The left main runs about 10 mm to the left from its opening, then divides.
  const lmD = CORONARY_DIAMETER.leftMain;
  const bifSurface = projectToSurface(heartSdf, add(OSTIA.left, [9, 0, 6]));
  const bif = add(bifSurface, scale(surfaceNormal(bifSurface), lmD[1] * 0.375));
  const leftMain = createPath3([OSTIA.left, mix(OSTIA.left, bif, 0.5), bif], 8);
  const [bu, ba] = axial(bifSurface);

  const lad = pathFromSamples(
    artery(
      bif,
      [
        [bu + 4, ba - 14],
        [-20, 16],
        [5, 10],
        [30, 8],
        [46, 4],
        [52, -12],
      ],
      CORONARY_DIAMETER.lad,
    ),
  );
  const lcx = pathFromSamples(
    artery(
      bif,
      [
        [bu - 2, ba + 16],
        [-40, 100],
        [-32, 125],
        [-20, 138],
        [-2, 142],
      ],
      CORONARY_DIAMETER.lcx,
    ),
  );
  const [ru, ra] = axial(projectToSurface(heartSdf, add(OSTIA.right, [-6, -4, 8])));
  const rca = pathFromSamples(
    artery(
      OSTIA.right,
      [
        [ru, ra],
        [-42, -60],
        [-34, -100],
        [-26, -145],
        [-14, -185],
        [6, -195],
        [24, -195],
      ],
      CORONARY_DIAMETER.rca,
    ),
  );
  const withRadius = (
    name: Coronary['name'],
    path: Path3,
    d: readonly [number, number],
  ): Coronary => ({ name, path, radius: (s) => taper(d)(s / path.length) });
  return {
    leftMain: withRadius('leftMain', leftMain, lmD),
    lad: withRadius('lad', lad, CORONARY_DIAMETER.lad),
    lcx: withRadius('lcx', lcx, CORONARY_DIAMETER.lcx),
    rca: withRadius('rca', rca, CORONARY_DIAMETER.rca),
  };
}

let cachedCoronaries: ReturnType<typeof coronaries> | null = null;
/** The left main, LAD, circumflex and right coronary artery. */
export function coronaryArteries(): Record<CoronaryArtery | 'leftMain', Coronary> {
  cachedCoronaries ??= coronaries();
  return cachedCoronaries;
}

/** Outside the heart? (for tests: the arteries lie on, not in, the muscle) */
export const heightAboveHeart = (p: Vec3): number => heartSdf(p[0], p[1], p[2]);
export const distanceBetween = (a: Vec3, b: Vec3): number => len(sub(a, b));
