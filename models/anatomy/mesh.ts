/** A triangle mesh as plain arrays, ready to become a BufferGeometry in the scene. */
export interface MeshData {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
}

/** Joins meshes into one, so the scene draws them in a single call. */
export function mergeMeshes(meshes: readonly MeshData[]): MeshData {
  let v = 0;
  let i = 0;
  for (const m of meshes) {
    v += m.positions.length;
    i += m.indices.length;
  }
  const positions = new Float32Array(v);
  const normals = new Float32Array(v);
  const indices = new Uint32Array(i);
  let vo = 0;
  let io = 0;
  for (const m of meshes) {
    positions.set(m.positions, vo);
    normals.set(m.normals, vo);
    const base = vo / 3;
    for (let k = 0; k < m.indices.length; k++) indices[io + k] = (m.indices[k] ?? 0) + base;
    vo += m.positions.length;
    io += m.indices.length;
  }
  return { positions, normals, indices };
}
