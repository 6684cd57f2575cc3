import { type Camera, Ray, Vector2, Vector3 } from 'three';

/**
 * Maths for marks that stay on the model: from a point on the screen to a ray into the
 * scene, and from a point in the scene back to the screen. Positions on screen are CSS
 * pixels from the canvas's top-left corner. The camera's matrices must be up to date.
 */

const ndc = new Vector2();

/** The ray from the camera through a point on the screen. */
export function rayThroughPixel(
  camera: Camera,
  x: number,
  y: number,
  width: number,
  height: number,
  out: Ray = new Ray(),
): Ray {
  ndc.set((x / width) * 2 - 1, 1 - (y / height) * 2);
  out.origin.setFromMatrixPosition(camera.matrixWorld);
  out.direction.set(ndc.x, ndc.y, 0.5).unproject(camera).sub(out.origin).normalize();
  return out;
}

export interface ScreenPoint {
  x: number;
  y: number;
  /** False when the point is behind the camera. */
  inFront: boolean;
}

const projected = new Vector3();

/** Where a point in the scene appears on the screen. */
export function projectToPixel(
  point: Vector3,
  camera: Camera,
  width: number,
  height: number,
  out: ScreenPoint = { x: 0, y: 0, inFront: false },
): ScreenPoint {
  projected.copy(point).project(camera);
  out.x = ((projected.x + 1) / 2) * width;
  out.y = ((1 - projected.y) / 2) * height;
  out.inFront = projected.z > -1 && projected.z < 1;
  return out;
}

const forward = new Vector3();
const toDepthPoint = new Vector3();

/**
 * Where a ray meets the plane facing the camera through `depthPoint`: used for the parts of
 * a stroke drawn just off the model, so they keep their place beside the parts drawn on it.
 */
export function pointAtDepth(
  ray: Ray,
  camera: Camera,
  depthPoint: Vector3,
  out: Vector3 = new Vector3(),
): Vector3 {
  camera.getWorldDirection(forward);
  const along = ray.direction.dot(forward);
  const depth = toDepthPoint.subVectors(depthPoint, ray.origin).dot(forward);
  return ray.at(along > 1e-6 ? depth / along : depth, out);
}
