import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Mesh } from 'three';
import { occludedLumenRadius } from '../../../models/clot.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, sweepInto, useTubeGeometry } from '../useSweptGeometry.ts';

const LAYOUT: SweepLayout = { rings: 150, radialSegments: 32 };
/** The dye fills the channel, a hair inside its lining. */
const INSET = 0.04;
const MAX_OPACITY = 0.7;

/**
 * X-ray dye (contrast) flowing out of the catheter and filling the artery's channel. A
 * blocking clot stops it: the artery beyond does not fill.
 */
export function Dye() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const mesh = useRef<Mesh>(null);
  const geometry = useTubeGeometry(LAYOUT);
  const shape = useMemo(() => {
    const st = { c: 0, front: 0, clot: 0 };
    return {
      st,
      changed: createChangeTracker(),
      radius: (s: number) => {
        // The leading edge of the dye is rounded, not sliced off.
        const r = Math.max(occludedLumenRadius(artery, s, st.c, st.clot) - INSET, 0.01);
        const lead = st.front - s;
        return lead < r ? Math.sqrt(Math.max(r * r - (r - lead) ** 2, 0.0001)) : r;
      },
    };
  }, [artery]);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const front = Math.min(state.dyeFront, derived.blockedAt);
    const shown = state.dyeOpacity > 0.005 && front > state.guideTip + 0.05;
    m.visible = shown;
    materials.dye.opacity = MAX_OPACITY * state.dyeOpacity;
    if (!shown || !shape.changed(front, state.guideTip, derived.compression, state.clot)) return;
    shape.st.c = derived.compression;
    shape.st.front = front;
    shape.st.clot = state.clot;
    sweepInto(geometry, artery.centreline, state.guideTip, front, LAYOUT, shape.radius);
  });

  return (
    <mesh
      ref={mesh}
      name="dye"
      geometry={geometry}
      material={materials.dye}
      renderOrder={1}
      visible={false}
    />
  );
}
