import type { PackMeta } from './types.ts';

/**
 * Whether a pack may be shown without the "not checked by a clinician" notice, and be a
 * default or a remembered choice: the source language, or a translation a named clinician
 * reviewed against this very version of the content (a newer English text needs a new review).
 */
export function isReviewed(meta: PackMeta, contentVersion: string): boolean {
  if (meta.source) return true;
  const r = meta.reviewedBy;
  return (
    r.name.trim() !== '' &&
    r.role.trim() !== '' &&
    /^\d{4}-\d{2}-\d{2}$/.test(r.date) &&
    meta.contentVersion === contentVersion
  );
}
