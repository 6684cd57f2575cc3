import { BufferAttribute, BufferGeometry, Color } from 'three';
import type { MeshData } from '../../../models/anatomy/mesh.ts';

/** A three.js geometry from a model's plain mesh arrays (the caller disposes it). */
export function toGeometry(mesh: MeshData, indices: Uint32Array = mesh.indices): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  g.setAttribute('normal', new BufferAttribute(mesh.normals, 3));
  g.setIndex(new BufferAttribute(indices, 1));
  g.computeBoundingSphere();
  return g;
}

/**
 * Per-vertex colours mixed from weights (each array one weight per vertex, summing to 1),
 * with an optional per-vertex alpha (a 4-component attribute: three.js blends with it).
 */
export function mixedColours(
  parts: readonly (readonly [weights: Float32Array, colour: string])[],
  alpha?: Float32Array,
): BufferAttribute {
  const n = parts[0]?.[0].length ?? 0;
  const size = alpha ? 4 : 3;
  const out = new Float32Array(n * size);
  const c = new Color();
  for (const [weights, colour] of parts) {
    // Vertex colours are multiplied in linear space, as three.js's Color gives them.
    c.set(colour);
    for (let v = 0; v < n; v++) {
      const w = weights[v] ?? 0;
      out[v * size] = (out[v * size] ?? 0) + c.r * w;
      out[v * size + 1] = (out[v * size + 1] ?? 0) + c.g * w;
      out[v * size + 2] = (out[v * size + 2] ?? 0) + c.b * w;
    }
  }
  if (alpha) for (let v = 0; v < n; v++) out[v * 4 + 3] = alpha[v] ?? 0;
  return new BufferAttribute(out, size);
}
