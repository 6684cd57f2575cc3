import type { Procedure } from './schema.ts';
import { mapContentText } from './contentKeys.ts';
import { fromPack } from './fromPack.ts';

/**
 * The raw procedure with its words replaced by a pack's (keys as in contentKeys.ts). Applied
 * before a case is resolved, so the keys (content ids) reach every case's words. A key
 * the pack lacks keeps the English (the build refuses such packs; this is the last guard).
 * A pure function: timing, scene values and sources are untouched.
 */
export function localiseProcedure(
  procedure: Procedure,
  content: Readonly<Record<string, string>>,
): Procedure {
  return mapContentText(procedure, fromPack(content));
}
