import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  BedsideOverlay,
  BedsideToolbar,
  ClinicianPanel,
  createBedsideTools,
  createSceneProbe,
  ModeSwitch,
  useMode,
} from '../clinician/index.ts';
import { createCameraCommands } from '../scene/cameraCommands.ts';
import { ExplainerScene } from '../scene/ExplainerScene.tsx';
import { CaptionPanel } from '../ui/CaptionPanel.tsx';
import { CasePanel } from '../ui/CasePanel.tsx';
import { CaseSummary } from '../ui/CaseSummary.tsx';
import { ChapterList } from '../ui/ChapterList.tsx';
import { PlayIcon, ViewIcon } from '../ui/icons.tsx';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { TranslationNotice } from '../ui/TranslationNotice.tsx';
import { useText } from '../i18n/useText.ts';
import { createNarrator } from '../ui/narration.ts';
import { PlayerControls } from '../ui/PlayerControls.tsx';
import { PreferencesPanel } from '../ui/Preferences.tsx';
import { RisksPanel } from '../ui/risks/RisksPanel.tsx';
import { SceneErrorBoundary, SceneFallback } from '../ui/SceneFallback.tsx';
import { SafetyCards } from '../ui/SafetyCards.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import { TakeHome } from '../ui/takehome/TakeHome.tsx';
import { Transcript } from '../ui/Transcript.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { usePlayerView } from '../ui/usePlayerView.ts';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts.ts';
import { ViewControls } from '../ui/ViewControls.tsx';
import { XrayInset } from '../ui/XrayInset.tsx';
import type { ExplainerController } from './controller.ts';
import { parseStartPoint } from './deepLink.ts';
import { setBusyCheck } from './serviceWorker.ts';
import { useCaseExplainer } from './useCaseExplainer.ts';
import { useController } from './useController.ts';
import { usePatientCase } from './usePatientCase.ts';
import { exposeForTests } from './testHooks.ts';
import { canUseWebGL } from './webgl.ts';
import { usePreferences } from './usePreferences.ts';
import { usePauseWhenHidden } from './usePauseWhenHidden.ts';
import { useReducedMotion } from './useReducedMotion.ts';

export interface AppProps {
  /** Receives the controller that code around the explainer (the embed's API) drives it with. */
  onController?: (controller: ExplainerController) => void;
}

