/**
 * The guidewire's soft tip: its last few millimetres are shaped into a gentle curve so it can
 * be steered. The scene bends the drawn wire by this (src/scene/parts/Guidewire.tsx) and the
 * tests keep the bent tip inside the artery (tests/timeline/interference.test.ts).
 */

/** How much of the wire is curved (mm back from the tip). */
export const GUIDEWIRE_TIP_LENGTH = 2.5;
/** How far the very tip sits sideways from the centreline (mm). */
export const GUIDEWIRE_TIP_BEND = 0.2;

/**
 * The sideways offset (mm) of the wire at arc length `s` when its tip is at `wireTip`: none
 * before the curved part, then growing with the square of the way along it to the full bend.
 * Writes [sideways, 0] into `out`, so it can run every frame without allocating.
 */
export function guidewireBend(s: number, wireTip: number, out: [number, number]): void {
  const u = (s - (wireTip - GUIDEWIRE_TIP_LENGTH)) / GUIDEWIRE_TIP_LENGTH;
  out[0] = u > 0 ? GUIDEWIRE_TIP_BEND * u * u : 0;
  out[1] = 0;
}
