import { type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBedsideTools } from '../clinician/bedsideTools.ts';
import { ModeSwitch } from '../clinician/ModeSwitch.tsx';
import { NO_DIAGRAMS, type OpenDiagrams } from '../clinician/panelIds.ts';
import { createSceneProbe } from '../scene/sceneProbe.ts';
import { useMode } from '../clinician/useMode.ts';
import { createCameraCommands } from '../scene/cameraCommands.ts';
import { CaptionPanel } from '../ui/CaptionPanel.tsx';
import { CaseSummary } from '../ui/CaseSummary.tsx';
import { ChapterList } from '../ui/ChapterList.tsx';
import { FullscreenIcon, PanelsIcon, PlayIcon, ViewIcon } from '../ui/icons.tsx';
import { IdlePrompt } from '../ui/IdlePrompt.tsx';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { TranslationNotice } from '../ui/TranslationNotice.tsx';
import { useText } from '../i18n/useText.ts';
import { createNarrator } from '../ui/narration.ts';
import { PlayerControls, SpeedSelect } from '../ui/PlayerControls.tsx';
import { PreferencesPanel } from '../ui/Preferences.tsx';
import { RisksPanel } from '../ui/risks/RisksPanel.tsx';
import { SceneErrorBoundary, SceneFallback } from '../ui/SceneFallback.tsx';
import { SafetyCards } from '../ui/SafetyCards.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import { TakeHome } from '../ui/takehome/TakeHome.tsx';
import { Transcript } from '../ui/Transcript.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { usePlayerView } from '../ui/usePlayerView.ts';
import { useKeyboardShortcuts } from '../ui/useKeyboardShortcuts.ts';
import { ViewControls } from '../ui/ViewControls.tsx';
import { XrayInset } from '../ui/XrayInset.tsx';
import type { ExplainerController } from './controller.ts';
// The 3D picture (with its opening still) and the parts loaded after its first frame.
import {
  BedsideOverlay,
  BedsideToolbar,
  CasePanel,
  ClinicianPanel,
  Diagrams,
  ExplainerScene,
} from './lazyParts.tsx';
import { parseStartPoint } from './deepLink.ts';
import { setBusyCheck } from './serviceWorker.ts';
import { useCaseExplainer } from './useCaseExplainer.ts';
import { useController } from './useController.ts';
import { usePatientCase } from './usePatientCase.ts';
import { exposeForTests } from './testHooks.ts';
import { canUseWebGL } from './webgl.ts';
import { usePreferences } from '../ui/usePreferences.ts';
import { usePauseWhenHidden } from './usePauseWhenHidden.ts';
import { useReducedMotion } from './useReducedMotion.ts';
import { useFullscreen } from './useFullscreen.ts';
import { useIdleReset } from './useIdleReset.ts';
import { COMPACT_QUERY, useMediaQuery } from './useMediaQuery.ts';
import { idleResetSeconds, startForNextPatient } from './nextPatient.ts';

/** What, clicked in the panels, shows a step: the list of steps, transcript links, "watch again". */
const SHOWS_A_STEP = '[data-stage], a[href^="?stage="], [data-show-picture]';

export interface AppProps {
  /** Receives the controller that code around the explainer (the embed's API) drives it with. */
  onController?: (controller: ExplainerController) => void;
  /** In a hospital page's frame (embed.html): its own compact layout, never the drawer. */
  embedded?: boolean;
}

