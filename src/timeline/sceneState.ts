import { SCENE_KEYS, type SceneKey } from '../content/sceneKeys.ts';

/**
 * The plain object the master timeline animates and the scene reads every frame.
 * Numbers only, so it can be compared in tests and never triggers a React render.
 */
export type SceneState = Record<SceneKey, number> & {
  /** How much blood has flowed, in channel volumes; drives the drifting cells. */
  flowPhase: number;
  /** Guided camera: position, look-at point (mm) and vertical field of view (degrees). */
  camX: number;
  camY: number;
  camZ: number;
  lookX: number;
  lookY: number;
  lookZ: number;
  fov: number;
};

export const CAMERA_KEYS = ['camX', 'camY', 'camZ', 'lookX', 'lookY', 'lookZ', 'fov'] as const;

/** Every number in the state, for copying and comparing (GSAP adds its own bookkeeping key). */
export const STATE_KEYS: readonly (keyof SceneState)[] = [
  ...SCENE_KEYS,
  'flowPhase',
  ...CAMERA_KEYS,
];
