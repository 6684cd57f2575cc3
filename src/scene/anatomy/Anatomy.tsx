import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  type BufferGeometry,
  type Group,
  type Material,
  Matrix4,
  type Mesh,
  Quaternion,
  TorusGeometry,
  Vector3,
} from 'three';
import {
  archMesh,
  balloonPumpMesh,
  CATHETER_RADIUS,
  caseDyeMesh,
  closureMesh,
  coronaryMesh,
  deviceGlowMesh,
  ghostFrom,
  DYE_RADIAL,
  DYE_STEP,
  pacingWireMesh,
  routeMeshes,
  skinNormal,
  sphereMesh,
  starvedTerritory,
  starvedWeights,
  TUBE_RADIAL,
  TUBE_STEP,
  veinMesh,
  vesselsMesh,
} from '../../../models/anatomy/anatomyMeshes.ts';
import { casePath, heartArcOf } from '../../../models/anatomy/casePath.ts';
import { figureMesh } from '../../../models/anatomy/figure.ts';
import { heartMesh, heartTissues } from '../../../models/anatomy/heart.ts';
import { tubeIndexCountTo } from '../../../models/anatomy/path3.ts';
import { lesionSite, placeAnatomy } from '../../../models/anatomy/placement.ts';
import { smoothstep } from '../../../models/vec3.ts';
import type { PatientCase } from '../../case/patientCase.ts';
import { useSceneModel } from '../sceneContext.ts';
import { ANATOMY_PALETTE, baseOpacities, createAnatomyMaterials } from './anatomyMaterials.ts';
import { mixedColours, toGeometry } from './geometry.ts';
import { anatomyOpacity, CLOSE_UP_MAX_DISTANCE, viewDistance } from './viewScale.ts';
import {
  BEAD,
  CORONARY_RIM,
  ENTRY_MARK,
  FADE,
  INVISIBLE,
  LESION_RING_MAX,
  LESION_RING_MIN,
  LESION_RING_OF_DISTANCE,
  LIFT,
  RING_FACING,
  STARVED_TINT,
} from './anatomyTuning.ts';
import { useOrbitControls } from '../useOrbitControls.ts';

/** Builds every geometry for a case once; all are disposed together. */
function buildGeometries(kase: PatientCase) {
  const heart = heartMesh();
  const { route, limb, glow, catheterLimb, catheter, ghost } = routeMeshes(kase);
  const heartGeometry = toGeometry(heart);
  const t = heartTissues();
  const P = ANATOMY_PALETTE;
  heartGeometry.setAttribute(
    'color',
    mixedColours([
      [t.muscle, P.heart],
      [t.atrium, P.atrium],
      [t.aorta, P.aorta],
      [t.pulmonary, P.pulmonary],
      [t.vein, P.heartVein],
    ]),
  );
  let starved = null;
  if (kase.variant === 'primary') {
    const weights = starvedWeights(kase);
    starved = toGeometry(heart, starvedTerritory(kase, weights));
    const all = new Float32Array(weights.length).fill(1);
    starved.setAttribute('color', mixedColours([[all, P.starved]], weights));
  }
  const g = {
    body: toGeometry(figureMesh()),
    heart: heartGeometry,
    starved,
    coronary: toGeometry(coronaryMesh()),
    coronaryRim: toGeometry(coronaryMesh(CORONARY_RIM)),
    arch: toGeometry(archMesh()),
    vessels: toGeometry(vesselsMesh()),
    glow: toGeometry(glow),
    travelled: toGeometry(glow),
    catheterLimb: toGeometry(catheterLimb),
    catheter: toGeometry(catheter),
    ghost: toGeometry(ghost),
    dye: toGeometry(caseDyeMesh(kase)),
    tip: toGeometry(sphereMesh([0, 0, 0], 1, 12)),
    entry: new TorusGeometry(1, 0.18, 8, 32),
    lesion: new TorusGeometry(1, 0.16, 8, 48),
    lesionShade: new TorusGeometry(1, 0.3, 8, 48),
    closure: toGeometry(closureMesh(kase)),
    pump: kase.balloonPump ? toGeometry(balloonPumpMesh()) : null,
    wire: kase.pacemaker ? toGeometry(pacingWireMesh()) : null,
    vein: kase.pacemaker ? toGeometry(veinMesh()) : null,
    deviceGlow:
      kase.balloonPump || kase.pacemaker
        ? toGeometry(deviceGlowMesh(kase.balloonPump, kase.pacemaker))
        : null,
  };
  const path = casePath(kase.artery, lesionSite(kase.artery, kase.segment));
  return { g, route, limb, path };
}

