import type { Procedure } from './schema.ts';
import type { RiskFigures } from './riskFiguresSchema.ts';
import { riskStrings } from './riskKeys.ts';

/**
 * The one place the content's text keys are made. Every piece of the procedure's text a
 * patient can see has a stable key made of content ids, never positions: inserting or
 * moving a caption leaves every other key, and so every translation, where it was.
 *   meta.title, meta.source.publisher
 *   <stageId>.title, <stageId>.description, <stageId>.caption.<captionId>,
 *   <stageId>.alternative.<alternativeId>.title / .description (where the alternative has them)
 *   safety.<id>.heading, safety.<id>.text
 *   question.<id>.question, question.<id>.option.<optionId>.text / .explanation
 *
 * A copy of the procedure with each of those texts replaced by `text(key, current)`, in the
 * order above; everything else (timing, scene values, sources, conditions) is untouched.
 */
export function mapContentText(
  procedure: Procedure,
  text: (key: string, current: string) => string,
): Procedure {
  return {
    ...procedure,
    meta: {
      ...procedure.meta,
      title: text('meta.title', procedure.meta.title),
      source: {
        ...procedure.meta.source,
        publisher: text('meta.source.publisher', procedure.meta.source.publisher),
      },
    },
    stages: procedure.stages.map((stage) => ({
      ...stage,
      title: text(`${stage.id}.title`, stage.title),
      description: text(`${stage.id}.description`, stage.description),
      alternatives: stage.alternatives?.map((alt) => ({
        ...alt,
        ...(alt.title !== undefined && {
          title: text(`${stage.id}.alternative.${alt.id}.title`, alt.title),
        }),
        ...(alt.description !== undefined && {
          description: text(`${stage.id}.alternative.${alt.id}.description`, alt.description),
        }),
      })),
      captions: stage.captions.map((caption) => ({
        ...caption,
        text: text(`${stage.id}.caption.${caption.id}`, caption.text),
      })),
    })),
    safety: procedure.safety.map((m) => ({
      ...m,
      heading: text(`safety.${m.id}.heading`, m.heading),
      text: text(`safety.${m.id}.text`, m.text),
    })),
    questions: procedure.questions.map((q) => ({
      ...q,
      question: text(`question.${q.id}.question`, q.question),
      options: q.options.map((o) => ({
        ...o,
        text: text(`question.${q.id}.option.${o.id}.text`, o.text),
        explanation: text(`question.${q.id}.option.${o.id}.explanation`, o.explanation),
      })),
    })),
  };
}

/**
 * Every piece of the content's text a patient can see, by its key: the procedure's (see
 * mapContentText), then the risk figures' (see riskKeys.ts). What a locale pack translates.
 */
export function contentStrings(procedure: Procedure, figures: RiskFigures): Record<string, string> {
  const out: Record<string, string> = {};
  mapContentText(procedure, (key, current) => {
    out[key] = current;
    return current;
  });
  return { ...out, ...riskStrings(figures) };
}
