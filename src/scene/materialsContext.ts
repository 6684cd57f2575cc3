import { createContext, useContext } from 'react';
import type { SceneMaterials } from './materials.ts';

/** The scene's shared materials, made once by <Scene> and disposed with it. */
export const MaterialsContext = createContext<SceneMaterials | null>(null);

export function useSceneMaterials(): SceneMaterials {
  const m = useContext(MaterialsContext);
  if (!m) throw new Error('Scene parts must be inside <MaterialsContext.Provider>');
  return m;
}
