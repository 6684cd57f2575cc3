import { type Vec3, distance } from './vec3.ts';

/**
 * The one smooth-curve sampler behind both the close-up artery's planar centreline
 * (centreline.ts) and the anatomy's 3D paths (anatomy/path3.ts): a uniform Catmull-Rom
 * spline through control points, sampled densely and measured by arc length.
 */

/** Catmull-Rom point through p1..p2 with neighbours p0, p3 (uniform parameterisation). */
export function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number, out: Vec3): Vec3 {
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
 * Dense samples through control points, `samplesPerSpan` per span, the control points among
 * them. Phantom end points continue the first and last spans straight on. `smooth` false
 * joins the control points with straight lines instead.
 */
export function sampleSpline(
  control: readonly Vec3[],
  samplesPerSpan: number,
  smooth = true,
): Vec3[] {
  if (control.length < 2) throw new Error('A curve needs at least two points');
  const first = control[0] as Vec3;
  const second = control[1] as Vec3;
  const last = control[control.length - 1] as Vec3;
  const beforeLast = control[control.length - 2] as Vec3;
  const padded: Vec3[] = [
    [2 * first[0] - second[0], 2 * first[1] - second[1], 2 * first[2] - second[2]],
    ...control,
    [2 * last[0] - beforeLast[0], 2 * last[1] - beforeLast[1], 2 * last[2] - beforeLast[2]],
  ];
  const points: Vec3[] = [];
  for (let span = 0; span < control.length - 1; span++) {
    const p0 = padded[span] as Vec3;
    const p1 = padded[span + 1] as Vec3;
    const p2 = padded[span + 2] as Vec3;
    const p3 = padded[span + 3] as Vec3;
    for (let k = span === 0 ? 0 : 1; k <= samplesPerSpan; k++) {
      const t = k / samplesPerSpan;
      points.push(
        smooth
          ? catmullRom(p0, p1, p2, p3, t, [0, 0, 0])
          : [p1[0] + (p2[0] - p1[0]) * t, p1[1] + (p2[1] - p1[1]) * t, p1[2] + (p2[2] - p1[2]) * t],
      );
    }
  }
  return points;
}

/** Arc length from the first sample to each sample. */
export function arcLengths(points: readonly Vec3[]): number[] {
  const arc: number[] = [0];
  for (let i = 1; i < points.length; i++)
    arc.push((arc[i - 1] ?? 0) + distance(points[i] as Vec3, points[i - 1] as Vec3));
  return arc;
}

/** Index i such that arc[i] <= s < arc[i + 1] (binary search; arc ascending). */
export function locateArc(arc: readonly number[], s: number): number {
  let lo = 0;
  let hi = arc.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((arc[mid] ?? 0) <= s) lo = mid;
    else hi = mid;
  }
  return lo;
}
