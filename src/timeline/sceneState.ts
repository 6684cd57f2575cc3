import { SCENE_KEYS, type SceneKey } from '../content/sceneKeys.ts';

/**
 * Guided camera, as the point it looks at (mm, scene coordinates) and where it stands
 * around that point: natural log of the distance (mm) plus a temporary zoom-out during
 * long moves, azimuth about +y and elevation (radians), roll about the line of sight
 * (radians, 0 = scene +y up) and vertical field of view (degrees). Distances move in log
 * space so a zoom from the whole body to the artery runs at an even pace.
 */
export const CAMERA_KEYS = [
  'lookX',
  'lookY',
  'lookZ',
  'camLogDistance',
  'camZoomOut',
  'camAzimuth',
  'camElevation',
  'camRoll',
  'fov',
] as const;

/** The camera's part of the state (cameraPose.ts turns it into a position and up vector). */
export type CameraPose = Record<(typeof CAMERA_KEYS)[number], number>;

/**
 * The plain object the master timeline animates and the scene reads every frame.
 * Numbers only, so it can be compared in tests and never triggers a React render.
 */
export type SceneState = Record<SceneKey, number> &
  CameraPose & {
    /** How much blood has flowed, in channel volumes; drives the drifting cells. */
    flowPhase: number;
  };

/** Every number in the state, for copying and comparing (GSAP adds its own bookkeeping key). */
export const STATE_KEYS: readonly (keyof SceneState)[] = [
  ...SCENE_KEYS,
  'flowPhase',
  ...CAMERA_KEYS,
];
