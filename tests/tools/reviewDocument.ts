// The clinician review document as one HTML string: every step with its stills, captions, the
// source passages and clinical facts they come from, the safety messages, the questions and
// answers, the omitted passages and the sign-off box. Pure, so a unit test can check that
// nothing a clinician signs off is missing; content-review.ts adds the stills and the PDF.
import type {
  CaseWhen,
  Citation,
  ClinicalFact,
  Procedure,
  Stage,
  WordingKind,
} from '../../src/content/schema.ts';
import {
  naturalFrequency,
  riskFigures as shippedRiskFigures,
  type RiskFigures,
} from '../../src/content/riskFigures.ts';

/** JPEG stills as base64, keyed `${variant}:${stageId}` (variant "planned" or "primary"). */
export type ReviewStills = ReadonlyMap<string, string>;

const esc = (s: unknown): string =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Plain names for the case fields a `when` uses, as a clinician would say them. */
const NAMES: Record<string, Record<string, string>> = {
  access: { radial: 'wrist', femoral: 'groin' },
  artery: { lad: 'LAD', lcx: 'circumflex', rca: 'RCA' },
  segment: { proximal: 'proximal', mid: 'mid', distal: 'distal' },
  variant: { planned: 'planned', primary: 'emergency (primary PCI)' },
};

/** "Only for: wrist; emergency (primary PCI)": which cases a piece of content is shown to. */
export function forWhom(when: CaseWhen | undefined): string {
  if (!when) return '';
  const parts = Object.entries(when).map(([field, value]) =>
    Array.isArray(value)
      ? value.map((v: string) => NAMES[field]?.[v] ?? v).join(' or ')
      : `${value ? 'with' : 'without'} ${field === 'balloonPump' ? 'balloon pump' : 'pacemaker'}`,
  );
  return `<span class="for">Only for: ${esc(parts.join('; '))}</span>`;
}

const factIdsOf = (sources: readonly Citation[]): string[] =>
  sources.flatMap((c) => (c.from === 'source-text' ? [] : [c.fact]));

const STYLE = `
body{font:15px/1.45 Arial,Helvetica,sans-serif;color:#212b32;max-width:900px;margin:24px auto;padding:0 16px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 8px;border-top:3px solid #005eb8;padding-top:10px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #aeb7bd;padding:6px;vertical-align:top;text-align:left}
img{width:100%;border:1px solid #d8dde0}blockquote{margin:4px 0 8px 0;padding:4px 10px;border-left:4px solid #d8dde0}
cite{display:block;font-size:12px;color:#4c6272;font-style:normal}.caption{font-weight:700;font-size:16px;margin-top:10px}
.sign{margin-top:32px;border:2px solid #212b32;padding:12px;break-inside:avoid}.sign p{margin:18px 0}section{break-inside:avoid-page}
.draft{background:#fff9c4;padding:8px;border-left:6px solid #ffeb3b}
.for{display:inline-block;font-size:12px;font-weight:400;background:#e8edee;padding:1px 6px;margin-left:6px}
figure{margin:0}.stills{display:grid;grid-template-columns:1fr 1fr;gap:8px}figcaption{font-size:12px;color:#4c6272}
.right{color:#007f3b;font-weight:700}.again{color:#4c6272;font-size:13px}
.facts td:first-child{white-space:nowrap;font-weight:700}.facts td{font-size:13px}.facts tr{break-inside:avoid}
.kind{display:inline-block;font-size:12px;font-weight:700;padding:1px 6px;margin-right:6px;border:1px solid #212b32}
.kind--added{background:#ffeb3b}.added{background:#fff9c4;text-decoration:underline dotted}`;

/** How a caption is labelled: whose words they are, the added ones marked so they stand out. */
const KIND_LABEL: Record<WordingKind, string> = {
  'source-verbatim': 'source, verbatim',
  'source-edited': 'source, edited',
  added: 'added',
};
export function wordsOf(kind: WordingKind, text: string): string {
  const body = kind === 'added' ? `<span class="added">${esc(text)}</span>` : esc(text);
  return `<span class="kind kind--${kind}">[${KIND_LABEL[kind]}]</span>${body}`;
}

