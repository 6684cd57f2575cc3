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

export const STENT_DESIGN: StentDesign = {
  length: STENT_LENGTH,
  crowns: 8,
  rings: 15,
  strutLength: 1.0,
  linksPerJoint: 4,
  strutThickness: STENT_STRUT_THICKNESS,
  crimpedRadius: STENT_CRIMPED_DIAMETER / 2 - STENT_STRUT_THICKNESS / 2,
  // Fully open, the metal's inner face sits at the healthy lumen radius and its outer face is
  // pressed into the squashed plaque.
  expandedRadius: STENT_DIAMETER / 2 + STENT_STRUT_THICKNESS / 2,
};

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
