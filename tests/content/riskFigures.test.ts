import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../../src/case/patientCase.ts';
import { clinicalFacts } from '../../src/content/index.ts';
import {
  naturalFrequency,
  type RiskFigures,
  type RiskRow,
  riskFigures,
  risksFor,
} from '../../src/content/riskFigures.ts';
import { RiskFiguresSchema } from '../../src/content/riskFiguresSchema.ts';

const sourceText = readFileSync(
  new URL('../../src/content/sources/coronary-angioplasty.txt', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

const row = (comparator: RiskRow['comparator'], count: number, outOf: number): RiskRow => ({
  id: 'x',
  label: 'Something that can happen',
  have: 'have something happen',
  comparator,
  frequency: { count, outOf },
  category: 'less-common',
  fact: 'risks-nhs-figures',
});

/** A deep copy of the shipped figures to break in one place. */
const copy = (): RiskFigures => structuredClone(riskFigures);

describe('risk figures (src/content/risks.json)', () => {
  it('match their schema', () => {
    const result = RiskFiguresSchema.safeParse(riskFigures);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('rest every row on a clinical fact that exists', () => {
    const ids = new Set(clinicalFacts.map((f) => f.id));
    for (const variant of VARIANTS)
      for (const r of riskFigures.variants[variant].rows)
        expect(ids.has(r.fact), `${variant} ${r.id}: fact ${r.fact}`).toBe(true);
  });

  it('give the figures of the NHS risks page, told out of 1,000 people', () => {
    const told = risksFor('planned').rows.map((r) => {
      const n = naturalFrequency(r, riskFigures.denominator);
      return `${r.id} ${n.comparator} ${n.count}/${n.total}`;
    });
    expect(told).toEqual([
      'bleeding-bruising more-than 50/1000',
      'entry-artery fewer-than 10/1000',
      'dye-allergy fewer-than 10/1000',
      'transfusion fewer-than 10/1000',
      'heart-artery fewer-than 3/1000',
      'heart-attack-stroke-death fewer-than 10/1000',
    ]);
  });

  it('quote the hospital page word for word for the benefits', () => {
    for (const variant of VARIANTS)
      for (const b of riskFigures.variants[variant].benefits)
        expect(sourceText, `${variant}: ${b.quote}`).toContain(b.quote);
  });

  it('tell an emergency patient shown planned figures that their risk is higher', () => {
    expect(risksFor('planned').higherThanShown).toBe(false);
    const primary = risksFor('primary');
    // No national figures for an emergency: the planned ones, said to be so.
    expect(primary.figuresFor).toBe('planned');
    expect(primary.higherThanShown).toBe(true);
    const own = copy();
    own.variants.primary.figuresFor = 'primary';
    expect(risksFor('primary', own).higherThanShown).toBe(false);
  });

  it('let a hospital put its own audit figures in, with their source and date', () => {
    const own = copy();
    own.sources.push({
      id: 'trust-audit-2025',
      kind: 'hospital-audit',
      title: 'PCI outcomes audit 2024 to 2025',
      publisher: 'Example Hospitals NHS Trust',
      date: '2025-03',
      retrieved: '2026-01-10',
      notes: 'Emergency procedures only.',
    });
    own.variants.primary.source = 'trust-audit-2025';
    own.variants.primary.figuresFor = 'primary';
    own.variants.primary.rows = [row('about', 12, 1000)];
    expect(RiskFiguresSchema.safeParse(own).success).toBe(true);
    const primary = risksFor('primary', own);
    expect(primary.source.publisher).toBe('Example Hospitals NHS Trust');
    expect(naturalFrequency(primary.rows[0] ?? row('about', 0, 1), 1000).count).toBe(12);
  });

  it('refuse figures that could not be told honestly', () => {
    const unknownSource = copy();
    unknownSource.variants.planned.source = 'nowhere';
    expect(RiskFiguresSchema.safeParse(unknownSource).success).toBe(false);

    const plannedAsEmergency = copy();
    plannedAsEmergency.variants.planned.figuresFor = 'primary';
    expect(RiskFiguresSchema.safeParse(plannedAsEmergency).success).toBe(false);

    // 1 in 5,000 is no whole person out of 100.
    const tooRare = copy();
    tooRare.denominator = 100;
    tooRare.variants.planned.rows = [row('about', 1, 5000)];
    expect(RiskFiguresSchema.safeParse(tooRare).success).toBe(false);

    const duplicate = copy();
    const first = duplicate.variants.planned.rows[0];
    if (!first) throw new Error('no rows');
    duplicate.variants.planned.rows.push({ ...first });
    expect(RiskFiguresSchema.safeParse(duplicate).success).toBe(false);
  });
});

describe('natural frequencies', () => {
  it('round so the sentence stays true', () => {
    // Fewer than 1 in 350 is fewer than 2.86 in 1,000: "fewer than 3", never "fewer than 2".
    expect(naturalFrequency(row('fewer-than', 1, 350), 1000)).toEqual({
      comparator: 'fewer-than',
      count: 3,
      total: 1000,
      rest: 997,
      restComparator: 'more-than',
    });
    // More than 1 in 30 is more than 33.3 in 1,000: "more than 33", never "more than 34".
    expect(naturalFrequency(row('more-than', 1, 30), 1000).count).toBe(33);
    expect(naturalFrequency(row('more-than', 1, 30), 1000).restComparator).toBe('fewer-than');
    expect(naturalFrequency(row('about', 1, 30), 1000).count).toBe(33);
    expect(naturalFrequency(row('about', 2, 30), 1000).count).toBe(67);
    // Exact figures stay exact despite floating point (3 in 100 is 30 in 1,000).
    expect(naturalFrequency(row('more-than', 3, 100), 1000).count).toBe(30);
    expect(naturalFrequency(row('fewer-than', 7, 100), 1000).count).toBe(70);
  });
});
