import type { Procedure } from '../content/schema.ts';

/**
 * The raw procedure with its words replaced by a pack's (keys as in contentKeys.ts). Applied
 * before a case is resolved, so the keys still number captions as procedure.json does. A key
 * the pack lacks keeps the English (the build refuses such packs; this is the last guard).
 * A pure function: timing, scene values and sources are untouched.
 */
export function localiseProcedure(
  procedure: Procedure,
  content: Readonly<Record<string, string>>,
): Procedure {
  const word = (key: string, english: string): string =>
    Object.hasOwn(content, key) ? (content[key] ?? english) : english;
  return {
    ...procedure,
    meta: {
      ...procedure.meta,
      title: word('meta.title', procedure.meta.title),
      source: {
        ...procedure.meta.source,
        publisher: word('meta.source.publisher', procedure.meta.source.publisher),
      },
    },
    stages: procedure.stages.map((stage) => ({
      ...stage,
      title: word(`${stage.id}.title`, stage.title),
      description: word(`${stage.id}.description`, stage.description),
      alternatives: stage.alternatives?.map((alt, i) => ({
        ...alt,
        ...(alt.title !== undefined && {
          title: word(`${stage.id}.alternative.${i}.title`, alt.title),
        }),
        ...(alt.description !== undefined && {
          description: word(`${stage.id}.alternative.${i}.description`, alt.description),
        }),
      })),
      captions: stage.captions.map((caption, i) => ({
        ...caption,
        text: word(`${stage.id}.caption.${i}`, caption.text),
      })),
    })),
    safety: procedure.safety.map((m) => ({
      ...m,
      heading: word(`safety.${m.id}.heading`, m.heading),
      text: word(`safety.${m.id}.text`, m.text),
    })),
    questions: procedure.questions.map((q) => ({
      ...q,
      question: word(`question.${q.id}.question`, q.question),
      options: q.options.map((o, i) => ({
        ...o,
        text: word(`question.${q.id}.option.${i}.text`, o.text),
        explanation: word(`question.${q.id}.option.${i}.explanation`, o.explanation),
      })),
    })),
  };
}
