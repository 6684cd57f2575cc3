import { describe, expect, it } from 'vitest';
import type { MeshData } from '../../../models/anatomy/mesh.ts';
import { ellipsoid, roundCone, smoothUnion } from '../../../models/anatomy/sdf.ts';
import { surfaceNets } from '../../../models/anatomy/surfaceNets.ts';
import type { Vec3 } from '../../../models/vec3.ts';

const R = 5;
const sphere = surfaceNets(ellipsoid([0, 0, 0], [R, R, R]), [-8, -8, -8], [8, 8, 8], 1);

const vertex = (m: MeshData, i: number): Vec3 => [
  m.positions[3 * i] ?? NaN,
  m.positions[3 * i + 1] ?? NaN,
  m.positions[3 * i + 2] ?? NaN,
];
const normal = (m: MeshData, i: number): Vec3 => [
  m.normals[3 * i] ?? NaN,
  m.normals[3 * i + 1] ?? NaN,
  m.normals[3 * i + 2] ?? NaN,
];
const vertexCount = (m: MeshData): number => m.positions.length / 3;

/** Each triangle's corners. */
function triangles(m: MeshData): [Vec3, Vec3, Vec3][] {
  const out: [Vec3, Vec3, Vec3][] = [];
  for (let t = 0; t < m.indices.length; t += 3)
    out.push([
      vertex(m, m.indices[t] ?? -1),
      vertex(m, m.indices[t + 1] ?? -1),
      vertex(m, m.indices[t + 2] ?? -1),
    ]);
  return out;
}

/** Volume enclosed (divergence theorem); positive when the triangles face outward. */
function signedVolume(m: MeshData): number {
  let v = 0;
  for (const [a, b, c] of triangles(m))
    v +=
      (a[0] * (b[1] * c[2] - b[2] * c[1]) -
        a[1] * (b[0] * c[2] - b[2] * c[0]) +
        a[2] * (b[0] * c[1] - b[1] * c[0])) /
      6;
  return v;
}

describe('surfaceNets', () => {
  it('makes triangles of vertices it has', () => {
    expect(sphere.indices.length % 3).toBe(0);
    expect(sphere.indices.length).toBeGreaterThan(0);
    expect(sphere.normals.length).toBe(sphere.positions.length);
    for (const i of sphere.indices) expect(i).toBeLessThan(vertexCount(sphere));
  });

  it('puts every vertex on the true surface, with the outward normal', () => {
    for (let i = 0; i < vertexCount(sphere); i++) {
      const p = vertex(sphere, i);
      const r = Math.hypot(p[0], p[1], p[2]);
      expect(Math.abs(r - R)).toBeLessThan(0.02);
      const n = normal(sphere, i);
      expect(Math.hypot(n[0], n[1], n[2])).toBeCloseTo(1, 5);
      expect((n[0] * p[0] + n[1] * p[1] + n[2] * p[2]) / r).toBeGreaterThan(0.999);
    }
  });

  it('is closed: every edge is shared by exactly two triangles, each way round once', () => {
    const edges = new Map<string, number>();
    for (let t = 0; t < sphere.indices.length; t += 3) {
      const tri = [sphere.indices[t], sphere.indices[t + 1], sphere.indices[t + 2]];
      for (let e = 0; e < 3; e++) {
        const key = `${tri[e]}>${tri[(e + 1) % 3]}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of edges) {
      expect(count, key).toBe(1);
      const [a, b] = key.split('>');
      expect(edges.get(`${b}>${a}`), `the other side of ${key}`).toBe(1);
    }
    // A closed surface of a ball: V − E + F = 2.
    const faces = sphere.indices.length / 3;
    expect(vertexCount(sphere) - edges.size / 2 + faces).toBe(2);
  });

  it('faces outward and encloses the volume of the shape', () => {
    expect(signedVolume(sphere)).toBeGreaterThan(0);
    // Flat triangles between points on the sphere hold a little less than the sphere.
    const relative = signedVolume(sphere) / ((4 / 3) * Math.PI * R ** 3);
    expect(relative).toBeGreaterThan(0.95);
    expect(relative).toBeLessThan(1);
  });

  it('makes nothing where the shape is not', () => {
    const far = surfaceNets(ellipsoid([100, 0, 0], [2, 2, 2]), [-5, -5, -5], [5, 5, 5], 1);
    expect(far.positions.length).toBe(0);
    expect(far.indices.length).toBe(0);
  });

  it('follows a finer grid more closely (a thin limb keeps its shape)', () => {
    const limb = smoothUnion([
      { sdf: roundCone([-6, 0, 0], [6, 0, 0], 1.5, 1), blend: 1 },
      { sdf: ellipsoid([6, 0, 0], [2, 2, 2]), blend: 1 },
    ]);
    const coarse = surfaceNets(limb, [-9, -4, -4], [9, 4, 4], 1);
    const fine = surfaceNets(limb, [-9, -4, -4], [9, 4, 4], 0.5);
    expect(vertexCount(fine)).toBeGreaterThan(vertexCount(coarse) * 3);
    for (const m of [coarse, fine])
      for (let i = 0; i < vertexCount(m); i++) {
        const p = vertex(m, i);
        expect(Math.abs(limb(p[0], p[1], p[2]))).toBeLessThan(0.1);
      }
  });
});
