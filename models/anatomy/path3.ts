import { arcLengths, locateArc, sampleSpline } from '../spline.ts';
import type { Vec3 } from '../vec3.ts';
import { cross, dot, orthogonalTo, sub, unit } from './math3.ts';
import type { MeshData } from './mesh.ts';

/**
 * A smooth 3D curve through control points (uniform Catmull-Rom, spline.ts),
 * sampled densely and measured by arc length: vessel centrelines, catheter routes, wires.
 */
export interface Path3 {
  /** Total arc length, mm. */
  readonly length: number;
  /** Dense samples along the curve and their arc lengths. */
  readonly points: readonly Vec3[];
  readonly arc: readonly number[];
  pointAt(s: number): Vec3;
  tangentAt(s: number): Vec3;
}

/** A path through control points; `smooth` false joins them with straight lines. */
export function createPath3(control: readonly Vec3[], samplesPerSpan = 16, smooth = true): Path3 {
  if (control.length < 2) throw new Error('A path needs at least two points');
  return pathFromSamples(sampleSpline(control, samplesPerSpan, smooth));
}

/** A path that follows dense samples exactly (already smooth, e.g. projected onto a surface). */
export function pathFromSamples(points: readonly Vec3[]): Path3 {
  const arc = arcLengths(points);
  const total = arc[arc.length - 1] ?? 0;
  const locate = (s: number): number => locateArc(arc, s);
  return {
    length: total,
    points,
    arc,
    pointAt(s) {
      const c = Math.min(Math.max(s, 0), total);
      const i = locate(c);
      const j = Math.min(i + 1, points.length - 1);
      const a = points[i] as Vec3;
      const b = points[j] as Vec3;
      const a0 = arc[i] ?? 0;
      const a1 = arc[j] ?? a0;
      const t = a1 > a0 ? (c - a0) / (a1 - a0) : 0;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
    },
    tangentAt(s) {
      const c = Math.min(Math.max(s, 0), total);
      const i = Math.min(locate(c), points.length - 2);
      return unit(sub(points[i + 1] as Vec3, points[i] as Vec3));
    },
  };
}

/**
 * A tube along a path (rings of `radial` vertices every `step` mm), with rotation-minimising
 * frames so it never twists. Open ends; rings are in path order, so drawing only the first
 * n rings' triangles shows the tube up to a point (used for the catheter and the highlight).
 */
export function tubeMesh(
  path: Path3,
  radius: (s: number) => number,
  radial = 10,
  step = 4,
  from = 0,
  to = path.length,
): MeshData {
  const rings = Math.max(2, Math.ceil((to - from) / step) + 1);
  const positions = new Float32Array(rings * radial * 3);
  const normals = new Float32Array(rings * radial * 3);
  let t0 = path.tangentAt(from);
  const helper: Vec3 = Math.abs(t0[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  let n = orthogonalTo(helper, t0);
  let k = 0;
  for (let r = 0; r < rings; r++) {
    const s = from + ((to - from) * r) / (rings - 1);
    const p = path.pointAt(s);
    const t = path.tangentAt(s);
    // Rotation-minimising frame: carry the normal over by removing its new tangent part.
    n = dot(t, t0) > -0.99 ? orthogonalTo(n, t) : n;
    t0 = t;
    const b = cross(t, n);
    const rad = radius(s);
    for (let j = 0; j < radial; j++) {
      const a = (2 * Math.PI * j) / radial;
      const c = Math.cos(a);
      const sn = Math.sin(a);
      const nx = n[0] * c + b[0] * sn;
      const ny = n[1] * c + b[1] * sn;
      const nz = n[2] * c + b[2] * sn;
      positions[k] = p[0] + nx * rad;
      positions[k + 1] = p[1] + ny * rad;
      positions[k + 2] = p[2] + nz * rad;
      normals[k] = nx;
      normals[k + 1] = ny;
      normals[k + 2] = nz;
      k += 3;
    }
  }
  const idx: number[] = [];
  for (let r = 0; r < rings - 1; r++)
    for (let j = 0; j < radial; j++) {
      const a = r * radial + j;
      const b = (r + 1) * radial + j;
      const c = (r + 1) * radial + ((j + 1) % radial);
      const d = r * radial + ((j + 1) % radial);
      idx.push(a, d, b, b, d, c);
    }
  return { positions, normals, indices: new Uint32Array(idx) };
}

/** Index count that draws a tube made by tubeMesh up to arc length s (from its start). */
export function tubeIndexCountTo(
  path: Path3,
  s: number,
  radial = 10,
  step = 4,
  from = 0,
  to = path.length,
): number {
  const rings = Math.max(2, Math.ceil((to - from) / step) + 1);
  const f = Math.min(Math.max((s - from) / (to - from), 0), 1);
  return Math.floor(f * (rings - 1)) * radial * 6;
}
