import { z } from 'zod';
import { contentStrings } from '../content/contentKeys.ts';
import { keysToReview } from './contentHash.ts';
import { placeholders } from './format.ts';
import type { Procedure } from '../content/schema.ts';
import { riskFigures } from '../content/riskFigures.ts';
import type { RiskFigures } from '../content/riskFiguresSchema.ts';

/**
 * The shape of a locale pack, and the checks that make adding a language a content-only
 * change: the same keys as the English pack (none missing, none extra), the same
 * {placeholders} in each string, and English content equal to procedure.json's and
 * risks.json's words. Used by the
 * build (src/i18n/localePlugin.ts) and the unit tests; zod never reaches the browser.
 */
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const Strings = z.record(z.string(), z.string().min(1));

export const PackSchema = z.strictObject({
  meta: z.strictObject({
    tag: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, 'a BCP 47 tag'),
    name: z.string().min(2),
    dir: z.enum(['ltr', 'rtl']),
    source: z.boolean(),
    contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    translatedBy: z.string().min(2),
    reviewedBy: z.strictObject({ name: z.string(), role: z.string(), date: isoDate }),
  }),
  ui: Strings,
  content: Strings,
  /**
   * Translations only: for each content key, the fingerprint of the English sentence it was
   * translated from (src/i18n/contentHash.ts). A key whose English has changed since is
   * reported as needing review (translationsToReview).
   */
  translatedFrom: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/)).optional(),
});
export type CheckedPack = z.infer<typeof PackSchema>;

/** What is wrong with one section of a pack, compared with English. */
function sectionProblems(
  tag: string,
  section: string,
  english: Record<string, string>,
  theirs: Record<string, string>,
): string[] {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(english)) {
    const translated = theirs[key];
    if (translated === undefined) problems.push(`${tag}: ${section}.${key} is missing`);
    else if (placeholders(translated).join() !== placeholders(text).join())
      problems.push(
        `${tag}: ${section}.${key} must use the placeholders {${placeholders(text).join('}, {')}}`,
      );
  }
  for (const [key, text] of Object.entries(theirs)) {
    if (key in english) continue;
    // A language may need plural forms English does not (`_few`, `_many`…): allowed where
    // English has the key's `_other` form, with the same placeholders.
    const other = english[key.replace(/_(zero|one|two|few|many)$/, '_other')];
    if (other === undefined || !/_(zero|one|two|few|many)$/.test(key))
      problems.push(`${tag}: ${section}.${key} is not a key in English`);
    else if (placeholders(text).join() !== placeholders(other).join())
      problems.push(
        `${tag}: ${section}.${key} must use the placeholders {${placeholders(other).join('}, {')}}`,
      );
  }
  return problems;
}

/**
 * Every problem with a set of packs, given the file each came from and the procedure.
 * The source pack (procedure.json's language) must carry procedure.json's words exactly.
 */
export function packProblems(
  files: readonly { file: string; json: unknown }[],
  procedure: Procedure,
  figures: RiskFigures = riskFigures,
): string[] {
  const problems: string[] = [];
  const packs: CheckedPack[] = [];
  for (const { file, json } of files) {
    const parsed = PackSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
      continue;
    }
    if (!file.endsWith(`${parsed.data.meta.tag}.json`))
      problems.push(
        `${file}: the file must be named after meta.tag (${parsed.data.meta.tag}.json)`,
      );
    packs.push(parsed.data);
  }
  const source = packs.filter((p) => p.meta.source);
  const english = source[0];
  if (source.length !== 1 || !english || english.meta.tag !== procedure.meta.language) {
    problems.push(`exactly one pack, ${procedure.meta.language}, must have meta.source true`);
    return problems;
  }
  const expected = contentStrings(procedure, figures);
  const stale = sectionProblems(english.meta.tag, 'content', english.content, expected);
  for (const [key, text] of Object.entries(expected))
    if (english.content[key] !== undefined && english.content[key] !== text)
      stale.push(`${english.meta.tag}: content.${key} differs from procedure.json`);
  if (stale.length > 0 || Object.keys(english.content).length !== Object.keys(expected).length)
    problems.push(
      `src/locales/${english.meta.tag}.json does not match procedure.json and risks.json: run npm run locales:english (${stale.slice(0, 3).join('; ')})`,
    );
  for (const pack of packs) {
    if (pack === english) continue;
    problems.push(...sectionProblems(pack.meta.tag, 'ui', english.ui, pack.ui));
    problems.push(...sectionProblems(pack.meta.tag, 'content', english.content, pack.content));
  }
  return problems;
}

/**
 * For each translation, the content keys whose English sentence changed after it was
 * translated (by the fingerprints in its `translatedFrom`): they need translating again and
 * a clinician's review. The build lists them; such a pack is not counted as reviewed.
 */
export function translationsToReview(
  packs: readonly CheckedPack[],
  procedure: Procedure,
  figures: RiskFigures = riskFigures,
): { tag: string; keys: string[] }[] {
  const english = contentStrings(procedure, figures);
  return packs
    .filter((p) => !p.meta.source)
    .map((p) => ({ tag: p.meta.tag, keys: keysToReview(english, p.translatedFrom) }))
    .filter((r) => r.keys.length > 0);
}
