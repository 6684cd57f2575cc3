import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import type { Centreline } from '../../models/centreline.ts';
import {
  type OffsetFn,
  type RadiusFn,
  type RingRadiusFn,
  type RingRange,
  shellIndices,
  type SweepFrame,
  type SweepLayout,
  sweepIndices,
  sweepVertexCount,
  writeShell,
  writeShellRings,
  writeSweep,
  writeSweepRings,
} from '../../models/sweep.ts';
import { writeSweepNormals } from '../../models/sweepNormals.ts';

/**
 * A geometry with a fixed number of vertices and fixed triangles whose positions are
 * rewritten in place when the part moves or changes shape: no allocation per frame.
 * Disposed when the component unmounts.
 */
function useSweptGeometry(vertexCount: number, indices: () => number[]): BufferGeometry {
  // `indices` is a factory that runs once; its identity does not matter.
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(vertexCount * 3), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array(vertexCount * 3), 3));
    g.setIndex(indices());
    return g;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vertexCount]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return geometry;
}

/** A closed tube swept along the centreline, seen from outside (fill it with sweepInto). */
export function useTubeGeometry(layout: SweepLayout): BufferGeometry {
  return useSweptGeometry(sweepVertexCount(layout), () => sweepIndices(layout, true));
}

/** A hollow shell, outer and inner surface joined at the ends (fill it with shellInto). */
export function useShellGeometry(layout: SweepLayout): BufferGeometry {
  return useSweptGeometry(sweepVertexCount(layout) * 2, () => shellIndices(layout));
}

/** The position array to write into. */
function positionsOf(geometry: BufferGeometry): Float32Array {
  return (geometry.getAttribute('position') as BufferAttribute).array as Float32Array;
}

function normalsOf(geometry: BufferGeometry): Float32Array {
  return (geometry.getAttribute('normal') as BufferAttribute).array as Float32Array;
}

/** More ranges than this waiting for upload means the mesh went undrawn for a while. */
const MAX_PENDING_RANGES = 8;

/**
 * Marks floats [start, start + count) of an attribute for upload. Every change is a range,
 * a whole rewrite included, so a later partial change never hides an earlier whole one that
 * has not been uploaded yet (an undrawn mesh); ranges that pile up become one whole upload.
 */
function markForUpload(geometry: BufferGeometry, name: string, start: number, count: number): void {
  const attribute = geometry.getAttribute(name) as BufferAttribute;
  if (attribute.updateRanges.length >= MAX_PENDING_RANGES) {
    attribute.clearUpdateRanges();
    attribute.addUpdateRange(0, attribute.array.length);
  } else {
    attribute.addUpdateRange(start, count);
  }
  attribute.needsUpdate = true;
}

/** Marks rings first..last (clamped) of the surface whose vertex 0 is `base` for upload. */
function markRings(
  geometry: BufferGeometry,
  name: string,
  layout: SweepLayout,
  base: number,
  first: number,
  last: number,
): void {
  const n = layout.radialSegments;
  const lo = Math.max(first, 0);
  const hi = Math.min(last, layout.rings - 1);
  markForUpload(geometry, name, (base + lo * n) * 3, (hi - lo + 1) * n * 3);
}

/**
 * Grows the bounding sphere, keeping its centre, to hold rings first..last of a frame, each
 * vertex being at most `radius` from its ring's centre: a few hundred rings to visit rather
 * than thousands of vertices. It only ever grows, which can cost some culling but never
 * hides anything.
 */
function growBounds(
  geometry: BufferGeometry,
  frame: SweepFrame,
  rings: RingRange,
  radius: number,
): void {
  const sphere = geometry.boundingSphere;
  if (!sphere) {
    geometry.computeBoundingSphere();
    return;
  }
  const { x, y, z } = sphere.center;
  const c = frame.centre;
  let far = 0;
  for (let i = rings.first; i <= rings.last; i++) {
    const dx = (c[i * 3] ?? 0) - x;
    const dy = (c[i * 3 + 1] ?? 0) - y;
    const dz = (c[i * 3 + 2] ?? 0) - z;
    far = Math.max(far, dx * dx + dy * dy + dz * dz);
  }
  sphere.radius = Math.max(sphere.radius, Math.sqrt(far) + radius);
}

