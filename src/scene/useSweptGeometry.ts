import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import type { Centreline } from '../../models/centreline.ts';
import {
  type OffsetFn,
  type RadiusFn,
  shellIndices,
  type SweepLayout,
  sweepIndices,
  sweepVertexCount,
  writeShell,
  writeSweep,
} from '../../models/sweep.ts';

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

/** Tells three.js the positions changed and recomputes normals and bounds. */
function commitPositions(geometry: BufferGeometry): void {
  geometry.getAttribute('position').needsUpdate = true;
  geometry.computeVertexNormals();
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
  commitPositions(geometry);
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
  commitPositions(geometry);
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
