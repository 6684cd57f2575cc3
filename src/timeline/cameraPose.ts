import { crossInto, dot, length, normalize, type Vec3 } from '../../models/vec3.ts';
import {
  defaultUp,
  frameDirection,
  framePoint,
  type Placement,
} from '../../models/anatomy/placement.ts';
import type { Shot } from '../content/schema.ts';
import type { CameraPose } from './sceneState.ts';

/**
 * Camera shots as plain numbers the timeline can tween, and back. Pure: no three.js, so
 * the timeline stays a pure function of (procedure, case, time) and is testable in Node.
 */
export interface ResolvedShot {
  readonly position: Vec3;
  readonly target: Vec3;
  readonly up: Vec3;
  readonly fov: number;
}

/** Turns a content shot (in its frame) into scene coordinates. */
export type ShotResolver = (shot: Shot) => ResolvedShot;

/** Without a patient's anatomy: every shot is in the close-up's own coordinates. */
export const arteryShots: ShotResolver = (shot) => ({
  position: shot.position,
  target: shot.target,
  up: shot.up ?? [0, 1, 0],
  fov: shot.fov,
});

/**
 * Shots for a patient's case: body and heart shots follow where the anatomy is placed (the
 * heart shot also turns to face the case's narrowing, head up: placement.ts).
 */
export function shotResolver(placement: Placement): ShotResolver {
  return (shot) => {
    const frame = shot.frame ?? 'artery';
    if (frame === 'artery') return arteryShots(shot);
    return {
      position: framePoint(placement, frame, shot.position),
      target: framePoint(placement, frame, shot.target),
      up: frameDirection(placement, frame, shot.up ?? defaultUp(frame)),
      fov: shot.fov,
    };
  };
}

/** Screen-up with no roll: scene +y, squared up against the line of sight (written to `out`). */
function rollReference(dir: Vec3, out: Vec3): Vec3 {
  const d = dir[1];
  out[0] = -dir[0] * d;
  out[1] = 1 - dir[1] * d;
  out[2] = -dir[2] * d;
  return normalize(out);
}

export function poseOf(shot: ResolvedShot): CameraPose {
  const offset: Vec3 = [
    shot.position[0] - shot.target[0],
    shot.position[1] - shot.target[1],
    shot.position[2] - shot.target[2],
  ];
  const distance = length(offset) || 1;
  const dir = normalize([offset[0], offset[1], offset[2]]);
  const ref = rollReference(dir, [0, 0, 0]);
  const side = crossInto(dir, ref, [0, 0, 0]);
  return {
    lookX: shot.target[0],
    lookY: shot.target[1],
    lookZ: shot.target[2],
    camLogDistance: Math.log(distance),
    camZoomOut: 0,
    camAzimuth: Math.atan2(dir[0], dir[2]),
    camElevation: Math.asin(Math.max(-1, Math.min(1, dir[1]))),
    camRoll: Math.atan2(dot(side, shot.up), dot(ref, shot.up)),
    fov: shot.fov,
  };
}

// cameraOfPose runs every frame (CameraRig): it works in these instead of new arrays.
const DIR: Vec3 = [0, 0, 0];
const REF: Vec3 = [0, 0, 0];
const SIDE: Vec3 = [0, 0, 0];

/** Writes the camera's position and up vector for a pose (scene coordinates). */
export function cameraOfPose(pose: CameraPose, position: Vec3, up: Vec3): void {
  const distance = Math.exp(pose.camLogDistance + pose.camZoomOut);
  const ce = Math.cos(pose.camElevation);
  const dir = DIR;
  dir[0] = ce * Math.sin(pose.camAzimuth);
  dir[1] = Math.sin(pose.camElevation);
  dir[2] = ce * Math.cos(pose.camAzimuth);
  position[0] = pose.lookX + dir[0] * distance;
  position[1] = pose.lookY + dir[1] * distance;
  position[2] = pose.lookZ + dir[2] * distance;
  const ref = rollReference(dir, REF);
  const side = crossInto(dir, ref, SIDE);
  const c = Math.cos(pose.camRoll);
  const s = Math.sin(pose.camRoll);
  up[0] = ref[0] * c + side[0] * s;
  up[1] = ref[1] * c + side[1] * s;
  up[2] = ref[2] * c + side[2] * s;
}

/** The angle equal to `to` (mod 2 pi) nearest to `from`, so turns take the short way. */
export function nearestAngle(from: number, to: number): number {
  const turn = 2 * Math.PI;
  return to + turn * Math.round((from - to) / turn);
}

/** Half the height of the view at the target (mm): the picture's scale. */
export const viewHalfHeight = (logDistance: number, fov: number): number =>
  Math.exp(logDistance) * Math.tan((fov * Math.PI) / 360);

/**
 * How far the look-at point has moved (0..1) when the zoom has gone a fraction p of the way
 * in log scale, for a zoom by `ratio` (end scale / start scale). After van Wijk and Nuij
 * ("Smooth and efficient zooming and panning", 2003): the point moves in proportion to the
 * current view size, so it travels mostly while zoomed out and the subject stays in view.
 */
export function panFraction(p: number, ratio: number): number {
  if (Math.abs(Math.log(ratio)) < 1e-3) return p;
  return (Math.pow(ratio, p) - 1) / (ratio - 1);
}

/**
 * Extra zoom-out (log units) for a move whose pan is long compared with the view: enough
 * that both ends stay in view half-way, none for moves within the picture.
 */
export function zoomOutFor(pan: number, halfA: number, halfB: number): number {
  return Math.max(0, Math.log(pan / (1.6 * Math.max(halfA, halfB))));
}