/** "N source verbatim, N source edited, N added": the captions counted by whose words they are. */
function wordingSummary(procedure: Procedure): string {
  const counts: Record<WordingKind, number> = {
    'source-verbatim': 0,
    'source-edited': 0,
    added: 0,
  };
  for (const s of procedure.stages) for (const c of s.captions) counts[c.kind]++;
  return `Captions: ${counts['source-verbatim']} source verbatim, ${counts['source-edited']} source edited, ${counts.added} added.`;
}

/**
 * The risk figures in use (src/content/risks.json), per variant: each figure as the source
 * gives it and as patients are told it, the fact it rests on, and where the figures come from
 * (national figures or the hospital's own audit) with their date.
 */
export function riskFiguresSection(
  figures: RiskFigures,
  facts: ReadonlyMap<string, ClinicalFact>,
): string {
  const total = figures.denominator.toLocaleString('en-GB');
  const said = { 'more-than': 'more than', 'fewer-than': 'fewer than', about: 'about' } as const;
  const variants = (['planned', 'primary'] as const).map((variant) => {
    const v = figures.variants[variant];
    const source = figures.sources.find((x) => x.id === v.source);
    const label = variant === 'primary' ? 'Emergency procedure' : 'Planned procedure';
    const higher =
      variant === 'primary' && v.figuresFor === 'planned'
        ? '<p class="draft">No separate figures for an emergency: these patients are shown the planned figures, labelled as such, with the sentence that in an emergency the risk is higher and their team will tell them theirs.</p>'
        : '';
    const rows = v.rows
      .map((r) => {
        const n = naturalFrequency(r, figures.denominator);
        const fact = facts.get(r.fact);
        return `<tr><td>${esc(r.label)}</td><td>${said[r.comparator]} ${r.frequency.count} in ${r.frequency.outOf}</td><td>${said[n.comparator]} ${n.count} in ${total} (${esc(r.category.replace('-', ' '))})</td><td>${esc(fact?.statement ?? 'MISSING FACT')}<cite>“${esc(r.fact)}”: ${esc(fact?.source ?? 'unknown')}</cite></td></tr>`;
      })
      .join('');
    return `<h3>${label}: figures for ${v.figuresFor === 'primary' ? 'an emergency' : 'a planned'} procedure</h3>
<p><strong>In use:</strong> ${source?.kind === 'hospital-audit' ? 'this hospital’s own audit figures' : 'national figures'}: “${esc(source?.title ?? v.source)}”, ${esc(source?.publisher ?? '')}, ${esc(source?.date ?? '')} (retrieved ${esc(source?.retrieved ?? '')}). ${esc(source?.notes ?? '')}</p>
${higher}<table><tr><th>Risk</th><th>As the source gives it</th><th>As patients are told it</th><th>Clinical fact</th></tr>${rows}</table>
<p><em>Benefits, in the hospital page’s words:</em></p>${v.benefits.map((b) => `<p class="caption">${esc(b.text)}</p><blockquote>“${esc(b.quote)}”<cite>Hospital page</cite></blockquote>`).join('')}`;
  });
  return `<section><h2>Risk figures (the risks step, the transcript and the handout)</h2>
<p>Told out of ${total} people throughout, with a pictograph of ${total} people. A hospital can replace these with its own audit figures per procedure (src/content/risks.json); this section shows which are in use.</p>
${variants.join('')}</section>`;
}

