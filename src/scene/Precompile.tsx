import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Object3D } from 'three';

/**
 * Compiles every shader once at start, including those of parts not yet on show (the
 * stent, the dye), so no step of the explainer stutters while the GPU compiles.
 */
export function Precompile() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const hidden: Object3D[] = [];
    scene.traverse((o) => {
      if (!o.visible) {
        hidden.push(o);
        o.visible = true;
      }
    });
    gl.compile(scene, camera);
    for (const o of hidden) o.visible = false;
  }, [gl, scene, camera]);
  return null;
}
