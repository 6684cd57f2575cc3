import { describe, expect, it } from 'vitest';
import { clinicalFacts, procedure } from '../../src/content/index.ts';
import type { Procedure } from '../../src/content/schema.ts';
import { riskFigures } from '../../src/content/riskFigures.ts';
import { reviewDocument } from './reviewDocument.ts';

/** The document's text with its HTML escapes undone, to look for content as written. */
const unescape = (html: string): string =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

const html = reviewDocument(procedure, clinicalFacts, new Map());
const text = unescape(html);
/** The same with the tags taken out: the words as a reader sees them. */
const words = unescape(html.replace(/<[^>]+>/g, ''));

/** Every fact id the content cites, from captions, pictures, safety messages and questions. */
function citedFacts(p: Procedure): Set<string> {
  const ids = new Set<string>();
  const sources = [
    ...p.stages.flatMap((s) => s.captions.flatMap((c) => c.sources)),
    ...p.safety.flatMap((m) => m.sources),
    ...p.questions.flatMap((q) => q.sources),
  ];
  for (const c of sources) if (c.from !== 'source-text') ids.add(c.fact);
  for (const s of p.stages) for (const id of s.facts) ids.add(id);
  return ids;
}

describe('the clinician review document', () => {
  it('has every step, its picture description and every alternative, in order', () => {
    let from = 0;
    procedure.stages.forEach((stage, i) => {
      const at = text.indexOf(`Step ${i + 1}: ${stage.title}`, from);
      expect(at, stage.id).toBeGreaterThan(from - 1);
      from = at;
      expect(text).toContain(stage.description);
      for (const a of stage.alternatives ?? []) {
        if (a.title) expect(text).toContain(a.title);
        if (a.description) expect(text).toContain(a.description);
      }
    });
  });

  it('has every caption for every case with each source passage it comes from', () => {
    for (const stage of procedure.stages)
      for (const caption of stage.captions) {
        expect(text).toContain(caption.text);
        for (const c of caption.sources)
          if (c.from === 'source-text') expect(text).toContain(`“${c.quote}”`);
      }
  });

  it('labels every caption and safety message with whose words it is, and marks added words', () => {
    const label = {
      'source-verbatim': 'source, verbatim',
      'source-edited': 'source, edited',
      added: 'added',
    };
    for (const stage of procedure.stages)
      for (const c of stage.captions) {
        const shown =
          c.kind === 'added'
            ? `[${label[c.kind]}]</span><span class="added">`
            : `[${label[c.kind]}]</span>`;
        expect(html, `${stage.id}.${c.id}`).toContain(shown);
        expect(html).toContain(`<td>${c.id}</td><td>${label[c.kind]}</td>`);
      }
    expect(words).toMatch(/Captions: \d+ source verbatim, \d+ source edited, \d+ added\./);
    for (const n of procedure.reviewNotes) expect(text).toContain(n.note);
    for (const phrase of procedure.phrases['planned-only']) expect(text).toContain(phrase);
  });

  it('prints every cited clinical fact in full with its source, numbered once', () => {
    const cited = citedFacts(procedure);
    expect(cited.size).toBeGreaterThan(10);
    for (const id of cited) {
      const fact = clinicalFacts.find((f) => f.id === id);
      expect(fact, id).toBeDefined();
      expect(text).toContain(fact?.statement);
      expect(text).toContain(fact?.source);
    }
    const numbers = [...html.matchAll(/<tr><td>F(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: cited.size }, (_, i) => i + 1));
  });

  it('marks the project’s own facts as awaiting clinical review', () => {
    const own = clinicalFacts.filter(
      (f) => f.origin === 'project' && citedFacts(procedure).has(f.id),
    );
    expect(own.length).toBeGreaterThan(0);
    for (const f of own)
      expect(text).toContain(`${f.source} (project’s own, awaiting clinical review)`);
  });

  it('has every safety message, question, answer and explanation, and every omission', () => {
    for (const m of procedure.safety) expect(text).toContain(`${m.heading} ${m.text}`);
    expect(procedure.questions.length).toBeGreaterThan(0);
    for (const q of procedure.questions) {
      expect(text).toContain(q.question);
      for (const o of q.options) {
        expect(text).toContain(o.text);
        expect(text).toContain(o.explanation);
      }
      const right = q.options.filter((o) => o.correct);
      expect(right).toHaveLength(1);
      expect(words).toContain(`Right answer: ${right[0]?.text}`);
    }
    for (const o of procedure.omissions) {
      expect(text).toContain(o.quote);
      expect(text).toContain(o.reason);
    }
  });

  it('says which cases each conditional part is for', () => {
    const conditional = [
      ...procedure.stages.flatMap((s) => [s, ...s.captions, ...(s.alternatives ?? [])]),
      ...procedure.safety,
      ...procedure.questions,
    ].filter((x) => x.when !== undefined);
    expect(conditional.length).toBeGreaterThan(0);
    expect(html.split('Only for: ').length - 1).toBe(conditional.length);
    expect(text).toContain('Only for: groin');
    expect(text).toContain('Only for: emergency (primary PCI)');
  });

  it('shows a draft notice until a clinician has approved it, then who approved it', () => {
    const draft = structuredClone(procedure);
    draft.meta.clinicalApproval = { name: '', role: '', date: '' };
    expect(reviewDocument(draft, clinicalFacts, new Map())).toContain(
      '<strong>Draft:</strong> not yet clinically approved.',
    );
    const signed = structuredClone(procedure);
    signed.meta.clinicalApproval = {
      name: 'Dr A Example',
      role: 'Consultant cardiologist',
      date: '2026-11-20',
    };
    const out = reviewDocument(signed, clinicalFacts, new Map());
    expect(out).toContain('Approved by Dr A Example, Consultant cardiologist, on 2026-11-20.');
    expect(out).not.toContain('not yet clinically approved');
  });

  it('shows the stills it is given, planned and emergency, and no empty frames', () => {
    const [first, second] = procedure.stages;
    const stills = new Map([
      [`planned:${first?.id}`, 'UExBTk5FRA=='],
      [`primary:${first?.id}`, 'UFJJTUFSWQ=='],
      [`planned:${second?.id}`, 'U0VDT05E'],
    ]);
    const out = reviewDocument(procedure, clinicalFacts, stills);
    expect(out.match(/<img /g)).toHaveLength(3);
    expect(out).toContain(
      '<img alt="Still of step 1, emergency procedure" src="data:image/jpeg;base64,UFJJTUFSWQ==">',
    );
    expect(out).toContain(
      '<img alt="Still of step 2, planned procedure" src="data:image/jpeg;base64,U0VDT05E">',
    );
  });

  it('escapes content, so text can never become markup', () => {
    const hostile = structuredClone(procedure);
    const caption = hostile.stages[0]?.captions[0];
    if (!caption) throw new Error('no caption');
    caption.text = 'Rest <script>alert(1)</script> & "relax"';
    const out = reviewDocument(hostile, clinicalFacts, new Map());
    expect(out).not.toContain('<script>');
    expect(out).toContain('Rest &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;relax&quot;');
  });
});

