import type { PatientCase } from '../../case/patientCase.ts';

/** The patient's case in plain words first, the clinical term after, for the handout. */
const ROUTE = {
  radial: 'At the wrist (radial artery)',
  femoral: 'At the top of the leg, the groin (femoral artery)',
} as const satisfies Record<PatientCase['access'], string>;
const ARTERY = {
  lad: 'Left anterior descending artery (LAD), down the front of the heart',
  lcx: 'Circumflex artery (LCx), round the left side of the heart',
  rca: 'Right coronary artery (RCA), round the right side of the heart',
} as const satisfies Record<PatientCase['artery'], string>;
const SEGMENT = {
  proximal: 'near the start',
  mid: 'about halfway along',
  distal: 'further along',
} as const satisfies Record<PatientCase['segment'], string>;
const VARIANT = {
  planned: 'Planned',
  primary: 'Emergency, for a heart attack (primary angioplasty)',
} as const satisfies Record<PatientCase['variant'], string>;

export interface CaseLine {
  label: string;
  value: string;
}

export function caseSummary(kase: PatientCase): CaseLine[] {
  const extras = [
    kase.balloonPump ? 'a balloon pump to help the heart pump' : '',
    kase.pacemaker ? 'a temporary pacemaker wire to keep the rhythm steady' : '',
  ].filter(Boolean);
  return [
    { label: 'Where the tube goes in', value: ROUTE[kase.access] },
    { label: 'The artery treated', value: `${ARTERY[kase.artery]}, ${SEGMENT[kase.segment]}` },
    { label: 'Procedure', value: VARIANT[kase.variant] },
    ...(extras.length > 0 ? [{ label: 'Extra help', value: extras.join('; ') }] : []),
  ];
}
