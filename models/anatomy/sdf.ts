import type { Vec3 } from '../vec3.ts';

/**
 * Signed distance functions (negative inside, mm) for building smooth organic shapes from a
 * few simple pieces. Formulas after Inigo Quilez ("distance functions", iquilezles.org).
 */
export type Sdf = (x: number, y: number, z: number) => number;

/** Approximate distance to an ellipsoid (exact on its surface, good enough near it). */
export function ellipsoid(c: Vec3, r: Vec3): Sdf {
  return (x, y, z) => {
    const px = (x - c[0]) / r[0];
    const py = (y - c[1]) / r[1];
    const pz = (z - c[2]) / r[2];
    // Math.hypot is several times slower than sqrt in V8, and this runs ~10^6 times.
    const k0 = Math.sqrt(px * px + py * py + pz * pz);
    const qx = px / r[0];
    const qy = py / r[1];
    const qz = pz / r[2];
    const k1 = Math.sqrt(qx * qx + qy * qy + qz * qz);
    return k1 === 0 ? -Math.min(r[0], r[1], r[2]) : (k0 * (k0 - 1)) / k1;
  };
}

/** A capsule whose radius changes from ra at a to rb at b (a limb, a neck, a vessel stump). */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Sdf {
  const bx = b[0] - a[0];
  const by = b[1] - a[1];
  const bz = b[2] - a[2];
  const l2 = bx * bx + by * by + bz * bz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  return (x, y, z) => {
    const px = x - a[0];
    const py = y - a[1];
    const pz = z - a[2];
    const d = px * bx + py * by + pz * bz;
    const yy = d - l2;
    const cx = px * l2 - bx * d;
    const cy = py * l2 - by * d;
    const cz = pz * l2 - bz * d;
    const x2 = cx * cx + cy * cy + cz * cz;
    const y2 = d * d * l2;
    const z2 = yy * yy * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(yy) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(d) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + d * rr) * il2 - ra;
  };
}

/** Polynomial smooth minimum: joins two shapes with a fillet about k mm wide. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** One piece of a smooth union and how softly it blends into what came before it. */
export interface Piece {
  readonly sdf: Sdf;
  readonly blend: number;
}

export function smoothUnion(pieces: readonly Piece[]): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const p of pieces) {
      const v = p.sdf(x, y, z);
      d = d === Infinity ? v : smin(d, v, p.blend);
    }
    return d;
  };
}

/** Unit gradient of an SDF (the outward surface normal near the surface). */
export function gradient(sdf: Sdf, p: Vec3, h = 0.5): Vec3 {
  const gx = sdf(p[0] + h, p[1], p[2]) - sdf(p[0] - h, p[1], p[2]);
  const gy = sdf(p[0], p[1] + h, p[2]) - sdf(p[0], p[1] - h, p[2]);
  const gz = sdf(p[0], p[1], p[2] + h) - sdf(p[0], p[1], p[2] - h);
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/** Moves a point onto the surface along the gradient (a few Newton steps). */
export function projectToSurface(sdf: Sdf, p: Vec3, steps = 6): Vec3 {
  let q: Vec3 = [p[0], p[1], p[2]];
  for (let i = 0; i < steps; i++) {
    const d = sdf(q[0], q[1], q[2]);
    const n = gradient(sdf, q);
    q = [q[0] - n[0] * d, q[1] - n[1] * d, q[2] - n[2] * d];
  }
  return q;
}
