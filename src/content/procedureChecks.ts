import type { z } from 'zod';
import { allCases, type PatientCase } from '../../models/case.ts';
import { LAST_WORDS_SECONDS, QUESTIONS_PER_CASE } from './contentRules.ts';
import { readingSeconds } from './readingTime.ts';
import { resolveProcedure } from './resolveProcedure.ts';
import { SCENE_KEYS } from './sceneKeys.ts';
import type { Procedure } from './schema.ts';

/**
 * What the content file's shape (schema.ts) cannot say: ids unique, shots known, captions in
 * time and long enough to read, and for every patient's case a story that holds together
 * (stages shown, a caption at each stage's start, questions for shown stages only). Run by the
 * schema, so the build and the unit tests refuse content that breaks any of it.
 */
export function checkProcedure(p: Procedure, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  p.stages.forEach((stage, i) => {
    if (ids.has(stage.id))
      ctx.addIssue({
        code: 'custom',
        path: ['stages', i, 'id'],
        message: `duplicate stage id ${stage.id}`,
      });
    ids.add(stage.id);
    const shots = [stage.shot, ...(stage.alternatives ?? []).flatMap((a) => a.shot ?? [])];
    for (const shot of shots) {
      if (!(shot in p.shots)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'shot'],
          message: `unknown shot "${shot}"`,
        });
      }
    }
    // Caption and alternative ids key their words in every language pack: one id, one text.
    for (const [what, list] of [
      ['caption', stage.captions],
      ['alternative', stage.alternatives ?? []],
    ] as const) {
      const seenIds = new Set<string>();
      for (const { id } of list) {
        if (seenIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i],
            message: `duplicate ${what} id ${id} in stage ${stage.id}`,
          });
        seenIds.add(id);
      }
    }
    stage.captions.forEach((c, j) => {
      if (c.at >= stage.duration) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'captions', j, 'at'],
          message: 'caption starts after its stage ends',
        });
      }
    });
    stage.actions.forEach((a, j) => {
      if (a.at + a.duration > stage.duration + 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'actions', j],
          message: 'action runs past the end of its stage',
        });
      }
    });
  });
  // Question ids key their words in every language pack: one id, one question.
  const questionIds = new Set<string>();
  p.questions.forEach((q, i) => {
    if (questionIds.has(q.id))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'id'],
        message: `duplicate question id ${q.id}`,
      });
    questionIds.add(q.id);
    const optionIds = new Set(q.options.map((o) => o.id));
    if (optionIds.size !== q.options.length)
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'options'],
        message: `duplicate option id in question ${q.id}`,
      });
  });
  const safetyIds = new Set<string>();
  p.safety.forEach((m, i) => {
    if (safetyIds.has(m.id))
      ctx.addIssue({
        code: 'custom',
        path: ['safety', i, 'id'],
        message: `duplicate safety message id ${m.id}`,
      });
    safetyIds.add(m.id);
  });
  p.safety.forEach((m, i) => {
    if (!ids.has(m.stage))
      ctx.addIssue({
        code: 'custom',
        path: ['safety', i, 'stage'],
        message: `unknown stage "${m.stage}"`,
      });
  });
  for (const key of SCENE_KEYS) {
    if (!(key in p.initial))
      ctx.addIssue({
        code: 'custom',
        path: ['initial', key],
        message: `initial value for ${key} missing`,
      });
  }
  // What a patient sees is the content for their case: check every case's version.
  const reported = new Set<string>();
  // Reported once, naming the first case it happens in.
  const report = (path: (string | number)[], message: string, label?: string): void => {
    const key = `${path.join('.')}: ${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    ctx.addIssue({ code: 'custom', path, message: label ? `${message} (${label})` : message });
  };
  // Resolved stages are new objects: find each one's place in the file by its id.
  const stageAt = new Map<string, number>();
  p.stages.forEach((stage, i) => {
    if (!stageAt.has(stage.id)) stageAt.set(stage.id, i);
  });
  for (const kase of allCases()) {
    const label = caseLabel(kase);
    // Exactly what this patient is shown: the one function the app resolves content with.
    const seen = resolveProcedure(p, kase);
    const stages = seen.stages;
    if (stages.length === 0) report(['stages'], 'no stages', label);
    stages.forEach((stage, k) => {
      const i = stageAt.get(stage.id) ?? -1;
      // Resolving filters captions without copying them, so each is found in the file's stage.
      const fileCaptions = p.stages[i]?.captions ?? [];
      const captions = stage.captions;
      if (captions[0]?.at !== 0)
        report(
          ['stages', i, 'captions', 0, 'at'],
          'a stage must open with a caption at 0 s',
          label,
        );
      captions.forEach((c, j) => {
        const prev = captions[j - 1];
        if (prev && prev.at >= c.at)
          report(
            ['stages', i, 'captions', fileCaptions.indexOf(c), 'at'],
            'captions must be in time order',
            label,
          );
        // A caption is on screen until the next one: long enough to read at 150 words a minute.
        const onScreen = (captions[j + 1]?.at ?? stage.duration) - c.at;
        if (onScreen + 1e-9 < readingSeconds(c.text))
          report(
            ['stages', i, 'captions', fileCaptions.indexOf(c), 'at'],
            `caption "${c.id}" is on screen ${onScreen.toFixed(1)} s but needs ${readingSeconds(c.text).toFixed(1)} s to be read`,
            label,
          );
      });
      const previous = stages[k - 1];
      if (previous && stage.shotTransition > previous.duration)
        report(['stages', i, 'shotTransition'], 'the camera move must fit in the stage before');
      // The last words of a stage are pictured before the camera leaves for the next view.
      const next = stages[k + 1];
      const last = captions.at(-1);
      if (
        next &&
        last &&
        next.shot !== stage.shot &&
        last.at + LAST_WORDS_SECONDS > stage.duration - next.shotTransition
      )
        report(
          ['stages', i, 'duration'],
          `the last caption needs ${LAST_WORDS_SECONDS} s on screen before the camera leaves for the next step`,
          label,
        );
    });
    const shown = new Set(stages.map((s) => s.id));
    seen.safety.forEach((m) => {
      if (!shown.has(m.stage))
        report(['safety', p.safety.indexOf(m), 'stage'], `stage "${m.stage}" is not shown`, label);
    });
    const questions = seen.questions;
    if (questions.length < QUESTIONS_PER_CASE.min || questions.length > QUESTIONS_PER_CASE.max)
      report(
        ['questions'],
        `${questions.length} questions; each case needs ${QUESTIONS_PER_CASE.min} to ${QUESTIONS_PER_CASE.max}`,
        label,
      );
    // (Question ids are unique across the whole file, checked above.)
    questions.forEach((q) => {
      if (!shown.has(q.stage))
        report(
          ['questions', p.questions.indexOf(q), 'stage'],
          `stage "${q.stage}" is not shown`,
          label,
        );
    });
  }
}

function caseLabel(kase: PatientCase): string {
  const extras = [kase.balloonPump ? 'balloon pump' : '', kase.pacemaker ? 'pacemaker' : '']
    .filter(Boolean)
    .join(', ');
  return `${kase.variant} ${kase.access} ${kase.segment} ${kase.artery}${extras ? ` with ${extras}` : ''}`;
}