export function reviewDocument(
  procedure: Procedure,
  clinicalFacts: readonly ClinicalFact[],
  stills: ReviewStills,
  riskFigures: RiskFigures = shippedRiskFigures,
): string {
  const facts = new Map(clinicalFacts.map((f) => [f.id, f]));

  // Every fact the content cites, numbered once (F1, F2, …) in reading order with where it is
  // used, so a step prints a fact in full the first time and names it by number after that.
  const usedIn = new Map<string, string[]>();
  const noteUse = (id: string, where: string): void => {
    const places = usedIn.get(id) ?? [];
    if (!places.includes(where)) places.push(where);
    usedIn.set(id, places);
  };
  procedure.stages.forEach((stage, i) => {
    for (const c of stage.captions)
      for (const id of factIdsOf(c.sources)) noteUse(id, `step ${i + 1}`);
    for (const id of stage.facts) noteUse(id, `step ${i + 1}`);
  });
  for (const m of procedure.safety)
    for (const id of factIdsOf(m.sources)) noteUse(id, 'safety messages');
  for (const q of procedure.questions)
    for (const id of factIdsOf(q.sources)) noteUse(id, 'questions');
  const numbers = new Map([...usedIn.keys()].map((id, i) => [id, `F${i + 1}`]));

  const awaiting = (f: ClinicalFact | undefined): string =>
    f?.origin === 'project' ? ' (project’s own, awaiting clinical review)' : '';
  const factLine = (id: string): string => {
    const f = facts.get(id);
    return `${esc(f?.statement ?? id)}<cite>Clinical fact ${numbers.get(id)} “${esc(id)}”: ${esc(f?.source ?? 'unknown')}${awaiting(f)}</cite>`;
  };
  const again = (id: string): string => `Clinical fact ${numbers.get(id)} “${esc(id)}”, as above.`;
  /** One source; `seen` holds the facts already printed in full in this part. */
  const citation = (c: Citation, seen: Set<string>): string => {
    if (c.from === 'source-text')
      return `<blockquote>“${esc(c.quote)}”<cite>Hospital page</cite></blockquote>`;
    if (seen.has(c.fact)) return `<blockquote class="again">${again(c.fact)}</blockquote>`;
    seen.add(c.fact);
    return `<blockquote>${factLine(c.fact)}</blockquote>`;
  };
  const sourcesOf = (sources: readonly Citation[], seen = new Set<string>()): string =>
    sources.map((c) => citation(c, seen)).join('');

  const factTable = [...usedIn]
    .map(([id, places]) => {
      const f = facts.get(id);
      return `<tr><td>${numbers.get(id)}</td><td>${esc(f?.statement ?? id)}<cite>“${esc(id)}”, used in ${esc(places.join(', '))}</cite></td><td>${esc(f?.source ?? 'unknown')}${awaiting(f)}</td></tr>`;
    })
    .join('');

  const stillsOf = (stage: Stage, i: number): string =>
    (['planned', 'primary'] as const)
      .flatMap((v) => {
        const jpeg = stills.get(`${v}:${stage.id}`);
        const label = v === 'primary' ? 'Emergency procedure' : 'Planned procedure';
        return jpeg
          ? [
              `<figure><img alt="Still of step ${i + 1}, ${label.toLowerCase()}" src="data:image/jpeg;base64,${jpeg}"><figcaption>${label}</figcaption></figure>`,
            ]
          : [];
      })
      .join('');

  const stageSection = (stage: Stage, i: number): string => {
    const seen = new Set<string>();
    const alternatives = (stage.alternatives ?? [])
      .map(
        (a) =>
          `<p>${forWhom(a.when)} ${a.title ? `<em>Title:</em> ${esc(a.title)}. ` : ''}${a.description ? `<em>What the picture shows:</em> ${esc(a.description)}` : ''}</p>`,
      )
      .join('');
    const captions = stage.captions
      .map(
        (c) =>
          `<p class="caption">${wordsOf(c.kind, c.text)}${forWhom(c.when)} <small>(id “${esc(c.id)}”)</small></p>${sourcesOf(c.sources, seen)}`,
      )
      .join('');
    const pictureFacts = stage.facts.length
      ? `<p><em>The picture relies on:</em></p><ul>${stage.facts
          .map((id) => `<li>${seen.has(id) ? again(id) : factLine(id)}</li>`)
          .join('')}</ul>`
      : '';
    return `<section><h2>Step ${i + 1}: ${esc(stage.title)} <small>(${stage.duration} s, id “${esc(stage.id)}”)</small>${forWhom(stage.when)}</h2>
<div class="stills">${stillsOf(stage, i)}</div>
<p><em>What the picture shows:</em> ${esc(stage.description)}</p>
${alternatives}${captions}${pictureFacts}</section>`;
  };

  const { meta } = procedure;
  const approval = meta.clinicalApproval;
  const approved = approval.name && approval.role && approval.date;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Content review: ${esc(meta.title)} ${esc(meta.version)}</title>
<style>${STYLE}</style></head><body>
<h1>${esc(meta.title)}: content for clinical review</h1>
<p>Version ${esc(meta.version)} · last reviewed ${esc(meta.lastReviewed)} · next review ${esc(meta.nextReview)} ·
written by ${meta.authors.map((a) => `${esc(a.name)}, ${esc(a.role)}`).join('; ')}</p>
<p>Source: “${esc(meta.source.title)}”, ${esc(meta.source.publisher)}, retrieved ${esc(meta.source.retrieved)}.</p>
${approved ? `<p>Approved by ${esc(approval.name)}, ${esc(approval.role)}, on ${esc(approval.date)}.</p>` : '<p class="draft"><strong>Draft:</strong> not yet clinically approved.</p>'}
<p>Each step below shows the picture, every caption as the patient sees it, the exact passage or checked fact each caption comes from, and the clinical facts the picture relies on. Some words are shown only for some patients' cases (wrist or groin, which artery, planned or emergency): these are marked “Only for”. Please check them against current practice and your hospital's consent information.</p>
<h2>Whose words</h2>
<p>Every caption is labelled: <span class="kind kind--source-verbatim">[source, verbatim]</span> the hospital page's own words; <span class="kind kind--source-edited">[source, edited]</span> its words with tense, person or length changed (the build checks that most of the words are the page's and that words like “usually” and “may” are kept); <span class="kind kind--added">[added]</span> <span class="added">words the page does not have</span>, explaining the picture or adding a checked fact. ${wordingSummary(procedure)}</p>
<table><tr><th>Step</th><th>Caption id</th><th>Whose words</th></tr>${procedure.stages
    .flatMap((st) =>
      st.captions.map(
        (c) => `<tr><td>${esc(st.id)}</td><td>${esc(c.id)}</td><td>${KIND_LABEL[c.kind]}</td></tr>`,
      ),
    )
    .join('')}</table>
