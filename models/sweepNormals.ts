import { type SweepLayout, sweepVertexCount } from './sweep.ts';

/**
 * Smooth vertex normals for a swept tube or shell (the triangles of sweepIndices and
 * shellIndices), for a range of rings only. A part whose shape changes in one stretch (the
 * wall where the plaque is squashed) then recomputes the normals there and not along its
 * whole length, without allocating.
 *
 * Each normal is the normalised sum of the area-weighted normals of the triangles around the
 * vertex, as three.js's BufferGeometry.computeVertexNormals makes them (the same to within
 * float rounding: tests/scene/sweptGeometry.test.ts). Rather than visit every triangle and
 * add it to its three vertices, it works along the grid: one row of quads at a time, each
 * vertex gathering the six triangles it belongs to.
 */

/** Two rows of quads' triangle normals (six numbers a quad), grown to the widest sweep seen. */
let rowBefore = new Float64Array(0);
let rowAfter = new Float64Array(0);

/**
 * The area-weighted normals (C - B) x (A - B) of both triangles of each quad between rings i
 * and i + 1 of the surface whose vertex 0 is `base`, wound outwards as sweepIndices winds
 * them: (a, d, b) and (b, d, c). Zeros where there is no such row (past an end).
 */
function quadRow(
  layout: SweepLayout,
  pos: Float32Array,
  base: number,
  i: number,
  out: Float64Array,
): void {
  const n = layout.radialSegments;
  if (i < 0 || i > layout.rings - 2) {
    out.fill(0, 0, n * 6);
    return;
  }
  for (let j = 0; j < n; j++) {
    const j1 = j + 1 === n ? 0 : j + 1;
    const a = (base + i * n + j) * 3;
    const d = (base + i * n + j1) * 3;
    const b = (base + (i + 1) * n + j) * 3;
    const c = (base + (i + 1) * n + j1) * 3;
    const dx = pos[d] ?? 0;
    const dy = pos[d + 1] ?? 0;
    const dz = pos[d + 2] ?? 0;
    const bdx = (pos[b] ?? 0) - dx;
    const bdy = (pos[b + 1] ?? 0) - dy;
    const bdz = (pos[b + 2] ?? 0) - dz;
    const adx = (pos[a] ?? 0) - dx;
    const ady = (pos[a + 1] ?? 0) - dy;
    const adz = (pos[a + 2] ?? 0) - dz;
    const cdx = (pos[c] ?? 0) - dx;
    const cdy = (pos[c + 1] ?? 0) - dy;
    const cdz = (pos[c + 2] ?? 0) - dz;
    const k = j * 6;
    // Triangle (a, d, b): (b - d) x (a - d).
    out[k] = bdy * adz - bdz * ady;
    out[k + 1] = bdz * adx - bdx * adz;
    out[k + 2] = bdx * ady - bdy * adx;
    // Triangle (b, d, c): (c - d) x (b - d).
    out[k + 3] = cdy * bdz - cdz * bdy;
    out[k + 4] = cdz * bdx - cdx * bdz;
    out[k + 5] = cdx * bdy - cdy * bdx;
  }
}

/**
 * Writes the normals of ring i: each vertex (i, j) is in the second triangle of quad
 * (i - 1, j - 1), both of (i - 1, j) and (i, j - 1), and the first of (i, j). `sign` -1 for
 * a lining, whose triangles are wound the other way. Left unnormalised when `raw` (an end
 * ring of a shell, which its cap's triangles are still to be added to).
 */
function ringNormals(
  n: number,
  before: Float64Array,
  after: Float64Array,
  nrm: Float32Array,
  first: number,
  sign: number,
  raw: boolean,
): void {
  for (let j = 0; j < n; j++) {
    const p = (j === 0 ? n - 1 : j - 1) * 6;
    const q = j * 6;
    let x = (before[p + 3] ?? 0) + (before[q] ?? 0) + (before[q + 3] ?? 0);
    let y = (before[p + 4] ?? 0) + (before[q + 1] ?? 0) + (before[q + 4] ?? 0);
    let z = (before[p + 5] ?? 0) + (before[q + 2] ?? 0) + (before[q + 5] ?? 0);
    x += (after[p] ?? 0) + (after[p + 3] ?? 0) + (after[q] ?? 0);
    y += (after[p + 1] ?? 0) + (after[p + 4] ?? 0) + (after[q + 1] ?? 0);
    z += (after[p + 2] ?? 0) + (after[p + 5] ?? 0) + (after[q + 2] ?? 0);
    // As Vector3.normalize: a zero vector stays zero. `sign` only multiplies: a value that
    // is either it or a computed number would be boxed on every vertex by V8's Maglev tier.
    const length = Math.sqrt(x * x + y * y + z * z);
    const s = (raw ? 1 : length > 0 ? 1 / length : 1) * sign;
    const k = (first + j) * 3;
    nrm[k] = x * s;
    nrm[k + 1] = y * s;
    nrm[k + 2] = z * s;
  }
}

/** Rings from..to of one surface (vertex 0 at `base`), rolling two rows of quads along. */
function surfaceNormals(
  layout: SweepLayout,
  pos: Float32Array,
  nrm: Float32Array,
  base: number,
  sign: number,
  from: number,
  to: number,
  rawEnds: boolean,
): void {
  const n = layout.radialSegments;
  quadRow(layout, pos, base, from - 1, rowBefore);
  for (let i = from; i <= to; i++) {
    quadRow(layout, pos, base, i, rowAfter);
    const end = i === 0 || i === layout.rings - 1;
    ringNormals(n, rowBefore, rowAfter, nrm, base + i * n, sign, rawEnds && end);
    const t = rowBefore;
    rowBefore = rowAfter;
    rowAfter = t;
  }
}

