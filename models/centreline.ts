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
  /**
   * Writes pointAt and normalAt for the first `count` arc lengths in `s` as x, y pairs into
   * `points` and `normals` (z is always 0): one call a frame for many things along the line.
   */
  framesAt(s: Float64Array, count: number, points: Float64Array, normals: Float64Array): void;
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
  const { tangentX, tangentY } = sampleTangents(xs, ys);

  const tangentAt = (s: number, out: Vec3): Vec3 => {
    const i = locate(clamp(s, 0, total));
    return set(out, tangentX[i] ?? 0, tangentY[i] ?? 0, 0);
  };

  const pointAt = (s: number, out: Vec3): Vec3 => {
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
  };

  const normalAt = (s: number, out: Vec3): Vec3 => {
    tangentAt(s, out);
    // z x T = (-Ty, Tx, 0)
    return set(out, -out[1], out[0], 0);
  };

  /**
   * pointAt and normalAt written out in one loop, with no call per item: a frame places
   * hundreds of cells, and every call that is not inlined boxes its numbers (garbage).
   */
  const framesAt = (
    s: Float64Array,
    count: number,
    points: Float64Array,
    normals: Float64Array,
  ): void => {
    for (let k = 0; k < count; k++) {
      const at = s[k] ?? 0;
      const outside = at < 0 || at > total;
      // clamp(at, 0, total), written out.
      const clamped = at < 0 ? 0 : at > total ? total : at;
      // locateArc, written out.
      let i = 0;
      let hi = n - 1;
      while (hi - i > 1) {
        const mid = (i + hi) >> 1;
        if ((arc[mid] ?? 0) <= clamped) i = mid;
        else hi = mid;
      }
      const tX = tangentX[i] ?? 0;
      const tY = tangentY[i] ?? 0;
      normals[2 * k] = -tY;
      normals[2 * k + 1] = tX;
      if (!outside) {
        const j = Math.min(i + 1, n - 1);
        const a0 = arc[i] ?? 0;
        const a1 = arc[j] ?? a0;
        const t = a1 > a0 ? (at - a0) / (a1 - a0) : 0;
        const x0 = xs[i] ?? 0;
        const y0 = ys[i] ?? 0;
        // lerp, written out.
        points[2 * k] = x0 + ((xs[j] ?? 0) - x0) * t;
        points[2 * k + 1] = y0 + ((ys[j] ?? 0) - y0) * t;
      } else {
        const end = at < 0 ? 0 : n - 1;
        const d = at - clamped;
        points[2 * k] = (xs[end] ?? 0) + tX * d;
        points[2 * k + 1] = (ys[end] ?? 0) + tY * d;
      }
    }
  };

  return { length: total, pointAt, tangentAt, normalAt, framesAt };
}

/**
 * The unit tangent from each sample i towards the next (the last: from the one before), worked
 * out once as tangentAt always did, so looking it up gives the very same numbers.
 */
function sampleTangents(
  xs: readonly number[],
  ys: readonly number[],
): { tangentX: Float64Array; tangentY: Float64Array } {
  const n = xs.length;
  const tangentX = new Float64Array(n);
  const tangentY = new Float64Array(n);
  const t: Vec3 = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const j = Math.min(i + 1, n - 1);
    const i0 = j === i ? i - 1 : i;
    normalize(set(t, (xs[j] ?? 0) - (xs[i0] ?? 0), (ys[j] ?? 0) - (ys[i0] ?? 0), 0));
    tangentX[i] = t[0];
    tangentY[i] = t[1];
  }
  return { tangentX, tangentY };
}
