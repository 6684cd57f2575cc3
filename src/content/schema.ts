import { z } from 'zod';

/**
 * The shape of the procedure content file. Checked at build time (vite.config.ts) and in
 * the unit tests; the app itself imports only the types, so zod never reaches the browser.
 * No field has a default: the JSON a clinician reads is exactly what the app runs.
 */

import { ACCESS_ROUTES, CORONARY_ARTERIES, SEGMENTS, VARIANTS } from '../../models/case.ts';
import { LANDMARK_PATTERN } from './landmarkNames.ts';
import { checkProcedure } from './procedureChecks.ts';
import { SCENE_KEYS } from './sceneKeys.ts';

export { SCENE_KEYS, type SceneKey } from './sceneKeys.ts';
export { LAST_WORDS_SECONDS, QUESTIONS_PER_CASE } from './contentRules.ts';

/**
 * A position along the artery or a device size: a number (mm) or a landmark with an
 * optional offset, e.g. "lesion-12" or "stentBalloonDiameter" (src/timeline/landmarks.ts).
 */
export const Position = z.union([
  z.number(),
  z
    .string()
    .regex(
      LANDMARK_PATTERN,
      'a landmark (entry, lesion, plaqueStart, plaqueEnd, end, predilationDiameter, predilationLength, stentBalloonDiameter, stentBalloonLength) with an optional +/- offset in mm',
    ),
]);

/** Which patients' cases a piece of content is for; a missing field means any value. */
export const When = z
  .strictObject({
    access: z.array(z.enum(ACCESS_ROUTES)).min(1).optional(),
    artery: z.array(z.enum(CORONARY_ARTERIES)).min(1).optional(),
    segment: z.array(z.enum(SEGMENTS)).min(1).optional(),
    variant: z.array(z.enum(VARIANTS)).min(1).optional(),
    balloonPump: z.boolean().optional(),
    pacemaker: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'name at least one field');

/**
 * Phrases that belong to one kind of case only (e.g. "narrowing" to planned patients, whose
 * artery is narrowed, "blocked" to emergency ones): no other case may be shown them. Kept in
 * the content so a clinical reviewer sees and signs off the lists; tested over every case.
 */
const PhraseLists = z.strictObject({
  'planned-only': z.array(z.string().min(3)),
  'primary-only': z.array(z.string().min(3)),
  'radial-only': z.array(z.string().min(3)),
  'femoral-only': z.array(z.string().min(3)),
});

/**
 * Plain-English words the captions use for the source's words (e.g. "blown up" for
 * "inflated"): the tracing check counts a caption's word as the source's when the quote has
 * a word it stands for. Reviewed with the content.
 */
const PlainSwap = z.strictObject({ plain: z.string().min(2), source: z.string().min(2) });

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
  /** Only for these cases (e.g. the clot clears only in the emergency variant). */
  when: When.optional(),
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
   * for the patient's case when the timeline is built (models/anatomy/placement.ts);
   * 'ostium' and 'path' the heart's axes from the opening of the case's artery, or from
   * half-way between it and the narrowing.
   */
  frame: z.enum(['artery', 'heart', 'ostium', 'path', 'body', 'entry']).optional(),
  /** Which way is up on screen, in the shot's frame. Default: +y (artery), the patient's front (body, entry: they lie on their back), or the head (heart: as in patient leaflets). */
  up: Vec3.optional(),
});

const SourceCitation = z.object({ from: z.literal('source-text'), quote: z.string().min(8) });
const FactCitation = z.object({ from: z.literal('clinical-fact'), fact: z.string() });
export const Citation = z.discriminatedUnion('from', [SourceCitation, FactCitation]);

/**
 * What a piece of wording is, checked by the build (src/content/trace.ts):
 * "source-verbatim": the source page's own words (its text, normalised, is in the page);
 * "source-edited": the page's words with tense, person or length changed, close enough to its
 * quotes that the build can see it (content words, hedges kept); "added": an explanation of the
 * picture or a fact the page does not give, resting on named clinical facts.
 */
