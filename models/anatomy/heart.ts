import type { CoronaryArtery } from '../case.ts';
import type { Vec3 } from '../vec3.ts';
import { add, cross, mix, orthogonalTo, scale, sub, unit } from './math3.ts';
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

/** Anatomy coordinates → the heart's own (along the axis, towards its front, its left). */
function local(x: number, y: number, z: number): Vec3 {
  const dx = x - HEART_CENTRE[0];
  const dy = y - HEART_CENTRE[1];
  const dz = z - HEART_CENTRE[2];
  return [
    dx * HEART_AXIS[0] + dy * HEART_AXIS[1] + dz * HEART_AXIS[2],
    dx * FRONT[0] + dy * FRONT[1] + dz * FRONT[2],
    dx * LEFT[0] + dy * LEFT[1] + dz * LEFT[2],
  ];
}
/** A shape written in the heart's own coordinates (u, front, left), as an anatomy SDF. */
const inHeart =
  (sdf: Sdf): Sdf =>
  (x, y, z) => {
    const [u, f, l] = local(x, y, z);
    return sdf(u, f, l);
  };

/** The aortic root (valve level) and its radius; the aorta rises from here. */
export const AORTIC_ROOT: Vec3 = heartPoint(-54, 8, 2);
const AORTIC_ROOT_RADIUS = 15;
/** Where the heart's own stretch of the ascending aorta ends (the arch is in vessels.ts). */
const ASCENDING_TOP: Vec3 = [4, 1300, 26];

/** What a part of the heart is made of: its colour in the picture (see heartTissues). */
export type HeartTissue = 'muscle' | 'atrium' | 'aorta' | 'pulmonary' | 'vein';

interface HeartPiece {
  readonly tissue: HeartTissue;
  readonly sdf: Sdf;
  readonly blend: number;
}

/**
 * A textbook heart from a few smooth pieces (sizes of an adult heart, mm): the left
 * ventricle makes the apex; the right ventricle wraps its front and right, and the shallow
 * crease where they meet is the front (interventricular) groove; the atria and their ear-
 * like auricles sit at the base, above the atrioventricular groove; the aorta rises from the
 * middle of the base, the pulmonary trunk in front and to its left, and the superior vena
 * cava into the right atrium.
 */
const PIECES: readonly HeartPiece[] = [
  { tissue: 'muscle', sdf: inHeart(roundCone([-24, -8, 12], [48, 2, 8], 37, 9)), blend: 1 },
  { tissue: 'muscle', sdf: inHeart(ellipsoid([-10, 14, -12], [34, 24, 32])), blend: 14 },
  { tissue: 'atrium', sdf: inHeart(ellipsoid([-50, -2, -34], [20, 26, 24])), blend: 12 },
  { tissue: 'atrium', sdf: inHeart(ellipsoid([-52, -28, 8], [18, 22, 30])), blend: 12 },
  // Right auricle, folded forwards round the aortic root; left auricle beside the trunk.
  { tissue: 'atrium', sdf: inHeart(ellipsoid([-50, 22, -18], [10, 9, 17])), blend: 8 },
  { tissue: 'atrium', sdf: inHeart(ellipsoid([-58, 12, 36], [9, 9, 16])), blend: 8 },
  {
    tissue: 'aorta',
    sdf: roundCone(AORTIC_ROOT, ASCENDING_TOP, AORTIC_ROOT_RADIUS, 14),
    blend: 6,
  },
  {
    tissue: 'pulmonary',
    sdf: roundCone(heartPoint(-44, 22, 2), [28, 1302, 12], 13, 12),
    blend: 6,
  },
  // Its left and right branches (the right one passes behind the aorta).
  { tissue: 'pulmonary', sdf: roundCone([28, 1302, 12], [52, 1304, -14], 9, 8), blend: 4 },
  { tissue: 'pulmonary', sdf: roundCone([28, 1302, 12], [0, 1298, -16], 9, 8), blend: 4 },
  { tissue: 'vein', sdf: roundCone(heartPoint(-56, -4, -40), [-22, 1306, 22], 10, 9.5), blend: 8 },
];

/** The heart's outer surface (muscle, atria and the stumps of its great vessels). */
const muscleSdf: Sdf = smoothUnion(PIECES);

/** The grooves the coronary arteries lie in: width either side (mm) and depth (mm). */
const GROOVE_HALF_WIDTH = 6;
export const GROOVE_DEPTH = 1.6;
/** Coarse centrelines of the grooves (every few mm along each artery), built on first use. */
let grooveLines: readonly Vec3[][] | null = null;

function distanceToGrooves(x: number, y: number, z: number, lines: readonly Vec3[][]): number {
  let best = Infinity;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Vec3;
      const b = line[i] as Vec3;
      const abx = b[0] - a[0];
      const aby = b[1] - a[1];
      const abz = b[2] - a[2];
      const t = Math.max(
        0,
        Math.min(
          1,
          ((x - a[0]) * abx + (y - a[1]) * aby + (z - a[2]) * abz) /
            (abx * abx + aby * aby + abz * abz || 1),
        ),
      );
      const dx = x - a[0] - abx * t;
      const dy = y - a[1] - aby * t;
      const dz = z - a[2] - abz * t;
      best = Math.min(best, dx * dx + dy * dy + dz * dz);
    }
  return Math.sqrt(best);
}

