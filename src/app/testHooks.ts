import type { WebGLRenderer } from 'three';
import type { CameraCommands } from '../scene/cameraCommands.ts';
import type { Player } from '../timeline/player.ts';

/**
 * A read-mostly handle on the running explainer for browser tests and the benchmark:
 * the player (time, state) and the renderer (draw calls, live GPU objects). It holds no
 * personal data and sends nothing anywhere.
 */
export interface ExplainerHandle {
  player?: Player;
  renderer?: WebGLRenderer;
  /** Clinician marks: each stroke's points as drawn and where they sit on the model. */
  marks?: () => { x: number; y: number; world: number[] | null }[][];
  /** The model's surface under a point of the picture (CSS px), or null. */
  surfaceAt?: (x: number, y: number) => number[] | null;
  /** Turns and zooms the view as the on-screen buttons do (any factor, for tests). */
  cameraCommands?: CameraCommands;
}

declare global {
  interface Window {
    __pciExplainer?: ExplainerHandle;
  }
}

export function exposeForTests(part: ExplainerHandle): void {
  window.__pciExplainer = { ...window.__pciExplainer, ...part };
}
