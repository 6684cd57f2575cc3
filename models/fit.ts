import type { Artery } from './artery.ts';
import { type BalloonPose, balloonMaxRadius } from './balloon.ts';
import { type StentDesign, stentRadius } from './stent.ts';
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

const SAMPLES = 24;

/** The compression actually shown: the timeline's value, or more where a device demands it. */
export function effectiveCompression(
  artery: Artery,
  timelineCompression: number,
  devices: DevicesInLesion,
): number {
  let c = clamp(timelineCompression, 0, 1);
  const { plaqueStart, plaqueEnd } = artery;
  const { balloon, stent } = devices;
  for (let k = 0; k <= SAMPLES; k++) {
    const s = plaqueStart + ((plaqueEnd - plaqueStart) * k) / SAMPLES;
    if (balloon) {
      c = Math.max(c, compressionFor(artery, s, balloonMaxRadius(balloon, s)));
    }
    if (stent && s >= stent.start && s <= stent.start + stent.design.length) {
      // The stent's inner face must not stand proud of the lumen; its outer face may bed in.
      const inner = stentRadius(stent.design, stent.expansion) - stent.design.strutThickness / 2;
      c = Math.max(c, compressionFor(artery, s, inner));
    }
  }
  return c;
}
