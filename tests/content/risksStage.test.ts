import { describe, expect, it } from 'vitest';
import { allCases, type PatientCase } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import { naturalFrequency, risksFor } from '../../src/content/riskFigures.ts';

/**
 * Risks are told, to every patient: a step with the common, the less common and the rare, in
 * natural frequencies, resting on the NHS risks facts; emergency patients told theirs is higher.
 */
const label = (k: PatientCase): string => `${k.variant} ${k.access} ${k.segment} ${k.artery}`;
const facts = (sources: readonly { from: string; fact?: string }[]): string[] =>
  sources.flatMap((s) => (s.fact ? [s.fact] : []));

describe('the risks step', () => {
  it('is shown to every patient, after the result and before they go home', () => {
    for (const k of allCases()) {
      const ids = procedureFor(k).stages.map((s) => s.id);
      expect(ids, label(k)).toContain('risks');
      expect(ids.indexOf('risks'), label(k)).toBeGreaterThan(ids.indexOf('result'));
      expect(ids.indexOf('risks'), label(k)).toBeLessThan(ids.indexOf('recovery'));
    }
  });

  it('cites the NHS risks facts, and tells each patient the common, the less common and their own risk', () => {
    for (const k of allCases()) {
      const stage = procedureFor(k).stages.find((s) => s.id === 'risks');
      const cited = new Set(stage?.captions.flatMap((c) => facts(c.sources)));
      expect(cited, label(k)).toContain('risks-nhs-current');
      expect(cited, label(k)).toContain('restenosis');
      const words = stage?.captions.map((c) => c.text).join(' ') ?? '';
      expect(words, label(k)).toMatch(/Bleeding or bruising where the tube went in is common/);
      expect(words, label(k)).toMatch(/allergy to the dye/);
      expect(words, label(k)).toMatch(/transfusion/);
      expect(words, label(k)).toMatch(/stroke/);
      expect(words, label(k)).toMatch(/Your team will tell you yours and answer your questions/);
      if (k.variant === 'planned') {
        expect(cited, label(k)).toContain('risks-nhs-figures');
        expect(words, label(k)).toMatch(/more than 50 in 1,000/);
        expect(words, label(k)).toMatch(/fewer than 10 in 1,000/);
        expect(words, label(k)).toMatch(/fewer than 3 in 1,000/);
      } else {
        expect(words, label(k)).toMatch(
          /Emergency treatment carries more risk than a planned procedure/,
        );
      }
    }
  });

  it('opens on words true for the patient: "small" for a planned case, "more risk" in an emergency', () => {
    for (const k of allCases()) {
      const stage = procedureFor(k).stages.find((s) => s.id === 'risks');
      const first = stage?.captions[0];
      expect(first?.at, label(k)).toBe(0);
      const words = stage?.captions.map((c) => c.text).join(' ') ?? '';
      if (k.variant === 'planned') {
        expect(first?.text, label(k)).toBe('The risk of serious problems is small.');
      } else {
        // The source's "small" is said of planned procedures; an emergency carries more risk.
        expect(first?.text, label(k)).toMatch(/^Emergency treatment carries more risk/);
        expect(words, label(k)).not.toMatch(/small/i);
      }
    }
  });

  it('tells no one, in the quiz, that the risk is small whatever their case', () => {
    const q = procedure.questions.find((x) => x.stage === 'risks');
    for (const o of q?.options ?? []) expect(o.explanation).not.toMatch(/small/i);
  });

  it('gives the planned figures in the captions as the panel does: out of 1,000, rounded alike', () => {
    // One denominator throughout (NICE NG197), so the words and the pictograph never disagree.
    const planned = allCases().find((k) => k.variant === 'planned');
    if (!planned) throw new Error('no planned case');
    const words =
      procedureFor(planned)
        .stages.find((s) => s.id === 'risks')
        ?.captions.map((c) => c.text)
        .join(' ') ?? '';
    const { rows, denominator } = risksFor('planned');
    for (const row of rows) {
      const f = naturalFrequency(row, denominator);
      const comparator = f.comparator === 'more-than' ? 'more than' : 'fewer than';
      expect(words, row.id).toContain(`${comparator} ${f.count} in 1,000`);
    }
    expect(words).not.toMatch(/\b1 in (20|100|350)\b/);
  });

  it('asks a teach-back question about who tells them their own risk', () => {
    const q = procedure.questions.find((x) => x.stage === 'risks');
    expect(q?.options.find((o) => o.correct)?.text).toMatch(/heart team/);
    expect(q?.sources).toContainEqual({ from: 'clinical-fact', fact: 'risks-nhs-current' });
  });
});
