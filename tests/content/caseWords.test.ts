import { describe, expect, it } from 'vitest';
import { allCases, type PatientCase } from '../../src/case/patientCase.ts';
import { resolveProcedure } from '../../src/content/resolveProcedure.ts';
import { procedure } from '../../src/content/index.ts';
import type { PhraseLists, Procedure } from '../../src/content/schema.ts';

/**
 * Every patient reads words true for them: no case is shown a phrase that belongs to another
 * kind of case (the lists are in procedure.json, "phrases", for the reviewer to see).
 */

/** Every piece of text one case is shown, with where it is. */
export function shownText(seen: Procedure): { where: string; text: string }[] {
  return [
    ...seen.stages.flatMap((s) => [
      { where: `${s.id}.title`, text: s.title },
      { where: `${s.id}.description`, text: s.description },
      ...s.captions.map((c) => ({ where: `${s.id}.caption.${c.id}`, text: c.text })),
    ]),
    ...seen.safety.map((m) => ({ where: `safety.${m.id}`, text: `${m.heading} ${m.text}` })),
    // The question and its right answer are about this patient; a wrong answer may name the
    // other route on purpose ("Into an artery at your wrist" for a groin patient), so it is left out.
    ...seen.questions.flatMap((q) => [
      { where: `question.${q.id}`, text: q.question },
      ...q.options
        .filter((o) => o.correct)
        .map((o) => ({ where: `question.${q.id}.${o.id}`, text: `${o.text} ${o.explanation}` })),
    ]),
  ];
}

/** The phrase lists this case must never be shown. */
export function forbiddenFor(kase: PatientCase, phrases: PhraseLists): string[] {
  return [
    ...(kase.variant === 'planned' ? phrases['primary-only'] : phrases['planned-only']),
    ...(kase.access === 'radial' ? phrases['femoral-only'] : phrases['radial-only']),
  ];
}

/** "phrase" in "where": the words of another case shown to this one. */
export function wrongWords(p: Procedure, kase: PatientCase): string[] {
  const found: string[] = [];
  const forbidden = forbiddenFor(kase, p.phrases);
  for (const { where, text } of shownText(resolveProcedure(p, kase))) {
    for (const phrase of forbidden) {
      const pattern = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
      if (pattern.test(text)) found.push(`"${phrase}" in ${where}: ${text}`);
    }
  }
  return found;
}

const label = (k: PatientCase): string =>
  `${k.variant} ${k.access} ${k.segment} ${k.artery}${k.balloonPump ? ' +pump' : ''}${k.pacemaker ? ' +pacemaker' : ''}`;

describe('the right words for each patient', () => {
  const cases = allCases();

  it('checks every access route, artery, segment, variant and extra', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2 * 3 * 3 * 2);
    expect(new Set(cases.map((k) => k.variant))).toEqual(new Set(['planned', 'primary']));
    expect(cases.some((k) => k.balloonPump && k.pacemaker)).toBe(true);
  });

  it('shows no case a phrase that belongs to another variant or access route', () => {
    const problems = cases.flatMap((k) => wrongWords(procedure, k).map((w) => `${label(k)}: ${w}`));
    expect(problems).toEqual([]);
  });

  it('has phrase lists that find the words of the other story when they leak', () => {
    const primary = cases.find((k) => k.variant === 'primary' && k.access === 'radial');
    if (!primary) throw new Error('no emergency case');
    const leaked = structuredClone(procedure) as Procedure;
    const stage = leaked.stages.find((s) => s.id === 'result');
    const opening = stage?.captions[0];
    if (!stage || !opening) throw new Error('no result stage');
    // The sentence an emergency patient was once shown: it promises no harm.
    stage.captions.push({
      ...opening,
      id: 'leak',
      at: stage.duration - 1,
      text: 'Most procedures are successful. If not, usually no harm is done.',
    });
    expect(wrongWords(leaked, primary)).toEqual([expect.stringContaining('"no harm"')]);
    const groin = { ...primary, access: 'femoral' as const };
    stage.captions.pop();
    stage.captions.push({ ...opening, id: 'leak', at: stage.duration - 1, text: 'Your wrist.' });
    expect(wrongWords(leaked, groin)).toEqual([expect.stringContaining('"wrist"')]);
  });

  it('tells emergency patients of a blockage, and planned patients of a narrowing', () => {
    for (const k of cases) {
      const words = shownText(resolveProcedure(procedure, k))
        .map((w) => w.text)
        .join(' ');
      if (k.variant === 'primary') {
        expect(words, label(k)).toMatch(/\bblock(ed|age)\b/);
        expect(words, label(k)).not.toMatch(/no harm|angina/i);
      } else {
        expect(words, label(k)).toMatch(/\bthe narrowing\b/);
      }
    }
  });
});
