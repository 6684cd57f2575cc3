import type { Artery } from './artery.ts';
import { type BalloonPose, balloonMaxRadius } from './balloon.ts';
import { type StentDesign, stentRadius } from './stent.ts';
import { BALLOON_TAPER_LENGTH } from './dimensions.ts';
import { clamp } from './vec3.ts';

/**
 * Keeps solid parts from passing through each other: the plaque is squashed at least as far
 * as whatever is being pushed through it. A pure function of the scene state, so it holds
 * when seeking as well as when playing.
 */
export interface DevicesInLesion {
  balloon: BalloonPose | null;
  stent: { design: StentDesign; start: number; expansion: number } | null;
}

/** Compression needed for the lumen at s to be at least `radius` wide. */
function compressionFor(artery: Artery, s: number, radius: number): number {
  const narrowed = artery.lumenRadius(s, 0);
  const open = artery.lumenRadius(s, 1);
  if (radius <= narrowed || open <= narrowed) return 0;
  return clamp((radius - narrowed) / (open - narrowed), 0, 1);
}

/** Spacing of the checks along the plaque (mm): finer than any device's cone or strut ring. */
const STEP = 0.1;
const CONE_STEP = 0.02;

/** The compression actually shown: the timeline's value, or more where a device demands it. */
export function effectiveCompression(
  artery: Artery,
  timelineCompression: number,
  devices: DevicesInLesion,
): number {
  let c = clamp(timelineCompression, 0, 1);
  const { plaqueStart, plaqueEnd } = artery;
  const { balloon, stent } = devices;
  const stentEnd = stent ? stent.start + stent.design.length : 0;
  // The stent's inner face must not stand proud of the lumen; its outer face may bed in.
  const stentInner = stent
    ? stentRadius(stent.design, stent.expansion) - stent.design.strutThickness / 2
    : 0;
  const check = (s: number): void => {
    if (s < plaqueStart || s > plaqueEnd) return;
    if (balloon) c = Math.max(c, compressionFor(artery, s, balloonMaxRadius(balloon, s)));
    if (stent && s >= stent.start && s <= stentEnd)
      c = Math.max(c, compressionFor(artery, s, stentInner));
  };
  const samples = Math.ceil((plaqueEnd - plaqueStart) / STEP);
  for (let k = 0; k <= samples; k++) check(plaqueStart + ((plaqueEnd - plaqueStart) * k) / samples);
  // A balloon's cones change radius fastest: check them finely.
  if (balloon) {
    const half = balloon.length / 2;
    for (const end of [balloon.centre - half, balloon.centre + half - BALLOON_TAPER_LENGTH]) {
      for (let u = 0; u <= BALLOON_TAPER_LENGTH; u += CONE_STEP) check(end + u);
    }
  }
  // A stent's ends are where it bites hardest into a tapering plaque: check them exactly.
  if (stent) {
    check(stent.start);
    check(stentEnd);
  }
  return c;
}
