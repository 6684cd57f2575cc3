import type { Vector3 } from 'three';
import { smoothstep } from '../../../models/vec3.ts';

/**
 * How the picture changes with the camera's distance from what it looks at (mm): the
 * anatomy (body, heart) and the close-up artery take turns, with a short overlap where the
 * close-up's artery lies exactly on the heart's artery (placement.ts), so the zoom reads as
 * one continuous move: from the heart the close-up's artery appears on the heart's own
 * artery while the heart is still fully there (130-120 mm), and the heart fades out behind
 * it as the camera comes in (120-45 mm). Only the anatomy is ever see-through; the close-up
 * is drawn whole, so a picture paused in the overlap is not washed out.
 */

/** Fully the close-up below this distance; the anatomy starts to show above it. */
const ANATOMY_FADE_START = 45;
/** The anatomy is fully there beyond this distance. */
const ANATOMY_FADE_END = 120;
/** The close-up parts are hidden beyond this distance (they would float over the heart). */
export const CLOSE_UP_MAX_DISTANCE = 130;

/**
 * The camera's distance from what it looks at (mm): the orbit controls' target (drei's
 * <OrbitControls makeDefault>, which the camera rig also moves), the origin without them.
 */
export function viewDistance(
  camera: { readonly position: Vector3 },
  controls: { readonly target: Vector3 } | null,
): number {
  return controls ? camera.position.distanceTo(controls.target) : camera.position.length();
}

/** Opacity of the anatomy (0 hidden, 1 fully shown). */
export const anatomyOpacity = (distance: number): number =>
  smoothstep(ANATOMY_FADE_START, ANATOMY_FADE_END, distance);

export const closeUpVisible = (distance: number): boolean => distance < CLOSE_UP_MAX_DISTANCE;

/**
 * Camera near and far planes for a distance, keeping their ratio modest. Written into `out`
 * when given (the camera rig calls this every frame).
 */
export function clipRangeFor(distance: number, out: [number, number] = [0, 0]): [number, number] {
  out[0] = Math.min(Math.max(distance * 0.02, 0.5), 60);
  out[1] = Math.max(distance * 4, 600);
  return out;
}
