import { appliesTo } from '../../content/conditions.ts';
import type { PatientCase } from '../../case/patientCase.ts';
import type { Procedure, Question } from '../../content/schema.ts';
import type { StageSlot } from '../../timeline/schedule.ts';

/**
 * The teach-back questions this patient is asked: those for their case (e.g. the wrist or
 * the groin wording) whose stage they have seen. A pure function of the content and case.
 */
export function questionsFor(procedure: Procedure, kase: PatientCase): Question[] {
  const shown = new Set(procedure.stages.filter((s) => appliesTo(s.when, kase)).map((s) => s.id));
  return procedure.questions.filter((q) => appliesTo(q.when, kase) && shown.has(q.stage));
}

/** Where the stage a question comes from sits in the player, to replay it; -1 if not shown. */
export function stageIndexOf(slots: readonly StageSlot[], stageId: string): number {
  return slots.findIndex((slot) => slot.stage.id === stageId);
}
