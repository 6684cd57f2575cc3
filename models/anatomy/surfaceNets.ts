import type { Vec3 } from '../vec3.ts';
import type { MeshData } from './mesh.ts';
import type { Sdf } from './sdf.ts';

/**
 * Turns a signed distance function into a smooth closed triangle mesh (naive surface nets:
 * one vertex per grid cell the surface crosses, one quad per crossed grid edge). Vertices
 * are then pulled onto the true surface and given the SDF's gradient as normal, so a coarse
 * grid still shades smoothly.
 */
export function surfaceNets(sdf: Sdf, min: Vec3, max: Vec3, cell: number): MeshData {
  const nx = Math.ceil((max[0] - min[0]) / cell) + 1;
  const ny = Math.ceil((max[1] - min[1]) / cell) + 1;
  const nz = Math.ceil((max[2] - min[2]) / cell) + 1;
  const at = (i: number, j: number, k: number): number => i + nx * (j + ny * k);
  const field = new Float32Array(nx * ny * nz);
  // Narrow band: sample every 4th point first; far from the surface the coarse value has
  // the right sign, so only points near the surface need the full (costly) evaluation.
  const C = 4;
  const cx = Math.ceil(nx / C) + 1;
  const cy = Math.ceil(ny / C) + 1;
  const cz = Math.ceil(nz / C) + 1;
  const coarse = new Float32Array(cx * cy * cz);
  for (let k = 0; k < cz; k++)
    for (let j = 0; j < cy; j++)
      for (let i = 0; i < cx; i++)
        coarse[i + cx * (j + cy * k)] = sdf(
          min[0] + i * C * cell,
          min[1] + j * C * cell,
          min[2] + k * C * cell,
        );
  const band = C * cell * 1.1;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const near =
          coarse[Math.round(i / C) + cx * (Math.round(j / C) + cy * Math.round(k / C))] ?? 0;
        field[at(i, j, k)] =
          Math.abs(near) > band
            ? near
            : sdf(min[0] + i * cell, min[1] + j * cell, min[2] + k * cell);
      }

  const vertexOf = new Int32Array(nx * ny * nz).fill(-1);
  const pos: number[] = [];
  const corners = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ] as const;
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const;
  const v = new Float32Array(8);
  const offset = new Int32Array(corners.map(([di, dj, dk]) => di + nx * (dj + ny * dk)));
  const edgeA = new Int8Array(edges.map(([a]) => a));
  const edgeB = new Int8Array(edges.map(([, b]) => b));
  const cornerXYZ = new Float32Array(corners.flatMap((c) => [c[0], c[1], c[2]]));
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        const base = at(i, j, k);
        let inside = 0;
        for (let c = 0; c < 8; c++) {
          const value = field[base + (offset[c] ?? 0)] ?? 0;
          v[c] = value;
          if (value < 0) inside++;
        }
        if (inside === 0 || inside === 8) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let count = 0;
        for (let e = 0; e < 12; e++) {
          const a = edgeA[e] ?? 0;
          const b = edgeB[e] ?? 0;
          const va = v[a] ?? 0;
          const vb = v[b] ?? 0;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const ax = cornerXYZ[a * 3] ?? 0;
          const ay = cornerXYZ[a * 3 + 1] ?? 0;
          const az = cornerXYZ[a * 3 + 2] ?? 0;
          sx += ax + ((cornerXYZ[b * 3] ?? 0) - ax) * t;
          sy += ay + ((cornerXYZ[b * 3 + 1] ?? 0) - ay) * t;
          sz += az + ((cornerXYZ[b * 3 + 2] ?? 0) - az) * t;
          count++;
        }
        vertexOf[base] = pos.length / 3;
        pos.push(
          min[0] + (i + sx / count) * cell,
          min[1] + (j + sy / count) * cell,
          min[2] + (k + sz / count) * cell,
        );
      }

  const idx: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) idx.push(a, d, c, a, c, b);
    else idx.push(a, b, c, a, c, d);
  };
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        const here = (field[at(i, j, k)] ?? 0) < 0;
        // Edge along x from (i,j,k): shared by cells (i, j-1..j, k-1..k).
        if (here !== (field[at(i + 1, j, k)] ?? 0) < 0)
          quad(
            vertexOf[at(i, j - 1, k - 1)] ?? -1,
            vertexOf[at(i, j, k - 1)] ?? -1,
            vertexOf[at(i, j, k)] ?? -1,
            vertexOf[at(i, j - 1, k)] ?? -1,
            !here,
          );
        if (here !== (field[at(i, j + 1, k)] ?? 0) < 0)
          quad(
            vertexOf[at(i - 1, j, k - 1)] ?? -1,
            vertexOf[at(i - 1, j, k)] ?? -1,
            vertexOf[at(i, j, k)] ?? -1,
            vertexOf[at(i, j, k - 1)] ?? -1,
            !here,
          );
        if (here !== (field[at(i, j, k + 1)] ?? 0) < 0)
          quad(
            vertexOf[at(i - 1, j - 1, k)] ?? -1,
            vertexOf[at(i, j - 1, k)] ?? -1,
            vertexOf[at(i, j, k)] ?? -1,
            vertexOf[at(i - 1, j, k)] ?? -1,
            !here,
          );
      }

  const positions = new Float32Array(pos);
  const normals = new Float32Array(pos.length);
  const h = cell * 0.25;
  for (let n = 0; n < positions.length; n += 3) {
    let x = positions[n] ?? 0;
    let y = positions[n + 1] ?? 0;
    let z = positions[n + 2] ?? 0;
    let gx = 0;
    let gy = 0;
    let gz = 0;
    for (let step = 0; step < 1; step++) {
      const d = sdf(x, y, z);
      gx = sdf(x + h, y, z) - sdf(x - h, y, z);
      gy = sdf(x, y + h, z) - sdf(x, y - h, z);
      gz = sdf(x, y, z + h) - sdf(x, y, z - h);
      const l = Math.sqrt(gx * gx + gy * gy + gz * gz) || 1;
      gx /= l;
      gy /= l;
      gz /= l;
      // Pull onto the surface, but never further than a cell (keeps thin parts intact).
      const move = Math.max(-cell, Math.min(cell, d));
      x -= gx * move;
      y -= gy * move;
      z -= gz * move;
    }
    positions[n] = x;
    positions[n + 1] = y;
    positions[n + 2] = z;
    normals[n] = gx;
    normals[n + 1] = gy;
    normals[n + 2] = gz;
  }
  return { positions, normals, indices: new Uint32Array(idx) };
}
