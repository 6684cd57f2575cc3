import { describe, expect, it } from 'vitest';
import { ARTERY_PATH } from '../../models/artery.ts';
import { type Centreline, createCentreline } from '../../models/centreline.ts';
import {
  allRings,
  createSweepFrame,
  placeSweepFrame,
  type RadiusFn,
  type RingRadiusFn,
  ringsCovering,
  type SweepLayout,
  shellIndices,
  sweepIndices,
  sweepVertexCount,
  writeShell,
  writeShellRings,
  writeSweep,
  writeSweepRings,
} from '../../models/sweep.ts';
import { type Vec3, vec3 } from '../../models/vec3.ts';

const curved = createCentreline(ARTERY_PATH);
const straight = createCentreline([
  [0, 0],
  [10, 0],
]);
const layout: SweepLayout = { rings: 9, radialSegments: 12 };

const vertex = (pos: Float32Array, i: number): Vec3 => [
  pos[3 * i] ?? NaN,
  pos[3 * i + 1] ?? NaN,
  pos[3 * i + 2] ?? NaN,
];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * For each triangle, the dot product of its face normal (right-hand rule) with the direction
 * from the centreline out to the triangle, both unit length: > 0 faces out, < 0 faces in.
 */
function facing(
  line: Centreline,
  s0: number,
  s1: number,
  l: SweepLayout,
  pos: Float32Array,
  idx: number[],
): number[] {
  const out: number[] = [];
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [idx[t], idx[t + 1], idx[t + 2]].map((i) => vertex(pos, i ?? -1)) as [
      Vec3,
      Vec3,
      Vec3,
    ];
    const n = cross(sub(b, a), sub(c, a));
    const centroid: Vec3 = [
      (a[0] + b[0] + c[0]) / 3,
      (a[1] + b[1] + c[1]) / 3,
      (a[2] + b[2] + c[2]) / 3,
    ];
    // The axis point under the triangle: the mean of its vertices' ring centres.
    const axis: Vec3 = [0, 0, 0];
    for (const i of [idx[t], idx[t + 1], idx[t + 2]]) {
      const ring = Math.floor(((i ?? 0) % sweepVertexCount(l)) / l.radialSegments);
      const p = line.pointAt(s0 + ((s1 - s0) * ring) / (l.rings - 1), vec3());
      for (let k = 0; k < 3; k++) axis[k] = (axis[k] ?? 0) + (p[k] ?? 0) / 3;
    }
    const radial = sub(centroid, axis);
    out.push(dot(n, radial) / (Math.hypot(...n) * Math.hypot(...radial)));
  }
  return out;
}

describe('sweep layout', () => {
  it('counts rings x radial segments vertices and writes exactly that many, from the offset', () => {
    expect(sweepVertexCount(layout)).toBe(108);
    const pos = new Float32Array(108 * 3 + 6).fill(-999);
    writeSweep(curved, 10, 20, layout, () => 1, pos, 3);
    expect(pos.slice(0, 3)).toEqual(new Float32Array([-999, -999, -999]));
    expect(pos.slice(-3)).toEqual(new Float32Array([-999, -999, -999]));
    expect(pos.slice(3, -3).every((x) => x !== -999 && Number.isFinite(x))).toBe(true);
  });

  it('makes two triangles per quad, using only the sweep\u2019s own vertices from its base', () => {
    const idx = sweepIndices(layout, true, 50);
    expect(idx).toHaveLength((layout.rings - 1) * layout.radialSegments * 6);
    expect(Math.min(...idx)).toBe(50);
    expect(Math.max(...idx)).toBe(50 + sweepVertexCount(layout) - 1);
    expect(new Set(idx).size).toBe(sweepVertexCount(layout));
  });

  it('puts each ring\u2019s vertices at their radius around the centreline, angle 0 along the normal', () => {
    const pos = new Float32Array(sweepVertexCount(layout) * 3);
    const radius = (s: number, theta: number): number => 1 + 0.1 * s + 0.2 * Math.cos(theta);
    writeSweep(curved, 10, 30, layout, radius, pos);
    for (let ring = 0; ring < layout.rings; ring++) {
      const s = 10 + (20 * ring) / (layout.rings - 1);
      const c = curved.pointAt(s, vec3());
      const n = curved.normalAt(s, vec3());
      const t = curved.tangentAt(s, vec3());
      for (let j = 0; j < layout.radialSegments; j++) {
        const theta = (2 * Math.PI * j) / layout.radialSegments;
        const v = sub(vertex(pos, ring * layout.radialSegments + j), c);
        expect(Math.hypot(...v)).toBeCloseTo(radius(s, theta), 5);
        expect(dot(v, t)).toBeCloseTo(0, 5);
        expect(dot(v, n)).toBeCloseTo(Math.cos(theta) * radius(s, theta), 5);
        expect(v[2]).toBeCloseTo(Math.sin(theta) * radius(s, theta), 5);
      }
    }
  });

  it('moves the axis sideways by the offset, along the normal and towards the viewer', () => {
    const pos = new Float32Array(sweepVertexCount(layout) * 3);
    writeSweep(
      curved,
      0,
      40,
      layout,
      () => 0,
      pos,
      0,
      (_s, out) => {
        out[0] = 0.5;
        out[1] = -0.25;
      },
    );
    for (let ring = 0; ring < layout.rings; ring++) {
      const s = (40 * ring) / (layout.rings - 1);
      const c = curved.pointAt(s, vec3());
      const n = curved.normalAt(s, vec3());
      const v = vertex(pos, ring * layout.radialSegments);
      expect(v[0]).toBeCloseTo(c[0] + 0.5 * n[0], 5);
      expect(v[1]).toBeCloseTo(c[1] + 0.5 * n[1], 5);
      expect(v[2]).toBeCloseTo(-0.25, 5);
    }
  });
});

