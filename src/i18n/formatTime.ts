import type { Translate } from './types.ts';

/** "1:05" for 65 seconds; whole seconds, rounded down. */
export function formatClock(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "1 minute 5 seconds" for screen readers, in the pack's words. */
export function formatSpoken(seconds: number, t: Translate): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const m = Math.floor(s / 60);
  const r = s % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(t('time.minutes', { count: m }));
  if (r > 0 || m === 0) parts.push(t('time.seconds', { count: r }));
  return parts.join(' ');
}
