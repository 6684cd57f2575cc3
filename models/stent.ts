import type { Centreline } from './centreline.ts';
import {
  STENT_CRIMPED_DIAMETER,
  STENT_DIAMETER,
  STENT_LENGTH,
  STENT_STRUT_THICKNESS,
} from './dimensions.ts';
import { type Vec3, clamp, lerp } from './vec3.ts';

/**
 * A stent as a lattice of straight metal struts: rings of zig-zags, joined by short links.
 * Every strut keeps its length as the stent opens: the zig-zags splay out, which is how a real
 * stent grows in diameter.
 */
export interface StentDesign {
  /** Overall length (mm). */
  readonly length: number;
  /** Zig-zag peaks around each ring. */
  readonly crowns: number;
  /** Number of zig-zag rings. */
  readonly rings: number;
  /** Length of one zig-zag strut (mm). */
  readonly strutLength: number;
  /** Links joining each pair of neighbouring rings. */
  readonly linksPerJoint: number;
  /** Radial thickness of the metal (mm). */
  readonly strutThickness: number;
  /** Mid-metal radius crimped on the balloon and fully expanded (mm). */
  readonly crimpedRadius: number;
  readonly expandedRadius: number;
}

/** Every zig-zag strut is this long, whatever the stent's size (mm). */
const STRUT_LENGTH = 1.0;
/** Distance between neighbouring rings along the stent (mm), about. */
const RING_PITCH = 1.2;
/**
 * Fully open, a strut's sideways reach (peak to valley around the stent) is at most this
 * fraction of its length: the zig-zags are splayed but not flattened, so wider stents get
 * more crowns, as makers' larger sizes do.
 */
const MAX_OPEN_SPLAY = 0.65;
const MIN_CROWNS = 6;

/** A stent lattice for any diameter and length, its struts always STRUT_LENGTH long. */
export function stentDesignFor(diameter: number, length: number): StentDesign {
  const expandedRadius = diameter / 2 + STENT_STRUT_THICKNESS / 2;
  const crowns = Math.max(
    MIN_CROWNS,
    Math.ceil((Math.PI * expandedRadius) / (MAX_OPEN_SPLAY * STRUT_LENGTH)),
  );
  return {
    length,
    crowns,
    rings: Math.max(2, Math.round(length / RING_PITCH)),
    strutLength: STRUT_LENGTH,
    linksPerJoint: crowns >= 8 ? 4 : 3,
    strutThickness: STENT_STRUT_THICKNESS,
    crimpedRadius: STENT_CRIMPED_DIAMETER / 2 - STENT_STRUT_THICKNESS / 2,
    // Fully open, the metal's inner face sits at the stent's nominal radius and its outer
    // face is pressed into the squashed plaque.
    expandedRadius,
  };
}

/** The default mid-LAD stent: 3.0 mm x 18 mm, 8 crowns, 15 rings. */
export const STENT_DESIGN: StentDesign = stentDesignFor(STENT_DIAMETER, STENT_LENGTH);

export const strutCount = (d: StentDesign): number =>
  d.rings * 2 * d.crowns + (d.rings - 1) * d.linksPerJoint;

/** Mid-metal radius for an expansion between 0 (crimped) and 1 (fully open). */
export const stentRadius = (d: StentDesign, expansion: number): number =>
  lerp(d.crimpedRadius, d.expandedRadius, clamp(expansion, 0, 1));

/** Axial rise of one zig-zag strut at mid-metal radius r. */
export function zigzagHeight(d: StentDesign, r: number): number {
  const chord = (r * Math.PI) / d.crowns; // arc between a peak and the next valley
  return Math.sqrt(Math.max(d.strutLength * d.strutLength - chord * chord, 0));
}

/**
 * Writes each strut as a pair of (theta, z) points on the stent's cylinder: 4 floats a strut,
 * z measured from the stent's proximal end.
 */
export function writeStrutsCylindrical(d: StentDesign, r: number, out: Float32Array): void {
  const pitch = d.length / d.rings;
  const h = zigzagHeight(d, r);
  const vertices = 2 * d.crowns;
  const dTheta = (2 * Math.PI) / vertices;
  // Vertex k of ring j: alternate rings are mirrored so peaks face peaks across each joint.
  const zOf = (j: number, k: number): number => {
    const up = (k + j) % 2 === 1;
    return (j + 0.5) * pitch + (up ? h / 2 : -h / 2);
  };
  let o = 0;
  for (let j = 0; j < d.rings; j++) {
    for (let k = 0; k < vertices; k++) {
      out[o++] = k * dTheta;
      out[o++] = zOf(j, k);
      out[o++] = (k + 1) * dTheta;
      out[o++] = zOf(j, (k + 1) % vertices);
    }
  }
  // Links: where ring j has a peak and ring j+1 a valley at the same angle, staggered joint to joint.
  const step = vertices / d.linksPerJoint;
  for (let j = 0; j < d.rings - 1; j++) {
    for (let l = 0; l < d.linksPerJoint; l++) {
      // k with (k + j) odd puts ring j's vertex at the top of its ring.
      const k = Math.round(l * step + (j % 2 === 0 ? 1 : 1 + step / 2)) % vertices;
      const kk = (k + j) % 2 === 1 ? k : (k + 1) % vertices;
      out[o++] = kk * dTheta;
      out[o++] = zOf(j, kk);
      out[o++] = kk * dTheta;
      out[o++] = zOf(j + 1, kk);
    }
  }
}

const p: Vec3 = [0, 0, 0];
const n: Vec3 = [0, 0, 0];

/** Maps a (theta, z) point on a stent starting at arc length s0 to world coordinates. */
export function cylindricalToWorld(
  centreline: Centreline,
  s0: number,
  r: number,
  theta: number,
  z: number,
  out: Vec3,
): Vec3 {
  centreline.pointAt(s0 + z, p);
  centreline.normalAt(s0 + z, n);
  const c = Math.cos(theta) * r;
  out[0] = p[0] + n[0] * c;
  out[1] = p[1] + n[1] * c;
  out[2] = Math.sin(theta) * r;
  return out;
}
