import procedureJson from './procedure.json' with { type: 'json' };
import factsJson from './clinical-facts.json' with { type: 'json' };
import type { PatientCase } from '../../models/case.ts';
import { resolveProcedure } from './resolveProcedure.ts';
import { localiseProcedure } from './localiseProcedure.ts';
import type { ClinicalFact, Procedure } from './schema.ts';

/**
 * The validated content. The JSON is checked against the schema when the app is built
 * (vite.config.ts) and in the unit tests, so the app can take its types as given.
 */
// JSON imports widen tuples to arrays; the build-time schema check is what vouches for the shape.
export const procedure = procedureJson as unknown as Procedure;
export const clinicalFacts = factsJson as ClinicalFact[];

export type { Procedure, Stage, Caption, Shot, ClinicalFact } from './schema.ts';
export type { SceneKey } from './sceneKeys.ts';

/**
 * The content as one patient sees it: their case's stages, captions and starting values, in
 * the words of a locale pack's `content` (none: the English of procedure.json). Localised
 * before resolving, so every case's words are found by their content ids.
 */
export function procedureFor(
  kase: PatientCase,
  words: Readonly<Record<string, string>> = {},
): Procedure {
  return resolveProcedure(localiseProcedure(procedure, words), kase);
}