describe('the review document: risk figures', () => {
  it('shows which risk figures are in use, with their source, date and facts', () => {
    expect(words).toContain('Risk figures (the risks step, the transcript and the handout)');
    expect(words).toContain(
      'In use: national figures: “Coronary angioplasty and stent insertion: risks”, NHS website, 2014',
    );
    expect(words).toContain('more than 1 in 20');
    expect(words).toContain('more than 50 in 1,000 (common)');
    expect(words).toContain('fewer than 3 in 1,000 (less common)');
    expect(words).toContain('No separate figures for an emergency');
  });

  it('names a hospital’s own audit figures when a hospital puts them in', () => {
    const own = structuredClone(riskFigures);
    own.sources.push({
      id: 'trust-audit',
      kind: 'hospital-audit',
      title: 'PCI audit 2025',
      publisher: 'Example NHS Trust',
      date: '2025-03',
      retrieved: '2026-01-10',
      notes: '',
    });
    own.variants.primary.source = 'trust-audit';
    own.variants.primary.figuresFor = 'primary';
    const doc = unescape(reviewDocument(procedure, clinicalFacts, new Map(), own));
    expect(doc).toContain(
      'this hospital’s own audit figures: “PCI audit 2025”, Example NHS Trust, 2025-03',
    );
    expect(doc).toContain('Emergency procedure: figures for an emergency procedure');
    expect(doc).not.toContain('No separate figures for an emergency');
  });
});