<h2>Where the source and the facts differ, and other notes for the reviewer</h2>
<table><tr><th>Topic</th><th>Note</th></tr>${procedure.reviewNotes.map((n) => `<tr><td>${esc(n.topic)}</td><td>${esc(n.note)}</td></tr>`).join('')}</table>
<h2>Words kept to one kind of patient</h2>
<p>No patient is shown a phrase that belongs to another kind of case (checked for every case). Planned only: ${esc(procedure.phrases['planned-only'].join('; '))}. Emergency only: ${esc(procedure.phrases['primary-only'].join('; '))}. Wrist only: ${esc(procedure.phrases['radial-only'].join('; '))}. Groin only: ${esc(procedure.phrases['femoral-only'].join('; '))}.</p>
<p>Plain words counted as the source's: ${procedure.plainSwaps.map((x) => `“${esc(x.plain)}” for “${esc(x.source)}”`).join(', ')}.</p>
<h2>The clinical facts the pictures and captions rely on</h2>
<p>Sizes, pressures and order that the hospital's page does not give, each checked against the source named. Each is printed in full where a step first uses it, and by its number after that.</p>
<table class="facts"><tr><th>No.</th><th>Fact</th><th>Source</th></tr>${factTable}</table>
${procedure.stages.map(stageSection).join('')}
<section><h2>Safety messages (shown as cards at the last step and in the transcript)</h2>
${procedure.safety.map((m) => `<p class="caption">${wordsOf(m.wording, `${m.heading} ${m.text}`)}${forWhom(m.when)} <small>(${esc(m.kind)}, shown at “${esc(m.stage)}”)</small></p>${sourcesOf(m.sources)}`).join('')}</section>
${riskFiguresSection(riskFigures, facts)}
<section><h2>Questions and answers (check what you have understood)</h2>
<p>Offered at the end. A wrong answer explains kindly and offers to replay the step it comes from. Nothing is stored or sent.</p>
${procedure.questions
  .map(
    (q) =>
      `<p class="caption">${esc(q.question)}${forWhom(q.when)} <small>(replays “${esc(q.stage)}”)</small></p><ul>${q.options
        .map(
          (o) =>
            `<li>${o.correct ? '<span class="right">Right answer:</span> ' : ''}${esc(o.text)}<br><small>${esc(o.explanation)}</small></li>`,
        )
        .join('')}</ul>${sourcesOf(q.sources)}`,
  )
  .join('')}</section>
<section><h2>Parts of the hospital's page left out, and why</h2><table><tr><th>Passage</th><th>Reason</th></tr>
${procedure.omissions.map((o) => `<tr><td>${esc(o.quote)}</td><td>${esc(o.reason)}</td></tr>`).join('')}</table></section>
<div class="sign"><strong>Clinical sign-off</strong><p>Name: ______________________ Role: ______________________</p><p>Signature: __________________ Date: ______________________</p></div>
</body></html>`;
}
