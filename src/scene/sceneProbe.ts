import { Matrix4, type PerspectiveCamera, type Ray, type Vector3 } from 'three';

/**
 * A window into the 3D scene for the DOM overlays drawn over it (marks, labels, the scale
 * bar): the camera, the canvas size, surface hits, and a call after each frame is worked
 * out. The scene installs the implementation (SceneProbeBridge); overlays only read it.
 */
export interface SceneView {
  camera: PerspectiveCamera;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

type Implemented = 'view' | 'hit' | 'invalidate' | 'setRotate';

export interface SceneProbe {
  /** The camera and canvas, or null before the scene is up. */
  view(): SceneView | null;
  /** The first visible surface of the model along a ray (not the cut-away half), or null. */
  hit(ray: Ray, out: Vector3): Vector3 | null;
  /** Calls back once a frame, after the camera has moved; returns an unsubscribe. */
  onFrame(listener: () => void): () => void;
  /** Asks for a frame (the canvas only draws when something changes). */
  invalidate(): void;
  /** Lets one-finger drags turn the view (true) or leaves them to a drawing tool (false). */
  setRotate(enabled: boolean): void;
  install(impl: Pick<SceneProbe, Implemented>): () => void;
  /** Called by the scene each frame. */
  frame(): void;
}

export function createSceneProbe(): SceneProbe {
  let impl: Pick<SceneProbe, Implemented> | null = null;
  // Remembered so a scene installed later (or again) starts in the right state.
  let rotate = true;
  const listeners = new Set<() => void>();
  return {
    view: () => impl?.view() ?? null,
    hit: (ray, out) => impl?.hit(ray, out) ?? null,
    invalidate: () => impl?.invalidate(),
    setRotate(enabled) {
      rotate = enabled;
      impl?.setRotate(enabled);
    },
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    install(next) {
      impl = next;
      next.setRotate(rotate);
      return () => {
        if (impl === next) impl = null;
      };
    },
    frame() {
      for (const listener of listeners) listener();
    },
  };
}

/**
 * For overlays that depend only on the view (not the timeline): answers whether the camera
 * or the canvas has changed since it last answered true, so frames where only the timeline
 * moved cost nothing. Allocates nothing per call.
 */
export function createViewWatch(): (view: SceneView) => boolean {
  const world = new Matrix4();
  const projection = new Matrix4();
  let width = -1;
  let height = -1;
  return ({ camera, width: w, height: h }) => {
    if (
      w === width &&
      h === height &&
      world.equals(camera.matrixWorld) &&
      projection.equals(camera.projectionMatrix)
    )
      return false;
    world.copy(camera.matrixWorld);
    projection.copy(camera.projectionMatrix);
    width = w;
    height = h;
    return true;
  };
}
