import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { effectiveCompression } from '../../models/fit.ts';
import { stentRadius, zigzagHeight } from '../../models/stent.ts';
import {
  DEFAULT_VESSEL,
  STENT_DIAMETERS,
  stentDiameterFor,
  stentLengthFor,
  vesselFor,
} from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';
import { landmarksOf } from '../../src/timeline/landmarks.ts';

const every = CORONARY_ARTERIES.flatMap((a) => SEGMENTS.map((s) => vesselFor(a, s)));
const name = (v: { artery: string; segment: string }): string => `${v.segment} ${v.artery}`;

describe('vessel for each artery and segment', () => {
  it('keeps the default the mid LAD the explainer always showed', () => {
    expect(DEFAULT_VESSEL).toEqual(vesselFor('lad', 'mid'));
    expect(DEFAULT_VESSEL.lumenDiameter).toBe(3.0);
    expect(DEFAULT_VESSEL.stentDiameter).toBe(3.0);
    expect(DEFAULT_VESSEL.stentLength).toBe(18);
    expect(DEFAULT_VESSEL.predilation).toEqual({ diameter: 2.5, length: 15 });
    expect(DEFAULT_VESSEL.stentBalloon).toEqual({ diameter: 3.0, length: 20 });
    const a = createArtery();
    expect(a.stent.crowns).toBe(8);
    expect(a.stent.rings).toBe(15);
    expect(a.stent.linksPerJoint).toBe(4);
  });

  it('gets smaller along each artery, and the RCA is the largest proximally', () => {
    for (const artery of CORONARY_ARTERIES) {
      const [p, m, d] = SEGMENTS.map((s) => vesselFor(artery, s).lumenDiameter);
      expect(p).toBeGreaterThan(m ?? NaN);
      expect(m).toBeGreaterThan(d ?? NaN);
    }
    expect(vesselFor('rca', 'proximal').lumenDiameter).toBeGreaterThan(
      vesselFor('lad', 'proximal').lumenDiameter,
    );
  });

  it('matches the stent to the artery with a size that is made, never smaller than the artery', () => {
    for (const v of every) {
      expect(STENT_DIAMETERS, name(v)).toContain(v.stentDiameter);
      expect(v.stentDiameter, name(v)).toBeGreaterThanOrEqual(v.lumenDiameter);
      // The nearest size up: no size made lies between the artery and its stent.
      expect(
        STENT_DIAMETERS.filter((d) => d >= v.lumenDiameter && d < v.stentDiameter),
        name(v),
      ).toEqual([]);
    }
    // The proximal LAD (3.7 mm) gets a 4.0 mm stent: there is no 3.75 mm stent.
    expect(vesselFor('lad', 'proximal').stentDiameter).toBe(4.0);
    expect(stentDiameterFor(3.7)).toBe(4.0);
    expect(stentDiameterFor(3.4)).toBe(3.5);
    expect(stentDiameterFor(3.0)).toBe(3.0);
    expect(stentDiameterFor(1.9)).toBe(2.25);
    expect(stentDiameterFor(6)).toBe(5);
    expect(stentLengthFor(16)).toBe(18);
    expect(stentLengthFor(12)).toBe(15);
    expect(stentLengthFor(60)).toBe(48);
  });

  it('chooses balloons: the first smaller than the artery and the stent, the stent balloon its size', () => {
    for (const v of every) {
      expect(v.predilation.diameter, name(v)).toBeLessThan(v.lumenDiameter);
      expect(v.predilation.length, name(v)).toBeLessThan(v.stentLength);
      expect(v.predilation.diameter, name(v)).toBeGreaterThan(0.8);
      expect(v.stentBalloon.diameter, name(v)).toBe(v.stentDiameter);
      expect(v.stentBalloon.length, name(v)).toBeGreaterThan(v.stentLength);
    }
  });

  it('builds a valid artery for every vessel', () => {
    for (const v of every) {
      const a = createArtery(v);
      const healthy = v.lumenDiameter / 2;
      expect(a.lumenRadiusHealthy).toBe(healthy);
      expect(a.plaqueEnd - a.plaqueStart, name(v)).toBeCloseTo(v.plaqueLength, 9);
      expect(a.plaqueStart, name(v)).toBeGreaterThan(20);
      expect(a.plaqueEnd, name(v)).toBeLessThan(a.centreline.length - 20);
      const throat = a.lumenRadius(a.lesionCentre, 0);
      expect(throat, name(v)).toBeGreaterThan(0);
      expect(throat, name(v)).toBeLessThan(healthy);
      for (let s = 0; s <= a.centreline.length; s += 0.25) {
        for (const c of [0, 0.5, 1]) {
          const lumen = a.lumenRadius(s, c);
          expect(lumen).toBeGreaterThan(0);
          expect(a.wallInnerRadius(s, c)).toBeGreaterThanOrEqual(lumen);
          expect(a.wallOuterRadius(s, c)).toBeGreaterThan(a.wallInnerRadius(s, c));
        }
      }
    }
  });

  it('keeps the centreline in the z = 0 plane and gently curved', () => {
    for (const v of every) {
      for (const [x, y] of v.path) {
        expect(Math.abs(x)).toBeLessThanOrEqual(34);
        expect(Math.abs(y), name(v)).toBeLessThan(5);
      }
    }
  });

  it('covers the plaque with the stent, which opens the artery without standing proud', () => {
    for (const v of every) {
      const a = createArtery(v);
      const start = a.lesionCentre - a.stent.length / 2;
      expect(start, name(v)).toBeLessThan(a.plaqueStart);
      expect(start + a.stent.length, name(v)).toBeGreaterThan(a.plaqueEnd);
      const inner = stentRadius(a.stent, 1) - a.stent.strutThickness / 2;
      expect(inner, name(v)).toBeCloseTo(v.stentDiameter / 2, 9);
      expect(inner, name(v)).toBeGreaterThanOrEqual(a.lumenRadius(a.lesionCentre, 1));
      // Fully open, it squashes the plaque fully.
      const c = effectiveCompression(a, 0, {
        balloon: null,
        stent: { design: a.stent, start, expansion: 1 },
      });
      expect(c, name(v)).toBe(1);
    }
  });

  it('gives every stent a lattice whose struts keep their length and rings never overlap', () => {
    for (const v of every) {
      const d = createArtery(v).stent;
      const pitch = d.length / d.rings;
      for (const e of [0, 0.5, 1]) {
        const h = zigzagHeight(d, stentRadius(d, e));
        expect(h, name(v)).toBeGreaterThan(0.5 * d.strutLength);
        expect(h, name(v)).toBeLessThan(pitch);
      }
      expect(d.crowns).toBeGreaterThanOrEqual(6);
      expect(d.linksPerJoint).toBeLessThanOrEqual(d.crowns);
    }
  });

  it('names each vessel\u2019s balloon sizes for the content', () => {
    for (const v of every) {
      const l = landmarksOf(createArtery(v));
      expect(l.predilationDiameter).toBe(v.predilation.diameter);
      expect(l.predilationLength).toBe(v.predilation.length);
      expect(l.stentBalloonDiameter).toBe(v.stentBalloon.diameter);
      expect(l.stentBalloonLength).toBe(v.stentBalloon.length);
    }
  });
});
