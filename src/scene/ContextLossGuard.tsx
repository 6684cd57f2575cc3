import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export interface ContextLossGuardProps {
  /** The GPU dropped the picture (a background tab, a driver reset). */
  onLost: () => void;
  /** The GPU is back; the scene has been rebuilt and redrawn. */
  onRestored: () => void;
}

/**
 * Keeps the explainer going when the browser takes the GPU away. three.js prevents the
 * default (so the context can come back) and re-creates its GPU objects on restore; this
 * tells the page, and asks for a fresh frame once the context is back.
 */
export function ContextLossGuard({ onLost, onRestored }: ContextLossGuardProps) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (e: Event): void => {
      // three.js does this too; doing it here as well makes sure the context can return.
      e.preventDefault();
      onLost();
    };
    const restored = (): void => {
      invalidate();
      onRestored();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, onLost, onRestored]);
  return null;
}
