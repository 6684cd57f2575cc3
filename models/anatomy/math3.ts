import { type Vec3, crossInto, dot, length } from '../vec3.ts';

export { dot };

/**
 * Small allocating 3-vector helpers for building the anatomy once (not used per frame); the
 * allocation-free ones, and length, distance, dot and cross, are in vec3.ts.
 */
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const cross = (a: Vec3, b: Vec3): Vec3 => crossInto(a, b, [0, 0, 0]);
export const unit = (a: Vec3): Vec3 => scale(a, 1 / (length(a) || 1));
export const mix = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
/** `a` with its component along unit `n` removed, normalised. */
export const orthogonalTo = (a: Vec3, n: Vec3): Vec3 => unit(sub(a, scale(n, dot(a, n))));
/** Mirror across the body's midline (x = 0): left for right. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];
