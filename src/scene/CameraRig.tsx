import { useFrame, useThree } from '@react-three/fiber';
import { gsap } from 'gsap';
import { useEffect, useMemo, useRef } from 'react';
import { MathUtils, type PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../../models/vec3.ts';
import { cameraOfPose } from '../timeline/cameraPose.ts';
import { clipRangeFor, viewDistance } from './anatomy/viewScale.ts';
import { useSceneModel } from './sceneContext.ts';
import { useOrbitControls } from './useOrbitControls.ts';

/** Shots are composed for a 3:2 landscape view; narrower views widen the lens to keep the subject in. */
const DESIGN_ASPECT = 1.5;

/** Vertical field of view that keeps a shot's width on screen at the given aspect ratio. */
export function fovForAspect(fov: number, aspect: number): number {
  if (aspect >= DESIGN_ASPECT) return fov;
  const half = MathUtils.degToRad(fov / 2);
  return MathUtils.radToDeg(2 * Math.atan((Math.tan(half) * DESIGN_ASPECT) / aspect));
}

export interface CameraRigProps {
  /** Follow the timeline's camera; false while the user explores freely. */
  guided: boolean;
  /** Go back to the guided view instantly instead of gliding. */
  reducedMotion: boolean;
}

/**
 * Moves the camera along the timeline's shots while guided. When the user takes over it
 * stands aside; when guidance resumes it glides back (or cuts, with reduced motion).
 */
export function CameraRig({ guided, reducedMotion }: CameraRigProps) {
  const { state } = useSceneModel();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  // drei's <OrbitControls makeDefault> registers itself here; only its target is needed.
  const controls = useOrbitControls();
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const scratch = useMemo(
    () => ({
      pos: new Vector3(),
      look: new Vector3(),
      up: new Vector3(0, 1, 0),
      fromPos: new Vector3(),
      fromLook: new Vector3(),
      fromUp: new Vector3(0, 1, 0),
      posArr: [0, 0, 0] as Vec3,
      upArr: [0, 1, 0] as Vec3,
      clip: [0, 0] as [number, number],
      blend: { t: 1 },
    }),
    [],
  );

  const wasGuided = useRef(guided);
  useEffect(() => {
    const resumed = guided && !wasGuided.current;
    wasGuided.current = guided;
    if (!resumed) return;
    // Glide back from wherever the user left the camera (cut straight there with reduced motion).
    scratch.fromPos.copy(camera.position);
    scratch.fromUp.copy(camera.up);
    if (controls) scratch.fromLook.copy(controls.target);
    scratch.blend.t = reducedMotion ? 1 : 0;
    const tween = gsap.to(scratch.blend, {
      t: 1,
      duration: reducedMotion ? 0 : 0.9,
      ease: 'power2.inOut',
      onUpdate: invalidate,
    });
    invalidate();
    return () => {
      tween.kill();
      scratch.blend.t = 1;
    };
    // Only when guidance is switched back on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guided]);

  useFrame(() => {
    const aspect = size.width / Math.max(size.height, 1);
    if (guided) {
      const { pos, look, up, blend } = scratch;
      cameraOfPose(state, scratch.posArr, scratch.upArr);
      pos.fromArray(scratch.posArr);
      up.fromArray(scratch.upArr);
      look.set(state.lookX, state.lookY, state.lookZ);
      if (blend.t < 1) {
        pos.lerpVectors(scratch.fromPos, pos, blend.t);
        look.lerpVectors(scratch.fromLook, look, blend.t);
        up.lerpVectors(scratch.fromUp, up, blend.t).normalize();
      }
      camera.position.copy(pos);
      // Shots far out (the whole body) turn the picture: the patient lies along the screen.
      camera.up.copy(up);
      camera.lookAt(look);
      if (controls) controls.target.copy(look);
      const fov = fovForAspect(state.fov, aspect);
      if (Math.abs(camera.fov - fov) > 1e-4) {
        camera.fov = fov;
        camera.updateProjectionMatrix();
      }
    }
    // Depth range follows the distance (the body is metres away, the artery millimetres),
    // so depth precision holds at every scale, guided or not.
    const distance = viewDistance(camera, controls);
    const [near, far] = clipRangeFor(distance, scratch.clip);
    if (Math.abs(camera.near - near) > near * 0.02 || Math.abs(camera.far - far) > far * 0.02) {
      camera.near = near;
      camera.far = far;
      camera.updateProjectionMatrix();
    }
  }, -1);

  return null;
}
