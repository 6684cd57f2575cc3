import { arcLengths, locateArc, sampleSpline } from './spline.ts';
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

/**
 * Builds a centreline through control points (x, y in mm; z is ignored and set to 0),
 * sampled densely and re-parameterised by arc length.
 */
export function createCentreline(
  controlPoints: readonly (readonly [number, number])[],
  samplesPerSpan = 64,
): Centreline {
  if (controlPoints.length < 2) throw new Error('A centreline needs at least two points');
  const pts = sampleSpline(
    controlPoints.map(([x, y]): Vec3 => [x, y, 0]),
    samplesPerSpan,
  );
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const arc = arcLengths(pts);
  const n = xs.length;
  const total = arc[n - 1] ?? 0;
  const locate = (s: number): number => locateArc(arc, s);

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
