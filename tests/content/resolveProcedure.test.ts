import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appliesTo } from '../../src/content/conditions.ts';
import { DEFAULT_CASE, type PatientCase, allCases } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import { normalise } from '../../src/content/trace.ts';

const text = (kase: PatientCase): string =>
  procedureFor(kase)
    .stages.flatMap((s) => s.captions.map((c) => c.text))
    .join('\n');
const quotes = (kase: PatientCase): string[] =>
  procedureFor(kase).stages.flatMap((s) =>
    s.captions.flatMap((c) => c.sources.flatMap((src) => ('quote' in src ? [src.quote] : []))),
  );
const emergency: PatientCase = { ...DEFAULT_CASE, variant: 'primary' };

describe('appliesTo', () => {
  it('matches when every named field matches; an absent field matches anything', () => {
    expect(appliesTo(undefined, DEFAULT_CASE)).toBe(true);
    expect(appliesTo({ access: ['radial'] }, DEFAULT_CASE)).toBe(true);
    expect(appliesTo({ access: ['femoral'] }, DEFAULT_CASE)).toBe(false);
    expect(appliesTo({ artery: ['lad', 'lcx'], variant: ['planned'] }, DEFAULT_CASE)).toBe(true);
    expect(appliesTo({ artery: ['lad'], variant: ['primary'] }, DEFAULT_CASE)).toBe(false);
    expect(appliesTo({ balloonPump: false }, DEFAULT_CASE)).toBe(true);
    expect(appliesTo({ balloonPump: true }, DEFAULT_CASE)).toBe(false);
  });
});

describe('resolveProcedure', () => {
  it('gives every case a story that opens with a caption at every stage', () => {
    for (const kase of allCases()) {
      const p = procedureFor(kase);
      expect(p.stages.length).toBeGreaterThanOrEqual(10);
      for (const stage of p.stages) expect(stage.captions[0]?.at, stage.id).toBe(0);
    }
  });

  it('follows the route: the wrist for radial, the groin for femoral', () => {
    expect(text(DEFAULT_CASE)).toMatch(/wrist/);
    expect(text(DEFAULT_CASE)).not.toMatch(/groin/);
    const femoral = text({ ...DEFAULT_CASE, access: 'femoral' });
    expect(femoral).toMatch(/groin/);
    expect(femoral).not.toMatch(/wrist/);
  });

  it('names the chosen artery and where along it the narrowing is', () => {
    expect(text({ ...DEFAULT_CASE, artery: 'lad' })).toMatch(/left anterior descending/);
    expect(text({ ...DEFAULT_CASE, artery: 'lcx' })).toMatch(/circumflex/);
    expect(text({ ...DEFAULT_CASE, artery: 'rca' })).toMatch(/right coronary artery/);
    expect(text({ ...DEFAULT_CASE, segment: 'proximal' })).toMatch(/near the start/);
    expect(text({ ...DEFAULT_CASE, segment: 'distal' })).toMatch(/further along/);
  });

  it('tells the emergency story from the source text: blocked artery, speed, extra equipment, two to three days', () => {
    const cited = quotes(emergency).map(normalise).join('\n');
    const source = normalise(
      readFileSync(
        new URL('../../src/content/sources/coronary-angioplasty.txt', import.meta.url),
        'utf8',
      ),
    );
    for (const passage of [
      'A heart attack is caused by a blocked artery',
      'it is very important to open the artery as quickly as possible',
      'Angioplasty is sometimes used as an emergency treatment',
      'The procedure is similar to an angioplasty',
      'they may need extra equipment to help the heart pump',
      'Patients usually stay in hospital for two to three days after this procedure.',
    ]) {
      expect(source).toContain(passage);
      expect(cited, passage).toContain(passage);
    }
    expect(text(emergency)).not.toMatch(/same day or the next day/);
    // A planned patient hears of a heart attack only as a rare risk, never as their story.
    expect(text(DEFAULT_CASE)).not.toMatch(
      /having a heart attack|caused by a blocked artery|In a heart attack/,
    );
  });

  it('mentions the balloon pump and the pacemaker only for patients who have them', () => {
    expect(text(emergency)).not.toMatch(/You have a/);
    expect(text({ ...emergency, balloonPump: true })).toMatch(/You have a balloon pump/);
    expect(text({ ...emergency, pacemaker: true })).toMatch(/temporary pacemaker: a thin wire/);
    expect(text({ ...emergency, balloonPump: true, pacemaker: true })).toMatch(
      /balloon pump to help your heart pump, and a temporary pacemaker/,
    );
  });

  it('starts the emergency case with the artery blocked by a clot and no flow, then clears it', () => {
    const p = procedureFor(emergency);
    expect(p.initial.clot).toBe(1);
    expect(p.initial.flowRate).toBe(0);
    const clears = p.stages.flatMap((s) => s.actions).some((a) => a.to.clot === 0);
    expect(clears).toBe(true);
    expect(procedureFor(DEFAULT_CASE).initial.clot).toBe(0);
  });

  it('keeps only the safety messages and teach-back questions for the case', () => {
    for (const kase of [DEFAULT_CASE, { ...DEFAULT_CASE, access: 'femoral' as const }]) {
      const p = procedureFor(kase);
      expect(p.safety).toEqual(procedure.safety.filter((m) => appliesTo(m.when, kase)));
      expect(p.questions).toEqual(procedure.questions.filter((q) => appliesTo(q.when, kase)));
      expect(p.questions.length).toBeLessThan(procedure.questions.length);
    }
    const ids = (access: 'radial' | 'femoral') =>
      procedureFor({ ...DEFAULT_CASE, access }).questions.map((q) => q.id);
    expect(ids('radial')).toContain('where-the-tube-goes-in-wrist');
    expect(ids('radial')).not.toContain('where-the-tube-goes-in-groin');
    expect(ids('femoral')).toContain('where-the-tube-goes-in-groin');
    expect(ids('femoral')).not.toContain('where-the-tube-goes-in-wrist');
  });

  it('uses each alternative wording only where it applies, and never changes the content itself', () => {
    const before = JSON.stringify(procedure);
    const p = procedureFor({ ...DEFAULT_CASE, access: 'femoral' });
    expect(p.stages.find((s) => s.id === 'catheter-entry')?.description).toMatch(/groin/);
    expect(JSON.stringify(procedure)).toBe(before);
  });
});
