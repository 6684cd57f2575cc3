import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  type Intersection,
  type Material,
  type Object3D,
  type PerspectiveCamera,
  Mesh,
  Raycaster,
} from 'three';
import type { SceneProbe } from './sceneProbe.ts';
import { useOrbitControls } from './useOrbitControls.ts';

/** True when no clipping plane of the hit's material cuts the hit point away. */
function notClipped(hit: Intersection): boolean {
  const material = (hit.object as Mesh).material as Material | Material[];
  const planes = Array.isArray(material) ? [] : (material.clippingPlanes ?? []);
  return planes.every((plane) => plane.distanceToPoint(hit.point) >= -1e-3);
}

/** Solid meshes on show: what a mark can stick to (not instanced blood cells or lines). */
function isSurface(object: Object3D): boolean {
  if (!(object instanceof Mesh) || 'isInstancedMesh' in object) return false;
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  const material = object.material as Material | Material[];
  return !Array.isArray(material) && material.visible && material.opacity > 0.5;
}

/**
 * Connects the DOM overlays to the scene (see sceneProbe.ts). Mounted last in the canvas so
 * its frame callback runs after the camera rig has placed the camera.
 */
export function SceneProbeBridge({ probe }: { probe: SceneProbe }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  // drei's <OrbitControls makeDefault> registers itself as the default controls.
  const controls = useOrbitControls();
  const raycaster = useMemo(() => new Raycaster(), []);
  // The overlays ask for the view every frame: the same object until the camera or size changes.
  const view = useMemo(() => ({ camera, width: size.width, height: size.height }), [camera, size]);

  useEffect(
    () =>
      probe.install({
        view: () => view,
        hit(ray, out) {
          raycaster.ray.copy(ray);
          const surfaces: Object3D[] = [];
          scene.traverseVisible((o) => {
            if (isSurface(o)) surfaces.push(o);
          });
          const first = raycaster.intersectObjects(surfaces, false).find(notClipped);
          return first ? out.copy(first.point) : null;
        },
        invalidate,
        setRotate(enabled) {
          if (controls) controls.enableRotate = enabled;
        },
      }),
    [probe, view, scene, invalidate, raycaster, controls],
  );

  useFrame(() => {
    camera.updateMatrixWorld();
    probe.frame();
  });
  return null;
}
