import { describe, expect, it } from 'vitest';
import { createArtery } from '../../models/artery.ts';
import { vesselFor } from '../../models/vessel.ts';
import { CORONARY_ARTERIES, SEGMENTS } from '../../src/case/patientCase.ts';
import { STENOSIS_DIAMETER_FRACTION } from '../../models/dimensions.ts';
import {
  asPercent,
  crossSectionAt,
  openAreaFraction,
  speedUpAtNarrowing,
} from '../../src/clinician/crossSection.ts';
import { englishT } from '../i18n/english.ts';

const artery = createArtery();

describe('open area at the narrowing', () => {
  it('is 9% of a healthy artery for a 70% diameter narrowing', () => {
    expect(STENOSIS_DIAMETER_FRACTION).toBe(0.7);
    expect(openAreaFraction(artery, 0)).toBeCloseTo(0.09, 6);
    expect(asPercent(openAreaFraction(artery, 0), englishT)).toBe('9%');
  });

  it('is back to about 100% once the plaque is fully squashed', () => {
    expect(openAreaFraction(artery, 1)).toBeCloseTo(1, 6);
    expect(asPercent(openAreaFraction(artery, 1), englishT)).toBe('100%');
  });

  it('grows steadily as the plaque is squashed', () => {
    const steps = [0, 0.25, 0.5, 0.75, 1].map((c) => openAreaFraction(artery, c));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 1);
    // Half-way in radius (0.3 -> 1 of healthy): (0.65)^2 of the area.
    expect(openAreaFraction(artery, 0.5)).toBeCloseTo(0.65 * 0.65, 6);
  });

  it('follows the model, not a typed-in figure: a milder narrowing gives more area', () => {
    const mild = { ...artery, lumenRadius: () => artery.lumenRadiusHealthy * 0.5 };
    expect(openAreaFraction(mild, 0)).toBeCloseTo(0.25, 6);
  });

  it("is measured against each chosen artery's own healthy size, not the default artery's", () => {
    for (const name of CORONARY_ARTERIES)
      for (const segment of SEGMENTS) {
        const vessel = vesselFor(name, segment);
        const own = createArtery(vessel);
        const where = `${name} ${segment}`;
        expect(openAreaFraction(own, 0), where).toBeCloseTo((1 - vessel.stenosis) ** 2, 6);
        expect(openAreaFraction(own, 1), where).toBeCloseTo(1, 6);
        expect(asPercent(openAreaFraction(own, 1), englishT), where).toBe('100%');
      }
  });

  it('makes blood move about 11 times faster through the untreated narrowing', () => {
    expect(speedUpAtNarrowing(artery, 0)).toBeCloseTo(1 / 0.09, 4);
    expect(speedUpAtNarrowing(artery, 1)).toBeCloseTo(1, 6);
  });

  it('draws the rings in order: open channel inside plaque inside wall', () => {
    for (const c of [0, 0.5, 1]) {
      const r = crossSectionAt(artery, c);
      expect(r.lumen).toBeLessThanOrEqual(r.wallInner);
      expect(r.wallInner).toBeLessThan(r.wallOuter);
    }
  });
});
