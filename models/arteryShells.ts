import type { Artery } from './artery.ts';
import { angularNoise } from './noise.ts';
import {
  createSweepFrame,
  placeSweepFrame,
  type RingRadiusFn,
  type RingRange,
  ringsCovering,
  type SweepFrame,
  type SweepLayout,
} from './sweep.ts';

/**
 * The artery's wall and its plaque as two closed shells (see writeShellRings), with what
 * does not depend on the compression worked out once per artery: the rings' frames, the
 * plaque's profile along it and its lumps, and which rings the compression moves at all.
 * As the balloon squashes the plaque, only those rings need rewriting.
 */

export const WALL_LAYOUT: SweepLayout = { rings: 200, radialSegments: 48 };
export const PLAQUE_LAYOUT: SweepLayout = { rings: 110, radialSegments: 56 };

/** How far the plaque's lumpy face stands back from the smooth lumen (mm, never inwards). */
const PLAQUE_LUMPS = 0.07;
/** The plaque reaches a little into the wall so the two never leave a gap. */
const PLAQUE_ROOT = 0.05;
/** Where the plaque thins out, its face sits just inside the wall's lining so the two never flicker. */
const PLAQUE_COAT = 0.025;
/** The plaque shell runs this far past each end of the plaque (mm). */
const PLAQUE_OVERHANG = 0.5;

/** One closed shell: its frame, its two surfaces' radii, and the rings the compression moves. */
export interface ShellShape {
  readonly frame: SweepFrame;
  readonly outer: RingRadiusFn;
  readonly inner: RingRadiusFn;
  /** Outside these rings the radii are the same at every compression (Artery's contract). */
  readonly squashed: RingRange;
}

export interface ArteryShells {
  readonly wall: ShellShape;
  readonly plaque: ShellShape;
  /** The compression the radius functions draw: set it before writing. */
  compression: number;
}

export function createArteryShells(artery: Artery): ArteryShells {
  const { centreline, plaqueStart, plaqueEnd } = artery;
  const wallFrame = createSweepFrame(WALL_LAYOUT);
  placeSweepFrame(wallFrame, centreline, 0, centreline.length);
  const plaqueFrame = createSweepFrame(PLAQUE_LAYOUT);
  placeSweepFrame(
    plaqueFrame,
    centreline,
    plaqueStart - PLAQUE_OVERHANG,
    plaqueEnd + PLAQUE_OVERHANG,
  );
  const profile = plaqueFrame.s.map((s) => artery.plaqueProfile(s));
  const lumps = plaqueLumps(artery, plaqueFrame, profile);
  const n = PLAQUE_LAYOUT.radialSegments;

  const shells: ArteryShells = {
    compression: 0,
    wall: {
      frame: wallFrame,
      outer: (_i, s, out) => out.fill(artery.wallOuterRadius(s, shells.compression)),
      inner: (_i, s, out) => out.fill(artery.wallInnerRadius(s, shells.compression)),
      squashed: ringsCovering(wallFrame, plaqueStart, plaqueEnd),
    },
    plaque: {
      frame: plaqueFrame,
      outer: (_i, s, out) => out.fill(artery.wallInnerRadius(s, shells.compression) + PLAQUE_ROOT),
      inner: (i, s, out) => {
        const c = shells.compression;
        const face = artery.lumenRadius(s, c) - PLAQUE_COAT * (1 - (profile[i] ?? 0));
        // Lumps are fixed to the plaque, so they squash with it rather than slide.
        const squash = 1 - 0.6 * c;
        for (let j = 0; j < n; j++) out[j] = face + (lumps[i * n + j] ?? 0) * squash;
      },
      squashed: ringsCovering(plaqueFrame, plaqueStart, plaqueEnd),
    },
  };
  return shells;
}

/** How far each vertex of the plaque's face stands back from the lumen, before squashing (mm). */
function plaqueLumps(artery: Artery, frame: SweepFrame, profile: Float64Array): Float64Array {
  const { rings, radialSegments: n } = frame.layout;
  const span = artery.plaqueEnd - artery.plaqueStart;
  const lumps = new Float64Array(rings * n);
  for (let i = 0; i < rings; i++) {
    const u = (((frame.s[i] ?? 0) - artery.plaqueStart) / span) * 9;
    const b = profile[i] ?? 0;
    for (let j = 0; j < n; j++) {
      lumps[i * n + j] = PLAQUE_LUMPS * b * angularNoise(u, frame.theta[j] ?? 0, 9);
    }
  }
  return lumps;
}