export const WORDING_KINDS = ['source-verbatim', 'source-edited', 'added'] as const;
export const WordingKind = z.enum(WORDING_KINDS);

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const Caption = z.object({
  /** Stable within its stage: translations are keyed by it (`<stageId>.caption.<id>`). */
  id: z.string().regex(kebab, 'kebab-case, e.g. balloon-blown-up'),
  /** Whose words these are (see WORDING_KINDS). */
  kind: WordingKind,
  /** Seconds from the stage's start. */
  at: z.number().min(0),
  /** Plain English, shown on screen and read aloud. */
  text: z.string().min(3).max(200),
  /** The passages this caption renders: at least one. */
  sources: z.array(Citation).min(1),
  /** Only for these cases; alternatives for other cases sit beside it at the same time. */
  when: When.optional(),
});

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
  /** Only for these cases (e.g. a stage only in the emergency variant). */
  when: When.optional(),
  /** Different words or view for some cases: the first that applies replaces the defaults. */
  alternatives: z
    .array(
      z.strictObject({
        /** Stable within its stage: translations are keyed by it. */
        id: z.string().regex(kebab),
        when: When,
        title: z.string().min(3).max(60).optional(),
        description: z.string().min(20).optional(),
        shot: z.string().optional(),
      }),
    )
    .optional(),
});

/** A message that must not be missed: shown on its own card, not only as a passing caption. */
const SafetyMessage = z.object({
  id: z.string().regex(kebab),
  /**
   * "urgent" is the NHS red emergency card; "important" the blue information card; "advice"
   * plain before-and-after information (being awake, driving, lifting, work).
   */
  kind: z.enum(['urgent', 'important', 'advice']),
  /** Whose words these are, checked like captions' (see WORDING_KINDS). */
  wording: WordingKind,
  heading: z.string().min(3).max(60),
  text: z.string().min(10).max(240),
  sources: z.array(Citation).min(1),
  /** The stage whose picture it is shown under. */
  stage: z.string(),
  when: When.optional(),
});

/** One answer to a teach-back question, with what the patient is told when they choose it. */
const QuestionOption = z.strictObject({
  /** Stable within its question: translations are keyed by it. */
  id: z.string().regex(kebab),
  text: z.string().min(2).max(100),
  correct: z.boolean(),
  /** A kind confirmation for the right answer; a kind explanation for a wrong one. */
  explanation: z.string().min(10).max(240),
});

/** A teach-back question, asked after the last stage to check what matters most was understood. */
const Question = z.strictObject({
  id: z.string().regex(kebab),
  /** The stage it comes from: a wrong answer offers to replay it. */
  stage: z.string(),
  question: z.string().min(10).max(120),
  options: z
    .array(QuestionOption)
    .min(2)
    .max(4)
    .refine((o) => o.filter((x) => x.correct).length === 1, 'exactly one option is correct'),
  /** The passages the question and its answers rest on, traced like captions. */
  sources: z.array(Citation).min(1),
  /** Only for these cases (e.g. the wrist or the groin). */
  when: When.optional(),
});

const Omission = z.object({
  quote: z.string().min(3),
  reason: z.string().min(10),
});

export const ProcedureShape = z.object({
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
  /** Starting values that differ for some cases (e.g. the artery starts blocked in a heart attack). */
  initialOverrides: z.array(z.strictObject({ when: When, values: SceneValues })),
  shots: z.record(z.string(), Shot),
  stages: z.array(Stage).min(1),
  safety: z.array(SafetyMessage).min(1),
  omissions: z.array(Omission),
  questions: z.array(Question),
  phrases: PhraseLists,
  plainSwaps: z.array(PlainSwap),
  /** For the clinical reviewer: where the source and a fact differ, and what the content does. */
  reviewNotes: z.array(z.strictObject({ topic: z.string().min(3), note: z.string().min(20) })),
});

/** The shape, and the cross-checks no shape can say (procedureChecks.ts). */
export const ProcedureSchema = ProcedureShape.superRefine(checkProcedure);

export type Procedure = z.infer<typeof ProcedureSchema>;
export type Stage = Procedure['stages'][number];
export type Caption = Stage['captions'][number];
export type Shot = z.infer<typeof Shot>;
export type SceneAction = Stage['actions'][number];
export type Citation = z.infer<typeof Citation>;
export type SafetyMessage = Procedure['safety'][number];
export type CaseWhen = z.infer<typeof When>;
export type Question = Procedure['questions'][number];
export type WordingKind = z.infer<typeof WordingKind>;
export type PhraseLists = Procedure['phrases'];

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
