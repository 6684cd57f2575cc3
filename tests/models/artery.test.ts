import { describe, expect, it } from 'vitest';
import { createArtery, percentDiameterOpen } from '../../models/artery.ts';
import {
  LUMEN_RADIUS,
  PLAQUE_LENGTH,
  PLAQUE_SQUASHED_THICKNESS,
  WALL_THICKNESS,
} from '../../models/dimensions.ts';
import { vesselFor } from '../../models/vessel.ts';

const artery = createArtery();
const { lesionCentre, plaqueStart, plaqueEnd } = artery;
const length = artery.centreline.length;
/** Every 0.05 mm along the artery, and a little beyond each end. */
const along = Array.from({ length: Math.ceil((length + 10) / 0.05) + 1 }, (_, i) => -5 + i * 0.05);
const compressions = [0, 0.1, 0.25, 0.5, 0.76, 0.9, 1];

describe('artery', () => {
  it('has the stated healthy and throat radii', () => {
    expect(LUMEN_RADIUS).toBe(1.5);
    expect(artery.lumenRadiusHealthy).toBe(LUMEN_RADIUS);
    expect(artery.lumenRadius(lesionCentre, 0)).toBeCloseTo(0.45, 12);
  });

  it('places one plaque of the stated length in the artery, just past its middle', () => {
    expect(plaqueEnd - plaqueStart).toBeCloseTo(PLAQUE_LENGTH, 9);
    expect(lesionCentre).toBeCloseTo((plaqueStart + plaqueEnd) / 2, 9);
    expect(plaqueStart).toBeGreaterThan(20);
    expect(plaqueEnd).toBeLessThan(length - 20);
  });

  it('shapes the plaque between 0 and 1: 1 at its core, 0 outside it, rising and falling smoothly', () => {
    for (const s of along) {
      const p = artery.plaqueProfile(s);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      if (s <= plaqueStart || s >= plaqueEnd) expect(p, `s = ${s}`).toBe(0);
      else expect(p, `s = ${s}`).toBeGreaterThan(0);
    }
    expect(artery.plaqueProfile(lesionCentre)).toBe(1);
    // Rises towards the centre, falls after it, symmetric about it.
    for (let d = 0; d < PLAQUE_LENGTH / 2; d += 0.1) {
      const here = artery.plaqueProfile(lesionCentre + d);
      expect(artery.plaqueProfile(lesionCentre + d + 0.1)).toBeLessThanOrEqual(here);
      expect(artery.plaqueProfile(lesionCentre - d)).toBeCloseTo(here, 9);
    }
  });

  it('is healthy (1.5 mm radius) outside the plaque, whatever the compression', () => {
    for (const c of compressions) {
      for (const s of along) {
        if (s <= plaqueStart || s >= plaqueEnd) expect(artery.lumenRadius(s, c)).toBe(LUMEN_RADIUS);
      }
    }
  });

  it('narrows to the 0.45 mm throat at the lesion when untreated, and opens fully when squashed', () => {
    const throat = artery.lumenRadius(lesionCentre, 0);
    expect(throat).toBeCloseTo(0.45, 12);
    for (const s of along) {
      expect(artery.lumenRadius(s, 0)).toBeGreaterThanOrEqual(throat - 1e-12);
      expect(artery.lumenRadius(s, 1)).toBeCloseTo(LUMEN_RADIUS, 12);
    }
  });

  it('opens steadily as the plaque is squashed, and clamps compression to 0..1', () => {
    for (const s of [plaqueStart + 2, lesionCentre - 1, lesionCentre, plaqueEnd - 3]) {
      let last = 0;
      for (const c of compressions) {
        const r = artery.lumenRadius(s, c);
        expect(r).toBeGreaterThanOrEqual(last);
        last = r;
      }
      expect(artery.lumenRadius(s, -1)).toBe(artery.lumenRadius(s, 0));
      expect(artery.lumenRadius(s, 2)).toBe(artery.lumenRadius(s, 1));
      expect(artery.wallInnerRadius(s, 2)).toBe(artery.wallInnerRadius(s, 1));
    }
    expect(artery.lumenRadius(lesionCentre, 0.5)).toBeCloseTo((0.45 + 1.5) / 2, 12);
  });

  it('moves no radius with the compression outside the plaque, in every artery and segment', () => {
    // The scene rewrites only the plaque's stretch as it is squashed (models/arteryShells.ts).
    for (const name of ['lad', 'lcx', 'rca'] as const) {
      for (const segment of ['proximal', 'mid', 'distal'] as const) {
        const a = createArtery(vesselFor(name, segment));
        const outside = along.filter((s) => s <= a.plaqueStart || s >= a.plaqueEnd);
        expect(outside.length).toBeGreaterThan(along.length / 2);
        for (const c of compressions) {
          for (const s of outside) {
            expect(a.lumenRadius(s, c), `${name} ${segment} s = ${s}`).toBe(a.lumenRadius(s, 0));
            expect(a.wallInnerRadius(s, c)).toBe(a.wallInnerRadius(s, 0));
            expect(a.wallOuterRadius(s, c)).toBe(a.wallOuterRadius(s, 0));
          }
        }
      }
    }
  });

  it('keeps the wall outside the lumen everywhere, with the plaque between them', () => {
    for (const c of compressions) {
      for (const s of along) {
        const lumen = artery.lumenRadius(s, c);
        const inner = artery.wallInnerRadius(s, c);
        expect(inner, `s = ${s}, c = ${c}`).toBeGreaterThanOrEqual(lumen);
        // Outside the plaque, nothing lies between the lumen and the wall.
        if (artery.plaqueProfile(s) === 0) expect(inner).toBe(lumen);
        // Inside it, the plaque is there, however far it is squashed.
        if (artery.plaqueProfile(s) > 0) expect(inner).toBeGreaterThan(lumen);
      }
    }
  });

  it('stretches the wall outwards by the squashed plaque\u2019s thickness at the lesion', () => {
    // Squashed, the plaque stays as a thin layer behind the stent: it never vanishes.
    for (const c of compressions) {
      expect(
        artery.wallInnerRadius(lesionCentre, c) - artery.lumenRadius(lesionCentre, c),
      ).toBeGreaterThanOrEqual(PLAQUE_SQUASHED_THICKNESS - 1e-12);
    }
    expect(artery.wallInnerRadius(lesionCentre, 0)).toBe(LUMEN_RADIUS);
    expect(artery.wallInnerRadius(lesionCentre, 1)).toBeCloseTo(
      LUMEN_RADIUS + PLAQUE_SQUASHED_THICKNESS,
      12,
    );
  });

  it('has a wall of constant thickness', () => {
    for (const c of compressions) {
      for (const s of along) {
        expect(artery.wallOuterRadius(s, c) - artery.wallInnerRadius(s, c)).toBeCloseTo(
          WALL_THICKNESS,
          12,
        );
      }
    }
  });

  it('reports the narrowest point as a fraction of the healthy diameter', () => {
    expect(percentDiameterOpen(artery, 0)).toBeCloseTo(0.3, 12);
    expect(percentDiameterOpen(artery, 1)).toBe(1);
    expect(percentDiameterOpen(artery, 0.76)).toBeCloseTo((0.45 + 1.05 * 0.76) / 1.5, 12);
    // The lesion centre really is the narrowest point.
    for (const c of [0, 0.5]) {
      const narrowest = Math.min(...along.map((s) => artery.lumenRadius(s, c)));
      expect(percentDiameterOpen(artery, c)).toBeCloseTo(narrowest / LUMEN_RADIUS, 12);
    }
  });
});
