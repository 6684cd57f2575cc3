import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCases } from '../../src/case/patientCase.ts';
import { clinicalFacts, procedure, procedureFor } from '../../src/content/index.ts';
import type { Caption, Citation, ClinicalFact, Procedure } from '../../src/content/schema.ts';
import {
  contentWords,
  droppedHedges,
  MIN_SOURCE_SHARE,
  normalise,
  plainWords,
  sourceShare,
  readingSeconds,
  splitSentences,
  traceContent,
  traceProblems,
} from '../../src/content/trace.ts';

const readSource = (file: string): string =>
  readFileSync(new URL(`../../src/content/sources/${file}`, import.meta.url), 'utf8');
const sourceText = readSource('coronary-angioplasty.txt');
const factsText = readSource('clinical-facts.md');

/** Whitespace folded independently of trace.ts, so the check does not rest on the code it checks. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

const trace = (p: Procedure = procedure, facts: readonly ClinicalFact[] = clinicalFacts) =>
  traceContent(p, sourceText, facts, factsText);
const copy = (): Procedure => structuredClone(procedure);

describe('tracing the real content', () => {
  it('finds no problems', () => {
    expect(traceProblems(trace())).toEqual([]);
  });

  it('accounts for every sentence of the source: cited by a stage or left out with a reason', () => {
    const report = trace();
    expect(report.sentences.length).toBeGreaterThan(20);
    for (const s of report.sentences) {
      expect(s.citedBy.length > 0 || (s.omittedBecause ?? '').length >= 10, s.sentence).toBe(true);
    }
  });

  it('quotes the source word for word in every caption citation', () => {
    const source = fold(sourceText);
    for (const stage of procedure.stages) {
      for (const caption of stage.captions) {
        for (const c of caption.sources) {
          if (c.from === 'source-text') expect(source, stage.id).toContain(fold(c.quote));
        }
      }
    }
  });

  it('cites only clinical facts that exist, in captions and in stage fact lists', () => {
    const ids = new Set(clinicalFacts.map((f) => f.id));
    for (const stage of procedure.stages) {
      for (const fact of stage.facts) expect(ids, `${stage.id} relies on ${fact}`).toContain(fact);
      for (const caption of stage.captions) {
        for (const c of caption.sources) {
          if (c.from === 'clinical-fact')
            expect(ids, `${stage.id} cites ${c.fact}`).toContain(c.fact);
        }
      }
    }
  });

  it('quotes the checked clinical-facts file word for word in every shared fact', () => {
    const facts = fold(factsText);
    for (const f of clinicalFacts.filter((x) => x.origin === 'shared')) {
      expect(f.quote, f.id).toBeTruthy();
      expect(facts, f.id).toContain(fold(f.quote ?? ''));
    }
  });
});

describe('tracing catches bad content', () => {
  it('leaves a sentence uncovered when every citation of it is removed', () => {
    const cited = trace().sentences.filter((s) => s.citedBy.length > 0);
    expect(cited.length).toBeGreaterThan(10);
    for (const { sentence } of cited) {
      const p = copy();
      const citing = (c: Citation): boolean => {
        if (c.from !== 'source-text') return false;
        const q = normalise(c.quote);
        return sentence.includes(q) || q.includes(sentence);
      };
      // Captions, safety messages and questions all cite the source.
      for (const stage of p.stages) {
        for (const caption of stage.captions)
          caption.sources = caption.sources.filter((c) => !citing(c));
      }
      for (const m of p.safety) m.sources = m.sources.filter((c) => !citing(c));
      for (const q of p.questions) q.sources = q.sources.filter((c) => !citing(c));
      const report = trace(p);
      expect(report.uncovered, sentence).toEqual([sentence]);
      // (Captions that quoted it now fail their own wording check too: checked below.)
      const wordingProblem = (m: string): boolean => /^[a-z0-9-]+\.caption\.|^safety\./.test(m);
      expect(traceProblems(report).filter((m) => !wordingProblem(m))).toEqual([
        `Source sentence neither cited nor left out with a reason: "${sentence}"`,
      ]);
    }
  });

  it('reports a made-up quote, and a real quote with one word changed, as missing', () => {
    const p = copy();
    const caption = p.stages.find((st) => st.id === 'balloon-inflation')?.captions[1];
    if (!caption) throw new Error('expected a second caption in stage balloon-inflation');
    caption.sources.push(
      { from: 'source-text', quote: 'Stents are made of solid gold.' },
      { from: 'source-text', quote: 'The balloon is then deflated so that it squashes' },
    );
    const report = trace(p);
    expect(report.missingQuotes).toEqual([
      { stage: 'balloon-inflation', quote: 'Stents are made of solid gold.' },
      { stage: 'balloon-inflation', quote: 'The balloon is then deflated so that it squashes' },
    ]);
    expect(traceProblems(report)).toHaveLength(2);
  });

  it('accepts a quote however it is wrapped or curly-quoted', () => {
    const p = copy();
    p.stages[5]?.captions[0]?.sources.push({
      from: 'source-text',
      quote: 'which acts as\n   \u2018scaffolding\u2019.',
    });
    expect(traceProblems(trace(p))).toEqual([]);
  });

  it('reports an omission that matches no sentence, or only part of one, as stale', () => {
    const p = copy();
    p.omissions.push(
      { quote: 'Patients must fast for six hours.', reason: 'Not in the source at all.' },
      { quote: 'Skip to main', reason: 'Only part of a sentence.' },
    );
    const report = trace(p);
    expect(report.staleOmissions).toEqual(['Patients must fast for six hours.', 'Skip to main']);
    expect(traceProblems(report)).toEqual([
      'Omission matches no sentence of the source: "Patients must fast for six hours."',
      'Omission matches no sentence of the source: "Skip to main"',
    ]);
  });

  it('uncovers a left-out sentence when its omission is removed', () => {
    const p = copy();
    p.omissions = p.omissions.filter((o) => o.quote !== 'Further information');
    expect(trace(p).uncovered).toEqual(['Further information']);
  });

  it('reports unknown fact citations, unknown stage facts and misquoted shared facts', () => {
    const p = copy();
    p.stages[0]?.captions[0]?.sources.push({ from: 'clinical-fact', fact: 'made-up-fact' });
    p.stages[1]?.facts.push('another-made-up-fact');
    const facts = clinicalFacts.map((f) =>
      f.id === 'guidewire-diameter' ? { ...f, quote: 'A guidewire 1 mm thick.' } : f,
    );
    const report = trace(p, facts);
    expect(report.unknownFacts).toEqual([{ stage: 'your-heart', fact: 'made-up-fact' }]);
    expect(report.unknownStageFacts).toEqual([
      { stage: 'narrowed-artery', fact: 'another-made-up-fact' },
    ]);
    expect(report.unquotedFacts).toEqual(['guidewire-diameter']);
    expect(traceProblems(report)).toHaveLength(3);
  });

  it('reports every use of a clinical fact that is removed from the facts file', () => {
    const facts = clinicalFacts.filter((f) => f.id !== 'angiogram-dye');
    const report = trace(procedure, facts);
    const citing = procedure.stages.flatMap((st) =>
      st.captions.flatMap((c) =>
        c.sources
          .filter((x) => x.from === 'clinical-fact' && x.fact === 'angiogram-dye')
          .map(() => st.id),
      ),
    );
    expect(citing.length).toBeGreaterThan(1);
    expect(report.unknownFacts).toEqual(citing.map((stage) => ({ stage, fact: 'angiogram-dye' })));
    expect(report.unknownStageFacts).toEqual([{ stage: 'angiogram', fact: 'angiogram-dye' }]);
  });
});

describe('splitSentences', () => {
  const sentences = splitSentences(sourceText);

  it('keeps a sentence with dashes and commas whole', () => {
    expect(sentences).toContain(
      'During angioplasty, a catheter - a fine, flexible, hollow tube - with a small inflatable balloon at its tip, is passed into an artery in either the groin or the arm.',
    );
    expect(sentences).toContain(
      "A stent is usually put in place to reduce the risk of re-narrowing - this is a small tube of stainless steel mesh which acts as 'scaffolding'.",
    );
  });

  it('splits a paragraph into its sentences and keeps headings and links whole', () => {
    const i = sentences.indexOf('Patients first have an angiogram.');
    expect(i).toBeGreaterThan(0);
    expect(sentences[i + 1]).toMatch(/^Sometimes the angioplasty is done at the same time,/);
    expect(sentences[i + 2]).toBe(
      'However, patients may need extra tests to decide the best course of action.',
    );
    expect(sentences).toContain('Primary Angioplasty');
    expect(sentences).toContain(
      'This emergency procedure is available 24/7 at Oxford Heart Centre.',
    );
    expect(sentences).toContain('NHS website - Coronary angioplasty and stent insertion - Risks');
    expect(sentences[0]).toBe('Skip to main content');
    expect(sentences.at(-1)).toBe('British Heart Foundation - Coronary angioplasty and stents');
  });

  it('loses and adds no words: the sentences put back together are the source', () => {
    expect(sentences.every((s) => s.length > 0 && s === s.trim())).toBe(true);
    expect(sentences.join(' ')).toBe(normalise(sourceText));
    expect(sentences).toHaveLength(28);
  });

  it('does not split inside a sentence, only after . ! or ? before a capital', () => {
    expect(splitSentences('It is 3.5 mm wide. Then it grows! Does it? yes it does.')).toEqual([
      'It is 3.5 mm wide.',
      'Then it grows!',
      'Does it? yes it does.',
    ]);
    expect(splitSentences('One line.\r\n\r\n  Two   spaced\u00a0out.  \nThree')).toEqual([
      'One line.',
      'Two spaced out.',
      'Three',
    ]);
  });
});

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('captions are plain and readable', () => {
  // Each case sees its own captions; a caption is on screen until the next one in its case.
  const seen = new Map<string, { key: string; text: string; onScreen: number }>();
  for (const kase of allCases()) {
    for (const stage of procedureFor(kase).stages) {
      stage.captions.forEach((caption, i) => {
        const onScreen = (stage.captions[i + 1]?.at ?? stage.duration) - caption.at;
        const key = `${stage.id}@${caption.at}: ${caption.text}`;
        const before = seen.get(key);
        if (!before || onScreen < before.onScreen)
          seen.set(key, { key, text: caption.text, onScreen });
      });
    }
  }
  const captions = [...seen.values()];

  it('finds every caption', () => {
    expect(captions).toHaveLength(procedure.stages.reduce((n, s) => n + s.captions.length, 0));
    expect(captions.length).toBeGreaterThan(20);
  });

  for (const c of captions) {
    it(`"${c.key}" stays on screen long enough to read at 150 words a minute`, () => {
      expect(c.onScreen).toBeGreaterThanOrEqual(readingSeconds(c.text));
    });
  }

  it('keeps every caption to 25 words and every sentence in it to 20', () => {
    for (const c of captions) {
      expect(words(c.text), c.key).toBeLessThanOrEqual(25);
      for (const sentence of c.text.split(/(?<=[.!?])\s+/)) {
        expect(words(sentence), `${c.key}: ${sentence}`).toBeLessThanOrEqual(20);
      }
    }
  });

  it('times reading at 150 words a minute, never under 3.5 s', () => {
    expect(readingSeconds('Short.')).toBe(3.5);
    expect(readingSeconds('one two three four five six seven eight nine ten')).toBe(4);
    expect(readingSeconds(' spaced   out\nwords  ')).toBe(3.5);
    expect(readingSeconds(Array(25).fill('word').join(' '))).toBe(10);
  });
});

describe('each caption is what it says it is', () => {
  const wording = trace().wording;

  it('checks every caption and safety message, and finds each as it declares itself', () => {
    const captions = procedure.stages.reduce((n, s) => n + s.captions.length, 0);
    expect(wording).toHaveLength(captions + procedure.safety.length);
    expect(wording.filter((w) => w.problems.length > 0)).toEqual([]);
  });

  it('keeps every source caption close to its quotes, with every hedge of the source', () => {
    for (const w of wording.filter((x) => x.kind !== 'added')) {
      const quotes = w.sources.flatMap((s) => (s.from === 'source-text' ? [s.quote] : []));
      expect(quotes.length, w.where).toBeGreaterThan(0);
      expect(droppedHedges(w.text, quotes), w.where).toEqual([]);
      if (w.kind === 'source-edited')
        expect(w.share ?? 0, w.where).toBeGreaterThanOrEqual(MIN_SOURCE_SHARE);
      else
        expect(
          quotes.some((q) => plainWords(q).includes(plainWords(w.text))),
          w.where,
        ).toBe(true);
    }
  });

  it('rests every added caption on a named fact, and only three (the anatomy) on project facts alone', () => {
    for (const w of wording.filter((x) => x.kind === 'added'))
      expect(
        w.sources.some((s) => s.from === 'clinical-fact'),
        w.where,
      ).toBe(true);
    // Where the artery runs: the shared facts do not name the circumflex or say where each
    // artery runs. Listed in the report and the review document; no other may join them.
    expect(wording.filter((w) => w.onlyProjectFacts).map((w) => w.where)).toEqual([
      'your-heart.caption.artery-lcx',
      'your-heart.caption.mid-planned',
      'your-heart.caption.mid-primary',
    ]);
  });

  it('uses most of the source page in its own words', () => {
    const captions = wording.filter((w) => !w.where.startsWith('safety.'));
    const fromSource = captions.filter((w) => w.kind !== 'added').length;
    expect(fromSource).toBeGreaterThanOrEqual(20);
    expect(captions.filter((w) => w.kind === 'source-verbatim').length).toBeGreaterThanOrEqual(5);
  });

  /** The real content with one caption replaced, and what the check says of it. */
  function problemsWith(stageId: string, captionId: string, change: Partial<Caption>): string[] {
    const p = copy();
    const caption = p.stages
      .find((s) => s.id === stageId)
      ?.captions.find((c) => c.id === captionId);
    if (!caption) throw new Error(`${stageId}.${captionId}`);
    Object.assign(caption, change);
    return trace(p)
      .wording.filter((w) => w.where === `${stageId}.caption.${captionId}`)
      .flatMap((w) => w.problems);
  }

  it('fails a caption that changes what its quote says: "done straight away" for "as quickly as possible"', () => {
    expect(
      problemsWith('angiogram', 'as-quickly-as-possible', {
        kind: 'source-edited',
        text: 'In a heart attack, the angioplasty is done straight away.',
        sources: [
          {
            from: 'source-text',
            quote: 'it is very important to open the artery as quickly as possible',
          },
        ],
      }),
    ).toEqual([expect.stringMatching(/only \d+% of its words are in its quotes/)]);
  });

  it('fails a caption that drops the source\u2019s hedge: "usually", "helps"', () => {
    expect(
      problemsWith('result', 'no-worse', { text: 'If it does not work, no harm is done.' }),
    ).toEqual([
      expect.stringContaining('drops the source\u2019s hedge "usually"'.replace('\u2019', "'")),
    ]);
    expect(
      problemsWith('result', 'blood-supply', {
        kind: 'source-edited',
        text: 'Blood can now flow freely to your heart muscle.',
        sources: [
          { from: 'source-text', quote: 'It helps improve blood supply to the heart muscle' },
        ],
      }),
    ).toContainEqual(expect.stringContaining('drops the source\'s hedge "helps"'));
  });

  it('fails a "verbatim" caption whose words are not the source\u2019s, and an added one with no fact', () => {
    expect(
      problemsWith('result', 'successful', { text: 'Most procedures are successful.' }),
    ).toEqual([expect.stringContaining('not, in order, in a quote')]);
    expect(
      problemsWith('result', 'final-xray', {
        sources: [{ from: 'source-text', quote: 'Patients first have an angiogram.' }],
      }),
    ).toEqual(['is marked added but rests on no clinical fact']);
  });

  it('counts a reviewed plain-English swap as the source\u2019s word, and nothing else', () => {
    const swaps = [{ plain: 'blown up', source: 'inflated' }];
    expect(
      sourceShare('The balloon is blown up.', ['The balloon is then inflated'], swaps).share,
    ).toBe(1);
    expect(sourceShare('The balloon is blown up.', ['The balloon is then inflated']).share).toBe(
      0.5,
    );
    expect(sourceShare('The balloon is blown up.', ['The balloon is let down'], swaps).share).toBe(
      0.5,
    );
    expect(contentWords('The arteries are narrowed')).toEqual(contentWords('artery narrowing'));
  });
});
