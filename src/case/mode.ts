/**
 * Who is holding the tablet. Patient mode (the default) keeps the explainer simple;
 * clinician mode adds the case panel and the bedside tools. Read from `?mode=clinician`.
 */
export const MODES = ['patient', 'clinician'] as const;
export type Mode = (typeof MODES)[number];

export function parseMode(search: string): Mode {
  return new URLSearchParams(search).get('mode') === 'clinician' ? 'clinician' : 'patient';
}
