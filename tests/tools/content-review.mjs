// The clinician review document: every step with its captions, the source passages they
// come from, the clinical facts the picture relies on (with sources), a still of the step,
// the safety messages, the questions and answers and the governance record, with what applies
// to which patient's case. One HTML file and a PDF of it, for sign-off.
// Usage: npm run content:review   (builds the app first; needs Chromium, as the tests do)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer } from '../browser/server.mjs';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import { procedureFor } from '../../src/content/index.ts';
import { stagePictureTime, stageSlots } from '../../src/timeline/schedule.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (p) => readFileSync(`${root}${p}`, 'utf8');
const procedure = JSON.parse(read('src/content/procedure.json'));
const facts = new Map(JSON.parse(read('src/content/clinical-facts.json')).map((f) => [f.id, f]));
const outDir = `${root}tests/artifacts/content-review`;
mkdirSync(outDir, { recursive: true });

const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
// Every clinical fact the content cites, numbered once (F1, F2, …) in the order first used, so
// a caption can name its fact in full the first time in a step and by number after that.
const factNumber = new Map();
const numberFact = (id) => {
  if (!factNumber.has(id)) factNumber.set(id, factNumber.size + 1);
  return `F${factNumber.get(id)}`;
};
const awaiting = (f) =>
  f?.origin === 'project' ? ' (project’s own, awaiting clinical review)' : '';
const factLine = (id) => {
  const f = facts.get(id);
  return `${esc(f?.statement ?? id)}<cite>Clinical fact ${numberFact(id)} “${esc(id)}”: ${esc(f?.source ?? 'unknown')}${awaiting(f)}</cite>`;
};
/** One source of a caption; `seen` holds the facts already shown in full in this step. */
const citation = (c, seen) => {
  if (c.from === 'source-text')
    return `<blockquote>“${esc(c.quote)}”<cite>Hospital page</cite></blockquote>`;
  if (seen.has(c.fact))
    return `<blockquote class="again">Clinical fact ${numberFact(c.fact)} “${esc(c.fact)}”, as above.</blockquote>`;
  seen.add(c.fact);
  return `<blockquote>${factLine(c.fact)}</blockquote>`;
};

/** "For: the wrist; emergency" — which cases a piece of content is shown to. */
const NAMES = {
  access: { radial: 'wrist', femoral: 'groin' },
  artery: { lad: 'LAD', lcx: 'circumflex', rca: 'RCA' },
  segment: { proximal: 'proximal', mid: 'mid', distal: 'distal' },
  variant: { planned: 'planned', primary: 'emergency (primary PCI)' },
};
const forWhom = (when) => {
  if (!when) return '';
  const parts = Object.entries(when).map(([field, value]) =>
    Array.isArray(value)
      ? value.map((v) => NAMES[field]?.[v] ?? v).join(' or ')
      : `${value ? 'with' : 'without'} ${field === 'balloonPump' ? 'balloon pump' : 'pacemaker'}`,
  );
  return `<span class="for">Only for: ${esc(parts.join('; '))}</span>`;
};

console.log('Building the explainer…');
await build({ root, logLevel: 'warn' });
const server = await startPreviewServer(4700);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });

// A still of each stage, in the planned procedure and (where it differs) the emergency one.
const stills = new Map();
for (const variant of ['planned', 'primary']) {
  const slots = stageSlots(procedureFor({ ...DEFAULT_CASE, variant }));
  for (const slot of slots) {
    const { stage } = slot;
    // The picture once the stage's last caption has been read, before the camera moves on.
    const t = stagePictureTime(slots, slot.index);
    await page.goto(`${server.url}?variant=${variant}&t=${t.toFixed(2)}`);
    await page.waitForSelector('canvas[data-ready="true"]');
    // The picture only: no buttons or hints over it.
    await page.addStyleTag({
      content: '.view-controls, .stage-view__hint, .start-button { display: none !important; }',
    });
    await page.waitForTimeout(900);
    const jpeg = await page
      .locator('[data-testid=stage-view]')
      .screenshot({ type: 'jpeg', quality: 78 });
    stills.set(`${variant}:${stage.id}`, jpeg.toString('base64'));
    console.log(`Still of "${stage.id}" (${variant}) at ${t.toFixed(1)} s`);
  }
}
const stillsOf = (stage, i) =>
  ['planned', 'primary']
    .filter((v) => stills.has(`${v}:${stage.id}`))
    .map(
      (v) =>
        `<figure><img alt="Still of step ${i + 1}, ${v}" src="data:image/jpeg;base64,${stills.get(`${v}:${stage.id}`)}"><figcaption>${v === 'primary' ? 'Emergency procedure' : 'Planned procedure'}</figcaption></figure>`,
    )
    .join('');

// Number the facts in reading order, and note where each is used, before anything is written.
const usedIn = new Map();
const noteUse = (id, where) => {
  numberFact(id);
  usedIn.set(id, [...new Set([...(usedIn.get(id) ?? []), where])]);
};
const factsOf = (sources) => sources.filter((c) => c.from !== 'source-text').map((c) => c.fact);
procedure.stages.forEach((stage, i) => {
  for (const c of stage.captions) for (const id of factsOf(c.sources)) noteUse(id, `step ${i + 1}`);
  for (const id of stage.facts) noteUse(id, `step ${i + 1}`);
});
for (const m of procedure.safety)
  for (const id of factsOf(m.sources)) noteUse(id, 'safety messages');
