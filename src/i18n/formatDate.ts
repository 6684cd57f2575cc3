import type { Translate, UiKey } from './types.ts';

const MONTHS = [
  'date.month.1',
  'date.month.2',
  'date.month.3',
  'date.month.4',
  'date.month.5',
  'date.month.6',
  'date.month.7',
  'date.month.8',
  'date.month.9',
  'date.month.10',
  'date.month.11',
  'date.month.12',
] as const satisfies readonly UiKey[];

/**
 * "26 November 2026" from "2026-11-26", in the pack's words and order (date.format). From the
 * pack, not Intl, so every language (and the pseudo-locales) shows exactly its own words.
 */
export function formatDate(iso: string, t: Translate): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!y || !month || !d) return iso;
  return t('date.format', { day: d, month: t(month), year: y });
}
