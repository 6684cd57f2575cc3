/**
 * A short fingerprint of an English sentence (FNV-1a, 32 bits, as 8 hex digits). A translation
 * records, per content key, the fingerprint of the English it was made from (`translatedFrom`
 * in its pack); when the English sentence changes, the fingerprints differ and that key is
 * reported as needing review. Not a security hash: it only has to notice an edit.
 */
export function englishHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The content keys of a translation whose English has changed since it was translated (or
 * that record no English at all): each needs translating again and a clinician's review.
 */
export function keysToReview(
  english: Readonly<Record<string, string>>,
  translatedFrom: Readonly<Record<string, string>> | undefined,
): string[] {
  return Object.entries(english)
    .filter(([key, text]) => translatedFrom?.[key] !== englishHash(text))
    .map(([key]) => key);
}

/** The `translatedFrom` record for a translation made from these English words today. */
export function fingerprints(english: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([k, t]) => [k, englishHash(t)]));
}
