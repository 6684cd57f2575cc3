import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Variant } from '../../case/patientCase.ts';
import type { RisksForCase } from '../../content/riskFigures.ts';
import { useText } from '../../i18n/useText.ts';
import type { Player } from '../../timeline/player.ts';
import { usePlayerView } from '../usePlayerView.ts';
import { IconArray } from './IconArray.tsx';
import { QUESTIONS_TO_ASK, riskSourceLine, riskWords } from './riskWords.ts';
import { RISKS_STAGE_ID } from './stage.ts';
import { useRisks } from './useRisks.ts';
import './risks.css';

export { RISKS_STAGE_ID } from './stage.ts';

export interface RisksContentProps {
  risks: RisksForCase;
  /** Which risk the pictograph shows (an index into the rows). */
  selected: number;
  onSelect: (index: number) => void;
  /** A prefix for element ids, unique on the page. */
  idPrefix?: string;
}

/**
 * The benefits, the risks as natural frequencies with a pictograph of the chosen one, and what
 * to ask the team. Pure presentation: the panel (and a unit test) give it the figures.
 */
export function RisksContent({ risks, selected, onSelect, idPrefix = 'risks' }: RisksContentProps) {
  const { t, pack } = useText();
  const words = useMemo(() => riskWords(risks, t, pack.meta.tag), [risks, t, pack.meta.tag]);
  const shown = words[selected] ?? words[0];
  return (
    <>
      {/* The risks first: the panel may be short, and the pictograph is what it is for. */}
      <h3 className="risks-panel__subheading">
        {t(risks.higherThanShown ? 'risks.risksHeadingPlanned' : 'risks.risksHeading')}
      </h3>
      {risks.higherThanShown && (
        <p className="risks-panel__emergency" data-testid="risks-emergency">
          {t('risks.plannedFigures')}
        </p>
      )}
      {shown && (
        <div className="risks-panel__figure">
          <IconArray
            total={risks.denominator}
            affected={shown.figure.count}
            label={`${shown.sentence} ${shown.rest}`}
            affectedLegend={shown.affectedLegend}
            unaffectedLegend={shown.unaffectedLegend}
          />
          <p className="risks-panel__sentence" aria-live="polite">
            {shown.sentence} {shown.rest}
          </p>
        </div>
      )}
      <p className="risks-panel__choose" id={`${idPrefix}-choose`}>
        {t('risks.intro', {
          total: new Intl.NumberFormat(pack.meta.tag).format(risks.denominator),
        })}
      </p>
      <ul className="risks-panel__rows" aria-labelledby={`${idPrefix}-choose`}>
        {words.map((w, i) => (
          <li key={w.id}>
            <button
              type="button"
              className="option-button risks-panel__row"
              aria-pressed={w === shown}
              data-risk={w.id}
              onClick={() => onSelect(i)}
            >
              <span className="risks-panel__row-label">{w.label}</span>
              <span className="risks-panel__row-summary">{w.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="risks-panel__source">{riskSourceLine(risks, t)}</p>

      <h3 className="risks-panel__subheading">{t('risks.benefitsHeading')}</h3>
      {/* The hospital page's own words (risks.json quotes them). */}
      {risks.benefits.map((b) => (
        <p key={b.text} className="risks-panel__text">
          {b.text}
        </p>
      ))}
      <p className="risks-panel__text">{t('risks.withoutTreatment')}</p>

      <div className="risks-panel__ask">
        <p className="risks-panel__own">{t('risks.ownRisk')}</p>
        <h3 className="risks-panel__subheading">{t('risks.askHeading')}</h3>
        <ul className="risks-panel__questions">
          {QUESTIONS_TO_ASK.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
    </>
  );
}

export interface RisksPanelProps {
  player: Player;
  variant: Variant;
}

/**
 * Shown while the risks stage is current: over the side of the picture on a tablet or
 * computer (with its own scroll, clear of the picture's buttons), under the player controls
 * on a phone. It can be put aside to see the picture, and comes back on the next visit.
 */
export function RisksPanel({ player, variant }: RisksPanelProps) {
  const view = usePlayerView(player);
  const current = player.slots[view.stageIndex]?.stage.id === RISKS_STAGE_ID;
  // Mounted afresh on each visit (and for each case): open, at the first risk.
  return current ? <OpenRisksPanel key={variant} variant={variant} /> : null;
}

function OpenRisksPanel({ variant }: { variant: Variant }) {
  const { t } = useText();
  const risks = useRisks(variant);
  const [selected, setSelected] = useState(0);
  const [hidden, setHidden] = useState(false);
  // After the patient hides or shows the panel, focus goes to the button that brings it back.
  const moveFocus = useRef(false);
  const toggle = (hide: boolean): void => {
    moveFocus.current = true;
    setHidden(hide);
  };
  const focusIfMoved = (el: HTMLButtonElement | null): void => {
    if (el && moveFocus.current) {
      moveFocus.current = false;
      el.focus();
    }
  };
  // The picture is on the page before this step can be current.
  const [stageView] = useState(() =>
    document.querySelector<HTMLElement>('[data-testid="stage-view"]'),
  );

  const panel = hidden ? (
    <div className="risks-panel risks-panel--hidden">
      <button
        type="button"
        className="button button--overlay"
        aria-expanded="false"
        ref={focusIfMoved}
        onClick={() => toggle(false)}
      >
        {t('risks.show')}
      </button>
    </div>
  ) : (
    <section
      className="risks-panel"
      aria-labelledby="risks-panel-heading"
      data-testid="risks-panel"
      data-variant={variant}
    >
      <div className="risks-panel__bar">
        <h2 id="risks-panel-heading" className="risks-panel__heading">
          {t('risks.heading')}
        </h2>
        {/* Over the picture, it can be put aside to see the picture. */}
        {stageView && (
          <button
            type="button"
            className="button button--secondary risks-panel__hide"
            aria-expanded="true"
            aria-controls="risks-panel-body"
            ref={focusIfMoved}
            onClick={() => toggle(true)}
          >
            {t('risks.hide')}
          </button>
        )}
      </div>
      <div className="risks-panel__body" id="risks-panel-body">
        <RisksContent risks={risks} selected={selected} onSelect={setSelected} />
      </div>
    </section>
  );
  return stageView ? createPortal(panel, stageView) : panel;
}
