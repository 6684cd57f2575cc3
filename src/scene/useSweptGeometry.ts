import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';

/**
 * A geometry with a fixed number of vertices and fixed triangles whose positions are
 * rewritten in place when the part moves or changes shape: no allocation per frame.
 * Disposed when the component unmounts.
 */
export function useSweptGeometry(vertexCount: number, indices: () => number[]): BufferGeometry {
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

/** The position array to write into. */
export function positionsOf(geometry: BufferGeometry): Float32Array {
  return (geometry.getAttribute('position') as BufferAttribute).array as Float32Array;
}

/** Tells three.js the positions changed and recomputes normals and bounds. */
export function commitPositions(geometry: BufferGeometry): void {
  geometry.getAttribute('position').needsUpdate = true;
  geometry.computeVertexNormals();
  geometry.computeBoundingSphere();
}

/** Remembers the inputs a part was last built from, so it rebuilds only when they change. */
export function createChangeTracker(size: number) {
  const last = new Float64Array(size).fill(Number.NaN);
  return (...values: number[]): boolean => {
    let changed = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] ?? 0;
      if (last[i] !== v) {
        last[i] = v;
        changed = true;
      }
    }
    return changed;
  };
}
