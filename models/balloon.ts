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

/** Where the skin meets the inner tube at the balloon's ends. */
const NECK_RADIUS = INNER_TUBE_RADIUS + 0.02;

/**
 * The skin's radius where its profile is `body`, inflated `i`, its inflated radius there
 * `inflated`, and the folded wings' cos(3 theta) is `wing`.
 */
function skinRadius(body: number, i: number, inflated: number, wing: number): number {
  const folded = lerp(NECK_RADIUS, FOLDED_RADIUS + WING_DEPTH * wing, body);
  return lerp(folded, inflated, i);
}

/** Outer radius of the balloon's skin at arc length s and angle theta. */
export function balloonRadius(pose: BalloonPose, s: number, theta: number): number {
  const body = bodyProfile(pose, s);
  const inflated = lerp(NECK_RADIUS, pose.nominalDiameter / 2, body);
  return skinRadius(body, clamp(pose.inflation, 0, 1), inflated, Math.cos(3 * theta));
}

/**
 * The largest radius the balloon reaches at s, over every angle: what it presses on the
 * plaque with. The greater of the radius at a wing's crest (theta 0, cos 3theta = 1) and
 * between wings (theta pi/3, cos 3theta = -1); called hundreds of times a frame, so the
 * profile along the balloon is worked out once for both.
 */
export function balloonMaxRadius(pose: BalloonPose, s: number): number {
  const body = bodyProfile(pose, s);
  const i = clamp(pose.inflation, 0, 1);
  const inflated = lerp(NECK_RADIUS, pose.nominalDiameter / 2, body);
  return Math.max(skinRadius(body, i, inflated, 1), skinRadius(body, i, inflated, -1));
}

/**
 * Writes balloonRadius(pose, s, theta) for a whole ring of angles into `out`, given each
 * angle's cos(3 theta) in `wing`: the same numbers, with no call per vertex (the scene
 * redraws the skin every frame while the balloon inflates).
 */
export function writeBalloonRing(
  pose: BalloonPose,
  s: number,
  wing: Float64Array,
  out: Float64Array,
): void {
  const body = bodyProfile(pose, s);
  const i = clamp(pose.inflation, 0, 1);
  const inflated = lerp(NECK_RADIUS, pose.nominalDiameter / 2, body);
  for (let j = 0; j < out.length; j++) {
    // skinRadius written out: lerp(a, b, t) is a + (b - a) * t.
    const folded = NECK_RADIUS + (FOLDED_RADIUS + WING_DEPTH * (wing[j] ?? 0) - NECK_RADIUS) * body;
    out[j] = folded + (inflated - folded) * i;
  }
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
