import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { GUIDEWIRE_DIAMETER } from '../../../models/dimensions.ts';
import type { SweepLayout } from '../../../models/sweep.ts';
import { useSceneMaterials } from '../materialsContext.ts';
import { useSceneModel } from '../sceneContext.ts';
import { createChangeTracker, sweepInto, useTubeGeometry } from '../useSweptGeometry.ts';

const LAYOUT: SweepLayout = { rings: 220, radialSegments: 10 };
const RADIUS = GUIDEWIRE_DIAMETER / 2;
const radius = (): number => RADIUS;
/** The wire's soft tip is shaped into a gentle curve so it can be steered (mm long, mm of bend). */
const TIP_LENGTH = 2.5;
const TIP_BEND = 0.2;

/** The guidewire, from inside the guide catheter to its curved tip. */
export function Guidewire() {
  const { artery, state, derived } = useSceneModel();
  const materials = useSceneMaterials();
  const geometry = useTubeGeometry(LAYOUT);
  const changed = useMemo(() => createChangeTracker(), []);
  const bend = useMemo(
    () => (s: number, out: [number, number]) => {
      const u = (s - (state.wireTip - TIP_LENGTH)) / TIP_LENGTH;
      out[0] = u > 0 ? TIP_BEND * u * u : 0;
      out[1] = 0;
    },
    [state],
  );

  useFrame(() => {
    if (!changed(state.wireTip, state.guideTip, derived.wireOut ? 1 : 0)) return;
    const start = state.guideTip - 4;
    const end = derived.wireOut ? state.wireTip : start + 0.01;
    sweepInto(geometry, artery.centreline, start, end, LAYOUT, radius, bend);
  });

  return <mesh name="guidewire" geometry={geometry} material={materials.wire} />;
}
