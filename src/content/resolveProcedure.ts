import type { Procedure, Stage } from './schema.ts';
import { appliesTo } from './conditions.ts';
import type { PatientCase } from '../../models/case.ts';

/**
 * The procedure as this patient will see it: only the stages, captions, actions, safety
 * messages and teach-back questions that apply to their case, with each stage's alternative
 * words or view applied and the starting values for their case. The schema checks every
 * case's result of this function (src/content/schema.ts), so what is checked is what runs. A pure function: the same case always gives the same
 * content, so the timeline built from it stays a pure function of time.
 */
export function resolveProcedure(procedure: Procedure, kase: PatientCase): Procedure {
  const initial = { ...procedure.initial };
  for (const override of procedure.initialOverrides) {
    if (appliesTo(override.when, kase)) Object.assign(initial, override.values);
  }
  const stages = procedure.stages
    .filter((stage) => appliesTo(stage.when, kase))
    .map((stage): Stage => {
      const alternative = stage.alternatives?.find((a) => appliesTo(a.when, kase));
      return {
        ...stage,
        title: alternative?.title ?? stage.title,
        description: alternative?.description ?? stage.description,
        shot: alternative?.shot ?? stage.shot,
        captions: stage.captions.filter((c) => appliesTo(c.when, kase)),
        actions: stage.actions.filter((a) => appliesTo(a.when, kase)),
      };
    });
  return {
    ...procedure,
    initial,
    stages,
    safety: procedure.safety.filter((m) => appliesTo(m.when, kase)),
    questions: procedure.questions.filter((q) => appliesTo(q.when, kase)),
  };
}
