import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCases, DEFAULT_CASE } from '../../../src/case/patientCase.ts';
import { clinicalFacts, procedure, procedureFor } from '../../../src/content/index.ts';
import { ProcedureSchema, QUESTIONS_PER_CASE } from '../../../src/content/schema.ts';
import { normalise, traceContent, traceProblems } from '../../../src/content/trace.ts';
import type { Procedure } from '../../../src/content/schema.ts';
import { stageSlots } from '../../../src/timeline/schedule.ts';
import { questionsFor, stageIndexOf } from '../../../src/ui/takehome/questions.ts';

const readSource = (file: string): string =>
  readFileSync(new URL(`../../../src/content/sources/${file}`, import.meta.url), 'utf8');
const sourceText = readSource('coronary-angioplasty.txt');
const factsText = readSource('clinical-facts.md');
const trace = (p: Procedure) => traceContent(p, sourceText, clinicalFacts, factsText);
const copy = (): Procedure => structuredClone(procedure);

describe('teach-back questions for every case', () => {
  for (const kase of allCases()) {
    const label = Object.values(kase).join(' ');
    it(`${label}: 4 to 6 questions, one right answer each, from stages the patient saw`, () => {
      const p = procedureFor(kase);
      const questions = questionsFor(p, kase);
      expect(questions.length).toBeGreaterThanOrEqual(QUESTIONS_PER_CASE.min);
      expect(questions.length).toBeLessThanOrEqual(QUESTIONS_PER_CASE.max);
      const slots = stageSlots(p);
      for (const q of questions) {
        expect(
          q.options.filter((o) => o.correct),
          q.id,
        ).toHaveLength(1);
        expect(stageIndexOf(slots, q.stage), q.id).toBeGreaterThanOrEqual(0);
      }
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    });
  }

  it('asks about the wrist or the groin, as the case says', () => {
    const wrist = questionsFor(procedure, { ...DEFAULT_CASE, access: 'radial' });
    const groin = questionsFor(procedure, { ...DEFAULT_CASE, access: 'femoral' });
    const right = (qs: typeof wrist) =>
      qs.find((q) => q.id.startsWith('where-the-tube-goes-in'))?.options.find((o) => o.correct)
        ?.text;
    expect(right(wrist)).toMatch(/wrist/);
    expect(right(groin)).toMatch(/groin/);
  });

  it('covers the entry point, the balloon, the stent, the medicines and chest pain', () => {
    const stages = questionsFor(procedure, DEFAULT_CASE).map((q) => q.stage);
    expect(stages).toEqual(
      expect.arrayContaining([
        'catheter-entry',
        'balloon-inflation',
        'stent-deployment',
        'afterwards',
      ]),
    );
  });
});

describe('questions trace to the source like captions', () => {
  it('the real questions trace without problems, and cite the source word for word', () => {
    expect(traceProblems(trace(procedure))).toEqual([]);
    const source = normalise(sourceText);
    for (const q of procedure.questions)
      for (const c of q.sources)
        if (c.from === 'source-text') expect(source, q.id).toContain(normalise(c.quote));
  });

  it('count as citing the sentences they quote', () => {
    const p = copy();
    // Only a question cites this sentence once the captions and safety messages stop citing it.
    const sentence =
      'Patients who have stents need to take certain drugs to help reduce the risk of blood clots forming around it.';
    for (const stage of p.stages)
      for (const c of stage.captions)
        c.sources = c.sources.filter((s) => s.from !== 'source-text' || s.quote !== sentence);
    for (const m of p.safety)
      m.sources = m.sources.filter((s) => s.from !== 'source-text' || s.quote !== sentence);
    const report = trace(p);
    expect(report.uncovered).toEqual([]);
    expect(report.sentences.find((s) => s.sentence === sentence)?.citedBy).toEqual(['afterwards']);
  });

  it('reports a misquote or an unknown fact in a question, naming the question', () => {
    const p = copy();
    const q = p.questions.find((x) => x.id === 'what-the-balloon-does');
    if (!q) throw new Error('expected the balloon question');
    q.sources.push(
      { from: 'source-text', quote: 'The balloon is then deflated so that it squashes' },
      { from: 'clinical-fact', fact: 'made-up-fact' },
    );
    expect(traceProblems(trace(p))).toEqual([
      'Question "what-the-balloon-does" (stage "balloon-inflation") cites words not in the source: "The balloon is then deflated so that it squashes"',
      'Question "what-the-balloon-does" (stage "balloon-inflation") cites an unknown clinical fact "made-up-fact"',
    ]);
  });
});

describe('the schema checks the questions', () => {
  const issues = (change: (p: Procedure) => void): string[] => {
    const p = copy();
    change(p);
    const result = ProcedureSchema.safeParse(p);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const first = (p: Procedure) => {
    const q = p.questions.find((x) => x.id === 'what-the-balloon-does');
    if (!q) throw new Error('expected the balloon question');
    return q;
  };
  const index = procedure.questions.findIndex((x) => x.id === 'what-the-balloon-does');

  it('accepts the real questions', () => {
    expect(issues(() => undefined)).toEqual([]);
  });

  it('needs exactly one right answer', () => {
    expect(issues((p) => first(p).options.forEach((o) => (o.correct = true)))).toEqual([
      `questions.${index}.options: exactly one option is correct`,
    ]);
    expect(issues((p) => first(p).options.forEach((o) => (o.correct = false)))).toEqual([
      `questions.${index}.options: exactly one option is correct`,
    ]);
  });

  it('needs a stage the case shows', () => {
    expect(issues((p) => (first(p).stage = 'extra-equipment'))).toEqual([
      `questions.${index}.stage: stage "extra-equipment" is not shown (planned radial proximal lad)`,
    ]);
  });

  it('needs 4 to 6 questions in every case', () => {
    const later = ['why-keep-taking-medicines', 'if-chest-pain-comes-back', 'who-tells-your-risk'];
    expect(issues((p) => (p.questions = p.questions.filter((q) => !later.includes(q.id))))).toEqual(
      ['questions: 3 questions; each case needs 4 to 6 (planned radial proximal lad)'],
    );
    expect(
      issues((p) => {
        const extra = p.questions.slice(2).map((q) => ({ ...q, id: `${q.id}-again` }));
        p.questions.push(...extra);
      }),
    ).toEqual(['questions: 11 questions; each case needs 4 to 6 (planned radial proximal lad)']);
  });

  it('needs citations', () => {
    expect(issues((p) => (first(p).sources = []))).toEqual([
      `questions.${index}.sources: Too small: expected array to have >=1 items`,
    ]);
  });
});
