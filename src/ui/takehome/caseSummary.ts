import type { PatientCase } from '../../case/patientCase.ts';
import type { Translate, UiKey } from '../../i18n/types.ts';

/**
 * The patient's case in plain words first, the clinical term after, for the handout. Longer
 * than describeCase's one sentence (src/case/describeCase.ts): a line per part, each naming
 * the clinical term too, so the printed copy can be read alongside letters from the hospital.
 */
const ROUTE = {
  radial: 'takehome.case.route.radial',
  femoral: 'takehome.case.route.femoral',
} as const satisfies Record<PatientCase['access'], UiKey>;
const ARTERY = {
  lad: 'takehome.case.artery.lad',
  lcx: 'takehome.case.artery.lcx',
  rca: 'takehome.case.artery.rca',
} as const satisfies Record<PatientCase['artery'], UiKey>;
const SEGMENT = {
  proximal: 'takehome.case.segment.proximal',
  mid: 'takehome.case.segment.mid',
  distal: 'takehome.case.segment.distal',
} as const satisfies Record<PatientCase['segment'], UiKey>;
const VARIANT = {
  planned: 'takehome.case.variant.planned',
  primary: 'takehome.case.variant.primary',
} as const satisfies Record<PatientCase['variant'], UiKey>;

export interface CaseLine {
  label: string;
  value: string;
}

export function caseSummary(kase: PatientCase, t: Translate): CaseLine[] {
  const extras = [
    kase.balloonPump ? t('takehome.case.extra.balloonPump') : '',
    kase.pacemaker ? t('takehome.case.extra.pacemaker') : '',
  ].filter(Boolean);
  const [a = '', b = ''] = extras;
  return [
    { label: t('takehome.case.route'), value: t(ROUTE[kase.access]) },
    {
      label: t('takehome.case.artery'),
      value: t('takehome.case.arteryPlace', {
        artery: t(ARTERY[kase.artery]),
        place: t(SEGMENT[kase.segment]),
      }),
    },
    { label: t('takehome.case.variant'), value: t(VARIANT[kase.variant]) },
    ...(extras.length > 0
      ? [
          {
            label: t('takehome.case.extras'),
            value: extras.length === 2 ? t('takehome.case.extras.two', { a, b }) : a,
          },
        ]
      : []),
  ];
}
