import { useState } from 'react';
import type { Artery } from '../../models/artery.ts';
import type { Player } from '../timeline/player.ts';
import { CrossSection } from './CrossSection.tsx';
import { FlowCompare } from './FlowCompare.tsx';
import { useText } from '../i18n/useText.ts';
import './clinician.css';

/** The panel's heading, where the mode switch leaves the keyboard focus. */
export const CLINICIAN_PANEL_HEADING = 'clinician-panel-heading';

export interface ClinicianPanelProps {
  player: Player;
  artery: Artery;
  reducedMotion: boolean;
  /** Back to the simple patient view. */
  onPatient: () => void;
}

/**
 * The clinician's side panel: the artery cut across at the narrowing, and blood flow before
 * and after, each opened on demand; and the way back to patient mode.
 */
export function ClinicianPanel({ player, artery, reducedMotion, onPatient }: ClinicianPanelProps) {
  const { t } = useText();
  const [section, setSection] = useState(false);
  const [flow, setFlow] = useState(false);
  return (
    <section className="panel clinician-panel" aria-labelledby={CLINICIAN_PANEL_HEADING}>
      <h2 id={CLINICIAN_PANEL_HEADING} tabIndex={-1} className="panel__heading">
        {t('clinician.panel.heading')}
      </h2>
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        aria-expanded={section}
        onClick={() => setSection(!section)}
      >
        {t('clinician.panel.crossSection')}
      </button>
      {section && <CrossSection player={player} artery={artery} />}
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        aria-expanded={flow}
        onClick={() => setFlow(!flow)}
      >
        {t('clinician.panel.flow')}
      </button>
      {flow && <FlowCompare artery={artery} reducedMotion={reducedMotion} />}
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        onClick={onPatient}
      >
        {t('clinician.panel.patient')}
      </button>
    </section>
  );
}