describe('sweep winding', () => {
  for (const [name, line, s0, s1] of [
    ['a straight', straight, 0, 10],
    ['the curved artery', curved, 5, 60],
  ] as const) {
    it(`faces outward surfaces away from the axis and linings towards it, on ${name} line`, () => {
      const pos = new Float32Array(sweepVertexCount(layout) * 3);
      writeSweep(line, s0, s1, layout, (s) => 1 + 0.02 * s, pos);
      const outward = facing(line, s0, s1, layout, pos, sweepIndices(layout, true));
      const inward = facing(line, s0, s1, layout, pos, sweepIndices(layout, false));
      expect(Math.min(...outward)).toBeGreaterThan(0.5);
      expect(Math.max(...inward)).toBeLessThan(-0.5);
    });
  }
});

describe('closed shells', () => {
  const v = sweepVertexCount(layout);
  const idx = shellIndices(layout);

  it('has the outer surface, the lining and two end caps', () => {
    const n = layout.radialSegments;
    expect(idx).toHaveLength(2 * (layout.rings - 1) * n * 6 + 2 * n * 6);
    expect(Math.min(...idx)).toBe(0);
    expect(Math.max(...idx)).toBe(2 * v - 1);
  });

  /** How many triangles use each edge, without and with its direction. */
  function edgeUse(): { undirected: Map<string, number>; directed: Map<string, number> } {
    const undirected = new Map<string, number>();
    const directed = new Map<string, number>();
    for (let t = 0; t < idx.length; t += 3) {
      const tri = [idx[t] ?? -1, idx[t + 1] ?? -1, idx[t + 2] ?? -1];
      for (let e = 0; e < 3; e++) {
        const a = tri[e] ?? -1;
        const b = tri[(e + 1) % 3] ?? -1;
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        undirected.set(key, (undirected.get(key) ?? 0) + 1);
        directed.set(`${a}>${b}`, (directed.get(`${a}>${b}`) ?? 0) + 1);
      }
    }
    return { undirected, directed };
  }

  it('is watertight: no degenerate triangle, every edge shared by exactly two triangles', () => {
    for (let t = 0; t < idx.length; t += 3) {
      expect(new Set(idx.slice(t, t + 3)).size, `triangle ${t / 3}`).toBe(3);
    }
    const { undirected } = edgeUse();
    expect(undirected.size).toBe(idx.length / 2);
    for (const [edge, count] of undirected) expect(count, edge).toBe(2);
  });

  it('is consistently wound: each shared edge runs opposite ways in its two triangles', () => {
    const { directed } = edgeUse();
    for (const [edge, count] of directed) expect(count, edge).toBe(1);
  });

  it('faces outwards all round: it encloses the annulus\u2019 volume, with a positive sign', () => {
    const pos = new Float32Array(2 * v * 3);
    const outer = 2;
    const inner = 1.5;
    writeShell(
      straight,
      0,
      10,
      layout,
      () => outer,
      () => inner,
      pos,
    );
    let volume = 0;
    for (let t = 0; t < idx.length; t += 3) {
      const a = vertex(pos, idx[t] ?? -1);
      const b = vertex(pos, idx[t + 1] ?? -1);
      const c = vertex(pos, idx[t + 2] ?? -1);
      volume += dot(a, cross(b, c)) / 6;
    }
    const n = layout.radialSegments;
    const polygonArea = (r: number): number => (n / 2) * r * r * Math.sin((2 * Math.PI) / n);
    expect(volume).toBeCloseTo((polygonArea(outer) - polygonArea(inner)) * 10, 3);
  });

  it('caps the start facing back along the centreline and the end facing forward', () => {
    const pos = new Float32Array(2 * v * 3);
    writeShell(
      straight,
      0,
      10,
      layout,
      () => 2,
      () => 1.5,
      pos,
    );
    const caps = idx.slice(-layout.radialSegments * 12);
    const xs: number[] = [];
    for (let t = 0; t < caps.length; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => vertex(pos, caps[t + k] ?? -1)) as [Vec3, Vec3, Vec3];
      const normal = cross(sub(b, a), sub(c, a));
      // Sign of the normal along the line (+x), times -1 for the start cap (x = 0).
      xs.push(Math.sign(normal[0]) * (a[0] < 5 ? -1 : 1));
    }
    expect(xs).toEqual(Array<number>(2 * 2 * layout.radialSegments).fill(1));
  });
});

