import type { Centreline } from './centreline.ts';
import type { Vec3 } from './vec3.ts';

/**
 * Sweeping circular-ish cross-sections along the centreline: the one way every tubular part
 * (wall, plaque, catheter, wire, balloon, dye) is built. Positions are written into
 * caller-owned arrays so the scene can update geometry in place, without allocating.
 *
 * Angle theta is measured from the in-plane normal N (theta = 0, "up") towards the binormal
 * B = +z (theta = pi/2, towards the viewer and the cutaway).
 */
export interface SweepLayout {
  /** Number of cross-sections along the sweep (>= 2). */
  readonly rings: number;
  /** Vertices around each cross-section (>= 3); the seam is shared, not duplicated. */
  readonly radialSegments: number;
}

/** Radius of the surface at arc length s and angle theta. */
export type RadiusFn = (s: number, theta: number) => number;
/** Sideways displacement of the sweep's axis at s, written as [along N, along B]. */
export type OffsetFn = (s: number, out: [number, number]) => void;

export const sweepVertexCount = (l: SweepLayout): number => l.rings * l.radialSegments;

const scratchP: Vec3 = [0, 0, 0];
const scratchN: Vec3 = [0, 0, 0];
const scratchOffset: [number, number] = [0, 0];

/** Writes one swept surface's positions (rings x radialSegments x 3 floats) from `offset` floats on. */
export function writeSweep(
  centreline: Centreline,
  s0: number,
  s1: number,
  layout: SweepLayout,
  radius: RadiusFn,
  out: Float32Array,
  offset = 0,
  axisOffset?: OffsetFn,
): void {
  const { rings, radialSegments } = layout;
  let k = offset;
  for (let i = 0; i < rings; i++) {
    const s = s0 + ((s1 - s0) * i) / (rings - 1);
    centreline.pointAt(s, scratchP);
    centreline.normalAt(s, scratchN);
    let dn = 0;
    let db = 0;
    if (axisOffset) {
      axisOffset(s, scratchOffset);
      dn = scratchOffset[0];
      db = scratchOffset[1];
    }
    const cx = scratchP[0] + scratchN[0] * dn;
    const cy = scratchP[1] + scratchN[1] * dn;
    const cz = db;
    for (let j = 0; j < radialSegments; j++) {
      const theta = (2 * Math.PI * j) / radialSegments;
      const r = radius(s, theta);
      const c = Math.cos(theta) * r;
      const b = Math.sin(theta) * r;
      // N lies in the z = 0 plane and B is +z, so the cross-section point is centre + c*N + b*B.
      out[k++] = cx + scratchN[0] * c;
      out[k++] = cy + scratchN[1] * c;
      out[k++] = cz + b;
    }
  }
}

/**
 * Triangle indices for one swept surface whose vertices start at `base`.
 * `outward` faces point away from the axis (an outside surface); otherwise towards it (a lining).
 */
export function sweepIndices(layout: SweepLayout, outward: boolean, base = 0): number[] {
  const { rings, radialSegments: n } = layout;
  const idx: number[] = [];
  for (let i = 0; i < rings - 1; i++) {
    for (let j = 0; j < n; j++) {
      const a = base + i * n + j;
      const b = base + (i + 1) * n + j;
      const c = base + (i + 1) * n + ((j + 1) % n);
      const d = base + i * n + ((j + 1) % n);
      if (outward) idx.push(a, d, b, b, d, c);
      else idx.push(a, b, d, b, c, d);
    }
  }
  return idx;
}

/**
 * Indices for a closed shell: an outer surface (vertices 0..V-1), an inner lining
 * (vertices V..2V-1) and the two end rings joining them. Closed solids let the renderer
 * show a clean cut face where a clipping plane opens them (see scene/materials).
 */
export function shellIndices(layout: SweepLayout): number[] {
  const v = sweepVertexCount(layout);
  const n = layout.radialSegments;
  const idx = [...sweepIndices(layout, true, 0), ...sweepIndices(layout, false, v)];
  const last = (layout.rings - 1) * n;
  for (let j = 0; j < n; j++) {
    const j1 = (j + 1) % n;
    // Start cap faces backwards along the centreline, end cap forwards.
    idx.push(j1, j, v + j, v + j1, j1, v + j);
    idx.push(last + j, last + j1, v + last + j, last + j1, v + last + j1, v + last + j);
  }
  return idx;
}

/** Writes both surfaces of a shell: outer radius first, then inner radius. */
export function writeShell(
  centreline: Centreline,
  s0: number,
  s1: number,
  layout: SweepLayout,
  outer: RadiusFn,
  inner: RadiusFn,
  out: Float32Array,
): void {
  writeSweep(centreline, s0, s1, layout, outer, out, 0);
  writeSweep(centreline, s0, s1, layout, inner, out, sweepVertexCount(layout) * 3);
}
