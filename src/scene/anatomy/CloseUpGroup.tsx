import { useFrame } from '@react-three/fiber';
import { type ReactNode, useRef } from 'react';
import type { Group } from 'three';
import { closeUpVisible, viewDistance } from './viewScale.ts';
import { useOrbitControls } from '../useOrbitControls.ts';

/**
 * Holds the close-up artery and its devices, and hides them when the camera is far out:
 * at heart or body scale they would float over the heart's own (already drawn) artery.
 */
export function CloseUpGroup({ children }: { children: ReactNode }) {
  const group = useRef<Group>(null);
  const controls = useOrbitControls();
  useFrame(({ camera }) => {
    if (!group.current) return;
    const distance = viewDistance(camera, controls);
    group.current.visible = closeUpVisible(distance);
  });
  return (
    <group ref={group} name="close-up">
      {children}
    </group>
  );
}
