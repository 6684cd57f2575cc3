import type { Translate, UiKey } from '../i18n/types.ts';
import type { PatientCase } from './patientCase.ts';

const ROUTE = { radial: 'case.route.radial', femoral: 'case.route.femoral' } as const;
const ARTERY = { lad: 'case.artery.lad', lcx: 'case.artery.lcx', rca: 'case.artery.rca' } as const;
const SEGMENT = {
  proximal: 'case.segment.proximal',
  mid: 'case.segment.mid',
  distal: 'case.segment.distal',
} as const satisfies Record<PatientCase['segment'], UiKey>;

/**
 * The case in one plain sentence, so a patient (and anyone checking) can see which case the
 * explainer is showing, e.g. "A planned procedure through the wrist, for a narrowing in the
 * middle of the left anterior descending artery." The sentence is a pack's template
 * (case.summary) so a language can put the parts in its own order.
 */
export function describeCase(kase: PatientCase, t: Translate): string {
  const primary = kase.variant === 'primary';
  const extras = [
    kase.balloonPump ? t('case.extra.balloonPump') : '',
    kase.pacemaker ? t('case.extra.pacemaker') : '',
  ].filter(Boolean);
  const [a = '', b = ''] = extras;
  const withExtras =
    extras.length === 2
      ? t('case.extras.two', { a, b })
      : extras.length === 1
        ? t('case.extras.one', { a })
        : '';
  return t('case.summary', {
    procedure: t(primary ? 'case.procedure.primary' : 'case.procedure.planned'),
    route: t(ROUTE[kase.access]),
    problem: t(primary ? 'case.problem.primary' : 'case.problem.planned'),
    place: t(SEGMENT[kase.segment]),
    artery: t(ARTERY[kase.artery]),
    extras: withExtras,
  });
}
