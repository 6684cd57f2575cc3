import type { Citation, ClinicalFact, Procedure } from './schema.ts';

/**
 * Tracing captions to their sources: the checks a clinician relies on to know that every
 * word on screen comes from the hospital's page or from a checked clinical fact.
 * Pure functions over text, shared by the unit tests, the build check and the report.
 */

/** Folds white space and typographic quotes so a quote matches however it was wrapped. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits the source page into sentences: one paragraph a line, sentences ending in . ! or ?
 * followed by a space and a capital letter. Headings and links stay whole.
 */
export function splitSentences(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map((line) => normalise(line))
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface SentenceCoverage {
  sentence: string;
  /** Stage ids whose captions cite (part of) this sentence. */
  citedBy: string[];
  /** Why it is left out, when it is. */
  omittedBecause: string | null;
}

export interface TraceReport {
  sentences: SentenceCoverage[];
  /** Cited quotes that do not appear verbatim in the source (`question`: cited by that question). */
  missingQuotes: { stage: string; quote: string; question?: string }[];
  /** Caption citations of fact ids that do not exist. */
  unknownFacts: { stage: string; fact: string; question?: string }[];
  /** Shared facts whose quote is not in the clinical facts file. */
  unquotedFacts: string[];
  /** Stage fact lists naming facts that do not exist. */
  unknownStageFacts: { stage: string; fact: string }[];
  /** Omissions that match no sentence of the source. */
  staleOmissions: string[];
  /** Sentences neither cited nor omitted. */
  uncovered: string[];
}

export function traceContent(
  procedure: Procedure,
  sourceText: string,
  facts: readonly ClinicalFact[],
  factsText: string,
): TraceReport {
  const source = normalise(sourceText);
  const factsNorm = normalise(factsText);
  const factIds = new Set(facts.map((f) => f.id));
  const sentences = splitSentences(sourceText);
  const missingQuotes: TraceReport['missingQuotes'] = [];
  const unknownFacts: TraceReport['unknownFacts'] = [];
  const unknownStageFacts: TraceReport['unknownStageFacts'] = [];
  const citedBy = new Map<string, Set<string>>(sentences.map((s) => [s, new Set<string>()]));

  // Safety messages are traced like captions, under the stage they are shown with.
  const cited: { stage: string; sources: Citation[]; question?: string }[] = [
    ...procedure.stages.flatMap((stage) =>
      stage.captions.map((c) => ({ stage: stage.id, sources: c.sources })),
    ),
    ...procedure.safety.map((m) => ({ stage: m.stage, sources: m.sources })),
    // Teach-back questions too, under the stage they come from: they are words on screen.
    ...procedure.questions.map((q) => ({ stage: q.stage, sources: q.sources, question: q.id })),
  ];
  for (const stage of procedure.stages) {
    for (const fact of stage.facts) {
      if (!factIds.has(fact)) unknownStageFacts.push({ stage: stage.id, fact });
    }
  }
  for (const { stage, sources, question } of cited) {
    // Named only for a question's citations, so caption problems read as before.
    const by = question ? { question } : {};
    for (const citation of sources) {
      if (citation.from === 'clinical-fact') {
        if (!factIds.has(citation.fact)) unknownFacts.push({ stage, fact: citation.fact, ...by });
        continue;
      }
      const quote = normalise(citation.quote);
      if (!source.includes(quote)) {
        missingQuotes.push({ stage, quote: citation.quote, ...by });
        continue;
      }
      for (const sentence of sentences) {
        if (sentence.includes(quote) || quote.includes(sentence)) citedBy.get(sentence)?.add(stage);
      }
    }
  }

  const omissionFor = new Map<string, string>();
  const staleOmissions: string[] = [];
  for (const omission of procedure.omissions) {
    const quote = normalise(omission.quote);
    const matches = sentences.filter((s) => s === quote || quote.includes(s));
    if (matches.length === 0) staleOmissions.push(omission.quote);
    for (const m of matches) omissionFor.set(m, omission.reason);
  }

  const coverage: SentenceCoverage[] = sentences.map((sentence) => ({
    sentence,
    citedBy: [...(citedBy.get(sentence) ?? [])],
    omittedBecause: omissionFor.get(sentence) ?? null,
  }));

  return {
    sentences: coverage,
    missingQuotes,
    unknownFacts,
    unknownStageFacts,
    unquotedFacts: facts
      .filter((f) => f.origin === 'shared' && !factsNorm.includes(normalise(f.quote ?? '')))
      .map((f) => f.id),
    staleOmissions,
    uncovered: coverage
      .filter((c) => c.citedBy.length === 0 && !c.omittedBecause)
      .map((c) => c.sentence),
  };
}

/** Every problem in a trace report, as plain sentences; empty when the content is sound. */
export function traceProblems(report: TraceReport): string[] {
  return [
    ...report.missingQuotes.map((m) => `${citer(m)} cites words not in the source: "${m.quote}"`),
    ...report.unknownFacts.map((m) => `${citer(m)} cites an unknown clinical fact "${m.fact}"`),
    ...report.unknownStageFacts.map(
      (m) => `Stage "${m.stage}" relies on an unknown clinical fact "${m.fact}"`,
    ),
    ...report.unquotedFacts.map(
      (id) => `Clinical fact "${id}" quotes words not in clinical-facts.md`,
    ),
    ...report.staleOmissions.map((q) => `Omission matches no sentence of the source: "${q}"`),
    ...report.uncovered.map(
      (s) => `Source sentence neither cited nor left out with a reason: "${s}"`,
    ),
  ];
}

/** Who cites a passage, for a problem report: a stage, or a teach-back question in a stage. */
function citer(m: { stage: string; question?: string }): string {
  return m.question ? `Question "${m.question}" (stage "${m.stage}")` : `Stage "${m.stage}"`;
}

export { readingSeconds } from './readingTime.ts';
