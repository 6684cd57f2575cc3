import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { type PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../../models/vec3.ts';
import { clipRangeFor } from './anatomy/viewScale.ts';
import { cameraOfPose } from '../timeline/cameraPose.ts';
import { fovForAspect } from './CameraRig.tsx';
import { useSceneModel } from './sceneContext.ts';
import { setFrameCapture } from './frameCapture.ts';

/** Width of a handout picture in pixels: sharp on paper at about 9 cm, small in memory. */
const WIDTH = 720;

/**
 * Lives inside the <Canvas>: registers a function that draws the timeline's current moment
 * from the guided camera (even if the viewer has turned the picture) and reads it back.
 * The canvas does not keep its drawing buffer, so the frame is read in the same task it is
 * drawn in, before the browser clears it.
 */
export function FrameCapture() {
  const get = useThree((s) => s.get);
  const { state } = useSceneModel();
  const tmp = useMemo(() => new Vector3(), []);
  useEffect(
    () =>
      setFrameCapture(() => {
        const { gl, scene, camera, advance, size } = get();
        // Runs every part's per-frame update, so the scene matches the player's time.
        advance(performance.now(), true);
        const cam = camera as PerspectiveCamera;
        const saved = {
          position: cam.position.clone(),
          quaternion: cam.quaternion.clone(),
          up: cam.up.clone(),
          fov: cam.fov,
          near: cam.near,
          far: cam.far,
        };
        const position: Vec3 = [0, 0, 0];
        const up: Vec3 = [0, 1, 0];
        cameraOfPose(state, position, up);
        cam.position.fromArray(position);
        cam.up.fromArray(up);
        cam.lookAt(state.lookX, state.lookY, state.lookZ);
        cam.fov = fovForAspect(state.fov, size.width / Math.max(size.height, 1));
        [cam.near, cam.far] = clipRangeFor(
          cam.position.distanceTo(tmp.set(state.lookX, state.lookY, state.lookZ)),
        );
        cam.updateProjectionMatrix();
        gl.render(scene, cam);
        const source = gl.domElement;
        const out = document.createElement('canvas');
        out.width = WIDTH;
        out.height = Math.round((WIDTH * source.height) / Math.max(source.width, 1));
        const ctx = out.getContext('2d');
        if (ctx) {
          // The picture's own backdrop (see .stage-view), as JPEG has no transparency.
          const glow = ctx.createRadialGradient(
            out.width / 2,
            out.height * 0.4,
            0,
            out.width / 2,
            out.height * 0.4,
            out.width * 0.6,
          );
          glow.addColorStop(0, '#ffffff');
          glow.addColorStop(0.55, '#f3efec');
          glow.addColorStop(1, '#e3dcd8');
          ctx.fillStyle = glow;
          ctx.fillRect(0, 0, out.width, out.height);
          ctx.drawImage(source, 0, 0, out.width, out.height);
        }
        cam.position.copy(saved.position);
        cam.quaternion.copy(saved.quaternion);
        cam.up.copy(saved.up);
        cam.fov = saved.fov;
        cam.near = saved.near;
        cam.far = saved.far;
        cam.updateProjectionMatrix();
        return out.toDataURL('image/jpeg', 0.82);
      }),
    [get, state, tmp],
  );
  return null;
}
