import { describe, expect, it } from 'vitest';
import { type Artery, createArtery } from '../../models/artery.ts';
import {
  type ArteryShells,
  createArteryShells,
  PLAQUE_LAYOUT,
  type ShellShape,
  WALL_LAYOUT,
} from '../../models/arteryShells.ts';
import { angularNoise } from '../../models/noise.ts';
import { allRings, sweepVertexCount, writeShell, writeShellRings } from '../../models/sweep.ts';
import { vesselFor } from '../../models/vessel.ts';

const arteries = (['lad', 'lcx', 'rca'] as const).flatMap((a) =>
  (['proximal', 'mid', 'distal'] as const).map((s) => createArtery(vesselFor(a, s))),
);
const compressions = [0, 0.13, 0.5, 0.87, 1];

/** The first float where two arrays differ, or -1 (expect(...).toEqual is slow on 100k floats). */
function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return k;
  return -1;
}

const floatsOf = (shape: ShellShape): number => sweepVertexCount(shape.frame.layout) * 2 * 3;

/** Both shells written whole at compression c. */
function whole(shells: ArteryShells, shape: ShellShape, c: number): Float32Array {
  shells.compression = c;
  const out = new Float32Array(floatsOf(shape));
  writeShellRings(shape.frame, shape.outer, shape.inner, out, allRings(shape.frame.layout));
  return out;
}

/**
 * The wall and plaque as they were drawn before the shells were precomputed: one radius
 * per vertex along the centreline (the picture must not change).
 */
function reference(artery: Artery, c: number): { wall: Float32Array; plaque: Float32Array } {
  const { centreline, plaqueStart, plaqueEnd } = artery;
  const span = plaqueEnd - plaqueStart;
  const wall = new Float32Array(sweepVertexCount(WALL_LAYOUT) * 6);
  writeShell(
    centreline,
    0,
    centreline.length,
    WALL_LAYOUT,
    (s) => artery.wallOuterRadius(s, c),
    (s) => artery.wallInnerRadius(s, c),
    wall,
  );
  const plaque = new Float32Array(sweepVertexCount(PLAQUE_LAYOUT) * 6);
  writeShell(
    centreline,
    plaqueStart - 0.5,
    plaqueEnd + 0.5,
    PLAQUE_LAYOUT,
    (s) => artery.wallInnerRadius(s, c) + 0.05,
    (s, theta) => {
      const b = artery.plaqueProfile(s);
      const lumps = 0.07 * b * angularNoise(((s - plaqueStart) / span) * 9, theta, 9);
      return artery.lumenRadius(s, c) - 0.025 * (1 - b) + lumps * (1 - 0.6 * c);
    },
    plaque,
  );
  return { wall, plaque };
}

describe('the artery\u2019s shells', () => {
  it('draw exactly the wall and plaque swept vertex by vertex', () => {
    for (const artery of [arteries[0], arteries[8]] as Artery[]) {
      const shells = createArteryShells(artery);
      for (const c of [0, 0.42, 1]) {
        const ref = reference(artery, c);
        expect(firstDifference(whole(shells, shells.wall, c), ref.wall)).toBe(-1);
        expect(firstDifference(whole(shells, shells.plaque, c), ref.plaque)).toBe(-1);
      }
    }
  });

  it('move only the squashed rings: rewriting them gives the whole shell at the new compression', () => {
    for (const artery of arteries) {
      const shells = createArteryShells(artery);
      for (const shape of [shells.wall, shells.plaque]) {
        for (const from of compressions) {
          const partial = whole(shells, shape, from);
          for (const to of compressions) {
            shells.compression = to;
            writeShellRings(shape.frame, shape.outer, shape.inner, partial, shape.squashed);
            expect(firstDifference(partial, whole(shells, shape, to))).toBe(-1);
          }
        }
      }
    }
  });

  it('leave most of the wall alone as the plaque is squashed', () => {
    for (const artery of arteries) {
      const { wall, plaque } = createArteryShells(artery);
      const wallRings = wall.squashed.last - wall.squashed.first + 1;
      expect(wallRings).toBeLessThan(WALL_LAYOUT.rings / 3);
      // The plaque's shell runs 0.5 mm past the plaque at each end: those rings stay put.
      expect(plaque.squashed.first).toBeGreaterThan(0);
      expect(plaque.squashed.last).toBeLessThan(PLAQUE_LAYOUT.rings - 1);
    }
  });
});