/**
 * The heart's outer surface (muscle, atria and the stumps of its great vessels), with
 * shallow grooves under the coronary arteries: the interventricular groove down the front
 * and the atrioventricular groove round the base, as in an atlas.
 */
export const heartSdf: Sdf = (x, y, z) => {
  const d = muscleSdf(x, y, z);
  if (Math.abs(d) > GROOVE_HALF_WIDTH + 2) return d;
  return d + grooveDepthAt([x, y, z]);
};

/** How deep the groove is at a point (mm): full under an artery, none 6 mm to the side. */
export function grooveDepthAt(p: Vec3): number {
  grooveLines ??= Object.values(coronaryArteries()).map((c) => {
    const pts: Vec3[] = [];
    for (let s = 0; s <= c.path.length; s += 4) pts.push(c.path.pointAt(s));
    return pts;
  });
  const r = distanceToGrooves(p[0], p[1], p[2], grooveLines) / GROOVE_HALF_WIDTH;
  if (r >= 1) return 0;
  const k = 1 - r * r;
  return GROOVE_DEPTH * k * k;
}

let cachedHeart: MeshData | null = null;
export function heartMesh(): MeshData {
  cachedHeart ??= surfaceNets(
    heartSdf,
    sub(HEART_CENTRE, [100, 100, 100]),
    add(HEART_CENTRE, [100, 120, 100]),
    3.2,
  );
  return cachedHeart;
}

const TISSUES: readonly HeartTissue[] = ['muscle', 'atrium', 'aorta', 'pulmonary', 'vein'];

/**
 * How much of each tissue every vertex of heartMesh() shows (0..1, summing to 1), blended
 * over a few mm where pieces meet, so the scene can colour the vessels apart from the muscle.
 */
export function heartTissues(): Record<HeartTissue, Float32Array> {
  const mesh = heartMesh();
  const n = mesh.positions.length / 3;
  const out = Object.fromEntries(TISSUES.map((t) => [t, new Float32Array(n)])) as Record<
    HeartTissue,
    Float32Array
  >;
  const p = mesh.positions;
  const d = new Array<number>(TISSUES.length);
  for (let v = 0; v < n; v++) {
    const x = p[v * 3] ?? 0;
    const y = p[v * 3 + 1] ?? 0;
    const z = p[v * 3 + 2] ?? 0;
    d.fill(Infinity);
    for (const piece of PIECES) {
      const i = TISSUES.indexOf(piece.tissue);
      d[i] = Math.min(d[i] ?? Infinity, piece.sdf(x, y, z));
    }
    const nearest = Math.min(...d);
    let sum = 0;
    const w = d.map((di) => {
      const k = Math.exp(-Math.max(0, di - nearest) / 0.8);
      sum += k;
      return k;
    });
    TISSUES.forEach((t, i) => {
      out[t][v] = (w[i] ?? 0) / sum;
    });
  }
  return out;
}

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
function surfacePoint(u: number, angleDeg: number): Vec3 {
  const a = (angleDeg * Math.PI) / 180;
  const centre = heartPoint(u, 0, 0);
  const dir = add(scale(FRONT, Math.cos(a)), scale(LEFT, Math.sin(a)));
  // Walk in from outside until inside, then halve the step back to the surface.
  let lo = 0;
  let hi = 140;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = add(centre, scale(dir, mid));
    if (muscleSdf(p[0], p[1], p[2]) < 0) lo = mid;
    else hi = mid;
  }
  return add(centre, scale(dir, lo));
}

export const surfaceNormal = (p: Vec3): Vec3 => gradient(heartSdf, p);
/** The normal of the groove-free surface, which the arteries are laid out on. */
const muscleNormal = (p: Vec3): Vec3 => gradient(muscleSdf, p);

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
    pts.push(add(p, scale(muscleNormal(p), radius(i / n) * 0.75)));
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
  const lifted = add(onto, scale(muscleNormal(onto), d[0] * 0.375));
  return [start, mix(start, lifted, 0.5), ...onSurface(way, taper(d))];
}

function coronaries(): Record<CoronaryArtery | 'leftMain', Coronary> {
  // The left main runs about 10 mm to the left from its opening, then divides.
  const lmD = CORONARY_DIAMETER.leftMain;
  const bifSurface = projectToSurface(muscleSdf, add(OSTIA.left, [8, -1, 5]));
  const bif = add(bifSurface, scale(muscleNormal(bifSurface), lmD[1] * 0.375));
  const leftMain = createPath3([OSTIA.left, mix(OSTIA.left, bif, 0.5), bif], 8);
  const [bu, ba] = axial(bifSurface);

  const lad = pathFromSamples(
    artery(
      bif,
      [
        [bu + 4, ba - 14],
        [-20, 22],
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
        [bu + 4, ba + 30],
        [-40, 100],
        [-32, 125],
        [-20, 138],
        [-2, 142],
      ],
      CORONARY_DIAMETER.lcx,
    ),
  );
  const [ru, ra] = axial(projectToSurface(muscleSdf, add(OSTIA.right, [-6, -4, 8])));
  const rca = pathFromSamples(
    artery(
      OSTIA.right,
      [
        [ru, ra],
        [-40, -60],
        [-27, -100],
        [-22, -145],
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
