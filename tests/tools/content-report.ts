// Prints how the explainer's captions cover the hospital's source page, for a clinical reviewer:
// every source sentence (cited by which stages, or left out and why), every caption with its
// citations, then any problems. Exits non-zero when the content has problems.
// Usage: npm run content:report
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClinicalFactsSchema, ProcedureSchema } from '../../src/content/schema.ts';
import { traceContent, traceProblems, wordingCounts } from '../../src/content/trace.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string): string => readFileSync(here(p), 'utf8');

/** `lead` then `text`, wrapped to `width` columns, lines after the first indented by `indent`. */
function wrap(lead: string, text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

// Stop quietly when the output is piped into something that closes early, like `head`.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

function heading(title: string): void {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

const procedureResult = ProcedureSchema.safeParse(
  JSON.parse(read('../../src/content/procedure.json')),
);
const factsResult = ClinicalFactsSchema.safeParse(
  JSON.parse(read('../../src/content/clinical-facts.json')),
);
if (!procedureResult.success || !factsResult.success) {
  console.error('The content files do not match their schema:');
  for (const [file, result] of [
    ['procedure.json', procedureResult],
    ['clinical-facts.json', factsResult],
  ] as const) {
    for (const issue of result.error?.issues ?? []) {
      console.error(`- ${file} ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  process.exit(2);
}
const procedure = procedureResult.data;
const facts = factsResult.data;
const report = traceContent(
  procedure,
  read('../../src/content/sources/coronary-angioplasty.txt'),
  facts,
  read('../../src/content/sources/clinical-facts.md'),
);
const problems = traceProblems(report);
const factById = new Map(facts.map((f) => [f.id, f]));

const { meta } = procedure;
console.log(`${meta.title} (content ${meta.version}, ${meta.language}): source coverage report`);
console.log(wrap('Source: ', `"${meta.source.title}", ${meta.source.publisher}.`, '  '));
console.log(`Retrieved ${meta.source.retrieved}; file src/content/${meta.source.file}.`);

const cited = report.sentences.filter((s) => s.citedBy.length > 0);
const omitted = report.sentences.filter((s) => s.citedBy.length === 0 && s.omittedBecause);
heading(
  `Source sentences: ${report.sentences.length} (${cited.length} cited, ` +
    `${omitted.length} left out, ${report.uncovered.length} unaccounted for)`,
);
report.sentences.forEach((s, i) => {
  const n = String(i + 1).padStart(3);
  console.log(`\n${wrap(`${n}. `, `"${s.sentence}"`, '     ')}`);
  if (s.citedBy.length > 0) console.log(`     CITED by ${s.citedBy.join(', ')}`);
  if (s.omittedBecause) {
    const label = s.citedBy.length > 0 ? 'ALSO LISTED AS LEFT OUT' : 'LEFT OUT';
    console.log(wrap(`     ${label}: `, s.omittedBecause, '       '));
  }
  if (s.citedBy.length === 0 && !s.omittedBecause) {
    console.log('     NOT COVERED: neither cited nor left out with a reason');
  }
});

const captionCount = procedure.stages.reduce((sum, s) => sum + s.captions.length, 0);
heading(`Captions: ${captionCount} in ${procedure.stages.length} stages`);
let start = 0;
for (const stage of procedure.stages) {
  console.log(`\n[${stage.id}] ${stage.title} (from ${start} s, ${stage.duration} s long)`);
  for (const caption of stage.captions) {
    const at = `${caption.at.toFixed(1).padStart(5)} s`;
    console.log(wrap(`  ${at}  [${caption.kind}] `, caption.text, '           '));
    for (const c of caption.sources) {
      if (c.from === 'source-text') {
        console.log(wrap('           source: ', `"${c.quote}"`, '                   '));
      } else {
        const fact = factById.get(c.fact);
        const what = fact ? `${fact.statement} (${fact.origin}; ${fact.source})` : 'UNKNOWN FACT';
        console.log(wrap(`           fact ${c.fact}: `, what, '             '));
      }
    }
  }
  if (stage.facts.length > 0) console.log(`  picture relies on: ${stage.facts.join(', ')}`);
  start += stage.duration;
}

const captionWording = report.wording.filter((w) => !w.where.startsWith('safety.'));
const safetyWording = report.wording.filter((w) => w.where.startsWith('safety.'));
const counts = wordingCounts(captionWording);
heading(
  `Whose words: ${counts['source-verbatim']} source verbatim, ${counts['source-edited']} source edited, ${counts.added} added (of ${captionWording.length} captions)`,
);
const safetyCounts = wordingCounts(safetyWording);
console.log(
  `Safety and advice messages: ${safetyCounts['source-verbatim']} source verbatim, ${safetyCounts['source-edited']} source edited, ${safetyCounts.added} added.`,
);
for (const w of report.wording.filter((x) => x.kind === 'source-edited')) {
  console.log(
    wrap(
      `  edited ${w.where} (${Math.round((w.share ?? 0) * 100)}% of its words in its quotes): `,
      w.text,
      '      ',
    ),
  );
}
console.log("\nAdded wording (not the source's words), with the facts it rests on:");
for (const w of report.wording.filter((x) => x.kind === 'added')) {
  const facts = w.sources.flatMap((c) => (c.from === 'clinical-fact' ? [c.fact] : []));
  const flags = w.onlyProjectFacts ? ' [RESTS ONLY ON A PROJECT FACT AWAITING REVIEW]' : '';
  console.log(
    wrap(`  [added] ${w.where}: `, `"${w.text}" (facts: ${facts.join(', ')})${flags}`, '      '),
  );
}

heading(`Problems: ${problems.length}`);
if (problems.length === 0)
  console.log('None: every sentence is accounted for and every citation checks out.');
for (const p of problems) console.log(wrap('- ', p, '  '));

process.exitCode = problems.length > 0 ? 1 : 0;
