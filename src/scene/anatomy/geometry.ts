import { BufferAttribute, BufferGeometry } from 'three';
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
