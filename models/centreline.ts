import { type Vec3, clamp, lerp, normalize, set } from './vec3.ts';

/**
 * The artery's centreline: a smooth curve in the z = 0 plane, parameterised by arc length s (mm).
 * Keeping it planar means the cutaway plane (z = 0) always passes through the middle of the
 * artery, and the frame never twists: the binormal is always +z, towards the viewer.
 */
export interface Centreline {
  /** Total arc length in mm. */
  readonly length: number;
  /** Writes the point at arc length s (clamped to the ends, extrapolated straight beyond them). */
  pointAt(s: number, out: Vec3): Vec3;
  /** Writes the unit tangent at arc length s. */
  tangentAt(s: number, out: Vec3): Vec3;
  /** Writes the in-plane unit normal at s (the tangent turned 90 degrees about +z). */
  normalAt(s: number, out: Vec3): Vec3;
}

/** Catmull-Rom point through p1..p2 with neighbours p0, p3 (uniform parameterisation). */
function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number, out: Vec3): Vec3 {
  const t2 = t * t;
  const t3 = t2 * t;
  for (let i = 0; i < 3; i++) {
    const a = p0[i] ?? 0;
    const b = p1[i] ?? 0;
    const c = p2[i] ?? 0;
    const d = p3[i] ?? 0;
    out[i] =
      0.5 *
      (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  }
  return out;
}

/**
 * Builds a centreline through control points (x, y in mm; z is ignored and set to 0),
 * sampled densely and re-parameterised by arc length.
 */
export function createCentreline(
  controlPoints: readonly (readonly [number, number])[],
  samplesPerSpan = 64,
): Centreline {
  if (controlPoints.length < 2) throw new Error('A centreline needs at least two points');
  const pts: Vec3[] = controlPoints.map(([x, y]) => [x, y, 0]);
  const first = pts[0] as Vec3;
  const last = pts[pts.length - 1] as Vec3;
  // Phantom end points continue the first and last spans straight on.
  const second = pts[1] as Vec3;
  const beforeLast = pts[pts.length - 2] as Vec3;
  const padded: Vec3[] = [
    [2 * first[0] - second[0], 2 * first[1] - second[1], 0],
    ...pts,
    [2 * last[0] - beforeLast[0], 2 * last[1] - beforeLast[1], 0],
  ];

  const xs: number[] = [];
  const ys: number[] = [];
  const arc: number[] = [];
  const p: Vec3 = [0, 0, 0];
  let total = 0;
  for (let span = 0; span < pts.length - 1; span++) {
    const p0 = padded[span] as Vec3;
    const p1 = padded[span + 1] as Vec3;
    const p2 = padded[span + 2] as Vec3;
    const p3 = padded[span + 3] as Vec3;
    for (let k = span === 0 ? 0 : 1; k <= samplesPerSpan; k++) {
      catmullRom(p0, p1, p2, p3, k / samplesPerSpan, p);
      if (xs.length > 0) {
        total += Math.hypot(p[0] - (xs[xs.length - 1] ?? 0), p[1] - (ys[ys.length - 1] ?? 0));
      }
      xs.push(p[0]);
      ys.push(p[1]);
      arc.push(total);
    }
  }
  const n = xs.length;

  /** Index i such that arc[i] <= s < arc[i+1]. */
  const locate = (s: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((arc[mid] ?? 0) <= s) lo = mid;
      else hi = mid;
    }
    return lo;
  };

  const tangentAt = (s: number, out: Vec3): Vec3 => {
    const i = locate(clamp(s, 0, total));
    const j = Math.min(i + 1, n - 1);
    const i0 = j === i ? i - 1 : i;
    return normalize(set(out, (xs[j] ?? 0) - (xs[i0] ?? 0), (ys[j] ?? 0) - (ys[i0] ?? 0), 0));
  };

  return {
    length: total,
    pointAt(s, out) {
      if (s < 0 || s > total) {
        // Beyond the ends the centreline continues straight, so devices can come from off-screen.
        const end = s < 0 ? 0 : total;
        tangentAt(end, out);
        const tx = out[0];
        const ty = out[1];
        const i = s < 0 ? 0 : n - 1;
        const d = s - end;
        return set(out, (xs[i] ?? 0) + tx * d, (ys[i] ?? 0) + ty * d, 0);
      }
      const i = locate(s);
      const j = Math.min(i + 1, n - 1);
      const a0 = arc[i] ?? 0;
      const a1 = arc[j] ?? a0;
      const t = a1 > a0 ? (s - a0) / (a1 - a0) : 0;
      return set(out, lerp(xs[i] ?? 0, xs[j] ?? 0, t), lerp(ys[i] ?? 0, ys[j] ?? 0, t), 0);
    },
    tangentAt,
    normalAt(s, out) {
      tangentAt(s, out);
      // z x T = (-Ty, Tx, 0)
      return set(out, -out[1], out[0], 0);
    },
  };
}
