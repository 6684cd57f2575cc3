import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

/** Width and depth of the shadow (mm) and how far below the artery's axis it lies. */
const LENGTH = 86;
const DEPTH = 16;
const DROP = 4.2;

/**
 * A soft studio shadow under the artery, painted once into a small texture (no extra
 * render pass), so the artery sits in space instead of floating.
 */
function shadowTexture(): CanvasTexture | null {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 64;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.filter = 'blur(10px)';
  ctx.fillStyle = 'rgba(60, 30, 25, 0.55)';
  ctx.beginPath();
  ctx.ellipse(128, 32, 100, 12, 0, 0, Math.PI * 2);
  ctx.fill();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export function SoftShadow() {
  const texture = useMemo(shadowTexture, []);
  useEffect(() => () => texture?.dispose(), [texture]);
  if (!texture) return null;
  return (
    <mesh
      name="soft-shadow"
      rotation={[-Math.PI / 2, 0, 0]}
      position={[0, -DROP, -1]}
      renderOrder={-1}
    >
      <planeGeometry args={[LENGTH, DEPTH]} />
      <meshBasicMaterial map={texture} transparent depthWrite={false} toneMapped={false} />
    </mesh>
  );
}
