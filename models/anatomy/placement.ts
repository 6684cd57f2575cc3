import type { Artery } from '../artery.ts';
import type { CoronaryArtery, PatientCase, Segment } from '../case.ts';
import { SEGMENTS } from '../case.ts';
import type { Vec3 } from '../vec3.ts';
import { add, cross, dot, orthogonalTo, scale, sub, unit } from './math3.ts';
import {
  AORTIC_ROOT,
  coronaryArteries,
  HEART_CENTRE,
  OSTIA,
  OSTIUM_OF,
  surfaceNormal,
} from './heart.ts';
import { FEMORAL_SKIN, RADIAL_SKIN } from './routes.ts';

/**
 * Where the patient's narrowing is on their heart, and how the whole anatomy is placed in
 * the scene so that this narrowing lands exactly on the close-up artery's narrowing.
 *
 * The close-up artery stays where it has always been (origin, running along +x, cut open
 * on z = 0 with the viewer on +z). The anatomy is moved and turned around it: the lesion
 * point on the heart's artery goes to the close-up's lesion point, the two arteries run the
 * same way, and the heart's outward surface normal points to +z, so the cutaway faces away
 * from the heart and the heart sits behind the close-up.
 */

/** Arc-length range of a segment: each artery is split in thirds (proximal, mid, distal). */
export function segmentRange(artery: CoronaryArtery, segment: Segment): [number, number] {
  const length = coronaryArteries()[artery].path.length;
  const i = SEGMENTS.indexOf(segment);
  return [(length * i) / 3, (length * (i + 1)) / 3];
}

export interface LesionSite {
  readonly artery: CoronaryArtery;
  readonly segment: Segment;
  /** Arc length along the artery (from its start). */
  readonly s: number;
  readonly point: Vec3;
  /** Along the artery, the way the blood flows. */
  readonly tangent: Vec3;
  /** Out of the heart's surface, at right angles to the tangent. */
  readonly normal: Vec3;
  /** The artery's lumen radius here (mm). */
  readonly radius: number;
}

/** The narrowing: the middle of the chosen segment. */
export function lesionSite(artery: CoronaryArtery, segment: Segment): LesionSite {
  const c = coronaryArteries()[artery];
  const [s0, s1] = segmentRange(artery, segment);
  const s = (s0 + s1) / 2;
  const point = c.path.pointAt(s);
  const tangent = c.path.tangentAt(s);
  const normal = orthogonalTo(surfaceNormal(point), tangent);
  return { artery, segment, s, point, tangent, normal, radius: c.radius(s) };
}

/** A rigid transform as a 4x4 matrix, column-major (three.js Matrix4.fromArray order). */
export type Mat4 = readonly number[];

export function applyPoint(m: Mat4, p: Vec3): Vec3 {
  return [
    (m[0] ?? 0) * p[0] + (m[4] ?? 0) * p[1] + (m[8] ?? 0) * p[2] + (m[12] ?? 0),
    (m[1] ?? 0) * p[0] + (m[5] ?? 0) * p[1] + (m[9] ?? 0) * p[2] + (m[13] ?? 0),
    (m[2] ?? 0) * p[0] + (m[6] ?? 0) * p[1] + (m[10] ?? 0) * p[2] + (m[14] ?? 0),
  ];
}

export function applyDirection(m: Mat4, v: Vec3): Vec3 {
  return [
    (m[0] ?? 0) * v[0] + (m[4] ?? 0) * v[1] + (m[8] ?? 0) * v[2],
    (m[1] ?? 0) * v[0] + (m[5] ?? 0) * v[1] + (m[9] ?? 0) * v[2],
    (m[2] ?? 0) * v[0] + (m[6] ?? 0) * v[1] + (m[10] ?? 0) * v[2],
  ];
}

/** Orthonormal frame (tangent, side, normal) from a tangent and an approximate normal. */
function frame(tangent: Vec3, normal: Vec3): [Vec3, Vec3, Vec3] {
  const t = unit(tangent);
  const n = orthogonalTo(normal, t);
  return [t, cross(n, t), n];
}

export interface Placement {
  readonly lesion: LesionSite;
  /** Where the catheter goes through the skin (anatomy coordinates). */
  readonly entry: Vec3;
  /** Anatomy coordinates → scene (world) coordinates. */
  readonly matrix: Mat4;
  /** The close-up's lesion point and direction the anatomy's lesion was mapped onto. */
  readonly target: { readonly point: Vec3; readonly tangent: Vec3 };
}

/** The placement of the anatomy for a case, around the given close-up artery. */
export function placeAnatomy(kase: PatientCase, closeUp: Artery): Placement {
  const lesion = lesionSite(kase.artery, kase.segment);
  const wp: Vec3 = [0, 0, 0];
  const wt: Vec3 = [0, 0, 0];
  closeUp.centreline.pointAt(closeUp.lesionCentre, wp);
  closeUp.centreline.tangentAt(closeUp.lesionCentre, wt);
  const a = frame(lesion.tangent, lesion.normal);
  const w = frame(wt, [0, 0, 1]);
  // R = sum over axes of w_i a_i^T: takes the anatomy's frame onto the close-up's.
  const r = (row: number, col: number): number =>
    a.reduce((sum, ai, i) => sum + ((w[i] as Vec3)[row] ?? 0) * (ai[col] ?? 0), 0);
  const rl: Vec3 = [
    dot([r(0, 0), r(0, 1), r(0, 2)], lesion.point),
    dot([r(1, 0), r(1, 1), r(1, 2)], lesion.point),
    dot([r(2, 0), r(2, 1), r(2, 2)], lesion.point),
  ];
  const t = sub(wp, rl);
  const matrix = [
    r(0, 0),
    r(1, 0),
    r(2, 0),
    0,
    r(0, 1),
    r(1, 1),
    r(2, 1),
    0,
    r(0, 2),
    r(1, 2),
    r(2, 2),
    0,
    t[0],
    t[1],
    t[2],
    1,
  ];
  const entry = kase.access === 'radial' ? RADIAL_SKIN : FEMORAL_SKIN;
  return { lesion, entry, matrix, target: { point: [...wp], tangent: [...wt] } };
}

