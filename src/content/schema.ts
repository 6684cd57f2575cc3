import { z } from 'zod';

/**
 * The shape of the procedure content file. Checked at build time (vite.config.ts) and in
 * the unit tests; the app itself imports only the types, so zod never reaches the browser.
 * No field has a default: the JSON a clinician reads is exactly what the app runs.
 */

import { SCENE_KEYS } from './sceneKeys.ts';

export { SCENE_KEYS, type SceneKey } from './sceneKeys.ts';

/** A position along the artery: a number (mm) or a landmark with an optional offset, e.g. "lesion-12". */
export const Position = z.union([
  z.number(),
  z
    .string()
    .regex(
      /^(entry|lesion|plaqueStart|plaqueEnd|end)([+-]\d+(\.\d+)?)?$/,
      'a landmark (entry, lesion, plaqueStart, plaqueEnd, end) with an optional +/- offset in mm',
    ),
]);

const SceneValues = z
  .partialRecord(z.enum(SCENE_KEYS), Position)
  .refine((v) => Object.keys(v).length > 0, 'set at least one value');

export const EASES = [
  'none',
  'power1.in',
  'power1.out',
  'power1.inOut',
  'power2.inOut',
  'power2.out',
  'power2.in',
  'sine.inOut',
] as const;

const Action = z.object({
  /** Seconds from the stage's start. */
  at: z.number().min(0),
  /** Seconds the change takes. */
  duration: z.number().min(0.05),
  ease: z.enum(EASES),
  to: SceneValues,
  /** Why the scene does this, for the reviewer. */
  note: z.string().optional(),
});

const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

const Shot = z.object({
  position: Vec3,
  target: Vec3,
  fov: z.number().min(10).max(75),
  /**
   * The coordinates position and target are in: 'artery' (the default) the close-up's own
   * millimetres; 'body', 'heart' and 'entry' the patient's anatomy (mm, +x their left, +y
   * towards the head, +z their front; origin the middle of the body, the centre of the heart,
   * or where the catheter goes in: wrist or groin), placed
   * for the patient's case when the timeline is built (models/anatomy/placement.ts).
   */
  frame: z.enum(['artery', 'heart', 'body', 'entry']).optional(),
  /** Which way is up on screen, in the shot's frame. Default: +y (artery), or the patient's front (body, heart: they lie on their back). */
  up: Vec3.optional(),
});

const SourceCitation = z.object({ from: z.literal('source-text'), quote: z.string().min(8) });
const FactCitation = z.object({ from: z.literal('clinical-fact'), fact: z.string() });
export const Citation = z.discriminatedUnion('from', [SourceCitation, FactCitation]);

const Caption = z.object({
  /** Seconds from the stage's start. */
  at: z.number().min(0),
  /** Plain English, shown on screen and read aloud. */
  text: z.string().min(3).max(200),
  /** The passages this caption renders: at least one. */
  sources: z.array(Citation).min(1),
});

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const Stage = z.object({
  id: z.string().regex(kebab, 'kebab-case, e.g. balloon-inflation'),
  title: z.string().min(3).max(60),
  /** Seconds. */
  duration: z.number().min(4).max(60),
  /** A name from `shots`: where the guided camera is when this stage starts. */
  shot: z.string(),
  /** Seconds the camera takes to move to the shot; it moves during the end of the stage before. */
  shotTransition: z.number().min(0.1).max(6),
  /** What the picture shows, for people who cannot see it (screen readers, the transcript). */
  description: z.string().min(20),
  captions: z.array(Caption).min(1),
  actions: z.array(Action),
  /** Clinical facts (ids) the picture relies on in this stage. */
  facts: z.array(z.string()),
});

/** A message that must not be missed: shown on its own card, not only as a passing caption. */
const SafetyMessage = z.object({
  id: z.string().regex(kebab),
  /** "urgent" is the NHS red emergency card; "important" the blue information card. */
  kind: z.enum(['urgent', 'important']),
  heading: z.string().min(3).max(60),
  text: z.string().min(10).max(240),
  sources: z.array(Citation).min(1),
  /** The stage whose picture it is shown under. */
  stage: z.string(),
});

const Omission = z.object({
  quote: z.string().min(3),
  reason: z.string().min(10),
});

export const ProcedureSchema = z
  .object({
    meta: z.object({
      title: z.string(),
      language: z.string(),
      version: z.string().regex(/^\d+\.\d+\.\d+$/),
      /** Who wrote the content. */
      authors: z.array(z.object({ name: z.string().min(2), role: z.string().min(2) })).min(1),
      /** Who clinically approved it: all empty until a clinician signs it off. */
      clinicalApproval: z.object({
        name: z.string(),
        role: z.string(),
        date: z.union([z.literal(''), isoDate]),
      }),
      lastReviewed: isoDate,
      /** After this date the build refuses the content until it is reviewed again. */
      nextReview: isoDate,
      source: z.object({
        title: z.string(),
        publisher: z.string(),
        file: z.string(),
        retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        notes: z.string(),
      }),
    }),
    initial: z.record(z.enum(SCENE_KEYS), Position),
    shots: z.record(z.string(), Shot),
    stages: z.array(Stage).min(1),
    safety: z.array(SafetyMessage).min(1),
    omissions: z.array(Omission),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.stages.forEach((stage, i) => {
      if (ids.has(stage.id))
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'id'],
          message: `duplicate stage id ${stage.id}`,
        });
      ids.add(stage.id);
      if (!(stage.shot in p.shots)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'shot'],
          message: `unknown shot "${stage.shot}"`,
        });
      }
      stage.captions.forEach((c, j) => {
        if (c.at >= stage.duration) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'captions', j, 'at'],
            message: 'caption starts after its stage ends',
          });
        }
        const prev = stage.captions[j - 1];
        if (prev && prev.at >= c.at) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'captions', j, 'at'],
            message: 'captions must be in time order',
          });
        }
      });
      const previous = p.stages[i - 1];
      if (previous && stage.shotTransition > previous.duration) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'shotTransition'],
          message: 'the camera move must fit in the stage before',
        });
      }
      if (stage.captions[0]?.at !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'captions', 0, 'at'],
          message: 'a stage must open with a caption at 0 s',
        });
      }
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
  });

export type Procedure = z.infer<typeof ProcedureSchema>;
export type Stage = Procedure['stages'][number];
export type Caption = Stage['captions'][number];
export type Shot = z.infer<typeof Shot>;
export type SceneAction = Stage['actions'][number];
export type Citation = z.infer<typeof Citation>;
export type SafetyMessage = Procedure['safety'][number];

export const ClinicalFactSchema = z.object({
  id: z.string().regex(kebab),
  /** What the scene shows, in plain words. */
  statement: z.string(),
  /** Where it comes from. */
  source: z.string(),
  /** "shared": a line of the project's checked clinical-facts file, quoted verbatim; "project": added here, awaiting clinical review. */
  origin: z.enum(['shared', 'project']),
  /** For origin "shared": the exact words in sources/clinical-facts.md. */
  quote: z.string().optional(),
});
export const ClinicalFactsSchema = z.array(ClinicalFactSchema).superRefine((facts, ctx) => {
  const ids = new Set<string>();
  facts.forEach((f, i) => {
    if (ids.has(f.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate fact id ${f.id}` });
    ids.add(f.id);
    if (f.origin === 'shared' && !f.quote)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'quote'],
        message: 'a shared fact quotes its line',
      });
  });
});
export type ClinicalFact = z.infer<typeof ClinicalFactSchema>;
