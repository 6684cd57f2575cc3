import type { PatientCase } from './patientCase.ts';

const ROUTE = { radial: 'through the wrist', femoral: 'through the groin' } as const;
const ARTERY = {
  lad: 'left anterior descending artery',
  lcx: 'circumflex artery',
  rca: 'right coronary artery',
} as const;
const SEGMENT = {
  proximal: 'near the start of the',
  mid: 'in the middle of the',
  distal: 'further along the',
} as const;

/**
 * The case in one plain sentence, so a patient (and anyone checking) can see which case the
 * explainer is showing, e.g. "A planned procedure through the wrist, for a narrowing in the
 * middle of the left anterior descending artery."
 */
export function describeCase(kase: PatientCase): string {
  const kind = kase.variant === 'primary' ? 'An emergency procedure' : 'A planned procedure';
  const what = kase.variant === 'primary' ? 'a blockage' : 'a narrowing';
  const extras = [
    kase.balloonPump ? 'a balloon pump' : '',
    kase.pacemaker ? 'a temporary pacemaker' : '',
  ].filter(Boolean);
  const withExtras = extras.length > 0 ? `, with ${extras.join(' and ')}` : '';
  return `${kind} ${ROUTE[kase.access]}, for ${what} ${SEGMENT[kase.segment]} ${ARTERY[kase.artery]}${withExtras}.`;
}
