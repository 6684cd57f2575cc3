import { createContext, useContext } from 'react';
import type { Artery } from '../../models/artery.ts';
import type { SceneState } from '../timeline/sceneState.ts';
import type { Derived } from '../timeline/derived.ts';

/**
 * What every scene component reads each frame. All three are plain mutable objects that
 * never change identity, so reading them never causes a React render.
 */
export interface SceneModel {
  /** The master timeline's state. */
  readonly state: SceneState;
  /** The artery being shown. */
  readonly artery: Artery;
  /** Values worked out from the state once per frame and shared (see src/timeline/derived.ts). */
  readonly derived: Derived;
}

export const SceneContext = createContext<SceneModel | null>(null);

export function useSceneModel(): SceneModel {
  const model = useContext(SceneContext);
  if (!model) throw new Error('Scene components must be inside <SceneContext.Provider>');
  return model;
}
