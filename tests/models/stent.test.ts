import { describe, expect, it } from 'vitest';
import { ARTERY_PATH } from '../../models/artery.ts';
import { createCentreline } from '../../models/centreline.ts';
import { LUMEN_RADIUS, STENT_LENGTH } from '../../models/dimensions.ts';
import {
  STENT_DESIGN,
  cylindricalToWorld,
  stentRadius,
  strutCount,
  writeStrutsCylindrical,
  zigzagHeight,
} from '../../models/stent.ts';
import { type Vec3, distance, vec3 } from '../../models/vec3.ts';

const d = STENT_DESIGN;
const ringStruts = d.rings * 2 * d.crowns;
const links = (d.rings - 1) * d.linksPerJoint;

interface Strut {
  theta0: number;
  z0: number;
  theta1: number;
  z1: number;
}

function struts(r: number): Strut[] {
  const out = new Float32Array(strutCount(d) * 4);
  writeStrutsCylindrical(d, r, out);
  return Array.from({ length: strutCount(d) }, (_, i) => ({
    theta0: out[4 * i] ?? NaN,
    z0: out[4 * i + 1] ?? NaN,
    theta1: out[4 * i + 2] ?? NaN,
    z1: out[4 * i + 3] ?? NaN,
  }));
}

/** Straight-line length of a strut between its two points on a cylinder of radius r. */
const chord = (s: Strut, r: number): number =>
  Math.hypot(
    r * (Math.cos(s.theta1) - Math.cos(s.theta0)),
    r * (Math.sin(s.theta1) - Math.sin(s.theta0)),
    s.z1 - s.z0,
  );

const expansions = Array.from({ length: 21 }, (_, i) => i / 20);