const Z = new Vector3(0, 0, 1);

/**
 * The body-scale picture: the patient, their heart and coronary arteries, the main
 * arteries, the catheter's route (highlighted) and the catheter moving along it, placed so
 * the narrowing sits exactly on the close-up artery's narrowing. Fades out as the camera
 * comes close, where the close-up takes over.
 */
export function Anatomy({ patientCase }: { patientCase: PatientCase }) {
  const { state, artery, derived } = useSceneModel();
  const controls = useOrbitControls();
  const placement = useMemo(() => placeAnatomy(patientCase, artery), [patientCase, artery]);
  const matrix = useMemo(() => new Matrix4().fromArray(placement.matrix), [placement]);
  const materials = useMemo(createAnatomyMaterials, []);
  const opacities = useMemo(() => baseOpacities(materials), [materials]);
  const equipment = useMemo(
    () =>
      new Set<Material>([
        materials.pump,
        materials.wire,
        materials.wireGhost,
        materials.vein,
        materials.deviceGlow,
      ]),
    [materials],
  );
  const heartMarks = useMemo(
    () => new Set<Material>([materials.lesion, materials.lesionShade, materials.coronaryRim]),
    [materials],
  );
  const { g, route, limb, path } = useMemo(() => buildGeometries(patientCase), [patientCase]);
  useEffect(
    () => () => {
      for (const geometry of Object.values(g)) (geometry as BufferGeometry | null)?.dispose();
    },
    [g],
  );
  useEffect(
    () => () => {
      for (const m of Object.values(materials)) (m as Material).dispose();
    },
    [materials],
  );

  // Fixed placements of the markers, in anatomy coordinates.
  const marks = useMemo(() => {
    const lesion = placement.lesion;
    const entryNormal = new Vector3(...skinNormal(route.skin));
    return {
      entryAt: new Vector3(...route.skin).addScaledVector(entryNormal, LIFT.entry),
      entryTurn: new Quaternion().setFromUnitVectors(Z, entryNormal),
      // Lying on the heart's surface round the narrowing, lifted clear of its curve.
      lesionAt: new Vector3(...lesion.point).addScaledVector(
        new Vector3(...lesion.normal),
        LIFT.lesion,
      ),
      lesionTurn: new Quaternion().setFromUnitVectors(Z, new Vector3(...lesion.normal)),
    };
  }, [placement, route]);

  const group = useRef<Group>(null);
  const catheter = useRef<Mesh>(null);
  const tip = useRef<Mesh>(null);
  const entry = useRef<Mesh>(null);
  const lesionRing = useRef<Group>(null);
  const travelledGlow = useRef<Mesh>(null);
  const dye = useRef<Mesh>(null);
  const scratch = useMemo(() => new Vector3(), []);
  // How squarely the camera faces the narrowing (0..1), from the frame before.
  const ringFacing = useMemo(() => ({ value: 1 }), []);
  // What the catheter on its route was last drawn for: redrawn only when it travels or the
  // case (so the route's geometry) changes.
  const drawn = useRef({ geometry: null as BufferGeometry | null, progress: Number.NaN });

  useFrame(({ camera }) => {
    const root = group.current;
    if (!root) return;
    const distance = viewDistance(camera, controls);
    const fade = anatomyOpacity(distance);
    root.visible = fade > INVISIBLE;
    if (!root.visible) return;
    const routeMap = smoothstep(...FADE.routeMap, distance);
    const bodyScale = smoothstep(...FADE.bodyScale, distance);
    // Once the catheter is out and the site is being closed, its route is no longer news.
    const routeShown = 1 - Math.min(Math.max(state.siteClosure, 0), 1);
    for (let i = 0; i < opacities.length; i++) {
      const { material, base } = opacities[i] as (typeof opacities)[number];
      let k = fade;
      if (material === materials.glow) k *= routeMap * routeShown;
      // Faint at heart scale, gone in the opening and path views (the catheter shows there).
      // Gone at heart scale too: there it would lie along the faded arm or leg.
      if (material === materials.travelled) k *= bodyScale * routeShown;
      // The catheter in the arm or leg goes with their vessels (the rest stays, in the aorta).
      if (material === materials.catheterLimb) k *= bodyScale;
      if (material === materials.vessel) k *= bodyScale;
      if (material === materials.body) k *= smoothstep(...FADE.body, distance);
      if (material === materials.deviceGlow) k *= smoothstep(...FADE.deviceGlow, distance);
      // The balloon pump and pacing wire appear from the step that explains them.
      if (equipment.has(material)) k *= state.equipment;
      // The catheter seen through the aorta's wall at heart scale, engaged at the opening.
      if (material === materials.catheterGhost)
        k *= 1 - smoothstep(...FADE.catheterGhostOut, distance);
      if (material === materials.dye) k *= state.dyeOpacity;
      if (material === materials.starved) k *= STARVED_TINT * state.clot;
      if (material === materials.closure) k *= state.siteClosure;
      if (material === materials.entry) k *= smoothstep(...FADE.entry, distance);
      if (heartMarks.has(material))
        k *= smoothstep(CLOSE_UP_MAX_DISTANCE, FADE.heartMarksFull, distance);
      if (material === materials.lesion || material === materials.lesionShade)
        k *= ringFacing.value;
      material.opacity = base * k;
      material.visible = material.opacity > INVISIBLE;
    }
    // The ring is drawn over whatever lies in front (the pulmonary trunk or an auricle can
    // hide part of it), so it shows only while the camera is on the narrowing's side: the
    // placement turns the narrowing's outward normal to the scene's +z.
    const ring = lesionRing.current;
    if (ring) {
      ring.getWorldPosition(scratch);
      const facing = (camera.position.z - scratch.z) / (camera.position.distanceTo(scratch) || 1);
      const shown = smoothstep(...RING_FACING, facing);
      ring.visible = shown > 0.01;
      ringFacing.value = shown;
    }
    lesionRing.current?.scale.setScalar(
      Math.min(Math.max(LESION_RING_MIN, distance * LESION_RING_OF_DISTANCE), LESION_RING_MAX),
    );
    const travelled = Math.min(Math.max(state.routeProgress, 0), 1) * route.path.length;
    if (drawn.current.geometry !== g.catheter || drawn.current.progress !== state.routeProgress) {
      drawn.current.geometry = g.catheter;
      drawn.current.progress = state.routeProgress;
      const count = tubeIndexCountTo(route.path, travelled, TUBE_RADIAL, TUBE_STEP);
      g.catheterLimb.setDrawRange(
        0,
        tubeIndexCountTo(route.path, travelled, TUBE_RADIAL, TUBE_STEP, 0, limb),
      );
      const cath = catheter.current;
      if (cath) {
        cath.visible = travelled > limb + 0.5;
        cath.geometry.setDrawRange(
          0,
          tubeIndexCountTo(route.path, travelled, TUBE_RADIAL, TUBE_STEP, limb, route.path.length),
        );
      }
      const from = ghostFrom(route.path.length);
      g.ghost.setDrawRange(
        0,
        tubeIndexCountTo(route.path, travelled, TUBE_RADIAL, TUBE_STEP, from, route.path.length),
      );
      const done = travelledGlow.current;
      if (done) {
        done.visible = travelled > 0.5;
        done.geometry.setDrawRange(0, count);
      }
      const bead = tip.current;
      if (bead) {
        bead.visible = travelled > 0.5 && state.routeProgress < 0.999;
        bead.position.fromArray(route.path.pointAt(travelled));
      }
    }
    // Dye from the catheter's tip along the heart's artery, up to its front (stopped by a
    // clot), mapped from the close-up so the two show the same filling.
    const dyeMesh = dye.current;
    if (dyeMesh) {
      const shown = state.dyeOpacity > 0.005 && state.dyeFront > state.guideTip + 0.05;
      dyeMesh.visible = shown && materials.dye.visible;
      if (shown) {
        const front = heartArcOf(
          Math.min(state.dyeFront, derived.blockedAt),
          state.guideTip,
          artery.lesionCentre,
          path.lesion,
        );
        g.dye.setDrawRange(0, tubeIndexCountTo(path.path, front, DYE_RADIAL, DYE_STEP));
      }
    }
    // The bead keeps its size on screen.
    tip.current?.scale.setScalar(
      Math.max(CATHETER_RADIUS * BEAD.minOfCatheterRadius, distance * BEAD.perDistance),
    );
    entry.current?.scale.setScalar(Math.max(ENTRY_MARK.min, distance * ENTRY_MARK.perDistance));
  });

  return (
    <group ref={group} matrix={matrix} matrixAutoUpdate={false} name="anatomy">
      <mesh geometry={g.heart} material={materials.heart} renderOrder={1} />
      <mesh geometry={g.arch} material={materials.arch} renderOrder={1} />
      {g.starved && <mesh geometry={g.starved} material={materials.starved} renderOrder={2} />}
      <mesh geometry={g.coronaryRim} material={materials.coronaryRim} renderOrder={1} />
      <mesh geometry={g.coronary} material={materials.coronary} renderOrder={1} />
      <group
        ref={lesionRing}
        position={marks.lesionAt}
        quaternion={marks.lesionTurn}
        renderOrder={8}
      >
        <mesh geometry={g.lesionShade} material={materials.lesionShade} renderOrder={8} />
        <mesh geometry={g.lesion} material={materials.lesion} renderOrder={9} />
      </group>
      <mesh geometry={g.catheterLimb} material={materials.catheterLimb} renderOrder={1} />
      <mesh ref={catheter} geometry={g.catheter} material={materials.catheter} renderOrder={1} />
      <mesh geometry={g.ghost} material={materials.catheterGhost} renderOrder={6} />
      <mesh ref={dye} geometry={g.dye} material={materials.dye} renderOrder={2} />
      <mesh ref={tip} geometry={g.tip} material={materials.tip} renderOrder={5} />
      {g.pump && <mesh geometry={g.pump} material={materials.pump} renderOrder={1} />}
      {g.wire && (
        <>
          <mesh geometry={g.wire} material={materials.wire} renderOrder={1} />
          <mesh geometry={g.wire} material={materials.wireGhost} renderOrder={6} />
        </>
      )}
      {g.vein && <mesh geometry={g.vein} material={materials.vein} renderOrder={3} />}
      {g.deviceGlow && (
        <mesh geometry={g.deviceGlow} material={materials.deviceGlow} renderOrder={4} />
      )}
      <mesh geometry={g.vessels} material={materials.vessel} renderOrder={3} />
      <mesh geometry={g.glow} material={materials.glow} renderOrder={4} />
      <mesh
        ref={travelledGlow}
        geometry={g.travelled}
        material={materials.travelled}
        renderOrder={5}
      />
      <mesh geometry={g.closure} material={materials.closure} renderOrder={7} />
      <mesh
        ref={entry}
        geometry={g.entry}
        material={materials.entry}
        position={marks.entryAt}
        quaternion={marks.entryTurn}
        renderOrder={8}
      />
      <mesh geometry={g.body} material={materials.body} renderOrder={10} />
    </group>
  );
}
