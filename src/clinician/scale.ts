/**
 * True scale on screen. A perspective camera shows a slice of the world 2·d·tan(fov/2) high
 * at distance d, so at the artery's depth one millimetre covers this many CSS pixels.
 */
export function pixelsPerMm(depth: number, fovDegrees: number, viewHeightPx: number): number {
  const visible = 2 * depth * Math.tan((fovDegrees * Math.PI) / 180 / 2);
  return visible > 0 ? viewHeightPx / visible : 0;
}

/** Scale-bar lengths people read easily (mm). */
const NICE_LENGTHS = [0.5, 1, 2, 3, 5, 10, 20, 50] as const;

/** The longest nice length whose bar is at most maxPx long (the shortest if none fits). */
export function scaleBarLength(pxPerMm: number, maxPx: number): number {
  let best: number = NICE_LENGTHS[0];
  for (const mm of NICE_LENGTHS) if (mm * pxPerMm <= maxPx) best = mm;
  return best;
}