/**
 * Frames that camera shots can be written in (all but 'artery' with anatomy axes: +x the
 * patient's left, +y towards the head, +z their front; mm):
 * - 'artery' (the default): the scene itself, the close-up artery's own coordinates;
 * - 'heart': origin at the centre of the heart, turned to face the case's narrowing: +z
 *   from the heart out towards the narrowing (kept near level), +y as near
 *   the head as that allows, +x to the viewer's right. So one shot shows every narrowing
 *   from outside the heart, head up (see heartViewAxes);
 * - 'ostium': the heart frame's axes, with its origin at the opening of the case's artery in
 *   the aortic root (left or right), where the guide catheter's tip sits;
 * - 'path': the heart frame's axes, with its origin half-way between that opening and the
 *   narrowing, so one shot shows the catheter's tip and the narrowing together;
 * - 'body': origin at the middle of the body (1000 mm above the floor);
 * - 'entry': origin where the catheter goes in (wrist or groin, from the case).
 */
export type ShotFrame = 'artery' | 'heart' | 'ostium' | 'path' | 'body' | 'entry';
const BODY_ORIGIN: Vec3 = [0, 1000, 0];

/** The room's "up" for a patient lying on their back: their front (+z). */
const ROOM_UP: Vec3 = [0, 0, 1];
/** Towards the patient's head: "up" for the heart, as leaflets and atlases draw it. */
const HEAD_UP: Vec3 = [0, 1, 0];

/**
 * How far the heart view may look down from above or up from below (sines of the angles:
 * 30 degrees down; 37 up, for narrowings on the underside of the heart).
 */
const HEART_VIEW_TILT = { above: 0.5, below: -0.6 } as const;
/** A nudge towards the front of the body, so the view stays as familiar as the case allows. */
const HEART_VIEW_FRONT_BIAS = 0.2;

/**
 * The heart frame's axes (x, y, z as anatomy directions) for a narrowing: z looks out along
 * the heart's surface normal at the narrowing (nudged to the front, kept near level), y is
 * the head's direction squared to it, x = y × z.
 */
function heartViewAxes(lesion: LesionSite, lean: Vec3 = [0, 0, 0]): [Vec3, Vec3, Vec3] {
  const out = add(add(surfaceNormal(lesion.point), [0, 0, HEART_VIEW_FRONT_BIAS]), lean);
  const level = unit([out[0], 0, out[2]]);
  const tilt = Math.max(HEART_VIEW_TILT.below, Math.min(HEART_VIEW_TILT.above, unit(out)[1]));
  const c = Math.sqrt(1 - tilt * tilt);
  const z: Vec3 = [level[0] * c, tilt, level[2] * c];
  const y = orthogonalTo(HEAD_UP, z);
  return [cross(y, z), y, z];
}

/**
 * The opening and path views lean towards the side the artery's opening faces (out of the
 * aortic root), so the catheter's tip in it is not hidden behind the aorta or the
 * pulmonary trunk (as the X-ray views used for each artery do).
 */
const OSTIUM_LEAN = 0.9;
const ostiumOutward = (lesion: LesionSite): Vec3 => {
  const o = OSTIA[OSTIUM_OF[lesion.artery]];
  return unit([o[0] - AORTIC_ROOT[0], 0, o[2] - AORTIC_ROOT[2]]);
};

function frameOrigin(placement: Placement, frameName: Exclude<ShotFrame, 'artery'>): Vec3 {
  if (frameName === 'body') return BODY_ORIGIN;
  if (frameName === 'heart') return HEART_CENTRE;
  const ostium = OSTIA[OSTIUM_OF[placement.lesion.artery]];
  if (frameName === 'ostium') return ostium;
  if (frameName === 'path') return scale(add(ostium, placement.lesion.point), 0.5);
  return placement.entry;
}

/** A direction in a frame's own axes, as an anatomy direction. */
function frameAxes(placement: Placement, frameName: Exclude<ShotFrame, 'artery'>, v: Vec3): Vec3 {
  if (frameName === 'body' || frameName === 'entry') return v;
  const [x, y, z] = heartViewAxes(
    placement.lesion,
    frameName === 'heart' ? undefined : scale(ostiumOutward(placement.lesion), OSTIUM_LEAN),
  );
  return add(add(scale(x, v[0]), scale(y, v[1])), scale(z, v[2]));
}

export function framePoint(placement: Placement, frameName: ShotFrame, p: Vec3): Vec3 {
  if (frameName === 'artery') return p;
  const origin = frameOrigin(placement, frameName);
  return applyPoint(placement.matrix, add(origin, frameAxes(placement, frameName, p)));
}

export function frameDirection(placement: Placement, frameName: ShotFrame, v: Vec3): Vec3 {
  return frameName === 'artery'
    ? v
    : applyDirection(placement.matrix, frameAxes(placement, frameName, v));
}

/** A frame's default screen-up: the head for the heart, the room's up for the lying body. */
export const defaultUp = (frameName: Exclude<ShotFrame, 'artery'>): Vec3 =>
  frameName === 'body' || frameName === 'entry' ? ROOM_UP : [0, 1, 0];
