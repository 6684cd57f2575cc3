import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useText } from '../i18n/useText.ts';
import { CLINICIAN_PANEL_HEADING, type OpenDiagrams } from './panelIds.ts';
import './clinician.css';

/** The panel's heading, where the mode switch leaves the keyboard focus. */

export interface ClinicianPanelProps {
  /** Which diagrams are open over the picture (Diagrams.tsx draws them). */
  diagrams: OpenDiagrams;
  onDiagram: (which: keyof OpenDiagrams, open: boolean) => void;
  /** Back to the simple patient view. */
  onPatient: () => void;
  /** Clears everything for the next person (after a confirm). */
  onNextPatient: () => void;
  /**
   * Called once the panel is on the page, with its heading: the panel loads with the later
   * parts, so it may arrive a frame or more after the mode switch asked for it.
   */
  onShown?: (heading: HTMLElement) => void;
}

/**
 * The clinician's side panel: the artery cut across at the narrowing, and blood flow before
 * and after, each opened on demand over the picture; the way back to patient mode; and
 * "Next patient", which asks first, then clears the case, marks and answers.
 */
export function ClinicianPanel({
  diagrams,
  onDiagram,
  onPatient,
  onNextPatient,
  onShown,
}: ClinicianPanelProps) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, on arrival: the caller's handler is read then, not watched.
  const shown = useRef(onShown);
  useLayoutEffect(() => {
    if (heading.current) shown.current?.(heading.current);
  }, []);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  return (
    <section className="panel clinician-panel" aria-labelledby={CLINICIAN_PANEL_HEADING}>
      <h2 ref={heading} id={CLINICIAN_PANEL_HEADING} tabIndex={-1} className="panel__heading">
        {t('clinician.panel.heading')}
      </h2>
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        aria-expanded={diagrams.section}
        onClick={() => onDiagram('section', !diagrams.section)}
      >
        {t('clinician.panel.crossSection')}
      </button>
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        aria-expanded={diagrams.flow}
        onClick={() => onDiagram('flow', !diagrams.flow)}
      >
        {t('clinician.panel.flow')}
      </button>
      <button
        type="button"
        className="button button--secondary clinician-panel__toggle"
        onClick={onPatient}
      >
        {t('clinician.panel.patient')}
      </button>
      {asking ? (
        <div className="clinician-panel__confirm" data-testid="next-patient-confirm">
          <p>{t('nextPatient.question')}</p>
          <div className="mode-switch__buttons">
            <button
              ref={confirm}
              type="button"
              className="button button--primary"
              onClick={onNextPatient}
            >
              {t('nextPatient.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAsking(false)}
            >
              {t('nextPatient.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary clinician-panel__toggle"
          onClick={() => setAsking(true)}
        >
          {t('nextPatient.button')}
        </button>
      )}
    </section>
  );
}
