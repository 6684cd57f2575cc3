/**
 * The reading-time rule: how long a caption stays on screen. The content check holds every
 * caption to it (src/content/trace.ts) and the player waits this long on a still
 * (src/timeline/player.ts), so both read the one rule from here.
 */

/** Seconds a caption needs on screen to be read at a gentle 150 words a minute, never under 3.5 s. */
export function readingSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(3.5, words / 2.5);
}
