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
/** The last ring placed by ringAt: its centre (x, y, z) and the in-plane normal N (x, y). */
const ring = new Float64Array(5);

/**
 * Places ring i of `rings` spaced evenly from s0 to s1 (into `ring`) and returns its arc
 * length: the one placement writeSweep and placeSweepFrame share, so both write the very
 * same numbers.
 */
function ringAt(
  centreline: Centreline,
  s0: number,
  s1: number,
  rings: number,
  i: number,
  axisOffset?: OffsetFn,
): number {
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
  ring[0] = scratchP[0] + scratchN[0] * dn;
  ring[1] = scratchP[1] + scratchN[1] * dn;
  ring[2] = db;
  ring[3] = scratchN[0];
  ring[4] = scratchN[1];
  return s;
}

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
    const s = ringAt(centreline, s0, s1, rings, i, axisOffset);
    // Indexed, not destructured: a typed array's iterator would allocate per ring.
    const cx = ring[0] ?? 0;
    const cy = ring[1] ?? 0;
    const cz = ring[2] ?? 0;
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

/**
 * A sweep's fixed frame: each ring's arc length, centre and normal, and each segment's angle,
 * cosine and sine, worked out once when the sweep is placed. Rewriting rings from it then
 * costs a few multiplications a vertex, so a part whose shape changes every frame (the wall
 * as the balloon squashes the plaque) does not walk the centreline or call Math.cos again.
 */
export interface SweepFrame {
  readonly layout: SweepLayout;
  /** Each ring's arc length. */
  readonly s: Float64Array;
  /** Each ring's centre (x, y, z), axis offset included. */
  readonly centre: Float64Array;
  /** Each ring's in-plane normal (x, y; its z is 0). */
  readonly normal: Float64Array;
  /** Each segment's angle, from the normal towards +z, with its cosine and sine. */
  readonly theta: Float64Array;
  readonly cos: Float64Array;
  readonly sin: Float64Array;
  /** One ring's radii, filled by a RingRadiusFn: scratch, so nothing is allocated per ring. */
  readonly radii: Float64Array;
}

/**
 * Writes the radius of every segment of ring `ring` (at arc length s) into `out`
 * (radialSegments values). Filling an array rather than returning a number per vertex keeps
 * the hot loop free of calls that box their result.
 */
export type RingRadiusFn = (ring: number, s: number, out: Float64Array) => void;

/** An inclusive range of rings. */
export interface RingRange {
  readonly first: number;
  readonly last: number;
}

/** Every ring of a layout. */
export const allRings = (l: SweepLayout): RingRange => ({ first: 0, last: l.rings - 1 });

export function createSweepFrame(layout: SweepLayout): SweepFrame {
  const { rings, radialSegments: n } = layout;
  const theta = new Float64Array(n);
  const cos = new Float64Array(n);
  const sin = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    // The same expressions as writeSweep, so both write the very same numbers.
    const t = (2 * Math.PI * j) / n;
    theta[j] = t;
    cos[j] = Math.cos(t);
    sin[j] = Math.sin(t);
  }
  return {
    layout,
    s: new Float64Array(rings),
    centre: new Float64Array(rings * 3),
    normal: new Float64Array(rings * 2),
    theta,
    cos,
    sin,
    radii: new Float64Array(n),
  };
}

/** Places a frame along the centreline from s0 to s1, as writeSweep places its rings. */
export function placeSweepFrame(
  frame: SweepFrame,
  centreline: Centreline,
  s0: number,
  s1: number,
  axisOffset?: OffsetFn,
): void {
  const { rings } = frame.layout;
  for (let i = 0; i < rings; i++) {
    frame.s[i] = ringAt(centreline, s0, s1, rings, i, axisOffset);
    frame.centre[i * 3] = ring[0] ?? 0;
    frame.centre[i * 3 + 1] = ring[1] ?? 0;
    frame.centre[i * 3 + 2] = ring[2] ?? 0;
    frame.normal[i * 2] = ring[3] ?? 0;
    frame.normal[i * 2 + 1] = ring[4] ?? 0;
  }
}

/**
 * Writes rings first..last of a placed frame into `out`, where the sweep's vertex 0 is at
 * float `offset`: the same numbers writeSweep writes for those rings, the others untouched.
 * Returns the largest radius written, so bounds can grow without visiting every vertex.
 */
export function writeSweepRings(
  frame: SweepFrame,
  radius: RingRadiusFn,
  out: Float32Array,
  offset: number,
  rings: RingRange,
): number {
  const n = frame.layout.radialSegments;
  const { s, centre, normal, cos, sin, radii } = frame;
  let largest = 0;
  for (let i = rings.first; i <= rings.last; i++) {
    radius(i, s[i] ?? 0, radii);
    const cx = centre[i * 3] ?? 0;
    const cy = centre[i * 3 + 1] ?? 0;
    const cz = centre[i * 3 + 2] ?? 0;
    const nx = normal[i * 2] ?? 0;
    const ny = normal[i * 2 + 1] ?? 0;
    let k = offset + i * n * 3;
    for (let j = 0; j < n; j++) {
      const r = radii[j] ?? 0;
      const c = (cos[j] ?? 0) * r;
      const b = (sin[j] ?? 0) * r;
      out[k++] = cx + nx * c;
      out[k++] = cy + ny * c;
      out[k++] = cz + b;
      // Comparisons, not Math.max/abs: cheaper while the code is still cold.
      const size = r < 0 ? -r : r;
      if (size > largest) largest = size;
    }
  }
  return largest;
}

/**
 * Rings first..last of both surfaces of a shell (outer first, then inner, as writeShell).
 * Returns the largest radius written.
 */
export function writeShellRings(
  frame: SweepFrame,
  outer: RingRadiusFn,
  inner: RingRadiusFn,
  out: Float32Array,
  rings: RingRange,
): number {
  const a = writeSweepRings(frame, outer, out, 0, rings);
  const b = writeSweepRings(frame, inner, out, sweepVertexCount(frame.layout) * 3, rings);
  return Math.max(a, b);
}

/**
 * The rings whose arc length lies in [a, b], widened by one ring each side so rounding can
 * never leave out a ring at the edge (rewriting an unchanged ring costs nothing in the picture).
 */
export function ringsCovering(frame: SweepFrame, a: number, b: number): RingRange {
  const { s } = frame;
  const last = frame.layout.rings - 1;
  let first = 0;
  while (first < last && (s[first + 1] ?? 0) < a) first++;
  let end = last;
  while (end > 0 && (s[end - 1] ?? 0) > b) end--;
  return { first, last: Math.max(first, end) };
}
