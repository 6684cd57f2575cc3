import type { Procedure } from '../content/schema.ts';

/**
 * Every piece of the procedure's text a patient can see, by a stable key: stage ids are
 * stable, captions and alternatives are numbered by their place in the raw procedure.json
 * (before a case filters them), so every case's words have a key.
 *   meta.title, meta.source.publisher
 *   <stageId>.title, <stageId>.description, <stageId>.caption.<i>,
 *   <stageId>.alternative.<i>.title / .description (where the alternative has them)
 *   safety.<id>.heading, safety.<id>.text
 *   question.<id>.question, question.<id>.option.<i>.text / .explanation
 */
export function contentStrings(procedure: Procedure): Record<string, string> {
  const out: Record<string, string> = {
    'meta.title': procedure.meta.title,
    'meta.source.publisher': procedure.meta.source.publisher,
  };
  for (const stage of procedure.stages) {
    out[`${stage.id}.title`] = stage.title;
    out[`${stage.id}.description`] = stage.description;
    stage.alternatives?.forEach((alt, i) => {
      if (alt.title !== undefined) out[`${stage.id}.alternative.${i}.title`] = alt.title;
      if (alt.description !== undefined)
        out[`${stage.id}.alternative.${i}.description`] = alt.description;
    });
    stage.captions.forEach((caption, i) => {
      out[`${stage.id}.caption.${i}`] = caption.text;
    });
  }
  for (const message of procedure.safety) {
    out[`safety.${message.id}.heading`] = message.heading;
    out[`safety.${message.id}.text`] = message.text;
  }
  for (const question of procedure.questions) {
    out[`question.${question.id}.question`] = question.question;
    question.options.forEach((option, i) => {
      out[`question.${question.id}.option.${i}.text`] = option.text;
      out[`question.${question.id}.option.${i}.explanation`] = option.explanation;
    });
  }
  return out;
}
