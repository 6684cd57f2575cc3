import { useId } from 'react';
import { describeCase } from '../case/describeCase.ts';
import {
  ACCESS_ROUTES,
  CORONARY_ARTERIES,
  type PatientCase,
  SEGMENTS,
  VARIANTS,
} from '../case/patientCase.ts';
import './casePanel.css';

/** What each choice is called on screen: plain words first, the clinical term after. */
const NAMES = {
  access: { radial: 'Wrist (radial artery)', femoral: 'Groin (femoral artery)' },
  artery: {
    lad: 'Left anterior descending (LAD)',
    lcx: 'Circumflex (LCx)',
    rca: 'Right coronary (RCA)',
  },
  segment: { proximal: 'Near the start', mid: 'Middle', distal: 'Further along' },
  variant: { planned: 'Planned', primary: 'Emergency: heart attack' },
} as const satisfies {
  access: Record<PatientCase['access'], string>;
  artery: Record<PatientCase['artery'], string>;
  segment: Record<PatientCase['segment'], string>;
  variant: Record<PatientCase['variant'], string>;
};

type ChoiceField = keyof typeof NAMES;

const CHOICES: { field: ChoiceField; legend: string; values: readonly string[] }[] = [
  { field: 'access', legend: 'Where the tube goes in', values: ACCESS_ROUTES },
  { field: 'artery', legend: 'Which artery', values: CORONARY_ARTERIES },
  { field: 'segment', legend: 'Where along the artery', values: SEGMENTS },
  { field: 'variant', legend: 'Procedure', values: VARIANTS },
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
          This patient&rsquo;s case
        </span>
        <span className="case-panel__now">{describeCase(value)}</span>
        <span className="case-panel__change">Change</span>
      </summary>
      <p className="case-panel__hint">
        The picture and the words change to match. The page address keeps the case, so a link
        reopens it.
      </p>
      {CHOICES.map(({ field, legend, values }) => (
        <fieldset key={field} className="case-panel__group">
          <legend className="case-panel__legend">{legend}</legend>
          <div className="case-panel__options">
            {values.map((v) => (
              <label key={v} className="case-panel__option">
                <input
                  type="radio"
                  name={`${ids}-${field}`}
                  value={v}
                  checked={value[field] === v}
                  onChange={() => set({ [field]: v })}
                />
                <span>{(NAMES[field] as Record<string, string>)[v]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <fieldset className="case-panel__group" disabled={!primary}>
        <legend className="case-panel__legend">Extra equipment</legend>
        {!primary && (
          <p className="case-panel__hint">Only used in an emergency (heart attack) procedure.</p>
        )}
        <div className="case-panel__options">
          <label className="case-panel__option">
            <input
              type="checkbox"
              checked={value.balloonPump}
              onChange={(e) => set({ balloonPump: e.target.checked })}
            />
            <span>Balloon pump</span>
          </label>
          <label className="case-panel__option">
            <input
              type="checkbox"
              checked={value.pacemaker}
              onChange={(e) => set({ pacemaker: e.target.checked })}
            />
            <span>Temporary pacemaker</span>
          </label>
        </div>
      </fieldset>
    </details>
  );
}