/** Which end rings of a shell take the caps' triangles now: set by capNormals. */
const caps = { start: false, end: false, n: 0, v: 0, last: 0 };

/** Whether a vertex is in an end ring being written (of either surface). */
function inCapRing(vertex: number): boolean {
  const k = vertex % caps.v;
  return (caps.start && k < caps.n) || (caps.end && k >= caps.last);
}

/** Adds triangle (a, b, c)'s area-weighted normal, (C - B) x (A - B), to its vertices in an end ring. */
function addFace(pos: Float32Array, nrm: Float32Array, a: number, b: number, c: number): void {
  const a3 = a * 3;
  const b3 = b * 3;
  const c3 = c * 3;
  const bx = pos[b3] ?? 0;
  const by = pos[b3 + 1] ?? 0;
  const bz = pos[b3 + 2] ?? 0;
  const cbx = (pos[c3] ?? 0) - bx;
  const cby = (pos[c3 + 1] ?? 0) - by;
  const cbz = (pos[c3 + 2] ?? 0) - bz;
  const abx = (pos[a3] ?? 0) - bx;
  const aby = (pos[a3 + 1] ?? 0) - by;
  const abz = (pos[a3 + 2] ?? 0) - bz;
  const x = cby * abz - cbz * aby;
  const y = cbz * abx - cbx * abz;
  const z = cbx * aby - cby * abx;
  if (inCapRing(a)) addTo(nrm, a3, x, y, z);
  if (inCapRing(b)) addTo(nrm, b3, x, y, z);
  if (inCapRing(c)) addTo(nrm, c3, x, y, z);
}

function addTo(nrm: Float32Array, k: number, x: number, y: number, z: number): void {
  nrm[k] = (nrm[k] ?? 0) + x;
  nrm[k + 1] = (nrm[k + 1] ?? 0) + y;
  nrm[k + 2] = (nrm[k + 2] ?? 0) + z;
}

/** The shell's end caps (shellIndices' triangles), added to its end rings, which are then normalised. */
function capNormals(
  layout: SweepLayout,
  pos: Float32Array,
  nrm: Float32Array,
  start: boolean,
  end: boolean,
): void {
  const n = layout.radialSegments;
  const v = sweepVertexCount(layout);
  const last = (layout.rings - 1) * n;
  caps.start = start;
  caps.end = end;
  caps.n = n;
  caps.v = v;
  caps.last = last;
  for (let j = 0; j < n; j++) {
    const j1 = j + 1 === n ? 0 : j + 1;
    if (start) {
      addFace(pos, nrm, j1, j, v + j);
      addFace(pos, nrm, v + j1, j1, v + j);
    }
    if (end) {
      addFace(pos, nrm, last + j, last + j1, v + last + j);
      addFace(pos, nrm, last + j1, v + last + j1, v + last + j);
    }
  }
  if (start) {
    normalise(nrm, 0, n);
    normalise(nrm, v, v + n);
  }
  if (end) {
    normalise(nrm, last, last + n);
    normalise(nrm, v + last, v + last + n);
  }
}

/** Normalises (as Vector3.normalize) the normals of vertices [lo, hi). */
function normalise(nrm: Float32Array, lo: number, hi: number): void {
  for (let k = lo * 3; k < hi * 3; k += 3) {
    const x = nrm[k] ?? 0;
    const y = nrm[k + 1] ?? 0;
    const z = nrm[k + 2] ?? 0;
    const s = 1 / (Math.sqrt(x * x + y * y + z * z) || 1);
    nrm[k] = x * s;
    nrm[k + 1] = y * s;
    nrm[k + 2] = z * s;
  }
}

/** Makes sure the row buffers hold a row of this layout's quads (allocates only for a wider sweep). */
function fitRows(layout: SweepLayout): void {
  const size = layout.radialSegments * 6;
  if (rowBefore.length >= size) return;
  rowBefore = new Float64Array(size);
  rowAfter = new Float64Array(size);
}

/**
 * Recomputes the normals of rings `from`..`to` (clamped to the layout) of a tube (`shell`
 * false: sweepIndices, outward) or a shell (`shell` true: shellIndices, both surfaces and
 * the end caps), reading the positions of those rings and their neighbours. Normals
 * elsewhere are left as they are. After moving rings a..b, pass a - 1 and b + 1: their
 * neighbours' normals change too.
 */
export function writeSweepNormals(
  layout: SweepLayout,
  shell: boolean,
  pos: Float32Array,
  nrm: Float32Array,
  from: number,
  to: number,
): void {
  const first = Math.max(from, 0);
  const last = Math.min(to, layout.rings - 1);
  if (first > last) return;
  fitRows(layout);
  surfaceNormals(layout, pos, nrm, 0, 1, first, last, shell);
  if (!shell) return;
  surfaceNormals(layout, pos, nrm, sweepVertexCount(layout), -1, first, last, true);
  const start = first === 0;
  const end = last === layout.rings - 1;
  if (start || end) capNormals(layout, pos, nrm, start, end);
}
