import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { createArtery } from '../../models/artery.ts';
import { createArteryShells, type ShellShape } from '../../models/arteryShells.ts';
import {
  allRings,
  createSweepFrame,
  placeSweepFrame,
  type RingRadiusFn,
  shellIndices,
  type SweepLayout,
  sweepIndices,
  sweepVertexCount,
  writeShellRings,
  writeSweepRings,
} from '../../models/sweep.ts';
import { writeSweepNormals } from '../../models/sweepNormals.ts';
import { shellRingsInto, sweepRingsInto } from '../../src/scene/useSweptGeometry.ts';

const artery = createArtery();

/** A geometry laid out as useTubeGeometry / useShellGeometry make them. */
function geometryFor(layout: SweepLayout, shell: boolean): BufferGeometry {
  const vertices = sweepVertexCount(layout) * (shell ? 2 : 1);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(vertices * 3), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(vertices * 3), 3));
  g.setIndex(shell ? shellIndices(layout) : sweepIndices(layout, true));
  return g;
}

const floats = (g: BufferGeometry, name: string): Float32Array =>
  (g.getAttribute(name) as BufferAttribute).array as Float32Array;

/** three.js's own normals for a copy of the geometry's positions. */
function threeNormals(g: BufferGeometry): Float32Array {
  const copy = new BufferGeometry();
  copy.setAttribute('position', new BufferAttribute(floats(g, 'position').slice(), 3));
  copy.setIndex(g.getIndex());
  copy.computeVertexNormals();
  return floats(copy, 'normal');
}

/** The largest difference between two arrays of floats. */
function maxDifference(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let k = 0; k < a.length; k++) max = Math.max(max, Math.abs((a[k] ?? 0) - (b[k] ?? NaN)));
  return max;
}

/** The shape's shell written whole into a fresh geometry at compression c, as a part's first frame. */
function built(shape: ShellShape, setCompression: (c: number) => void, c: number): BufferGeometry {
  const g = geometryFor(shape.frame.layout, true);
  setCompression(c);
  shellRingsInto(g, shape.frame, shape.outer, shape.inner, allRings(shape.frame.layout), true);
  return g;
}

describe('sweep normals', () => {
  it('are three.js\u2019s computeVertexNormals, for a whole lumpy plaque shell and a balloon tube', () => {
    const shells = createArteryShells(artery);
    const plaque = built(shells.plaque, (c) => (shells.compression = c), 0.3);
    expect(maxDifference(floats(plaque, 'normal'), threeNormals(plaque))).toBeLessThan(1e-6);

    const layout: SweepLayout = { rings: 30, radialSegments: 24 };
    const frame = createSweepFrame(layout);
    placeSweepFrame(frame, artery.centreline, 20, 35);
    const radius: RingRadiusFn = (i, _s, out) => {
      for (let j = 0; j < out.length; j++) out[j] = 0.3 + 0.05 * i + 0.1 * Math.cos(3 * j);
    };
    const tube = geometryFor(layout, false);
    writeSweepRings(frame, radius, floats(tube, 'position'), 0, allRings(layout));
    writeSweepNormals(layout, false, floats(tube, 'position'), floats(tube, 'normal'), 0, 29);
    expect(maxDifference(floats(tube, 'normal'), threeNormals(tube))).toBeLessThan(1e-6);
  });

  it('for a ring range and its neighbours equal normals worked out over the whole shell', () => {
    const shells = createArteryShells(artery);
    for (const shape of [shells.wall, shells.plaque]) {
      const { layout } = shape.frame;
      const g = built(shape, (c) => (shells.compression = c), 0);
      const pos = floats(g, 'position');
      const nrm = floats(g, 'normal');
      shells.compression = 0.8;
      writeShellRings(shape.frame, shape.outer, shape.inner, pos, shape.squashed);
      const { first, last } = shape.squashed;
      writeSweepNormals(layout, true, pos, nrm, first - 1, last + 1);
      expect(maxDifference(nrm, threeNormals(g))).toBeLessThan(1e-6);
    }
  });

  it('leave the normals outside the range alone', () => {
    const layout: SweepLayout = { rings: 12, radialSegments: 8 };
    const frame = createSweepFrame(layout);
    placeSweepFrame(frame, artery.centreline, 10, 20);
    const g = geometryFor(layout, true);
    const pos = floats(g, 'position');
    const nrm = floats(g, 'normal').fill(7);
    writeShellRings(
      frame,
      (_i, _s, o) => o.fill(2),
      (_i, _s, o) => o.fill(1),
      pos,
      allRings(layout),
    );
    writeSweepNormals(layout, true, pos, nrm, 4, 6);
    const v = sweepVertexCount(layout);
    for (let k = 0; k < nrm.length; k++) {
      const ring = Math.floor(((k / 3) % v) / layout.radialSegments);
      if (ring < 4 || ring > 6) expect(nrm[k]).toBe(7);
      else expect(nrm[k]).not.toBe(7);
    }
  });
});

