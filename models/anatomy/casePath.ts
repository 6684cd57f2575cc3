import type { CoronaryArtery } from '../case.ts';
import type { Vec3 } from '../vec3.ts';
import { coronaryArteries, OSTIUM_OF } from './heart.ts';
import { type Path3, pathFromSamples } from './path3.ts';
import { lesionSite, type LesionSite } from './placement.ts';

/**
 * The case's coronary artery as one path from its opening in the aortic root (the ostium,
 * where the guide catheter's tip sits) to its far end: for the LAD and circumflex the left
 * main stem then the branch, for the RCA the artery itself. Heart-scale dye and the link
 * between the close-up and the heart are measured along it (mm from the ostium).
 */
export interface CasePath {
  readonly path: Path3;
  /** Arc length of the narrowing from the ostium. */
  readonly lesion: number;
  /** Lumen radius (mm) at arc length s from the ostium. */
  radius(s: number): number;
}

/** How far the guide catheter's tip sits inside the opening when it is engaged (mm). */
export const ENGAGED_DEPTH = 2;

export function casePath(artery: CoronaryArtery, site: LesionSite = lesionSite(artery, 'mid')) {
  const c = coronaryArteries();
  const branch = c[artery];
  if (OSTIUM_OF[artery] === 'right') {
    return {
      path: branch.path,
      lesion: site.s,
      radius: (s: number) => branch.radius(s),
    } satisfies CasePath;
  }
  const lm = c.leftMain;
  const points: Vec3[] = [...lm.path.points, ...branch.path.points.slice(1)];
  const lmLength = lm.path.length;
  return {
    path: pathFromSamples(points),
    lesion: lmLength + site.s,
    radius: (s: number) => (s < lmLength ? lm.radius(s) : branch.radius(s - lmLength)),
  } satisfies CasePath;
}

/**
 * Where a place in the close-up (arc length s along the close-up artery) lies along the
 * heart's artery (mm from the ostium). The close-up's narrowing is the heart's narrowing;
 * the guide catheter's tip (close-up arc length guideTip) is at the opening, engaged; in
 * between the two are stretched to fit, and beyond the narrowing they run mm for mm.
 * Pure, allocation-free: the scene calls it every frame.
 */
export function heartArcOf(
  s: number,
  guideTip: number,
  closeUpLesion: number,
  heartLesion: number,
): number {
  if (s >= closeUpLesion) return heartLesion + (s - closeUpLesion);
  const span = closeUpLesion - guideTip;
  if (span <= 1e-6 || s <= guideTip) return ENGAGED_DEPTH;
  return ENGAGED_DEPTH + ((heartLesion - ENGAGED_DEPTH) * (s - guideTip)) / span;
}
