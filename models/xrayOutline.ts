import type { Artery } from './artery.ts';
import { occludedLumenRadius } from './clot.ts';
import type { Vec3 } from './vec3.ts';

/**
 * The X-ray picture of the artery: its dye-filled channel as a flat outline, seen from the
 * front (x along the picture, y up), and the guide catheter as a line. Pure functions of the
 * artery and the timeline's values, so the inset (src/ui/XrayInset.tsx) only draws what they
 * give, and the outline always agrees with the 3D scene.
 */
export interface XrayFrame {
  /** The drawing area in SVG units. */
  readonly width: number;
  readonly height: number;
  /** The part of the artery it frames, left to right (mm). */
  readonly x0: number;
  readonly x1: number;
  /** The picture is stretched up and down by this much, so a 3 mm artery reads clearly. */
  readonly yStretch: number;
}

/** The inset's frame: about 64 mm of artery around the narrowing. */
export const XRAY_FRAME: XrayFrame = { width: 320, height: 150, x0: -30, x1: 34, yStretch: 1.4 };

/** How many steps along the artery the outline takes: smooth at the inset's size. */
export const XRAY_OUTLINE_STEPS = 90;

/** A point of the model (mm) as an SVG coordinate pair in the frame, e.g. "12.5,75.0". */
export function xrayPoint(frame: XrayFrame, x: number, y: number): string {
  const scale = frame.width / (frame.x1 - frame.x0);
  return `${((x - frame.x0) * scale).toFixed(1)},${(frame.height / 2 - y * scale * frame.yStretch).toFixed(1)}`;
}

const p: Vec3 = [0, 0, 0];
const n: Vec3 = [0, 0, 0];

/**
 * The SVG path of the dye-filled channel from arc length `from` to `to` (mm): along one side
 * of the lumen and back along the other, pinched by the plaque (`compression` squashes it)
 * and by a clot. Empty when there is nothing to fill.
 */
export function xrayVesselPath(
  artery: Artery,
  frame: XrayFrame,
  from: number,
  to: number,
  compression: number,
  clot: number,
  steps = XRAY_OUTLINE_STEPS,
): string {
  const start = Math.max(from, 0);
  const end = Math.min(to, artery.centreline.length);
  if (!(end > start)) return '';
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const s = start + ((end - start) * i) / steps;
    artery.centreline.pointAt(s, p);
    artery.centreline.normalAt(s, n);
    const r = occludedLumenRadius(artery, s, compression, clot);
    top.push(xrayPoint(frame, p[0] + n[0] * r, p[1] + n[1] * r));
    bottom.unshift(xrayPoint(frame, p[0] - n[0] * r, p[1] - n[1] * r));
  }
  return `M${top.join('L')}L${bottom.join('L')}Z`;
}

/** How much of the guide catheter the X-ray shows, back from its tip (mm). */
export const XRAY_CATHETER_LENGTH = 40;

/** The SVG path of the guide catheter: a straight line to its tip at arc length `guideTip`. */
export function xrayCatheterPath(artery: Artery, frame: XrayFrame, guideTip: number): string {
  artery.centreline.pointAt(guideTip - XRAY_CATHETER_LENGTH, p);
  const a = xrayPoint(frame, p[0], p[1]);
  artery.centreline.pointAt(guideTip, p);
  return `M${a}L${xrayPoint(frame, p[0], p[1])}`;
}
