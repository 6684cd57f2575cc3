import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/useText.ts';
import './clinician.css';

/**
 * Turns the clinician tools on, from patient mode. Two steps (a press, then a confirm), so a
 * patient exploring the page will not switch them on by accident.
 */
export function ModeSwitch({ onClinician }: { onClinician: () => void }) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <section className="panel mode-switch" aria-labelledby="mode-switch-heading">
      <h2 id="mode-switch-heading" className="panel__heading">
        {t('clinician.modeSwitch.heading')}
      </h2>
      {asking ? (
        <>
          <p className="mode-switch__question">{t('clinician.modeSwitch.question')}</p>
          <div className="mode-switch__buttons">
            <button
              ref={confirm}
              type="button"
              className="button button--primary"
              // This button goes; App carries the keyboard focus to the tools once they are there.
              onClick={onClinician}
            >
              {t('clinician.modeSwitch.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAsking(false)}
            >
              {t('clinician.modeSwitch.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button
          ref={opener}
          type="button"
          className="button button--secondary"
          onClick={() => setAsking(true)}
        >
          {t('clinician.modeSwitch.open')}
        </button>
      )}
    </section>
  );
}
