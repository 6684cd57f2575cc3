import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator, type Texture } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/**
 * Soft studio light: a generated room for reflections (nothing downloaded), a warm key
 * light from above left, a cool fill and a gentle rim from behind.
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    let env: Texture | null = null;
    // The reflections come from a room rendered into a texture; a lost GPU context loses
    // it, so it is made again when the context comes back.
    const build = (): void => {
      env?.dispose();
      const pmrem = new PMREMGenerator(gl);
      const room = new RoomEnvironment();
      env = pmrem.fromScene(room, 0.04).texture;
      scene.environment = env;
      scene.environmentIntensity = 0.55;
      room.dispose();
      pmrem.dispose();
    };
    build();
    const canvas = gl.domElement;
    canvas.addEventListener('webglcontextrestored', build);
    return () => {
      canvas.removeEventListener('webglcontextrestored', build);
      scene.environment = null;
      env?.dispose();
    };
  }, [gl, scene]);

  return (
    <>
      <hemisphereLight args={['#fff6ee', '#6b3b36', 0.9]} />
      <directionalLight position={[-30, 60, 50]} intensity={1.6} color="#fff3e6" />
      <directionalLight position={[40, 10, 30]} intensity={0.45} color="#dfe9ff" />
      <directionalLight position={[0, 20, -60]} intensity={0.5} color="#ffffff" />
    </>
  );
}
