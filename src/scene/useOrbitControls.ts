import type { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import type { ComponentRef } from 'react';

/** drei's orbit controls (three-stdlib's OrbitControls), as <OrbitControls> hands them out. */
export type OrbitControlsHandle = ComponentRef<typeof OrbitControls>;

/**
 * The scene's orbit controls: <OrbitControls makeDefault> in ExplainerScene registers them
 * as the default controls, which fiber types only as an event dispatcher. Null until they mount.
 * The one place that says which controls the scene uses.
 */
export function useOrbitControls(): OrbitControlsHandle | null {
  return useThree((s) => s.controls) as OrbitControlsHandle | null;
}
