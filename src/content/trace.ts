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
  /** Every caption and safety message, checked against what it declares itself to be. */
  wording: WordingEntry[];
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
    wording: checkWording(procedure, facts),
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
    ...report.wording.flatMap((w) => w.problems.map((p) => `${w.where} ("${w.text}") ${p}`)),
  ];
}

/** Who cites a passage, for a problem report: a stage, or a teach-back question in a stage. */
function citer(m: { stage: string; question?: string }): string {
  return m.question ? `Question "${m.question}" (stage "${m.stage}")` : `Stage "${m.stage}"`;
}

export { readingSeconds } from './readingTime.ts';

/**
 * Words that carry no claim of their own: left out when a caption's words are compared with
 * its quotes, so "The balloon is let down" is judged on "balloon" and "let down".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but so if then than that this these those it its it's is are was were be " +
    'been being am do does did to of in on at by for from with into onto out up as about ' +
    "over under again there here your you yours you're we our they them their he she his her " +
    'i me my which who whom what when where while how all any each every no not also just ' +
    'very will would should shall has have had get gets got one'
  ).split(' '),
);

/**
 * Words that soften a claim. When a caption's quote has one, the caption must keep it (or a
 * word of the same family): "usually no harm is done" must not become "no harm is done".
 */
export const HEDGE_FAMILIES: readonly (readonly string[])[] = [
  ['usually', 'typically'],
  ['most', 'majority'],
  ['may', 'might', 'can', 'could'],
  ['sometimes', 'some'],
  ['help', 'helps'],
  ['often'],
];

/** The least share of a source-edited caption's content words its quotes must have. */
export const MIN_SOURCE_SHARE = 0.6;

/** Lower case letters and digits only, single spaces: for comparing words, not punctuation. */
export function plainWords(text: string): string {
  return normalise(text)
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/'/g, '')
    .trim();
}

/** A word's rough stem, so "arteries" meets "artery" and "narrowed" meets "narrowing". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (word.length > ending.length + 3 && word.endsWith(ending))
      return word.slice(0, -ending.length);
  }
  return word;
}

/** The stems of a text's content words (stop-words dropped), in order. */
export function contentWords(text: string): string[] {
  return plainWords(text)
    .split(' ')
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .map(stem);
}

/** How close a caption is to its quotes: the share of its content words they contain. */
export function sourceShare(
  text: string,
  quotes: readonly string[],
  swaps: readonly { plain: string; source: string }[] = [],
): { share: number; missing: string[] } {
  const quoted = plainWords(quotes.join(' '));
  let caption = ` ${plainWords(text)} `;
  let swapped = 0;
  // A reviewed plain-English word counts as the source's when the quote has the word it replaces.
  for (const { plain, source } of swaps) {
    const p = ` ${plainWords(plain)} `;
    if (caption.includes(p) && ` ${quoted} `.includes(` ${plainWords(source)} `)) {
      swapped += contentWords(plain).length * (caption.split(p).length - 1);
      caption = caption.split(p).join(' ');
    }
  }
  const have = new Set(contentWords(quoted));
  const words = contentWords(caption);
  const missing = words.filter((w) => !have.has(w));
  const total = words.length + swapped;
  return { share: total === 0 ? 1 : (total - missing.length) / total, missing };
}

/** Hedge words of a quote that a caption drops (one word per family, as the quote has it). */
export function droppedHedges(text: string, quotes: readonly string[]): string[] {
  const caption = new Set(plainWords(text).split(' '));
  const dropped: string[] = [];
  for (const quote of quotes) {
    const words = new Set(plainWords(quote).split(' '));
    for (const family of HEDGE_FAMILIES) {
      const inQuote = family.find((w) => words.has(w));
      if (inQuote && !family.some((w) => caption.has(w))) dropped.push(inQuote);
    }
  }
  return [...new Set(dropped)];
}

/** One piece of wording on screen, with what it claims to be. */
export interface WordingEntry {
  /** Where it is: "<stageId>.caption.<id>" or "safety.<id>". */
  where: string;
  text: string;
  kind: 'source-verbatim' | 'source-edited' | 'added';
  sources: readonly Citation[];
  /** For source-edited: the share of its content words found in its quotes. */
  share: number | null;
  /** Cited facts that are the project's own, awaiting clinical review. */
  projectFacts: string[];
  /** For added wording: true when no checked (shared) fact or source passage backs it. */
  onlyProjectFacts: boolean;
  /** What is wrong with it: empty when it is what it says it is. */
  problems: string[];
}

/**
 * Checks that each caption and safety message is what it declares: the source's words
 * verbatim (its words, in order, are in a quote it cites), edited (most of its content words
 * are in its quotes, by the reviewed plain-English swaps, and every hedge survives) or added
 * (resting on named clinical facts).
 */
export function checkWording(procedure: Procedure, facts: readonly ClinicalFact[]): WordingEntry[] {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const pieces = [
    ...procedure.stages.flatMap((stage) =>
      stage.captions.map((c) => ({
        where: `${stage.id}.caption.${c.id}`,
        text: c.text,
        kind: c.kind,
        sources: c.sources,
      })),
    ),
    ...procedure.safety.map((m) => ({
      where: `safety.${m.id}`,
      text: `${m.heading} ${m.text}`,
      kind: m.wording,
      sources: m.sources,
    })),
  ];
  return pieces.map(({ where, text, kind, sources }) => {
    const quotes = sources.flatMap((s) => (s.from === 'source-text' ? [s.quote] : []));
    const cited = sources.flatMap((s) => (s.from === 'clinical-fact' ? [s.fact] : []));
    const projectFacts = cited.filter((id) => factById.get(id)?.origin === 'project');
    const sharedFacts = cited.filter((id) => factById.get(id)?.origin === 'shared');
    const problems: string[] = [];
    let share: number | null = null;
    if (kind === 'source-verbatim') {
      const words = plainWords(text);
      if (!quotes.some((q) => plainWords(q).includes(words)))
        problems.push(
          'is marked source-verbatim but its words are not, in order, in a quote it cites',
        );
    } else if (kind === 'source-edited') {
      if (quotes.length === 0) problems.push('is marked source-edited but cites no source passage');
      else {
        const result = sourceShare(text, quotes, procedure.plainSwaps);
        share = result.share;
        if (result.share < MIN_SOURCE_SHARE)
          problems.push(
            `is marked source-edited but only ${Math.round(result.share * 100)}% of its words are in its quotes (needs ${MIN_SOURCE_SHARE * 100}%; not found: ${result.missing.join(', ')})`,
          );
      }
    } else if (cited.length === 0) {
      problems.push('is marked added but rests on no clinical fact');
    }
    if (kind !== 'added') {
      const dropped = droppedHedges(text, quotes);
      if (dropped.length > 0) problems.push(`drops the source's hedge "${dropped.join('", "')}"`);
    }
    return {
      where,
      text,
      kind,
      sources,
      share,
      projectFacts,
      onlyProjectFacts: kind === 'added' && sharedFacts.length === 0 && quotes.length === 0,
      problems,
    };
  });
}

/** Counts of wording by kind, for the report. */
export function wordingCounts(
  entries: readonly WordingEntry[],
): Record<WordingEntry['kind'], number> {
  const counts = { 'source-verbatim': 0, 'source-edited': 0, added: 0 };
  for (const e of entries) counts[e.kind]++;
  return counts;
}