for (const q of procedure.questions ?? [])
  for (const id of factsOf(q.sources)) noteUse(id, 'questions');
const factList = [...factNumber.keys()]
  .map((id) => {
    const f = facts.get(id);
    return `<tr><td>${numberFact(id)}</td><td>${esc(f?.statement ?? id)}<cite>“${esc(id)}”, used in ${esc(usedIn.get(id).join(', '))}</cite></td><td>${esc(f?.source ?? 'unknown')}${awaiting(f)}</td></tr>`;
  })
  .join('');

const { meta } = procedure;
const approval = meta.clinicalApproval;
const approved = approval.name && approval.role && approval.date;
const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Content review: ${esc(meta.title)} ${esc(meta.version)}</title>
<style>
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
</style></head><body>
<h1>${esc(meta.title)}: content for clinical review</h1>
<p>Version ${esc(meta.version)} · last reviewed ${esc(meta.lastReviewed)} · next review ${esc(meta.nextReview)} ·
written by ${meta.authors.map((a) => `${esc(a.name)}, ${esc(a.role)}`).join('; ')}</p>
<p>Source: “${esc(meta.source.title)}”, ${esc(meta.source.publisher)}, retrieved ${esc(meta.source.retrieved)}.</p>
${approved ? `<p>Approved by ${esc(approval.name)}, ${esc(approval.role)}, on ${esc(approval.date)}.</p>` : '<p class="draft"><strong>Draft:</strong> not yet clinically approved.</p>'}
<p>Each step below shows the picture, every caption as the patient sees it, the exact passage or checked fact each caption comes from, and the clinical facts the picture relies on. Some words are shown only for some patients' cases (wrist or groin, which artery, planned or emergency): these are marked “Only for”. Please check them against current practice and your hospital's consent information.</p>
<h2>The clinical facts the pictures and captions rely on</h2>
<p>Sizes, pressures and order that the hospital's page does not give, each checked against the source named. Each is printed in full where a step first uses it, and by its number after that.</p>
<table class="facts"><tr><th>No.</th><th>Fact</th><th>Source</th></tr>${factList}</table>
${procedure.stages
  .map(
    (
      stage,
      i,
      all,
      seen = new Set(),
    ) => `<section><h2>Step ${i + 1}: ${esc(stage.title)} <small>(${stage.duration} s, id “${esc(stage.id)}”)</small>${forWhom(stage.when)}</h2>
<div class="stills">${stillsOf(stage, i)}</div>
<p><em>What the picture shows:</em> ${esc(stage.description)}</p>
${(stage.alternatives ?? []).map((a) => `<p>${forWhom(a.when)} ${a.title ? `<em>Title:</em> ${esc(a.title)}. ` : ''}${a.description ? `<em>What the picture shows:</em> ${esc(a.description)}` : ''}</p>`).join('')}
${stage.captions.map((c) => `<p class="caption">${esc(c.text)}${forWhom(c.when)}</p>${c.sources.map((x) => citation(x, seen)).join('')}`).join('')}
${
  stage.facts.length
    ? `<p><em>The picture relies on:</em></p><ul>${stage.facts
        .map(
          (id) =>
            `<li>${seen.has(id) ? `Clinical fact ${numberFact(id)} “${esc(id)}”, as above.` : factLine(id)}</li>`,
        )
        .join('')}</ul>`
    : ''
}
</section>`,
  )
  .join('')}
<section><h2>Safety messages (shown as cards at the last step and in the transcript)</h2>
${procedure.safety.map((m) => `<p class="caption">${esc(m.heading)} ${esc(m.text)}${forWhom(m.when)}</p>${m.sources.map((x) => citation(x, new Set())).join('')}`).join('')}</section>
<section><h2>Questions and answers (check what you have understood)</h2>
<p>Offered at the end. A wrong answer explains kindly and offers to replay the step it comes from. Nothing is stored or sent.</p>
${(procedure.questions ?? [])
  .map(
    (q) =>
      `<p class="caption">${esc(q.question)}${forWhom(q.when)} <small>(replays “${esc(q.stage)}”)</small></p><ul>${q.options
        .map(
          (o) =>
            `<li>${o.correct ? '<span class="right">Right answer:</span> ' : ''}${esc(o.text)}<br><small>${esc(o.explanation)}</small></li>`,
        )
        .join('')}</ul>${q.sources.map((x) => citation(x, new Set())).join('')}`,
  )
  .join('')}</section>
<section><h2>Parts of the hospital's page left out, and why</h2><table><tr><th>Passage</th><th>Reason</th></tr>
${procedure.omissions.map((o) => `<tr><td>${esc(o.quote)}</td><td>${esc(o.reason)}</td></tr>`).join('')}</table></section>
<div class="sign"><strong>Clinical sign-off</strong><p>Name: ______________________ Role: ______________________</p><p>Signature: __________________ Date: ______________________</p></div>
</body></html>`;

writeFileSync(`${outDir}/content-review.html`, html);
await page.goto(`file://${outDir}/content-review.html`);
await page.pdf({
  path: `${outDir}/content-review.pdf`,
  format: 'A4',
  margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
});
await browser.close();
await server.close();
console.log(`Written ${outDir}/content-review.html and content-review.pdf`);
