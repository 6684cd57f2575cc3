/**
 * Smooth, deterministic value noise for organic surfaces (the plaque's lumpy face).
 * Periodic in the angle so there is no seam around the artery. Same inputs, same output.
 */

function hash(i: number, j: number): number {
  // Integer hash to [0, 1): cheap and stable across platforms.
  let h = (Math.imul(i, 374761393) + Math.imul(j, 668265263)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

const fade = (t: number): number => t * t * (3 - 2 * t);

/**
 * Noise in [0, 1] at position u (any real) and angle theta (radians), with `cellsAround`
 * cells around the circumference.
 */
export function angularNoise(u: number, theta: number, cellsAround: number): number {
  const v = ((theta / (2 * Math.PI)) * cellsAround) % cellsAround;
  const vv = v < 0 ? v + cellsAround : v;
  const i0 = Math.floor(u);
  const j0 = Math.floor(vv);
  const j1 = (j0 + 1) % cellsAround;
  const fu = fade(u - i0);
  const fv = fade(vv - j0);
  const a = hash(i0, j0);
  const b = hash(i0 + 1, j0);
  const c = hash(i0, j1);
  const d = hash(i0 + 1, j1);
  return (a * (1 - fu) + b * fu) * (1 - fv) + (c * (1 - fu) + d * fu) * fv;
}
