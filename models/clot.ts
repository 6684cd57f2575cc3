import type { Artery } from './artery.ts';
import { clamp, smoothstep } from './vec3.ts';

/**
 * The blood clot of a heart attack (primary angioplasty): a clot on the ruptured plaque that
 * fills the narrowed channel, so no blood flows past it until the wire and balloon open it
 * (fact: primary-clot). Pure functions of arc length s, the plaque's compression and the
 * timeline's `clot` value (1 = fully blocked, 0 = gone).
 *
 * The balloon squashes the clot with the plaque: the more the plaque is squashed, the less
 * of the channel the clot fills, whatever the `clot` value, so every in-between picture makes
 * sense (a half-gone clot is a thinner lining; a squashed one a thin layer).
 */

/**
 * Where the clot sits, relative to the narrowest point, for a 16 mm plaque (mm; scaled with
 * the plaque): a plug filling the channel across the narrowing and on past it, so it reads
 * as a solid blockage at arm's length.
 */
const CLOT_CORE_START = -2.5;
const CLOT_CORE_END = 4.5;
/** Its tapering ends: short upstream, longer downstream where flow left it trailing. */
const CLOT_TAPER_UP = 1.5;
const CLOT_TAPER_DOWN = 3;
const REFERENCE_PLAQUE = 16;
const scaleOf = (artery: Artery): number => artery.vessel.plaqueLength / REFERENCE_PLAQUE;
/** A channel narrower than this (mm) is taken as closed: no dye or blood gets through. */
const BLOCKED_BELOW = 0.05;

const clotStart = (artery: Artery): number =>
  artery.lesionCentre + scaleOf(artery) * (CLOT_CORE_START - CLOT_TAPER_UP);
const clotEnd = (artery: Artery): number =>
  artery.lesionCentre + scaleOf(artery) * (CLOT_CORE_END + CLOT_TAPER_DOWN);

/** Arc lengths where the clot starts and ends. */
export function clotExtent(artery: Artery): [number, number] {
  return [clotStart(artery), clotEnd(artery)];
}

/** Arc length where the clot's full-thickness core begins: blood beyond it is cut off. */
export const clotCoreStart = (artery: Artery): number =>
  artery.lesionCentre + scaleOf(artery) * CLOT_CORE_START;

/** Clot shape along the artery: 1 across its core, 0 beyond its ends, smooth in between. */
function clotProfile(artery: Artery, s: number): number {
  const u = (s - artery.lesionCentre) / scaleOf(artery);
  if (u < CLOT_CORE_START) return 1 - smoothstep(0, CLOT_TAPER_UP, CLOT_CORE_START - u);
  if (u > CLOT_CORE_END) return 1 - smoothstep(0, CLOT_TAPER_DOWN, u - CLOT_CORE_END);
  return 1;
}

/** How much of the channel the clot fills at s (0..1): squashed away as the plaque is. */
export function clotFill(artery: Artery, s: number, compression: number, clot: number): number {
  return clamp(clot, 0, 1) * (1 - clamp(compression, 0, 1)) * clotProfile(artery, s);
}

/** Radius of the channel left open by the plaque and the clot: 0 at the blockage at clot 1. */
export function occludedLumenRadius(
  artery: Artery,
  s: number,
  compression: number,
  clot: number,
): number {
  return artery.lumenRadius(s, compression) * (1 - clotFill(artery, s, compression, clot));
}

/**
 * Fraction of the normal flow that gets past the clot (1 = none blocked, 0 = no flow).
 * A pure function of two timeline values, so the flow phase can integrate it ahead of time.
 */
export function flowThroughClot(clot: number, compression: number): number {
  return 1 - clamp(clot, 0, 1) * (1 - clamp(compression, 0, 1));
}

/** First arc length where the clot closes the channel, or Infinity where it is open throughout. */
export function blockageStart(artery: Artery, compression: number, clot: number): number {
  if (clot <= 0) return Infinity;
  // Called every frame (src/timeline/derived.ts): no tuple from clotExtent here.
  const s1 = clotEnd(artery);
  for (let s = clotStart(artery); s <= s1; s += 0.05) {
    if (occludedLumenRadius(artery, s, compression, clot) < BLOCKED_BELOW) return s;
  }
  return Infinity;
}

/**
 * Whether a red cell at s is shown. Blood beyond a blocking clot does not move and no new
 * cells arrive, so cells past the clot's core are thinned out as the flow through it falls:
 * all shown at full flow, none at no flow. `u` is the cell's own fixed random number in
 * 0..1, so a cell comes and goes only as the flow changes (seeking gives the same picture).
 */
export function cellShownPastClot(
  artery: Artery,
  s: number,
  flowThrough: number,
  u: number,
): boolean {
  return flowThrough >= 1 || s <= clotCoreStart(artery) || u < flowThrough;
}
