/**
 * The body-scale picture's tuning, in one place: at what camera distance (mm from the point
 * it looks at) each part fades in or out, and the markers' sizes. Each fade is a smoothstep
 * over [near, far]: nothing at `near` or closer, fully shown at `far` or further.
 */
export const FADE = {
  /** The planned route's glow: a map at body scale; at heart scale it would show through. */
  routeMap: [480, 900],
  /** The body's arteries away from the heart (and the catheter in the arm or leg, and the
   * route travelled): a route map at body scale, clutter at heart scale. */
  bodyScale: [420, 900],
  /** The body itself, which at heart scale would only veil the heart. */
  body: [380, 900],
  /** The glow that points out a balloon pump or pacing wire from afar. */
  deviceGlow: [150, 600],
  /** The catheter seen through the aorta's wall: shown at heart scale (so faded *out* over
   * this range as the camera draws back to the body). */
  catheterGhostOut: [480, 900],
  /** The entry marker: the body and entry-site views only; from the heart view it would
   * float beside the heart (the wrist or groin far behind it). */
  entry: [460, 640],
  /** Heart-scale markings give way (from CLOSE_UP_MAX_DISTANCE up to this) before the
   * close-up's own artery appears. */
  heartMarksFull: 150,
} as const;

/** Width of the pale outline round the coronary arteries (mm). */
export const CORONARY_RIM = 0.7;
/**
 * The narrowing's ring: about this share of the distance, so it keeps its size on screen,
 * between a radius that clears the artery close up and one that stays on the heart at body
 * scale (mm).
 */
export const LESION_RING_MIN = 7;
export const LESION_RING_MAX = 16;
export const LESION_RING_OF_DISTANCE = 0.03;

/** The narrowing's ring shows only while the camera faces the narrowing's side (cosine). */
export const RING_FACING = [0.05, 0.3] as const;

/** Marker sizes that keep their size on screen: at least `min` mm, else `perDistance` of
 * the camera's distance. */
export const BEAD = { minOfCatheterRadius: 1.6, perDistance: 0.0045 } as const;
export const ENTRY_MARK = { min: 6, perDistance: 0.008 } as const;

/** How far the markers are lifted off the skin and the heart's surface (mm). */
export const LIFT = { entry: 1.5, lesion: 2.5 } as const;

/** The starved territory's strongest tint (a share of its opacity) while the artery is blocked. */
export const STARVED_TINT = 0.9;

/** Below this opacity a part is not drawn at all. */
export const INVISIBLE = 0.002;