describe('stent', () => {
  it('counts its struts: two per crown in each ring, plus the links between rings', () => {
    expect(strutCount(d)).toBe(ringStruts + links);
    expect(strutCount(d)).toBe(15 * 16 + 14 * 4);
    expect(() => writeStrutsCylindrical(d, 1, new Float32Array(strutCount(d) * 4))).not.toThrow();
  });

  it('writes every strut, and nothing more', () => {
    const out = new Float32Array(strutCount(d) * 4 + 4).fill(NaN);
    writeStrutsCylindrical(d, d.expandedRadius, out);
    expect(out.slice(0, -4).every(Number.isFinite)).toBe(true);
    expect(out.slice(-4).every(Number.isNaN)).toBe(true);
  });

  it('keeps every zig-zag strut\u2019s length (within 1%) from crimped to fully open', () => {
    for (const e of expansions) {
      const r = stentRadius(d, e);
      for (const [i, s] of struts(r).slice(0, ringStruts).entries()) {
        expect(chord(s, r) / d.strutLength, `strut ${i} at expansion ${e}`).toBeGreaterThan(0.99);
        expect(chord(s, r) / d.strutLength, `strut ${i} at expansion ${e}`).toBeLessThan(1.01);
      }
    }
  });

  it('opens its zig-zags as it grows: the rings get shorter along the artery', () => {
    let last = Infinity;
    for (const e of expansions) {
      const h = zigzagHeight(d, stentRadius(d, e));
      expect(h).toBeLessThan(last);
      expect(h).toBeGreaterThan(0);
      last = h;
    }
  });

  it('opens so the inner face of its metal meets the healthy lumen (1.5 mm radius)', () => {
    expect(stentRadius(d, 1) - d.strutThickness / 2).toBeCloseTo(LUMEN_RADIUS, 12);
    expect(stentRadius(d, 1) - d.strutThickness / 2).toBeCloseTo(1.5, 12);
  });

  it('is crimped to about 1.1 mm across the outside of its metal', () => {
    expect(2 * (stentRadius(d, 0) + d.strutThickness / 2)).toBeCloseTo(1.1, 9);
  });

  it('grows steadily from crimped to open, and clamps expansion to 0..1', () => {
    for (let i = 1; i < expansions.length; i++) {
      expect(stentRadius(d, expansions[i] ?? 0)).toBeGreaterThan(
        stentRadius(d, expansions[i - 1] ?? 0),
      );
    }
    expect(stentRadius(d, -1)).toBe(d.crimpedRadius);
    expect(stentRadius(d, 3)).toBe(d.expandedRadius);
  });

  it('stays within its length, every ring in its own band', () => {
    for (const e of [0, 0.5, 1]) {
      const all = struts(stentRadius(d, e));
      const pitch = STENT_LENGTH / d.rings;
      for (const [i, s] of all.slice(0, ringStruts).entries()) {
        const ring = Math.floor(i / (2 * d.crowns));
        for (const z of [s.z0, s.z1]) {
          expect(z).toBeGreaterThan(ring * pitch);
          expect(z).toBeLessThan((ring + 1) * pitch);
        }
      }
      for (const s of all) {
        expect(Math.min(s.z0, s.z1)).toBeGreaterThanOrEqual(0);
        expect(Math.max(s.z0, s.z1)).toBeLessThanOrEqual(STENT_LENGTH);
      }
    }
  });

  it('closes each ring of zig-zags around the stent', () => {
    const all = struts(d.expandedRadius);
    for (let ring = 0; ring < d.rings; ring++) {
      const ringOf = all.slice(ring * 2 * d.crowns, (ring + 1) * 2 * d.crowns);
      for (const [k, s] of ringOf.entries()) {
        const next = ringOf[(k + 1) % ringOf.length];
        // Each strut starts where the last one ended (the angle wrapping once around).
        expect(next?.z0).toBeCloseTo(s.z1, 5);
        expect(Math.cos(next?.theta0 ?? NaN)).toBeCloseTo(Math.cos(s.theta1), 5);
        expect(Math.sin(next?.theta0 ?? NaN)).toBeCloseTo(Math.sin(s.theta1), 5);
        // Alternately up and down: a zig-zag.
        expect(Math.abs(s.z1 - s.z0)).toBeCloseTo(zigzagHeight(d, d.expandedRadius), 5);
      }
    }
  });

  it('joins each pair of neighbouring rings with links from a vertex of one to a vertex of the next', () => {
    for (const e of [0, 1]) {
      const r = stentRadius(d, e);
      const all = struts(r);
      const vertices = (ring: number): string[] =>
        all
          .slice(ring * 2 * d.crowns, (ring + 1) * 2 * d.crowns)
          .map((s) => `${s.theta0.toFixed(4)}@${s.z0.toFixed(4)}`);
      const linkStruts = all.slice(ringStruts);
      expect(linkStruts).toHaveLength(links);
      for (let joint = 0; joint < d.rings - 1; joint++) {
        const ofJoint = linkStruts.slice(joint * d.linksPerJoint, (joint + 1) * d.linksPerJoint);
        const angles = new Set<string>();
        for (const l of ofJoint) {
          // Straight along the artery, from ring `joint` to ring `joint + 1`.
          expect(l.theta1).toBe(l.theta0);
          expect(l.z1).toBeGreaterThan(l.z0);
          expect(vertices(joint)).toContain(`${l.theta0.toFixed(4)}@${l.z0.toFixed(4)}`);
          expect(vertices(joint + 1)).toContain(`${l.theta1.toFixed(4)}@${l.z1.toFixed(4)}`);
          angles.add(l.theta0.toFixed(4));
        }
        // Spread around the stent: each link at its own angle.
        expect(angles.size).toBe(d.linksPerJoint);
      }
    }
  });

  it('places its struts on a cylinder around the centreline', () => {
    const line = createCentreline(ARTERY_PATH);
    const r = d.expandedRadius;
    const s0 = 27;
    const p: Vec3 = vec3();
    for (const s of struts(r).slice(0, 40)) {
      cylindricalToWorld(line, s0, r, s.theta0, s.z0, p);
      const centre = line.pointAt(s0 + s.z0, vec3());
      expect(distance(p, centre)).toBeCloseTo(r, 5);
      expect(p[2]).toBeCloseTo(Math.sin(s.theta0) * r, 9);
    }
  });
});
