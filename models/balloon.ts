import {
  BALLOON_FOLDED_DIAMETER,
  BALLOON_SHAFT_DIAMETER,
  BALLOON_TAPER_LENGTH,
} from './dimensions.ts';
import { clamp, lerp, smoothstep } from './vec3.ts';

/** Where the balloon is and how far it is blown up. */
export interface BalloonPose {
  /** Arc length of the balloon's middle (mm). */
  centre: number;
  /** Length of the balloon, cone tip to cone tip (mm). */
  length: number;
  /** Diameter when fully inflated (mm). */
  nominalDiameter: number;
  /** 0 = folded flat around the shaft, 1 = fully inflated. */
  inflation: number;
}

export const SHAFT_RADIUS = BALLOON_SHAFT_DIAMETER / 2;
/** The inner tube that runs through the balloon and carries the guidewire. */
export const INNER_TUBE_RADIUS = 0.28;
const FOLDED_RADIUS = BALLOON_FOLDED_DIAMETER / 2;
/** A folded balloon has three wings wrapped around the shaft: this is how far they stand out. */
const WING_DEPTH = 0.06;

/** 0 at the balloon's ends, 1 along its cylindrical body; smooth cones in between. */
function bodyProfile(pose: BalloonPose, s: number): number {
  const u = Math.abs(s - pose.centre);
  const half = pose.length / 2;
  return 1 - smoothstep(half - BALLOON_TAPER_LENGTH, half, u);
}

/** Outer radius of the balloon's skin at arc length s and angle theta. */
export function balloonRadius(pose: BalloonPose, s: number, theta: number): number {
  const body = bodyProfile(pose, s);
  const i = clamp(pose.inflation, 0, 1);
  const folded = lerp(
    INNER_TUBE_RADIUS + 0.02,
    FOLDED_RADIUS + WING_DEPTH * Math.cos(3 * theta),
    body,
  );
  const inflated = lerp(INNER_TUBE_RADIUS + 0.02, pose.nominalDiameter / 2, body);
  return lerp(folded, inflated, i);
}

/** The largest radius the balloon reaches at s, over every angle: what it presses on the plaque with. */
export function balloonMaxRadius(pose: BalloonPose, s: number): number {
  return Math.max(balloonRadius(pose, s, 0), balloonRadius(pose, s, Math.PI / 3));
}

/** Radius of the balloon catheter's shaft at s: the shaft behind, the inner tube through, a soft tip ahead. */
export function balloonShaftRadius(pose: BalloonPose, s: number): number {
  const half = pose.length / 2;
  const proximal = pose.centre - half;
  const distal = pose.centre + half;
  if (s <= proximal) return SHAFT_RADIUS;
  if (s <= distal) {
    // Two marker bands, 0.8 mm in from each end, show the doctor on X-ray where the balloon is.
    const m = Math.min(Math.abs(s - (proximal + 2)), Math.abs(s - (distal - 2)));
    return INNER_TUBE_RADIUS + (m < 0.4 ? 0.05 : 0);
  }
  // Soft tapered tip beyond the balloon.
  return lerp(INNER_TUBE_RADIUS, 0.2, clamp((s - distal) / 1.2, 0, 1));
}

/** Arc length of the very end of the balloon catheter's soft tip. */
export const balloonTipEnd = (pose: BalloonPose): number => pose.centre + pose.length / 2 + 1.2;
