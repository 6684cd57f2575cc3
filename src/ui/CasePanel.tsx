import { useId } from 'react';
import { describeCase } from '../case/describeCase.ts';
import {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  type PatientCase,
  SEGMENTS,
  VARIANTS,
} from '../case/patientCase.ts';
import type { UiKey } from '../i18n/types.ts';
import { useText } from '../i18n/useText.ts';
import './choice.css';
import './casePanel.css';

/** What each choice is called on screen: plain words first, the clinical term after. */
const NAMES = {
  access: { radial: 'casePanel.access.radial', femoral: 'casePanel.access.femoral' },
  artery: {
    lad: 'casePanel.artery.lad',
    lcx: 'casePanel.artery.lcx',
    rca: 'casePanel.artery.rca',
  },
  segment: {
    proximal: 'casePanel.segment.proximal',
    mid: 'casePanel.segment.mid',
    distal: 'casePanel.segment.distal',
  },
  variant: { planned: 'casePanel.variant.planned', primary: 'casePanel.variant.primary' },
} as const satisfies {
  access: Record<PatientCase['access'], UiKey>;
  artery: Record<PatientCase['artery'], UiKey>;
  segment: Record<PatientCase['segment'], UiKey>;
  variant: Record<PatientCase['variant'], UiKey>;
};

type ChoiceField = keyof typeof NAMES;

const CHOICES: { field: ChoiceField; legend: UiKey; values: readonly string[] }[] = [
  { field: 'access', legend: 'casePanel.access', values: ACCESS_ROUTES },
  { field: 'artery', legend: 'casePanel.artery', values: CORONARY_ARTERIES },
  { field: 'segment', legend: 'casePanel.segment', values: SEGMENTS },
  { field: 'variant', legend: 'casePanel.variant', values: VARIANTS },
];

export interface CasePanelProps {
  value: PatientCase;
  onChange: (next: PatientCase) => void;
}

/**
 * The clinician's case panel: entry point, artery, segment, planned or emergency, and extra
 * equipment. Each change rebuilds the picture and words for this patient straight away.
 * Folded to one sentence when closed, so the bedside tools stay in view on a tablet.
 */
export function CasePanel({ value, onChange }: CasePanelProps) {
  const ids = useId();
  const { t } = useText();
  const primary = value.variant === 'primary';
  const set = (patch: Partial<PatientCase>): void => {
    const next = { ...value, ...patch };
    // Extra equipment belongs to the emergency procedure only.
    if (next.variant !== 'primary') Object.assign(next, { balloonPump: false, pacemaker: false });
    onChange(next);
  };

  return (
    <details className="panel case-panel" data-testid="case-panel">
      <summary className="case-panel__summary">
        <span className="case-panel__heading" id={`${ids}-heading`}>
          {t('casePanel.heading')}
        </span>
        <span className="case-panel__now">{describeCase(value, t)}</span>
        <span className="case-panel__change">{t('casePanel.change')}</span>
      </summary>
      <p className="case-panel__hint">{t('casePanel.hint')}</p>
      {CHOICES.map(({ field, legend, values }) => (
        <fieldset key={field} className="case-panel__group">
          <legend className="case-panel__legend">{t(legend)}</legend>
          <div className="case-panel__options">
            {values.map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name={`${ids}-${field}`}
                  value={v}
                  checked={value[field] === v}
                  onChange={() => set({ [field]: v })}
                />
                <span>{t((NAMES[field] as Record<string, UiKey>)[v] as UiKey)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <fieldset className="case-panel__group" disabled={!primary}>
        <legend className="case-panel__legend">{t('casePanel.extras')}</legend>
        {!primary && <p className="case-panel__hint">{t('casePanel.extrasHint')}</p>}
        <div className="case-panel__options">
          <label className="choice">
            <input
              type="checkbox"
              checked={value.balloonPump}
              onChange={(e) => set({ balloonPump: e.target.checked })}
            />
            <span>{t('casePanel.balloonPump')}</span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={value.pacemaker}
              onChange={(e) => set({ pacemaker: e.target.checked })}
            />
            <span>{t('casePanel.pacemaker')}</span>
          </label>
        </div>
      </fieldset>
    </details>
  );
}
