import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedure, procedureFor } from '../../src/content/index.ts';
import { contentStrings } from '../../src/content/contentKeys.ts';
import { riskFigures } from '../../src/content/riskFigures.ts';
import { localiseProcedure } from '../../src/content/localiseProcedure.ts';

const firstStage = procedure.stages[0];
if (!firstStage) throw new Error('no stages');

describe('localiseProcedure', () => {
  it('with the English words by their keys, gives back exactly the English procedure: no two pieces share a key', () => {
    expect(localiseProcedure(procedure, contentStrings(procedure, riskFigures))).toEqual(procedure);
  });

  it('with no words, is the English procedure', () => {
    expect(localiseProcedure(procedure, {})).toEqual(procedure);
  });

  it('replaces titles, descriptions, captions, alternatives and safety messages by key', () => {
    const safety = procedure.safety[0];
    if (!safety) throw new Error('no safety message');
    const p = localiseProcedure(procedure, {
      'meta.title': 'Titl',
      [`${firstStage.id}.title`]: 'Teitl',
      [`${firstStage.id}.description`]: 'Disgrifiad',
      [`${firstStage.id}.caption.${firstStage.captions[1]?.id}`]: 'Ail gapsiwn',
      [`${firstStage.id}.alternative.${firstStage.alternatives?.[0]?.id}.title`]:
        'Trawiad ar y galon',
      [`safety.${safety.id}.heading`]: 'Pennawd',
      [`safety.${safety.id}.text`]: 'Testun',
    });
    const stage = p.stages[0];
    expect(p.meta.title).toBe('Titl');
    expect(stage?.title).toBe('Teitl');
    expect(stage?.description).toBe('Disgrifiad');
    expect(stage?.captions[1]?.text).toBe('Ail gapsiwn');
    expect(stage?.captions[0]?.text).toBe(firstStage.captions[0]?.text);
    expect(stage?.alternatives?.[0]?.title).toBe('Trawiad ar y galon');
    expect(p.safety[0]?.heading).toBe('Pennawd');
    expect(p.safety[0]?.text).toBe('Testun');
  });

  it('changes only words: timings, scene values, sources and conditions stay', () => {
    const words = Object.fromEntries(
      procedure.stages.flatMap((s) => s.captions.map((c) => [`${s.id}.caption.${c.id}`, 'x'])),
    );
    const p = localiseProcedure(procedure, words);
    const strip = (q: typeof procedure) =>
      q.stages.map((s) => ({ ...s, captions: s.captions.map((c) => ({ ...c, text: '' })) }));
    expect(strip(p)).toEqual(strip(procedure));
    expect(p.initial).toEqual(procedure.initial);
  });

  it("keys captions by their ids, so each case gets its own caption's words", () => {
    // The first stage's captions "coronary-arteries" and "heart-attack" open the planned and
    // the emergency story.
    const words = {
      [`${firstStage.id}.caption.coronary-arteries`]: 'planned',
      [`${firstStage.id}.caption.heart-attack`]: 'emergency',
    };
    const p = procedureFor(DEFAULT_CASE, words);
    const primary = procedureFor({ ...DEFAULT_CASE, variant: 'primary' }, words);
    expect(p.stages[0]?.captions[0]?.text).toBe('planned');
    expect(primary.stages[0]?.captions[0]?.text).toBe('emergency');
  });

  it('keeps every translation on its own sentence when a caption is inserted before it', () => {
    const english = contentStrings(procedure, riskFigures);
    const withNew = structuredClone(procedure);
    const stage = withNew.stages[0];
    const opening = stage?.captions[0];
    if (!stage || !opening) throw new Error('no opening caption');
    stage.captions.unshift({ ...opening, id: 'a-new-caption', text: 'A new sentence.' });
    const after = contentStrings(withNew, riskFigures);
    for (const [key, text] of Object.entries(english)) expect(after[key], key).toBe(text);
    expect(after[`${stage.id}.caption.a-new-caption`]).toBe('A new sentence.');
  });
});
