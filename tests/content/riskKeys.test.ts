import { describe, expect, it } from 'vitest';
import { riskFigures, risksFor } from '../../src/content/riskFigures.ts';
import { localiseRisks, riskStrings } from '../../src/content/riskKeys.ts';
import { RiskFiguresSchema } from '../../src/content/riskFiguresSchema.ts';

describe('the risk figures’ words in a locale pack (src/content/riskKeys.ts)', () => {
  it('gives every word a patient reads a key made of ids, and nothing else', () => {
    const strings = riskStrings(riskFigures);
    for (const variant of ['planned', 'primary'] as const) {
      const v = riskFigures.variants[variant];
      for (const b of v.benefits)
        expect(strings[`riskFigures.${variant}.benefit.${b.id}`]).toBe(b.text);
      for (const row of v.rows) {
        expect(strings[`riskFigures.${variant}.row.${row.id}.label`]).toBe(row.label);
        expect(strings[`riskFigures.${variant}.row.${row.id}.have`]).toBe(row.have);
      }
    }
    for (const s of riskFigures.sources)
      expect(strings[`riskFigures.source.${s.id}.publisher`]).toBe(s.publisher);
    // Quotes stay as the source page published them: the reviewer reads them in English.
    expect(Object.values(strings)).not.toContain(riskFigures.variants.planned.benefits[0]?.quote);
  });

  it('puts the English back exactly, and a translation in place of every word', () => {
    expect(localiseRisks(riskFigures, riskStrings(riskFigures))).toEqual(riskFigures);
    const shouted = Object.fromEntries(
      Object.entries(riskStrings(riskFigures)).map(([k, v]) => [k, v.toUpperCase()]),
    );
    const translated = localiseRisks(riskFigures, shouted);
    expect(RiskFiguresSchema.safeParse(translated).success).toBe(true);
    const risks = risksFor('primary', translated);
    expect(risks.rows.map((r) => r.have)).toEqual(
      riskFigures.variants.primary.rows.map((r) => r.have.toUpperCase()),
    );
    // The numbers, their source's date and the emergency warning do not change with words.
    expect(risks.rows.map((r) => r.frequency)).toEqual(
      riskFigures.variants.primary.rows.map((r) => r.frequency),
    );
    expect(risks.source.date).toBe(risksFor('primary').source.date);
    expect(risks.higherThanShown).toBe(true);
  });

  it('keeps the English where a pack lacks a key', () => {
    expect(localiseRisks(riskFigures, {})).toEqual(riskFigures);
  });
});
