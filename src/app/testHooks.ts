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
