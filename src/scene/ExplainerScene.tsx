import { OrbitControls, PerformanceMonitor } from '@react-three/drei';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { NeutralToneMapping, type WebGLRenderer } from 'three';
import type { Artery } from '../../models/artery.ts';
import type { PatientCase } from '../case/patientCase.ts';
import type { Player } from '../timeline/player.ts';
import type { SceneProbe } from './sceneProbe.ts';
import { Anatomy } from './anatomy/Anatomy.tsx';
import { CloseUpGroup } from './anatomy/CloseUpGroup.tsx';
import { FrameCapture } from './FrameCapture.tsx';
import { CameraCommandBridge } from './CameraCommandBridge.tsx';
import type { CameraCommands } from './cameraCommands.ts';
import { CameraRig } from './CameraRig.tsx';
import { ContextLossGuard } from './ContextLossGuard.tsx';
import { createDerived, updateDerived } from '../timeline/derived.ts';
import { Lighting } from './Lighting.tsx';
import { Precompile } from './Precompile.tsx';
import { createMaterials, disposeAll } from './materials.ts';
import { MaterialsContext } from './materialsContext.ts';
import { ArteryWall } from './parts/ArteryWall.tsx';
import { BalloonCatheter } from './parts/BalloonCatheter.tsx';
import { BloodCells } from './parts/BloodCells.tsx';
import { Clot } from './parts/Clot.tsx';
import { Dye } from './parts/Dye.tsx';
import { GuideCatheter } from './parts/GuideCatheter.tsx';
import { Guidewire } from './parts/Guidewire.tsx';
import { SoftShadow } from './parts/SoftShadow.tsx';
import { Stent } from './parts/Stent.tsx';
import { SceneContext, type SceneModel } from './sceneContext.ts';
import { SceneProbeBridge } from './SceneProbeBridge.tsx';

export interface ExplainerSceneProps {
  player: Player;
  artery: Artery;
  /** The patient's own case: which route, artery and segment the body-scale picture shows. */
  patientCase: PatientCase;
  /** Follow the timeline's camera shots. */
  guided: boolean;
  /** Called when the user starts to rotate, zoom or pan the view themselves. */
  onUserCamera: () => void;
  reducedMotion: boolean;
  /**
   * Shown inside the canvas element where WebGL is not available. The app checks for WebGL
   * itself first, so this is a last resort and should be light (no images: they would load
   * even where the 3D picture works).
   */
  fallback: ReactNode;
  /** Lets on-screen buttons turn and zoom the view. */
  cameraCommands: CameraCommands;
  /**
   * Changes when the patient's case does: the parts are rebuilt for the new artery (their
   * old geometry disposed) inside the same canvas, so no WebGL context is thrown away.
   */
  sceneKey: string;
  /** Told when the GPU drops the picture and when it is back. */
  onContextLost: () => void;
  onContextRestored: () => void;
  /** Lets the clinician overlays (marks, labels, scale) follow the 3D view. */
  probe?: SceneProbe;
  /**
   * Hands the renderer and the view commands to the browser tests' handle (the app passes
   * its exposeForTests), so the scene never reaches up into the app for it.
   */
  onTestHandle?: (part: SceneTestParts) => void;
}

/** What the scene hands to the browser tests' handle (src/app/testHooks.ts). */
export interface SceneTestParts {
  renderer?: WebGLRenderer;
  cameraCommands?: CameraCommands;
}

/** The lowest pixel ratio adaptive quality may choose: below this the picture blurs. */
const MIN_DPR = 1;

/** Renders a frame whenever the timeline moves: the canvas sleeps while nothing changes. */
function RenderOnTimeline({ player }: { player: Player }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // A new player (another case) shows a new picture straight away, not at its first event.
    invalidate();
    return player.subscribe(() => invalidate());
  }, [player, invalidate]);
  return null;
}

/**
 * Marks the canvas `data-ready="true"` once its first frame is on screen, so tests and
 * tools can wait for the picture rather than guess.
 */
function FirstFrameFlag() {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    const el = gl.domElement;
    if (el.dataset.ready === 'true') return;
    // useFrame runs before the frame is drawn: flag it once the browser has shown it.
    requestAnimationFrame(() => {
      el.dataset.ready = 'true';
    });
  });
  return null;
}

/** Works out the shared derived values before any part reads them (runs first each frame). */
function DeriveEachFrame({ model }: { model: SceneModel }) {
  useFrame(() => {
    updateDerived(model.derived, model.state, model.artery);
  }, -2);
  return null;
}

/** The one <Canvas>: the artery close-up and everything that happens inside it. */
export function ExplainerScene({
  player,
  artery,
  patientCase,
  guided,
  onUserCamera,
  reducedMotion,
  fallback,
  cameraCommands,
  onContextLost,
  onContextRestored,
  sceneKey,
  probe,
  onTestHandle,
}: ExplainerSceneProps) {
  const model = useMemo<SceneModel>(
    () => ({ state: player.state, artery, derived: createDerived() }),
    [player, artery],
  );
  const materials = useMemo(createMaterials, []);
  // Sharp on high-density screens, but never more than twice the CSS pixels (tablets heat
  // up); lowered while frames are slow and raised again when they are quick.
  const maxDpr = Math.min(window.devicePixelRatio || 1, 2);
  const [dpr, setDpr] = useState(maxDpr);
  useEffect(() => () => disposeAll(materials), [materials]);

  return (
    <Canvas
      fallback={fallback}
      frameloop="demand"
      dpr={dpr}
      camera={{ fov: 32, near: 0.5, far: 600, position: [0, 13, 80] }}
      gl={{
        antialias: true,
        alpha: true,
        powerPreference: 'high-performance',
        preserveDrawingBuffer: false,
      }}
      onCreated={({ gl }) => {
        gl.localClippingEnabled = true;
        gl.toneMapping = NeutralToneMapping;
        gl.setClearColor(0x000000, 0);
        onTestHandle?.({ renderer: gl });
      }}
    >
      <SceneContext.Provider value={model}>
        <MaterialsContext.Provider value={materials}>
          <PerformanceMonitor
            onDecline={() => setDpr((d) => Math.max(MIN_DPR, d - 0.5))}
            onIncline={() => setDpr((d) => Math.min(maxDpr, d + 0.25))}
          />
          <DeriveEachFrame model={model} />
          <RenderOnTimeline player={player} />
          <FirstFrameFlag />
          <FrameCapture />
          <ContextLossGuard onLost={onContextLost} onRestored={onContextRestored} />
          <Lighting />
          <CloseUpGroup>
            <SoftShadow />
            <group key={sceneKey}>
              <ArteryWall />
              <Clot />
              <GuideCatheter />
              <Guidewire />
              <BalloonCatheter />
              <Stent />
              <BloodCells />
              <Dye />
            </group>
          </CloseUpGroup>
          <Anatomy patientCase={patientCase} />
          <OrbitControls
            makeDefault
            enableDamping
            dampingFactor={0.15}
            minDistance={8}
            maxDistance={4000}
            onStart={onUserCamera}
          />
          <Precompile />
          <CameraRig guided={guided} reducedMotion={reducedMotion} />
          <CameraCommandBridge
            commands={cameraCommands}
            onUserCamera={onUserCamera}
            {...(onTestHandle && { onTestHandle })}
          />
          {probe && <SceneProbeBridge probe={probe} />}
        </MaterialsContext.Provider>
      </SceneContext.Provider>
    </Canvas>
  );
}