/** Tells three.js all positions changed; recomputes normals (models/sweepNormals.ts) and bounds. */
function commitPositions(geometry: BufferGeometry, layout: SweepLayout, shell: boolean): void {
  writeSweepNormals(layout, shell, positionsOf(geometry), normalsOf(geometry), 0, layout.rings);
  const floats = positionsOf(geometry).length;
  markForUpload(geometry, 'position', 0, floats);
  markForUpload(geometry, 'normal', 0, floats);
  geometry.computeBoundingSphere();
}

/** Rewrites a tube from useTubeGeometry along the centreline from s0 to s1 (models/sweep.ts). */
export function sweepInto(
  geometry: BufferGeometry,
  centreline: Centreline,
  s0: number,
  s1: number,
  layout: SweepLayout,
  radius: RadiusFn,
  axisOffset?: OffsetFn,
): void {
  writeSweep(centreline, s0, s1, layout, radius, positionsOf(geometry), 0, axisOffset);
  commitPositions(geometry, layout, false);
}

/** Rewrites a shell from useShellGeometry along the centreline from s0 to s1 (models/sweep.ts). */
export function shellInto(
  geometry: BufferGeometry,
  centreline: Centreline,
  s0: number,
  s1: number,
  layout: SweepLayout,
  outer: RadiusFn,
  inner: RadiusFn,
): void {
  writeShell(centreline, s0, s1, layout, outer, inner, positionsOf(geometry));
  commitPositions(geometry, layout, true);
}

/**
 * Rewrites rings first..last of a tube from useTubeGeometry from a placed frame
 * (models/sweep.ts), recomputes the normals there and one ring each side, and uploads only
 * those. `fresh`: the frame has just been placed and every ring written, so the bounds are
 * worked out anew; otherwise they grow to hold the rewritten rings.
 */
export function sweepRingsInto(
  geometry: BufferGeometry,
  frame: SweepFrame,
  radius: RingRadiusFn,
  rings: RingRange,
  fresh: boolean,
): void {
  const largest = writeSweepRings(frame, radius, positionsOf(geometry), 0, rings);
  commitRings(geometry, frame, false, rings, largest, fresh);
}

/** The same for both surfaces of a shell from useShellGeometry. */
export function shellRingsInto(
  geometry: BufferGeometry,
  frame: SweepFrame,
  outer: RingRadiusFn,
  inner: RingRadiusFn,
  rings: RingRange,
  fresh: boolean,
): void {
  const largest = writeShellRings(frame, outer, inner, positionsOf(geometry), rings);
  commitRings(geometry, frame, true, rings, largest, fresh);
}

/**
 * After rings first..last were rewritten: their normals and one ring's each side, the upload
 * of just those (on each surface of a shell), and the bounds (anew when `fresh`, else grown).
 */
function commitRings(
  geometry: BufferGeometry,
  frame: SweepFrame,
  shell: boolean,
  rings: RingRange,
  largest: number,
  fresh: boolean,
): void {
  const { layout } = frame;
  const { first, last } = rings;
  writeSweepNormals(layout, shell, positionsOf(geometry), normalsOf(geometry), first - 1, last + 1);
  const v = sweepVertexCount(layout);
  // A tube has one surface; a shell two, the inner one's vertices after the outer's.
  for (let surface = 0; surface < (shell ? 2 : 1); surface++) {
    markRings(geometry, 'position', layout, surface * v, first, last);
    markRings(geometry, 'normal', layout, surface * v, first - 1, last + 1);
  }
  if (fresh) geometry.computeBoundingSphere();
  else growBounds(geometry, frame, rings, largest);
}

/**
 * Remembers the inputs (up to eight numbers) a part was last built from, so it rebuilds
 * only when one changes. Fixed parameters rather than a rest array: nothing is allocated
 * per frame.
 */
export function createChangeTracker() {
  const last = new Float64Array(8).fill(Number.NaN);
  return (a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0): boolean => {
    if (
      last[0] === a &&
      last[1] === b &&
      last[2] === c &&
      last[3] === d &&
      last[4] === e &&
      last[5] === f &&
      last[6] === g &&
      last[7] === h
    ) {
      return false;
    }
    last[0] = a;
    last[1] = b;
    last[2] = c;
    last[3] = d;
    last[4] = e;
    last[5] = f;
    last[6] = g;
    last[7] = h;
    return true;
  };
}