/** The explainer: the 3D picture, its caption, the player controls and the list of steps. */
export function App({ onController }: AppProps = {}) {
  const [patientCase, setPatientCase] = usePatientCase();
  const { t, pack } = useText();
  const { procedure, artery, player } = useCaseExplainer(patientCase, pack.content);
  // Patient or clinician (?mode=clinician, kept in the address); clinician adds the tools.
  const [mode, setMode] = useMode();
  const narrator = useMemo(
    () =>
      createNarrator(
        player,
        typeof window.speechSynthesis === 'undefined' ? undefined : window.speechSynthesis,
        (text) => new SpeechSynthesisUtterance(text),
        pack.meta.tag,
      ),
    [player, pack.meta.tag],
  );
  const cameraCommands = useMemo(createCameraCommands, []);
  const webgl = useMemo(canUseWebGL, []);
  const clinician = mode === 'clinician';
  const probe = useMemo(createSceneProbe, []);
  const bedside = useMemo(createBedsideTools, []);
  const deviceReducedMotion = useReducedMotion();
  const preferences = usePreferences();
  const reducedMotion = deviceReducedMotion || preferences.reduceMotion;
  const [guided, setGuided] = useState(true);
  const leaveGuidedView = useCallback(() => setGuided(false), []);
  const [pictureLost, setPictureLost] = useState(false);
  const onContextLost = useCallback(() => setPictureLost(true), []);
  const onContextRestored = useCallback(() => setPictureLost(false), []);
  usePauseWhenHidden(player);
  const view = usePlayerView(player);
  useKeyboardShortcuts(player);

  // The page address says where to start, once; later players (after a change of case)
  // carry on from where the last one was.
  const startedFromAddress = useRef(false);
  useEffect(() => {
    exposeForTests({ player });
    if (startedFromAddress.current) return;
    startedFromAddress.current = true;
    const start = parseStartPoint(window.location.search, player.slots, player.duration);
    player.seek(start.time);
    if (start.autoplay && !window.matchMedia('(prefers-reduced-motion: reduce)').matches)
      player.play();
  }, [player]);
  useEffect(() => () => narrator.dispose(), [narrator]);
  useEffect(() => setBusyCheck(() => player.playing()), [player]);

  const controller = useController({ player, patientCase, setPatientCase, mode, setMode });
  useEffect(() => onController?.(controller), [controller, onController]);

  useEffect(() => player.setStills(reducedMotion), [player, reducedMotion]);

  const slot = player.slots[view.stageIndex] ?? player.slots[0];
  if (!slot) return null;
  const stage = slot.stage;
  const fallback = (
    <SceneFallback
      description={stage.description}
      stageId={stage.id}
      variant={patientCase.variant}
    />
  );
  const caseKey = Object.values(patientCase).join('-');

  return (
    <div className="app">
      <header className="header">
        <div className="header__inner">
          <h1 className="header__title">{procedure.meta.title}</h1>
          <p className="header__subtitle">{t('header.subtitle')}</p>
        </div>
        <DraftNotice />
        <TranslationNotice />
      </header>
      <UpdatePrompt />
      <main className="layout" id="main">
        <div className="viewer">
          <div className="stage-view" data-testid="stage-view">
            <div
              className="stage-view__picture"
              role="img"
              aria-label={t('picture.label', {
                n: slot.index + 1,
                title: stage.title,
                description: stage.description,
              })}
            >
              {webgl ? (
                <SceneErrorBoundary fallback={fallback}>
                  <ExplainerScene
                    player={player}
                    artery={artery}
                    patientCase={patientCase}
                    guided={guided}
                    onUserCamera={leaveGuidedView}
                    reducedMotion={reducedMotion}
                    cameraCommands={cameraCommands}
                    probe={probe}
                    onContextLost={onContextLost}
                    onContextRestored={onContextRestored}
                    fallback={null}
                    sceneKey={caseKey}
                  />
                </SceneErrorBoundary>
              ) : (
                fallback
              )}
            </div>
            {clinician && (
              <BedsideOverlay tools={bedside} probe={probe} player={player} artery={artery} />
            )}
            <XrayInset player={player} artery={artery} />
            {pictureLost && (
              <p className="stage-view__restoring" role="status" data-testid="restoring">
                {t('picture.restoring')}
              </p>
            )}
            {!view.started && !view.playing && (
              <button
                type="button"
                className="start-button"
                onClick={player.play}
                aria-label={t('start.label')}
              >
                <PlayIcon />
                <span>{t('player.play')}</span>
              </button>
            )}
            {!guided && (
              <button
                type="button"
                className="button button--overlay stage-view__guided"
                onClick={() => setGuided(true)}
              >
                <ViewIcon />
                <span>{t('view.backToGuided')}</span>
              </button>
            )}
            <ViewControls commands={cameraCommands} />
            <p className="stage-view__hint" aria-hidden="true">
              {t('picture.hint')}
            </p>
          </div>
          {clinician && <BedsideToolbar tools={bedside} />}
          <CaptionPanel
            stage={stage}
            stageNumber={slot.index + 1}
            stageCount={player.slots.length}
            captionIndex={view.captionIndex}
          />
          <PlayerControls player={player} view={view} />
          <RisksPanel player={player} variant={patientCase.variant} />
        </div>
        <aside className="sidebar">
          {clinician ? (
            <CasePanel value={patientCase} onChange={setPatientCase} />
          ) : (
            <CaseSummary value={patientCase} />
          )}
          {clinician && (
            <ClinicianPanel
              player={player}
              artery={artery}
              reducedMotion={reducedMotion}
              onPatient={() => setMode('patient')}
            />
          )}
          <SafetyCards messages={procedure.safety.filter((m) => m.stage === stage.id)} />
          <TakeHome player={player} procedure={procedure} patientCase={patientCase} mode={mode} />
          <ChapterList player={player} currentIndex={view.stageIndex} />
          <PreferencesPanel
            preferences={preferences}
            deviceReducedMotion={deviceReducedMotion}
            narrator={narrator}
          />
          <Transcript player={player} safety={procedure.safety} />
          <SourceNote meta={procedure.meta} />
          {!clinician && <ModeSwitch onClinician={() => setMode('clinician')} />}
        </aside>
      </main>
    </div>
  );
}
