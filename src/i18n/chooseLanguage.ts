import { isReviewed } from './reviewed.ts';
import type { PackMeta } from './types.ts';

/**
 * The language to open in: the address's `?lang=` if a pack has that exact tag (an
 * allowlist: nothing else from the address is used), else a saved choice if that pack is
 * clinically reviewed, else the source language. An unreviewed pack is only ever shown
 * because someone asked for it on this visit, never by default or from memory.
 */
export function chooseLanguage(
  search: string,
  saved: string | null,
  packs: readonly PackMeta[],
  contentVersion: string,
  fallback: string,
): string {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null && packs.some((p) => p.tag === asked)) return asked;
  const remembered = packs.find((p) => p.tag === saved);
  if (remembered && isReviewed(remembered, contentVersion)) return remembered.tag;
  return fallback;
}
