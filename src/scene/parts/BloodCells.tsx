import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type InstancedMesh, LatheGeometry, Matrix4, Quaternion, Vector2, Vector3 } from 'three';
import {
  createCellPlacements,
  createCellSeeds,
  createFlowField,
  placeCells,
} from '../../../models/bloodFlow.ts';
import { cellShownPastClot, occludedLumenRadius } from '../../../models/clot.ts';
import { RED_CELL_DIAMETER } from '../../../models/dimensions.ts';
import { redCellProfile } from '../../../models/redCell.ts';
import { deviceRadiusAt } from '../../timeline/derived.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker } from '../useSweptGeometry.ts';

const COUNT = 380;

/** A red cell's biconcave disc, turned on a lathe from its outline (models/redCell.ts). */
const redCellGeometry = (): LatheGeometry =>
  new LatheGeometry(
    redCellProfile().map(([r, h]) => new Vector2(r, h)),
    8,
  );

/** Red cells drifting through the channel, faster where it is narrow (see models/bloodFlow.ts). */
export function BloodCells() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(redCellGeometry, []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const sim = useMemo(() => {
    const field = createFlowField(0, artery.centreline.length, 256, artery.lumenRadiusHealthy);
    const seeds = createCellSeeds(COUNT);
    return {
      field,
      seeds,
      // Each cell tumbles about its own fixed axis: worked out once, not every frame.
      axes: seeds.map(
        (seed) =>
          new Vector3(
            Math.cos(seed.axisA) * Math.sin(seed.axisB),
            Math.sin(seed.axisA) * Math.sin(seed.axisB),
            Math.cos(seed.axisB),
          ),
      ),
      // Each cell's own fixed number for thinning out cells past a blocking clot.
      keep: Array.from({ length: COUNT }, (_, i) => (i * 0.6180339887) % 1),
      // Every cell placed, and its centreline point and normal (x, y pairs), in one pass a frame.
      placed: createCellPlacements(COUNT),
      points: new Float64Array(2 * COUNT),
      normals: new Float64Array(2 * COUNT),
      m: new Matrix4(),
      q: new Quaternion(),
      pos: new Vector3(),
      scale: new Vector3(),
      shapeChanged: createChangeTracker(),
      phaseChanged: createChangeTracker(),
      channel: (s: number) => occludedLumenRadius(artery, s, derived.compression, state.clot),
      obstacle: (s: number) => deviceRadiusAt(derived, state, artery, s),
    };
  }, [artery, derived, state]);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const { field, seeds, axes, placed, points, normals } = sim;
    // The channel's volume table depends on its shape, not on how far the blood has flowed.
    const shapeChanged = sim.shapeChanged(
      derived.compression,
      state.guideTip,
      state.wireTip,
      state.balloonCentre,
      state.balloonInflation,
      state.stentCentre,
      state.stentExpansion,
      state.clot,
    );
    if (shapeChanged) field.update(sim.channel, sim.obstacle);
    if (!sim.phaseChanged(state.flowPhase) && !shapeChanged) return;
    placeCells(field, seeds, state.flowPhase, placed);
    artery.centreline.framesAt(placed.s, COUNT, points, normals);
    for (let i = 0; i < COUNT; i++) {
      const seed = seeds[i];
      const axis = axes[i];
      if (!seed || !axis) continue;
      const s = placed.s[i] ?? 0;
      const rho = placed.rho[i] ?? 0;
      const theta = placed.theta[i] ?? 0;
      const shown = cellShownPastClot(artery, s, derived.flowThrough, sim.keep[i] ?? 0);
      const scale = shown ? (placed.scale[i] ?? 0) : 0;
      const c = Math.cos(theta) * rho;
      sim.pos.set(
        (points[2 * i] ?? 0) + (normals[2 * i] ?? 0) * c,
        (points[2 * i + 1] ?? 0) + (normals[2 * i + 1] ?? 0) * c,
        Math.sin(theta) * rho,
      );
      sim.q.setFromAxisAngle(axis, seed.axisA + seed.spin * state.flowPhase * Math.PI * 6);
      const size = RED_CELL_DIAMETER * scale;
      sim.scale.set(size, size, size);
      sim.m.compose(sim.pos, sim.q, sim.scale);
      m.setMatrixAt(i, sim.m);
    }
    m.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={mesh}
      name="blood-cells"
      args={[geometry, materials.cell, COUNT]}
      frustumCulled={false}
    />
  );
}