/** The explainer: the 3D picture, its caption, the player controls and the list of steps. */
export function App({ onController, embedded = false }: AppProps = {}) {
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
  // The player (picture, caption, controls) is what goes full screen.
  const playerElement = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(playerElement);
  useKeyboardShortcuts(player, true, { onFullscreen: fullscreen.toggle });
  // On a small screen the panels are a drawer over the player, opened from the controls.
  const compact = useMediaQuery(COMPACT_QUERY) && !embedded;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawer = compact && drawerOpen;
  const stageView = useRef<HTMLDivElement>(null);
  const sidebar = useRef<HTMLElement>(null);
  const [diagrams, setDiagrams] = useState<OpenDiagrams>(NO_DIAGRAMS);
  const idle = useIdleReset(
    useMemo(
      () =>
        idleResetSeconds(
          window.location.search,
          document.documentElement.dataset.idleReset,
          import.meta.env.VITE_IDLE_RESET_SECONDS as string | undefined,
        ),
      [],
    ),
    player,
    () => startForNextPatient(window),
  );

  /** Brings the picture back into view: closes the drawer over it, scrolls to it. */
  const showPicture = useCallback(() => {
    setDrawerOpen(false);
    stageView.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  // Choosing a step anywhere in the panels shows it (after the click has done its work).
  const onPanelsClick = useCallback(
    (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest(SHOWS_A_STEP)) showPicture();
    },
    [showPicture],
  );
  const setDiagram = useCallback(
    (which: keyof OpenDiagrams, open: boolean) => {
      setDiagrams((d) => ({ ...d, [which]: open }));
      if (open) showPicture();
    },
    [showPicture],
  );
  // The tools come in at the top of the panels: once they are there (they load with the later
  // parts, so perhaps a few frames after the switch), show them, not the switch's old place.
  const revealClinician = useRef(false);
  const turnOnClinician = useCallback(() => {
    revealClinician.current = true;
    setMode('clinician');
  }, [setMode]);
  const onClinicianShown = useCallback((heading: HTMLElement) => {
    const panels = sidebar.current;
    if (!revealClinician.current || !panels) return;
    revealClinician.current = false;
    // The switch's button has gone: carry the keyboard focus to the tools (not scrolling the
    // page away from the picture).
    heading.focus({ preventScroll: true });
    panels.scrollTop +=
      heading.getBoundingClientRect().top - panels.getBoundingClientRect().top - 8;
  }, []);
  const toPatient = useCallback(() => {
    setMode('patient');
    setDiagrams(NO_DIAGRAMS);
  }, [setMode]);

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

  const appClass = [
    'app',
    drawer ? 'app--drawer-open' : '',
    fullscreen.mode === 'window' ? 'app--full-window' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={appClass}>
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
        <div
          className={`viewer${fullscreen.mode === 'off' ? '' : ' viewer--full'}${clinician ? ' viewer--clinician' : ''}`}
          ref={playerElement}
          data-testid="player"
          data-fullscreen={fullscreen.mode}
        >
          <div className="stage-view" data-testid="stage-view" ref={stageView}>
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
                    onTestHandle={exposeForTests}
                  />
                </SceneErrorBoundary>
              ) : (
                fallback
              )}
            </div>
            {clinician && (
              <BedsideOverlay
                tools={bedside}
                probe={probe}
                player={player}
                artery={artery}
                onTestHandle={exposeForTests}
              />
            )}
            <XrayInset player={player} artery={artery} />
            {pictureLost && (
              <p className="stage-view__restoring" role="status" data-testid="restoring">
                {t('picture.restoring')}
              </p>
            )}
            {!view.started && !view.playing && (
              <button type="button" className="start-button" onClick={player.play}>
                <PlayIcon />
                {/* Its whole name in view, so the name never differs from the words shown
                    (WCAG 2.5.3), in any language. */}
                <span>{t('start.label')}</span>
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
            {/* A still picture cannot turn: no turn and zoom buttons, no "drag to turn". */}
            {webgl && <ViewControls commands={cameraCommands} />}
            {webgl && (
              <p className="stage-view__hint" aria-hidden="true">
                {t('picture.hint')}
              </p>
            )}
            {clinician && (
              <Diagrams
                open={diagrams}
                onClose={(which) => setDiagram(which, false)}
                player={player}
                artery={artery}
                reducedMotion={reducedMotion}
              />
            )}
          </div>
          {clinician && <BedsideToolbar tools={bedside} />}
          <CaptionPanel
            stage={stage}
            stageNumber={slot.index + 1}
            stageCount={player.slots.length}
            captionIndex={view.captionIndex}
          />
          <PlayerControls player={player} view={view} speed={!compact}>
            <button
              type="button"
              className="button button--secondary controls__fullscreen"
              onClick={fullscreen.toggle}
              aria-pressed={fullscreen.mode !== 'off'}
              data-testid="fullscreen"
            >
              <FullscreenIcon on={fullscreen.mode !== 'off'} />
              <span>{t(fullscreen.mode === 'off' ? 'fullscreen.enter' : 'fullscreen.exit')}</span>
            </button>
            {compact && fullscreen.mode === 'off' && (
              <button
                type="button"
                className="button button--secondary controls__panels"
                aria-expanded={drawerOpen}
                aria-controls="panels"
                onClick={() => setDrawerOpen(!drawerOpen)}
                data-testid="panels-button"
              >
                <PanelsIcon />
                {/* The short word shows under the icon; the full name is what is read out. */}
                <span className="controls__panels-word" aria-hidden="true">
                  {t('layout.panels.short')}
                </span>
                <span className="visually-hidden">{t('layout.panels.open')}</span>
              </button>
            )}
          </PlayerControls>
          <RisksPanel player={player} variant={patientCase.variant} />
        </div>
        {/* The panels: a column beside the player (tablet), or a drawer over it (phone). Either
            scrolls on its own, so the page itself never does. */}
        <aside
          className={compact && !drawerOpen ? 'sidebar sidebar--closed' : 'sidebar'}
          id="panels"
          ref={sidebar}
          aria-label={compact ? t('layout.panels.heading') : undefined}
          // In a short frame the step's safety message scrolls, and holds nothing to focus:
          // the region itself takes focus so it can be scrolled from the keyboard.
          {...(embedded && { tabIndex: 0, 'aria-label': t('layout.panels.embedded') })}
          onClick={onPanelsClick}
        >
          {compact && (
            <div className="sidebar__bar">
              <button
                type="button"
                className="button button--primary sidebar__close"
                onClick={showPicture}
              >
                {t('layout.panels.close')}
              </button>
            </div>
          )}
          {clinician ? (
            <CasePanel value={patientCase} onChange={setPatientCase} />
          ) : (
            <CaseSummary value={patientCase} />
          )}
          {clinician && (
            <ClinicianPanel
              diagrams={diagrams}
              onDiagram={setDiagram}
              onPatient={toPatient}
              onNextPatient={() => startForNextPatient(window)}
              onShown={onClinicianShown}
            />
          )}
          <SafetyCards messages={procedure.safety.filter((m) => m.stage === stage.id)} />
          <TakeHome player={player} procedure={procedure} patientCase={patientCase} mode={mode} />
          <ChapterList player={player} currentIndex={view.stageIndex} />
          <PreferencesPanel
            preferences={preferences}
            deviceReducedMotion={deviceReducedMotion}
            narrator={narrator}
            {...(compact ? { speed: <SpeedSelect player={player} speed={view.speed} /> } : {})}
          />
          <Transcript player={player} safety={procedure.safety} variant={patientCase.variant} />
          <SourceNote meta={procedure.meta} />
          {!clinician && <ModeSwitch onClinician={turnOnClinician} />}
        </aside>
      </main>
      <IdlePrompt open={idle.asking} onStay={idle.stay} />
    </div>
  );
}