/** A per-vertex radius as a per-ring one, over a frame's own angles. */
const byRing =
  (radius: RadiusFn, theta: Float64Array): RingRadiusFn =>
  (_i, s, out) => {
    for (let j = 0; j < out.length; j++) out[j] = radius(s, theta[j] ?? NaN);
  };

describe('sweep frames', () => {
  const radius: RadiusFn = (s, theta) => 0.8 + 0.03 * s + 0.2 * Math.cos(3 * theta);
  const offset = (s: number, out: [number, number]): void => {
    out[0] = 0.01 * s;
    out[1] = -0.2;
  };

  it('write the very numbers writeSweep writes, axis offset included', () => {
    for (const axis of [undefined, offset]) {
      const expected = new Float32Array(sweepVertexCount(layout) * 3 + 6);
      writeSweep(curved, 7, 41, layout, radius, expected, 3, axis);
      const frame = createSweepFrame(layout);
      placeSweepFrame(frame, curved, 7, 41, axis);
      const got = new Float32Array(expected.length);
      writeSweepRings(frame, byRing(radius, frame.theta), got, 3, allRings(layout));
      expect(got).toEqual(expected);
    }
  });

  it('rewrite only the rings asked for, and a partial rewrite equals a whole one', () => {
    const frame = createSweepFrame(layout);
    placeSweepFrame(frame, curved, 7, 41);
    const v = sweepVertexCount(layout);
    const before = new Float32Array(2 * v * 3);
    writeShellRings(
      frame,
      byRing(() => 2, frame.theta),
      byRing(() => 1.5, frame.theta),
      before,
      allRings(layout),
    );
    const after = before.slice();
    const bigger = byRing(radius, frame.theta);
    const rings = { first: 3, last: 5 };
    writeShellRings(frame, bigger, bigger, after, rings);
    const n = layout.radialSegments;
    for (let k = 0; k < after.length; k++) {
      const ring = Math.floor(((k / 3) % v) / n);
      const moved = after[k] !== before[k];
      if (ring < rings.first || ring > rings.last) expect(moved, `float ${k}`).toBe(false);
    }
    const whole = new Float32Array(2 * v * 3);
    writeShell(curved, 7, 41, layout, radius, radius, whole);
    for (let k = 0; k < after.length; k++) {
      const ring = Math.floor(((k / 3) % v) / n);
      if (ring >= rings.first && ring <= rings.last) expect(after[k]).toBe(whole[k]);
    }
  });

  it('find the rings covering a stretch, with one ring to spare each side', () => {
    const frame = createSweepFrame({ rings: 11, radialSegments: 3 });
    placeSweepFrame(frame, straight, 0, 10);
    expect(ringsCovering(frame, 3.5, 6.2)).toEqual({ first: 3, last: 7 });
    expect(ringsCovering(frame, 3, 6)).toEqual({ first: 2, last: 7 });
    expect(ringsCovering(frame, -5, 50)).toEqual({ first: 0, last: 10 });
  });
});
