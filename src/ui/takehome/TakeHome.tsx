import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Mode } from '../../case/mode.ts';
import type { PatientCase } from '../../case/patientCase.ts';
import type { Procedure } from '../../content/schema.ts';
import { useText } from '../../i18n/useText.ts';
import type { Player } from '../../timeline/player.ts';
import { usePlayerView } from '../usePlayerView.ts';
import { frameCapture } from '../../scene/frameCapture.ts';
import { Handout, ShareDialog } from './later.tsx';
import { questionsFor, stageIndexOf } from './questions.ts';
import { shareUrl } from './shareLink.ts';
import { captureStills, prerenderedStill } from './stills.ts';
import { TeachBack } from './TeachBack.tsx';
import './takehome.css';

export interface TakeHomeProps {
  player: Player;
  /** The content for this case. */
  procedure: Procedure;
  patientCase: PatientCase;
  mode: Mode;
}

/**
 * What the patient takes home: questions to check what they have understood (offered
 * prominently at the end), a printed handout of their case, and a QR code to watch it again
 * on their own phone. Nothing here is stored or sent.
 */
export function TakeHome({ player, procedure, patientCase, mode }: TakeHomeProps) {
  const view = usePlayerView(player);
  const { t } = useText();
  const questions = useMemo(() => questionsFor(procedure, patientCase), [procedure, patientCase]);
  const [quizOpen, setQuizOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  // Kept with the player they were drawn from: another case's pictures are never printed.
  const [drawn, setDrawn] = useState<{ player: Player; stills: Record<string, string> }>();
  const [printing, setPrinting] = useState(false);
  const url = shareUrl(window.location.href, patientCase);
  const atEnd = view.atEnd && !view.playing;
  // The invitation at the end sits over the picture (the app's stage view), else in the sidebar.
  const [endSlot, setEndSlot] = useState<HTMLElement | null>(null);
  useEffect(
    () => setEndSlot(document.querySelector<HTMLElement>('[data-testid="stage-view"]')),
    [],
  );

  const replay = (stageId: string): void => {
    setQuizOpen(false);
    const index = stageIndexOf(player.slots, stageId);
    if (index < 0) return;
    player.goToStage(index);
    player.play();
  };
  const stageTitle = (stageId: string): string =>
    player.slots[stageIndexOf(player.slots, stageId)]?.stage.title ?? t('takehome.quiz.thatStep');

  // Pictures of this case from the live scene, drawn into the handout before it prints.
  const prepare = useCallback(() => {
    const capture = frameCapture();
    // Without a 3D picture (no WebGL), the pre-rendered stills (planned or emergency).
    const next = capture
      ? captureStills(player, capture)
      : Object.fromEntries(
          player.slots.map((s) => [s.stage.id, prerenderedStill(s.stage.id, patientCase.variant)]),
        );
    flushSync(() => setDrawn({ player, stills: next }));
  }, [player, patientCase.variant]);

  // Printed from the browser's own menu: prepare in time, as far as the browser allows.
  useEffect(() => {
    window.addEventListener('beforeprint', prepare);
    return () => window.removeEventListener('beforeprint', prepare);
  }, [prepare]);

  const print = async (): Promise<void> => {
    setPrinting(true);
    // Lets "Preparing…" show before the pictures are drawn (a few seconds on slow devices).
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('beforeprint', prepare);
    try {
      prepare();
      const images = [...document.querySelectorAll<HTMLImageElement>('.handout__picture')];
      await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
      window.print();
    } finally {
      window.addEventListener('beforeprint', prepare);
      setPrinting(false);
    }
  };

  const endCard = (
    <section className="takehome-end" aria-labelledby="takehome-end-heading">
      <h2 id="takehome-end-heading" className="takehome-end__heading">
        {t('takehome.end.heading')}
      </h2>
      <p>{t('takehome.end.text')}</p>
      <button type="button" className="button button--primary" onClick={() => setQuizOpen(true)}>
        {t('takehome.check')}
      </button>
    </section>
  );

  return (
    <>
      {atEnd && (endSlot ? createPortal(endCard, endSlot) : endCard)}
      <section className="panel takehome-panel" aria-labelledby="takehome-heading">
        <h2 id="takehome-heading" className="panel__heading">
          {t('takehome.panel.heading')}
        </h2>
        <div className="takehome-panel__buttons">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setQuizOpen(true)}
          >
            {t('takehome.check')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void print()}
            disabled={printing}
          >
            {t(printing ? 'takehome.printing' : 'takehome.print')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShareOpen(true)}
          >
            {t(
              mode === 'clinician' ? 'takehome.share.openClinician' : 'takehome.share.openPatient',
            )}
          </button>
        </div>
      </section>
      <TeachBack
        key={Object.values(patientCase).join('-')}
        questions={questions}
        open={quizOpen}
        onClose={() => setQuizOpen(false)}
        onReplay={replay}
        stageTitle={stageTitle}
      />
      <ShareDialog url={url} open={shareOpen} onClose={() => setShareOpen(false)} />
      <Handout
        procedure={procedure}
        slots={player.slots}
        patientCase={patientCase}
        stills={drawn?.player === player ? drawn.stills : {}}
        shareUrl={url}
      />
    </>
  );
}