describe('rewriting rings of a geometry', () => {
  it('gives the whole geometry at the new compression, uploading only what moved', () => {
    const shells = createArteryShells(artery);
    const shape = shells.wall;
    const { layout } = shape.frame;
    const g = built(shape, (c) => (shells.compression = c), 0.1);
    const position = g.getAttribute('position') as BufferAttribute;
    const normal = g.getAttribute('normal') as BufferAttribute;
    // As if drawn: three.js uploads and clears the ranges.
    position.clearUpdateRanges();
    normal.clearUpdateRanges();
    const radius0 = g.boundingSphere?.radius ?? NaN;

    shells.compression = 0.9;
    shellRingsInto(g, shape.frame, shape.outer, shape.inner, shape.squashed, false);
    const expected = built(shape, (c) => (shells.compression = c), 0.9);
    expect(maxDifference(floats(g, 'position'), floats(expected, 'position'))).toBe(0);
    expect(maxDifference(floats(g, 'normal'), floats(expected, 'normal'))).toBeLessThan(1e-6);

    const n = layout.radialSegments;
    const v = sweepVertexCount(layout);
    const { first, last } = shape.squashed;
    expect(position.updateRanges).toEqual([
      { start: first * n * 3, count: (last - first + 1) * n * 3 },
      { start: (v + first * n) * 3, count: (last - first + 1) * n * 3 },
    ]);
    expect(normal.updateRanges).toEqual([
      { start: (first - 1) * n * 3, count: (last - first + 3) * n * 3 },
      { start: (v + (first - 1) * n) * 3, count: (last - first + 3) * n * 3 },
    ]);
    // The bounds still hold every vertex (the wall stretched outwards).
    const sphere = g.boundingSphere;
    expect(sphere?.radius).toBeGreaterThanOrEqual(radius0);
    const p = floats(g, 'position');
    for (let k = 0; k < p.length; k += 3) {
      const d = Math.hypot(
        (p[k] ?? 0) - (sphere?.center.x ?? NaN),
        (p[k + 1] ?? 0) - (sphere?.center.y ?? NaN),
        (p[k + 2] ?? 0) - (sphere?.center.z ?? NaN),
      );
      expect(d).toBeLessThanOrEqual((sphere?.radius ?? NaN) + 1e-9);
    }
  });

  it('sends a whole buffer rather than letting ranges pile up on an undrawn mesh', () => {
    const layout: SweepLayout = { rings: 10, radialSegments: 6 };
    const frame = createSweepFrame(layout);
    placeSweepFrame(frame, artery.centreline, 10, 20);
    const g = geometryFor(layout, false);
    const position = g.getAttribute('position') as BufferAttribute;
    for (let k = 0; k < 20; k++) {
      sweepRingsInto(g, frame, (_i, _s, o) => o.fill(1 + k / 20), { first: 2, last: 3 }, k === 0);
    }
    expect(position.updateRanges.length).toBeLessThanOrEqual(8);
    expect(position.updateRanges).toContainEqual({ start: 0, count: position.array.length });
  });
});
